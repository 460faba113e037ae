"""Rendered-page memo: the final HTML of generated pages, reused when nothing it depends on
has changed.

A generated page that is not in the navigation (an event, a day, an entity, a source) is a
pure function of two things: its own Markdown file (front matter included) and the site
around it (theme, configuration, navigation, Markdown extensions, library versions). A
rebuild that finds the same two things again can skip Python-Markdown and the theme's
Jinja2 templates for that page and write the HTML it produced last time.

* **The page's part** of the key is a hash of its URI and its full Markdown source, taken
  before anything per-process (the HTML stash) touches it.
* **The site's part** is a hash of the output of the theme's ``main.html`` rendered for a
  probe page that is the same in every build: whatever the theme reads from the
  configuration, the navigation, the file list or the plugins' settings shows up in that
  output, so any change there changes every key. To it we add what the probe cannot see:
  library versions, the Markdown extensions and their settings, the plugins and their
  settings, and the code of this plugin.
* **Only pages we know to be pure** are memoised: generated, not in the navigation
  (no previous/next links), and only when every plugin of the site is one whose page hooks
  we know (the search plugins and this one); with any other plugin the memo stays off.

Storage: ``.timeline/pages.sqlite`` (stdlib ``sqlite3``, the rollback journal: ``SCHEMA``),
one row per key with the
HTML as a zlib stream, the anchor ids of the page (MkDocs checks links to them) and, for
a page a second process compressed, the sha256 of its bytes (``content_digest``): a page
whose previous file in the site has those bytes is linked from it (swap.py) without its
HTML being expanded. The site's exports are kept so too, each file one row of its bytes
(``put_bytes``, ``get_bytes``). The pages this process renders are stored in zlib's stored
blocks (``stored``: copied, not compressed, a tenth of the CPU), those a second process
renders as it handed them over (``compressed``); stored in a thread while the build goes
on and written in batches. A stored row carries no digest (``NO_DIGEST``): it expands by a
copy, and its bytes are compared with the previous file's (hashing a first build's 30 MB
of pages and exports for the next build's comparison was a thirtieth of the dossier's
instructions under cachegrind; the comparison reads the previous file as the digest's
did). Rows not
used by a build are deleted at its end, so the file stays the size of one site. Robustness
is that of the extraction cache: a file that is not ours or whose small tables fail
``PRAGMA quick_check`` is moved aside and recreated, and so is one SQLite finds damaged in
use; a row that does not decompress is a miss; any database error turns the memo off for
the rest of the build. Deleting the file changes nothing but time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from timeline.cache import StoreSchema, Transaction, open_store, set_aside_if_damaged
from timeline.versions import distribution_versions

# not under "mkdocs": a memo set aside is worth a word, not a failed --strict build
log = logging.getLogger(__name__)

SCHEMA_NAME = "timeline-page-memo"
SCHEMA_VERSION = "2"  # 2: the digest of each page's bytes
FILE_NAME = "pages.sqlite"
#: Plugins whose page hooks are known to depend on nothing but the page (or to skip pages
#: marked ``search: exclude``); any other plugin turns the memo off.
KNOWN_PLUGINS = frozenset({"search", "material/search", "timeline"})
#: Distributions whose behaviour shapes a page's HTML.
DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")
#: The template rendered for a page found in the memo (its output is then replaced).
MEMO_TEMPLATE = "timeline-memo.html"
_IN_CHUNK = 500
_BATCH = 50  # pages compressed together on the memo's thread
#: SQLite's page cache of the memo's connection, in KiB (its default is 2,000): a
#: transaction of ``_IN_CHUNK`` pages (about 16 MB of HTML in stored blocks) spilled out of
#: the default cache and was read back, with the b-tree pages its random keys touch: a
#: 200-article dossier's first build moved 259 MB through 77,000 reads and writes of
#: ``pages.sqlite`` and its WAL for 32 MB of pages; with this, 102 MB through 32,600 (the
#: cache grows only as far as it is used)
CACHE_KIB = 20_000


def compressed(html: bytes) -> bytes:
    """A page's HTML (UTF-8) as a second process hands it over (forked.py, exporting.py),
    compressed (zlib lets go of the interpreter while it works); the memo stores it so."""
    return zlib.compress(html, 1)


def stored(html: bytes) -> bytes:
    """A page's HTML (UTF-8) as the memo stores the pages of this process: a zlib stream of
    stored blocks (level 0), which reads back as ``compressed``'s does. Compressing the
    1,021 pages of a dossier's first build (25 MB, mostly the theme's frame of each page)
    took 0.16 s of CPU at level 1, a twentieth of the build, for a file of 7 MB instead
    of 25 MB: the memo's file is now about the size of the pages it keeps."""
    return zlib.compress(html, 0)


#: compressed bytes expanded at a time by ``write_expanded`` (and at most ``_PIECE`` times
#: ``_SPREAD`` bytes written at a time)
_PIECE, _SPREAD = 2**16, 16


def write_expanded(blob: bytes, path: Path) -> None:
    """Write at ``path`` (its folders made) the bytes that ``compressed`` made ``blob`` of,
    expanded a piece at a time: never the whole page in memory. A page's HTML can be
    megabytes (an entity's page lists every event it is in); in a build that has forked a
    second process, every large block it allocates lands in a part of the heap that
    process shares and copies it (copy on write), so the page is not expanded whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    expand = zlib.decompressobj()
    with path.open("wb") as out:
        for start in range(0, len(blob), _PIECE):
            out.write(expand.decompress(blob[start : start + _PIECE], _PIECE * _SPREAD))
            while expand.unconsumed_tail:
                out.write(expand.decompress(expand.unconsumed_tail, _PIECE * _SPREAD))
        out.write(expand.flush())


def content_digest(html: bytes) -> str:
    """The digest of a page's bytes as the memo stores it (hashlib lets go of the
    interpreter too)."""
    return hashlib.sha256(html).hexdigest()


#: the digest of a stored row (its bytes are compared, not digested)
NO_DIGEST = ""


def _compressed(rows: list[tuple[str, bytes, str]]) -> list[tuple[str, bytes, str, str]]:
    """(key, bytes, anchors) rows with their bytes as the memo stores them (no digest:
    a lookup compares a stored row's bytes themselves, ``PageMemo.get_pages``)."""
    return [(key, stored(content), anchors, NO_DIGEST) for key, content, anchors in rows]


#: whether the previous site's file of a key's page holds the given bytes, or bytes of
#: the given sha256 (``content_digest``)
Same = Callable[[str, str | bytes], bool]


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    key TEXT PRIMARY KEY,
    html BLOB NOT NULL,
    anchors TEXT NOT NULL,
    digest TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta VALUES
    ('schema', '{SCHEMA_NAME}'), ('schema_version', '{SCHEMA_VERSION}');
"""
#: journaled by the rollback journal, not WAL: a first build writes the whole site (a
#: dossier's 1,000 pages, 30 MB) into the memo, which WAL wrote twice (to its log, then
#: into the file at each checkpoint); the rollback journal writes a page new to the file
#: once. Only one build writes the memo at a time, so WAL's readers beside a writer gain
#: nothing. Measured on a dossier's 998 pages written in batches of 500 pages: 0.15 s of
#: CPU (0.06 user, 0.10 system) and 1.0-1.9 s of wall under WAL, 0.09 s (0.04, 0.05) and
#: 0.6-0.7 s so (``synchronous=FULL``, three runs each).
SCHEMA = StoreSchema(
    SCHEMA_NAME,
    SCHEMA_VERSION,
    _SCHEMA,
    {"pages": ["key", "html", "anchors", "digest"]},
    journal="DELETE",
)


def page_digest(src_uri: str, markdown: str) -> str:
    """The page's part of a key: its URI and its whole Markdown source."""
    digest = hashlib.sha256(src_uri.encode("utf-8") + b"\0")
    digest.update(markdown.encode("utf-8"))
    return digest.hexdigest()


def page_key(site_key: str, digest: str) -> str:
    return hashlib.sha256(f"{site_key}\0{digest}".encode()).hexdigest()


def library_versions() -> str:
    return distribution_versions(DISTRIBUTIONS)


def folder_hash(folder: Path) -> str:
    """sha256 over (relative path, content) of every file under ``folder``."""
    digest = hashlib.sha256()
    if folder.is_dir():
        files = (p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in sorted(files):
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plugin_code_hash() -> str:
    """The code, templates and data of this plugin (its page hooks shape the output), and
    of the presentation layer it renders the chronology with."""
    from timeline import present

    return folder_hash(Path(__file__).resolve().parent) + present.code_hash()


def _plain(value: Any) -> Any:
    """A JSON-able, deterministic view of a setting (objects by their class name)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return f"<{type(value).__module__}.{type(value).__qualname__}>"


def probe_html(env: Environment, nav: Navigation, files: Files, config: MkDocsConfig) -> str:
    """The theme's output for a page that is the same in every build."""
    probe = Page(None, File.generated(config, "timeline-memo-probe.md", content=""), config)
    probe.content = ""
    return env.get_template("main.html").render(get_context(nav, files, config, probe))


def site_settings(config: MkDocsConfig, plugins: set[str], plugin_code: str) -> dict[str, Any]:
    """What shapes a page's HTML besides its Markdown and what the probe shows; of the
    site's plugins, the settings of those named (``plugins``: not the inert hooks);
    ``plugin_code``: ``plugin_code_hash()`` (the build computes it once)."""
    custom = config.theme.custom_dir
    return {
        "libraries": library_versions(),
        "plugin_code": plugin_code,
        "custom_dir": folder_hash(Path(custom)) if custom else None,
        "markdown_extensions": config.markdown_extensions,
        "mdx_configs": config.mdx_configs,
        "plugins": {
            name: dict(plugin.config) for name, plugin in config.plugins.items() if name in plugins
        },
        "use_directory_urls": config.use_directory_urls,
    }


def named_key(kind: str, parts: dict[str, Any]) -> str:
    """The key of a whole-site record (``kind:`` + hash of ``parts``): never a page key."""
    return (
        f"{kind}:"
        + hashlib.sha256(json.dumps(_plain(parts), sort_keys=True).encode("utf-8")).hexdigest()
    )


def site_key(probe_html: str, settings: dict[str, Any]) -> str:
    """The site's part of every key: the probe page's HTML and the settings it cannot show."""
    digest = hashlib.sha256(probe_html.encode("utf-8") + b"\0")
    digest.update(json.dumps(_plain(settings), sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


class PageMemo:
    """Open (validating, or resetting) the memo at ``path``."""

    def __init__(self, path: Path, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.enabled = True
        self.used: set[str] = set()
        self._batch: list[tuple[str, bytes, str]] = []  # (key, bytes, anchors), not stored yet
        #: (key, HTML compressed, anchors, digest)
        self._ready: list[tuple[str, bytes, str, str]] = []
        self._pending: list[Future[list[tuple[str, bytes, str, str]]]] = []  # compressing
        self._compressor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None
        self._conn, _ = open_store(self.path, SCHEMA, timeout=timeout)
        #: the memo held pages when it was opened (not a first build)
        self.had_pages = False
        try:
            self._conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self.had_pages = (
                self._conn.execute("SELECT 1 FROM pages LIMIT 1").fetchone() is not None
            )
        except sqlite3.DatabaseError as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        self.enabled = False
        if set_aside_if_damaged(self.path, exc, self._conn):
            self._conn = None
            return
        log.info("timeline: page memo %s not used for the rest of this build: %s", self.path, exc)

    # -- reading ----------------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, tuple[str, set[str]]]:
        """(HTML, anchor ids) of each key found; damaged rows are simply absent."""
        found = self.get_pages(keys)
        return {key: (html, anchors) for key, (html, anchors) in found.items() if html is not None}

    def get_pages(
        self, keys: Sequence[str], same: Same | None = None
    ) -> dict[str, tuple[str | None, set[str]]]:
        """(HTML, anchor ids) of each key found; damaged rows are simply absent. The HTML
        is None for a key whose bytes ``same`` says a file has (the previous site's file of
        the page: swap.py): asked with the row's digest (``same(key, digest)``: the row is
        then not decompressed) or, for a stored row (no digest), with its bytes."""
        found: dict[str, tuple[str | None, set[str]]] = {}
        for key, (content, ids) in self._rows(keys, same).items():
            try:
                found[key] = (None if content is None else content.decode("utf-8"), ids)
            except UnicodeDecodeError:
                continue
        return found

    def get_bytes(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The bytes put under each key found (``put_bytes``); damaged rows are absent."""
        found = self._rows(keys, None)
        return {key: content for key, (content, _) in found.items() if content is not None}

    def _rows(
        self, keys: Sequence[str], same: Same | None
    ) -> dict[str, tuple[bytes | None, set[str]]]:
        """``get_pages``' rows, their bytes expanded but not decoded."""
        found: dict[str, tuple[bytes | None, set[str]]] = {}
        if not self.enabled or self._conn is None:
            return found
        unique = list(dict.fromkeys(keys))
        self.used.update(unique)
        try:
            for i in range(0, len(unique), _IN_CHUNK):
                chunk = unique[i : i + _IN_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT key, html, anchors, digest FROM pages WHERE key IN ({marks})", chunk
                )
                for key, blob, anchors, digest in rows:
                    try:
                        ids = set(json.loads(anchors))
                        digested = isinstance(digest, str) and digest != NO_DIGEST
                        if same is not None and digested and same(key, digest):
                            found[key] = (None, ids)
                            continue
                        content = zlib.decompress(blob)
                        if same is not None and not digested and same(key, content):
                            found[key] = (None, ids)
                            continue
                        found[key] = (content, ids)
                    except (zlib.error, ValueError, TypeError):
                        continue
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return {}
        return found

    # -- writing ----------------------------------------------------------------------

    def put(self, key: str, html: str, anchors: Iterable[str]) -> None:
        """Remember a page (stored by batches of ``_BATCH`` on the memo's thread, written
        by batches of ``_IN_CHUNK``, each one transaction)."""
        self.put_bytes(key, html.encode("utf-8"), anchors)

    def put_bytes(self, key: str, content: bytes, anchors: Iterable[str] = ()) -> None:
        """Remember bytes (a page's HTML in UTF-8, an export) as ``put`` does."""
        if not self.enabled:
            return
        self.used.add(key)
        self._batch.append((key, content, json.dumps(sorted(anchors))))
        if len(self._batch) >= _BATCH:
            self._compress_batch()
        if len(self._pending) * _BATCH >= _IN_CHUNK:
            self.flush()

    def put_compressed(self, key: str, blob: bytes, anchors: Iterable[str], digest: str) -> None:
        """Remember a page whose HTML is already compressed (``compressed``), the digest
        of its bytes given (``content_digest``)."""
        if not self.enabled:
            return
        self.used.add(key)
        self._ready.append((key, blob, json.dumps(sorted(anchors)), digest))
        if len(self._ready) >= _IN_CHUNK:
            self.flush()

    def _compress_batch(self) -> None:
        """The pages put since the last batch, handed to the thread that compresses them:
        one hand-over a batch (one a page kept the two threads taking turns)."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        if self._compressor is None:
            self._compressor = ThreadPoolExecutor(1, thread_name_prefix="timeline-memo")
        self._pending.append(self._compressor.submit(_compressed, batch))

    def quiesce(self) -> None:
        """Wait until the memo's thread has compressed every batch handed to it (they stay
        to be written): the thread is then idle, holding nothing, as a fork requires (a
        lock its work held at the fork would stay taken in the child)."""
        for batch in self._pending:
            batch.exception()  # waits; a failure is raised where ``flush`` takes the result

    def flush(self) -> None:
        self._compress_batch()
        ready, self._ready = self._ready, []
        if not (self._pending or ready) or not self.enabled or self._conn is None:
            self._pending = []
            return
        pending, self._pending = self._pending, []
        rows = ready + [row for batch in pending for row in batch.result()]
        try:
            with Transaction(self._conn) as conn:
                conn.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError as exc:
            self._disable(exc)

    def finish(self) -> None:
        """Write what is pending, forget the rows this build did not use, close. A memo
        that held no page when it was opened (a first build) holds only what this build
        put: nothing to forget (the look-up of every key written is skipped)."""
        self.flush()
        if self.enabled and self._conn is not None and self.had_pages:
            try:
                with Transaction(self._conn) as conn:
                    conn.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT UNIQUE)")
                    conn.execute("DELETE FROM used")
                    conn.executemany(
                        "INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in self.used]
                    )
                    conn.execute("DELETE FROM pages WHERE key NOT IN (SELECT key FROM used)")
            except sqlite3.DatabaseError as exc:
                self._disable(exc)
        self.close()

    def close(self) -> None:
        if self._compressor is not None:
            self._compressor.shutdown(cancel_futures=True)
            self._compressor = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class MemoPage(Page):
    """A generated page found in the memo: nothing to read, parse or convert (its HTML is
    written by the plugin's ``on_post_page``). A ``Page`` subclass, as mkdocs-material's blog
    plugin makes its own pages; created for the page's file before MkDocs reads it."""

    def __init__(self, file: File, config: MkDocsConfig, anchors: set[str]) -> None:
        super().__init__(None, file, config)
        self.memo_anchors = set(anchors)

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""
        # memoised pages are the ones the search plugins skip (plugin._memoisable)
        self.meta = {"search": {"exclude": True}, "template": MEMO_TEMPLATE}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set(self.memo_anchors)  # MkDocs checks links to them
        self.links_to_anchors = {}
