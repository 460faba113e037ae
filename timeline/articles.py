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
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from timeline.errors import TimelineError

REQUIRED_FIELDS = ("title", "date", "source")
FRONT_MATTER_FENCE = "---"


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


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], int]:
    """Return (front matter mapping, body offset). Errors name the file and line."""
    if not text.startswith(FRONT_MATTER_FENCE + "\n"):
        raise TimelineError("missing front matter: the file must start with a '---' line", path, 1)
    close = text.find("\n" + FRONT_MATTER_FENCE + "\n", len(FRONT_MATTER_FENCE))
    if close == -1:
        if text.endswith("\n" + FRONT_MATTER_FENCE):
            close = len(text) - len(FRONT_MATTER_FENCE) - 1
        else:
            raise TimelineError("front matter is not closed by a '---' line", path, 1)
    raw = text[len(FRONT_MATTER_FENCE) + 1 : close + 1]
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise TimelineError(f"malformed front matter: {problem}", path, line) from None
    if not isinstance(meta, dict):
        raise TimelineError("front matter must be a mapping of fields", path, 2)
    body_start = min(len(text), close + len(FRONT_MATTER_FENCE) + 2)
    return meta, body_start


def field_line(text: str, name: str) -> int:
    """1-based line of a front matter field, or 1 if absent."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(name + ":"):
            return number
    return 1


def parse_date(value: Any, path: Path | str, line: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise TimelineError(
            f"invalid date {str(value)!r}: expected an existing day as YYYY-MM-DD", path, line
        ) from None


def parse_article(text: str, path: Path) -> Article:
    meta, body_start = split_front_matter(text, path)
    for name in REQUIRED_FIELDS:
        if meta.get(name) in (None, ""):
            raise TimelineError(f"front matter lacks required field '{name}'", path, 2)
    date = parse_date(meta["date"], path, field_line(text, "date"))
    for name in ("title", "source"):
        if not isinstance(meta[name], str):
            raise TimelineError(f"field '{name}' must be text", path, field_line(text, name))
    url = meta.get("url")
    if url is not None and not isinstance(url, str):
        raise TimelineError("field 'url' must be text", path, field_line(text, "url"))
    return Article(
        path=path,
        slug=path.stem,
        title=meta["title"].strip(),
        date=date,
        source=meta["source"].strip(),
        url=url,
        lang=str(meta.get("lang", "fr")),
        text=text,
        body_start=body_start,
        meta=meta,
    )


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TimelineError("not valid UTF-8 text", path, line) from None


def load_article(path: Path) -> Article:
    return parse_article(read_text(path), path)


def article_paths(content_dir: Path) -> list[Path]:
    """Article files of a content folder, in a stable order."""
    return sorted(p for p in content_dir.glob("*.md") if p.is_file())


def load_articles(content_dir: Path) -> list[Article]:
    return [load_article(p) for p in article_paths(content_dir)]
