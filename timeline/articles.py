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

import yaml

from timeline.errors import TimelineError

REQUIRED_FIELDS = ("title", "date", "source")
TEXT_FIELDS = ("title", "source", "url", "lang", "via")
FRONT_MATTER_FENCE = "---"
#: Larger files are refused: a news article is a few kB; the NLP stages (and readers) are
#: not built for books. Split a long document into several articles.
MAX_ARTICLE_BYTES = 1_000_000
MAX_TITLE_CHARS = 300
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
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


# --------------------------------------------------------------------------- YAML


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe loader that keeps dates as text (so ``2015-02-30`` is reported with its line,
    not raised by PyYAML as a bare ValueError) and refuses duplicate keys."""

    key_lines: dict[str, int]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate field '{key}'", key_node.start_mark
                )
            seen[key] = line
        if not hasattr(self, "key_lines"):
            self.key_lines = {str(k): v for k, v in seen.items()}
        return super().construct_mapping(node, deep=deep)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(raw: str) -> tuple[Any, dict[str, int]]:
    """Parse front matter YAML; return (value, {top-level key: 0-based line in ``raw``})."""
    loader = _FrontMatterLoader(raw)
    try:
        value = loader.get_single_data()
        return value, getattr(loader, "key_lines", {})
    finally:
        loader.dispose()


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], int]:
    """Return (front matter mapping, body offset). Errors name the file and line."""
    meta, body_start, _ = split_front_matter_lines(text, path)
    return meta, body_start


def split_front_matter_lines(
    text: str, path: Path | str
) -> tuple[dict[str, Any], int, dict[str, int]]:
    """Like ``split_front_matter``, plus the 1-based line of each top-level field."""
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
        meta, key_lines = _load_yaml(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise TimelineError(f"malformed front matter: {problem}", path, line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise TimelineError("front matter must be a mapping of fields", path, 2)
    body_start = min(len(text), close + len(FRONT_MATTER_FENCE) + 2)
    return meta, body_start, {k: v + 2 for k, v in key_lines.items()}


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
    if isinstance(value, bool | int | float) or value is None:
        raise TimelineError(
            f"invalid date {value!r}: expected an existing day as YYYY-MM-DD", path, line
        )
    raw = str(value).strip()
    try:
        if len(raw) > 10 and raw[10] in "T ":  # a timestamp: keep its day
            return dt.datetime.fromisoformat(raw).date()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise TimelineError(
            f"invalid date {raw!r}: expected an existing day as YYYY-MM-DD", path, line
        ) from None


def today() -> dt.date:
    """The day of the build (local calendar), for the 'date in the future' check."""
    return dt.date.today()


# --------------------------------------------------------------------------- validation


def _field_problems(
    meta: dict[str, Any], key_lines: dict[str, int], path: Path | str, build_day: dt.date
) -> tuple[list[TimelineError], dt.date | None]:
    problems: list[TimelineError] = []

    def line_of(name: str) -> int:
        return key_lines.get(name, 2)

    for name in REQUIRED_FIELDS:
        if meta.get(name) in (None, ""):
            problems.append(TimelineError(f"front matter lacks required field '{name}'", path, 2))
    date: dt.date | None = None
    if meta.get("date") not in (None, ""):
        try:
            date = parse_date(meta["date"], path, line_of("date"))
        except TimelineError as exc:
            problems.append(exc)
        else:
            if date > build_day:
                problems.append(
                    TimelineError(
                        f"date {date.isoformat()} is in the future of the build "
                        f"(today is {build_day.isoformat()})",
                        path,
                        line_of("date"),
                    )
                )
                date = None
    for name in TEXT_FIELDS:
        value = meta.get(name)
        if value is None or (value == "" and name in REQUIRED_FIELDS):
            continue
        if not isinstance(value, str):
            problems.append(
                TimelineError(
                    f"field '{name}' must be text, not {type(value).__name__}", path, line_of(name)
                )
            )
        elif name == "title" and ("\n" in value.strip() or len(value) > MAX_TITLE_CHARS):
            problems.append(
                TimelineError(
                    f"field 'title' must be one line of at most {MAX_TITLE_CHARS} characters",
                    path,
                    line_of(name),
                )
            )
        elif name == "url" and not _URL_RE.match(value.strip()):
            problems.append(
                TimelineError(
                    f"field 'url' must be an http(s) address, not {value!r}", path, line_of(name)
                )
            )
        elif name == "lang" and not _LANG_RE.match(value.strip()):
            problems.append(
                TimelineError(
                    f"field 'lang' must be a language code like 'fr', not {value!r}",
                    path,
                    line_of(name),
                )
            )
    return problems, date


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
        raise TimelineError("binary file (contains NUL bytes), not text", path)


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


def article_problems(
    text: str, path: Path, build_day: dt.date | None = None
) -> tuple[Article | None, list[TimelineError]]:
    """Validate an article's text: (the Article if valid, every problem found)."""
    build_day = build_day or today()
    try:
        meta, body_start, key_lines = split_front_matter_lines(text, path)
    except TimelineError as exc:
        return None, [exc]
    problems, date = _field_problems(meta, key_lines, path, build_day)
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
        lang=str(meta.get("lang", "fr")).strip(),
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


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (BOM dropped, newlines normalised to ``\\n``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None
    return decode_utf8(data, path)


def read_input_bytes(path: Path) -> bytes:
    """The bytes of an input file, refused unread when larger than ``MAX_ARTICLE_BYTES``."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:  # do not even read it
            raise too_large(size, path)
        return path.read_bytes()
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None


def read_article_text(path: Path) -> str:
    """Read an article file as UTF-8 text; refuses empty, huge and binary files."""
    data = read_input_bytes(path)
    check_bytes(data, path)
    return decode_utf8(data, path)


def load_article(path: Path, build_day: dt.date | None = None) -> Article:
    return parse_article(read_article_text(path), path, build_day)


def article_paths(content_dir: Path) -> list[Path]:
    """Article files of a content folder, in a stable order (hidden files skipped)."""
    if not content_dir.is_dir():
        raise TimelineError("content folder not found", content_dir)
    return sorted(p for p in content_dir.glob("*.md") if p.is_file() and not p.name.startswith("."))


def load_articles(content_dir: Path, build_day: dt.date | None = None) -> list[Article]:
    return [load_article(p, build_day) for p in article_paths(content_dir)]
