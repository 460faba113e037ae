"""French temporal expressions: find them (tagger) and anchor them (resolver).

    >>> import datetime as dt
    >>> [t.value for t in tag("L'armée a lancé mercredi une offensive.", dt.date(2015, 10, 7))]
    ['2015-10-07']

``tag`` is a pure function of (text, publication date, settings); the only state kept is
the compiled rules and a cache of dateparser's answers. Our rules (``lang/fr``) find the
expressions and count relative ones from the publication date; calendar dates they find
("le 1er octobre", "07/10/2015", "octobre 2015") are read by dateparser (``absolute.py``).
``RULES_VERSION`` changes whenever the language data or the temporal code version changes
(caches key on it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from timeline.errors import TimelineError
from timeline.temporal.model import Timex
from timeline.temporal.resources import code_hash, data_hash
from timeline.temporal.textnorm import normalize

__all__ = ["RULES_VERSION", "TaggerSettings", "Timex", "tag", "rules_version"]

DOCUMENT_TYPES = ("news", "narrative")


@dataclass(frozen=True)
class TaggerSettings:
    """Options of the tagger.

    document_type: "news" anchors relative expressions on the publication date; "narrative"
    on the last date mentioned before them (HeidelTime's two strategies).
    resolve: False leaves the tagger's partly specified values ("UNDEF-weekday-3") as they are.
    lang: the language data folder under ``timeline/lang/``.
    """

    document_type: str = "news"
    resolve: bool = True
    lang: str = "fr"

    def __post_init__(self) -> None:
        if self.document_type not in DOCUMENT_TYPES:
            raise TimelineError(
                f"unknown document type '{self.document_type}' "
                f"(expected one of: {', '.join(DOCUMENT_TYPES)})"
            )


DEFAULT_SETTINGS = TaggerSettings()


@lru_cache(maxsize=4)
def rules_version(lang: str = "fr") -> str:
    """Hash of the language data files plus a hash of the temporal code."""
    return f"{lang}-{data_hash(lang)}-{code_hash()}"


RULES_VERSION = rules_version()


@lru_cache(maxsize=4)
def _engine(lang: str):  # type: ignore[no-untyped-def]
    from timeline.temporal.compose import Joiner
    from timeline.temporal.tagger import compiled_rules
    from timeline.temporal.tense import TenseCues

    rules = compiled_rules(lang)
    return rules, TenseCues(rules.data.cues), Joiner(rules.data.patterns)


def tag(text: str, dct: dt.date, settings: TaggerSettings | None = None) -> list[Timex]:
    """Temporal expressions of ``text`` resolved against ``dct``, sorted, non-overlapping.

    Offsets are Python character offsets into ``text`` as given; ``text[t.start:t.end] ==
    t.text`` for every result.
    """
    from timeline.temporal.resolver import resolve
    from timeline.temporal.tagger import Candidate

    settings = settings or DEFAULT_SETTINGS
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    rules, cues, joiner = _engine(settings.lang)
    normalized = normalize(text)
    candidates: list[Candidate] = rules.find(normalized)
    if not settings.resolve:
        return [
            Timex(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=c.rule.type,
                value=c.value,
                mod=c.mod,
                rule=c.rule.name,
                precision=c.rule.precision or "fuzzy",
                extra={"date_text": c.date_text} if c.date_text else {},
            )
            for c in candidates
        ]
    timexes = resolve(
        candidates,
        normalized,
        text,
        dct,
        cues,
        rules.tables,
        narrative=settings.document_type == "narrative",
        messages=rules.data.messages,
    )
    joined: list[Timex] = joiner.join(timexes, text)
    return joined
