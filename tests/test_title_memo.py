"""The title memo (``timeline/title_memo.py``): an event's title is taken from the last build
only when everything ``titles.make_title`` reads is what it was; the chronology is the one
assembled without it.

Invented articles; ``titles.make_title`` is replaced by a stand-in that writes every input it
is given into the title, so that a title served for other inputs shows.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from timeline import title_memo
from timeline.articles import Article, load_articles
from timeline.events import assemble as assembly
from timeline.events import titles
from timeline.events.extract import extract_articles
from timeline.pipeline import BuildSettings, article_key, run_build
from timeline.records import Extraction, NounPhrase, Sentence
from timeline.temporal.model import Timex
from timeline.title_memo import TitleMemo

ARTICLES = {
    "2024-03-12-mediatheque.md": (
        "Médiathèque",
        "Le maire de Villefranche, Paul Durand, a inauguré mardi la nouvelle médiathèque du "
        "quartier des Tilleuls. Il a annoncé que le bâtiment ouvrirait au public samedi. "
        "« Nous avons attendu ce moment pendant dix ans », a déclaré Paul Durand devant les "
        "habitants.",
    ),
    "2024-03-13-entrepot.md": (
        "Incendie",
        "Un incendie a détruit mercredi un entrepôt de la zone industrielle de Villefranche. "
        "Les pompiers ont maîtrisé le feu en fin de matinée, a indiqué la préfecture.",
    ),
}
#: one more article, as an editor drops it in
MORE = (
    "2024-03-14-marche.md",
    "Marché",
    "Le conseil municipal de Villefranche a voté jeudi le déplacement du marché couvert. "
    "Paul Durand a défendu le projet devant l'opposition.",
)


def write(folder: Path, name: str, title: str, body: str) -> None:
    day = name[:10]
    text = f'---\ntitle: "{title}"\ndate: {day}\nsource: essai\n---\n\n{body}\n'
    (folder / name).write_text(text, encoding="utf-8")


def project(root: Path, more: bool = False) -> Path:
    folder = root / "content"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in ARTICLES.items():
        write(folder, name, title, body)
    if more:
        write(folder, *MORE)
    return root


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[list[Article], list[Extraction]]:
    root = project(tmp_path_factory.mktemp("titles"))
    articles = load_articles(root / "content")
    return articles, extract_articles(articles)


def stand_in(
    sentence: Sentence,
    timexes: list[Timex],
    speaker: str | None,
    headlines: list[str] | None = None,
    antecedents: titles.Antecedents | None = None,
    read: tuple[str, str] | None = None,
) -> str:
    """Every input of a title, written into it."""
    return repr(
        (sentence, [t.to_dict() for t in timexes], speaker, headlines, antecedents, VERSION[0])
    )


VERSION = {0: "code 1"}  # what the stand-in's "code" gives


def memo_of(
    path: Path, articles: list[Article], extractions: list[Extraction], version: str = "v1"
) -> TitleMemo:
    records = {a.slug: (article_key(a), x) for a, x in zip(articles, extractions, strict=True)}
    return TitleMemo(path, version, records)


def call_of(extraction: Extraction, index: int) -> dict[str, object]:
    """The arguments of a title of ``extraction``'s sentence ``index``, as assembly gives them."""
    return {
        "slug": extraction.article,
        "index": index,
        "sentence": extraction.sentences[index],
        "timexes": extraction.timexes,
        "speaker": "Paul Durand",
        "headlines": ["Médiathèque"],
        "antecedents": titles.Antecedents(singular="Paul Durand", last_named="Paul Durand"),
    }


def _other_role(call: dict[str, object]) -> None:
    sentence = call["sentence"]
    assert isinstance(sentence, Sentence)
    call["sentence"] = dataclasses.replace(sentence, role="event", parent=None, kind="statement")


def _other_timexes(call: dict[str, object]) -> None:
    timexes = call["timexes"]
    assert isinstance(timexes, list)
    call["timexes"] = list(timexes)  # the same values, not the extraction's: never looked up


CHANGES = {
    "another speaker": lambda call: call.update(speaker="Jeanne Martin"),
    "no speaker": lambda call: call.update(speaker=None),
    "another headline": lambda call: call.update(headlines=["Inauguration"]),
    "another antecedent": lambda call: call.update(
        antecedents=titles.Antecedents(singular="Jeanne Martin", last_named="Paul Durand")
    ),
    "another plural antecedent": lambda call: call.update(
        antecedents=titles.Antecedents(
            singular="Paul Durand", plural="les habitants", last_named="Paul Durand"
        )
    ),
    "a noun phrase before it": lambda call: call.update(
        antecedents=titles.Antecedents(
            singular="Paul Durand",
            last_named="Paul Durand",
            last_phrases=(NounPhrase(12, "la", "médiathèque", "singular", "feminine", False),),
        )
    ),
    "assembly's copy with another role": _other_role,
    "other time expressions": _other_timexes,
    "another sentence": lambda call: call.update(index=1, sentence=None),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_title_is_kept_only_for_the_same_inputs(tmp_path, monkeypatch, extracted, change):
    monkeypatch.setattr(titles, "make_title", stand_in)
    articles, extractions = extracted
    path = tmp_path / title_memo.FILE_NAME
    extraction = extractions[0]
    first = call_of(extraction, 0)
    memo = memo_of(path, articles, extractions)
    made = memo(**first)  # type: ignore[arg-type]
    memo.store()
    memo.close()

    memo = memo_of(path, articles, extractions)
    assert memo(**first) == made and memo.hits == 1  # type: ignore[arg-type]
    other = call_of(extraction, 0)
    CHANGES[change](other)
    if other["sentence"] is None:
        other["sentence"] = extraction.sentences[other["index"]]  # type: ignore[index]
    args = {k: v for k, v in other.items() if k not in ("slug", "index")}
    assert memo(**other) == stand_in(**args)  # type: ignore[arg-type]
    assert memo.hits == 1  # made again, not taken from the last build
    memo.close()


def test_another_version_of_the_code_makes_every_title(tmp_path, monkeypatch, extracted):
    monkeypatch.setattr(titles, "make_title", stand_in)
    articles, extractions = extracted
    path = tmp_path / title_memo.FILE_NAME
    call = call_of(extractions[0], 0)
    memo = memo_of(path, articles, extractions, "v1")
    before = memo(**call)  # type: ignore[arg-type]
    memo.store()
    memo.close()
    monkeypatch.setitem(VERSION, 0, "code 2")
    memo = memo_of(path, articles, extractions, "v2")
    assert memo(**call) != before and memo.hits == 0  # type: ignore[arg-type]
    memo.store()
    memo.close()
    with sqlite3.connect(path) as db:  # the other version's row is gone
        assert db.execute("SELECT COUNT(*) FROM titles").fetchone() == (1,)


def test_an_edited_article_makes_its_titles_again(tmp_path, monkeypatch, extracted):
    """The article's cache key (its text) is in the key: another text, another extraction."""
    monkeypatch.setattr(titles, "make_title", stand_in)
    articles, extractions = extracted
    path = tmp_path / title_memo.FILE_NAME
    call = call_of(extractions[0], 0)
    memo = memo_of(path, articles, extractions)
    memo(**call)  # type: ignore[arg-type]
    memo.store()
    memo.close()
    edited = dataclasses.replace(articles[0], text=articles[0].text.replace("mardi", "lundi"))
    memo = memo_of(path, [edited, *articles[1:]], extractions)
    memo(**call)  # type: ignore[arg-type]
    assert memo.hits == 0 and len(memo.made) == 1
    memo.close()


def drafts(articles: list[Article], extractions: list[Extraction], content: Path, memo=None):
    if memo is None:
        return assembly.assemble(articles, extractions, content).drafts
    return assembly.assemble(articles, extractions, content, make_title=memo).drafts


def test_the_drafts_are_those_assembled_without_it(tmp_path, extracted):
    """Real titles: one article more (an editor's drop) keeps the others' titles, and every
    draft is the one made without the memo."""
    articles, extractions = extracted
    content = articles[0].path.parent
    path = tmp_path / title_memo.FILE_NAME
    memo = memo_of(path, articles[:1], extractions[:1])
    drafts(articles[:1], extractions[:1], content, memo)
    memo.store()
    memo.close()
    memo = memo_of(path, articles, extractions)
    assert drafts(articles, extractions, content, memo) == drafts(articles, extractions, content)
    assert memo.hits > 0 and memo.made  # the first article's titles kept, the other's made


def test_the_build_keeps_titles_and_gives_the_same_chronology(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1444176000")
    root = project(tmp_path / "site")
    run_build(BuildSettings(root=root))
    path = root / ".timeline" / title_memo.FILE_NAME
    assert path.is_file()
    write(root / "content", *MORE)
    kept = run_build(BuildSettings(root=root))
    assert kept.stats.titles_kept > 0
    path.unlink()
    (root / "content" / "ids.yml").unlink(missing_ok=True)
    made = run_build(BuildSettings(root=root), memo=False)
    assert made.stats.titles_kept == 0
    assert kept.chronology.to_dict() == made.chronology.to_dict()


def test_a_read_only_build_writes_no_title(tmp_path):
    root = project(tmp_path / "site")
    run_build(BuildSettings(root=root, read_only=True))
    assert not (root / ".timeline" / title_memo.FILE_NAME).exists()


def test_a_damaged_memo_is_set_aside(tmp_path, extracted):
    articles, extractions = extracted
    path = tmp_path / title_memo.FILE_NAME
    path.write_bytes(b"not a database")
    memo = memo_of(path, articles, extractions)
    assert memo(**call_of(extractions[0], 0))  # type: ignore[arg-type]
    memo.store()
    memo.close()
    assert path.with_name(path.name + ".corrupt").is_file()
    assert memo_of(path, articles, extractions).kept  # a new memo, with its title


def test_a_memo_damaged_past_its_small_tables_is_set_aside_when_read(tmp_path, extracted):
    """An open checks the memo's small tables only; its titles are read at once, and a
    damaged page among them moves the file aside (never deleted): the next memo is new."""
    articles, extractions = extracted
    path = tmp_path / title_memo.FILE_NAME
    memo = memo_of(path, articles, extractions)
    assert memo(**call_of(extractions[0], 0))  # type: ignore[arg-type]
    memo.store()
    memo.close()
    with sqlite3.connect(path) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'titles'").fetchone()
    db.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 : (root - 1) * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    memo = memo_of(path, articles, extractions)
    assert memo.kept == {} and memo._conn is None
    assert path.with_name(path.name + ".corrupt").read_bytes() == bytes(data)
    assert memo_of(path, articles, extractions).kept == {}  # a new, sound memo
