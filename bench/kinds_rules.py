"""How often each rule of the kinds of sentence fires on each set (issue 9, generality of the
kinds): a rule, or a cue word of ``lang/fr/events.yml``, that fires only on the sentence it
was written for is to be generalised or removed.

    .venv/bin/python bench/kinds_rules.py [--sets dev dev2 ... heldout4] [--sentences]
                                          [--cues] [--lost]

Every predicate of ``timeline/events/kinds.py`` that ``kinds.sentence_kind`` calls is
wrapped for the run: within one call of ``sentence_kind``, a predicate *fires* on the
sentence when it returns True (or, for ``_unread_conditional``, a tense), and one that
``sentence_kind`` calls itself *decides* when it is the last of those to fire on a sentence
that ``sentence_kind`` makes context or no event (the rules that only make events, like
``is_statement``, and the helpers ``names_day`` and ``_unread_conditional`` set apart; a
sentence made no event by a check written inline is "(inline)"). The rules that
``events.extract`` calls itself on a sentence of an event's kind (``EXTRACT_RULES``: a history
going on from the sentence before) fire and decide when they hold.
Counts are of distinct sentences, on every article of the set extracted and assembled as
``bench/events.py`` builds them. ``--cues`` counts each cue of the data file's lists that a
predicate matched (the list's key and the matched words, lowercased). ``--sentences`` lists
the sentences each rule decided, for the development sets only: the blind sets (heldout2,
heldout3, heldout4) and the round's unseen check (``eventscore.UNSEEN_SETS``) give their
counts and nothing else. ``--lost`` lists, for the
development sets only, each gold report (an evidence sentence of a gold event) that no
published event cites, with where it was lost: the rule that made its sentence context or no
event, the role ``extract._classify`` gave a sentence of an event's kind (context: nobody's
source), an event sentence with no date, or no sentence holding the evidence at all (the
sentences cut elsewhere); then the count of each.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events  # noqa: E402  (bench/events.py)
import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.events import kinds  # noqa: E402

REALNEWS = ROOT / "tests" / "data" / "realnews"
#: the sets read for their counts only: the blind held-out sets and the round's unseen check
BLIND = eventscore.BLIND_SETS | eventscore.UNSEEN_SETS
SETS = tuple(events.SETS)
#: not rules: the entry point and the helpers that compute no yes/no
NOT_RULES = {
    "sentence_kind",
    "lexicon",
    "families",
    "normalize",
    "split_paragraph",
    "told_tense",
    "outside_relatives",
    "governing_text",
}


def _predicates() -> list[str]:
    """The module's functions called by ``sentence_kind`` or by one of them, by name."""
    functions = {
        name: value
        for name, value in vars(kinds).items()
        if inspect.isfunction(value) and value.__module__ == kinds.__name__
    }
    called: set[str] = set()
    todo = ["sentence_kind"]
    while todo:
        source = inspect.getsource(functions[todo.pop()])
        for name in functions:
            if name not in called and re.search(rf"\b{name}\(", source):
                called.add(name)
                todo.append(name)
    return sorted(n for n in called if n not in NOT_RULES and not n.startswith("_cue"))


#: rules that ``events.extract`` calls itself, outside ``sentence_kind``, on a sentence whose
#: kind it then makes context when they hold (a history going on from the sentence before, an
#: obituary's career)
EXTRACT_RULES = ("goes_on_history", "goes_on_earlier", "tells_career", "tells_dated_happening")

#: called by ``sentence_kind`` but never what makes a sentence context or no event
NOT_DECIDING = {
    "is_statement",
    "is_recalled",
    "quotes_speech",
    "names_day",
    "_unread_conditional",
    "tells_act_in_clause",
}


def _deciders() -> set[str]:
    """The predicates ``sentence_kind`` calls itself that can make a non-event."""
    source = inspect.getsource(kinds.sentence_kind)
    return {n for n in _predicates() if re.search(rf"\b{n}\(", source)} - NOT_DECIDING


@dataclass
class Counts:
    """The sentences each rule fired on and decided, and the cues matched, in one set."""

    fired: dict[str, set[str]] = field(default_factory=dict)
    decided: dict[str, set[str]] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=dict)
    #: the lost gold reports: (where it was lost, the article, the sentence or evidence)
    lost: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Call:
    """The ``sentence_kind`` call under way: its sentence, the rules fired, the cues."""

    text: str
    fired: list[str] = field(default_factory=list)


class _Recorder:
    """A compiled cue pattern that notes what it matches in the call under way."""

    def __init__(self, key: str, pattern: re.Pattern[str], run: Run) -> None:
        self.key, self.pattern, self.run = key, pattern, run

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        found = self.pattern.search(text, *args)
        if found is not None and self.run.call is not None:
            cue = f"{self.key}: {found.group(0).lower()}"
            self.run.counts.cues.setdefault(cue, set()).add(self.run.call.text)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@dataclass
class Run:
    counts: Counts
    call: Call | None = None


@contextmanager
def counted(counts: Counts) -> Iterator[None]:
    """The kinds' predicates and cue patterns wrapped to note their firings in ``counts``."""
    run = Run(counts)
    deciders = _deciders()
    saved: dict[str, Any] = {}

    def wrap_predicate(name: str, original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            if run.call is not None and result not in (False, None):
                run.call.fired.append(name)
            return result

        return wrapper

    def wrap_cues(name: str, original: Any) -> Any:
        def wrapper(key: str) -> Any:
            return _Recorder(key, original(key), run)

        return wrapper

    def wrap_extract_rule(name: str, original: Any) -> Any:
        def wrapper(sentence: Any, *args: Any, **kwargs: Any) -> Any:
            result = original(sentence, *args, **kwargs)
            if result:
                text = " ".join(sentence.text.split())
                counts.fired.setdefault(name, set()).add(text)
                counts.decided.setdefault(name, set()).add(text)
            return result

        return wrapper

    def wrap_entry(original: Any) -> Any:
        def wrapper(sentence: Any, *args: Any, **kwargs: Any) -> Any:
            outer, run.call = run.call, Call(" ".join(sentence.text.split()))
            try:
                kind = original(sentence, *args, **kwargs)
            finally:
                call, run.call = run.call, outer
            for name in dict.fromkeys(call.fired):
                counts.fired.setdefault(name, set()).add(call.text)
            if kind in (kinds.NOT_EVENT, kinds.CONTEXT):
                last = [n for n in call.fired if n in deciders][-1:] or ["(inline)"]
                counts.decided.setdefault(last[0], set()).add(call.text)
            return kind

        return wrapper

    for name in _predicates():
        saved[name] = getattr(kinds, name)
        setattr(kinds, name, wrap_predicate(name, saved[name]))
    for name in ("_cue_pattern", "regex_cues"):
        saved[name] = getattr(kinds, name)
        setattr(kinds, name, wrap_cues(name, saved[name]))
    for name in EXTRACT_RULES:
        saved[name] = getattr(kinds, name)
        setattr(kinds, name, wrap_extract_rule(name, saved[name]))
    saved["sentence_kind"] = kinds.sentence_kind
    kinds.sentence_kind = wrap_entry(saved["sentence_kind"])
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(kinds, name, original)


def count_set(name: str, tmp: Path) -> Counts:
    """The rules fired on set ``name``, built as ``bench/events.py`` builds it; and, on a
    development set, the gold reports no published event cites, each with where it was lost."""
    counts = Counts()
    extracted: list[Any] = []
    original = events.extract_articles

    def keep(articles: Any) -> Any:
        result = original(articles)
        extracted.extend(result)
        return result

    events.extract_articles = keep
    try:
        with counted(counts):
            articles, chronology = events.build(sorted((REALNEWS / name).glob("*.md")), tmp / name)
    finally:
        events.extract_articles = original
    if name not in BLIND:
        gold = eventscore.load_gold(REALNEWS / f"{name}-events.yml")
        published = eventscore.published(chronology)
        stems = {a.slug: a.path.stem for a in articles}
        counts.lost = _lost(gold, published, extracted, stems, counts)
    return counts


def _lost(
    gold: Any, published: list[Any], extracted: list[Any], stems: dict[str, str], counts: Counts
) -> list[tuple[str, str, str]]:
    """Each gold report no published event cites, with where it was lost."""
    deciding = {text: rule for rule, texts in counts.decided.items() for text in texts}
    by_stem = {stems.get(x.article, x.article): x for x in extracted}
    lost = []
    for item in gold.events:
        for evidence in item.evidence:
            if any(e.cites(evidence) for e in published):
                continue
            wanted = eventscore.norm(evidence.text)
            found = [
                (stem, s)
                for stem, x in by_stem.items()
                if evidence.article in (None, stem)
                for s in x.sentences
                if wanted in eventscore.norm(s.text)
            ]
            if not found:
                lost.append(("(no sentence holds it)", evidence.article or "?", evidence.text))
                continue
            stem, s = found[0]
            text = " ".join(s.text.split())
            if s.kind in (kinds.NOT_EVENT, kinds.CONTEXT):
                where = deciding.get(text, "(caption, standfirst or heading)")
            elif s.role in ("event", "follow-up") and s.date is None:
                where = f"(role {s.role}, no date)"
            else:
                where = f"(kind {s.kind}, role {s.role}, tense {s.tense})"
            lost.append((where, stem, text))
    return lost


def _table(title: str, rows: list[str], by_set: dict[str, dict[str, set[str]]]) -> None:
    sets = list(by_set)
    print(f"\n| {title} | " + " | ".join(sets) + " | all | only one set |")
    print("|---|" + "---:|" * (len(sets) + 1) + "---|")
    for row in rows:
        counts = [len(by_set[s].get(row, ())) for s in sets]
        where = [s for s, n in zip(sets, counts, strict=True) if n]
        alone = where[0] if len(where) == 1 else ""
        print(f"| {row} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} | {alone} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--cues", action="store_true", help="count each cue matched")
    parser.add_argument(
        "--sentences", action="store_true", help="list the sentences (development sets only)"
    )
    parser.add_argument(
        "--lost", action="store_true", help="the gold reports lost (development sets only)"
    )
    args = parser.parse_args(argv)
    by_set: dict[str, Counts] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            by_set[name] = count_set(name, Path(tmp))
    rules = sorted([*_predicates(), *EXTRACT_RULES])
    _table("rule (fired)", rules, {s: c.fired for s, c in by_set.items()})
    deciding = sorted([*_deciders(), *EXTRACT_RULES]) + ["(inline)"]
    _table("rule (decided)", deciding, {s: c.decided for s, c in by_set.items()})
    if args.cues:
        cues = sorted({cue for c in by_set.values() for cue in c.cues})
        _table("cue matched", cues, {s: c.cues for s, c in by_set.items()})
    if args.sentences:
        for name in args.sets:
            if name in BLIND:
                continue
            for rule in sorted([*_deciders(), *EXTRACT_RULES]) + ["(inline)"]:
                for sentence in sorted(by_set[name].decided.get(rule, ())):
                    print(f"{name}: {rule}: {sentence[:110]}")
            if args.cues:
                for cue, found in sorted(by_set[name].cues.items()):
                    for sentence in sorted(found):
                        print(f"{name}: cue {cue}: {sentence[:100]}")
    if args.lost:
        _print_lost(by_set)
    return 0


def _print_lost(by_set: dict[str, Counts]) -> None:
    """The lost gold reports of the development sets, each with where it was lost, then the
    count of each place by set."""
    print()
    places: dict[str, dict[str, set[str]]] = {}
    for name, counts in by_set.items():
        for where, stem, text in counts.lost:
            print(f"{name}: lost: {where}: [{stem}] {text[:110]}")
            places.setdefault(name, {}).setdefault(where, set()).add(f"{stem} {text}")
    rows = sorted({w for p in places.values() for w in p})
    _table("lost at", rows, {s: places.get(s, {}) for s in by_set if s not in BLIND})


if __name__ == "__main__":
    sys.exit(main())
