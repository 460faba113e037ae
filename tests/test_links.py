"""Every internal link and #anchor of the built site resolves."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from lxml import html as lxml_html
from site_fixture import seed_site

LINK_ATTRS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))


MOUNT = "/timeline/"  # the path of site_url in mkdocs.yml (used by 404.html)


def _target_file(site: Path, page: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    if path.startswith("/"):
        assert path.startswith(MOUNT), url
        page, path = site / "index.html", path[len(MOUNT) :] or "."
    base = page.parent if path else page
    target = (base / path).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target


def collect(site: Path) -> tuple[dict[Path, set[str]], list[tuple[Path, str]]]:
    """(ids of every HTML page, every internal (page, url) link)."""
    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    for page in sorted(site.rglob("*.html")):
        root = lxml_html.parse(str(page)).getroot()
        ids[page.resolve()] = {el.get("id") for el in root.iter() if el.get("id")} | {
            el.get("name") for el in root.iter("a") if el.get("name")
        }
        for tag, attr in LINK_ATTRS:
            for el in root.iter(tag):
                url = el.get(attr)
                if not url or urlsplit(url).scheme or url.startswith(("//", "mailto:")):
                    continue
                links.append((page, url))
        for el in root.iter("meta"):
            content = el.get("content") or ""
            if el.get("http-equiv") == "refresh" and "url=" in content:
                links.append((page, content.split("url=", 1)[1]))
    return ids, links


def test_mount_matches_site_url():
    import yaml

    config = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    site_url = yaml.safe_load(config.split("\ntheme:")[0])["site_url"]
    assert urlsplit(site_url).path == MOUNT


@pytest.fixture(scope="module")
def site_links():
    site = seed_site().site_dir
    return site, *collect(site)


def test_the_site_has_internal_links(site_links):
    _, ids, links = site_links
    assert len(ids) > 10 and len(links) > 100


def test_every_internal_link_resolves(site_links):
    site, _, links = site_links
    broken = sorted(
        {f"{p.relative_to(site)} -> {u}" for p, u in links if not _target_file(site, p, u).exists()}
    )
    assert broken == []


def test_every_anchor_resolves(site_links):
    site, ids, links = site_links
    broken = []
    for page, url in links:
        _, fragment = urldefrag(url)
        target = _target_file(site, page, url)
        if not fragment or target.suffix != ".html" or not target.exists():
            continue
        if unquote(fragment) not in ids.get(target.resolve(), set()):
            broken.append(f"{page.relative_to(site)} -> {url}")
    assert sorted(set(broken)) == []


@pytest.mark.parametrize("export", ["events.json", "timeline.ics", "timelinejs.json", "feed.xml"])
def test_home_links_every_export(site_links, export):
    site, _, links = site_links
    home = (site / "index.html").resolve()
    assert any(p.resolve() == home and u == export for p, u in links)
    assert (site / export).is_file()
