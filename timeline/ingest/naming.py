"""File names of new articles, and writing them atomically without overwriting."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path

from timeline import slugs
from timeline.errors import TimelineError

MAX_SLUG_CHARS = 80
MAX_SUFFIX = 1000


def article_slug(title: str, body: str) -> str:
    """Slug of the title (ASCII, hyphens, <= 80 chars) or ``article-<hash8>`` of the body."""
    slug = slugs.slug(title or "", max_length=MAX_SLUG_CHARS, word_boundary=True, save_order=True)
    if not slug:
        slug = "article-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:8]
    return slug


def base_name(date: dt.date, title: str, body: str) -> str:
    return f"{date.isoformat()}-{article_slug(title, body)}"


def inside(content_dir: Path, name: str) -> Path:
    """``content_dir / name``, refusing any name that would land elsewhere."""
    target = (content_dir / name).resolve()
    if target.parent != content_dir.resolve() or "/" in name or "\\" in name:
        raise TimelineError(f"file name {name!r} would leave the content folder", content_dir)
    return content_dir / name


def _temp_file(content_dir: Path, text: str) -> Path:
    handle, temp = tempfile.mkstemp(prefix=".add-", suffix=".tmp", dir=content_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def write_new(content_dir: Path, stem: str, text: str) -> Path:
    """Write ``text`` to ``stem.md`` or, if taken, ``stem-2.md``, ``stem-3.md``...

    Atomic and race-free: the file appears complete (hard link of a finished temporary
    file), and an existing file is never replaced.
    """
    temp = _temp_file(content_dir, text)
    try:
        for n in range(1, MAX_SUFFIX):
            target = inside(content_dir, f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
            try:
                os.link(temp, target)
            except FileExistsError:
                continue
            except OSError:  # no hard links here: exclusive create, then replace
                try:
                    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    continue
                os.replace(temp, target)
            return target
    finally:
        temp.unlink(missing_ok=True)
    raise TimelineError(f"too many articles named {stem}", content_dir)


def write_replace(content_dir: Path, stem: str, text: str) -> Path:
    """Write ``stem.md``, atomically replacing an existing file (``--replace``)."""
    target = inside(content_dir, f"{stem}.md")
    temp = _temp_file(content_dir, text)
    try:
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target
