"""The titles of the last build, kept (``.timeline/titles.sqlite``): an event's title is
made again only when what makes it changed.

``titles.make_title`` is a function of its arguments, the assembly's code and its data: the
main sentence of the event (an extraction record), its article's time expressions, the
speaker's name, the article's title and headings, and what a pronoun opening the sentence
stands for (``titles.Antecedents``: names of the entity registry, which the other articles
shape). The memo keys a title by the versions of extraction and assembly
(``versions.chronology_version``), the article's cache key (``pipeline.article_key``: with
the extraction's version, what its extraction record is), the sentence's index in it, and
the speaker, headlines and antecedents themselves. A sentence or time expressions that are
not the article's own: time expressions that are not its extraction's are never looked
up (their title is made); a sentence that is assembly's copy of its extraction's record
with another role, parent or kind (a follow-up that became an event of its own) is keyed by
the fields that differ too, each as it is stored (``records.encode``), every other one being
its extraction's object.

One more article re-assembles every other (merging, names and ids move), but the titles of
the events whose main sentence, speaker and antecedents stay the same are found here: about
a fifth of the assembly of 1,000 articles. The build uses it with its default extractor and
assembler (as the chronology memo); a read-only build changes nothing in it. Storing a
build's titles deletes the rows it did not use (other versions, events gone), so the file
holds one build's titles. Any database error disables it for the run (logged); deleting the
file changes nothing but time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.cache import (
    CacheUnusable,
    StoreSchema,
    Transaction,
    open_memo,
    set_aside_if_damaged,
)
from timeline.events import titles
from timeline.records import Extraction, Sentence, encode
from timeline.temporal.model import Timex

log = logging.getLogger(__name__)

FILE_NAME = "titles.sqlite"
SCHEMA = StoreSchema(
    "timeline-title-memo",
    "1",
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS titles (key TEXT PRIMARY KEY, title TEXT NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO meta VALUES
    ('schema', 'timeline-title-memo'), ('schema_version', '1');
""",
    {"titles": ["key", "title"]},
)


class TitleMemo:
    """``titles.make_title`` for the assembly of one build (``assemble``'s ``make_title``),
    looked up in the titles of the last build first.

    ``version``: of the extraction and assembly; ``articles``: by article slug, its cache
    key and the extraction record assembly is given (the same objects)."""

    def __init__(
        self,
        path: Path,
        version: str,
        articles: Mapping[str, tuple[str, Extraction]],
        *,
        read_only: bool = False,
        timeout: float = 30.0,
    ) -> None:
        self.path, self.version, self.articles = Path(path), version, articles
        self.read_only = read_only
        self.kept: dict[str, str] = {}  # key -> title, the last build's
        self.made: dict[str, str] = {}  # made by this build
        self.used: set[str] = set()
        self.hits = 0
        self.unkeyed = 0  # titles of sentences that are not their extraction's records
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = open_memo(self.path, SCHEMA, read_only=read_only, timeout=timeout)
            if self._conn is not None:
                self.kept = dict(self._conn.execute("SELECT key, title FROM titles").fetchall())
        except (OSError, sqlite3.Error, CacheUnusable) as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        if not self.read_only and set_aside_if_damaged(self.path, exc, self._conn):
            self._conn = None
            return
        log.info("title memo %s not used for the rest of this run: %s", self.path, exc)
        self.close()

    def __call__(
        self,
        slug: str,
        index: int,
        sentence: Sentence,
        timexes: list[Timex],
        speaker: str | None,
        headlines: list[str],
        antecedents: titles.Antecedents,
        read: tuple[str, str] | None = None,
    ) -> str:
        """The title of the event whose main sentence is sentence ``index`` of the article
        ``slug`` (``titles.make_title``'s other arguments as they are; ``read``, a function
        of the sentence, is in no key)."""
        found = self.articles.get(slug)
        if (
            found is None
            or not 0 <= index < len(found[1].sentences)
            or timexes is not found[1].timexes
        ):
            self.unkeyed += 1
            return titles.make_title(sentence, timexes, speaker, headlines, antecedents, read)
        try:
            changed = _changed(sentence, found[1].sentences[index])
            key = self.key(found[0], index, changed, speaker, headlines, antecedents)
        except (TypeError, ValueError):  # an input that has no stored form: not kept
            self.unkeyed += 1
            return titles.make_title(sentence, timexes, speaker, headlines, antecedents, read)
        self.used.add(key)
        title = self.kept.get(key)
        if title is not None:
            self.hits += 1
            return title
        title = self.made.get(key)
        if title is None:
            title = self.made[key] = titles.make_title(
                sentence, timexes, speaker, headlines, antecedents, read
            )
        return title

    def key(
        self,
        article_key: str,
        index: int,
        changed: dict[str, Any],
        speaker: str | None,
        headlines: list[str],
        antecedents: titles.Antecedents,
    ) -> str:
        text = json.dumps(
            [
                self.version,
                article_key,
                index,
                changed,
                speaker,
                headlines,
                encode(antecedents),
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def store(self) -> None:
        """This build's titles kept for the next, in one transaction: those it made added,
        those it did not use deleted."""
        if self._conn is None or self.read_only:
            return
        unused = [(key,) for key in self.kept if key not in self.used]
        if not (unused or self.made):
            return
        try:
            with Transaction(self._conn) as conn:
                conn.executemany("DELETE FROM titles WHERE key = ?", unused)
                conn.executemany("INSERT OR REPLACE INTO titles VALUES (?, ?)", self.made.items())
        except sqlite3.Error as exc:
            self._disable(exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _changed(sentence: Sentence, extracted: Sentence) -> dict[str, Any]:
    """The fields of ``sentence`` that are not those of its extraction's record
    ``extracted`` (assembly's copy of it with another role, parent or kind:
    ``dataclasses.replace`` keeps every other field's object), each with its stored form
    (``records.encode``); {} when ``sentence`` is that record."""
    if sentence is extracted:
        return {}
    return {
        f.name: encode(getattr(sentence, f.name))
        for f in dataclasses.fields(sentence)
        if getattr(sentence, f.name) is not getattr(extracted, f.name)
    }
