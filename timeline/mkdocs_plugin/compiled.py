"""The theme's templates compiled once per build, whatever the Jinja2 environments, and
kept compiled from one build to the next.

MkDocs makes the environment it renders pages with (``theme.get_env()``) before any plugin
sees the files, and hands it to plugins only in ``on_env``, after the pages are read. The
page memo renders its probe page earlier (``on_nav``), in an environment of its own, which
compiled every template of the theme a second time (about 0.3 s with mkdocs-material).
``CompiledTemplates`` is a Jinja2 bytecode cache held in memory for one build: the probe's
environment fills it and MkDocs' environment (given it in ``on_env``) loads the compiled
templates from it instead of compiling them again. Jinja2 checks each entry against the
template's source (a checksum), and both environments come from the same theme with the
same settings, so the pages are the same as without it.

Compiling them was still paid by every build: the theme's forty templates the pages use
cost a 200-article dossier's build about 0.2 s of CPU (mkdocs-material's Jinja2 sources
lexed, parsed, turned into Python and compiled), each build the same code. With
``keep_in(folder)`` (where the page memo is used: the plugins whose hooks are known), the
compiled code is also kept in ``folder``/``FILE_NAME`` and read back by the next build, as
Python keeps a module's bytecode: one file, written whole (atomically) at the end of a
build that compiled something, holding the templates that build used. Its entries are
trusted only under the same ``namespace`` (the Python bytecode tag, the versions of the
libraries that shape a page, this plugin's code: what gives a filter or a global its
calling convention, which Jinja2 fixes at compile time); each entry is keyed by the
template's name and file and by the environment's settings that shape the compiled code
(``_settings``: its syntax, extensions, autoescaping of that template, ...), and used only
for the same source (Jinja2's checksum). A file that does not read back (damaged, another
format, another namespace) is ignored and written again; deleting it changes nothing but
time.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from jinja2 import BytecodeCache, Environment
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket

from timeline.fileio import write_atomic

# not under "mkdocs": templates not kept are worth a word, not a failed --strict build
log = logging.getLogger(__name__)

FILE_NAME = "templates.marshal"
#: the kept file's format (its first item)
FORMAT = "timeline-templates/1"

#: (Jinja2's checksum of a template's source, its compiled code)
Entry = tuple[str, CodeType]


def _settings(environment: Environment, name: str) -> tuple[Any, ...]:
    """What of ``environment`` shapes the code Jinja2 compiles ``name`` to (its filters,
    tests and globals are looked up when a template runs)."""
    autoescape = environment.autoescape
    return (
        type(environment).__qualname__,
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        environment.optimized,
        environment.is_async,
        environment.finalize is not None,
        sorted(environment.extensions),
        environment.code_generator_class.__qualname__,
        bool(autoescape(name) if callable(autoescape) else autoescape),
    )


class CompiledTemplates(BytecodeCache):
    """Compiled templates of one build, in memory (Jinja2's ``BytecodeCache`` API), and
    of the builds before it where ``keep_in`` says."""

    def __init__(self) -> None:
        self.compiled: dict[str, Entry] = {}
        self.path: Path | None = None
        self.namespace = ""
        self.kept: dict[str, Entry] | None = None  # the file's entries, read at first need

    def keep_in(self, folder: Path, namespace: str) -> None:
        """Read (at first need) and keep (``save``) the compiled templates in
        ``folder``/``FILE_NAME``, valid under ``namespace``."""
        self.path, self.namespace, self.kept = folder / FILE_NAME, namespace, None

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        settings = repr((name, filename, _settings(environment, name)))
        key = hashlib.sha256(settings.encode("utf-8")).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found is None and self.path is not None:
            found = self._kept().get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]
            self.compiled[bucket.key] = found

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self.compiled[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        self.compiled.clear()
        self.path, self.namespace, self.kept = None, "", None

    def share_with(self, env: Environment) -> None:
        """Let ``env`` load (and store) its templates here, unless it has a cache of its own."""
        if env.bytecode_cache is None:
            env.bytecode_cache = self

    def save(self) -> bool:
        """Write the templates this build used (``keep_in``'s file), unless the file holds
        them already; whether it was written. A file that cannot be written is left."""
        if self.path is None:
            return False
        entries = dict(sorted(self.compiled.items()))
        if not entries or entries == self._kept():
            return False
        data = marshal.dumps((FORMAT, self.namespace, entries))
        try:
            write_atomic(self.path, data)
        except OSError as exc:
            log.info("timeline: compiled templates not kept in %s: %s", self.path, exc)
            return False
        self.kept = entries
        return True

    def _kept(self) -> dict[str, Entry]:
        """The file's entries under this namespace (none when it does not read back)."""
        if self.kept is None:
            self.kept = _read(self.path, self.namespace) if self.path is not None else {}
        return self.kept


def _read(path: Path, namespace: str) -> dict[str, Entry]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(found, tuple) and len(found) == 3 and found[:2] == (FORMAT, namespace)):
        return {}
    entries = found[2]
    if not isinstance(entries, dict):
        return {}
    return {
        key: (entry[0], entry[1])
        for key, entry in entries.items()
        if isinstance(key, str)
        and isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], str)
        and isinstance(entry[1], CodeType)
    }


def namespace(*parts: str) -> str:
    """The namespace of kept templates: Python's bytecode, Jinja2's version and ``parts``
    (what else fixes how a template's code calls what it names)."""
    digest = hashlib.sha256()
    for part in (sys.implementation.cache_tag or sys.version, jinja_version, *parts):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()
