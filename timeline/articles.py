"""Read articles from ``content/``: Markdown files with YAML front matter.

An article file looks like::

    ---
    title: "La Marine russe passe à l'action"
    date: 2015-10-07
    source: fr.sputniknews.com
    url: https://...        # optional
    lang: fr
    ---

    Body text, verbatim, paragraphs separated by blank lines.

Offsets used anywhere in the project (time expressions, sentences) are Python character
offsets into the whole file as read (UTF-8), so ``text[start:end]`` is always the words.
"As read" means: decoded as UTF-8, a leading byte-order mark dropped and Windows line
endings (CRLF, CR) turned into ``\\n`` -- what Python's own text mode does.

Validation (``article_problems``) lists every problem of a file, each a ``TimelineError``
naming the file and line; ``load_article`` raises the first one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.content import files, frontmatter
from timeline.content.files import decode_utf8
from timeline.content.frontmatter import MAX_TITLE_CHARS, parse_date
from timeline.errors import TimelineError

__all__ = ["MAX_TITLE_CHARS", "Article", "decode_utf8", "parse_date"]

FRONT_MATTER_FENCE = frontmatter.FENCE
#: Larger files are refused: a news article is a few kB; the NLP stages (and readers) are
#: not built for books. Split a long document into several articles.
MAX_ARTICLE_BYTES = 1_000_000
# Characters that never occur in text: C0 controls other than tab/newline/CR.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Article:
    path: Path
    slug: str
    title: str
    date: dt.date
    source: str
    url: str | None
    lang: str
    text: str  # the whole file, front matter included
    body_start: int  # offset of the body in ``text``
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) offsets in ``text`` of each non-empty body paragraph, in order."""
        spans: list[tuple[int, int]] = []
        pos = self.body_start
        for block in self.body.split("\n\n"):
            stripped = block.strip()
            if stripped:
                lead = len(block) - len(block.lstrip())
                spans.append((pos + lead, pos + lead + len(stripped)))
            pos += len(block) + 2
        return spans


# --------------------------------------------------------------------------- front matter
# The rules live in ``timeline.content.frontmatter``, shared with ``timeline check``.


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], int]:
    """Return (front matter mapping, body offset). Errors name the file and line."""
    meta, body_start, _ = split_front_matter_lines(text, path)
    return meta, body_start


def split_front_matter_lines(
    text: str, path: Path | str
) -> tuple[dict[str, Any], int, dict[str, int]]:
    """Like ``split_front_matter``, plus the 1-based line of each top-level field."""
    front = frontmatter.split(text, path)
    return front.fields, front.body_start, front.lines


def field_line(text: str, name: str) -> int:
    """1-based line of a front matter field, or 1 if absent."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(name + ":"):
            return number
    return 1


def today() -> dt.date:
    """The day of the build (local calendar), for the 'date in the future' check."""
    return dt.date.today()


# --------------------------------------------------------------------------- validation


def too_large(size: int, path: Path | str) -> TimelineError:
    return TimelineError(
        f"file too large ({size / 1_000_000:.1f} MB, limit "
        f"{MAX_ARTICLE_BYTES / 1_000_000:.0f} MB): split it into several articles",
        path,
    )


def check_bytes(data: bytes, path: Path | str) -> None:
    """Refuse what cannot be an article file: empty, too large, binary."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(len(data), path)
    if not data.strip():
        raise TimelineError("empty file", path, 1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise TimelineError("binary file (contains NUL bytes), not text", path, line)


def article_problems(
    text: str, path: Path, build_day: dt.date | None = None
) -> tuple[Article | None, list[TimelineError]]:
    """Validate an article's text: (the Article if valid, every problem found)."""
    build_day = build_day or today()
    try:
        front = frontmatter.split(text, path)
    except TimelineError as exc:
        return None, [exc]
    meta, body_start = front.fields, front.body_start
    problems, date = frontmatter.problems(front, path, build_day)
    body = text[body_start:]
    if not body.strip():
        line = text[:body_start].count("\n") + 1
        problems.append(TimelineError("article has no body text", path, line))
    control = _CONTROL_RE.search(text)
    if control:
        line = text[: control.start()].count("\n") + 1
        problems.append(
            TimelineError(f"control character {control.group()!r} in the text", path, line)
        )
    if problems or date is None:
        return None, problems
    url = meta.get("url")
    meta = {**meta, "date": date}
    article = Article(
        path=path,
        slug=path.stem,
        title=meta["title"].strip(),
        date=date,
        source=meta["source"].strip(),
        url=url.strip() if isinstance(url, str) else None,
        lang=str(meta.get("lang") or frontmatter.DEFAULT_LANG).strip(),
        text=text,
        body_start=body_start,
        meta=meta,
    )
    return article, []


def parse_article(text: str, path: Path, build_day: dt.date | None = None) -> Article:
    """Parse and validate an article's text; raise the first problem found."""
    article, problems = article_problems(text, path, build_day)
    if problems:
        raise problems[0]
    assert article is not None
    return article


def read_text(path: Path, *, within: Path | None = None) -> str:
    """Read a UTF-8 text file (BOM dropped, newlines normalised to ``\\n``): a regular
    file only, inside ``within`` when given (see ``content.files``)."""
    return files.read_text(path, within=within)


def read_input_bytes(path: Path, *, within: Path | None = None) -> bytes:
    """The bytes of an input file, refused unread when larger than ``MAX_ARTICLE_BYTES``
    or when not a regular file (a FIFO, a device, a directory)."""
    size = files.check_regular(path, within=within)
    if size > MAX_ARTICLE_BYTES:  # do not even read it
        raise too_large(size, path)
    return files.read_bytes(path, MAX_ARTICLE_BYTES, within=within)


def read_article_text(path: Path) -> str:
    """Read an article file of content/ as UTF-8 text; refuses empty, huge and binary
    files, special files and symbolic links that lead out of its folder."""
    data = read_input_bytes(path, within=path.parent)
    check_bytes(data, path)
    return decode_utf8(data, path)


def load_article(path: Path, build_day: dt.date | None = None) -> Article:
    return parse_article(read_article_text(path), path, build_day)


def article_paths(content_dir: Path) -> list[Path]:
    """Article files of a content folder, in a stable order (hidden files skipped).
    Every ``*.md`` entry is listed, a folder or a FIFO too: reading it then says why it
    is refused, rather than the build skipping it in silence."""
    if not content_dir.is_dir():
        raise TimelineError("content folder not found", content_dir)
    # by name: the order of the paths themselves (one folder), without comparing Path
    # objects (a tenth of a second for an archive of 10,000 files)
    found = [(p.name, p) for p in content_dir.glob("*.md")]
    return [p for name, p in sorted(found) if not name.startswith(".")]


def load_articles(content_dir: Path, build_day: dt.date | None = None) -> list[Article]:
    return [load_article(p, build_day) for p in article_paths(content_dir)]
