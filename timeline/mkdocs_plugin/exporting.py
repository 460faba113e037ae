"""The site's exports (exports.py) during a build: remembered, or made alongside.

For a chronology digest seen before (with the same site URL, name and exports code) the
bytes come from the page memo. Otherwise, in a one-off ``mkdocs build``, a forked process
makes and writes them while MkDocs renders the pages (forking is unsafe in ``mkdocs
serve``, which runs threads: there, and if the process fails, they are made in
``finish``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
from multiprocessing.process import BaseProcess
from pathlib import Path

from timeline import exports
from timeline.events.model import Chronology
from timeline.mkdocs_plugin import memo

log = logging.getLogger("mkdocs.plugins.timeline")


def _write(chronology: Chronology, site_url: str, name: str, site_dir: Path) -> None:
    """The exports process (forked: the chronology is not copied through a pipe)."""
    exports.write_files(exports.export_files(chronology, site_url, name), site_dir)


class ExportJob:
    def __init__(
        self,
        chronology: Chronology,
        *,
        site_url: str,
        site_name: str,
        site_dir: Path,
        page_memo: memo.PageMemo | None,
        digest: str,
        may_fork: bool,
    ) -> None:
        self.chronology, self.site_url, self.site_name = chronology, site_url, site_name
        self.site_dir, self.memo = site_dir, page_memo
        self.key: str | None = None
        self.remembered: dict[str, bytes] | None = None
        self.process: BaseProcess | None = None
        if page_memo is not None and digest:
            code = memo.file_hash(Path(exports.__file__))
            self.key = memo.named_key(
                "exports",
                {"chronology": digest, "site_url": site_url, "name": site_name, "code": code},
            )
            found = page_memo.get_many([self.key]).get(self.key)
            if found is not None:
                with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
                    stored = json.loads(found[0])
                    self.remembered = {n: stored[n].encode("utf-8") for n in exports.EXPORTS}
                    return
        if may_fork and "fork" in multiprocessing.get_all_start_methods():
            self.process = multiprocessing.get_context("fork").Process(
                target=_write,
                args=(chronology, site_url, site_name, site_dir),
                name="timeline-exports",
                daemon=True,
            )
            self.process.start()

    def finish(self) -> None:
        """Every export written in the site folder (and remembered for the next build)."""
        files = self.remembered
        if self.process is not None:
            self.process.join()
            if self.process.exitcode == 0:
                files = {n: (self.site_dir / n).read_bytes() for n in exports.EXPORTS}
            else:
                log.warning("timeline: the exports process failed; making them here")
            self.process = None
        if files is None:
            files = exports.export_files(self.chronology, self.site_url, self.site_name)
        exports.write_files(files, self.site_dir)
        if self.memo is not None and self.key is not None:
            text = {n: content.decode("utf-8") for n, content in files.items()}
            self.memo.put(self.key, json.dumps(text, ensure_ascii=False), ())

    def abandon(self) -> None:
        """The build failed: wait for the process, keep nothing."""
        if self.process is not None:
            self.process.join()
            self.process = None
