"""The French vocabulary of the events stage, loaded once from ``lang/fr/events.yml``; the
words and limits of titles and headlines from ``lang/fr/headline.yml`` (``titling``: read at
assembly only, outside the extraction's cache key)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.word_patterns import shared_boundaries

DATA_FILE = Path(__file__).resolve().parent.parent / "lang" / "fr" / "events.yml"
#: titles and headlines (``titling``)
HEADLINE_FILE = DATA_FILE.parent / "headline.yml"
#: the language's names of days and months (named once, with the site's labels)
CALENDAR_FILE = DATA_FILE.parent / "labels.yml"


def alternation(words: list[str]) -> str:
    """Regex alternation of literal words, longest first (so "se sont" beats "se")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary and the patterns of reporting clauses made from it. A pattern is
    compiled when first read (``cached_property``): assembly reads one of them
    (``continuation``), and compiling the others took a twentieth of a second of each
    build's assembly."""

    data: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @cached_property
    def _aux(self) -> str:
        return alternation(self.data["reporting_auxiliaries"])

    @cached_property
    def _between(self) -> str:
        """The adverbs between an auxiliary and its participle: the list, and any adverb of
        manner by its ending ("a prudemment commenté")."""
        manner = rf"[a-zà-ÿœ]+(?:{alternation(self.data['reporting_manner_endings'])})"
        return rf"{alternation(self.data['reporting_adverbs'])}|{manner}"

    @cached_property
    def _verbs(self) -> str:
        return alternation(self.data["reporting_participles"] + reporting_finite(self.data))

    @cached_property
    def _trailing_verbs(self) -> str:
        """The reporting verbs of a trailing clause: those of ``_verbs`` and the participles
        that report only after what they report (``trailing_reporting_participles``)."""
        data = self.data
        return alternation(
            data["reporting_participles"]
            + data["trailing_reporting_participles"]
            + reporting_finite(data)
        )

    @cached_property
    def trailing_report(self) -> re.Pattern[str]:
        """ ", a annoncé mercredi Vladimir Poutine."  /  "», a-t-il dit dans des propos
        télévisés." / "», a-t-il précisé, ajoutant que « ... »" """
        data = self.data
        gerunds = alternation(data["reporting_gerunds"])
        relatives = alternation(data["speaker_relatives"])
        comparisons = alternation(data["reporting_comparisons"])
        return re.compile(
            rf"""(?P<sep>,\s*|[»"”]\s*,?\s*)
        (?:(?:{comparisons})\s*)?
        (?P<aux>(?:{self._aux})\s+)?
        (?:(?:{self._between}),?\s+)*
        (?P<verb>{self._trailing_verbs})\b
        (?P<rest>[^«»"“”]*?)
        (?P<more>(?:,\s*(?:en\s+)?(?:{gerunds})|,?\s+(?:{relatives}))\b.*|,\s*[«"“].*)?$""",
            re.VERBOSE,
        )

    @cached_property
    def leading_report(self) -> re.Pattern[str]:
        """ "Le président russe Vladimir Poutine a déclaré mercredi que les frappes ...", and
        the present with no auxiliary: "L'entourage du ministre assure pourtant que ...", a
        quote opening before "que": 'Le préfet affirme "qu'il n'y a pas de toxicité
        aiguë"'. (``features.reporting_clause`` checks the verb's form and that the
        subject does not end with a relative pronoun: "Le ministre, qui dit que ...")"""
        return re.compile(
            rf"""^(?P<subject>[^«»"“”]{{2,160}}?)\s+
        (?P<aux>(?:{self._aux})\s+)?
        (?:(?:{self._between}),?\s+)*
        (?P<verb>{self._verbs})\b
        (?P<mid>[^,«»"“”]{{0,40}}?)\s*
        (?P<que>(?:[«"“]\s*)?(?:que\s+|qu'|qu’))""",
            re.VERBOSE,
        )

    @cached_property
    def continuation(self) -> re.Pattern[str]:
        data = self.data
        cont_verbs = alternation(data["continuation_participles"] + data["continuation_present"])
        return re.compile(
            rf"""(?:,\s*|[»"”]\s*,?\s*)(?:(?:{self._aux})\s+)?(?:(?:{self._between}),?\s+)*(?:{cont_verbs})\b
        [^«»"“”]*$""",
            re.VERBOSE,
        )

    @cached_property
    def additive(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{alternation(self.data['additive_cues'])})\b", re.IGNORECASE)

    @cached_property
    def negation(self) -> re.Pattern[str]:
        return re.compile(
            rf"\b(?:ne|n')\s*\S+(?:\s+\S+)?\s+(?:{alternation(self.data['negation_words'])})\b",
            re.IGNORECASE,
        )

    @cached_property
    def adverbs(self) -> str:
        """Regex alternation of the adverbs of a reporting clause."""
        return alternation(self.data["reporting_adverbs"])


def reporting_finite(data: dict[str, Any]) -> list[str]:
    """The reporting verbs' forms that need no auxiliary: the present ("ajoute") and the
    imperfect ("ajoutait")."""
    return list(data["reporting_present"]) + list(data.get("reporting_imperfect") or [])


def _mapping(path: Path, what: str) -> dict[str, Any]:
    try:
        data = yamlsafe.load(path.read_text(encoding="utf-8"), path, dates=True)
    except (OSError, yaml.YAMLError) as exc:
        raise TimelineError(f"cannot load the {what}: {exc}", path) from None
    if not isinstance(data, dict):
        raise TimelineError(f"the {what} must be a mapping", path, 1)
    return data


@cache
def lexicon() -> Lexicon:
    """The compiled vocabulary (cached per process)."""
    return Lexicon(_mapping(DATA_FILE, "events vocabulary"))


@dataclass(frozen=True)
class QuoteMarks:
    """The quotation marks the sentence splitter reads (``events.yml`` ``quotes``): those
    that open, those that close, and those that do either (the straight one)."""

    opening: frozenset[str]
    closing: frozenset[str]
    toggling: frozenset[str]

    @cached_property
    def every(self) -> frozenset[str]:
        """Every quotation mark, of any kind."""
        return self.opening | self.closing | self.toggling

    @cached_property
    def all(self) -> str:
        """Every quotation mark, as one string (to strip them, or in a character class)."""
        return "".join(sorted(self.every))


@cache
def quote_marks() -> QuoteMarks:
    """The quotation marks of ``events.yml`` ``quotes``, read once."""
    marks = lexicon()["quotes"]
    return QuoteMarks(
        frozenset(marks["open"]), frozenset(marks["close"]), frozenset(marks["toggle"])
    )


@cache
def titling() -> dict[str, Any]:
    """The words and limits of titles and headlines (cached per process). Extraction never
    reads them: a change re-assembles without re-extracting (``timeline.versions``)."""
    return _mapping(HEADLINE_FILE, "headline vocabulary")


@cache
def title_words(key: str) -> frozenset[str]:
    """The words of the headline vocabulary's list ``key``, lower case (cached per process:
    headlines read them for every phrase of every clause)."""
    return frozenset(str(w).lower() for w in titling()[key])


@cache
def regex_cues(key: str) -> re.Pattern[str]:
    """One pattern of the regular expressions listed under ``key`` of the lexicon, their
    opening word boundaries shared (``shared_boundaries``: the same expression), case
    ignored; compiled once, whichever module reads it (kinds, dates)."""
    return re.compile(shared_boundaries(str(p) for p in lexicon()[key]), re.IGNORECASE)


@cache
def pattern(key: str, flags: int = 0) -> re.Pattern[str]:
    """The regular expression written under ``key`` of the lexicon, compiled once per
    process with ``flags``, whichever module reads it (kinds' credit lines, captions, poll
    shares ...)."""
    return re.compile(lexicon()[key], flags)


@cache
def families() -> dict[str, str]:
    """lemma -> the name of its family in ``lemma_families`` (synonyms for merging)."""
    out: dict[str, str] = {}
    for name, lemmas in (lexicon().get("lemma_families") or {}).items():
        for lemma in lemmas:
            out.setdefault(str(lemma).lower(), f"~{name}")
    return out


@cache
def calendar_words() -> tuple[list[str], list[str]]:
    """(weekdays, months) of the language, from ``lang/fr/labels.yml``."""
    data = yamlsafe.load_file(CALENDAR_FILE)
    return [str(w) for w in data["weekdays"]], [str(m) for m in data["months"]]


def pronominal(lemma: str, reflexive: bool, verbs: Collection[str]) -> str | None:
    """ "se VERB" (lower case) when ``lemma`` is one of ``verbs``, those whose pronominal
    form names another act (``pronominal_lemmas`` of ``events.yml``: "un incendie s'est
    déclaré" broke out, declared nothing), and a ``reflexive`` pronoun goes with it; else
    None. The one reading of a pronominal verb, however the pronoun was found: a dependent
    of the verb in ``clause.read``, the word before it in ``features.action_lemma``."""
    return f"se {lemma.lower()}" if reflexive and lemma in verbs else None
