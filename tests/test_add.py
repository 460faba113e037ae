"""``timeline add``: conversions, dates, names, duplicates, never overwriting."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.articles import load_article, load_articles
from timeline.cli import build_parser, main
from timeline.errors import TimelineError
from timeline.ingest import AddOptions, add_files
from timeline.ingest.dates import find_header_date
from timeline.ingest.naming import article_slug, inside

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "tests" / "data" / "inputs"
SEED_PAGE = ROOT / "tests" / "data" / "seed" / "000_2c733891f9fe3bf4.txt"
TODAY = dt.date(2026, 1, 1)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    return folder


def add(content: Path, *paths: Path, **options):
    return add_files(list(paths), AddOptions(content_dir=content, build_day=TODAY, **options))


def only_article(content: Path):
    (path,) = content.glob("*.md")
    return load_article(path, TODAY)


def test_seed_page_as_plain_text(content: Path):
    (outcome,) = add(content, SEED_PAGE)
    assert outcome.status == "added", outcome.line()
    article = only_article(content)
    assert article.date == dt.date(2015, 10, 7)  # 07/10/2015, day first
    assert article.title == "La Russie accentue la pression pour mettre fin à la guerre en Syrie"
    assert article.source == "wikistrike.com"
    assert article.path.name == (
        "2015-10-07-la-russie-accentue-la-pression-pour-mettre-fin-a-la-guerre-en-syrie.md"
    )
    seed = SEED_PAGE.read_text(encoding="utf-8")
    body = article.body.strip()
    assert body in seed  # verbatim (no-break spaces included)
    assert body.startswith("L'armée syrienne lance une vaste opération")
    assert "07/10/2015" not in article.body


def test_html_page_through_trafilatura_and_htmldate(content: Path):
    (outcome,) = add(content, INPUTS / "article.html")
    assert outcome.status == "added", outcome.line()
    article = only_article(content)
    assert article.date == dt.date(2015, 10, 16)
    assert article.title == "Syrie : la Turquie abat un drone près de sa frontière"
    assert article.url == "https://quotidien.example/monde/syrie-turquie-drone"
    assert article.source == "Le Quotidien"
    assert "L'armée turque a abattu vendredi un drone" in article.body
    for furniture in ("Accueil", "À lire aussi", "Tous droits réservés", "<p", "</"):
        assert furniture not in article.body
    assert len(article.paragraphs()) >= 3


def test_script_never_reaches_the_stored_article(content: Path):
    (outcome,) = add(content, INPUTS / "script.html")
    assert outcome.status == "added", outcome.line()
    article = only_article(content)
    text = article.text.lower()
    for bad in ("<script", "alert(", "document.cookie", "onclick", "<p"):
        assert bad not in text
    assert "La Russie a proposé jeudi aux pays occidentaux" in article.body
    assert article.date == dt.date(2015, 10, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07/10/2015 wikistrike.com  8min #103072\n\nTitre\n", dt.date(2015, 10, 7)),
        ("Titre\n12.10.2015\n", dt.date(2015, 10, 12)),
        ("Paris, le 7 octobre 2015\nTitre\n", dt.date(2015, 10, 7)),
        ("Mis à jour le 1er octobre 2015\n", dt.date(2015, 10, 1)),
        ("2015-10-09 — AFP\n", dt.date(2015, 10, 9)),
        ("31/02/2015 est impossible\n", None),
        ("Titre\n\n\n\n\na\nb\nc\nd\ne\n07/10/2015\n", None),  # too far down
        ("Les 26 missiles, 112 cibles\n", None),
    ],
)
def test_header_date_day_first(text: str, expected: dt.date | None):
    found = find_header_date(text)
    assert (found.date if found else None) == expected


def test_date_option_and_words_date(content: Path):
    (outcome,) = add(content, INPUTS / "words-date.txt", source="afp.com")
    assert outcome.status == "added", outcome.line()
    article = only_article(content)
    assert (article.date, article.title) == (
        dt.date(2015, 10, 7),
        "Les diplomates se réunissent à Vienne",
    )
    (outcome,) = add(content, INPUTS / "nodate.txt", date=dt.date(2015, 10, 9), source="x.fr")
    assert outcome.status == "added" and outcome.target.name.startswith("2015-10-09-")


def test_missing_date_is_refused_with_how_to_give_it(content: Path):
    (outcome,) = add(content, INPUTS / "nodate.txt", source="x.fr")
    assert outcome.status == "error"
    assert "pass --date YYYY-MM-DD" in outcome.message
    assert str(INPUTS / "nodate.txt") in outcome.message
    assert list(content.iterdir()) == []


def test_latin1_is_detected_and_converted(content: Path):
    (outcome,) = add(content, INPUTS / "latin1.txt")
    assert outcome.status == "added", outcome.line()
    assert any("UTF-8" in w for w in outcome.warnings)
    article = only_article(content)
    assert "ministère de la Défense à Moscou" in article.body
    assert article.date == dt.date(2015, 10, 12)


def test_markdown_with_front_matter_keeps_fields_and_body(content: Path, tmp_path: Path):
    source = tmp_path / "note.md"
    body = "Premier paragraphe, *verbatim*.\n\nSecond paragraphe.\n"
    source.write_text(
        '---\ntitle: "Note : essai"\ndate: 2015-10-08\nsource: exemple.fr\nvia: agence\n'
        f"---\n\n{body}",
        encoding="utf-8",
    )
    (outcome,) = add(content, source)
    article = only_article(content)
    assert (article.title, article.date, article.meta["via"]) == (
        "Note : essai",
        dt.date(2015, 10, 8),
        "agence",
    )
    assert article.body.strip() == body.strip()


def test_same_article_twice_is_reported_not_added(content: Path, tmp_path: Path):
    assert add(content, SEED_PAGE)[0].status == "added"
    again = add(content, SEED_PAGE)[0]
    assert again.status == "duplicate" and "same text" in again.message
    near = tmp_path / "near.txt"
    text = SEED_PAGE.read_text(encoding="utf-8").replace("112 cibles", "113 cibles")
    near.write_text(text.replace("très bonne appréciation", "bonne appréciation"), "utf-8")
    outcome = add(content, near)[0]
    assert outcome.status == "duplicate" and "near-duplicate" in outcome.message
    assert len(list(content.glob("*.md"))) == 1


def test_existing_file_is_never_overwritten(content: Path, tmp_path: Path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("08/10/2015 a.fr\n\nMême titre\n\nUn premier texte sur la Syrie.\n", "utf-8")
    second.write_text("08/10/2015 b.fr\n\nMême titre\n\nUn tout autre récit, bien différent.\n")
    existing = content / "2015-10-08-meme-titre.md"
    one, two = add(content, first, second)
    assert one.target == existing
    assert two.target == content / "2015-10-08-meme-titre-2.md"
    assert "premier texte" in existing.read_text(encoding="utf-8")
    assert not [p for p in content.iterdir() if p.name.startswith(".")]  # no temp left


def test_replace_overwrites_only_when_asked(content: Path, tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text("08/10/2015 a.fr\n\nTitre\n\nVersion un du texte, assez longue.\n", "utf-8")
    add(content, source)
    source.write_text("08/10/2015 a.fr\n\nTitre\n\nVersion deux du texte, assez longue.\n", "utf-8")
    (outcome,) = add(content, source, replace=True)
    assert outcome.status == "replaced"
    assert [p.name for p in content.glob("*.md")] == ["2015-10-08-titre.md"]
    assert "Version deux" in (content / "2015-10-08-titre.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syrie : seuls deux raids aériens russes", "syrie-seuls-deux-raids-aeriens-russes"),
        ("../../etc/passwd", "etc-passwd"),
        ("!!! ??? !!!", "article-"),
        ("…", "article-"),
        ("a" * 200, "a" * 80),
        ("mot " * 40, None),
    ],
)
def test_slugs_are_safe_and_bounded(title: str, expected: str | None):
    slug = article_slug(title, "corps")
    assert slug.startswith(expected or "") and len(slug) <= 80
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)


def test_names_can_never_leave_the_content_folder(content: Path):
    for name in ("../evil.md", "sub/evil.md", "/tmp/evil.md"):
        with pytest.raises(TimelineError, match="leave the content folder"):
            inside(content, name)


def test_title_slugifying_to_nothing_gets_a_hash_name(content: Path):
    (outcome,) = add(content, INPUTS / "untitled.txt")
    assert outcome.status == "added"
    assert outcome.target.name.startswith("2015-10-08-article-")
    assert len(outcome.target.stem) == len("2015-10-08-article-") + 8


def test_added_articles_load_with_the_rest(content: Path):
    add(content, SEED_PAGE, INPUTS / "article.html", INPUTS / "latin1.txt")
    assert len(load_articles(content, TODAY)) == 3


def test_cli_exit_status_and_messages(tmp_path: Path, capsys):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = {p.name: p.read_bytes() for p in content.iterdir()}
    status = main(["add", "--content", str(content), str(INPUTS / "nodate.txt")])
    err = capsys.readouterr().err
    assert status == 2 and "nodate.txt" in err and "--date" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in content.iterdir()} == before
    status = main(["add", "--content", str(content), "--dry-run", str(INPUTS / "article.html")])
    assert status == 0 and "would add" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in content.iterdir()} == before
    status = main(["add", "--content", str(content), str(SEED_PAGE), str(SEED_PAGE)])
    out, err = capsys.readouterr()
    assert status == 1 and out.startswith("added ") and err.startswith("skipped ")
    assert len(list(content.glob("*.md"))) == len([n for n in before if n.endswith(".md")]) + 1


def test_cli_bad_date_option(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["add", "--date", "2015-02-30", "x.txt"])
    assert caught.value.code == 2
    assert "2015-02-30" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["add", "check"])
def test_help_has_an_example(command: str):
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    help_text = subparsers.choices[command].format_help()
    assert "example" in help_text and f"timeline {command}" in help_text


@settings(max_examples=200, deadline=None)
@given(title=st.text(max_size=300), body=st.text(max_size=50))
def test_any_title_gives_a_safe_file_name(title: str, body: str):
    slug = article_slug(title, body)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 80


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_header_date_search_never_fails(text: str):
    found = find_header_date(text)
    assert found is None or isinstance(found.date, dt.date)


def test_add_extracts_into_the_build_cache_so_the_build_only_assembles(tmp_path: Path, capsys):
    from timeline.pipeline import BuildSettings, run_build

    second = ROOT / "tests" / "data" / "second_article"
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    run_build(BuildSettings(root=root))  # the seed articles are in the cache
    (added,) = second.glob("*.md")
    assert main(["add", "--content", str(root / "content"), str(added)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^extracted \S+\.md: [1-9]\d* time expressions, [1-9]\d* event", out, re.M)
    assert re.search(r"^\S+\.md: [1-9]\d* events, \d+ also reported by other articles", out, re.M)
    assert re.search(r"^chronology: \d+ events from 5 articles$", out, re.M)
    result = run_build(BuildSettings(root=root))
    assert result.stats.memo_hit  # add assembled it: the build renders at once
    assert (result.stats.extracted, result.stats.cached) == (0, result.stats.articles)
    # what add stored is what the build would have extracted
    fresh = tmp_path / "fresh"
    shutil.copytree(ROOT / "content", fresh / "content")
    (stored,) = (root / "content").glob("2015-10-12-*.md")  # as add wrote it
    shutil.copy(stored, fresh / "content" / stored.name)
    shutil.copy(root / "content" / "ids.yml", fresh / "content" / "ids.yml")
    uncached = run_build(BuildSettings(root=fresh, use_cache=False))
    assert result.chronology.to_dict() | {"generated": ""} == uncached.chronology.to_dict() | {
        "generated": ""
    }


def test_add_no_extract_leaves_extraction_to_the_build(tmp_path: Path, capsys):
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    status = main(["add", "--no-extract", "--content", str(root / "content"), str(SEED_PAGE)])
    assert status == 0 and "extracted" not in capsys.readouterr().out
    assert not (root / ".timeline").exists()
