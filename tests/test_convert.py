"""The generated pages converted by one Markdown instance (mkdocs_plugin/convert.py) give
what MkDocs' own rendering gives: the same site, byte for byte, and for each page the same
HTML, table of contents, anchors and links to its own anchors."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from site_fixture import ROOT, Collect, build, copy_project

from timeline.markdown_ext import TimelineExtension
from timeline.mkdocs_plugin import plugin
from timeline.mkdocs_plugin.convert import Converter, GeneratedPage, shareable
from timeline.mkdocs_plugin.stash import PREFIX


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_the_site_is_the_one_mkdocs_rendering_gives(tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    handler = Collect(logging.INFO)
    logger = logging.getLogger("mkdocs.plugins.timeline")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        build(project, tmp_path / "shared", use_fixture=True)
        (project / ".timeline" / "pages.sqlite").unlink()  # every page rendered again
        monkeypatch.setattr(plugin, "shareable", lambda extensions: False)
        build(project, tmp_path / "mkdocs", use_fixture=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
    converted = [m for m in handler.messages if "converted by one Markdown instance" in m]
    assert len(converted) == 1 and int(converted[0].split()[1]) > 20
    titled = [m for m in handler.messages if "titled from one document of titles" in m]
    assert len(titled) == 1 and int(titled[0].split()[1]) > 20
    shared, rendered = site_files(tmp_path / "shared"), site_files(tmp_path / "mkdocs")
    assert sorted(shared) == sorted(rendered)
    assert [name for name in shared if shared[name] != rendered[name]] == []


FRONT = '---\ntitle: "Un titre"\nsearch:\n  exclude: true\n---\n\n'
PAGES = [
    # headings (attr_list ids, toc permalinks: links to the page's own anchors), raw HTML
    FRONT + '# Un titre\n\n## Sources {#sources}\n\n<div id="bloc"><p>x</p></div>\n\n'
    "## Voir aussi {#voir}\n\ntexte *mis en valeur* et `code`\n",
    FRONT + "## Un lien interne {#a}\n\n[vers le haut](#a) et [dehors](https://example.org/)\n",
    FRONT + '## Deux fois\n\n## Deux fois\n\n<a name="ancre"></a>\n',
    # what MkDocs must resolve: the page is rendered by MkDocs itself
    FRONT + "## Autre page\n\n[une autre page](../autre.md) ![image](img.png)\n",
    "# Sans titre dans l'en-tête\n\ntexte\n",  # the title comes from the first heading
    # the paragraphs standing for HTML blocks (left out of inline processing), and text
    # that only looks like one (processed)
    FRONT + f"## Blocs {{#blocs}}\n\n{PREFIX}0\n\n{PREFIX}12\n\n{PREFIX}1 *mis en valeur*\n\n"
    f"*{PREFIX}2*\n\n{PREFIX}3\ndeux lignes\n",
]


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def render(config, text, make):
    """What rendering the page ``make`` makes of ``text`` gives."""
    file = File("evenements/un-evenement.md", None, config.site_dir, True)
    file.content_string = text
    page = make(file)
    page.read_source(config)
    page.render(config, Files([file]))
    links = {f.src_uri: anchors for f, anchors in (page.links_to_anchors or {}).items()}
    return page.content, str(page.toc), page.present_anchor_ids, links, page.title


@pytest.mark.parametrize("text", PAGES, ids=range(len(PAGES)))
def test_a_page_converts_as_mkdocs_renders_it(config, text):
    converter = Converter(config)
    expected = render(config, text, lambda file: Page(None, file, config))
    generated = partial(GeneratedPage, config=config, converter=converter)
    assert render(config, text, generated) == expected
    assert render(config, text, generated) == expected  # reset
    assert converter.converted == (2 if text.startswith(FRONT) and "autre" not in text else 0)


@pytest.mark.parametrize(
    ("extensions", "expected"),
    [
        (["toc", "attr_list", "markdown.extensions.tables", TimelineExtension()], True),
        (["toc", "pymdownx.snippets"], False),  # a third-party extension: MkDocs renders
        (["toc", object()], False),
    ],
)
def test_one_instance_only_with_extensions_that_reset(extensions, expected):
    assert shareable(extensions) is expected


@pytest.mark.parametrize(
    "nav, expected",
    [
        (None, set()),
        (["index.md", {"Jours": "jours/index.md"}], {"index.md", "jours/index.md"}),
        (
            [{"Rapports": ["rapports/index.md", {"Un": "./rapports/un.md"}]}],
            {"rapports/index.md", "rapports/un.md"},
        ),
        (
            [{"Entités": "/entites/index.md"}, {"Ailleurs": "https://example.org/"}],
            {"entites/index.md", "https:/example.org"},
        ),
    ],
)
def test_the_pages_the_nav_names(nav, expected):
    """A generated page the ``nav`` setting names keeps MkDocs' own page (its title from
    the nav): the plugin makes pages in ``on_files`` only for the others."""
    assert plugin.nav_paths(nav) == expected


#: titles of generated pages, as the templates write them (escaped Markdown), and ones that
#: take the rest's ids or a link, so that the page is converted whole or by MkDocs
TITLES = [
    "Les frappes ont touché 112 cibles",
    "Sources",  # its id is the rest's {#sources}: converted whole
    "Audit",
    "L\\'«\\ État islamique\\ » \\*revendique\\* l\\'attaque \\[\\[event:x\\]\\] & <b>",
    '*mis en valeur* et `code` & &amp; <span id="sources">x</span>',
    "[un lien](../ailleurs.md)",  # MkDocs resolves it: rendered by MkDocs
    "!!!",  # an empty slug
    f"{PREFIX}titre",  # the skeleton's own title
]
SKELETONS = [
    f"\n\n{PREFIX}0\n\n\n## Comment la date a été établie {{#audit}}\n\n{PREFIX}1\n\n"
    f"## Sources {{#sources}}\n\n{PREFIX}2\n",
    f"\n\n{PREFIX}0\n\n## Événements (3) {{#evenements}}\n\n{PREFIX}1\n\n",
    f"\n\n## Sans identifiant\n\n{PREFIX}0\n",  # a heading whose id the TOC makes
    "\n\ndu texte",  # not a skeleton: converted whole
]


# ids by position: the texts hold the process's own token prefix, which differs between
# the test workers
@pytest.mark.parametrize("title", TITLES, ids=range(len(TITLES)))
@pytest.mark.parametrize("rest", SKELETONS, ids=range(len(SKELETONS)))
def test_a_page_by_its_title_and_skeleton(config, title, rest):
    """A page converted from its title alone and its skeleton (the rest, converted once
    for all the pages that share it) is the page converted whole, and what MkDocs renders."""
    text = f"# {title}{rest}"
    converter = Converter(config)
    whole = converter._whole(text)
    for _ in range(2):  # the skeleton converted, then found
        joined = converter.convert(text)
        if whole is None:
            assert joined is None
        else:
            assert joined is not None
            assert (joined[0], joined[1], joined[2]) == (whole[0], whole[1], whole[2])
    joinable = (
        "du texte" not in rest  # not a skeleton
        and "Sans identifiant" not in rest  # a heading whose id the TOC would make
        and "lien" not in title  # MkDocs renders it
        and f"{{#{title.lower()}}}" not in rest  # the rest holds its id ("Audit")
        and title != f"{PREFIX}titre"  # its id is the skeleton's title's
    )
    assert (converter._by_skeleton(text) is not None) is joinable
    expected = render(config, FRONT + text, lambda file: Page(None, file, config))
    generated = partial(GeneratedPage, config=config, converter=converter)
    assert render(config, FRONT + text, generated) == expected


def test_the_site_pages_go_by_their_skeletons(config):
    """The seed site's generated pages, each converted by title and skeleton, are the
    pages converted whole; most of them share a skeleton."""
    from site_fixture import make_records

    from timeline.articles import load_articles
    from timeline.generate import SiteGeneration, page_url, relative_url
    from timeline.mkdocs_plugin.stash import HtmlBlocks
    from timeline.present import Layout

    articles = load_articles(ROOT / "content")
    generation = SiteGeneration(
        make_records(ROOT / "content"),
        {a.slug: a for a in articles},
        layout=Layout(),
        site_url="https://example.org/",
        site_name="x",
        url_of=page_url,
        relative=relative_url,
    )
    joined, whole = Converter(config), Converter(config)
    pages = generation.pages.render_all()
    for text in pages.values():
        body = HtmlBlocks().stash(text).split("\n---\n", 1)[1]
        assert joined.convert(body) == whole._whole(body)
    assert 0 < len(joined._skeletons) < len(pages) / 2


#: titles converted together (``Converter.prepare_titles``): each must come out as it does
#: alone, or be left to its own conversion; (title, taken from the shared document)
TOGETHER = [
    ("Les frappes ont touché 112 cibles", True),
    ("L\\'«\\ État islamique\\ » \\*revendique\\* l\\'attaque \\[\\[event:x\\]\\] & <b>", True),
    ("Sources", True),
    ("Sources\\!", False),  # the slug of 'Sources' again: toc makes it sources_1
    ("Vague_1", False),  # a slug ending like a made-unique one: converted alone
    ("!!!", False),  # an empty slug: toc makes it _1
    ("vers [les sources](#sources)", False),  # a link to another anchor than its own
    ("*mis en valeur* et `code` & &amp; <b>gras</b>", True),
    (f"{PREFIX}titre", True),
]
REST = f"\n\n{PREFIX}0\n\n## Sources {{#sources}}\n\n{PREFIX}1\n"


def test_titles_converted_together_are_the_titles_converted_alone(config):
    """Each page converted with its title taken from the shared document is the page
    converted whole; a title that would not stand there as alone is converted alone."""
    together = Converter(config)
    texts = [f"# {title}{REST}" for title, _ in TOGETHER]
    together.prepare_titles(texts)
    taken = set(together._titles)
    for (title, expected), text in zip(TOGETHER, texts, strict=True):
        assert (f"# {title}" in taken) is expected, title
        alone = Converter(config)
        assert together.convert(text) == alone.convert(text), title


def test_titles_alone_when_the_document_is_not_one_heading_a_title(config):
    """A shared document whose headings are not one per title (an element id of its own,
    a link MkDocs must resolve) gives no title: each is converted alone."""
    for odd in ('<span id="autre">x</span>', "[un lien](../ailleurs.md)"):
        converter = Converter(config)
        converter.prepare_titles([f"# Un titre{REST}", f"# {odd}{REST}"])
        assert converter._titles == {}
