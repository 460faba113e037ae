"""``timeline add``: new input files become validated ``content/`` articles."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from timeline.articles import (
    article_paths,
    parse_article,
    read_input_bytes,
    read_text,
    split_front_matter,
    today,
)
from timeline.content import yamlsafe
from timeline.content.frontmatter import publication_problem
from timeline.errors import TimelineError
from timeline.ingest.convert import Draft, convert
from timeline.ingest.decode import decode_input
from timeline.ingest.duplicates import BodyIndex
from timeline.ingest.naming import base_name, write_new, write_replace


@dataclass(frozen=True)
class AddOptions:
    content_dir: Path = Path("content")
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    replace: bool = False
    dry_run: bool = False
    build_day: dt.date | None = None  # "today" for the future-date check (tests)


@dataclass
class AddOutcome:
    input: Path
    status: str  # added, replaced, duplicate, error
    target: Path | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status in ("added", "replaced", "would add"):
            extra = f" ({'; '.join(self.warnings)})" if self.warnings else ""
            return f"{self.status} {self.input} -> {self.target}{extra}"
        if self.status == "duplicate":
            return f"skipped {self.input}: {self.message}"
        return f"error: {self.message}"


def existing_index(content_dir: Path) -> tuple[BodyIndex, dict[str, str]]:
    """Bodies and URLs of the articles already in ``content_dir`` (broken files tolerated)."""
    index = BodyIndex()
    urls: dict[str, str] = {}
    for path in article_paths(content_dir):
        try:
            text = read_text(path)
            meta, body_start = split_front_matter(text, path)
        except TimelineError:
            continue
        index.add(path.name, text[body_start:])
        if isinstance(meta.get("url"), str):
            urls.setdefault(meta["url"].strip(), path.name)
    return index, urls


_PLAIN_RE = re.compile(r"[A-Za-z0-9][\w.\-/:?=&%+~]*")


def _plain_ok(value: str) -> bool:
    """True when ``value`` reads back from YAML unquoted as the same string."""
    if not _PLAIN_RE.fullmatch(value):
        return False
    try:
        return bool(yamlsafe.load(value, "value") == value)
    except TimelineError:
        return False


def render_article(draft: Draft, lang: str = "fr") -> str:
    """Front matter (JSON-quoted scalars are valid YAML) and the body."""
    fields: dict[str, object] = {
        "title": draft.title,
        "date": draft.date,
        "source": draft.source,
    }
    if draft.url:
        fields["url"] = draft.url
    for key, value in draft.extra.items():
        fields.setdefault(key, value)
    fields.setdefault("lang", lang)
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, dt.date):
            lines.append(f"{key}: {value.isoformat()}")
        elif key != "title" and isinstance(value, str) and _plain_ok(value):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False, default=str)}")
    lines += ["---", "", draft.body.rstrip("\n"), ""]
    return "\n".join(lines)


def _complete(draft: Draft, options: AddOptions, path: Path, build_day: dt.date) -> Draft:
    """Options win over what the file says; refuse when something required is missing."""
    draft.date = options.date or draft.date
    draft.source = options.source or draft.source
    draft.url = options.url or draft.url
    draft.title = (options.title or draft.title or "").strip()
    if draft.date is None:
        raise TimelineError("no publication date found in the file: pass --date YYYY-MM-DD", path)
    if not draft.source and draft.url:
        draft.source = urlparse(draft.url).hostname
    if not draft.source:
        raise TimelineError("no source found in the file: pass --source NAME", path)
    if not draft.title:
        raise TimelineError("no title found in the file: pass --title TEXT", path)
    if not draft.body.strip():
        raise TimelineError("no body text left after conversion", path)
    message = publication_problem(draft.date, build_day)
    if message:
        raise TimelineError(f"{message}: pass --date YYYY-MM-DD", path)
    return draft


def add_file(path: Path, options: AddOptions, index: BodyIndex, urls: dict[str, str]) -> AddOutcome:
    """Add one file; raises TimelineError for input problems."""
    build_day = options.build_day or today()
    text, encoding = decode_input(read_input_bytes(path), path)
    draft = _complete(convert(path, text, build_day), options, path, build_day)
    if encoding != "utf-8":
        draft.warnings.append(f"converted from {encoding} to UTF-8")
    assert draft.date is not None and draft.title is not None  # _complete refused otherwise
    stem = base_name(draft.date, draft.title, draft.body)
    replacing = options.replace and (options.content_dir / f"{stem}.md").exists()
    exclude = f"{stem}.md" if replacing else None
    twin = index.find(draft.body, exclude=exclude)
    if twin is not None:
        return AddOutcome(path, "duplicate", message=twin.describe())
    if draft.url and draft.url in urls and urls[draft.url] != exclude:
        return AddOutcome(path, "duplicate", message=f"same url as {urls[draft.url]}")
    rendered = render_article(draft)
    # the stored file must load as a valid article: check before writing
    try:
        parse_article(rendered, options.content_dir / f"{stem}.md", build_day)
    except TimelineError as exc:
        raise TimelineError(f"would not make a valid article: {exc.message}", path) from None
    if options.dry_run:
        return AddOutcome(path, "would add", options.content_dir / f"{stem}.md", "", draft.warnings)
    if options.replace:
        target = write_replace(options.content_dir, stem, rendered)
        status = "replaced" if replacing else "added"
    else:
        target = write_new(options.content_dir, stem, rendered)
        status = "added"
    index.add(target.name, draft.body)
    if draft.url:
        urls.setdefault(draft.url, target.name)
    return AddOutcome(path, status, target, "", draft.warnings)


def add_files(paths: Iterable[Path], options: AddOptions) -> list[AddOutcome]:
    """Add each file in turn; a problem with one file does not stop the others."""
    if not options.content_dir.is_dir():
        raise TimelineError("content folder not found", options.content_dir)
    index, urls = existing_index(options.content_dir)
    outcomes = []
    for path in paths:
        try:
            outcomes.append(add_file(Path(path), options, index, urls))
        except TimelineError as exc:
            outcomes.append(AddOutcome(Path(path), "error", message=str(exc)))
    return outcomes
