"""The site's exports (exports.py) during a build: remembered, or made at the end.

For a chronology digest seen before (with the same site URL, name and exports code) the
bytes come from the page memo; otherwise ``finish`` makes them (in this process: the only
parallel mechanism of the project is the extraction's, ``timeline.distributed``).
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

from timeline import collector, exports, present
from timeline.mkdocs_plugin import memo
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
        if page_memo is not None and digest:
            code = memo.file_hash(Path(exports.__file__)) + present.code_hash()
            self.key = memo.named_key(
                "exports",
                {"chronology": digest, "site_url": site_url, "name": site_name, "code": code},
            )
            found = page_memo.get_many([self.key]).get(self.key)
            if found is not None:
                with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
                    stored = json.loads(found[0])
                    self.remembered = {n: stored[n].encode("utf-8") for n in exports.EXPORTS}

    def finish(self) -> None:
        """Every export written in the site folder (and remembered for the next build)."""
        files = self.remembered
        if files is None:
            with collector.paused():  # the calendar's and the feed's objects, then dropped
                files = exports.export_files(self.chronology, self.site_url, self.site_name)
        exports.write_files(files, self.site_dir)
        if self.memo is not None and self.key is not None:
            text = {n: content.decode("utf-8") for n, content in files.items()}
            self.memo.put(self.key, json.dumps(text, ensure_ascii=False), ())
