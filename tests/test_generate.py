"""``build_pages`` (generate.py): URLs as MkDocs makes them, references resolved outside code,
an idempotent folder, stale files removed; the CLI's one-line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from site_fixture import ROOT, make_chronology

from timeline.articles import load_articles
from timeline.cli import main
from timeline.errors import TimelineError
from timeline.generate import (
    MANIFEST,
    build_pages,
    page_url,
    read_config,
    relative_url,
    resolve_references,
)
from timeline.markdown_ext import LinkIndex, Target
from timeline.mkdocs_plugin.pages import Layout

SRC_URIS = ["index.md", "guide.md", "rapports/index.md", "evenements/x-y/index.md", "a/b/c.md"]


@pytest.mark.parametrize("src_uri", SRC_URIS)
@pytest.mark.parametrize("directory_urls", [True, False])
def test_page_url_is_mkdocs_file_url(src_uri: str, directory_urls: bool) -> None:
    assert page_url(src_uri, directory_urls) == File(src_uri, None, "/s", directory_urls).url


URLS = ["", "./", "evenements/a/", "evenements/b/", "jours/2015-10-07/", "guide/", "x/y.html"]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("other", URLS)
def test_relative_url_is_mkdocs_get_relative_url(url: str, other: str) -> None:
    assert relative_url(url, other) == get_relative_url(url, other)


#: path segments as a site's URLs hold them, and the odd ones MkDocs normalises
SEGMENTS = st.sampled_from(["", ".", "..", "a", "b", "evenements", "x-y", "2015-10-07", "c.md"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(SEGMENTS, max_size=5).map("/".join),
    st.lists(SEGMENTS, max_size=5).map("/".join),
    st.booleans(),
    st.booleans(),
)
def test_relative_url_is_mkdocs_on_any_path(
    url: str, other: str, url_slash: bool, other_slash: bool
) -> None:
    """``timeline pages`` makes its links as MkDocs would, whatever the paths (a leading
    slash included: ``"/"`` once gave ``../..``)."""
    url, other = url + "/" * url_slash, other + "/" * other_slash
    assert relative_url(url, other) == get_relative_url(url, other)


def index() -> LinkIndex:
    return LinkIndex(
        events={"e1": Target("evenements/e1/", "7 octobre — Un [titre]")},
        aliases={"old": "e1"},
        entities={"russie": Target("entites/russie/", "Russie")},
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Voir [[event:e1]].",
            "Voir [7 octobre — Un \\[titre\\]](../evenements/e1/index.md)"
            '{: .tl-ref .tl-ref-event data-timeline-id="e1" }.',
        ),
        (
            "[[event:old|ce jour]]",
            '[ce jour](../evenements/e1/index.md){: .tl-ref .tl-ref-event data-timeline-id="e1" }',
        ),
        (
            "[[entity:russie]]",
            "[Russie](../entites/russie/index.md)"
            '{: .tl-ref .tl-ref-entity data-timeline-id="russie" }',
        ),
        ("`[[event:e1]]` stays", "`[[event:e1]]` stays"),
        ("```\n[[event:nope]]\n```\n", "```\n[[event:nope]]\n```\n"),
    ],
)
def test_references_become_markdown_links_outside_code(text: str, expected: str) -> None:
    assert resolve_references(text, index(), "rapports/r.md", "docs/r.md", Layout()) == expected


def test_unknown_reference_names_file_line_and_closest_id() -> None:
    with pytest.raises(TimelineError) as caught:
        resolve_references("a\n\nb [[event:e2]]", index(), "r.md", "docs/r.md", Layout())
    assert str(caught.value).startswith("docs/r.md:3:")
    assert "'e1'" in str(caught.value)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copy(
        ROOT / "tests/data/site/rapport-fixture.md", tmp_path / "docs/rapports/premiere-semaine.md"
    )
    return tmp_path


def build(project: Path, out: Path | None = None):
    chronology = make_chronology(project / "content")
    articles = load_articles(project / "content")
    return build_pages(project / "mkdocs.yml", out, chronology=chronology, articles=articles)


def test_folder_holds_pages_redirects_exports_and_a_builder_config(project: Path) -> None:
    result = build(project)
    out = result.out
    assert out == project / ".timeline" / "pages" / "docs"
    for name in ("index.md", "guide.md", "jours/index.md", "events.json", "feed.xml"):
        assert (out / name).is_file(), name
    assert (out / "evenements/2015-09-30-frappes-aeriennes-russes/index.md").is_file()
    redirect = out / "evenements/2015-09-30-campagne-russe/index.html"
    assert "2015-09-30-frappes-aeriennes-russes" in redirect.read_text(encoding="utf-8")
    home = (out / "index.md").read_text(encoding="utf-8")
    assert "<!-- timeline:chronologie -->" not in home and 'class="tl-event' in home
    report = (out / "rapports/premiere-semaine.md").read_text(encoding="utf-8")
    assert "[[event:2015" not in report and "[[entity:etats-unis]]" not in report
    assert "(../evenements/2015-09-30-frappes-aeriennes-russes/index.md)" in report
    config = read_config(result.config_file)
    assert config["docs_dir"] == "docs" and config["site_dir"] == "../../site"
    assert "assets/timeline/timeline.css" in config["extra_css"]


def test_second_run_writes_nothing_and_stale_files_go(project: Path) -> None:
    first = build(project)
    assert len(first.written) == first.total
    mtimes = {p: p.stat().st_mtime_ns for p in first.out.rglob("*") if p.is_file()}
    again = build(project)
    assert again.written == [] and again.removed == []
    assert {p: p.stat().st_mtime_ns for p in first.out.rglob("*") if p.is_file()} == mtimes
    (project / "docs" / "guide.md").unlink()
    third = build(project)
    assert third.removed == ["guide.md"] and not (first.out / "guide.md").exists()
    assert "guide.md" not in (first.out / MANIFEST).read_text(encoding="utf-8")


def test_hand_written_page_at_a_generated_address_is_refused(project: Path) -> None:
    (project / "docs" / "jours").mkdir()
    (project / "docs" / "jours" / "index.md").write_text("# Jours\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="jours/index.md"):
        build(project)


def test_output_inside_docs_is_refused(project: Path) -> None:
    with pytest.raises(TimelineError, match="outside the docs folder"):
        build(project, project / "docs" / "gen")


def test_cli_reports_a_bad_configuration_on_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: [unclosed\n", encoding="utf-8")
    assert main(["pages", "--config", str(tmp_path / "mkdocs.yml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("timeline: error:") and "mkdocs.yml" in err and "\n" not in err
