"""``timeline eval GOLD.jsonl SYSTEM.jsonl``: scores as a table or JSON; bad input exits 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
FTIB_DEV = ROOT / "tests" / "data" / "ftib" / "dev.jsonl"

TEXT = "Il est parti hier soir et reviendra dans trois jours, le 7 octobre."


def span(surface: str) -> dict:
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


GOLD = {
    "doc_id": "d1",
    "dct": "2015-10-04",
    "text": TEXT,
    "timexes": [
        {**span("hier soir"), "type": "TIME", "value": "2015-10-03TEV"},
        {**span("dans trois jours"), "type": "DATE", "value": "2015-10-07"},
        {**span("le 7 octobre"), "type": "DATE", "value": "2015-10-07"},
    ],
}
# hier soir: exact, right value; "trois jours": relaxed only, wrong value; missed the last one.
SYSTEM = {
    "doc_id": "d1",
    "timexes": [
        {**span("hier soir"), "type": "TIME", "value": "2015-10-03TEV"},
        {**span("trois jours"), "type": "DURATION", "value": "P3D"},
    ],
}


def write(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = write(tmp_path / "gold.jsonl", json.dumps(GOLD))
    system = write(tmp_path / "system.jsonl", json.dumps(SYSTEM))
    return gold, system


def test_table(files, capsys):
    assert main(["eval", str(files[0]), str(files[1])]) == 0
    out = capsys.readouterr().out
    rows = {line[:16].strip(): line[16:].split() for line in out.splitlines()}
    # P, R, F1, TP with 2 system and 3 gold expressions
    assert rows["strict extent"] == ["0.500", "0.333", "0.400", "1"]
    assert rows["relaxed extent"] == ["1.000", "0.667", "0.800", "2"]
    assert rows["value"] == ["0.500", "0.333", "0.400", "1"]
    assert "value accuracy 0.500" in out


def test_json(files, capsys):
    assert main(["eval", str(files[0]), str(files[1]), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["gold"], data["system"]) == (3, 2)
    assert data["strict"]["tp"] == 1
    assert data["relaxed"]["f1"] == pytest.approx(0.8)
    assert data["type_accuracy"] == 0.5
    assert sorted(e["kind"] for e in data["errors"]) == ["missed", "wrong_extent", "wrong_value"]


def test_ftib_gold_against_itself(tmp_path, capsys):
    system = tmp_path / "system.jsonl"
    with FTIB_DEV.open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    write(system, *(json.dumps({"doc_id": d["doc_id"], "timexes": d["timexes"]}) for d in docs))
    assert main(["eval", str(FTIB_DEV), str(system), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["value_f1"]["f1"] == data["strict"]["f1"] == 1.0
    assert data["gold"] == 230


@pytest.mark.parametrize(
    ("which", "lines", "message"),
    [
        ("system", [json.dumps(SYSTEM), "{not json"], "system.jsonl:2: invalid JSON"),
        ("gold", ["", "[1, 2]"], "gold.jsonl:2: expected a JSON object"),
        ("gold", ['{"doc_id": "d1", "timexes": []}'], "gold.jsonl:1: missing field 'text'"),
        ("system", ['{"doc_id": "d1", "timexes": [{"start": "0"}]}'], "system.jsonl:1: each timex"),
        ("system", ['{"doc_id": "other", "timexes": []}'], "system.jsonl:1: doc_id 'other'"),
    ],
)
def test_bad_input_is_one_line_exit_2(files, tmp_path, capsys, which, lines, message):
    write(tmp_path / f"{which}.jsonl", *lines)
    assert main(["eval", str(files[0]), str(files[1])]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_bad_json_line_via_the_installed_command(files):
    write(files[1], json.dumps(SYSTEM), "", '{"doc_id": "d1", "timexes": [}')
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", str(files[0]), str(files[1])],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"timeline: error: {files[1]}:3: invalid JSON: Expecting value"
    assert "Traceback" not in proc.stderr


def test_missing_file_exit_2(files, tmp_path, capsys):
    assert main(["eval", str(files[0]), str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: cannot read file" in capsys.readouterr().err


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    assert "example:" in capsys.readouterr().out
