"""The site's generated Markdown, apart from any builder: ``timeline pages`` / ``build_pages``.

``build_pages`` reads the project's ``mkdocs.yml`` (the ``timeline`` plugin's options, the
site URL and name), builds the chronology and writes, into one folder that any
MkDocs-compatible builder reads as its ``docs_dir``:

- the hand-written pages of ``docs_dir``, each ``[[event:ID]]`` / ``[[entity:ID]]`` turned
  into an ordinary Markdown link to the generated page (so no extension is needed to build),
  and the chronology put into the home page at its marker;
- every generated page (events, days, entities, sources and their indexes);
- the redirect pages of old event IDs (``<events>/<old>/index.html``);
- the exports (``events.json``, ``timeline.ics``, ``timelinejs.json``, ``feed.xml``) and the
  stylesheet;

and, beside the folder, a ``mkdocs.yml`` for builders: the project's configuration without
the ``timeline`` plugin, reading that folder. Then ``mkdocs build -f .timeline/pages/mkdocs.yml``
(or ProperDocs, or Zensical) renders the site. Every file is written atomically and only when
its content changed (a second run with the same inputs touches nothing); files of an earlier
run that are no longer generated are removed (``MANIFEST``).

The MkDocs plugin renders the same pages through ``SiteGeneration`` (plus its page memo and
search entries): the two builds give the same pages, exports and links
(``tests/test_builders.py``).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from timeline import exports
from timeline.articles import Article
from timeline.content import yamlsafe
from timeline.dossier import Dossier, parse_dossier
from timeline.errors import TimelineError
from timeline.fileio import write_atomic
from timeline.markdown_ext import REFERENCE, LinkIndex
from timeline.mkdocs_plugin.pages import TEMPLATES, SitePages, md_escape
from timeline.present import Layout, Shown, show
from timeline.present.labels import labels
from timeline.records import Chronology

ASSETS = Path(__file__).parent / "mkdocs_plugin" / "assets"
CSS_URI = "assets/timeline/timeline.css"
JS_URI = "assets/timeline/timeline.js"
REQUIRED_EXTENSIONS = ("attr_list", "toc")
DEFAULT_MARKER = "<!-- timeline:chronologie -->"
MANIFEST = ".timeline-pages.json"
#: fenced code blocks and code spans, where ``[[event:ID]]`` is literal text
CODE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})[^\n]*\n.*?^(?P=fence)[ \t]*$|(?P<ticks>`+).+?(?P=ticks)",
    re.MULTILINE | re.DOTALL,
)


# -- URLs as MkDocs makes them ---------------------------------------------------------------


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The site URL of a Markdown page (``MkDocs`` ``File.url``)."""
    parent, filename = posixpath.split(src_uri)
    name = posixpath.splitext(filename)[0]
    if not use_directory_urls or name in ("index", "README"):
        dest = posixpath.join(parent, ("index" if name == "README" else name) + ".html")
    else:
        dest = posixpath.join(parent, name, "index.html")
    dirname, filename = posixpath.split(dest)
    if use_directory_urls and filename == "index.html":
        return (dirname or ".") + "/"
    return dest


def _parts(path: str) -> list[str]:
    # a leading slash kept as it is: posixpath keeps two ("//a"), MkDocs' _norm_parts one
    path = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return path.split("/") if path else []


def relative_url(url: str, other: str) -> str:
    """``url`` relative to the page at ``other`` (``mkdocs.utils.get_relative_url``)."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, dest_parts = _parts(other), _parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return rel + "/" if url.endswith("/") else rel


# -- the project's settings --------------------------------------------------------------------


def read_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as data (through the project's safe loader; another tool's tags such
    as ``!ENV`` or ``!!python/name:`` read as None: only the plain settings are used)."""
    data = yamlsafe.load_file(path, what="invalid site configuration", other_tags=True)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TimelineError("the site configuration is not a mapping", path)
    return data


@dataclass(frozen=True)
class Settings:
    """What the pages depend on, from ``mkdocs.yml`` and the ``timeline`` plugin's options."""

    root: Path
    docs_dir: str = "docs"
    site_dir: str = "site"
    site_url: str = ""
    site_name: str = "Chronologie"
    use_directory_urls: bool = True
    content_dir: str = "content"
    layout: Layout = field(default_factory=Layout)
    home: str = "index.md"
    marker: str = DEFAULT_MARKER
    exports: bool = True
    links: bool = True
    dossier: Dossier | None = None  # the part of the archive the site tells

    @classmethod
    def from_config(cls, config_file: Path) -> Settings:
        data = read_config(config_file)
        options: dict[str, Any] = {}
        for plugin in data.get("plugins") or []:
            if isinstance(plugin, dict) and "timeline" in plugin:
                options = plugin["timeline"] or {}
        return cls(
            root=config_file.resolve().parent,
            docs_dir=str(data.get("docs_dir") or "docs"),
            site_dir=str(data.get("site_dir") or "site"),
            site_url=str(data.get("site_url") or ""),
            site_name=str(data.get("site_name") or "Chronologie"),
            use_directory_urls=bool(data.get("use_directory_urls", True)),
            content_dir=str(options.get("content_dir", "content")),
            layout=Layout(
                events=str(options.get("events_dir", "evenements")),
                entities=str(options.get("entities_dir", "entites")),
                days=str(options.get("days_dir", "jours")),
                sources=str(options.get("sources_dir", "sources")),
            ),
            home=str(options.get("home", "index.md")),
            marker=str(options.get("marker", DEFAULT_MARKER)),
            exports=bool(options.get("exports", True)),
            links=bool(options.get("links", True)),
            dossier=parse_dossier(options.get("dossier"), config_file),
        )


# -- what is generated, whoever renders it ---------------------------------------------------


class SiteGeneration:
    """The generated pages, redirects and exports of a chronology, for one site layout.

    The chronology is presented once (``timeline.present.show``: URLs and French display
    text) and ``shown`` is what the pages, the exports and the links read. ``url_of`` and
    ``relative`` say how the builder makes URLs (MkDocs' own functions in the plugin, their
    equivalents ``page_url``/``relative_url`` here)."""

    def __init__(
        self,
        chronology: Chronology,
        articles: dict[str, Article],
        *,
        layout: Layout,
        site_url: str,
        site_name: str,
        url_of: Callable[[str], str],
        relative: Callable[[str, str], str] = relative_url,
    ) -> None:
        self.layout = layout
        self.shown: Shown = show(chronology, layout, url_of)
        self.site_url, self.site_name = site_url, site_name
        self.url_of, self.relative = url_of, relative
        self.pages = SitePages(
            self.shown,
            articles,
            url_of=url_of,
            relative=relative,
            site_url=site_url,
            layout=layout,
        )

    def home_page(self, title: str, marker: str) -> str:
        """The home page's Markdown when the project has none."""
        return f"# {md_escape(title)}\n\n{marker}\n"

    def redirects(self, taken: Callable[[str], bool]) -> dict[str, str]:
        """``{output path: HTML}`` of a small page at each old event ID pointing at the
        current one; ``taken(path)`` says a file already lives at that output path."""
        env = Environment(
            loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True)
        )
        template = env.get_template("redirect.html.jinja2")
        ui = labels()["ui"]
        found: dict[str, str] = {}
        for event in self.shown.events:
            for old in event.aliases:
                if old == event.id:
                    continue
                old_url = self.url_of(self.layout.event(old))
                dest = old_url + "index.html" if old_url.endswith("/") else old_url
                if taken(dest):
                    continue
                found[dest] = template.render(
                    ui=ui,
                    target=self.relative(event.url, old_url),
                    canonical=exports.absolute(self.site_url, event.url),
                    title=event.title,
                )
        return found

    def exports(self) -> dict[str, bytes]:
        return exports.export_files(self.shown, self.site_url, self.site_name)

    def link_index(self) -> LinkIndex:
        index = LinkIndex.from_chronology(self.shown)
        index.site_url = self.site_url
        return index


def resolve_references(text: str, index: LinkIndex, src_uri: str, path: str, layout: Layout) -> str:
    """``text`` with each ``[[event:ID]]`` / ``[[entity:ID]]`` outside code made a Markdown
    link to the generated page's file (relative to ``src_uri``); unknown → TimelineError."""
    code = [m.span() for m in CODE.finditer(text)]

    def in_code(at: int) -> bool:
        return any(start <= at < end for start, end in code)

    def link(match: re.Match[str]) -> str:
        if in_code(match.start()):
            return match.group(0)
        kind, ident = match.group("kind"), match.group("id")
        found = index.resolve(kind, ident)
        line = text.count("\n", 0, match.start()) + 1
        if found is None:
            raise TimelineError(index.unknown_message(kind, ident), path, line)
        current, target = found
        target_uri = layout.event(current) if kind == "event" else layout.entity(current)
        label = " ".join((match.group("text") or "").split()) or target.label or current
        href = relative_url(target_uri, src_uri)
        return (
            f"[{md_escape(label)}]({href})"
            f'{{: .tl-ref .tl-ref-{kind} data-timeline-id="{current}" }}'
        )

    return REFERENCE.sub(link, text)


# -- writing the folder ----------------------------------------------------------------------


@dataclass
class PagesResult:
    out: Path
    config_file: Path
    written: list[str]  # paths (relative to ``out``) whose content changed
    removed: list[str]
    total: int


def _files_of(docs: Path) -> Iterator[Path]:
    for path in sorted(docs.rglob("*")):
        if path.is_file() and not any(
            part.startswith(".") for part in path.relative_to(docs).parts
        ):
            yield path


def build_pages(
    config_file: Path = Path("mkdocs.yml"),
    out: Path | None = None,
    *,
    chronology: Chronology | None = None,
    articles: list[Article] | None = None,
) -> PagesResult:
    """Write the project's pages and exports into ``out`` (default
    ``<project>/.timeline/pages/docs``) and a builder configuration beside it."""
    settings = Settings.from_config(config_file)
    root = settings.root
    out = (out or root / ".timeline" / "pages" / "docs").resolve()
    docs = (root / settings.docs_dir).resolve()
    if out == docs or docs in out.parents:
        raise TimelineError("the output folder must be outside the docs folder", out)
    if chronology is None or articles is None:
        from timeline.pipeline import BuildSettings, run_build

        build = BuildSettings(
            root=root, content_dir_name=settings.content_dir, dossier=settings.dossier
        )
        result = run_build(build)
        chronology, articles = result.chronology, result.articles

    def url_of(src_uri: str) -> str:
        return page_url(src_uri, settings.use_directory_urls)

    generation = SiteGeneration(
        chronology,
        {a.slug: a for a in articles},
        layout=settings.layout,
        site_url=settings.site_url,
        site_name=settings.site_name,
        url_of=url_of,
    )
    files: dict[str, bytes] = {}
    generated = generation.pages.render_all()
    index = generation.link_index()
    hand_written = {p.relative_to(docs).as_posix(): p for p in _files_of(docs)}
    for uri in generated:
        if uri in hand_written:
            raise TimelineError(
                f"the page '{uri}' is generated; remove or move the hand-written file",
                hand_written[uri],
            )
    if settings.home not in hand_written:
        generated[settings.home] = generation.home_page(
            labels()["ui"]["chronology"], settings.marker
        )
    for uri, path in hand_written.items():
        data = path.read_bytes()
        if uri.endswith(".md"):
            text = data.decode("utf-8")
            shown = str(path.relative_to(root)) if root in path.parents else str(path)
            if settings.links:
                text = resolve_references(text, index, uri, shown, settings.layout)
            if uri == settings.home:
                text = _with_home(text, generation, settings, url_of(uri))
            data = text.encode("utf-8")
        files[uri] = data
    for uri, markdown in generated.items():
        if uri == settings.home:
            markdown = _with_home(markdown, generation, settings, url_of(uri))
        files[uri] = markdown.encode("utf-8")
    outputs = {_output_of(uri, settings.use_directory_urls) for uri in files}
    for dest, html in generation.redirects(lambda dest: dest in outputs or dest in files).items():
        files[dest] = html.encode("utf-8")
    files[CSS_URI] = (ASSETS / "timeline.css").read_bytes()
    files[JS_URI] = (ASSETS / "timeline.js").read_bytes()
    if settings.exports:
        files.update(generation.exports())
    written, removed = _write_tree(out, files)
    config_out = out.parent / "mkdocs.yml"
    _write_if_changed(config_out, builder_config(config_file, settings, out).encode("utf-8"))
    return PagesResult(out, config_out, written, removed, len(files))


def _output_of(uri: str, use_directory_urls: bool) -> str:
    """The output path of a file of the docs folder."""
    if not uri.endswith(".md"):
        return uri
    url = page_url(uri, use_directory_urls)
    return url + "index.html" if url.endswith("/") else url


def _with_home(markdown: str, generation: SiteGeneration, settings: Settings, url: str) -> str:
    fragment = generation.pages.home_fragment(url)
    if settings.marker in markdown:
        return markdown.replace(settings.marker, fragment, 1)
    return markdown + "\n\n" + fragment


def builder_config(config_file: Path, settings: Settings, out: Path) -> str:
    """A configuration for a builder that reads ``out``: it inherits the project's
    (``INHERIT``, so every setting and YAML tag of it is kept) and overrides only the folders,
    the plugins (without ``timeline``), the stylesheet and script, the Markdown extensions
    the pages need and the generated pages' absence from the navigation."""
    data = read_config(config_file)
    here = out.parent
    child: dict[str, Any] = {
        "INHERIT": os.path.relpath(config_file.resolve(), here),
        "docs_dir": os.path.relpath(out, here),
        "site_dir": os.path.relpath(settings.root / settings.site_dir, here),
    }
    theme = data.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        child["theme"] = {"custom_dir": os.path.relpath(settings.root / theme["custom_dir"], here)}
    child["plugins"] = [
        p
        for p in data.get("plugins") or []
        if not (p == "timeline" or (isinstance(p, dict) and "timeline" in p))
    ]
    extensions = list(data.get("markdown_extensions") or [])
    names = {e if isinstance(e, str) else next(iter(e)) for e in extensions}
    missing = [e for e in REQUIRED_EXTENSIONS if e not in names]
    if missing:
        child["markdown_extensions"] = extensions + missing
    child["extra_css"] = [c for c in data.get("extra_css") or [] if c != CSS_URI] + [CSS_URI]
    scripts = [j for j in data.get("extra_javascript") or [] if j != JS_URI]
    child["extra_javascript"] = [*scripts, JS_URI]
    # the generated pages are reached through links, not the navigation (as in the plugin)
    layout = settings.layout
    hidden = [f"/{layout.events}/"] + [
        f"/{folder}/*/" for folder in (layout.entities, layout.days, layout.sources)
    ]
    given = str(data.get("not_in_nav") or "")
    child["not_in_nav"] = "\n".join([*given.splitlines(), *hidden]) + "\n"
    head = "# Written by `timeline pages`: do not edit (it is rewritten at every run).\n"
    return head + json.dumps(child, ensure_ascii=False, indent=2) + "\n"


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def _write_tree(out: Path, files: dict[str, bytes]) -> tuple[list[str], list[str]]:
    """Write ``files`` under ``out`` (only those that changed), remove what an earlier run
    wrote and this one does not; the manifest is written last."""
    manifest = out / MANIFEST
    previous: list[str] = []
    try:
        loaded = json.loads(manifest.read_text(encoding="utf-8"))
        previous = [p for p in loaded if isinstance(p, str)] if isinstance(loaded, list) else []
    except (OSError, ValueError):
        pass
    written = [uri for uri, data in files.items() if _write_if_changed(out / uri, data)]
    removed = []
    for uri in previous:
        if uri not in files and ".." not in uri.split("/"):
            target = out / uri
            if target.is_file():
                target.unlink()
                removed.append(uri)
                parent = target.parent
                while parent != out and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
    _write_if_changed(manifest, json.dumps(sorted(files), indent=0).encode("utf-8"))
    return written, removed
