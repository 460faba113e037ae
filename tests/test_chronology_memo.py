"""The chronology memo: a rebuild with unchanged inputs skips extraction look-ups and
assembly, and never changes the output.

The real pipeline runs once on a copy of ``content/`` (module fixture); the miss/hit rules
are checked with a small stand-in extractor and assembler (``run_build(memo=True)``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import exports
from timeline.articles import Article
from timeline.pipeline import BuildSettings, article_key, input_digest, run_build
from timeline.present import show
from timeline.records import ArticleRef, Chronology, Entity, Event, Source, decode, encode
from timeline.versions import chronology_version, rules_version

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
EPOCH = "1444176000"
# the statistics line bench/build.py parses (its _STATS_RE), then what the memo may append
STATS_LINE = re.compile(
    r"^chronology: (\d+) articles \((\d+) cached, (\d+) extracted with (\d+) worker\(s\)\) "
    r"in ([\d.]+)s( \(memo\))?$"
)


def make_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CONTENT, root / "content")
    return root


# -- the real pipeline -------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> dict:
    """Cold build, then an unchanged rebuild, of a copy of the seed (SOURCE_DATE_EPOCH set).

    The copy starts without its ID registry: the cold build writes it, so the rebuild only
    hits if the memo was stored under the post-assembly digest."""
    root = make_project(tmp_path_factory.mktemp("real"))
    (root / "content" / "ids.yml").unlink()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        cold = run_build(BuildSettings(root=root))
        warm = run_build(BuildSettings(root=root))
    return {"root": root, "cold": cold, "warm": warm}


def test_from_dict_round_trips_the_seed_chronology(real):
    chronology = real["cold"].chronology
    assert chronology.events and chronology.entities and chronology.articles
    assert Chronology.from_dict(chronology.to_dict()) == chronology
    through_json = json.loads(json.dumps(chronology.to_dict(), ensure_ascii=False))
    assert Chronology.from_dict(through_json) == chronology
    source = chronology.events[0].sources[0]
    assert isinstance(Chronology.from_dict(through_json).events[0].sources[0], Source)
    assert decode(Source, encode(source)) == source


def test_unchanged_rebuild_hits_and_changes_nothing(real):
    cold, warm = real["cold"], real["warm"]
    assert not cold.stats.memo_hit and cold.stats.extracted == 4
    assert (real["root"] / "content" / "ids.yml").is_file()  # written by the cold build
    assert warm.stats.memo_hit and "assemble" not in warm.stats.seconds
    assert warm.digest == cold.digest
    assert warm.chronology.to_dict() == cold.chronology.to_dict()
    url = "https://example.org/"
    warm_files = exports.export_files(show(warm.chronology), url)
    assert warm_files == exports.export_files(show(cold.chronology), url)


def test_memo_is_not_used_when_the_cache_is_off(real, monkeypatch):
    """And a fresh assembly, with the registry the cold build wrote, gives what the memo has."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = run_build(BuildSettings(root=real["root"], use_cache=False))
    assert not result.stats.memo_hit and result.digest == real["cold"].digest
    assert result.chronology.to_dict() == real["cold"].chronology.to_dict()


# the build a process running an edited copy of the package makes (see below)
_BUILD = """
import json, sys
from pathlib import Path
from timeline.pipeline import BuildSettings, run_build
result = run_build(BuildSettings(root=Path(sys.argv[1])))
print(json.dumps({"extracted": result.stats.extracted, "cached": result.stats.cached,
    "memo": result.stats.memo_hit, "titles": [e.title for e in result.chronology.events]}))
"""


@pytest.mark.parametrize(
    ("edited", "edits"),
    [
        # the headline's limits: shorter headlines, made from the parse stored at extraction
        (
            "lang/fr/headline.yml",
            [
                ("headline_target_chars: 56", "headline_target_chars: 30"),
                ("headline_min_chars: 30", "headline_min_chars: 10"),
                ("headline_keep_share: 0.45", "headline_keep_share: 0.1"),
                # (a cut towards the target keeps what a definite object needs: the
                # maximum, too, is lowered)
                ("headline_max_chars: 90", "headline_max_chars: 60"),
            ],
        ),
        ("events/headline.py", [("\n\n\ndef build(", "\n\n\n# edited\ndef build(")]),
    ],
)
def test_a_headline_change_reassembles_without_extracting(real, tmp_path, edited, edits):
    """Issue 11: the headline is made at assembly from the stored parse, so a change to its
    code or settings misses the memo but extracts nothing (a process running an edited
    copy of the package rebuilds a copy of the built project)."""
    package = tmp_path / "code" / "timeline"
    shutil.copytree(ROOT / "timeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    target = package / edited
    text = target.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    root = tmp_path / "project"
    shutil.copytree(real["root"], root)
    env = dict(os.environ, PYTHONPATH=str(package.parent), SOURCE_DATE_EPOCH=EPOCH)
    done = subprocess.run(
        [sys.executable, "-c", _BUILD, str(root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # not the checkout: its package would come first
    )
    assert done.returncode == 0, done.stderr
    rebuilt = json.loads(done.stdout.splitlines()[-1])
    assert (rebuilt["extracted"], rebuilt["cached"], rebuilt["memo"]) == (0, 4, False)
    before = [e.title for e in real["cold"].chronology.events]
    if edited.endswith(".yml"):
        changed = [(a, b) for a, b in zip(before, rebuilt["titles"], strict=True) if a != b]
        assert changed and all(len(b) < len(a) for a, b in changed)
    else:
        assert rebuilt["titles"] == before


# -- hit and miss rules, with stand-ins --------------------------------------------------


def stand_in_extract(articles: list[Article]) -> list[dict]:
    return [{"slug": a.slug, "words": len(a.body.split())} for a in articles]


def stand_in_assemble(articles: list[Article], extractions: list[dict], content_dir: Path):
    """A chronology that depends on every input, and appends to ids.yml like the real one."""
    registry = content_dir / "ids.yml"
    known = registry.read_text(encoding="utf-8") if registry.exists() else ""
    if "stand-in" not in known:
        registry.write_text(known + "# stand-in\n", encoding="utf-8")
    entities = content_dir / "entities.yml"
    names = entities.read_text(encoding="utf-8") if entities.exists() else ""
    events = [
        Event(
            id=f"e-{x['slug']}",
            start=a.date.isoformat(),
            end=a.date.isoformat(),
            precision="day",
            value=None,
            title=a.title,
            summary=f"{x['words']} mots",
            dated_by="publication",
            sources=[Source(a.slug, a.url, 1, a.title, timex={"value": "x", "span": [1, 2]})],
            audit={"extra": {"n": x["words"]}},
        )
        for a, x in zip(articles, extractions, strict=True)
    ]
    entity = Entity("e", "E", "place", aliases=[str(len(names))])
    refs = [
        ArticleRef(a.slug, a.title, a.date.isoformat(), a.source, a.url, a.path.name)
        for a in articles
    ]
    generated = "2015-10-07T00:00:00+00:00"
    return Chronology(generated=generated, events=events, entities=[entity], articles=refs)


def build(root: Path, **kwargs):
    return run_build(
        BuildSettings(root=root),
        extract_batch=stand_in_extract,
        assemble=stand_in_assemble,
        memo=kwargs.pop("memo", True),
        **kwargs,
    )


def _edit_article(root: Path, env: pytest.MonkeyPatch) -> None:
    path = sorted((root / "content").glob("*.md"))[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nUn paragraphe.\n", "utf-8")


def _new_article(root: Path, env: pytest.MonkeyPatch) -> None:
    (root / "content" / "2015-10-08-nouveau.md").write_text(
        "---\ntitle: N\ndate: 2015-10-08\nsource: s\n---\n\nNouveau.\n", encoding="utf-8"
    )


def _rename_article(root: Path, env: pytest.MonkeyPatch) -> None:
    path = sorted((root / "content").glob("*.md"))[0]
    path.rename(path.with_name("2015-10-07-renomme.md"))


def _edit_entities(root: Path, env: pytest.MonkeyPatch) -> None:
    path = root / "content" / "entities.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# corrigé\n", encoding="utf-8")


def _remove_entities(root: Path, env: pytest.MonkeyPatch) -> None:
    (root / "content" / "entities.yml").unlink()


def _edit_ids(root: Path, env: pytest.MonkeyPatch) -> None:
    path = root / "content" / "ids.yml"
    path.write_text(path.read_text(encoding="utf-8") + "# renommé\n", encoding="utf-8")


def _set_epoch(root: Path, env: pytest.MonkeyPatch) -> None:
    env.setenv("SOURCE_DATE_EPOCH", "1444262400")


@pytest.mark.parametrize(
    "change",
    [
        _edit_article,
        _new_article,
        _rename_article,
        _edit_entities,
        _remove_entities,
        _edit_ids,
        _set_epoch,
    ],
)
def test_any_input_change_is_a_miss(tmp_path: Path, monkeypatch, change):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = make_project(tmp_path)
    cold = build(root)
    assert not cold.stats.memo_hit
    assert build(root).stats.memo_hit  # ids.yml was appended to: the stored digest is the new one
    change(root, monkeypatch)
    changed = build(root)
    assert not changed.stats.memo_hit and changed.digest != cold.digest
    expected = build(root, memo=False).chronology.to_dict()
    assert changed.chronology.to_dict() == expected
    again = build(root)
    assert again.stats.memo_hit and again.chronology.to_dict() == expected


def test_digest_is_computed_after_assembly(tmp_path: Path):
    root = make_project(tmp_path)
    before = (root / "content" / "ids.yml").read_bytes()
    result = build(root)
    after = (root / "content" / "ids.yml").read_bytes()
    assert before != after  # the stand-in appended to the registry
    settings = BuildSettings(root=root)
    from timeline.articles import load_articles

    articles = load_articles(settings.content_dir)
    keys = [article_key(a) for a in articles]
    versions = chronology_version()
    assert result.digest == input_digest(articles, keys, settings.content_dir, versions)


def test_damaged_memo_row_is_a_miss_without_traceback(tmp_path: Path, caplog):
    root = make_project(tmp_path)
    first = build(root)
    conn = sqlite3.connect(root / ".timeline" / "cache.sqlite")
    conn.execute('UPDATE chronologies SET json = \'{"generated": "forged"}\'')
    conn.commit()
    conn.close()
    with caplog.at_level(logging.WARNING, logger="timeline"):
        result = build(root)
    assert not result.stats.memo_hit and "damaged chronology memo" in caplog.text
    assert result.chronology.to_dict() == first.chronology.to_dict()
    assert build(root).stats.memo_hit  # stored again


def test_unreadable_memo_data_is_a_miss(tmp_path: Path, caplog):
    """A row with a good checksum but data from_dict cannot read (e.g. an older layout)."""
    from timeline.cache import ExtractionCache

    root = make_project(tmp_path)
    first = build(root)
    with ExtractionCache(root / ".timeline" / "cache.sqlite", rules_version()) as cache:
        cache.put_chronology(first.digest, {"generated": "x", "events": [{"id": 1}]})
    with caplog.at_level(logging.WARNING, logger="timeline"):
        result = build(root)
    assert not result.stats.memo_hit and "unusable" in caplog.text
    assert result.chronology.to_dict() == first.chronology.to_dict()


def test_memo_is_off_by_default_with_stand_ins(tmp_path: Path):
    root = make_project(tmp_path)
    build(root, memo=None)
    assert not build(root, memo=None).stats.memo_hit


def test_generated_stamp_is_kept_on_a_hit_without_epoch(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = make_project(tmp_path)
    first = build(root)
    first.chronology.generated = "changed after the build"  # the memo holds its own copy
    hit = build(root)
    assert hit.stats.memo_hit and hit.chronology.generated == "2015-10-07T00:00:00+00:00"


def test_statistics_line_keeps_its_format(tmp_path: Path, caplog):
    root = make_project(tmp_path)
    with caplog.at_level(logging.INFO, logger="timeline.pipeline"):
        build(root)
        build(root)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("chronology:")]
    matches = [STATS_LINE.match(line) for line in lines]
    assert all(matches) and len(matches) == 2
    assert [m.group(6) for m in matches] == [None, " (memo)"]
    assert matches[1].groups()[:4] == ("4", "4", "0", "1")
