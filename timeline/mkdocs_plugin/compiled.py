"""The theme's templates compiled once per build, whatever the Jinja2 environments.

MkDocs makes the environment it renders pages with (``theme.get_env()``) before any plugin
sees the files, and hands it to plugins only in ``on_env``, after the pages are read. The
page memo renders its probe page earlier (``on_nav``), in an environment of its own, which
compiled every template of the theme a second time (about 0.3 s with mkdocs-material).
``CompiledTemplates`` is a Jinja2 bytecode cache held in memory for one build: the probe's
environment fills it and MkDocs' environment (given it in ``on_env``) loads the compiled
templates from it instead of compiling them again. Jinja2 checks each entry against the
template's source (a checksum), and both environments come from the same theme with the
same settings, so the pages are the same as without it.
"""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    """Compiled templates of one build, in memory (Jinja2's ``BytecodeCache`` API)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.compiled.clear()

    def share_with(self, env: Environment) -> None:
        """Let ``env`` load (and store) its templates here, unless it has a cache of its own."""
        if env.bytecode_cache is None:
            env.bytecode_cache = self
