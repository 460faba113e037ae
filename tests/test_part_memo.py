"""The part memo (``timeline/part_memo.py``): an article's part of assembly is taken from the
last build only when its extraction and its mentions as the build resolved them are what
they were; the assembly is the one made without it.

Invented articles.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from timeline import part_memo
from timeline.articles import Article, load_articles
from timeline.events import assemble as assembly
from timeline.events.extract import extract_articles
from timeline.part_memo import PartMemo
from timeline.pipeline import BuildSettings, article_key, run_build
from timeline.records import Extraction, encode

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
        "Un incendie a détruit mercredi soir un entrepôt de la zone industrielle de "
        "Villefranche. Les pompiers ont maîtrisé le feu dans la nuit, a indiqué M. Lemoine, le "
        "directeur de la sécurité civile. Le maire, Paul Durand, assure que les salariés "
        "seront tous reclassés.",
    ),
}
#: the sentence of the fire's article that assembly makes an event of its own (a statement
#: told in the present after a happening told in the past: dated by its publication)
PROMOTED = 2
#: one more article, as an editor drops it in: its name comes before the others' (every
#: other article's index in the build moves)
MORE = (
    "2024-03-10-marche.md",
    "Marché",
    "Le conseil municipal de Villefranche a voté dimanche le déplacement du marché couvert. "
    "Paul Durand a défendu le projet devant l'opposition.",
)
#: an article naming in full a person the others name by surname alone ("M. Lemoine"): the
#: build resolves that surname to them, and the part of an article naming it changes
FULL_NAME = (
    "2024-03-11-nomination.md",
    "Nomination",
    "Le préfet a nommé lundi Hervé Lemoine à la tête de la sécurité civile du département.",
)


def write(folder: Path, name: str, title: str, body: str) -> None:
    day = name[:10]
    text = f'---\ntitle: "{title}"\ndate: {day}\nsource: essai\n---\n\n{body}\n'
    (folder / name).write_text(text, encoding="utf-8")


def project(root: Path, *more: tuple[str, str, str]) -> Path:
    folder = root / "content"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in ARTICLES.items():
        write(folder, name, title, body)
    for extra in more:
        write(folder, *extra)
    return root


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[list[Article], list[Extraction]]:
    """The articles, ``MORE`` and ``FULL_NAME`` included, in their build's order."""
    root = project(tmp_path_factory.mktemp("parts"), MORE, FULL_NAME)
    articles = load_articles(root / "content")
    return articles, extract_articles(articles)


def memo_of(path: Path, articles: list[Article], version: str = "v1") -> PartMemo:
    return PartMemo(path, version, {a.slug: article_key(a) for a in articles})


def assembled(
    articles: list[Article], extractions: list[Extraction], memo: PartMemo | None = None
) -> object:
    """Everything an assembly gives, in its stored form."""
    content = articles[0].path.parent
    made = assembly.assemble(articles, extractions, content, keeper=memo)
    if memo is not None:
        memo.store()
        memo.close()
    return encode([made.drafts, made.entities, made.context, sorted(made.dated.items())])


def some(
    extracted: tuple[list[Article], list[Extraction]], *slugs: str
) -> tuple[list[Article], list[Extraction]]:
    """The articles of ``extracted`` whose slugs open with one of ``slugs``, in order."""
    articles, extractions = extracted
    kept = [i for i, a in enumerate(articles) if a.slug.startswith(slugs)]
    return [articles[i] for i in kept], [extractions[i] for i in kept]


BASE = ("2024-03-12", "2024-03-13")


def test_a_second_assembly_keeps_every_part(tmp_path, extracted):
    articles, extractions = some(extracted, *BASE)
    path = tmp_path / part_memo.FILE_NAME
    plain = assembled(articles, extractions)
    assert assembled(articles, extractions, memo_of(path, articles)) == plain
    memo = memo_of(path, articles)
    assert assembled(articles, extractions, memo) == plain
    assert memo.hits == len(articles) and not memo.written


def test_a_part_holds_the_follow_up_assembly_promoted(extracted):
    """What assembly changed of the extraction is in the part (the follow-up become an
    event: its role and parent, its candidate dated by the publication); kept, the
    assembly is the same (``test_a_second_assembly_keeps_every_part``)."""
    articles, extractions = some(extracted, BASE[1])
    assert extractions[0].sentences[PROMOTED].role == "follow-up"
    parts: list[assembly.ArticlePart] = []

    class Spy:
        def find(self, slug: str, reads: str) -> assembly.ArticlePart | None:
            return None

        def keep(self, slug: str, reads: str, part: assembly.ArticlePart) -> None:
            parts.append(part)

    assembly.assemble(articles, extractions, articles[0].path.parent, keeper=Spy())
    (part,) = parts
    assert part.changed == {PROMOTED: {"role": "event", "parent": None}}
    assert part.promoted[PROMOTED].dated_by == "publication"
    assert PROMOTED in {r.key[1] for r in part.reports}


def test_one_article_more_keeps_the_others_parts(tmp_path, extracted):
    """An editor's drop, its article first in the build: the others' parts are kept (their
    sentences' keys moved to their new places), the new one's made."""
    path = tmp_path / part_memo.FILE_NAME
    before, before_extractions = some(extracted, *BASE)
    assembled(before, before_extractions, memo_of(path, before))
    articles, extractions = some(extracted, *BASE, MORE[0][:10])
    assert articles[0].slug.startswith(MORE[0][:10])  # every other article's index moves
    memo = memo_of(path, articles)
    assert assembled(articles, extractions, memo) == assembled(articles, extractions)
    assert memo.hits == len(before) and memo.written == 1


def test_an_article_whose_names_resolve_otherwise_is_made_again(tmp_path, extracted):
    """ "M. Lemoine" is a person of their own alone, Hervé Lemoine once an article before
    names him in full: the part of the article naming him is made again."""
    path = tmp_path / part_memo.FILE_NAME
    before, before_extractions = some(extracted, *BASE)
    assembled(before, before_extractions, memo_of(path, before))
    articles, extractions = some(extracted, *BASE, FULL_NAME[0][:10])
    memo = memo_of(path, articles)
    assert assembled(articles, extractions, memo) == assembled(articles, extractions)
    assert memo.hits == 1 and memo.written == 2  # the new article's and the fire's


SEED = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> tuple[list[Article], list[Extraction]]:
    """The seed's articles (four outlets' reports of the same days), in a copy of its
    content folder without its ID registry."""
    content = tmp_path_factory.mktemp("seed") / "content"
    content.mkdir()
    for path in SEED.glob("*.md"):
        (content / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (content / "entities.yml").write_text(
        (SEED / "entities.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    articles = load_articles(content)
    return articles, extract_articles(articles)


@pytest.mark.parametrize("dropped", [0, 1, 2, 3])
def test_the_seed_assembled_with_parts_kept_is_the_same(tmp_path, seed, dropped):
    """The per-article part reads no other article (what ``reads_of`` does not cover): on
    the seed, whose articles tell the same happenings, one article dropped in after the
    others' parts were kept gives the assembly made without the memo."""
    articles, extractions = seed
    path = tmp_path / part_memo.FILE_NAME
    others = [i for i in range(len(articles)) if i != dropped]
    before = [articles[i] for i in others]
    assembled(before, [extractions[i] for i in others], memo_of(path, before))
    memo = memo_of(path, articles)
    assert assembled(articles, extractions, memo) == assembled(articles, extractions)
    assert memo.hits >= 1


def test_another_version_of_the_code_makes_every_part(tmp_path, extracted):
    articles, extractions = some(extracted, *BASE)
    path = tmp_path / part_memo.FILE_NAME
    assembled(articles, extractions, memo_of(path, articles, "v1"))
    memo = memo_of(path, articles, "v2")
    assembled(articles, extractions, memo)
    assert memo.hits == 0 and memo.written == len(articles)
    with sqlite3.connect(path) as db:  # the other version's rows are gone
        assert db.execute("SELECT COUNT(*) FROM parts").fetchone() == (len(articles),)


def test_an_edited_article_makes_its_part_again(tmp_path, extracted):
    """The article's cache key (its text) is in the key: another text, another extraction."""
    articles, extractions = some(extracted, *BASE)
    path = tmp_path / part_memo.FILE_NAME
    assembled(articles, extractions, memo_of(path, articles))
    edited = dataclasses.replace(articles[0], text=articles[0].text.replace("mardi", "lundi"))
    memo = memo_of(path, [edited, *articles[1:]])
    assembled([edited, *articles[1:]], extractions, memo)
    assert memo.hits == len(articles) - 1


def test_a_damaged_row_is_made_again(tmp_path, extracted):
    articles, extractions = some(extracted, *BASE)
    path = tmp_path / part_memo.FILE_NAME
    plain = assembled(articles, extractions, memo_of(path, articles))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE parts SET part = ?", (b"\x80\x05not a part",))
    memo = memo_of(path, articles)
    assert assembled(articles, extractions, memo) == plain
    assert memo.hits == 0 and memo.written == len(articles)
    memo = memo_of(path, articles)  # written again
    assert assembled(articles, extractions, memo) == plain and memo.hits == len(articles)


def test_a_damaged_memo_is_set_aside(tmp_path, extracted):
    articles, extractions = some(extracted, *BASE)
    path = tmp_path / part_memo.FILE_NAME
    path.write_bytes(b"not a database")
    assert assembled(articles, extractions, memo_of(path, articles)) == assembled(
        articles, extractions
    )
    assert path.with_name(path.name + ".corrupt").is_file()
    memo = memo_of(path, articles)
    assert memo.stored and memo.find(articles[0].slug, "other mentions") is None


def test_the_build_keeps_parts_and_gives_the_same_chronology(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1444176000")
    root = project(tmp_path / "site")
    run_build(BuildSettings(root=root))
    path = root / ".timeline" / part_memo.FILE_NAME
    assert path.is_file()
    write(root / "content", *MORE)
    kept = run_build(BuildSettings(root=root))
    assert kept.stats.parts_kept == len(ARTICLES)
    path.unlink()
    (root / "content" / "ids.yml").unlink(missing_ok=True)
    made = run_build(BuildSettings(root=root), memo=False)
    assert made.stats.parts_kept == 0
    assert kept.chronology.to_dict() == made.chronology.to_dict()


def test_a_read_only_build_writes_no_part(tmp_path):
    root = project(tmp_path / "site")
    run_build(BuildSettings(root=root, read_only=True))
    assert not (root / ".timeline" / part_memo.FILE_NAME).exists()
