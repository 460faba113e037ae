"""What assembly reads of an article alone, read when it is extracted and kept with its
extraction in the cache (``timeline/events/article_reads.py``): a build that finds it
assembles the chronology it assembles without it, a build of another version of assembly
does not use it, and a stored form that is not its own is never read.

Invented articles: a mayor's speech told by a reporting clause after it, a fire told with
no speaker, a dispatch opened by its dateline, a decision announced by a prefect, a vote
told at length with no speaker (its headline after a speaker's name would be shorter).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from builders import noun_token, sentence

from timeline import cache, versions
from timeline.articles import load_articles
from timeline.events import article_reads, titles
from timeline.events.article_reads import ArticleReads, found, headline_read, read_article
from timeline.events.extract import extract_articles
from timeline.pipeline import BuildResult, BuildSettings, run_build
from timeline.records import Extraction, Sentence
from timeline.temporal.model import Timex

ARTICLES = {
    "2025-05-06-piscine.md": (
        "Piscine",
        "« La piscine rouvrira ses bassins dès le mois de juin », a affirmé lundi la maire "
        "de Montbrison, Claire Vasseur, devant le conseil municipal.",
    ),
    "2025-05-07-scierie.md": (
        "Scierie",
        "Un incendie a ravagé mardi soir une scierie de la vallée du Gier. Les pompiers "
        "ont protégé les maisons voisines jusqu'à l'aube.",
    ),
    "2025-05-08-crue.md": (
        "Crue",
        "ROANNE - La Loire est sortie de son lit mercredi après des pluies continues. "
        "Le préfet de la Loire a annoncé la fermeture de trois routes départementales.",
    ),
    "2025-05-09-colleges.md": (
        "Collèges",
        "Le conseil départemental de la Loire a voté jeudi un budget de douze millions "
        "d'euros pour la rénovation énergétique des collèges publics du Forez et du Roannais.",
    ),
}


def write(folder: Path, name: str, title: str, body: str) -> None:
    text = f'---\ntitle: "{title}"\ndate: {name[:10]}\nsource: essai\n---\n\n{body}\n'
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built once: its cache holds every article's extraction with its reads."""
    root = tmp_path_factory.mktemp("reads")
    (root / "content").mkdir()
    for name, (title, body) in ARTICLES.items():
        write(root / "content", name, title, body)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1444176000")
        run_build(BuildSettings(root=root))
    return root


def rebuild(root: Path, monkeypatch: pytest.MonkeyPatch) -> BuildResult:
    """A build from the cache's extractions, every title made (no title memo, no part
    memo, no chronology memo)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1444176000")
    for name in ("titles.sqlite", "parts.sqlite"):
        (root / ".timeline" / name).unlink(missing_ok=True)
    return run_build(BuildSettings(root=root), memo=False)


def rewrite_rows(root: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Every stored extraction's payload changed in place (its checksum with it)."""
    path = root / ".timeline" / cache.CACHE_FILE_NAME
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT article_key, rules_version, payload FROM extractions").fetchall()
        for key, version, text in rows:
            payload = json.loads(text)
            change(payload)
            new = cache.encode_payload(payload)
            db.execute(
                "UPDATE extractions SET payload = ?, checksum = ? "
                "WHERE article_key = ? AND rules_version = ?",
                (new, cache._checksum(new), key, version),
            )


def without_reads(payload: dict[str, Any]) -> None:
    payload.pop(article_reads.PAYLOAD_KEY, None)


def marked(payload: dict[str, Any]) -> None:
    """The stored headlines replaced by marks, under the version they were read by."""
    for row in payload[article_reads.PAYLOAD_KEY]["headlines"]:
        row[1], row[2] = f"Marque seule {row[0]}", f"marque dite {row[0]}"


def test_the_chronology_is_the_same_with_or_without_the_reads(built, tmp_path, monkeypatch):
    with_reads = rebuild(built, monkeypatch)
    assert with_reads.stats.reads_found == len(ARTICLES)
    assert with_reads.stats.cached == len(ARTICLES) and with_reads.stats.extracted == 0
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    rewrite_rows(copy, without_reads)
    read_here = rebuild(copy, monkeypatch)
    assert read_here.stats.reads_found == 0
    assert read_here.chronology.to_dict() == with_reads.chronology.to_dict()


@pytest.mark.parametrize(
    ("version", "used"),
    [
        pytest.param(None, True, id="read by this version of assembly: used"),
        pytest.param("une autre version", False, id="read by another version: not used"),
    ],
)
def test_reads_of_another_version_of_assembly_are_not_used(
    built, tmp_path, monkeypatch, version, used
):
    reference = rebuild(built, monkeypatch).chronology.to_dict()
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    rewrite_rows(copy, marked)
    if version is not None:  # headlines or titles edited since the archive was extracted
        monkeypatch.setattr(versions, "assembly_version", lambda: version)
    result = rebuild(copy, monkeypatch)
    titles = [event.title for event in result.chronology.events]
    assert any("arque" in title for title in titles) is used
    assert result.stats.reads_found == (len(ARTICLES) if used else 0)
    if not used:
        assert result.chronology.to_dict() == reference


def test_read_at_extraction_is_what_the_build_stores(built):
    """The reads kept in the cache are those of each article's extraction record."""
    articles = load_articles(built / "content")
    records = {x.article: x for x in extract_articles(articles)}
    path = built / ".timeline" / cache.CACHE_FILE_NAME
    with sqlite3.connect(path) as db:
        payloads = [json.loads(text) for (text,) in db.execute("SELECT payload FROM extractions")]
    assert len(payloads) == len(ARTICLES)
    version = versions.assembly_version()
    pairs: list[tuple[str, str]] = []
    for payload in payloads:
        slug = payload["data"]["article"]
        stored = found(payload[article_reads.PAYLOAD_KEY], version)
        assert stored == read_article(records[slug])
        assert stored is not None and stored.headlines  # every article has a parsed clause
        pairs += list(stored.headlines.values())
    # a headline read after a speaker's name is not the one read alone: the build must
    # take the one its event's speaker calls for
    assert any(alone != said for alone, said in pairs)


def counted_tags(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts assembly's titles tag from now on (``titles.tag``), what this process
    tagged already forgotten."""
    tagged: list[str] = []
    tag = titles.tag

    def counted(text: str, dct: dt.date) -> list[Timex]:
        tagged.append(text)
        return tag(text, dct)

    monkeypatch.setattr(titles, "tag", counted)
    titles.without_times.cache_clear()
    return tagged


def test_assembly_never_tags_a_speakers_words_read_at_extraction(built, tmp_path, monkeypatch):
    """The speakers' words found with the extraction are not tagged again by assembly (the
    temporal tagger's rules are never compiled in a process that only assembles); without
    them, assembly tags the words itself and gives the same chronology."""
    reference = rebuild(built, monkeypatch).chronology.to_dict()
    tagged = counted_tags(monkeypatch)
    assert rebuild(built, monkeypatch).chronology.to_dict() == reference
    assert tagged == []
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    rewrite_rows(copy, without_reads)
    assert rebuild(copy, monkeypatch).chronology.to_dict() == reference
    assert tagged  # the mayor, the prefect: speakers named by a reporting clause


#: a reporting clause's speaker, the time expressions set among its words: the words as
#: read at extraction -> what assembly reads of them
SPEAKERS = {
    "a day before the speaker": (
        "« Le marché couvert ouvrira en avril », a assuré mardi le maire de Feurs.",
        "le maire de Feurs",
    ),
    "a day and a part of it": (
        "« Nous reprendrons les travaux », a indiqué jeudi soir la présidente du syndicat.",
        "la présidente du syndicat",
    ),
    "a day after the speaker": (
        "« Aucune classe ne fermera », a déclaré le recteur de l'académie vendredi.",
        "le recteur de l'académie",
    ),
    "no time": (
        "« La route restera fermée », a prévenu la gendarmerie de Montbrison.",
        "la gendarmerie de Montbrison",
    ),
}


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_a_speakers_words_are_read_at_extraction_without_their_times(tmp_path, name):
    text, speaker = SPEAKERS[name]
    write(tmp_path, "2025-05-10-essai.md", "Essai", text)
    (record,) = extract_articles(load_articles(tmp_path))
    read = read_article(record)
    said = titles.speaker_words(record.sentences[-1])
    assert said and speaker in said
    assert read.speakers == {said: speaker}
    assert read.speakers[said] == titles.without_times(said)
    stored = article_reads.stored(read, "v")
    assert found(json.loads(json.dumps(stored)), "v") == read


GOOD = {"version": "v", "headlines": [[0, "La Loire déborde", "la Loire déborde"]]}
MALFORMED = {
    "absent": None,
    "not an object": ["v", []],
    "another version": {**GOOD, "version": "w"},
    "no headlines": {"version": "v"},
    "headlines not a list": {"version": "v", "headlines": {"0": ["a", "b"]}},
    "a row too short": {"version": "v", "headlines": [[0, "a"]]},
    "an index that is text": {"version": "v", "headlines": [["0", "a", "b"]]},
    "an index that is a truth value": {"version": "v", "headlines": [[True, "a", "b"]]},
    "a headline that is no text": {"version": "v", "headlines": [[0, "a", 3]]},
    "speakers not a list": {**GOOD, "speakers": {"a dit lundi le maire": "le maire"}},
    "a speaker's row too short": {**GOOD, "speakers": [["a dit lundi le maire"]]},
    "a speaker's words that are no text": {**GOOD, "speakers": [["le maire", None]]},
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_stored_form_not_its_own_is_not_read(name):
    assert found(MALFORMED[name], "v") is None
    assert found(GOOD, "v") == ArticleReads({0: ("La Loire déborde", "la Loire déborde")})


SENTENCE = sentence(
    "La digue a cédé.",
    start=10,
    end=26,
    tense="past",
    verb="céder",
    action="céder",
    role="event",
    clause=[noun_token("digue", 1), noun_token("cédé", 1)],
)
EXTRACTION = Extraction("digue", None, "2025-05-08", "fr", 0, [], [SENTENCE], [])
READS = ArticleReads({0: ("La digue cède", "la digue cède")})
COPIES: dict[str, tuple[Callable[[Sentence], Sentence], bool]] = {
    "the record itself": (lambda s: s, True),
    "assembly's copy with another role": (lambda s: dataclasses.replace(s, role="follow-up"), True),
    "another text": (lambda s: dataclasses.replace(s, text="La digue a tenu."), False),
    "another offset": (lambda s: dataclasses.replace(s, start=11), False),
    "another clause": (lambda s: dataclasses.replace(s, clause=[noun_token("digue", 0)]), False),
    "other time expressions": (lambda s: dataclasses.replace(s, timexes=[0]), False),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_headlines_are_given_only_for_the_sentence_they_were_read_from(name):
    copy, given = COPIES[name]
    read = headline_read(READS, EXTRACTION, 0, copy(SENTENCE))
    assert read == (READS.headlines[0] if given else None)
    assert headline_read(None, EXTRACTION, 0, SENTENCE) is None
    assert headline_read(READS, EXTRACTION, 1, SENTENCE) is None


def stored_reads(root: Path) -> dict[str, Any]:
    """Each article's stored reads, by its slug."""
    path = root / ".timeline" / cache.CACHE_FILE_NAME
    with sqlite3.connect(path) as db:
        payloads = [json.loads(text) for (text,) in db.execute("SELECT payload FROM extractions")]
    return {p["data"]["article"]: p.get(article_reads.PAYLOAD_KEY) for p in payloads}


def emptied(payload: dict[str, Any]) -> None:
    """The stored reads kept under their version, every headline gone (an article read
    before some of its sentences were titled)."""
    payload[article_reads.PAYLOAD_KEY]["headlines"] = []


STALE: dict[str, tuple[Callable[[dict[str, Any]], None], str | None]] = {
    "read by another version of assembly": (lambda payload: None, "une autre version"),
    "extracted before reads were kept": (without_reads, None),
    "kept without the headlines titled": (emptied, None),
}


@pytest.mark.parametrize("name", sorted(STALE))
def test_what_assembly_reads_on_the_spot_is_kept_for_the_next_build(
    built, tmp_path, monkeypatch, name
):
    change, version = STALE[name]
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    rewrite_rows(copy, change)
    if version is not None:  # headlines or titles edited since the archive was extracted
        monkeypatch.setattr(versions, "assembly_version", lambda: version)
    first = rebuild(copy, monkeypatch)
    assert first.stats.reads_kept == len(ARTICLES)
    tagged = counted_tags(monkeypatch)
    second = rebuild(copy, monkeypatch)
    assert second.stats.reads_found == len(ARTICLES) and second.stats.reads_kept == 0
    assert second.chronology.to_dict() == first.chronology.to_dict()
    # the speakers' words were kept too: the next build tags none of them
    assert tagged == []
    # what is kept is what extraction reads of those sentences, under this version
    records = {x.article: x for x in extract_articles(load_articles(copy / "content"))}
    for slug, data in stored_reads(copy).items():
        kept = found(data, versions.assembly_version())
        assert kept is not None and kept.headlines
        every = read_article(records[slug])
        assert kept.headlines == {i: every.headlines[i] for i in kept.headlines}
        assert kept.speakers == every.speakers


def test_a_read_only_build_keeps_nothing(built, tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    rewrite_rows(copy, without_reads)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1444176000")
    result = run_build(BuildSettings(root=copy, read_only=True), memo=False)
    assert result.stats.reads_kept == 0
    assert set(stored_reads(copy).values()) == {None}


ROWS: dict[str, tuple[str | None, bool]] = {
    "an extraction stored": ('{"schema":1}', True),
    "no row for the article": (None, False),
    "a payload that is no object": ("[1,2]", False),
    "a damaged row": ("damaged", False),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_reads_are_kept_only_in_an_extractions_own_row(tmp_path, name):
    text, changed = ROWS[name]
    path = tmp_path / "cache.sqlite"
    with cache.ExtractionCache(path, "r1") as store:
        if text is not None:
            store.put_encoded([("clef", text)])
    if text == "damaged":
        with sqlite3.connect(path) as db:
            db.execute("UPDATE extractions SET payload = 'abimé'")
    with cache.ExtractionCache(path, "r1") as store:
        assert store.set_in_payloads("lu", {"clef": {"v": 1}}) == int(changed)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT payload, checksum FROM extractions").fetchall()
    if changed:
        assert [json.loads(payload) for payload, _ in rows] == [{"schema": 1, "lu": {"v": 1}}]
        assert all(cache._checksum(payload) == checksum for payload, checksum in rows)
    else:
        assert all("lu" not in payload for payload, _ in rows)


def test_reads_are_kept_all_or_none(tmp_path, monkeypatch):
    """A run stopped while it keeps them leaves every row as it was (one transaction)."""
    path = tmp_path / "cache.sqlite"
    with cache.ExtractionCache(path, "r1") as store:
        store.put_encoded([("a", '{"n":1}'), ("b", '{"n":2}')])
    calls: list[Any] = []

    def stopped(payload: Any) -> str:
        calls.append(payload)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return json.dumps(payload)

    monkeypatch.setattr(cache, "encode_payload", stopped)
    with cache.ExtractionCache(path, "r1") as store, pytest.raises(KeyboardInterrupt):
        store.set_in_payloads("lu", {"a": 1, "b": 2})
    with sqlite3.connect(path) as db:
        payloads = sorted(text for (text,) in db.execute("SELECT payload FROM extractions"))
    assert payloads == ['{"n":1}', '{"n":2}']
    assert len(calls) == 2
