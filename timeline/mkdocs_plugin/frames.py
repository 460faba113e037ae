"""The theme's frame of the generated pages, rendered once for the pages that share it.

A generated page outside the navigation (an event, a day, an entity, a source) differs
in the theme's output from another of its folder only by the values the template inserts
from the page itself: its title, its front matter's title and description, its content,
its address (``canonical_url``, ``abs_url``) and the first entry of its table of contents.
The rest of what the theme renders (the header, the navigation, the search, the footer,
the configuration's script: about 12 KB a page, 1 ms of Jinja2 each) is the same for
every page of one folder with the same front matter otherwise and the same table of
contents past its first entry. MkDocs renders it once a page; a dossier's 1,000 pages
render it 1,000 times.

``Frames`` renders it once for each such set of pages (its ``key``), for a stand-in page
that holds, in place of each of those values, a sentinel: private-use characters around
a word of its own and characters that escaping, ``striptags`` and a change of case each
change (``_sentinel``). The output is cut where the sentinels stand, each found as it is
(inserted as it is), escaped or stripped of tags; a page's HTML is the pieces between,
with each value put back in the same form. A frame is not used when the output holds a
sentinel's word in any other form (a filter the frame cannot reproduce), nor when it
does not give the first page of its key as the theme rendered that page (a frame is made
when a second page needs it, and checked against the first: a page alone in its frame
costs one render, as in MkDocs); a page without one of the values (an empty title) or
with an edit link, neighbours or a place in the navigation is rendered as MkDocs renders
it. The theme's conditions on those values are read in the key: each
value present, and whether the content holds ``<h1`` and ``<h1 id=`` (mkdocs-material's
content and table of contents ask it).

Only the pages the plugin knows (generated, memoisable: every plugin's page hooks known,
memo.py) are framed, so that nothing but the theme sees the stand-in.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from timeline.mkdocs_plugin.html_text import esc_text

#: the values a page puts into its frame, by name (``_values``)
NAMES = (
    "title",
    "meta_title",
    "meta_description",
    "content",
    "canonical",
    "absolute",
    "skip",
    "skip_title",
)
#: what mkdocs-material's templates look for in a page's content
CONTENT_PROBES = ("<h1", "<h1 id=")
#: the forms in which a value may stand in the theme's output
FORMS: dict[str, Callable[[str], str]] = {
    "as_is": lambda value: value,
    "escaped": esc_text,
    "stripped": lambda value: str(Markup(value).striptags()),
}
_OPEN, _CLOSE = "\ue000", "\ue001"
_WORD = "TlFrame"
#: the sentinel's characters that escaping, ``striptags`` and a change of case change
_TAIL = "'&\"  <b>x"


def _sentinel(name: str, extra: str = "") -> str:
    return f"{_OPEN}{_word(name)}{_TAIL}{extra}{_CLOSE}"


def _word(name: str) -> str:
    return f"{_WORD}{name.title().replace('_', '')}"


@dataclass(frozen=True)
class Frame:
    """A theme output cut at its values: literal text, then (value name, form) in turn."""

    pieces: tuple[str | tuple[str, str], ...]

    def fill(self, values: Mapping[str, str]) -> str:
        made: dict[tuple[str, str], str] = {}
        out: list[str] = []
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
                continue
            text = made.get(piece)
            if text is None:
                text = made[piece] = FORMS[piece[1]](values[piece[0]])
            out.append(text)
        return "".join(out)


def cut(output: str, sentinels: Mapping[str, str]) -> Frame | None:
    """``output`` cut where each sentinel stands in one of ``FORMS``; None when a
    sentinel's word is left in it in another form."""
    found: dict[str, tuple[str, str]] = {}
    for name, sentinel in sentinels.items():
        for form, make in FORMS.items():
            text = make(sentinel)
            if text in found:  # two forms alike: no way to tell which one the theme used
                return None
            found[text] = (name, form)
    pattern = re.compile("|".join(re.escape(text) for text in sorted(found, key=len, reverse=True)))
    pieces: list[str | tuple[str, str]] = []
    at = 0
    for match in pattern.finditer(output):
        pieces.append(output[at : match.start()])
        pieces.append(found[match.group(0)])
        at = match.end()
    pieces.append(output[at:])
    rest = "".join(piece for piece in pieces if isinstance(piece, str))
    if _OPEN in rest or _CLOSE in rest or _WORD.lower() in rest.lower():
        return None
    return Frame(tuple(piece for piece in pieces if piece != ""))


def _toc_shape(items: Iterable[AnchorLink]) -> tuple[Any, ...]:
    return tuple((item.title, item.id, item.level, _toc_shape(item.children)) for item in items)


def _toc_copy(items: Iterable[AnchorLink]) -> list[AnchorLink]:
    copies = []
    for item in items:
        made = AnchorLink(item.title, item.id, item.level)
        made.children = _toc_copy(item.children)
        copies.append(made)
    return copies


class Frames:
    """The frames of one build's generated pages, each made when a second page needs it
    (a page alone in its frame is rendered as MkDocs renders it, once)."""

    def __init__(
        self, env: Environment, nav: Navigation, doc_files: Sequence[File], config: MkDocsConfig
    ) -> None:
        self.env, self.nav, self.doc_files, self.config = env, nav, doc_files, config
        self._frames: dict[tuple[Any, ...], Frame | None] = {}
        #: the values and theme output of the first page of each frame not made yet
        self._first: dict[tuple[Any, ...], tuple[dict[str, str], str]] = {}
        self.framed = 0  # pages whose HTML came from a frame

    def render(self, page: Page, template: str) -> str:
        """The theme's output for ``page`` (its ``template``), from its frame when it has
        one, else rendered as MkDocs renders it. A frame is made at its second page, and
        used when it gives its first page's output from that page's values."""
        values = _values(page)
        key = None if values is None else self._key(page, template, values)
        if values is None or key is None:
            return self._rendered(page, template)
        if key not in self._frames:
            first = self._first.pop(key, None)
            if first is None:
                whole = self._rendered(page, template)
                self._first[key] = (values, whole)
                return whole
            frame = self._frame(page, template, values)
            if frame is not None and frame.fill(first[0]) != first[1]:
                frame = None
            self._frames[key] = frame
        frame = self._frames[key]
        if frame is None:
            return self._rendered(page, template)
        self.framed += 1
        return frame.fill(values)

    def _rendered(self, page: Page, template: str) -> str:
        context = get_context(self.nav, self.doc_files, self.config, page)
        return self.env.get_template(template).render(context)

    def _key(self, page: Page, template: str, values: Mapping[str, str]) -> tuple[Any, ...] | None:
        """What the frame of ``page`` depends on besides its values; None for a page
        MkDocs' render must make (see the module docstring)."""
        if page.edit_url or page.previous_page or page.next_page or page.parent is not None:
            return None
        if page.is_homepage:
            return None
        try:
            meta = repr(
                sorted(
                    (str(k), v)
                    for k, v in page.meta.items()
                    if k not in ("title", "description", "template")
                )
            )
        except TypeError:
            return None
        first = list(page.toc)[:1]
        content = values["content"]
        return (
            template,
            page.url.rstrip("/").rpartition("/")[0],
            page.url.endswith("/"),
            meta,
            "title" in page.meta,
            "description" in page.meta,
            tuple(probe in content for probe in CONTENT_PROBES),
            _toc_shape(first[0].children) if first else None,
            first[0].level if first else None,
            _toc_shape(list(page.toc)[1:]),
        )

    def _frame(self, page: Page, template: str, values: Mapping[str, str]) -> Frame | None:
        """The frame of ``page``: the theme's output for a stand-in holding sentinels."""
        sentinels = {name: _sentinel(name) for name in NAMES}
        probes = "".join(probe for probe in CONTENT_PROBES if probe in values["content"])
        sentinels["content"] = _sentinel("content", probes)
        stand_in = copy.copy(page)  # not a Page made anew: that would become its file's page
        stand_in.title = sentinels["title"]
        stand_in.meta = dict(page.meta)
        stand_in.meta.pop("template", None)
        if "title" in page.meta:
            stand_in.meta["title"] = sentinels["meta_title"]
        else:
            del sentinels["meta_title"]
        if "description" in page.meta:
            stand_in.meta["description"] = sentinels["meta_description"]
        else:
            del sentinels["meta_description"]
        stand_in.content = sentinels["content"]
        stand_in.canonical_url = sentinels["canonical"]
        stand_in.abs_url = sentinels["absolute"]
        toc = _toc_copy(page.toc)
        if toc:
            toc[0].id, toc[0].title = sentinels["skip"], sentinels["skip_title"]
        else:
            del sentinels["skip"], sentinels["skip_title"]
        stand_in.toc = TableOfContents(toc)
        return cut(self._rendered(stand_in, template), sentinels)


def _values(page: Page) -> dict[str, str] | None:
    """The page's own values (``NAMES``), or None when one is missing or empty (the
    theme may test it) or is not text."""
    toc = list(page.toc)
    values: dict[str, Any] = {
        "title": page.title,
        "content": page.content,
        "canonical": page.canonical_url,
        "absolute": page.abs_url,
    }
    if "title" in page.meta:
        values["meta_title"] = page.meta["title"]
    if "description" in page.meta:
        values["meta_description"] = page.meta["description"]
    if toc:
        values["skip"], values["skip_title"] = toc[0].id, toc[0].title
    if not all(isinstance(value, str) and value for value in values.values()):
        return None
    return values
