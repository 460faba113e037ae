"""Reading an input file: a regular file only (a FIFO would block for ever, a device
never ends), size-bound, and -- for ``content/`` -- never through a symbolic link that
leads out of the folder. Checked before the file is opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from timeline.errors import TimelineError


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def outside(path: Path, folder: Path) -> bool:
    """True when ``path`` (symbolic links followed) lies outside ``folder``."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return True
    return False


def check_regular(path: Path, *, within: Path | None = None) -> int:
    """The size of ``path``; refuses special files, and files out of ``within``."""
    try:
        if within is not None and path.is_symlink() and outside(path, within):
            raise TimelineError(f"symbolic link to a file outside {within}: refused", path)
        info = os.stat(path)
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None
    if not stat.S_ISREG(info.st_mode):
        raise TimelineError(f"cannot read file: {_kind(info.st_mode)}, not a regular file", path)
    return info.st_size


def read_bytes(path: Path, limit: int, *, within: Path | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (else ``TimelineError``)."""
    size = check_regular(path, within=within)
    if size > limit:
        raise TimelineError(
            f"file too large ({size / 1_000_000:.1f} MB, limit {limit / 1_000_000:.0f} MB)", path
        )
    try:
        # O_NONBLOCK: should the file become a FIFO after the check, open does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise TimelineError("cannot read file: not a regular file", path)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None
    if len(data) > limit:
        raise TimelineError(f"file too large (limit {limit / 1_000_000:.0f} MB)", path)
    return data


#: Data files (YAML, Markdown of docs/) are bounded too: 50 MB holds an ID registry of
#: well over 100,000 events.
MAX_DATA_BYTES = 50_000_000


def decode_utf8(data: bytes, path: Path | str) -> str:
    """Decode UTF-8 (BOM dropped, newlines normalised); errors give the line and a guess."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (looks like Latin-1/Windows-1252: re-save it as UTF-8, or `timeline add` it)"
        except UnicodeDecodeError:
            pass
        raise TimelineError(f"not valid UTF-8 text{hint}", path, line) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path, *, within: Path | None = None) -> str:
    """A UTF-8 text file (BOM dropped, newlines normalised to ``\\n``): a regular file
    only, inside ``within`` when given."""
    return decode_utf8(read_bytes(path, MAX_DATA_BYTES, within=within), path)
