"""The chronology stage: event drafts -> IDs (the registry) -> corrections -> Chronology.

``assemble_chronology(articles, extractions, content_dir)`` assembles the drafts
(``timeline.events.assemble``), gives each its permanent ID from ``content/ids.yml``
(appending records for new events unless ``write_ids`` is False: read-only commands never
write), applies the newsroom's ``content/corrections.yml`` (``timeline.corrections``) and
gathers the entities and articles. Deterministic: the same inputs give the same chronology
(apart from ``generated``, fixed by ``SOURCE_DATE_EPOCH`` when set).

A malformed ``corrections.yml`` stops the build (one line naming file and line, like any
content file); a correction that cannot apply (unknown ID, merge cycle, nothing left to
change) is logged as a warning and skipped: ``timeline check`` lists them all.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from timeline import corrections, ids_index
from timeline.articles import Article
from timeline.content import corrections as corrections_file
from timeline.errors import TimelineError
from timeline.events import ids
from timeline.events.article_reads import ArticleReads
from timeline.events.assemble import PartKeeper, TitleMaker, assemble
from timeline.records import (
    ArticleRef,
    Chronology,
    Entity,
    Event,
    EventDraft,
    Extraction,
    Notice,
)

log = logging.getLogger(__name__)


def generated_at() -> str:
    """Build time (UTC, ISO), or ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise TimelineError(
                f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}"
            ) from None
    else:
        moment = dt.datetime.now(tz=dt.UTC)
    return moment.replace(microsecond=0).isoformat()


def identify(
    drafts: list[EventDraft], registry_path: Path, *, write: bool = True, index: Path | None = None
) -> list[Event]:
    """The drafts as events with their IDs from the registry at ``registry_path``; new
    records are appended to it when ``write`` (else they are only known to this run).
    ``index``: the registry looked up by key there (``ids_index``: only the records the
    drafts need are read), when it can be; else the registry is read whole."""
    events: list[tuple[str | Callable[[], str], list[str]]] = [
        (partial(ids.propose_id, d.start, d.title), d.keys) for d in drafts
    ]
    found = ids_index.assign(index, registry_path, events) if index and write else None
    if found is not None:
        assignments = found
    else:
        records = ids.load(registry_path)
        before = ids.size(records)
        assignments = ids.assign(records, events)
        if write and (ids.size(records) != before or not registry_path.exists()):
            ids.save(registry_path, records)
    return [
        Event(
            id=assignment.id,
            start=draft.start,
            end=draft.end,
            precision=draft.precision,
            value=draft.value,
            title=draft.title,
            summary=draft.summary,
            dated_by=draft.dated_by,
            actors=draft.actors,
            places=draft.places,
            organizations=draft.organizations,
            sources=draft.sources,
            audit=draft.audit,
            aliases=assignment.aliases,
            kind=draft.kind,
            about=draft.about,
        )
        for draft, assignment in zip(drafts, assignments, strict=True)
    ]


def assemble_chronology(
    articles: list[Article],
    extractions: list[Extraction],
    content_dir: Path,
    *,
    write_ids: bool = True,
    make_title: TitleMaker | None = None,
    keeper: PartKeeper | None = None,
    reads: Mapping[str, ArticleReads] | None = None,
    read_now: dict[str, dict[int, tuple[str, str]]] | None = None,
    ids_index_path: Path | None = None,
) -> Chronology:
    """The chronology of ``articles`` and their extractions (see the module docstring);
    ``make_title``: how assembly titles an event (``assemble``'s, by default); ``keeper``:
    the articles' parts of assembly kept from the last build (``timeline.part_memo``);
    ``reads``: what was read of each article alone at its extraction (``article_reads``);
    ``read_now``: receives what assembly read of them on the spot (``assemble``'s);
    ``ids_index_path``: where the ID registry is looked up by key (``identify``)."""
    content_dir = Path(content_dir)
    if make_title is None:
        assembly = assemble(
            articles, extractions, content_dir, keeper=keeper, reads=reads, read_now=read_now
        )
    else:
        assembly = assemble(
            articles,
            extractions,
            content_dir,
            make_title=make_title,
            keeper=keeper,
            reads=reads,
            read_now=read_now,
        )
    identified = identify(
        assembly.drafts, content_dir / ids.FILE_NAME, write=write_ids, index=ids_index_path
    )
    path = content_dir / corrections_file.FILE_NAME
    applied = corrections.apply(identified, corrections_file.load(path), _shown_path(path))
    for problem in applied.problems:
        log.warning("%s", problem)
    notices = [Notice(p.line or 1, p.message) for p in applied.problems]
    events = applied.events
    merged = {e.id: e.merged_into for e in events if e.merged_into}
    by_slug = {x.article: x for x in extractions}
    dating: dict[str, dict[int, str]] = {}  # article -> expression index -> event ID
    for (slug, timex), draft in assembly.dated.items():
        event_id = identified[draft].id
        dating.setdefault(slug, {})[timex] = merged.get(event_id, event_id)
    refs = [_article_ref(a, by_slug[a.slug], dating.get(a.slug, {}), content_dir) for a in articles]
    return Chronology(
        generated=generated_at(),
        events=events,
        entities=_with_events(assembly.entities, [e for e in events if not e.status]),
        articles=refs,
        context=sorted(
            [*assembly.context, *applied.context], key=lambda c: (c.start, c.end, c.text)
        ),
        notices=notices,
    )


def _shown_path(path: Path) -> str:
    """The file as messages name it: relative to the project when possible."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def _with_events(entities: list[Entity], events: list[Event]) -> list[Entity]:
    """The entities, each with the IDs of the events it takes part in."""
    by_entity: dict[str, list[str]] = {}
    for event in events:
        for entity_id in dict.fromkeys(event.actors + event.places + event.organizations):
            by_entity.setdefault(entity_id, []).append(event.id)
    for entity in entities:
        entity.events = by_entity.get(entity.id, [])
    return entities


def _article_ref(
    article: Article, extraction: Extraction, dating: dict[int, str], content_dir: Path
) -> ArticleRef:
    timexes: list[dict[str, Any]] = [
        {**t.to_dict(), "event": dating.get(i)} for i, t in enumerate(extraction.timexes)
    ]
    try:
        path = article.path.relative_to(content_dir.parent).as_posix()
    except ValueError:
        path = article.path.as_posix()
    return ArticleRef(
        slug=article.slug,
        title=article.title,
        date=article.date.isoformat(),
        source=article.source,
        url=article.url,
        path=path,
        body_start=article.body_start,
        timexes=timexes,
    )
