"""Editorial corrections (content/corrections.yml): the file, their application, the
command, the check, the site, and their survival through rebuilds."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html
from site_fixture import ROOT, Collect, build

from timeline import corrections
from timeline.cli import main
from timeline.content import corrections as corrections_file
from timeline.present import chronology_record, correction_lines, show
from timeline.records import Event, Source

# -- the file --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("event: x\n", 1, "expected a list of corrections"),
        ("- event: a-b\n  titre: X\n", 2, "unknown correction field 'titre'"),
        ("- date: 2015-10-07\n", 1, "needs 'event: ID'"),
        ("- event: a-b\n  note: seule\n", 1, "must say what to change"),
        ("- event: a-b\n  date: 2015-10-07\n  title: T\n", 3, "one change per entry"),
        ("- event: a-b\n  date: 2015-02-30\n", 2, "impossible date 2015-02-30"),
        ("- event: a-b\n  date: le 7 octobre\n", 2, "impossible date le 7 octobre"),
        ("- event: a-b\n  start: 2015-10-07\n  end: 2015-10-03\n", 3, "end 2015-10-03 is before"),
        ("- event: a-b\n  end: 2015-10-03\n  title: T\n", 2, "'end' needs 'start'"),
        ("- event: a-b\n  hide: yes please\n", 2, "'hide' takes true"),
        ("- event: a-b\n  merge_into: a-b\n", 2, "cannot be merged into itself"),
        ("- event: a-b\n  title: T\n- event: a-b\n  title: U\n", 3,
         "conflicts with the correction at line 1"),
        ("- event: a-b\n  hide: true\n- event: a-b\n  merge_into: c-d\n", 3, "conflicts with"),
        ("- event: a-b\n  title: [1, 2]\n", 2, "'title' must be one line of text"),
        ("- event: a-b\n  title: T\n  when: hier\n", 3, "impossible date hier"),
    ],
)  # fmt: skip
def test_each_problem_of_the_file_names_its_line(text, line, fragment):
    _, problems = corrections_file.validate(text, "content/corrections.yml")
    assert problems, text
    assert any(p.line == line and fragment in p.message for p in problems), [
        str(p) for p in problems
    ]
    assert all(str(p).startswith("content/corrections.yml:") for p in problems)


def test_a_valid_file_gives_one_entry_per_change():
    text = (
        "# corrections\n"
        "- event: a-b\n  date: 2015-10-07\n  note: Déclaration du 7 octobre\n"
        "- event: c-d\n  start: 2015-10-03\n  end: 2015-10-04\n"
        "- event: a-b\n  title: Un titre\n"
    )
    entries, problems = corrections_file.validate(text, "c.yml")
    assert problems == []
    assert [(e.event, e.action, e.start, e.end, e.line) for e in entries] == [
        ("a-b", "date", "2015-10-07", "2015-10-07", 2),
        ("c-d", "date", "2015-10-03", "2015-10-04", 5),
        ("a-b", "title", None, None, 8),
    ]
    assert entries[0].note == "Déclaration du 7 octobre"


def test_upsert_replaces_the_same_change_and_keeps_every_comment():
    text = (
        "# en tête\n"
        "- event: a-b\n  title: Ancien  # à revoir\n"
        "# commentaire entre deux\n"
        "- event: a-b\n  hide: true\n"
    )
    new, replaced = corrections_file.upsert(text, {"event": "a-b", "title": "Nouveau titre"})
    assert replaced
    assert "# en tête\n" in new and "# commentaire entre deux\n" in new
    assert '  title: "Nouveau titre"' in new and "Ancien" not in new
    added, replaced = corrections_file.upsert(new, {"event": "c-d", "date": "2015-10-07"})
    assert not replaced and added.startswith(new)
    entries, problems = corrections_file.validate(added, "c.yml")
    assert problems == [] and len(entries) == 3


# -- applying them (no language model) -----------------------------------------------------


def event(ident: str, start: str, title: str = "T", actors: list[str] | None = None) -> Event:
    source = Source(ident, None, 1, f"Phrase de {ident}.", 0, 10)
    return Event(ident, start, start, "day", start, title, "", "explicit",
                 actors=actors or [], sources=[source])  # fmt: skip


EVENTS = [
    event("2015-10-01-a", "2015-10-01", "A", ["x"]),
    event("2015-10-02-b", "2015-10-02", "B", ["y"]),
    event("2015-10-03-c", "2015-10-03", "C"),
]


def applied(text: str) -> corrections.Applied:
    entries, problems = corrections_file.validate(text, "c.yml")
    assert problems == []
    return corrections.apply(EVENTS, entries, "c.yml")


def test_a_date_correction_moves_the_event_in_the_chronology():
    result = applied("- event: 2015-10-01-a\n  date: 2015-10-05\n  note: N\n  when: 2026-12-02\n")
    assert [e.id for e in result.events] == ["2015-10-02-b", "2015-10-03-c", "2015-10-01-a"]
    moved = result.events[-1]
    assert (moved.start, moved.end, moved.precision) == ("2015-10-05", "2015-10-05", "day")
    assert [(c.field, c.before, c.after, c.note) for c in moved.corrections] == [
        ("date", "2015-10-01", "2015-10-05", "N")
    ]
    [line] = correction_lines(moved)
    assert line == (
        "Corrigé par la rédaction le 2 décembre 2026 : date : lundi 5 octobre 2015 "
        "(auparavant : jeudi 1er octobre 2015). Note : N"
    )
    assert EVENTS[0].start == "2015-10-01"  # the automatic events are left as they were


def test_a_merge_chain_lands_in_its_last_event_and_a_cycle_nowhere():
    result = applied(
        "- event: 2015-10-01-a\n  merge_into: 2015-10-02-b\n"
        "- event: 2015-10-02-b\n  merge_into: 2015-10-03-c\n"
    )
    by_id = {e.id: e for e in result.events}
    target = by_id["2015-10-03-c"]
    assert by_id["2015-10-01-a"].merged_into == "2015-10-03-c"
    assert {"2015-10-01-a", "2015-10-02-b"} <= set(target.aliases)
    assert {s.article for s in target.sources} == {"2015-10-01-a", "2015-10-02-b", "2015-10-03-c"}
    assert set(target.actors) == {"x", "y"}
    cycle = applied(
        "- event: 2015-10-01-a\n  merge_into: 2015-10-02-b\n"
        "- event: 2015-10-02-b\n  merge_into: 2015-10-01-a\n"
    )
    assert all(not e.status for e in cycle.events)
    assert any("merge cycle" in p.message and p.line == 1 for p in cycle.problems)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("- event: 2015-10-01-aa\n  hide: true\n",
         "unknown event ID '2015-10-01-aa' (did you mean '2015-10-01-a'?)"),
        ("- event: 2015-10-01-a\n  merge_into: 2015-10-09-z\n", "unknown target event ID"),
        ("- event: 2015-10-01-a\n  title: A\n", "no longer changes anything: the title"),
        ("- event: 2015-10-01-a\n  date: 2015-10-01\n", "no longer changes anything: the date"),
    ],
)  # fmt: skip
def test_what_cannot_apply_is_a_problem_naming_the_line(text, fragment):
    result = applied(text)
    assert [(p.line, fragment in p.message) for p in result.problems] == [(1, True)]


def test_hidden_and_context_events_leave_the_chronology_but_keep_their_pages():
    result = applied(
        "- event: 2015-10-01-a\n  hide: true\n- event: 2015-10-02-b\n  context: true\n"
    )
    shown = show(chronology_of(result))
    assert [e.id for e in shown.events] == ["2015-10-03-c"]
    assert {e.id: e.status for e in shown.withdrawn} == {
        "2015-10-01-a": "hidden",
        "2015-10-02-b": "context",
    }
    assert [c.event for c in shown.context] == ["2015-10-02-b"]
    record = chronology_record(shown)
    assert [e["id"] for e in record["withdrawn"]] == ["2015-10-01-a", "2015-10-02-b"]
    assert "retiré" in record["withdrawn"][0]["status_text"]


def chronology_of(result: corrections.Applied):
    from timeline.records import Chronology

    return Chronology("2015-10-08T00:00:00+00:00", result.events, [], [], context=result.context)


# -- end to end, on a copy of the project ----------------------------------------------------

DATE_ID = "2015-10-07-diplomatie-turque-dementi-informations"
TITLE_ID = "2015-10-07-quatre-croiseurs-russes-flottille-caspienne"
CONTEXT_ID = "2015-10-07-russie-evoque-possibilite-mettre-place"
MERGED_ID = "2015-10-07-vladimir-poutine-frappes-aviation-russe"
MERGE_TARGET = "2015-10-07-vladimir-poutine-aviation-russe-soutiendra"
HIDDEN_ID = "2015-10-07-discussions-etaient-cours-turcs-mettre"
NEW_TITLE = "Quatre navires russes tirent 26 missiles de croisière depuis la Caspienne"
COMMANDS = [
    ["correct", DATE_ID, "--date", "2015-10-06", "--note", "Démenti du 6 octobre"],
    ["correct", TITLE_ID, "--title", NEW_TITLE],
    ["correct", CONTEXT_ID, "--context"],
    ["correct", MERGED_ID, "--merge-into", MERGE_TARGET],
    ["correct", HIDDEN_ID, "--hide", "--note", "Doublon d'une autre déclaration"],
]


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name in ("content", "docs"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


def _chronology(root: Path):
    from timeline.pipeline import BuildSettings, run_build

    return show(run_build(BuildSettings(root=root)).chronology)


def _by_id(shown) -> dict:
    return {e.id: e for e in (*shown.events, *shown.withdrawn)}


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """The seed project with one correction of each kind, written by `timeline correct`."""
    root = _project(tmp_path_factory.mktemp("corrected"))
    for argv in COMMANDS:
        assert main([*argv, "--root", str(root)]) == 0
    return root


def test_timeline_correct_writes_one_entry_each(corrected, capsys):
    entries = corrections_file.load(corrected / "content" / "corrections.yml")
    assert [(e.event, e.action) for e in entries] == [
        (DATE_ID, "date"), (TITLE_ID, "title"), (CONTEXT_ID, "context"),
        (MERGED_ID, "merge_into"), (HIDDEN_ID, "hide"),
    ]  # fmt: skip
    assert all(e.when for e in entries)
    # a second date for the same event replaces the first
    path = corrected / "content" / "corrections.yml"
    before = path.read_text(encoding="utf-8")
    assert main(["correct", DATE_ID, "--date", "2015-10-05", "--root", str(corrected)]) == 0
    assert "updated" in capsys.readouterr().out
    assert "2015-10-05" in path.read_text(encoding="utf-8")
    path.write_text(before, encoding="utf-8")


def test_timeline_correct_refuses_an_unknown_id_with_the_closest(corrected, capsys):
    path = corrected / "content" / "corrections.yml"
    before = path.read_text(encoding="utf-8")
    assert main(["correct", DATE_ID + "x", "--hide", "--root", str(corrected)]) == 2
    err = capsys.readouterr().err
    assert f"unknown event ID '{DATE_ID}x' (did you mean '{DATE_ID}'?)" in err
    assert path.read_text(encoding="utf-8") == before


def test_every_kind_of_correction_is_applied(corrected):
    shown = _chronology(corrected)
    events = _by_id(shown)
    dated = events[DATE_ID]
    assert (dated.start, dated.display_date) == ("2015-10-06", "mardi 6 octobre 2015")
    assert events[TITLE_ID].title == NEW_TITLE
    assert events[CONTEXT_ID].status == "context" and CONTEXT_ID in {c.event for c in shown.context}
    assert MERGED_ID not in events and MERGED_ID in events[MERGE_TARGET].aliases
    assert shown.merged == {MERGED_ID: MERGE_TARGET}
    assert events[HIDDEN_ID].status == "hidden"
    published = {e.id for e in shown.events}
    assert not published & {CONTEXT_ID, MERGED_ID, HIDDEN_ID}
    for entity in shown.entities:
        assert not set(entity.events) & {CONTEXT_ID, MERGED_ID, HIDDEN_ID}
    record = chronology_record(shown)
    [date_fix] = next(e for e in record["events"] if e["id"] == DATE_ID)["corrections"]
    assert date_fix["field"] == "date" and date_fix["note"] == "Démenti du 6 octobre"
    assert "Démenti du 6 octobre" in date_fix["text"]


def test_corrections_survive_a_rule_change_a_lost_cache_and_a_new_article(
    corrected, tmp_path, monkeypatch
):
    root = tmp_path / "copy"
    shutil.copytree(corrected, root)
    shutil.rmtree(root / ".timeline", ignore_errors=True)  # a deleted cache
    before = _by_id(_chronology(root))

    # a rule change that moves every automatic date and rewrites every automatic title
    import timeline.chronology as chronology_stage
    from timeline import versions

    original = chronology_stage.assemble

    def other_rules(*args, **kwargs):
        assembly = original(*args, **kwargs)
        for draft in assembly.drafts:
            draft.title = "Autre titre automatique"
            draft.start = draft.end = "2015-10-01"
        return assembly

    monkeypatch.setattr(chronology_stage, "assemble", other_rules)
    monkeypatch.setattr(versions, "assembly_version", lambda: "other-rules")
    after = _by_id(_chronology(root))
    assert after[DATE_ID].start == "2015-10-06" and after[TITLE_ID].title == NEW_TITLE
    assert after[HIDDEN_ID].status == "hidden" and after[CONTEXT_ID].status == "context"
    assert MERGED_ID in after[MERGE_TARGET].aliases
    monkeypatch.undo()

    # a new article from another outlet reporting the corrected event
    for path in (ROOT / "tests" / "data" / "other_outlet").glob("*.md"):
        shutil.copy(path, root / "content")
    grown = _by_id(_chronology(root))
    assert grown[TITLE_ID].title == NEW_TITLE
    assert len(grown[TITLE_ID].sources) > len(before[TITLE_ID].sources)
    assert grown[DATE_ID].start == "2015-10-06"


def test_check_reports_what_cannot_apply_with_file_and_line(corrected, tmp_path, capsys):
    root = tmp_path / "checked"
    shutil.copytree(corrected, root)
    path = root / "content" / "corrections.yml"
    text = path.read_text(encoding="utf-8")
    n = len(text.splitlines())
    path.write_text(
        text
        + f"- event: {DATE_ID}x\n  hide: true\n"  # unknown, with the closest
        + f"- event: {MERGE_TARGET}\n  merge_into: {MERGED_ID}\n"  # a cycle through an alias
        + f"- event: {HIDDEN_ID}\n  title: {json.dumps(NEW_TITLE)}\n",
        encoding="utf-8",
    )
    assert main(["check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    shown = "content/corrections.yml"
    assert f"{shown}:{n + 1}: unknown event ID '{DATE_ID}x' (did you mean '{DATE_ID}'?)" in out
    assert f"{shown}:{n + 3}: merge cycle" in out or f":{n + 3}: " in out
    # the same title twice, and an impossible date: the file's own problems
    path.write_text(
        text + f"- event: {TITLE_ID}\n  title: Autre\n- event: {DATE_ID}x\n  date: 2015-13-01\n",
        encoding="utf-8",
    )
    assert main(["check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert f":{n + 1}: conflicts with the correction at line" in out
    assert f":{n + 4}: impossible date 2015-13-01" in out
    # a correction that no longer changes anything
    path.write_text(text + f"- event: {HIDDEN_ID}\n  date: 2015-10-07\n", encoding="utf-8")
    automatic = _by_id(_chronology(root))[HIDDEN_ID]
    path.write_text(
        text + f"- event: {HIDDEN_ID}\n  title: {json.dumps(automatic.title)}\n", encoding="utf-8"
    )
    assert main(["check", "--root", str(root)]) == 1
    assert f":{n + 1}: this correction no longer changes anything" in capsys.readouterr().out


def test_the_site_says_what_was_corrected(corrected, tmp_path):
    root = tmp_path / "site-project"
    shutil.copytree(corrected, root)
    report = root / "docs" / "rapports" / "premiere-semaine.md"
    report.write_text(
        report.read_text(encoding="utf-8")
        + f"\nRetiré : [[event:{HIDDEN_ID}]]. Fusionné : [[event:{MERGED_ID}]].\n",
        encoding="utf-8",
    )
    refs = Collect()
    logging.getLogger("timeline.references").addHandler(refs)
    try:
        built = build(root, tmp_path / "site", use_fixture=False)
    finally:
        logging.getLogger("timeline.references").removeHandler(refs)
    site = tmp_path / "site"
    assert built.warnings == []
    page = (site / "evenements" / DATE_ID / "index.html").read_text(encoding="utf-8")
    assert "Corrigé par la rédaction le " in page and "Démenti du 6 octobre" in page
    assert "(auparavant : mercredi 7 octobre 2015)" in page
    withdrawn = (site / "evenements" / HIDDEN_ID / "index.html").read_text(encoding="utf-8")
    assert "retiré de la chronologie par la rédaction" in withdrawn
    assert "Doublon d&#39;une autre déclaration" in withdrawn or "Doublon d'une" in withdrawn
    redirect = lxml_html.parse(str(site / "evenements" / MERGED_ID / "index.html")).getroot()
    refresh = redirect.xpath("//meta[@http-equiv='refresh']/@content")
    assert refresh == [f"0; url=../{MERGE_TARGET}/"]
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"evenements/{HIDDEN_ID}/" not in home
    context = home[home.index('id="contexte"') :]
    assert f"evenements/{CONTEXT_ID}/" in context and "Contexte" in home
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    assert HIDDEN_ID in {e["id"] for e in data["withdrawn"]}
    rapport = (site / "rapports" / "premiere-semaine" / "index.html").read_text(encoding="utf-8")
    assert f"{HIDDEN_ID}/" in rapport and f"{MERGE_TARGET}/" in rapport
    assert len(refs.messages) == 1, refs.messages
    [warning] = refs.messages
    assert warning.startswith("docs/rapports/premiere-semaine.md:")
    assert warning.endswith(f"event '{HIDDEN_ID}' was withdrawn from the chronology")
