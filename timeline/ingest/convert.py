"""Input file text to a draft article (title, date, source, url, body), by kind."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline.articles import parse_date, split_front_matter_lines
from timeline.errors import TimelineError
from timeline.ingest.dates import find_header_date
from timeline.ingest.sanitize import strip_markup

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_START_RE = re.compile(r"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"\b((?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,})\b", re.IGNORECASE)
_HEADER_MAX_CHARS = 100


@dataclass
class Draft:
    """What an input file says about the article; options fill in the gaps."""

    kind: str  # html, text, markdown
    body: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # other front matter fields
    warnings: list[str] = field(default_factory=list)


def detect_kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or _HTML_START_RE.match(text):
        return "html"
    if suffix in MARKDOWN_SUFFIXES or text.startswith("---\n"):
        return "markdown"
    return "text"


def convert(path: Path, text: str, build_day: dt.date) -> Draft:
    kind = detect_kind(path, text)
    if kind == "html":
        draft = from_html(path, text, build_day)
    elif kind == "markdown" and text.startswith("---\n"):
        draft = from_markdown(path, text)
    else:
        draft = from_text(text, kind)
    body, removed = strip_markup(draft.body)
    if removed and kind != "html":
        draft.warnings.append(f"removed {removed} HTML tag(s) from the text")
    return replace(draft, body=_tidy_body(body))


def _tidy_body(body: str) -> str:
    lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# -- plain text --------------------------------------------------------------------------


def from_text(text: str, kind: str = "text") -> Draft:
    """Date from a header line, title = first other non-empty line, body = the rest."""
    lines = text.split("\n")
    found = find_header_date(text)
    header: set[int] = set()
    source = None
    if found is not None and len(lines[found.line].strip()) <= _HEADER_MAX_CHARS:
        header.add(found.line)
        domain = _DOMAIN_RE.search(lines[found.line])
        source = domain.group(1).lower() if domain else None
    title = None
    body_from = 0
    for index, line in enumerate(lines):
        if index in header or not line.strip():
            continue
        candidate = line.strip()
        if kind == "markdown":
            candidate = candidate.lstrip("#").strip()
        title, body_from = candidate, index + 1
        break
    body = "\n".join(lines[body_from:])
    return Draft(
        kind=kind,
        body=body,
        title=title,
        date=found.date if found else None,
        source=source,
    )


# -- Markdown with front matter ----------------------------------------------------------


def from_markdown(path: Path, text: str) -> Draft:
    meta, body_start, key_lines = split_front_matter_lines(text, path)
    date = None
    if meta.get("date") not in (None, ""):
        date = parse_date(meta["date"], path, key_lines.get("date", 2))
    for name in ("title", "source", "url"):
        value = meta.get(name)
        if value is not None and not isinstance(value, str):
            raise TimelineError(f"field '{name}' must be text", path, key_lines.get(name, 2))
    extra = {k: v for k, v in meta.items() if k not in ("title", "date", "source", "url")}
    return Draft(
        kind="markdown",
        body=text[body_start:],
        title=(meta.get("title") or "").strip() or None,
        date=date,
        source=(meta.get("source") or "").strip() or None,
        url=(meta.get("url") or "").strip() or None,
        extra=extra,
    )


# -- HTML --------------------------------------------------------------------------------


def from_html(path: Path, text: str, build_day: dt.date) -> Draft:
    """Main text and title by trafilatura, publication date by htmldate."""
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.extract(
        text,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
    )
    if not extracted or not extracted.strip():
        raise TimelineError("no article text found in this HTML page", path)
    meta = trafilatura.extract_metadata(text)
    title = (meta.title or "").strip() if meta else ""
    date = None
    try:
        found = find_date(
            text,
            original_date=True,
            outputformat="%Y-%m-%d",
            max_date=build_day.isoformat(),
        )
    except Exception:  # htmldate on odd markup: treat as not found
        found = None
    if found:
        date = dt.date.fromisoformat(found)
    paragraphs = [p.strip() for p in extracted.split("\n") if p.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    source = None
    url = None
    if meta is not None:
        source = (meta.sitename or meta.hostname or "").strip() or None
        url = (meta.url or "").strip() or None
    return Draft(
        kind="html",
        body="\n\n".join(paragraphs),
        title=title or None,
        date=date,
        source=source,
        url=url,
    )
