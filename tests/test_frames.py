"""The theme's frame of the generated pages (mkdocs_plugin/frames.py): a page whose HTML is
filled into its frame is the page the theme renders for it, byte for byte; a frame whose
values the theme changes in a way the frame cannot reproduce is not used."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from site_fixture import ROOT, Collect, build, copy_project

from timeline.mkdocs_plugin import plugin
from timeline.mkdocs_plugin.frames import Frames, cut


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_the_site_is_the_one_the_theme_renders_page_by_page(tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    handler = Collect(logging.INFO)
    logger = logging.getLogger("mkdocs.plugins.timeline")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        build(project, tmp_path / "framed", use_fixture=True)
        (project / ".timeline" / "pages.sqlite").unlink()  # every page rendered again
        monkeypatch.setattr(plugin.TimelinePlugin, "_frame_pages", lambda *args: None)
        build(project, tmp_path / "rendered", use_fixture=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
    framed = [m for m in handler.messages if "generated pages framed" in m]
    assert len(framed) == 1 and int(framed[0].split()[1]) > 10
    first, second = site_files(tmp_path / "framed"), site_files(tmp_path / "rendered")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def made_page(config, uri, *, title, content, description=None, toc=None, meta=None):
    """A generated page as the plugin hands it to the theme (read and converted)."""
    file = File(uri, None, config.site_dir, True)
    page = Page(None, file, config)
    page.meta = {"title": title, "search": {"exclude": True}, **(meta or {})}
    if description is not None:
        page.meta["description"] = description
    page.markdown = f"# {title}\n"  # read (MkDocs gives no title to a page not read)
    page.content = content
    page.toc = get_toc(toc or [])
    return page


def heading(title, anchor, level=1, children=()):
    return {"name": title, "id": anchor, "level": level, "children": list(children)}


SECTIONS = [heading("Sources", "sources", 2), heading("Datation", "datation", 2)]

# two pages of one folder that share a frame: the second is filled into the first's
SHARED = [
    (  # titles and descriptions with what escaping and striptags change
        dict(
            title="L'usine de Brévannes rouvre",
            description="le 3 mars 2031 — L'usine « rouvre » & embauche",
            content='<h1 id="l-usine">L&#39;usine de Brévannes rouvre</h1>\n<p>Texte.</p>',
            toc=[heading("L'usine de Brévannes rouvre", "l-usine", 1, SECTIONS)],
        ),
        dict(
            title='Le maire de "Sauvigny" & ses  adjoints <démissionnent>',
            description="le 4 mars 2031 — Le conseil <b>se réunit</b>  demain",
            content='<h1 id="le-maire">Le maire</h1>\n<p>Autre texte.</p>',
            toc=[heading("Le maire de Sauvigny", "le-maire", 1, SECTIONS)],
        ),
    ),
    (  # no heading in the content: the theme adds the title as one
        dict(title="Une crue de la Loire", content="<p>Sans titre.</p>"),
        dict(title="La digue cède à Tours", content="<p>Toujours sans titre.</p>"),
    ),
    (  # a table of contents whose first entry is not a title
        dict(
            title="Le budget voté",
            content='<h2 id="vote">Le vote</h2>',
            toc=[heading("Le vote", "vote", 2)],
        ),
        dict(
            title="Le budget rejeté",
            content='<h2 id="rejet">Le rejet</h2>',
            toc=[heading("Le rejet", "rejet", 2)],
        ),
    ),
]


@pytest.mark.parametrize(("one", "two"), SHARED, ids=range(len(SHARED)))
def test_a_page_filled_into_its_frame_is_the_page_the_theme_renders(config, one, two):
    pages = [
        made_page(config, "evenements/une-page/index.md", **one),
        made_page(config, "evenements/une-autre-page/index.md", **two),
    ]
    files = Files([page.file for page in pages])
    nav = get_navigation(files, config)
    env = config.theme.get_env()
    frames = Frames(env, nav, files.documentation_pages(), config)
    for page in pages:
        assert frames.render(page, "main.html") == frames._rendered(page, "main.html")
    assert frames.framed == 1


# templates that change a value as the frame cannot: the frame is never used
UNREADABLE = [
    "<title>{{ page.title | upper }}</title>{{ page.content }}",
    "<title>{{ page.title | truncate(9) }}</title>{{ page.content }}",
    '<a href="?t={{ page.title | urlencode }}">{{ page.content }}</a>',
    "<p>{{ page.content | length }}</p>",
]
# templates whose values stand as they are, escaped or stripped of tags: it is used
READABLE = [
    "<title>{{ page.title | striptags }}</title><h1>{{ page.title | e }}</h1>{{ page.content }}",
    '<meta content="{{ page.meta.description }}"><a href="{{ (page.toc | first).url }}"></a>',
]


@pytest.mark.parametrize(
    ("template", "used"),
    [(t, False) for t in UNREADABLE] + [(t, True) for t in READABLE],
)
def test_a_frame_is_used_only_where_the_values_can_be_put_back(config, template, used):
    pages = [
        made_page(
            config,
            f"jours/{day}/index.md",
            title=title,
            description=f"{title} — résumé",
            content=f'<h1 id="{day}">{title}</h1>',
            toc=[heading(title, day)],
        )
        for day, title in (("2031-03-03", "Lundi 3 mars"), ("2031-03-04", "Mardi 4 mars & après"))
    ]
    files = Files([page.file for page in pages])
    env = Environment(loader=DictLoader({"main.html": template}))
    frames = Frames(env, get_navigation(files, config), files.documentation_pages(), config)
    for page in pages:
        assert frames.render(page, "main.html") == frames._rendered(page, "main.html")
    assert frames.framed == (1 if used else 0)


def test_a_sentinel_left_in_another_form_leaves_no_frame():
    sentinel = "\ue000TlFrameTitle'&\"  <b>x\ue001"
    assert cut(f"<p>{sentinel}</p>", {"title": sentinel}) is not None
    assert cut(f"<p>{sentinel.upper()}</p>", {"title": sentinel}) is None
    assert cut(f"<p>{sentinel[:9]}</p>", {"title": sentinel}) is None


def test_the_second_process_fills_the_frames_of_the_pages_it_renders(tmp_path, monkeypatch):
    from test_page_memo import differing, plugin_log
    from test_second_process import handed_line, with_second_process

    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    monkeypatch.setattr(plugin, "SECOND_PROCESS_SHARE", 1.0)  # every page it may take
    with_second_process(project, 1)
    with plugin_log() as messages:
        built = build(project, tmp_path / "two", use_fixture=True)
    assert built.warnings == []
    assert handed_line(messages) > 10
    framed = [m for m in messages if m.endswith("generated pages framed")]
    assert len(framed) == 1 and int(framed[0].split()[1]) > 10
    (project / ".timeline" / "pages.sqlite").unlink()  # every page rendered again
    with_second_process(project, 0)
    monkeypatch.setattr(plugin.TimelinePlugin, "_frame_pages", lambda *args: None)
    build(project, tmp_path / "one", use_fixture=True)
    assert differing(tmp_path / "one", tmp_path / "two") == []
