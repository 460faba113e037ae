"""The newsroom's corrections, applied to the chronology after the IDs, at every build.

``apply(events, entries)`` gives the events as readers see them and the problems of
corrections that cannot apply (an unknown event, a merge cycle, a correction that no longer
changes anything). The automatic analysis never sees them: a rebuild, a deleted cache, a
rule that changes the automatic date or title, or new articles that add sources to the
event all leave a correction where it is, because it is keyed by the permanent ID.

* ``date`` (or ``start``/``end``): the event's days; its precision becomes "day".
* ``title``: the event's title.
* ``context: true``: the event leaves the chronology for its context block (its page
  stays and says so).
* ``hide: true``: the event is withdrawn; its page stays and says why.
* ``merge_into: ID``: the event's sources, actors and older IDs go to the other event; its
  permalink redirects there.

Each corrected event carries ``Correction`` records (what, before, after, note, when) that
the presentation turns into French, and that ``events.json`` carries.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.content.corrections import CorrectionEntry
from timeline.errors import TimelineError
from timeline.records import ContextItem, Correction, Event


@dataclass
class Applied:
    """The corrected events (chronological), the context items made of events moved out
    of the chronology, and why some corrections did not apply."""

    events: list[Event]
    context: list[ContextItem] = field(default_factory=list)
    problems: list[TimelineError] = field(default_factory=list)


def _closest(ident: str, known: list[str]) -> str:
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.5)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _record(entry: CorrectionEntry, before: str, after: str) -> Correction:
    return Correction(
        field=entry.action, before=before, after=after, note=entry.note, when=entry.when or "",
        line=entry.line,
    )  # fmt: skip


def _span(event: Event) -> str:
    return event.start if event.start == event.end else f"{event.start}/{event.end}"


def apply(events: list[Event], entries: list[CorrectionEntry], path: Path | str) -> Applied:
    """``events`` (IDs assigned) with ``entries`` applied; see the module docstring."""
    by_id = {e.id: e for e in events}
    alias_of = {old: e.id for e in events for old in e.aliases}
    known = sorted(by_id) + sorted(alias_of)
    out = {e.id: replace(e, sources=list(e.sources), corrections=[]) for e in events}
    problems: list[TimelineError] = []

    def resolve(ident: str, entry: CorrectionEntry, what: str) -> str | None:
        current = alias_of.get(ident, ident)
        if current not in by_id:
            problems.append(
                TimelineError(f"unknown {what} ID '{ident}'{_closest(ident, known)}", path,
                              entry.line)
            )  # fmt: skip
            return None
        return current

    def unchanged(entry: CorrectionEntry, what: str) -> None:
        problems.append(
            TimelineError(
                f"this correction no longer changes anything: the {what} of {entry.event} "
                "is already what it says (remove the entry)",
                path,
                entry.line,
            )
        )

    resolved: list[tuple[CorrectionEntry, str]] = []
    for entry in entries:
        current = resolve(entry.event, entry, "event")
        if current is not None:
            resolved.append((entry, current))

    # merges first: a chain (a -> b -> c) lands in c; a cycle applies nowhere
    merge_to: dict[str, tuple[str, CorrectionEntry]] = {}
    for entry, current in resolved:
        if entry.action == "merge_into" and entry.target is not None:
            target = resolve(entry.target, entry, "target event")
            if target is not None:
                merge_to[current] = (target, entry)
    final: dict[str, str] = {}
    for start in merge_to:
        seen = [start]
        node = merge_to[start][0]
        while node in merge_to and node not in seen:
            seen.append(node)
            node = merge_to[node][0]
        if node in seen or node == start:
            entry = merge_to[start][1]
            cycle = " -> ".join([*seen, node])
            problems.append(TimelineError(f"merge cycle: {cycle}", path, entry.line))
            continue
        final[start] = node
    for source_id, target_id in final.items():
        entry = merge_to[source_id][1]
        merged, into = out[source_id], out[target_id]
        merged.status, merged.merged_into = "merged", target_id
        merged.corrections.append(_record(entry, "", target_id))
        known_sentences = {(s.article, s.start, s.sentence) for s in into.sources}
        into.sources.extend(
            s for s in merged.sources if (s.article, s.start, s.sentence) not in known_sentences
        )
        for name in ("actors", "places", "organizations"):
            values = getattr(into, name)
            setattr(into, name, values + [v for v in getattr(merged, name) if v not in values])
        into.aliases = [*into.aliases, source_id, *merged.aliases]
        into.corrections.append(
            Correction(field="merged", before=source_id, after=target_id, note=entry.note,
                       when=entry.when or "", line=entry.line)
        )  # fmt: skip

    for entry, current in resolved:
        event = out[current]
        if entry.action == "date" and entry.start and entry.end:
            after = entry.start if entry.start == entry.end else f"{entry.start}/{entry.end}"
            if (event.start, event.end) == (entry.start, entry.end) and event.precision == "day":
                unchanged(entry, "date")
                continue
            event.corrections.append(_record(entry, _span(event), after))
            event.start, event.end = entry.start, entry.end
            event.precision, event.value = "day", entry.start
        elif entry.action == "title" and entry.title:
            if event.title == entry.title:
                unchanged(entry, "title")
                continue
            event.corrections.append(_record(entry, event.title, entry.title))
            event.title = entry.title
        elif entry.action in ("hide", "context"):
            if event.status:
                continue  # merged away: the merge wins (check reports the conflict)
            event.status = "hidden" if entry.action == "hide" else "context"
            event.corrections.append(_record(entry, "", entry.action))

    ordered = sorted(out.values(), key=lambda e: (e.start, e.end))  # stable: ID order kept
    context = [
        ContextItem(
            text=e.title,
            start=e.start,
            end=e.end,
            precision=e.precision,
            value=e.value,
            sources=e.sources,
            entities=list(dict.fromkeys(e.actors + e.places + e.organizations)),
            event=e.id,
        )
        for e in ordered
        if e.status == "context"
    ]
    return Applied(events=ordered, context=context, problems=problems)
