"""The ``timeline`` MkDocs plugin: builds the chronology once per build and renders it.

Hooks (modelled on mkdocs-material's blog plugin):
- ``on_startup``: remember whether we serve (the plugin object lives across rebuilds);
  ``on_shutdown`` forgets it: MkDocs keeps one plugin object per process (the ``plugins``
  option's cache), so a later build in the process (one that MkDocs' ``build`` runs without
  ``on_startup``) starts as a plain build, not as the serve or ``--dirty`` build before it;
- ``on_config``: reset per-build state, watch ``content/``, add the stylesheet and the
  ``[[event:ID]]`` Markdown extension; read the articles and start extracting the few the
  cache lacks beside the build (``start_chronology``: the NLP model loads in a worker's
  fork server while MkDocs reads its theme and files and the build reads the cache);
- ``on_files``: build the chronology, generate its pages (``File.generated``), refusing to
  shadow a hand-written page;
- ``on_page_markdown``: give the extension the current page (relative links, file and line
  in errors) and put the chronology into the home page at its marker;
- ``on_page_content``: put back the pre-rendered HTML blocks of generated pages (stash.py),
  or, for those the search skips, leave them for ``on_post_page`` (``_defers_blocks``);
- ``on_nav``: look the generated pages up in the rendered-page memo (memo.py); a page found
  there becomes a ``MemoPage`` (nothing to read or convert, an empty template) and
  ``on_post_page`` gives its remembered HTML; the others outside the navigation become
  ``GeneratedPage``s, converted by one Markdown instance (convert.py), their titles all
  together here;
- ``on_env``: MkDocs' environment takes the templates the memo's probe compiled, or read
  compiled as the last build kept them (compiled.py); on a build with many pages to
  render, a second process (a forked Dask worker) is started to render part of them
  (forked.py: chosen in ``on_nav``, stand-ins to MkDocs, their HTML given in
  ``on_post_page`` as the memo's is); the other generated pages the memo may keep are
  given the memo's empty template and their HTML from the theme's frame of their folder
  (frames.py) in ``on_post_page``;
- ``on_post_build``: write the exports, the compiled templates kept, the redirect pages
  of old event IDs and the search entries of the event and source pages
  (search_index.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import html
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, write_file

from timeline import collector
from timeline.articles import Article
from timeline.dossier import Dossier, parse_dossier
from timeline.errors import TimelineError
from timeline.exports import absolute
from timeline.fileio import write_atomic
from timeline.generate import ASSETS, CSS_URI, JS_URI, REQUIRED_EXTENSIONS, SiteGeneration
from timeline.markdown_ext import LinkIndex, TimelineExtension
from timeline.mkdocs_plugin import forked, memo
from timeline.mkdocs_plugin.compiled import CompiledTemplates
from timeline.mkdocs_plugin.compiled import namespace as compiled_namespace
from timeline.mkdocs_plugin.config import TimelineConfig
from timeline.mkdocs_plugin.convert import Converter, GeneratedPage, shareable
from timeline.mkdocs_plugin.exporting import ExportJob
from timeline.mkdocs_plugin.folders import FolderMaker
from timeline.mkdocs_plugin.frames import Frames
from timeline.mkdocs_plugin.pages import SitePages
from timeline.mkdocs_plugin.search_index import entries, extend_search_index
from timeline.mkdocs_plugin.stash import FRONT_MATTER, HtmlBlocks
from timeline.mkdocs_plugin.swap import SiteSwap, SkippedPages, WarningCounter
from timeline.pipeline import BuildSettings, HeadStart
from timeline.present import Layout, Shown
from timeline.present.labels import labels
from timeline.records import Chronology

log = logging.getLogger("mkdocs.plugins.timeline")

THEME_DIR = Path(__file__).parent / "theme"  # the (empty) template of memoised pages
HOME_START, HOME_END = "<!-- timeline:chronologie:debut -->", "<!-- timeline:chronologie:fin -->"
HOME_PLACEHOLDER = "<!-- timeline:chronologie -->"
#: The plugins with which generated pages keep their HTML blocks out of ``page.content``
#: until ``on_post_page`` (stash.py): none of them reads the content of a page its search
#: skips, but for the search's removal of ``data-search-*`` attributes, which the blocks
#: have none of.
BLOCKS_WAIT_PLUGINS = frozenset({"material/search", "timeline"})
# mkdocs-material's search overlay is a role="dialog" without a name (axe: aria-dialog-name)
UNNAMED_DIALOG = re.compile(r'(<div class="md-search"[^>]*?role="dialog")(?![^>]*aria-label)')


#: the part of the work of the pages left to render that a second process takes
#: (forked.py): more than half, since the build also writes every page, the search index
#: and the exports, and reads and converts its own pages before it forks
SECOND_PROCESS_SHARE = 0.7


def _always(page: Page) -> bool:
    return True


def start_chronology(settings: BuildSettings) -> HeadStart | None:
    """At the build's start (``on_config``): the project's articles read, and the few the
    cache lacks set extracting beside the build (``pipeline.start_build``), so that the
    NLP model loads while MkDocs reads its configuration, theme and files. Tests may
    replace this function (None: nothing started, ``load_chronology`` reads everything)."""
    from timeline.pipeline import start_build

    return start_build(settings)


def load_chronology(
    settings: BuildSettings, started: HeadStart | None = None
) -> tuple[Chronology, list[Article], str]:
    """The chronology of the project, the articles it was built from (read once) and the
    digest of its inputs ("" when unknown: then nothing is memoised by it); ``started``:
    what ``start_chronology`` read and began. Tests may replace this function."""
    from timeline.pipeline import run_build

    result = run_build(settings, started=started)
    return result.chronology, result.articles, result.digest


PLACEHOLDER_HOSTS = re.compile(r"^https?://(?:[\w-]+\.)*example\.(?:org|com|net)(?:[:/]|$)")
#: outside "mkdocs": a notice, not a warning that aborts a --strict build
notice = logging.getLogger("timeline.site")


def tag(name: str, attrs: dict[str, str]) -> str:
    """An HTML start tag, its attribute values escaped."""
    return (
        f"<{name} "
        + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
        + ">"
    )


@functools.lru_cache(maxsize=256)
def fixed_tags(feed: str, site_name: str, kind: str) -> tuple[str, str]:
    """The tags of ``head_tags`` that many pages share: (the feed link and og:type, then
    og:site_name and og:locale), made once per feed URL, site name and kind of page."""
    return (
        tag(
            "link",
            {"rel": "alternate", "type": "application/atom+xml", "href": feed, "title": site_name},
        )
        + tag("meta", {"property": "og:type", "content": kind}),
        tag("meta", {"property": "og:site_name", "content": site_name})
        + tag("meta", {"property": "og:locale", "content": "fr_FR"}),
    )


def head_tags(page: Page, config: MkDocsConfig) -> str:
    """Feed autodiscovery and Open Graph tags of a page (escaped)."""
    site_url = config.site_url or ""
    feed = absolute(site_url, "feed.xml") if site_url else get_relative_url("feed.xml", page.url)
    # page titles and descriptions of generated pages are HTML-escaped already (pages.py)
    title = html.unescape(str(page.title or config.site_name))
    description = html.unescape(str(page.meta.get("description") or config.site_description or ""))
    kind = "article" if page.file.generated_by else "website"
    before, after = fixed_tags(feed, config.site_name, kind)
    tags = [before, tag("meta", {"property": "og:title", "content": title}), after]
    if description:
        tags.append(tag("meta", {"property": "og:description", "content": description}))
    if page.canonical_url:
        tags.append(tag("meta", {"property": "og:url", "content": page.canonical_url}))
    return "".join(tags)


def nav_paths(nav: object) -> set[str]:
    """The paths the ``nav`` setting names (as ``Files.get_file_from_path`` finds them)."""
    if isinstance(nav, str):
        return {PurePath(nav.lstrip("/")).as_posix()}
    if isinstance(nav, dict):
        return {path for value in nav.values() for path in nav_paths(value)}
    if isinstance(nav, list):
        return {path for item in nav for path in nav_paths(item)}
    return set()


def _plugin_error(message: str, path: str, line: int | None) -> Exception:
    where = f"{path}:{line}" if line else path
    return PluginError(f"{where}: {message}")


class TimelinePlugin(BasePlugin[TimelineConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.is_serve = False
        self.dirty = False
        # the site is built beside site_dir and swapped in at the end (swap.py)
        self.swap: SiteSwap | None = None
        self.warnings: WarningCounter | None = None
        # memoised pages linked from the previous site rather than written (swap.py)
        self.skipped: SkippedPages | None = None
        self.root = Path(".")
        self.chronology: Shown | None = None
        self.site: SitePages | None = None
        self.generation: SiteGeneration | None = None
        self.index = LinkIndex()
        self.extension: TimelineExtension | None = None
        self.src_of: dict[str, str] = {}
        # pre-rendered HTML of the generated pages, kept out of Python-Markdown (stash.py)
        self.stashes: dict[str, HtmlBlocks] = {}
        # pages whose blocks go back in on_post_page (_defers_blocks), and whether any may
        self.deferred: dict[str, HtmlBlocks] = {}
        self.blocks_wait = False
        # rendered-page memo (memo.py): page digests, then keys and hits of this build
        self.digests: dict[str, str] = {}
        self.unrendered: set[str] = set()  # generated pages whose Markdown is not made yet
        self.nav: Navigation | None = None
        self.memo: memo.PageMemo | None = None
        self.memo_keys: dict[str, str] = {}
        #: the HTML (None: the previous site's file has its bytes) and anchors of each hit
        self.memo_hits: dict[str, tuple[str | None, set[str]]] = {}
        self.digest = ""  # of the chronology's inputs (pipeline.input_digest)
        self.code_hash: str | None = None  # memo.plugin_code_hash, read once a build
        self.folder_maker: FolderMaker | None = None
        self.exports: ExportJob | None = None
        self.home_html: str | None = None  # the chronology of the home page (on_page_content)
        self.dossier: Dossier | None = None  # the part of the archive this site tells
        self.compiled = CompiledTemplates()  # the theme's templates, compiled once a build
        self.converter: Converter | None = None  # of the generated pages (convert.py)
        # pages handed to a second process (forked.py), chosen in on_nav, forked in on_env
        self.handed: list[str] = []
        self.second: forked.SecondProcess[forked.Rendered] | None = None
        self.files: Files | None = None
        self.env: Environment | None = None
        self.doc_files: Sequence[File] = []
        # the theme's frame of the generated pages (frames.py) and the template of each
        # page whose HTML comes from it in on_post_page
        self.frames: Frames | None = None
        self.framed: dict[str, str | None] = {}
        # the articles read and the extraction begun in on_config (start_chronology)
        self.started: HeadStart | None = None

    # -- lifecycle --------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._end_build()  # what a command never shut down left
        self.is_serve = command == "serve"
        self.dirty = dirty

    def on_shutdown(self) -> None:
        """The command ended: what its last build left ended, and the command's own state
        (serve, ``--dirty``) forgotten. MkDocs hands the same plugin object to every later
        configuration loaded in this process; a build that is not preceded by
        ``on_startup`` (``mkdocs.commands.build.build`` called by a program) is a plain
        one: built beside the site and swapped in (``_stage_site``), its extraction started
        ahead."""
        self._end_build()
        self.is_serve = False
        self.dirty = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.chronology = None
        self.site = None
        self.stashes, self.deferred = {}, {}
        # mkdocs-material's templates and search alone see a page's content before us
        self.blocks_wait = (
            config.theme.name == "material"
            and not config.theme.custom_dir
            and self._plugins(config) <= BLOCKS_WAIT_PLUGINS
        )
        self.home_html, self.digest, self.unrendered = None, "", set()
        self._stop_second()
        self._stop_skipping()
        self._reset_memo()
        self.code_hash = None  # the code and templates may have changed since (serve)
        self.compiled.clear()
        self.root = Path(config.config_file_path or ".").resolve().parent
        config_file = Path(config.config_file_path) if config.config_file_path else None
        try:
            self.dossier = parse_dossier(self.config.dossier, config_file)
        except TimelineError as exc:
            raise PluginError(f"timeline: {exc}") from None
        self._stage_site(config)
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.append(str(THEME_DIR))
        content = str(self.content_dir)
        if content not in config.watch:
            config.watch.append(content)
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        if JS_URI not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(JS_URI)
        if PLACEHOLDER_HOSTS.match(config.site_url or ""):
            notice.warning(
                "timeline: site_url (%s) is a placeholder: every permalink, the feed and the "
                "calendar point there; set the site's real address in mkdocs.yml",
                config.site_url,
            )
        self.index = LinkIndex(site_url=config.site_url or "")
        if self.config.links:
            self.extension = TimelineExtension(index=self.index, error=_plugin_error)
            # (mkdocs takes Extension instances too; its annotation says str)
            config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        self._end_head_start()
        if not self.is_serve:  # serve extracts in its own process (BuildSettings.long_lived)
            try:
                self.started = start_chronology(self.build_settings)
            except TimelineError as exc:
                raise PluginError(f"timeline: {exc}") from None
        return config

    def _end_head_start(self) -> None:
        """A head start not taken by ``on_files`` (the build failed before): its extraction
        awaited (its worker and fork server stopped), its results dropped, as those of a
        build that failed (the cache is written by the build alone), the cache it opened
        closed."""
        started, self.started = self.started, None
        if started is not None:
            with contextlib.suppress(Exception):  # the build's own error is the one told
                started.wait()
            started.stop_fork_server()
            started.close_cache()

    def _plugins(self, config: MkDocsConfig) -> set[str]:
        """The names of the site's plugins and hooks (MkDocs counts a hook as a plugin),
        but for the hooks declared inert (``inert_hooks``: they change nothing in the site)."""
        inert = {str(name) for name in self.config.inert_hooks} & set(config.hooks)
        return set(config.plugins) - inert

    @property
    def content_dir(self) -> Path:
        return self.root / self.config.content_dir

    @property
    def build_settings(self) -> BuildSettings:
        """What the pipeline needs from the plugin's options."""
        return BuildSettings(
            root=self.root,
            content_dir_name=self.config.content_dir,
            workers=self.config.workers,
            scheduler=self.config.scheduler,
            dossier=self.dossier,
            long_lived=self.is_serve,
        )

    @property
    def layout(self) -> Layout:
        return Layout(
            events=self.config.events_dir,
            entities=self.config.entities_dir,
            days=self.config.days_dir,
            sources=self.config.sources_dir,
        )

    # -- pages ------------------------------------------------------------------------

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        started, self.started = self.started, None
        try:
            chronology, loaded, digest = load_chronology(self.build_settings, started)
            articles = {a.slug: a for a in loaded}
        except TimelineError as exc:
            raise PluginError(f"timeline: {exc}") from None
        use_directory_urls = config.use_directory_urls

        def url_of(src_uri: str) -> str:
            return File(src_uri, None, config.site_dir, use_directory_urls).url

        self.generation = SiteGeneration(
            chronology,
            articles,
            layout=self.layout,
            site_url=config.site_url or "",
            site_name=config.site_name,
            url_of=url_of,
            relative=get_relative_url,
        )
        self.site = self.generation.pages
        self._open_memo(config)
        self.compiled.share_with(self.site.env)  # the pages' own templates kept too
        self.digest = digest
        shown = self.generation.shown
        if self.config.exports:
            self.exports = ExportJob(
                shown,
                site_url=config.site_url or "",
                site_name=config.site_name,
                site_dir=Path(config.site_dir),
                page_memo=self.memo,
                digest=digest,
            )
            # at least as many pages as events, entities and articles
            pages_at_least = len(shown.events) + len(shown.entities) + len(articles)
            if self._may_fork() and pages_at_least >= self.config.second_process_pages:
                self._quiesce()
                self.exports.start_beside()  # while the pages are made here
                self._resume()
        # the Markdown of every generated page, or (unchanged chronology) only the digests
        # of the pages, whose Markdown is then made in on_nav for the pages not memoised
        pages = self._page_sources(digest, config)
        self.unrendered = {uri for uri, content in pages.items() if content is None}
        if files.get_file_from_path(self.config.home) is None:
            title = labels()["ui"]["chronology"]
            pages[self.config.home] = self.generation.home_page(title, self.config.marker)
        self.stashes = {}
        for src_uri, content in pages.items():
            existing = files.get_file_from_path(src_uri)
            if existing is not None:
                raise PluginError(
                    f"timeline: the page '{src_uri}' is generated; remove or move the "
                    f"hand-written file {existing.src_uri} in {config.docs_dir}"
                )
            blocks = self.stashes[src_uri] = HtmlBlocks()
            files.append(
                File.generated(
                    config,
                    src_uri,
                    content=blocks.stash(content) if content is not None else "",
                    inclusion=InclusionLevel.NOT_IN_NAV,
                )
            )
        files.append(
            File.generated(config, CSS_URI, content=(ASSETS / "timeline.css").read_bytes())
        )
        files.append(File.generated(config, JS_URI, content=(ASSETS / "timeline.js").read_bytes()))
        self.chronology = shown
        # references point at the generated Markdown files: MkDocs then makes the links
        # relative to each page and validates them like any hand-written link
        self.src_of = {e.url: self.layout.event(e.id) for e in (*shown.events, *shown.withdrawn)}
        self.src_of.update({x.url: self.layout.entity(x.id) for x in shown.entities})
        fresh = LinkIndex.from_chronology(shown)
        self.index.events, self.index.aliases = fresh.events, fresh.aliases
        self.index.withdrawn = fresh.withdrawn
        self.index.entities = fresh.entities
        self._share_converter(config, files)
        return files

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        if isinstance(page, memo.MemoPage):  # no Markdown: its HTML comes in on_post_page
            return None
        if self.extension is not None:
            self._point_extension_at(page, markdown, config)
        if page.file.src_uri == self.config.home and self.site is not None:
            blocks = self.stashes.setdefault(page.file.src_uri, HtmlBlocks())
            # fenced by comments: cut out of the content the search plugin indexes (each
            # event is indexed on its own page) and put back into the page in on_post_page
            fragment = (
                f"{HOME_START}\n\n{blocks.stash(self.site.home_fragment(page.url))}\n\n{HOME_END}"
            )
            if self.config.marker in markdown:
                return markdown.replace(self.config.marker, fragment, 1)
            return markdown + "\n\n" + fragment
        return markdown

    def _point_extension_at(self, page: Page, markdown: str, config: MkDocsConfig) -> None:
        """Relative links from this page; its file and front matter length for errors."""
        assert self.extension is not None
        file = page.file
        if file.abs_src_path:
            try:
                path = str(Path(file.abs_src_path).resolve().relative_to(self.root))
            except ValueError:
                path = file.abs_src_path
        else:
            path = f"{config.docs_dir}/{file.src_uri}"
        offset = 0
        if not file.generated_by:
            source = file.content_string
            at = source.find(markdown[:200]) if markdown.strip() else -1
            offset = source.count("\n", 0, at) if at > 0 else 0
        src_uri = file.src_uri
        src_of = self.src_of

        def url_for(url: str) -> str:
            return get_relative_url(src_of.get(url, url), src_uri)

        self.extension.setConfig("url_for", url_for)
        self.extension.setConfig("source_path", path)
        self.extension.setConfig("line_offset", offset)

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        if isinstance(page, memo.MemoPage):  # its HTML comes in on_post_page
            if not isinstance(page, forked.ForkedPage):  # (kept to render it here after all)
                self.stashes.pop(page.file.src_uri, None)
            return None
        blocks = self.stashes.pop(page.file.src_uri, None)
        if blocks is not None and self._defers_blocks(page, html, blocks):
            self.deferred[page.file.src_uri] = blocks
            return blocks.defer(html)
        html = blocks.restore(html) if blocks is not None else html
        if page.file.src_uri == self.config.home:
            start, end = html.find(HOME_START), html.find(HOME_END)
            if 0 <= start < end:
                self.home_html = html[start + len(HOME_START) : end]
                html = html[:start] + HOME_PLACEHOLDER + html[end + len(HOME_END) :]
        return html

    def _defers_blocks(self, page: Page, html: str, blocks: HtmlBlocks) -> bool:
        """Whether the HTML blocks of this generated page can wait for ``on_post_page``
        (stash.py): only where we know every reader of ``page.content`` in between, a
        page mkdocs-material's search skips (it still scans the content of every page
        for attributes to remove) and whose template inserts the content as it is."""
        if not self.blocks_wait or not self._memoisable(page):
            return False
        # Material's content partial adds a title when the content has no <h1
        return "<h1" in html or not blocks.holds("<h1")

    @event_priority(-100)  # last: what it remembers is the final HTML
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        if isinstance(page, forked.ForkedPage):
            return self._forked_output(page, config)
        if isinstance(page, memo.MemoPage):
            html = self._memo_output(page)
            return "" if html is None or self._linked(page, html) else html
        if self.frames is not None and page.file.src_uri in self.framed:
            template = self.framed.pop(page.file.src_uri)
            if template is None:
                del page.meta["template"]
            else:
                page.meta["template"] = template
            output = self.frames.render(page, template or "main.html")
        deferred = self.deferred.pop(page.file.src_uri, None)
        if deferred is not None:
            output = deferred.restore_page(output)
        if page.file.src_uri == self.config.home and self.home_html is not None:
            output = output.replace(HOME_PLACEHOLDER, self.home_html, 1)
            self.home_html = None
        label = labels()["ui"]["search"]
        output = UNNAMED_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{label}"', output, count=1)
        output = output.replace("</head>", head_tags(page, config) + "</head>", 1)
        key = self.memo_keys.get(page.file.src_uri)
        if self.memo is not None and key is not None and self._memoisable(page):
            # encoded once, as MkDocs would write it: the memo keeps these bytes and the
            # plugin writes them (MkDocs, given an empty output, writes nothing). MkDocs'
            # encoding and the memo's were each 0.4 G of a dossier's cycles
            content = output.encode("utf-8", errors="xmlcharrefreplace")
            self.memo.put_bytes(key, content, getattr(page, "present_anchor_ids", ()) or ())
            if self.skipped is not None and output.strip():
                write_file(content, page.file.abs_dest_path)
                self.skipped.written.add(page.file.src_uri)
                return ""
        return output

    def _memo_output(self, page: Page) -> str | None:
        """The HTML of a page the memo has, or None when the previous site's file, which
        holds its bytes (``_look_up_memo``), became the page's file (MkDocs then writes
        nothing for it)."""
        uri = page.file.src_uri
        html = self.memo_hits[uri][0]
        if html is not None:
            return html
        swap, skipped, dest = self.swap, self.skipped, Path(page.file.abs_dest_path)
        if swap is not None and skipped is not None and swap.link_same(dest):
            skipped.uris.add(uri)
            return None
        # that file changed during the build: the memo's HTML after all
        assert self.memo is not None
        key = self.memo_keys[uri]
        found = self.memo.get_many([key]).get(key)
        if found is None:
            raise PluginError(f"timeline: the page memo lost {uri} during the build")
        return found[0]

    def _linked(self, page: Page, output: str) -> bool:
        """Whether the previous site's file of this page, the same byte for byte, became
        the page's file (a hard link: swap.py): MkDocs then writes nothing for it (the
        empty output it is given) and the previous site's deletion frees nothing of it."""
        if self.swap is None or self.skipped is None:
            return False
        # as MkDocs would write it
        content = output.encode("utf-8", errors="xmlcharrefreplace")
        if not self.swap.reuse(Path(page.file.abs_dest_path), content):
            return False
        self.skipped.uris.add(page.file.src_uri)
        return True

    def _stop_skipping(self) -> None:
        if self.skipped is not None:
            if self.skipped.uris:
                log.info(
                    "timeline: %d unchanged pages linked from the previous site",
                    len(self.skipped.uris),
                )
            self.skipped.detach()
            self.skipped = None

    # -- rendered-page memo (memo.py) ---------------------------------------------------

    def _reset_memo(self) -> None:
        if self.memo is not None:
            self.memo.close()
        self.memo, self.memo_keys, self.memo_hits, self.nav = None, {}, {}, None

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        """Look the generated pages up in the memo (before MkDocs reads any page)."""
        self.nav, self.files = nav, files
        self._make_folders(files)
        self._look_up_memo(nav, config, files)
        self._fill_pages(files)
        self._prepare_titles(files)
        self._choose_handed(config, files)

    def _share_converter(self, config: MkDocsConfig, files: Files) -> None:
        """The generated pages the navigation does not name are converted by one Markdown
        instance (convert.py), when the extensions allow. Their pages are made here, in
        ``on_files``, so that MkDocs makes none for them (``get_navigation`` makes a page
        for every file that has none); those the memo has become ``MemoPage``s in
        ``on_nav``."""
        self.converter = None
        if not shareable(list(config.markdown_extensions)):
            return
        self.converter = Converter(config)
        named = nav_paths(config.nav)
        for uri in self.stashes:
            file = files.get_file_from_path(uri)
            if file is not None and uri not in named:
                GeneratedPage(file, config, self.converter)  # becomes file.page

    def _prepare_titles(self, files: Files) -> None:
        """The titles of the pages the converter will render, converted together
        (``Converter.prepare_titles``), once their Markdown is made (``_fill_pages``)."""
        if self.converter is None:
            return
        texts = []
        for uri in self.stashes:
            file = files.get_file_from_path(uri)
            if file is not None and isinstance(file.page, GeneratedPage):
                text = file.content_string
                head = FRONT_MATTER.match(text)
                texts.append(text[head.end() :] if head else text)
        self.converter.prepare_titles(texts)

    def _look_up_memo(self, nav: Navigation, config: MkDocsConfig, files: Files) -> None:
        if self.memo is None:
            return
        in_nav = {p.file.src_uri for p in nav.pages}
        candidates = {uri: d for uri, d in self.digests.items() if uri not in in_nav}
        if not candidates:
            return
        env = config.theme.get_env()
        self.compiled.share_with(env)  # MkDocs' environment gets them in on_env
        probe = memo.probe_html(env, nav, files, config)
        settings = memo.site_settings(config, self._plugins(config), self._code_hash())
        key = memo.site_key(probe, settings)
        self.memo_keys = {uri: memo.page_key(key, d) for uri, d in candidates.items()}
        found = self.memo.get_pages(list(self.memo_keys.values()), self._same_file(files))
        self.memo_hits = {uri: found[k] for uri, k in self.memo_keys.items() if k in found}
        for uri, (_, anchors) in self.memo_hits.items():
            file = files.get_file_from_path(uri)
            if file is not None:
                memo.MemoPage(file, config, anchors)  # becomes file.page
        log.info(
            "timeline: page memo: %d of %d generated pages unchanged",
            len(self.memo_hits),
            len(self.memo_keys),
        )

    def _same_file(self, files: Files) -> memo.Same | None:
        """For the memo's lookup: whether the page of a memo key will be linked from the
        previous site's file (``SiteSwap.same``: its bytes are the memo's, or have the
        memo's digest, whose HTML the memo then does not decompress); None when no page is
        linked (no previous site beside this build)."""
        if self.swap is None or not self.swap.site_dir.is_dir():
            return None
        swap, uris = self.swap, {k: uri for uri, k in self.memo_keys.items()}

        def same(key: str, expected: str | bytes) -> bool:
            file = files.get_file_from_path(uris[key])
            return file is not None and swap.same(Path(file.abs_dest_path), expected)

        return same

    @event_priority(-100)  # last: the fork renders with the environment as it will be
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.config.enabled:
            self.compiled.share_with(env)  # the probe's compiled templates (on_nav)
            self.env = env
            if self.exports is not None:
                self.exports.settle()  # one second process at a time, when it can
            if self.memo is not None and self.skipped is None:  # pages linked or written
                self.skipped = SkippedPages.attach()
            self._frame_pages(env, config, files)
            self._start_second(config, files)
        return env

    def _frame_pages(self, env: Environment, config: MkDocsConfig, files: Files) -> None:
        """The generated pages this process renders whose theme output comes from their
        frame (frames.py), in ``on_post_page``: MkDocs renders the empty template of the
        memo's pages for them. Only where every plugin's page hooks are known (memo.py):
        none but ours sees their output."""
        self.frames, self.framed = None, {}
        if self.nav is None or not self._plugins(config) <= memo.KNOWN_PLUGINS:
            return
        in_nav = {p.file.src_uri for p in self.nav.pages}
        self.frames = Frames(env, self.nav, files.documentation_pages(), config)
        for uri in self.digests:
            file = files.get_file_from_path(uri)
            page = file.page if file is not None else None
            if (
                page is None
                or uri in in_nav
                or isinstance(page, memo.MemoPage)
                or page.content is None
                or not self._memoisable(page)
            ):
                continue
            self.framed[uri] = page.meta.get("template")
            page.meta["template"] = memo.MEMO_TEMPLATE

    # -- a second process for part of the pages (forked.py) ---------------------------

    def _choose_handed(self, config: MkDocsConfig, files: Files) -> None:
        """The generated pages left to render that a second process will render, when
        there are enough of them: about half of the work, the last in MkDocs' order."""
        self.handed = []
        if (
            not self._may_fork()
            or self.converter is None
            or not self._plugins(config) <= memo.KNOWN_PLUGINS
        ):
            return
        todo = [
            file
            for file in files
            if file.src_uri in self.stashes and isinstance(file.page, GeneratedPage)
        ]
        if len(todo) < self.config.second_process_pages:
            return
        for file in forked.hand_over(todo, SECOND_PROCESS_SHARE):
            forked.ForkedPage(file, config)  # becomes file.page
            self.handed.append(file.src_uri)

    def _quiesce(self) -> None:
        """Before a fork (forked.py): the build's own threads ended or idle. Dask forks the
        worker from its event loop's thread while this one waits; a thread of ours at work
        then (the folder maker in ``os.makedirs``, the memo's compressor) could hold a lock
        the child inherits taken, and the child would stall on it. The folder maker stops
        after its current folder (``_resume`` goes on after the fork); the memo's thread
        compresses what it was handed."""
        if self.folder_maker is not None:
            self.folder_maker.stop()
        if self.memo is not None:
            self.memo.quiesce()

    def _resume(self) -> None:
        """After a fork: the folder maker goes on with the folders left."""
        if self.folder_maker is not None:
            self.folder_maker.start()

    def _may_fork(self) -> bool:
        """Whether this build may fork a second process (forked.py): not under ``serve``
        (a long-lived process with its server's threads) nor ``--dirty``."""
        return self.config.second_process_pages > 0 and not self.is_serve and not self.dirty

    def _start_second(self, config: MkDocsConfig, files: Files) -> None:
        if not self.handed:
            return
        self.doc_files = files.documentation_pages()

        converter, frames = self.converter, self.frames
        before = (converter.converted, converter.titles_shared) if converter else (0, 0)
        framed = frames.framed if frames is not None else 0

        def prepare() -> None:  # in the fork: nothing put in the memo there
            self.memo_keys = {}

        def render(uri: str) -> forked.Rendered | None:
            file = files.get_file_from_path(uri)
            assert file is not None
            page = self._fresh_page(file, config)
            # its theme output from the frames (frames.py): the pages handed over are
            # generated, out of the navigation, and every plugin's page hooks known
            theme = frames.render if frames is not None else None
            html = self._render_whole(page, config, wanted=self._memoisable, theme=theme)
            return None if html is None else forked.rendered(page, html)

        def summary() -> dict[str, int]:  # what the fork converted and framed
            done = {"framed": frames.framed - framed} if frames is not None else {}
            if converter is None:
                return done
            return {
                **done,
                "converted": converter.converted - before[0],
                "titles_shared": converter.titles_shared - before[1],
            }

        self._quiesce()
        self.second = forked.start(
            self.handed, prepare=prepare, render=render, summary=summary, what="rendering pages"
        )
        self._resume()
        if self.second is None:
            return
        if self.skipped is None:  # the pages it rendered are written by the plugin
            self.skipped = SkippedPages.attach()
        log.info(
            "timeline: %d of the generated pages rendered by a second process",
            len(self.handed),
        )

    def _fresh_page(self, file: File, config: MkDocsConfig) -> Page:
        if self.converter is not None:
            return GeneratedPage(file, config, self.converter)
        return Page(None, file, config)

    def _render_whole(
        self,
        page: Page,
        config: MkDocsConfig,
        wanted: Callable[[Page], bool],
        theme: Callable[[Page, str], str] | None = None,
    ) -> str | None:
        assert self.files is not None and self.nav is not None and self.env is not None
        return forked.render_whole(
            page,
            config=config,
            files=self.files,
            doc_files=self.doc_files,
            nav=self.nav,
            env=self.env,
            wanted=wanted,
            theme=theme,
        )

    def _forked_output(self, page: forked.ForkedPage, config: MkDocsConfig) -> str:
        """The final HTML of a page handed to the second process: its result, or the page
        rendered here when there is none."""
        uri = page.file.src_uri
        result = self.second.result(uri) if self.second is not None else None
        if result is None:  # rendered here, its own hooks (ours too) run as in any build
            html = self._render_whole(self._fresh_page(page.file, config), config, _always)
            assert html is not None
            return html
        assert self.files is not None
        page.present_anchor_ids = result.anchors
        page.links_to_anchors = {}
        for target, anchors in result.links.items():
            linked = self.files.get_file_from_path(target)
            if linked is not None:
                page.links_to_anchors[linked] = anchors
        self.stashes.pop(uri, None)
        key = self.memo_keys.get(uri)
        if self.memo is not None and key is not None:
            self.memo.put_compressed(key, result.compressed, result.anchors, result.digest)
        if self.skipped is None:
            return result.html
        # the file written here from the compressed bytes, the bytes MkDocs would write
        # (the fork encoded the page strictly): the page never whole in this process's
        # memory, which it shares with the second process (memo.write_expanded). Its empty
        # output tells MkDocs to write nothing.
        memo.write_expanded(result.compressed, Path(page.file.abs_dest_path))
        self.skipped.written.add(uri)
        return ""

    def _stop_second(self) -> None:
        """The second process ended; what it converted counted in the log's figures."""
        second, self.second = self.second, None
        self.handed = []
        if second is None:
            return
        second.close()
        log.info(
            "timeline: the second process rendered %d pages (%.2f s of CPU); "
            "the build waited %.2f s for them",
            second.given,
            second.summary.get("cpu_ms", 0) / 1000,
            second.waited,
        )
        if self.converter is not None:
            self.converter.converted += second.summary.get("converted", 0)
            self.converter.titles_shared += second.summary.get("titles_shared", 0)
        if self.frames is not None:
            self.frames.framed += second.summary.get("framed", 0)

    def _make_folders(self, files: Files) -> None:
        """The output folders of the generated pages made on a thread (folders.py) while
        MkDocs reads and renders."""
        self._stop_folder_maker()
        self.folder_maker = FolderMaker(
            sorted({os.path.dirname(f.abs_dest_path) for f in files if f.src_uri in self.stashes})
        )
        self.folder_maker.start()

    def _stop_folder_maker(self) -> None:
        """The folder maker ended (at the end of a build: MkDocs made the folders it had not
        made yet when it wrote their pages)."""
        if self.folder_maker is not None:
            self.folder_maker.stop()
            self.folder_maker = None

    def _open_memo(self, config: MkDocsConfig) -> None:
        if self.memo is not None or not self.config.memo:
            return
        unknown = sorted(self._plugins(config) - memo.KNOWN_PLUGINS)
        if unknown:
            log.info("timeline: page memo off (plugins %s)", ", ".join(unknown))
            return
        try:
            self.memo = memo.PageMemo(self.root / ".timeline" / memo.FILE_NAME)
        except (OSError, sqlite3.Error) as exc:
            # an optimisation: the build goes on without it (INFO, even in strict mode)
            log.info("timeline: page memo not used: %s", exc)
            return
        # the theme's compiled templates kept for the next build, where the plugins whose
        # hooks shape a page are known (compiled.py)
        self.compiled.keep_in(
            self.root / ".timeline",
            compiled_namespace(memo.library_versions(), self._code_hash()),
        )

    def _code_hash(self) -> str:
        """``memo.plugin_code_hash``, computed once a build: the kept templates' namespace,
        the page digests' key and the site's key all name it (three readings of the
        plugin's files and the presentation's, 2 ms each, before)."""
        if self.code_hash is None:
            self.code_hash = memo.plugin_code_hash()
        return self.code_hash

    def _page_sources(self, digest: str, config: MkDocsConfig) -> dict[str, str | None]:
        """``{src_uri: Markdown}`` of the generated pages, and their digests (memo.py) in
        ``self.digests``. For a chronology digest seen before, the page digests are
        remembered: the Markdown is then left out (None) and made later only for the pages
        the memo does not have (``_fill_pages``). For another chronology, a page whose
        inputs (``SitePages.page_inputs``: the records it reads) are those it had at the
        last build keeps that build's page digest, its Markdown left out likewise: one
        article more makes the Markdown of the pages it touches."""
        assert self.site is not None
        key = inputs_key = None
        remembered: dict[str, list[str]] = {}
        if self.memo is not None:
            settings = {
                "plugin_code": self._code_hash(),
                "layout": dataclasses.asdict(self.layout),
                "site_url": config.site_url or "",
                "use_directory_urls": config.use_directory_urls,
            }
            inputs_key = memo.named_key("page-inputs", settings)
            if digest:
                key = memo.named_key("page-digests", {"chronology": digest, **settings})
            found = self.memo.get_many([k for k in (key, inputs_key) if k is not None])
            if key is not None and key in found:
                digests = _json_strings(found[key][0])
                if digests is not None:
                    self.digests = digests
                    return dict.fromkeys(digests)
            if inputs_key in found:
                remembered = _json_pairs(found[inputs_key][0])
        # on a first build (an empty memo: nothing to keep, no previous site to link from)
        # no page's inputs: the next build with another chronology makes every page and
        # keeps their inputs for the builds after it
        inputs: dict[str, str | None] = {}
        if self.memo is not None and self.memo.had_pages:
            inputs = self.site.page_inputs()
        pages: dict[str, str | None] = {}
        self.digests = {}
        with collector.paused():  # a thousand pages' Markdown, kept until they are built
            for uri, job in self.site.page_jobs():
                mine, before = inputs.get(uri), remembered.get(uri)
                if mine is not None and before is not None and before[0] == mine:
                    pages[uri], self.digests[uri] = None, before[1]
                    continue
                text = pages[uri] = job()
                self.digests[uri] = memo.page_digest(uri, text)
                if self.exports is not None:  # their process ended as soon as they are made
                    self.exports.settle()
        log.info(
            "timeline: pages' Markdown made for %d of %d generated pages",
            sum(1 for text in pages.values() if text is not None),
            len(pages),
        )
        if self.memo is not None and key is not None:
            self.memo.put(key, json.dumps(self.digests), ())
        if self.memo is not None and inputs_key is not None and inputs:
            made = {uri: [i, self.digests[uri]] for uri, i in inputs.items() if i is not None}
            self.memo.put(inputs_key, json.dumps(made), ())
        return pages

    def _fill_pages(self, files: Files) -> None:
        """Give their Markdown to the pages left without (``_page_sources``) that the memo
        does not have."""
        missing = self.unrendered - set(self.memo_hits)
        if not missing or self.site is None:
            return
        for uri, job in self.site.page_jobs():
            if uri in missing:
                file = files.get_file_from_path(uri)
                assert file is not None
                blocks = self.stashes[uri] = HtmlBlocks()
                file.content_string = blocks.stash(job())

    def _memoisable(self, page: Page) -> bool:
        """Only pages the search plugins skip: a memoised page has no content to index."""
        search = page.meta.get("search") or {}
        return bool(search.get("exclude")) if isinstance(search, dict) else False

    def on_build_error(self, *, error: Exception) -> None:
        self._end_build()

    def _end_build(self) -> None:
        """Whatever a build that did not finish began, ended: its head start awaited and
        dropped, its second process, log filter and counter, staging folder, folder maker
        and exports (nothing after a build that finished: ``on_post_build`` ended them)."""
        self._end_head_start()
        self._stop_second()
        self._stop_skipping()
        self._drop_staging()
        self._stop_folder_maker()
        if self.exports is not None:
            self.exports.abandon()
        self.exports = None
        self.deferred = {}
        self.frames, self.framed = None, {}
        self._reset_memo()
        collector.thaw()

    # -- exports ----------------------------------------------------------------------

    @event_priority(-50)  # after the search plugin has written search/search_index.json
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            self._post_build(config)
        finally:
            collector.thaw()  # the chronology's records kept out of the collector's reach

    def _post_build(self, config: MkDocsConfig) -> None:
        self._stop_folder_maker()
        self._stop_second()
        self._stop_skipping()
        if not self.config.enabled or self.chronology is None:
            return
        site_dir = Path(config.site_dir)
        if self.exports is not None:
            self.exports.finish()
            self.exports = None
        if self.memo is not None:
            self.memo.finish()
            self.memo = None
        self.compiled.save()
        if self.converter is not None:
            log.info(
                "timeline: %d generated pages converted by one Markdown instance",
                self.converter.converted,
            )
            log.info(
                "timeline: %d of them titled from one document of titles",
                self.converter.titles_shared,
            )
            self.converter = None
        if self.frames is not None:
            log.info("timeline: %d generated pages framed", self.frames.framed)
            self.frames, self.framed = None, {}
        self._write_redirects(site_dir)
        self._french_404(site_dir)
        if self.site is not None:
            # generated event and source pages are indexed from the chronology, not their HTML
            extend_search_index(site_dir, entries(self.site))

    def _french_404(self, site_dir: Path) -> None:
        """The theme's 404 page says it in French (Material's heading is in English)."""
        path = site_dir / "404.html"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return
        ui = labels()["ui"]
        heading = "<h1>404 - Not found</h1>"
        french = text
        if heading in text:
            french = text.replace(
                heading,
                f"<h1>404 — {html.escape(ui['not_found_title'])}</h1>"
                f"<p>{html.escape(ui['not_found_text'])}</p>"
                f'<p><a href="{html.escape(get_relative_url("./", "404.html"))}">'
                f"{html.escape(ui['not_found_home'])}</a></p>",
                1,
            )
        # the search dialog named, as on every other page (on_post_page)
        label = html.escape(ui["search"])
        french = UNNAMED_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{label}"', french, count=1)
        if french != text:
            write_atomic(path, french)

    def _write_redirects(self, site_dir: Path) -> None:
        """A small HTML page at each old event ID, pointing at the current one."""
        assert self.generation is not None

        def taken(dest: str) -> bool:
            if (site_dir / dest).exists():
                log.warning("timeline: not redirecting %s: a page exists there", dest)
                return True
            return False

        for dest, page in self.generation.redirects(taken).items():
            write_atomic(site_dir / dest, page)

    # -- the site swapped in whole (swap.py) ------------------------------------------

    def _stage_site(self, config: MkDocsConfig) -> None:
        """Point MkDocs at a staging folder beside the site (not for ``serve``, whose
        folder is temporary, nor ``--dirty``, which updates the site in place)."""
        self._drop_staging()
        if self.is_serve or self.dirty or not self.config.atomic_site:
            return
        self.swap = SiteSwap.start(Path(config.site_dir))
        if self.swap is not None:
            config.site_dir = str(self.swap.staging)
            self.warnings = WarningCounter.attach() if config.strict else None

    @event_priority(-100)  # after every plugin's on_post_build
    def _publish_site(self, *, config: MkDocsConfig) -> None:
        if self.swap is None:
            return
        if self.warnings is not None and self.warnings.count:
            self._drop_staging()  # mkdocs aborts this strict build: the old site stays
            return
        swap, self.swap = self.swap, None
        self._detach_counter()
        swap.commit()
        config.site_dir = str(swap.site_dir)

    def _detach_counter(self) -> None:
        if self.warnings is not None:
            self.warnings.detach()
            self.warnings = None

    def _drop_staging(self) -> None:
        self._detach_counter()
        if self.swap is not None:
            self.swap.abandon()
            self.swap = None

    on_post_build = CombinedEvent(on_post_build, _publish_site)  # type: ignore[assignment]


def _json_strings(text: str) -> dict[str, str] | None:
    """A JSON object of strings (a memo's record), or None when it is not one."""
    with contextlib.suppress(ValueError):
        data = json.loads(text)
        if isinstance(data, dict) and all(isinstance(v, str) for v in data.values()):
            return data
    return None


def _json_pairs(text: str) -> dict[str, list[str]]:
    """A JSON object of pairs of strings (a memo's record), or {} when it is not one."""
    with contextlib.suppress(ValueError):
        data = json.loads(text)
        if isinstance(data, dict) and all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v)
            for v in data.values()
        ):
            return data
    return {}
