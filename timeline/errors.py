"""Errors a user can act on: each names the file (and line when known)."""

from __future__ import annotations

from pathlib import Path

from timeline.content.text import escape_controls


class TimelineError(Exception):
    """An input problem reported to the user as one line, never a traceback."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        # one line, whatever a file name or a quoted value holds (newlines, escapes)
        return escape_controls(f"{where}{self.message}")
