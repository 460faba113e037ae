"""The same project built by MkDocs 1.6 and by ProperDocs (the maintained MkDocs 1.6 fork),
with the plugin or from the folder ``timeline pages`` writes (no plugin): the same pages, the
same exports, the same links (README: « Builders »)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html
from site_fixture import ROOT, seed_site

from timeline.generate import read_config

pytestmark = pytest.mark.slow

EXPORTS = ("events.json", "timeline.ics", "timelinejs.json", "feed.xml")


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def links(site: Path) -> dict[str, set[str]]:
    """The links of each page's content (not the theme's header and footer)."""
    found = {}
    for path in site.rglob("*.html"):
        if path.name == "404.html":  # the theme's; the plugin writes it in French (README)
            continue
        root = lxml_html.parse(str(path)).getroot()
        if root is None:
            continue
        content = root.xpath('//article[contains(@class, "md-content__inner")]')
        scope = content[0] if content else root
        found[path.relative_to(site).as_posix()] = set(scope.xpath(".//a/@href"))
    return found


def events(site: Path) -> list[tuple[str, str, str, str]]:
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    return [(e["id"], e["start"], e["end"], e["title"]) for e in data["events"]]


def export(site: Path, name: str) -> bytes:
    """An export with the build's ``generated`` stamp blanked (it is the time of the build
    unless ``SOURCE_DATE_EPOCH`` is set), in its ISO and iCalendar forms."""
    stamp = json.loads((site / "events.json").read_text(encoding="utf-8"))["generated"]
    compact = stamp[:19].replace("-", "").replace(":", "") + "Z"
    content = (site / name).read_bytes()
    return content.replace(stamp.encode(), b"<generated>").replace(compact.encode(), b"<generated>")


def build_with(command: list[str], project: Path) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return project / "site"


def project_copy(where: Path) -> Path:
    """A copy of the project with the extraction cache of the seed build (the same
    chronology, without loading spaCy again)."""
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", where / "docs")
    shutil.copytree(ROOT / "content", where / "content")
    built = seed_site()
    if built.project is not None and (built.project / ".timeline").is_dir():
        shutil.copytree(
            built.project / ".timeline",
            where / ".timeline",
            ignore=shutil.ignore_patterns("pages.sqlite*"),
        )
    return where


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = project_copy(tmp_path_factory.mktemp("properdocs"))
    command = [sys.executable, "-m", "properdocs", "build", "-f", "mkdocs.yml", "--strict"]
    return build_with(command, project)


@pytest.fixture(scope="module")
def generated_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project copy after ``timeline pages`` (its folder and builder configuration)."""
    project = project_copy(tmp_path_factory.mktemp("pages"))
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "pages"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return project


def same_site(site: Path, reference: Path) -> None:
    assert pages(site) == pages(reference)
    assert events(site) == events(reference)
    for name in EXPORTS:
        assert export(site, name) == export(reference, name), name
    assert links(site) == links(reference)


def test_properdocs_builds_the_same_pages_exports_and_links(properdocs_site: Path) -> None:
    generator = lxml_html.parse(str(properdocs_site / "index.html")).xpath(
        '//meta[@name="generator"]/@content'
    )
    assert generator and "ProperDocs" in generator[0]
    same_site(properdocs_site, seed_site().site_dir)


@pytest.mark.parametrize("builder", [["mkdocs"], ["properdocs"]], ids=["mkdocs", "properdocs"])
def test_timeline_pages_rendered_without_the_plugin_gives_the_plugin_build(
    generated_project: Path, builder: list[str], tmp_path: Path
) -> None:
    config = generated_project / ".timeline" / "pages" / "mkdocs.yml"
    plugins = read_config(config)["plugins"]
    assert plugins and not any("timeline" in p for p in plugins)
    site = tmp_path / "site"
    command = [sys.executable, "-m", *builder, "build", "-f", str(config), "--strict"]
    build_with([*command, "-d", str(site)], generated_project)
    same_site(site, seed_site().site_dir)
