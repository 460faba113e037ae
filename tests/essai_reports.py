"""One invented report for the merging tests (``merge.Report`` as assembly builds it),
shared by ``test_events_merge.py`` and ``test_events_false_merges.py``: its words are the
given string split on spaces, and a word written ``@name`` is also an entity."""

from __future__ import annotations

from timeline.events import merge


def report(
    words: str,
    *,
    span: tuple[str, str, bool],
    key: tuple[int, int] = (0, 0),
    numbers: tuple[int, ...] = (),
    action: str | None = None,
    kind: str = "happening",
    persons: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    named: tuple[str, ...] = (),
    quoted: str = "",
    scene: tuple[str, ...] = (),
    sentence: str = "",
    explicit: bool = True,
    tense: str | None = None,
    content_tense: str | None = None,
    verb: str | None = None,
    speaker: str | None = None,
) -> merge.Report:
    """``named``: entities besides the ``@`` words (a place the report's clause names)."""
    split = words.split()
    return merge.Report(
        key=key,
        span=span,
        words=split,
        entities={w[1:] for w in split if w.startswith("@")} | set(named),
        numbers=set(numbers),
        speaker=speaker,
        explicit=explicit,
        action=action,
        statement=kind == "statement",
        kind=kind,
        persons=frozenset(persons),
        places=frozenset(places),
        sentence=sentence,
        tense=tense,
        content_tense=content_tense,
        verb=verb,
        quoted=quoted,
        scene=frozenset(scene),
    )
