"""The ``timeline`` MkDocs plugin: builds the chronology once per build and renders it.

Hooks (modelled on mkdocs-material's blog plugin):
- ``on_startup``: remember whether we serve (the plugin object lives across rebuilds);
- ``on_config``: reset per-build state, watch ``content/``, add the stylesheet and the
  ``[[event:ID]]`` Markdown extension;
- ``on_files``: build the chronology, generate its pages (``File.generated``), refusing to
  shadow a hand-written page;
- ``on_page_markdown``: give the extension the current page (relative links, file and line
  in errors) and put the chronology into the home page at its marker;
- ``on_page_content``: put back the pre-rendered HTML blocks of generated pages (stash.py);
- ``on_post_build``: write the exports and the redirect pages of old event IDs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from timeline.articles import Article
from timeline.errors import TimelineError
from timeline.events.model import Chronology
from timeline.exports import absolute, write_exports
from timeline.fileio import write_atomic
from timeline.markdown_ext import LinkIndex, TimelineExtension
from timeline.mkdocs_plugin.config import TimelineConfig
from timeline.mkdocs_plugin.labels import labels
from timeline.mkdocs_plugin.pages import TEMPLATES, Layout, SitePages
from timeline.mkdocs_plugin.stash import HtmlBlocks

log = logging.getLogger("mkdocs.plugins.timeline")

ASSETS = Path(__file__).parent / "assets"
CSS_URI = "assets/timeline/timeline.css"
REQUIRED_EXTENSIONS = ("attr_list", "toc")
# mkdocs-material's search overlay is a role="dialog" without a name (axe: aria-dialog-name)
UNNAMED_DIALOG = re.compile(r'(<div class="md-search"[^>]*?role="dialog")(?![^>]*aria-label)')


def load_chronology(root: Path, content_dir_name: str) -> tuple[Chronology, list[Article]]:
    """The chronology of the project and the articles it was built from, read once (tests
    may replace this function)."""
    from timeline.pipeline import BuildSettings, run_build

    result = run_build(BuildSettings(root=root, content_dir_name=content_dir_name))
    return result.chronology, result.articles


def _plugin_error(message: str, path: str, line: int | None) -> Exception:
    where = f"{path}:{line}" if line else path
    return PluginError(f"{where}: {message}")


class TimelinePlugin(BasePlugin[TimelineConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.is_serve = False
        self.root = Path(".")
        self.chronology: Chronology | None = None
        self.site: SitePages | None = None
        self.index = LinkIndex()
        self.extension: TimelineExtension | None = None
        self.src_of: dict[str, str] = {}
        # pre-rendered HTML of the generated pages, kept out of Python-Markdown (stash.py)
        self.stashes: dict[str, HtmlBlocks] = {}

    # -- lifecycle --------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.is_serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.chronology = None
        self.site = None
        self.stashes = {}
        self.root = Path(config.config_file_path or ".").resolve().parent
        content = str(self.content_dir)
        if content not in config.watch:
            config.watch.append(content)
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        self.index = LinkIndex(site_url=config.site_url or "")
        if self.config.links:
            self.extension = TimelineExtension(index=self.index, error=_plugin_error)
            config.markdown_extensions.append(self.extension)
        return config

    @property
    def content_dir(self) -> Path:
        return self.root / self.config.content_dir

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
        try:
            chronology, loaded = load_chronology(self.root, self.config.content_dir)
            articles = {a.slug: a for a in loaded}
        except TimelineError as exc:
            raise PluginError(f"timeline: {exc}") from None
        use_directory_urls = config.use_directory_urls

        def url_of(src_uri: str) -> str:
            return File(src_uri, None, config.site_dir, use_directory_urls).url

        self.site = SitePages(
            chronology,
            articles,
            url_of=url_of,
            relative=get_relative_url,
            site_url=config.site_url or "",
            layout=self.layout,
        )
        pages = self.site.render_all()
        if files.get_file_from_path(self.config.home) is None:
            title = labels()["ui"]["chronology"]
            pages[self.config.home] = f"# {title}\n\n{self.config.marker}\n"
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
                    content=blocks.stash(content),
                    inclusion=InclusionLevel.NOT_IN_NAV,
                )
            )
        files.append(
            File.generated(config, CSS_URI, content=(ASSETS / "timeline.css").read_bytes())
        )
        self.chronology = chronology
        # references point at the generated Markdown files: MkDocs then makes the links
        # relative to each page and validates them like any hand-written link
        self.src_of = {e.url: self.layout.event(e.id) for e in chronology.events}
        self.src_of.update({x.url: self.layout.entity(x.id) for x in chronology.entities})
        fresh = LinkIndex.from_chronology(chronology)
        self.index.events, self.index.aliases = fresh.events, fresh.aliases
        self.index.entities = fresh.entities
        return files

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        if self.extension is not None:
            self._point_extension_at(page, markdown, config)
        if page.file.src_uri == self.config.home and self.site is not None:
            blocks = self.stashes.setdefault(page.file.src_uri, HtmlBlocks())
            fragment = blocks.stash(self.site.home_fragment(page.url))
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
        self.extension.setConfig(
            "url_for", lambda url: get_relative_url(self.src_of.get(url, url), src_uri)
        )
        self.extension.setConfig("source_path", path)
        self.extension.setConfig("line_offset", offset)

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        blocks = self.stashes.pop(page.file.src_uri, None)
        return blocks.restore(html) if blocks is not None else html

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        label = labels()["ui"]["search"]
        return UNNAMED_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{label}"', output, count=1)

    # -- exports ----------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or self.chronology is None:
            return
        site_dir = Path(config.site_dir)
        if self.config.exports:
            write_exports(self.chronology, site_dir, config.site_url or "", config.site_name)
        self._write_redirects(site_dir, config)

    def _write_redirects(self, site_dir: Path, config: MkDocsConfig) -> None:
        """A small HTML page at each old event ID, pointing at the current one."""
        assert self.chronology is not None
        env = Environment(
            loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True)
        )
        template = env.get_template("redirect.html.jinja2")
        for event in self.chronology.events:
            for old in event.aliases:
                if old == event.id:
                    continue
                old_uri = self.layout.event(old)
                old_file = File(old_uri, None, config.site_dir, config.use_directory_urls)
                target = Path(old_file.abs_dest_path)
                if target.exists():
                    log.warning("timeline: not redirecting %s: a page exists there", old_uri)
                    continue
                context: dict[str, Any] = {
                    "ui": labels()["ui"],
                    "target": get_relative_url(event.url, old_file.url),
                    "canonical": absolute(config.site_url or "", event.url),
                    "title": event.title,
                }
                write_atomic(target, template.render(**context))
