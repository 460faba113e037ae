"""``timeline tag``: JSON output, front matter dates, batch mode, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

ROOT = Path(__file__).parent.parent
SEED_TEXT = ROOT / "tests" / "data" / "seed" / "000_2c733891f9fe3bf4.txt"
KEYS = {"start", "end", "text", "type", "value", "span", "precision", "mod", "rule"}


def run_main(args, capsys):
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_tag_a_text_file(capsys):
    status, out, _ = run_main(["tag", "--dct", "2015-10-07", str(SEED_TEXT)], capsys)
    assert status == 0
    result = json.loads(out)
    assert result["dct"] == "2015-10-07"
    text = SEED_TEXT.read_text(encoding="utf-8")
    timexes = result["timexes"]
    assert len(timexes) >= 20
    for timex in timexes:
        assert set(timex) >= KEYS
        assert text[timex["start"] : timex["end"]] == timex["text"]
    week_end = next(t for t in timexes if t["text"] == "week-end")
    assert week_end["value"] == "2015-W40-WE"
    assert week_end["span"] == ["2015-10-03", "2015-10-04"]


def test_markdown_front_matter_gives_the_dct_and_offsets_into_the_whole_file(capsys, tmp_path):
    path = tmp_path / "article.md"
    text = (
        "---\ntitle: Essai\ndate: 2015-10-07\nsource: test\n---\n\n"
        "L'armée a lancé mercredi une offensive, depuis le 30 septembre.\n"
    )
    path.write_text(text, encoding="utf-8")
    status, out, _ = run_main(["tag", str(path)], capsys)
    assert status == 0
    result = json.loads(out)
    assert result["dct"] == "2015-10-07"
    found = [(t["text"], t["value"]) for t in result["timexes"]]
    assert found == [("mercredi", "2015-10-07"), ("le 30 septembre", "2015-09-30")]
    for timex in result["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]


def test_dct_option_wins_over_front_matter(capsys, tmp_path):
    path = tmp_path / "article.md"
    path.write_text("---\ntitle: t\ndate: 2015-10-07\nsource: s\n---\n\nHier.\n", "utf-8")
    _, out, _ = run_main(["tag", "--dct", "2016-01-01", str(path)], capsys)
    assert json.loads(out)["timexes"][0]["value"] == "2015-12-31"


def test_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Il est arrivé hier.".encode())))
    status, out, _ = run_main(["tag", "--dct", "2015-10-07", "-"], capsys)
    assert status == 0
    assert json.loads(out)["timexes"][0]["value"] == "2015-10-06"


def test_jsonl_batch_mode(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    docs = [
        {"doc_id": "a", "dct": "1999-05-19", "text": "Eltsine a annulé hier une rencontre."},
        {"doc_id": "b", "dct": "2015-10-07", "text": "Rien de daté."},
    ]
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    status, out, _ = run_main(["tag", "--jsonl", str(path)], capsys)
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["doc_id"] for line in lines] == ["a", "b"]
    assert lines[0]["timexes"][0]["value"] == "1999-05-18"
    assert lines[1]["timexes"] == []


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["tag", "--help"])
    assert "timeline tag --dct 2015-10-07" in capsys.readouterr().out


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


BAD_INPUTS = [
    (["--dct", "2015-10-07", "{missing}"], "missing.txt: cannot read file"),
    (["--dct", "2015-13-40", "{text}"], "--dct: invalid date '2015-13-40'"),
    (["{text}"], "text.txt: no publication date"),
    (["--jsonl", "{badjson}"], "bad.jsonl:2: invalid JSON"),
    (["--jsonl", "{nodct}"], 'nodct.jsonl:1: no "dct"'),
    (["--jsonl", "{baddct}"], "baddct.jsonl:1: invalid date"),
    (["{badmd}"], "bad.md:3: invalid date"),
    ([], "give either FILE"),
]


@pytest.mark.parametrize(("args", "message"), BAD_INPUTS)
def test_bad_input_is_one_line_exit_2(tmp_path, args, message):
    paths = {
        "missing": tmp_path / "missing.txt",
        "text": write(tmp_path, "text.txt", "Hier."),
        "badjson": write(
            tmp_path, "bad.jsonl", '{"doc_id": 1, "dct": "2015-10-07", "text": ""}\n{oops\n'
        ),
        "nodct": write(tmp_path, "nodct.jsonl", '{"doc_id": 1, "text": "hier"}\n'),
        "baddct": write(tmp_path, "baddct.jsonl", '{"doc_id": 1, "dct": "hier", "text": ""}\n'),
        "badmd": write(tmp_path, "bad.md", "---\ntitle: t\ndate: 2015-02-30\nsource: s\n---\nx\n"),
    }
    argv = [a.format(**{k: str(v) for k, v in paths.items()}) for a in args]
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "tag", *argv],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert "Traceback" not in proc.stderr
