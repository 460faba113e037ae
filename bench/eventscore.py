"""Scoring a published chronology against an event gold (issue 9's figures).

Used by ``bench/events.py`` (seed, real-news development and held-out sets, dossiers) and
importable on its own::

    import sys; sys.path.insert(0, "bench")
    from eventscore import load_gold, published, score
    figures = score(load_gold(path), published(chronology), outlets)

The gold format is described at the top of ``tests/data/realnews/dev-events.yml`` (and the
seed's ``tests/data/seed/seed-events.yml``, whose evidence strings name no article). The
published chronology is reduced to ``Published`` records (id, title, start, end, the
sentences it cites), so the scorer can be tested on small synthetic chronologies.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CHECKS_FILE = Path(__file__).resolve().parent / "headline_checks.yml"
KINDS = ("happening", "statement", "announcement")
#: The sets of real news in ``tests/data/realnews`` (each ``NAME/`` and ``NAME-events.yml``),
#: in the order the benchmarks print them, with what each is; a new set is added here only.
REALNEWS_SETS = {
    "dev": "development set",
    "dev2": "second development set",
    "dev3": "third development set (dossiers)",
    "dev4": "fourth development set (dossiers, genres)",
    "dev5": "fifth development set (dossiers)",
    "dev6": "sixth development set (dossiers, genres)",
    "dev7": "seventh development set (dossiers abroad)",
    "dev8": "eighth development set (a trial, a takeover, genres)",
    "dev9": "ninth development set (a storm's tolls, a government's fall, genres)",
    "dev10": "tenth development set (a hostage-taking, a referendum, 2003-2005)",
    "dev11": "eleventh development set (a collapse, an election's coalition, 1998-2001)",
    "dev12": "twelfth development set (a wildfire's evacuation, recalls of ambassadors, 1996-2021)",
    "dev13": "thirteenth development set (a cave rescue, a reshuffle, chronicles, 1995-2018)",
    "dev14": "fourteenth development set (a shipwreck, markets, a launch, a recall, 2012-2025)",
    "dev15": "fifteenth development set (attacks, rate decisions, an eruption, 2011-2025)",
    "dev16": "sixteenth development set (a resignation, eclipses, a birth, 2013-2022)",
    "dev17": "seventeenth development set (a team's World Cup scandal, an art theft, 2010)",
    "dev18": "eighteenth development set (a product recall, a transport breakdown, 2009-2018)",
    "dev19": "nineteenth development set (a hostage's release, a blackout, 2020-2025)",
    "dev20": "twentieth development set (a cyberattack, a summit's agreement, 2015-2017)",
    "dev21": "twenty-first development set (a nuclear accident, a bridge's collapse, 2011-2023)",
    "dev22": "twenty-second development set (a doping affair, a heatwave's record, 2012-2026)",
    "dev23": "twenty-third development set (an ocean race, a meteor's fall, 2012-2021)",
    "dev24": "twenty-fourth development set (a stranded whale, a robbery, a zoo birth, 2016-2022)",
    "dev25": "twenty-fifth development set (a gas explosion, a marathon record, 2007-2019)",
    "dev26": "twenty-sixth development set (a cable car's fall, an airliner vanished, 2013-2023)",
    "dev27": "twenty-seventh development set (a crowd crush, a king's abdication, 2014-2022)",
    "dev28": "twenty-eighth development set (an assassination, a pardon, a summit, 2013-2022)",
    "dev29": "twenty-ninth development set (a rescue ship refused port, a free fall, 2012-2022)",
    "dev30": "thirtieth development set (an emissions scandal, a shuttle lost, 2003-2016)",
    "dev31": "thirty-first development set (a law withdrawn, an execution, 2006-2011)",
    "dev32": "thirty-second development set (an election's count, a ruler's letter, 2008-2020)",
    "dev33": "thirty-third development set (the late round's unseen check, 2005-2023)",
    "fresh": "fresh set (evdate's generality check, gold written before any run)",
    "heldout": "held-out set (final figures only)",
    "heldout2": "second held-out set (blind: figures only)",
    "heldout3": "third held-out set (blind: figures only)",
    "heldout4": "fourth held-out set (blind: figures only)",
}
#: Of those, the blind ones: figures only, never their articles, gold or per-event results.
BLIND_SETS = frozenset({"heldout2", "heldout3", "heldout4"})
#: The round's unseen check, read as the blind sets are by the headline checks
#: (``bench/headline_verbs.py``, ``bench/restorations.py``): figures only
UNSEEN_SETS = frozenset({"dev33"})


def shows_details(name: str, *, unseen_details: bool = False) -> bool:
    """Whether ``bench/events.py`` prints a set's per-event results and headlines: never for a
    blind set; for the round's unseen check only when asked (``--unseen-details``: the helper
    who wrote its gold, the coordinator at the end), so that printing its figures cannot show
    more of it by accident."""
    if name in BLIND_SETS:
        return False
    return unseen_details or name not in UNSEEN_SETS


def dossier_label(dossier: str, position: int, *, shown: bool) -> str:
    """How ``bench/events.py`` names a set's dossier: by its name where the set's details are
    shown, by its position only ("dossier-1") where they are not, since a blind or unseen
    dossier's name (its story's place or people) says what the set is about."""
    return dossier if shown else f"dossier-{position}"


REALNEWS = Path(__file__).resolve().parent.parent / "tests/data/realnews"


def build_folder(folder: Path) -> Path:
    """``folder``, created, for a set to be assembled in; never inside ``tests/data``: an
    assembly writes its ID registry (``ids.yml``) into the folder it builds in, and sets
    assembled in their own data folders once left 31 registries there (7 December 2026)."""
    if folder.resolve().is_relative_to(REALNEWS.parent.resolve()):
        raise ValueError(f"{folder}: assemble a set in a folder of its own, never in tests/data")
    folder.mkdir(parents=True)
    return folder


def extracted_set(name: str, tmp: Path) -> tuple[Path, list[Any], list[Any]]:
    """Set ``name``'s articles copied to ``tmp/name``, loaded and extracted as
    ``bench/events.py`` builds a set: the folder, the articles and their extractions (for
    a check that assembles them its own way)."""
    import shutil

    from timeline.articles import load_articles
    from timeline.events.extract import extract_articles

    folder = build_folder(tmp / name)
    for path in sorted((REALNEWS / name).glob("*.md")):
        shutil.copy(path, folder)
    articles = load_articles(folder)
    return folder, articles, extract_articles(articles)


def norm(text: str) -> str:
    """No-break spaces as spaces, one space between words."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


# --- the gold -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """A substring of one sentence; ``article`` is the content file stem (None: any)."""

    text: str
    article: str | None = None

    def cited_by(self, report: Report) -> bool:
        if self.article is not None and report.article != self.article:
            return False
        return norm(self.text) in norm(report.sentence)


@dataclass(frozen=True)
class Accepted:
    """The accepted start days of an event: a list, or any day before ``before``."""

    days: tuple[str, ...] = ()
    before: str | None = None

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, str):
            return False
        if self.before is not None:
            return day < self.before
        return day in self.days

    def __str__(self) -> str:
        return f"before {self.before}" if self.before else " | ".join(self.days)


@dataclass(frozen=True)
class GoldEvent:
    key: str
    summary: str
    kind: str
    start: Accepted
    evidence: tuple[Evidence, ...]
    end: str | None = None


@dataclass(frozen=True)
class GoldItem:
    """A context item: background that must not be published as a dated event."""

    key: str
    summary: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Gold:
    name: str
    events: tuple[GoldEvent, ...]
    context: tuple[GoldItem, ...] = ()
    not_events: tuple[Evidence, ...] = ()
    merges: tuple[tuple[Evidence, ...], ...] = ()
    articles: Mapping[str, str] = field(default_factory=dict)  # key -> file stem
    dossiers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # name -> stems
    max_chars: int = 90
    median_chars: int = 70

    def restricted(self, stems: Iterable[str]) -> Gold:
        """The gold of the events, context and not-events reported in ``stems`` only."""
        keep = set(stems)

        def inside(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
            return tuple(e for e in evidence if e.article in keep)

        events = tuple(
            GoldEvent(g.key, g.summary, g.kind, g.start, inside(g.evidence), g.end)
            for g in self.events
            if inside(g.evidence)
        )
        context = tuple(
            GoldItem(c.key, c.summary, inside(c.evidence))
            for c in self.context
            if inside(c.evidence)
        )
        return Gold(
            name=self.name,
            events=events,
            context=context,
            not_events=inside(self.not_events),
            merges=tuple(m for m in (inside(m) for m in self.merges) if len(m) > 1),
            articles={k: v for k, v in self.articles.items() if v in keep},
            dossiers={},
            max_chars=self.max_chars,
            median_chars=self.median_chars,
        )


class GoldError(ValueError):
    """A gold file that does not have the expected shape (names the file and the item)."""


def _evidence(raw: Any, articles: Mapping[str, str], where: str) -> Evidence:
    if isinstance(raw, str):
        return Evidence(raw)
    if isinstance(raw, dict) and set(raw) == {"in", "text"}:
        if raw["in"] not in articles:
            raise GoldError(f"{where}: unknown article key {raw['in']!r}")
        return Evidence(str(raw["text"]), articles[raw["in"]])
    raise GoldError(f"{where}: evidence must be a string or {{in, text}}, not {raw!r}")


def _evidences(raw: Any, articles: Mapping[str, str], where: str) -> tuple[Evidence, ...]:
    items = raw if isinstance(raw, list) else [raw]
    return tuple(_evidence(item, articles, where) for item in items)


def _accepted(raw: Any, where: str) -> Accepted:
    if isinstance(raw, dict) and set(raw) == {"before"}:
        return Accepted(before=_iso(raw["before"], where))
    if isinstance(raw, list) and raw:
        return Accepted(days=tuple(_iso(day, where) for day in raw))
    raise GoldError(f"{where}: start must be a list of days or {{before: day}}")


def _iso(value: Any, where: str) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise GoldError(f"{where}: {value!r} is not an ISO day") from None


def parse_gold(data: Mapping[str, Any], name: str = "gold") -> Gold:
    """The gold of a loaded YAML mapping (seed or real-news format)."""
    articles = {str(k): str(v) for k, v in (data.get("articles") or {}).items()}
    events = []
    for raw in data.get("events") or []:
        where = f"{name}: event {raw.get('key')!r}"
        kind = raw.get("kind", "happening")
        if kind not in KINDS:
            raise GoldError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        end = raw.get("end")
        events.append(
            GoldEvent(
                key=str(raw["key"]),
                summary=str(raw.get("summary", "")),
                kind=kind,
                start=_accepted(raw.get("start"), where),
                evidence=_evidences(raw["evidence"], articles, where),
                end=_iso(end, where) if end is not None else None,
            )
        )
    keys = [g.key for g in events]
    if len(set(keys)) != len(keys):
        raise GoldError(f"{name}: duplicate event keys")
    context = tuple(
        GoldItem(
            str(raw["key"]),
            str(raw.get("summary", "")),
            _evidences(raw["evidence"], articles, f"{name}: context {raw.get('key')!r}"),
        )
        for raw in data.get("context") or []
    )
    not_events = tuple(
        _evidence(raw, articles, f"{name}: not_events") for raw in data.get("not_events") or []
    )
    if "merges" in data:
        merges = tuple(
            tuple(_evidence(raw, articles, f"{name}: merges") for raw in group)
            for group in data["merges"]
        )
    else:  # derived: every event reported more than once
        merges = tuple(g.evidence for g in events if len(g.evidence) > 1)
    dossiers = {
        str(dossier): tuple(articles[key] for key in keys_)
        for dossier, keys_ in (data.get("dossiers") or {}).items()
    }
    limits = data.get("headlines") or {}
    return Gold(
        name=name,
        events=tuple(events),
        context=context,
        not_events=not_events,
        merges=merges,
        articles=articles,
        dossiers=dossiers,
        max_chars=int(limits.get("max_chars", 90)),
        median_chars=int(limits.get("median_chars", 70)),
    )


def load_gold(path: Path) -> Gold:
    return parse_gold(yaml.safe_load(Path(path).read_text(encoding="utf-8")), Path(path).name)


# --- the published chronology ----------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """A sentence an event cites, in the article (file stem) it comes from."""

    article: str
    sentence: str


@dataclass(frozen=True)
class Published:
    id: str
    title: str
    start: str
    end: str
    reports: tuple[Report, ...]

    def cites(self, evidence: Evidence) -> bool:
        return any(evidence.cited_by(r) for r in self.reports)


def published(chronology: Any) -> list[Published]:
    """The events of a ``timeline`` Chronology (or of its ``to_dict``) as ``Published``."""
    events = chronology["events"] if isinstance(chronology, dict) else chronology.events
    out = []
    for event in events:
        data = event if isinstance(event, dict) else event.to_dict()
        reports = tuple(Report(s["article"], s["sentence"]) for s in data["sources"])
        out.append(Published(data["id"], data["title"], data["start"], data["end"], reports))
    return out


def context_sentences(chronology: Any) -> list[Report]:
    """The sentences of the chronology's top-level context (empty if it has none)."""
    items = chronology.get("context") if isinstance(chronology, dict) else None
    if items is None and not isinstance(chronology, dict):
        items = getattr(chronology, "context", None)
    reports = []
    for item in items or []:
        data = item if isinstance(item, dict) else item.to_dict()
        for source in data.get("sources", [data]):
            if "article" in source and "sentence" in source:
                reports.append(Report(source["article"], source["sentence"]))
    return reports


# --- headline checks -------------------------------------------------------------------------


@cache
def parsed_impersonal(text: str) -> bool:
    """Is the "il" opening ``text`` impersonal as the pipeline's parse reads it
    (``timeline.events.impersonal``: "Il était 17h, raconte un témoin", "Il s'est écoulé
    trois heures")? The model is loaded on first use."""
    from timeline.events.impersonal import opening_il
    from timeline.events.nlp import get_nlp, lemma

    return bool(opening_il(list(get_nlp()(text)), lemma))


#: the word classes (Universal Dependencies) of the check of cuts: a word that ends a noun
#: phrase, one that opens one, and one that links two (``juxtaposed_in``)
_PHRASE_ENDS = frozenset({"NOUN", "PROPN"})
_PHRASE_OPENINGS = frozenset({"DET", "PROPN"})
_LINKS = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ"})
_HEADLINE_WORD = re.compile(r"\w+['’]|[\w-]+|[^\w\s]")


@cache
def _parsed_sentence(sentence: str) -> Any:
    """The pipeline's parse of a cited sentence (the model is loaded on first use)."""
    from timeline.events.nlp import get_nlp

    return [t for t in get_nlp()(norm(sentence)) if not t.is_space]


def juxtaposed_in(title: str, sentences: Sequence[str]) -> list[str]:
    """The places where a cut left two noun phrases side by side ("a demandé à Nicolas
    Anelka le staff", "avait demandé sa tête sa démission", "est mort à Fons une femme à
    ..."): two words next to each other in ``title`` that stand apart in the cited sentence
    it is made from (the first of ``sentences`` whose words it mostly holds, in their order),
    the first ending a noun phrase (a noun, a name), the second opening one (a determiner, a
    name), and the words cut between them holding what linked the two (a preposition, a
    verb, a conjunction: not a date cut between a complement and the object, "placé sur
    orbite avec succès [mardi] le satellite"; not a comma alone, "le maire[,] Paul Roy"),
    as the parse of the sentence reads them (not the headline's: its builder trusted it)."""
    words = _HEADLINE_WORD.findall(norm(title))
    for sentence in sentences:
        tokens = _parsed_sentence(sentence)
        at, aligned = 0, []
        for word in words:
            key = word.casefold().replace("’", "'")
            k = next(
                (
                    n
                    for n in range(at, len(tokens))
                    if tokens[n].text.casefold().replace("’", "'") == key
                ),
                None,
            )
            aligned.append(k)
            at = at if k is None else k + 1
        if 2 * sum(k is not None for k in aligned) < len(words):
            continue  # not the sentence it is made from
        found = []
        for a, b in zip(aligned, aligned[1:], strict=False):
            if a is None or b is None or b == a + 1:
                continue
            left, right, cut = tokens[a], tokens[b], tokens[a + 1 : b]
            if (
                left.pos_ in _PHRASE_ENDS
                and right.pos_ in _PHRASE_OPENINGS
                and any(t.pos_ in _LINKS for t in cut)
            ):
                found.append(f"{left.text} {right.text}")
        return found
    return []


def _words(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in data.get(key) or ())


@dataclass(frozen=True)
class HeadlineChecks:
    connectives: tuple[str, ...]
    dangling: tuple[str, ...]
    hole_words: tuple[str, ...]
    dangling_pronouns: tuple[str, ...] = ()
    pronoun_followers: tuple[str, ...] = ()
    subject_pronouns: tuple[str, ...] = ()
    impersonal_after: tuple[str, ...] = ()
    impersonal_clitics: tuple[str, ...] = ()
    impersonal_after_clitic: tuple[str, ...] = ()
    impersonal_copulas: tuple[str, ...] = ()
    impersonal_adjectives: tuple[str, ...] = ()
    impersonal_quantities: tuple[str, ...] = ()
    not_quantities: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()
    deictic_words: tuple[str, ...] = ()
    pronoun_rank_words: tuple[str, ...] = ()
    weather_verbs: tuple[str, ...] = ()
    weather_makers: tuple[str, ...] = ()
    weather_words: tuple[str, ...] = ()
    weather_degrees: tuple[str, ...] = ()
    clock_units: tuple[str, ...] = ()
    clock_length_leads: tuple[str, ...] = ()
    length_units: tuple[str, ...] = ()
    deictic_adjectives: tuple[str, ...] = ()
    period_nouns: tuple[str, ...] = ()
    reciprocal_firsts: tuple[str, ...] = ()
    reciprocal_seconds: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path = CHECKS_FILE) -> HeadlineChecks:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(
            tuple(str(w) for w in data["connectives"]),
            tuple(str(w) for w in data["dangling"]),
            tuple(str(w) for w in data["hole_words"]),
            *(
                _words(data, key)
                for key in (
                    "dangling_pronouns",
                    "pronoun_followers",
                    "subject_pronouns",
                    "impersonal_after",
                    "impersonal_clitics",
                    "impersonal_after_clitic",
                    "impersonal_copulas",
                    "impersonal_adjectives",
                    "impersonal_quantities",
                    "not_quantities",
                    "demonstratives",
                    "deictic_words",
                    "pronoun_rank_words",
                    "weather_verbs",
                    "weather_makers",
                    "weather_words",
                    "weather_degrees",
                    "clock_units",
                    "clock_length_leads",
                    "length_units",
                    "deictic_adjectives",
                    "period_nouns",
                    "reciprocal_firsts",
                    "reciprocal_seconds",
                )
            ),
        )

    def bad_start(self, title: str) -> str | None:
        """Why the headline's start is wrong ("empty", "punctuation", "connective"), or None."""
        text = norm(title)
        if not text:
            return "empty"
        if not (text[0].isalnum() or text[0] in "«\"“'"):
            return "punctuation"
        low = text.casefold()
        for word in self.connectives:
            w = word.casefold()
            if low == w or (low.startswith(w) and (w.endswith("'") or not low[len(w)].isalnum())):
                return "connective"
        return None

    def dangling_in(self, title: str) -> list[str]:
        """What in ``title`` points back to what its reader has not seen: a listed phrase,
        a pronoun ("Le premier a été condamné"), a subject pronoun that is not impersonal
        opening the headline or what a speaker said ("Il a été placé en détention",
        "Poutine : elle ..."), a demonstrative before a noun that is no word of time ("ce
        texte", not "ce lundi")."""
        low = norm(title).casefold().replace("’", "'")
        found = [
            phrase
            for phrase in self.dangling
            if any(
                not self._time_after(phrase, low[m.end() :])
                for m in re.finditer(rf"(?<!\w){re.escape(phrase.casefold())}(?!\w)", low)
            )
        ]
        for phrase in self.dangling_pronouns:
            for m in re.finditer(rf"(?<![\w']){re.escape(phrase)}(?!\w)", low):
                after = low[m.end() :].split()
                nxt = after[0] if after else ""
                before = low[: m.start()].split()
                if before[-1:] and before[-1] in self.pronoun_rank_words:
                    continue  # "parmi les premiers": a rank, no one named before
                if self._in_a_pair(phrase, low[: m.start()], low[m.end() :]):
                    continue  # "les uns sur les autres": a reciprocal pair
                if not nxt or not nxt[0].isalnum() or self._verbal(nxt):
                    found.append(phrase)
                    break
        said = low.split(" : ", 1)[1] if " : " in low else ""
        for opening in (low, said):
            words = [w.strip('«»"“”') for w in opening.split()]
            if (
                words
                and words[0] in self.subject_pronouns
                and not self._impersonal(words[1:])
                and not (words[0] == "il" and parsed_impersonal(opening))
            ):
                found.append(words[0])
        words = re.findall(r"[\w'-]+", low)
        for k, (word, nxt) in enumerate(zip(words, words[1:], strict=False)):
            if word in self.demonstratives and not self._deictic(nxt):
                if self._time_after(f"{word} {nxt}", " ".join(words[k + 2 :])):
                    continue  # a time: "ces derniers mois", "ces prochains jours"
                found.append(f"{word} {nxt}")
        return list(dict.fromkeys(found))

    def _in_a_pair(self, phrase: str, before: str, after: str) -> bool:
        """Is ``phrase`` a half of a reciprocal pair whose other half is there: its first
        half in ``before`` ("les autres" after "les uns"), its second in ``after``?"""

        def found(words: str, text: str) -> bool:
            return re.search(rf"(?<![\w']){re.escape(words)}(?!\w)", text) is not None

        pairs = zip(self.reciprocal_firsts, self.reciprocal_seconds, strict=True)
        return any(
            (two == phrase and found(one, before)) or (one == phrase and found(two, after))
            for one, two in pairs
        )

    def _time_after(self, phrase: str, rest: str) -> bool:
        """Is ``phrase`` ("ces derniers") a demonstrative and one of ``deictic_adjectives``
        before one of ``period_nouns`` (``rest``: what follows it), a period ("ces derniers
        mois", "ces derniers temps"; not "ces derniers qui décident")?"""
        words = phrase.casefold().split()
        after = re.findall(r"[\w'-]+", rest)[:1]
        return (
            len(words) == 2
            and words[0] in self.demonstratives
            and words[1] in self.deictic_adjectives
            and bool(after)
            and after[0] in self.period_nouns
        )

    def _verbal(self, word: str) -> bool:
        return any(
            word == f or (f.endswith("'") and word.startswith(f)) for f in self.pronoun_followers
        )

    def _impersonal(self, rest: list[str]) -> bool:
        past = rest[1:] if rest[:1] == ["ne"] else rest
        if len(past) > 1 and past[0] in self.impersonal_clitics:
            # "Il nous restait deux réservoirs", "Il ne leur faut que deux jours"
            verb = past[1]
            return verb in self.impersonal_after_clitic or self._impersonal(past[1:])
        text = " ".join(rest)
        if any(
            text == w or text.startswith(w + " ") or (w.endswith("'") and text.startswith(w))
            for w in self.impersonal_after
        ):
            return True
        if len(rest) >= 3 and rest[0] in self.impersonal_quantities and rest[2][:1].isdigit():
            # "Il est tombé 491 litres", "Il s'est créé 104 000 emplois" (not a count of
            # times or a length of time: "Il est resté 3 jours", "Il s'est rendu 2 fois")
            unit = next((w for w in rest[3:] if not w[:1].isdigit()), "")
            return unit not in self.not_quantities
        return self._weather(rest) or (
            len(rest) >= 2
            and rest[0] in self.impersonal_copulas
            and rest[1] in self.impersonal_adjectives
        )

    def _weather(self, rest: list[str]) -> bool:
        """ "pleuvait", "a neigé", "faisait nuit noire", "fait très froid" (not "fait très
        attention")."""
        for size in (2, 1):
            verb = " ".join(rest[:size])
            if verb in self.weather_verbs:
                return True
            if verb in self.weather_makers:
                after = rest[size : size + 2]
                if after[:1] and after[0] in self.weather_degrees:
                    after = after[1:]
                return bool(after) and after[0] in self.weather_words
        return False

    def _deictic(self, word: str) -> bool:
        return (
            word[:1].isdigit()
            or word in self.deictic_words
            or word.startswith("-")
            or word.endswith(("-là", "-ci"))
        )

    def holes_in(self, title: str, sentences: Sequence[str] = ()) -> list[str]:
        """The places where a phrase seems cut out of the headline.

        A function word before punctuation or at the end ("En, la croissance", "depuis"; not
        the end of a hyphenated word, "Kim Jong-un :", nor the last part of a name, written
        with a capital after a capitalised word, "Kim Jong Un :"),
        an elided word before a space or punctuation ("qu' quand", "Jusqu',"), empty
        brackets or quotes, a space before a comma, a function word twice in a row ("de de")
        unless the cited ``sentences`` have it too (a typo of the source is not a hole).
        """
        text = norm(title).replace("’", "'")
        sources = [norm(s).replace("’", "'").casefold() for s in sentences]
        words = "|".join(re.escape(w) for w in sorted(self.hole_words, key=len, reverse=True))
        found = [
            *re.finditer(rf"(?<![\w-])(?:{words})\s*(?:[,.;:!?)]|$)", text, re.IGNORECASE),
            *re.finditer(r"(?<!\w)\w+'(?:\s|[,.;:)]|$)", text),
            *re.finditer(r'\(\s*\)|"\s*"|«\s*»|\s[,.]|,\s*,', text),
        ]
        holes = [
            m.group(0)
            for m in found
            if not _in_source(text, m, sources) and not _name_part(text, m)
        ]
        for m in re.finditer(rf"(?<!\w)({words})\s+\1(?!\w)", text, re.IGNORECASE):
            if not any(m.group(0).casefold() in s for s in sources):
                holes.append(m.group(0))
        return holes + self._counts_cut(text, sources)

    def _counts_cut(self, text: str, sources: Sequence[str]) -> list[str]:
        """A count of time cut out of the headline, as if it were an hour: a clock written
        as a length ("reçoit 10h15 et", "crédité de 16h et 15 minutes", "ses 10h15 de
        bonification") between two words the headline now joins ("reçoit et", "crédité et
        15 minutes"), or a unit of time left without its count ("aux Sables-d'Olonne
        minutes" for "après 80 jours 13h 59 minutes"): the cited ``sentences`` tell."""
        low = text.casefold()
        clock = r"\d{1,3}\s?(?:" + "|".join(map(re.escape, self.clock_units)) + r")\s?\d{0,2}"
        lead = "|".join(map(re.escape, self.clock_length_leads))
        holes: list[str] = []
        for source in sources:
            for m in re.finditer(
                rf"((?:\S+\s+)?\S+)\s+(?:(?:{lead})\s+)?{clock}\s+([\w'-]+)", source
            ):
                joined = f"{m.group(1)} {m.group(2)}"
                if re.search(rf"(?<!\w){re.escape(joined)}", low):
                    holes.append(joined)
        units = "|".join(map(re.escape, self.length_units))
        for source in sources:  # "a eu lieu et 17 minutes" for "à 4 heures et 17 minutes"
            for m in re.finditer(rf"{clock}\s+(et\s+\d+\s+(?:{units}))(?!\w)", source):
                rest = re.escape(m.group(1))
                if re.search(rf"(?<![\d\w])\s*{rest}", low) and m.group(0) not in low:
                    holes.append(m.group(1))
        for m in re.finditer(rf"(\S+)\s+({units})(?!\w)", low):
            before, unit = m.group(1), m.group(2)
            if before[-1:].isdigit() or any(m.group(0) in s for s in sources):
                continue
            if any(re.search(rf"\d\s+{re.escape(unit)}(?!\w)", s) for s in sources):
                holes.append(m.group(0))
        return holes


def _name_part(text: str, match: re.Match[str]) -> bool:
    """Is the word of ``match`` of the headline ``text`` written with a capital right after
    a capitalised word, not opening the headline: the last part of a name ("Kim Jong Un :"),
    not a word a cut left?"""
    if not match.group(0)[:1].isupper() or match.start() == 0:
        return False
    before = re.search(r"(\S+)\s+$", text[: match.start()])
    return before is not None and before.group(1)[:1].isupper()


def _in_source(text: str, match: re.Match[str], sources: Sequence[str]) -> bool:
    """Do the cited sentences hold ``match`` of the headline ``text`` as the headline has
    it, with the word before it (and ending where the headline ends when it does)? Then
    the original wrote it so ("sans faute de (leur) part", "Sébastien Simon, qui, depuis,
    a abandonné"): no cut made it, it is no hole."""
    start = match.start()
    before = re.search(r"\S+\s*$", text[:start])
    piece = text[before.start() if before else start : match.end()].casefold()
    if not piece.strip(" ,.;:!?"):
        return False
    if match.end() >= len(text.rstrip()):
        return any(s.rstrip(" .!?…").endswith(piece.rstrip(" .!?…")) for s in sources)
    return any(piece in s for s in sources)


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MisdatedReport:
    """One evidence sentence of a gold event not cited by an event with an accepted start."""

    key: str  # the gold event's key
    article: str | None  # the article whose sentence it is (None: the gold names none)
    given: str | None  # the start of the published event citing it (None: not published)
    accepted: str
    sentence: str  # the sentence cited (or the gold's evidence text when none is)

    def line(self, width: int = 80) -> str:
        given = self.given or "not published"
        return (
            f"{self.key} [{self.article or '?'}] {given} not {self.accepted}: "
            f"{self.sentence[:width]}"
        )


@dataclass
class EventResult:
    """One gold event against the published chronology."""

    gold: GoldEvent
    found: bool  # some published event with a title cites one of its sentences
    dated_right: bool  # ... and that event's start is accepted
    all_in_one: bool  # one published event cites every evidence sentence
    event_ids: list[str]  # the published events citing its sentences
    reports: int  # evidence sentences
    reports_dated_right: int  # evidence sentences cited by an event with an accepted start
    misdated: list[MisdatedReport]  # the other evidence sentences, each with what it was given
    outlets: int  # outlets among its evidence
    outlets_gathered: bool  # one published event cites a sentence of each of those outlets
    start: str | None  # the start of the best published event

    @property
    def passes(self) -> bool:
        """Seed criterion: one event cites all its evidence, with an accepted start (and end)."""
        return self.all_in_one and self.dated_right and len(self.event_ids) == 1


@dataclass
class Scores:
    """Issue 9's figures for one set (or dossier)."""

    name: str
    events: list[EventResult]
    published: int
    background: list[str]  # ids of events that publish context or not-event sentences
    context_as_event: list[str]  # context item keys published as (part of) an event
    merges: int
    merged: int
    false_merges: list[str]  # ids of events that gather sentences of different gold items
    titles: list[str]
    over_80: int
    over_max: int
    median_chars: float
    bad_starts: dict[str, list[str]]  # empty / punctuation / connective -> titles
    holes: list[str]
    dangling: list[str]
    max_chars: int
    median_target: int
    #: titles where a cut left two noun phrases side by side (``juxtaposed_in``)
    juxtaposed: list[str] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(r.found for r in self.events)

    @property
    def dated_right(self) -> int:
        return sum(r.dated_right for r in self.events)

    @property
    def reports(self) -> int:
        return sum(r.reports for r in self.events)

    @property
    def reports_dated_right(self) -> int:
        return sum(r.reports_dated_right for r in self.events)

    @property
    def multi_outlet(self) -> int:
        return sum(r.outlets > 1 for r in self.events)

    @property
    def multi_outlet_gathered(self) -> int:
        return sum(r.outlets > 1 and r.outlets_gathered for r in self.events)

    @property
    def duplicates(self) -> int:
        """Published events beyond one per gold event (the same happening shown twice)."""
        return sum(max(0, len(r.event_ids) - 1) for r in self.events)


def _best(candidates: Sequence[Published], evidence: Sequence[Evidence]) -> Published | None:
    """The published event citing most of ``evidence`` (first on ties)."""
    best, count = None, 0
    for event in candidates:
        n = sum(event.cites(e) for e in evidence)
        if n > count:
            best, count = event, n
    return best


def score(
    gold: Gold,
    events: Sequence[Published],
    outlets: Mapping[str, str] | None = None,
    checks: HeadlineChecks | None = None,
) -> Scores:
    """Score ``events`` against ``gold``; ``outlets`` maps an article stem to its outlet."""
    checks = checks or HeadlineChecks.load()
    outlets = outlets or {}
    results = []
    for g in gold.events:
        citing = [e for e in events if any(e.cites(ev) for ev in g.evidence)]
        best = _best(citing, g.evidence)
        found = best is not None and bool(norm(best.title))
        dated = best is not None and found and best.start in g.start
        if dated and best is not None and g.end is not None:
            dated = best.end >= g.end
        right = 0
        misdated = []
        for ev in g.evidence:
            owner = _best([e for e in citing if e.cites(ev)], [ev])
            if owner is not None and owner.start in g.start:
                right += 1
                continue
            cited = [r for r in owner.reports if ev.cited_by(r)] if owner else []
            misdated.append(
                MisdatedReport(
                    key=g.key,
                    article=cited[0].article if cited else ev.article,
                    given=owner.start if owner else None,
                    accepted=str(g.start),
                    sentence=" ".join((cited[0].sentence if cited else ev.text).split()),
                )
            )
        names = {outlets.get(ev.article or "", ev.article or "") for ev in g.evidence}
        gathered = any(
            names <= {outlets.get(r.article, r.article) for r in e.reports if _cites_one(r, g)}
            for e in citing
        )
        results.append(
            EventResult(
                gold=g,
                found=found,
                dated_right=dated,
                all_in_one=any(all(e.cites(ev) for ev in g.evidence) for e in citing),
                event_ids=[e.id for e in citing],
                reports=len(g.evidence),
                reports_dated_right=right,
                misdated=misdated,
                outlets=len(names),
                outlets_gathered=gathered,
                start=best.start if best else None,
            )
        )

    background = [
        e.id
        for e in events
        if any(e.cites(ev) for ev in gold.not_events)
        or any(e.cites(ev) for c in gold.context for ev in c.evidence)
    ]
    context_as_event = [
        c.key for c in gold.context if any(e.cites(ev) for e in events for ev in c.evidence)
    ]
    merged = sum(any(all(e.cites(ev) for ev in group) for e in events) for group in gold.merges)
    items: list[tuple[str, tuple[Evidence, ...]]] = [(g.key, g.evidence) for g in gold.events]
    items += [(c.key, c.evidence) for c in gold.context]
    false_merges = [
        e.id for e in events if sum(any(e.cites(ev) for ev in evs) for _, evs in items) > 1
    ]

    titles = [e.title for e in events]
    lengths = [len(norm(t)) for t in titles]
    bad: dict[str, list[str]] = {"empty": [], "punctuation": [], "connective": []}
    for title in titles:
        why = checks.bad_start(title)
        if why:
            bad[why].append(title)
    return Scores(
        name=gold.name,
        events=results,
        published=len(events),
        background=background,
        context_as_event=context_as_event,
        merges=len(gold.merges),
        merged=merged,
        false_merges=false_merges,
        titles=titles,
        over_80=sum(n > 80 for n in lengths),
        over_max=sum(n > gold.max_chars for n in lengths),
        median_chars=statistics.median(lengths) if lengths else 0.0,
        bad_starts=bad,
        holes=[
            e.title for e in events if checks.holes_in(e.title, [r.sentence for r in e.reports])
        ],
        dangling=[t for t in titles if checks.dangling_in(t)],
        juxtaposed=[
            e.title for e in events if juxtaposed_in(e.title, [r.sentence for r in e.reports])
        ],
        max_chars=gold.max_chars,
        median_target=gold.median_chars,
    )


def explain(gold: Gold, events: Sequence[Published]) -> list[str]:
    """One line per published event that gathers several gold items or publishes background."""
    items: list[tuple[str, tuple[Evidence, ...]]] = [(g.key, g.evidence) for g in gold.events]
    items += [(f"context:{c.key}", c.evidence) for c in gold.context]
    items += [(f"not-event:{ev.text[:40]}", (ev,)) for ev in gold.not_events]
    lines = []
    for e in events:
        keys = [key for key, evs in items if any(e.cites(ev) for ev in evs)]
        gold_keys = [k for k in keys if ":" not in k]
        if len(gold_keys) > 1 or len(keys) > len(gold_keys):
            lines.append(f"{e.id} ({e.start}): {', '.join(keys)}")
    return lines


def _cites_one(report: Report, gold: GoldEvent) -> bool:
    return any(ev.cited_by(report) for ev in gold.evidence)


# --- the tables --------------------------------------------------------------------------------


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f} %" if d else "n/a"


def set_table(s: Scores) -> list[tuple[str, str, str, bool]]:
    """Rows (measure, value, target, met) of issue 9's first table."""
    bad = s.bad_starts
    n_bad = sum(len(v) for v in bad.values())
    return [
        (
            "gold events found (the reporting sentence, with a title)",
            f"{s.found} / {len(s.events)} ({pct(s.found, len(s.events))})",
            ">= 90 %",
            s.found >= 0.9 * len(s.events),
        ),
        (
            "... of those, dated right",
            f"{s.dated_right} / {s.found} ({pct(s.dated_right, s.found)})",
            ">= 92 %",
            s.found > 0 and s.dated_right >= 0.92 * s.found,
        ),
        (
            "events that are background, captions, forecasts, comparisons",
            f"{len(s.background)} of {s.published} ({pct(len(s.background), s.published)})",
            "<= 8 %",
            len(s.background) <= 0.08 * s.published,
        ),
        (
            "headline length: median; over 80; over 90",
            f"{s.median_chars:.0f} chars; {s.over_80} of {s.published}; {s.over_max}",
            f"median <= {s.median_target}, none over {s.max_chars}",
            s.median_chars <= s.median_target and s.over_max == 0,
        ),
        (
            "empty headlines, or starting with '-'/punctuation/a connective",
            f"{len(bad['empty'])} empty, {len(bad['punctuation'])} punctuation, "
            f"{len(bad['connective'])} connective",
            "0",
            n_bad == 0,
        ),
        ("holes where a date was cut out", str(len(s.holes)), "0", not s.holes),
        (
            "noun phrases side by side where a cut took what linked them",
            str(len(s.juxtaposed)),
            "0",
            not s.juxtaposed,
        ),
        (
            "dangling references ('cette affaire', 'ce dernier')",
            str(len(s.dangling)),
            "0",
            not s.dangling,
        ),
        (
            "same happening reported twice, merged; false merges",
            f"{s.merged} of {s.merges}; {len(s.false_merges)} false",
            "all, and no false merge",
            s.merged == s.merges and not s.false_merges,
        ),
        (
            "every report of an event dated right",
            f"{s.reports_dated_right} / {s.reports} ({pct(s.reports_dated_right, s.reports)})",
            ">= 95 %",
            s.reports_dated_right >= 0.95 * s.reports,
        ),
    ]


def dossier_table(s: Scores) -> list[tuple[str, str, str, bool]]:
    """Rows of issue 9's second table (a multi-outlet dossier)."""
    n = len(s.events)
    multi = s.multi_outlet
    ceiling = round(n * 24 / 21)
    return [
        (
            "events reported by several outlets, gathered in one event",
            f"{s.multi_outlet_gathered} / {multi}; {len(s.false_merges)} false merges",
            f">= {-(-12 * multi // 13)} / {multi}, no false merge",
            s.multi_outlet_gathered * 13 >= 12 * multi and not s.false_merges,
        ),
        (
            f"events published for {n} happenings (duplicates)",
            f"{s.published} ({s.duplicates} duplicates)",
            f"<= {ceiling}",
            s.published <= ceiling,
        ),
        (
            "every report of an event dated right (second copies included)",
            f"{s.reports_dated_right} / {s.reports} ({pct(s.reports_dated_right, s.reports)})",
            ">= 95 %",
            s.reports_dated_right >= 0.95 * s.reports,
        ),
        (
            "headline median / over 90 characters",
            f"{s.median_chars:.0f} / {s.over_max} of {s.published}",
            f"<= {s.median_target} / none",
            s.median_chars <= s.median_target and s.over_max == 0,
        ),
    ]


def render(rows: Sequence[tuple[str, str, str, bool]]) -> str:
    """A Markdown table: measure, value, target, met."""
    lines = ["| measure | value | target | met |", "|---|---|---|---|"]
    lines += [f"| {m} | {v} | {t} | {'yes' if ok else 'NO'} |" for m, v, t, ok in rows]
    return "\n".join(lines)
