"""The site's exports (exports.py) during a build: remembered, made beside, or made at
the end.

For a chronology digest seen before (with the same site URL, name and exports code) the
bytes come from the page memo. Otherwise, on a build big enough for it, ``start_beside``
starts a second process (a Dask worker forked from the build) that makes them while the
build makes its pages (forked.py: the exports are a function of the chronology alone,
known from ``on_files``), and ``finish`` takes its bytes; else, or when that process
fails, ``finish`` makes them in this process.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

from timeline import collector, exports, present
from timeline.mkdocs_plugin import forked, memo
from timeline.present import Shown

log = logging.getLogger("mkdocs.plugins.timeline")


class ExportJob:
    def __init__(
        self,
        chronology: Shown,
        *,
        site_url: str,
        site_name: str,
        site_dir: Path,
        page_memo: memo.PageMemo | None,
        digest: str,
    ) -> None:
        self.chronology, self.site_url, self.site_name = chronology, site_url, site_name
        self.site_dir, self.memo = site_dir, page_memo
        self.key: str | None = None
        self.remembered: dict[str, bytes] | None = None
        self.beside: forked.SecondProcess[dict[str, bytes]] | None = None
        self.taken: dict[str, bytes] | None = None  # the exports made beside, once taken
        if page_memo is not None and digest:
            code = memo.file_hash(Path(exports.__file__)) + present.code_hash()
            self.key = memo.named_key(
                "exports",
                {"chronology": digest, "site_url": site_url, "name": site_name, "code": code},
            )
            found = page_memo.get_bytes([self._row(n) for n in exports.EXPORTS])
            if all(self._row(n) in found for n in exports.EXPORTS):
                self.remembered = {n: found[self._row(n)] for n in exports.EXPORTS}

    def _row(self, name: str) -> str:
        """The memo's key of one export: each is remembered as its bytes (one JSON text
        of the four, decoded, escaped and encoded again, was 3,800 of a dossier build's
        55,000 page faults and 30 ms of its CPU)."""
        assert self.key is not None
        return f"{self.key}/{name}"

    def made(self) -> dict[str, bytes]:
        with collector.paused():  # the calendar's and the feed's objects, then dropped
            return exports.export_files(self.chronology, self.site_url, self.site_name)

    def start_beside(self) -> None:
        """Make the exports in a second process, unless they are remembered."""
        if self.remembered is None and self.beside is None:
            self.beside = forked.start(
                ["exports"],
                prepare=lambda: None,
                render=lambda _: {n: memo.compressed(b) for n, b in self.made().items()},
                summary=dict,
                what="making the exports",
            )

    def settle(self) -> None:
        """The exports made beside taken now if they are ready, and their process ended:
        it would otherwise stay up, idle, beside the rest of the build."""
        if self.beside is not None and self.beside.finished():
            self._take()

    def _take(self) -> None:
        """The exports made beside (None if that process handed them back or failed)."""
        assert self.beside is not None
        self.taken = _expanded(self.beside.result("exports"))
        self.abandon()

    def abandon(self) -> None:
        if self.beside is not None:
            self.beside.close()
            self.beside = None

    def finish(self) -> None:
        """Every export written in the site folder (and remembered for the next build)."""
        if self.remembered is None and self.beside is not None:
            self._take()
        files = self.remembered if self.remembered is not None else self.taken
        if files is None:
            files = self.made()
        exports.write_files(files, self.site_dir)
        if self.memo is not None and self.key is not None:
            for name, content in files.items():
                self.memo.put_bytes(self._row(name), content)


def _expanded(files: dict[str, bytes] | None) -> dict[str, bytes] | None:
    """The exports as the second process sends them (each file compressed), expanded."""
    if files is None:
        return None
    return {name: zlib.decompress(content) for name, content in files.items()}
