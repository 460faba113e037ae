"""Reading and validating articles: the public API others use, and every problem named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import (
    Article,
    article_paths,
    article_problems,
    load_article,
    load_articles,
    parse_article,
    split_front_matter,
)
from timeline.errors import TimelineError

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
TODAY = dt.date(2026, 1, 1)
GOOD = '---\ntitle: "Titre"\ndate: 2015-10-07\nsource: exemple.fr\nlang: fr\n---\n\nCorps.\n'


def test_seed_articles_load_with_offsets_into_the_whole_file():
    articles = load_articles(CONTENT)
    assert len(articles) >= 4
    for article in articles:
        assert isinstance(article, Article)
        assert article.slug == article.path.stem
        assert article.text.startswith("---\n")
        assert article.body == article.text[article.body_start :]
        for start, end in article.paragraphs():
            chunk = article.text[start:end]
            assert chunk == chunk.strip() and chunk
            assert "\n\n" not in chunk
        assert len(article.content_hash) == 64
    seed = [a for a in articles if a.date == dt.date(2015, 10, 7)]
    assert len(seed) == 4


def test_valid_article_fields():
    article = parse_article(GOOD, Path("content/2015-10-07-titre.md"), TODAY)
    assert (article.title, article.date, article.source, article.lang, article.url) == (
        "Titre",
        dt.date(2015, 10, 7),
        "exemple.fr",
        "fr",
        None,
    )
    assert article.body.strip() == "Corps."
    assert article.meta["date"] == dt.date(2015, 10, 7)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("Pas de front matter.\n", 1, "missing front matter"),
        ("---\ntitle: x\n", 1, "not closed"),
        ("---\ntitle: [x\n---\nCorps\n", 3, "malformed front matter"),
        ("---\n- a\n- b\n---\nCorps\n", 2, "mapping"),
        ("---\ntitle: T\ndate: 2015-10-07\n---\nCorps\n", 2, "lacks required field 'source'"),
        ("---\ntitle: T\ndate: 2015-02-30\nsource: s\n---\nCorps\n", 3, "invalid date"),
        ("---\ntitle: T\ndate: 2015-13-01\nsource: s\n---\nCorps\n", 3, "invalid date"),
        ("---\ntitle: T\ndate: 07/10/2015\nsource: s\n---\nCorps\n", 3, "YYYY-MM-DD"),
        ("---\ntitle: T\ndate: 2999-01-01\nsource: s\n---\nCorps\n", 3, "in the future"),
        ("---\ntitle: 12\ndate: 2015-10-07\nsource: s\n---\nCorps\n", 2, "'title' must be text"),
        ("---\ntitle: T\ndate: 2015-10-07\nsource: [a]\n---\nCorps\n", 4, "'source' must be"),
        ("---\ntitle: T\ndate: 2015-10-07\nsource: s\nurl: ftp:x\n---\nC\n", 5, "http(s)"),
        ("---\ntitle: T\ndate: 2015-10-07\nsource: s\nlang: 3\n---\nC\n", 5, "'lang' must be"),
        ("---\ntitle: T\ntitle: U\ndate: 2015-10-07\nsource: s\n---\nC\n", 3, "duplicate"),
        ("---\ntitle: T\ndate: 2015-10-07\nsource: s\n---\n\n  \n", 6, "no body"),
        ("---\ntitle: T\ndate: 2015-10-07\nsource: s\n---\nA\n\x07\n", 7, "control character"),
    ],
)
def test_problems_name_file_and_line(text: str, line: int, fragment: str):
    path = Path("content/x.md")
    with pytest.raises(TimelineError) as caught:
        parse_article(text, path, TODAY)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert fragment in caught.value.message
    assert str(caught.value).startswith(f"content/x.md:{line}: ")
    assert "\n" not in str(caught.value)


def test_every_problem_is_listed_not_just_the_first():
    text = "---\ntitle: 3\ndate: 2999-01-01\nsource: s\nurl: x\n---\n\n"
    article, problems = article_problems(text, Path("a.md"), TODAY)
    assert article is None
    assert [p.line for p in problems] == [3, 2, 5, 7]


@pytest.mark.parametrize(
    ("raw", "fragment", "line"),
    [
        (b"", "empty file", 1),
        (b"   \n\n", "empty file", 1),
        (b"---\x00\x01binary", "binary file", 1),
        ("---\ntitle: Élysée\n".encode("latin-1"), "not valid UTF-8", 2),
    ],
)
def test_unreadable_files(tmp_path: Path, raw: bytes, fragment: str, line: int):
    path = tmp_path / "bad.md"
    path.write_bytes(raw)
    with pytest.raises(TimelineError) as caught:
        load_article(path, TODAY)
    assert fragment in caught.value.message
    assert caught.value.line == line
    assert caught.value.path == str(path)


def test_latin1_hint_says_how_to_fix(tmp_path: Path):
    path = tmp_path / "latin.md"
    path.write_bytes(GOOD.replace("Corps", "Créé à Noël").encode("latin-1"))
    with pytest.raises(TimelineError, match="Latin-1"):
        load_article(path, TODAY)


def test_bom_and_crlf_are_read_as_text_mode_would(tmp_path: Path):
    path = tmp_path / "windows.md"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    article = load_article(path, TODAY)
    assert article.text == GOOD
    assert article.title == "Titre"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.md"
    with path.open("wb") as out:
        out.write(GOOD.encode())
        out.write(b"x" * 10_000_000)
    with pytest.raises(TimelineError, match=r"too large \(10\.0 MB"):
        load_article(path, TODAY)


def test_split_front_matter_keeps_its_contract():
    meta, body_start = split_front_matter(GOOD, "a.md")
    assert meta["title"] == "Titre"
    assert GOOD[body_start:] == "\nCorps.\n"


def test_hidden_and_non_markdown_files_are_not_articles(tmp_path: Path):
    (tmp_path / "2015-10-07-a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".add-123.tmp").write_text("partial", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("partial", encoding="utf-8")
    (tmp_path / "entities.yml").write_text("[]", encoding="utf-8")
    assert [a.slug for a in load_articles(tmp_path, TODAY)] == ["2015-10-07-a"]


def test_article_files_come_in_the_order_of_their_paths(tmp_path: Path):
    """``article_paths`` sorts by name (fast on an archive): the order of the ``Path``
    objects themselves, whatever characters the names hold."""
    names = ["b.md", "a-b.md", "a.md", "a b.md", "A.md", "é.md", "a.b.md", "0.md", "a_b.md"]
    for name in [*names, ".hidden.md", "notes.txt"]:
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    found = article_paths(tmp_path)
    assert found == sorted(tmp_path / name for name in names)


@pytest.mark.parametrize("lang", ["fr", "en", "xx"])
def test_the_languages_are_the_data_folders_read_once_a_process(lang: str):
    from timeline.content import frontmatter

    folders = {p.name for p in frontmatter.LANG_DIR.iterdir() if list(p.glob("*.yml"))}
    assert frontmatter.supported_languages() == tuple(sorted(folders))
    before = frontmatter.supported_languages.cache_info()
    text = GOOD.replace("lang: fr", f"lang: {lang}")
    for _ in range(3):
        _, problems = article_problems(text, Path("a.md"), TODAY)
        assert any("is not supported" in str(p) for p in problems) == (lang not in folders)
    after = frontmatter.supported_languages.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 3
