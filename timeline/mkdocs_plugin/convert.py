"""One Python-Markdown converter for the generated pages of a build.

MkDocs' ``Page.render`` makes a new ``markdown.Markdown`` for every page, setting every
extension up again: about 0.4 ms a page, 0.4 s for the 970 generated pages of a
200-article dossier. A generated page (``GeneratedPage``) is converted by one instance
made once a build and reset between pages (``Markdown.reset``), and gets what
``Page.render`` gives: the HTML, the table of contents, the anchor ids the page holds (its
elements' and its raw HTML's), the links to its own anchors. It falls back on MkDocs' own
rendering (the same HTML, made the usual way) for a page

- with a link or an image to anything but its own anchors (MkDocs resolves those),
- without a title in its front matter (MkDocs takes it from the first heading),

and no page uses it when the site has a Markdown extension other than Python-Markdown's
own and the timeline extension: those reset their state between documents, a third-party
extension might not. ``tests/test_site_build.py`` checks that the site is byte for byte the
one MkDocs' rendering gives.

A generated page is Markdown only for its headings: its title, then headings with an
explicit id between paragraphs standing for its HTML blocks (stash.py). Pages of one kind
have the same rest after their title (the skeleton: 46 of them for the 995 pages of a
200-article dossier), so the title is converted alone and the skeleton once per build, and
the two are put together (``Converter._by_skeleton``): the same HTML, table of contents and
anchors as converting the whole page (the title, first and the only heading whose id the
table of contents makes, gets the same id unless the rest holds it: then the page is
converted whole), at a third of the cost (``tests/test_convert.py`` compares both ways).

The titles themselves are converted together, before the pages are rendered
(``Converter.prepare_titles``: one Markdown document of every page's title line, cut
into one heading each), so that a generated page costs no conversion of its own: its
title's HTML and entry come from that document, its rest's from its skeleton. A title is
taken from it only when it stands alone there as it would in its page: one ``h1`` with
the id the table of contents gives it (none that ``toc`` made unique with a ``_N``
suffix, which another title's slug may have caused), no other element id, no link but
to its own anchor; any other title is converted alone, as before.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, AtomicString
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import meta

from timeline.markdown_ext import TimelineExtension
from timeline.mkdocs_plugin import front_matter
from timeline.mkdocs_plugin.stash import PREFIX

#: Python-Markdown's extensions whose ``reset`` leaves nothing of one document to the next
#: (by their short or full names).
KNOWN_EXTENSIONS = frozenset(
    name
    for short in (
        "abbr",
        "admonition",
        "attr_list",
        "def_list",
        "fenced_code",
        "footnotes",
        "md_in_html",
        "nl2br",
        "sane_lists",
        "smarty",
        "tables",
        "toc",
    )
    for name in (short, f"markdown.extensions.{short}")
)


#: the text of a paragraph standing for an HTML block (``stash.HtmlBlocks.stash``)
TOKEN_TEXT = re.compile(rf"{PREFIX}\d+")

#: MkDocs keeps the links to a page's anchors only above DEBUG (``Page.render``)
MKDOCS_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


def shareable(extensions: list[Any]) -> bool:
    """Whether one converter may serve every generated page with these extensions."""
    return all(
        isinstance(ext, TimelineExtension) or (isinstance(ext, str) and ext in KNOWN_EXTENSIONS)
        for ext in extensions
    )


@dataclass
class _Found:
    """What a conversion read in the page (its processors change nothing)."""

    ids: set[str] = field(default_factory=set)  # its anchors: elements and raw HTML
    own_anchors: dict[str, str] = field(default_factory=dict)  # anchor -> link to it
    other_links: bool = False  # a link or image MkDocs must resolve


class _RawIds(HTMLParser):
    """The ids of some raw HTML (an ``a`` also by its name)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if value is not None and (key == "id" or (key == "name" and tag == "a")):
                self.ids.add(value)


class _RawHtmlIds(Preprocessor):
    """The ids of the raw HTML in the Markdown lines."""

    def __init__(self, md: markdown.Markdown, found: list[_Found]) -> None:
        super().__init__(md)
        self.found = found

    def run(self, lines: list[str]) -> list[str]:
        parser = _RawIds()
        parser.feed("\n".join(lines))
        parser.close()
        self.found[0].ids |= parser.ids
        return lines


class _OpaqueTokens(Treeprocessor):
    """The paragraphs that stand for a page's HTML blocks (``stash.HtmlBlocks``: a token of
    letters and digits) are left out of inline processing, which would try every inline
    pattern on each of them and find nothing: the same HTML, about half the text nodes of
    a generated page fewer to process."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("p"):
            text = element.text
            if text is not None and len(element) == 0 and TOKEN_TEXT.fullmatch(text):
                element.text = AtomicString(text)


class _ElementIds(Treeprocessor):
    """The ids of the elements (an ``a`` also by its name)."""

    def __init__(self, md: markdown.Markdown, found: list[_Found]) -> None:
        super().__init__(md)
        self.found = found

    def run(self, root: etree.Element) -> None:
        ids = self.found[0].ids
        for element in root.iter():
            if anchor := element.get("id"):
                ids.add(anchor)
            if element.tag == "a" and (anchor := element.get("name")):
                ids.add(anchor)


class _Links(Treeprocessor):
    """Links to the page's own anchors; whether another link or image needs MkDocs."""

    def __init__(self, md: markdown.Markdown, found: list[_Found]) -> None:
        super().__init__(md)
        self.found = found

    def run(self, root: etree.Element) -> None:
        found = self.found[0]
        for element in root.iter():
            if element.tag == "a":
                url = element.get("href")
            elif element.tag == "img":
                url = element.get("src")
            else:
                continue
            if url is None:
                continue
            scheme, netloc, path, _, fragment = urlsplit(url)
            if scheme or netloc:
                continue  # external: left as it is
            if path or url.startswith(("/", "\\")) or AMP_SUBSTITUTE in url:
                found.other_links = True
            elif fragment:
                found.own_anchors.setdefault(fragment, url)


#: a generated page's rest after its title: blank lines, paragraphs standing for HTML
#: blocks, headings of level 2 to 6 with an explicit id (``{#id}``, attr_list)
SKELETON_LINE = re.compile(rf"(?:{PREFIX}\d+|#{{2,6}} [^\n]*? \{{#[\w-]+\}}[ \t]*)?")
#: the title of a skeleton: one word of letters and digits (its own id)
SKELETON_TITLE = f"# {PREFIX}titre"
H1_END = "</h1>"
#: an id the table of contents may have made unique (``toc.unique``: ``_1``, ``_2``...)
SUFFIXED_ID = re.compile(r"_\d+\Z")
#: titles converted in one document (``Converter.prepare_titles``)
TITLES_PER_DOCUMENT = 500


def _split_title(text: str) -> tuple[str, str, str] | None:
    """(blank lines, title heading line, the rest from the newline after it) of a page made
    of a level-1 title then only what ``SKELETON_LINE`` takes, else None."""
    body = text.lstrip("\n")
    before = text[: len(text) - len(body)]
    title, newline, rest = body.partition("\n")
    if not title.startswith("# ") or not newline:
        return None
    if not all(SKELETON_LINE.fullmatch(line) for line in rest.split("\n")):
        return None
    return before, title, newline + rest


def _join(
    head: tuple[str, list[Any], _Found], skeleton: tuple[str, list[Any], _Found]
) -> tuple[str, list[Any], _Found] | None:
    """A page's conversion from its title's alone (``head``) and its skeleton's, or None
    when they cannot make the whole page's (the title's id taken by the rest, a title that
    is not one ``h1``)."""
    head_html, head_toc, head_found = head
    html, toc, found = skeleton
    match = re.match(r'<h1 id="([^"]*)"', html)
    start = re.match(r'<h1 id="([^"]*)"', head_html)
    if match is None or start is None or head_html.count(H1_END) != 1:
        return None
    if not head_html.endswith(H1_END) or H1_END not in html:
        return None
    placeholder, title_id = match.group(1), start.group(1)
    if title_id in found.ids or any(i.startswith(placeholder) for i in found.ids - {placeholder}):
        return None  # the table of contents would have made other ids
    if placeholder in head_found.ids:
        return None
    entries = [t for t in toc if t.get("id") == placeholder]
    if len(head_toc) != len(entries) or len(head_toc) > 1:
        return None
    if head_toc:
        if toc[0] is not entries[0] or head_toc[0].get("children"):
            return None
        toc = [{**head_toc[0], "children": toc[0].get("children", [])}, *toc[1:]]
    joined = _Found(
        ids=(found.ids - {placeholder}) | head_found.ids,
        own_anchors={
            **head_found.own_anchors,
            **{k: v for k, v in found.own_anchors.items() if k != placeholder},
        },
        other_links=False,
    )
    return head_html + html[html.index(H1_END) + len(H1_END) :], list(toc), joined


class Converter:
    """The build's one ``markdown.Markdown`` for generated pages (made at first use)."""

    def __init__(self, config: MkDocsConfig) -> None:
        self.config = config
        self.md: markdown.Markdown | None = None
        self.found = [_Found()]  # the current page's, shared with the processors
        self.converted = 0  # pages converted here (not by MkDocs' rendering)
        self.titles_shared = 0  # of them, pages whose title came from ``prepare_titles``
        # the conversion of each page skeleton met (``_by_skeleton``)
        self._skeletons: dict[str, tuple[str, list[Any], _Found] | None] = {}
        # title lines converted among others (``prepare_titles``)
        self._titles: dict[str, tuple[str, list[Any], _Found]] = {}

    def _markdown(self) -> markdown.Markdown:
        if self.md is None:
            md = markdown.Markdown(
                extensions=self.config["markdown_extensions"],
                extension_configs=self.config["mdx_configs"] or {},
            )
            # read-only, at the priorities of MkDocs' own (after the extensions' there)
            md.preprocessors.register(_RawHtmlIds(md, self.found), "timeline_raw_ids", 21)
            # before Python-Markdown's inline processing (20)
            md.treeprocessors.register(_OpaqueTokens(md), "timeline_tokens", 25)
            md.treeprocessors.register(_ElementIds(md, self.found), "timeline_ids", 5)
            md.treeprocessors.register(_Links(md, self.found), "timeline_links", 0)
            self.md = md
        return self.md

    def convert(self, text: str) -> tuple[str, list[Any], _Found] | None:
        """(HTML, TOC tokens, what the conversion found), or None when the page has a
        link or image that MkDocs must resolve."""
        converted = self._by_skeleton(text)
        if converted is None:
            converted = self._whole(text)
        if converted is not None:
            self.converted += 1
        return converted

    def _whole(self, text: str) -> tuple[str, list[Any], _Found] | None:
        md = self._markdown()
        md.reset()
        found = self.found[0] = _Found()
        html = md.convert(text)
        if found.other_links:
            return None
        return html, list(getattr(md, "toc_tokens", [])), found

    def _by_skeleton(self, text: str) -> tuple[str, list[Any], _Found] | None:
        """A page made of its title heading, then only headings with an explicit id and
        paragraphs standing for HTML blocks (every generated page): its title converted
        alone, the rest converted once per build for every page that has the same rest
        (the skeleton: 50 of them for the 995 pages of a 200-article dossier), then put
        together. The title is its page's only heading whose id the table of contents
        makes, and comes first, so its id, its HTML and its entry are those of converting
        the whole page, unless its id is one the rest holds (then the page is converted
        whole). None: not such a page."""
        split = _split_title(text)
        if split is None:
            return None
        before, title, rest = split
        if rest not in self._skeletons:
            self._skeletons[rest] = self._whole(before + SKELETON_TITLE + rest)
        skeleton = self._skeletons[rest]
        head = self._titles.get(title)
        if head is None:
            head = self._whole(title)
        else:
            self.titles_shared += 1
        if skeleton is None or head is None:
            return None
        return _join(head, skeleton)

    def prepare_titles(self, texts: Iterable[str]) -> None:
        """Convert the title lines of these pages (their Markdown, front matter left out)
        together, for ``convert`` to take each from there rather than convert it alone."""
        lines = []
        for text in texts:
            split = _split_title(text)
            if split is not None and split[1] not in self._titles:
                lines.append(split[1])
        lines = list(dict.fromkeys(lines))
        for start in range(0, len(lines), TITLES_PER_DOCUMENT):
            self._convert_titles(lines[start : start + TITLES_PER_DOCUMENT])

    def _convert_titles(self, lines: list[str]) -> None:
        """Title lines (each ``# ...``) converted in one document, each taken when it stands
        alone there as it would in its page (see the module docstring)."""
        md = self._markdown()
        md.reset()
        found = self.found[0] = _Found()
        html = md.convert("\n\n".join(lines))
        toc = list(getattr(md, "toc_tokens", []))
        parts = html.split("\n")
        ids = [str(token.get("id")) for token in toc]
        if found.other_links or not len(lines) == len(parts) == len(toc) == len(set(ids)):
            return
        if found.ids != set(ids):
            return  # an element id of another kind
        for line, part, token, anchor in zip(lines, parts, toc, ids, strict=True):
            if token.get("level") != 1 or token.get("children") or SUFFIXED_ID.search(anchor):
                continue
            if not part.startswith("<h1") or not part.endswith(H1_END) or part.count(H1_END) != 1:
                continue
            links = part.count('href="')
            own = found.own_anchors.get(anchor)
            if links > 1 or (links == 1 and (own is None or f'href="{own}"' not in part)):
                continue
            anchors = {anchor: own} if links == 1 and own is not None else {}
            self._titles[line] = (part, [token], _Found(ids={anchor}, own_anchors=anchors))


class GeneratedPage(Page):
    """A generated page converted by the build's ``Converter`` (see the module docstring).
    A ``Page`` subclass, as mkdocs-material's blog plugin makes its own pages; created for
    the page's file before MkDocs reads it."""

    def __init__(self, file: File, config: MkDocsConfig, converter: Converter) -> None:
        super().__init__(None, file, config)
        self.converter = converter

    def read_source(self, config: MkDocsConfig) -> None:
        """``Page.read_source``, its front matter read by ``front_matter.read`` when it has
        the generated pages' shape (the same Markdown and meta), else by MkDocs."""
        source = config.plugins.on_page_read_source(page=self, config=config)
        if source is None:
            try:
                source = self.file.content_string
            except OSError:
                MKDOCS_PAGES_LOG.error("File not found: %s", self.file.src_path)
                raise
            except ValueError:
                MKDOCS_PAGES_LOG.error("Encoding error reading file: %s", self.file.src_path)
                raise
        self.markdown, self.meta = front_matter.read(source) or meta.get_data(source)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or "title" not in self.meta:
            super().render(config, files)
            return
        converted = self.converter.convert(self.markdown)
        if converted is None:
            super().render(config, files)
            return
        html, toc, found = converted
        self.content = html
        self.toc = get_toc(toc)
        self.present_anchor_ids = found.ids
        if MKDOCS_PAGES_LOG.getEffectiveLevel() > logging.DEBUG:  # as Page.render does
            self.links_to_anchors = {self.file: found.own_anchors} if found.own_anchors else {}
