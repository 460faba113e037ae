"""How often each dating rule fires on each set (issue 9, review of the rules written for
one sentence): a rule that fires only on the sentence it was written for is to be
generalised or removed.

    .venv/bin/python bench/dating_rules.py [--sets dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9
                                                   dev10 fresh heldout heldout2 heldout3 heldout4]
                                                   [--sentences]

Each rule is a predicate of the events stage (``timeline/events/``) wrapped for the run: it
fires on a sentence when it returns its firing value there (a rule called several times on
one sentence counts once), on the sentences of every article of the set, extracted and
assembled as ``bench/events.py`` builds them. Seven rules are counted on the output instead:
the tagger's "ce 1er janvier" (expressions read by its rule ``date_day_month_this``), the
heading line inside a paragraph (a heading after a sentence of its paragraph that is not a
heading) and the pronoun opening an article's text (its first sentence that is not a
heading, an event opening with a pronoun subject: where the lead's next subject stands for
it), and the tagger's "cette nuit" told done (the night before publication) and "ce
week-end" written on a weekday, told done (the one just past), and a day after the imperfect
of "devoir" or "aller" before an infinitive (no future cue), and a day after the present
participle of "devoir" before an infinitive (a plan, to come). ``--sentences`` lists the
first words of each sentence a rule fired on, for the development sets only: the blind sets
(heldout2, heldout3, heldout4) and the round's unseen set (``eventscore.UNSEEN_SETS``) give
their counts and nothing else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events  # noqa: E402  (bench/events.py)
import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.events import assemble, dates, extract, kinds, sentences  # noqa: E402
from timeline.temporal import resolver, tense  # noqa: E402
from timeline.temporal.tense import TenseCues  # noqa: E402

REALNEWS = ROOT / "tests" / "data" / "realnews"
BLIND = eventscore.BLIND_SETS | eventscore.UNSEEN_SETS  # counts only, never sentences
SETS = tuple(events.SETS)


def _text(value: Any) -> str:
    """A sentence's text from what a rule is called with: a record with ``text``, a spaCy
    token or span (its sentence), or a string."""
    if isinstance(value, str):
        return value
    if hasattr(value, "sent"):
        return str(value.sent.text)
    if isinstance(value, list | tuple) and value:
        return _text(value[0])
    return str(getattr(value, "text", value))


@dataclass(frozen=True)
class Rule:
    """A rule: where it lives, when it fires, and which sentence it fires on."""

    name: str
    owner: Any  # module or class holding the function
    attr: str
    fires: Callable[[Any, tuple[Any, ...]], bool]
    sentence: Callable[[tuple[Any, ...]], str]


def _true(result: Any, _args: tuple[Any, ...]) -> bool:
    return result is True


def _found(result: Any, _args: tuple[Any, ...]) -> bool:
    return result is not None and result != []


RULES = (
    Rule(
        "a day opening a period of acts done is a day (completed_since)",
        dates,
        "completed_since",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "what a measure to come brings comes on its day (_comes_with_measure)",
        assemble,
        "_comes_with_measure",
        _true,
        lambda a: _text(a[1]),
    ),
    Rule(
        "a day after selon/d'après dates the toll (attribution_timex)",
        dates,
        "attribution_timex",
        _found,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a later quote is said on the speaker's dated occasion (_said_on_that_occasion)",
        assemble,
        "_said_on_that_occasion",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a month's or a quarter's figure a source gave on a day: that day (_period_given_on)",
        extract,
        "_period_given_on",
        _found,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a release's figure about a month or quarter, told when released (_release_figure)",
        extract,
        "_release_figure",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day in what a toll or a tribute is of (_named_by_aftermath)",
        dates,
        "_named_by_aftermath",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "the speaker's evening, said the day before (_said_the_evening_before)",
        extract,
        "_said_the_evening_before",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "at a gathering told before: its day (_gathering_day)",
        extract,
        "_gathering_day",
        _found,
        lambda a: _text(a[0][a[1]]),
    ),
    Rule(
        "a participle about a noun: its day is not the sentence's (_noun_participle)",
        dates,
        "_noun_participle",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "... right before the day, however parsed (_after_noun_participle)",
        dates,
        "_after_noun_participle",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day in a relative clause set after a noun by a comma (_in_relative_after_noun)",
        dates,
        "_in_relative_after_noun",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day in a relative clause right after its noun, or an incise in it "
        "(_in_relative_of_story)",
        extract,
        "_in_relative_of_story",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day in a clause of 'après' + a past infinitive (_in_infinitive_clause)",
        dates,
        "_in_infinitive_clause",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "the complement of a demonstrative pronoun, 'celle de 1998' (_of_demonstrative)",
        dates,
        "_of_demonstrative",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a gerund is an adverbial clause, however parsed (_gerund)",
        dates,
        "_gerund",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a period going on that completes a noun set apart (state_of_noun)",
        dates,
        "state_of_noun",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day in a past infinitive an active verb governs: the act told of (_told_in_account)",
        dates,
        "_told_in_account",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day counted in quoted words from a day told out of them (_spoken_apart)",
        extract,
        "_spoken_apart",
        _true,
        lambda a: a[0][max(a[1], a[2] - 100) : a[2] + 20],
    ),
    Rule(
        "a toll a source gives, no day of its giving: said when told (_toll_given)",
        extract,
        "_toll_given",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a period holding the publication completes a noun: its rank's (ranks_in_period)",
        dates,
        "ranks_in_period",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a night told done: the narration goes on the morning after (_after_the_night)",
        extract,
        "_after_the_night",
        lambda result, a: result != a[0],
        lambda a: a[0].start,
    ),
    Rule(
        "an agency's dateline: the telling's day, after any the sentence tells (in_dateline)",
        dates,
        "in_dateline",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a participle after a presentative tells of what it presents (_of_the_presented)",
        dates,
        "_of_the_presented",
        _true,
        lambda a: _text(a[0].sent),
    ),
    Rule(
        "what points back across a night to an act told keeps its day (_night_gone_on)",
        extract,
        "_night_gone_on",
        _found,
        lambda a: a[0][a[1]].text,
    ),
    Rule(
        "a day told after an undated sentence, past another act: not its narration's "
        "(_event_between)",
        extract,
        "_event_between",
        _true,
        lambda a: _text(a[0][a[1]]),
    ),
    Rule(
        "a follow-up in another tense after a step back in the pluperfect: the narration's "
        "event (_back_from_step_back)",
        extract,
        "_back_from_step_back",
        lambda result, a: result != a[2][-1],
        lambda a: _text(a[0][a[1]]),
    ),
    Rule(
        "a paragraph opening on its day in the pluperfect: the day it narrates (_frames_paragraph)",
        extract,
        "_frames_paragraph",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a part of the day after a flashback: the narration's (_counted_from_flashback)",
        extract,
        "_counted_from_flashback",
        _true,
        lambda a: f"{a[0][a[1]].text} ({a[0][a[1]].value})",
    ),
    Rule(
        "a day counted from a happening never dated: no day (_counted_from_untold)",
        extract,
        "_counted_from_untold",
        _true,
        lambda a: a[0][max(0, a[1].start - 40) : a[1].end + 50],
    ),
    Rule(
        "an act placed just before or after the one told before it: its date (_dated_just_before)",
        extract,
        "_dated_just_before",
        _found,
        lambda a: _text(a[0][a[1]]),
    ),
    Rule(
        "a report of the morning after: the story's day (_told_the_day_after)",
        extract,
        "_told_the_day_after",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a state going on since a day: not the day of an act told before it (state_since)",
        dates,
        "state_since",
        _true,
        lambda a: a[1][-60:],
    ),
    Rule(
        "a date naming a legal text, 'la loi du 1er février 1994' (names_a_text)",
        dates,
        "names_a_text",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "'depuis le lancement vendredi de': a period's start (opens_period_of_noun)",
        dates,
        "opens_period_of_noun",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a reporting clause's weekday read ahead: said by publication (_said_after_publication)",
        extract,
        "_said_after_publication",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a verb of speech coordinated with a future: its tense (speech_beside_future)",
        dates,
        "speech_beside_future",
        _found,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a verb of speech beside a future act: the day's statement (_announced_beside)",
        extract,
        "_announced_beside",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a range of days ended before the reporting clause's day: that day (_range_said_after)",
        extract,
        "_range_said_after",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a document's words in the present after an act: the act's day (_document_of_the_act)",
        assemble,
        "_document_of_the_act",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "the period a count is about, told when given (counts_over)",
        dates,
        "counts_over",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "the same source quoted again: its occasion's day (_source_occasion)",
        extract,
        "_source_occasion",
        _found,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a plan in a clause joined to the act, 'devait arriver lundi' (_future_in_past)",
        dates,
        "_future_in_past",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "tagger: a weekday completing a noun, in a future clause: the nearest (completes_noun)",
        TenseCues,
        "completes_noun",
        _true,
        lambda a: a[1][max(0, a[2] - 60) : a[2] + 30],
    ),
    Rule(
        "tagger: a day after an infinitive a verb of calling, planning or charging governs: "
        "to come (TenseCues.tense_at, 'governed')",
        TenseCues,
        "tense_at",
        lambda result, _a: result is not None and result.kind == "governed",
        lambda a: a[1][max(0, a[2] - 80) : a[2] + 30],
    ),
    Rule(
        "tagger: a verb quoted apart gives no tense to a day out of the quote (_quoted_apart)",
        tense,
        "_quoted_apart",
        _true,
        lambda a: a[0][max(0, a[2] - 80) : a[2] + 30],
    ),
    Rule(
        "tagger: a day inside a quotation takes no tense from the reporting clause (_quoted_alone)",
        tense,
        "_quoted_alone",
        _true,
        lambda a: a[0][max(0, a[2] - 80) : a[2] + 30],
    ),
    Rule(
        "a day in an apposition about the speaker, after 'après'/'malgré' and a noun: that "
        "happening's (of_earlier_happening_by_speaker)",
        dates,
        "of_earlier_happening_by_speaker",
        _true,
        lambda a: " ".join(t.text for t in a[0]),
    ),
    Rule(
        "a day in a relative clause of a noun of time ('le moment où'): the main clause's "
        "(_time_relative)",
        dates,
        "_time_relative",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "tagger: a day of the speaker's inside a quotation anchors nothing out of it (_seen_from)",
        resolver,
        "_seen_from",
        lambda result, _args: result is False,
        lambda a: a[0].text[max(0, a[2] - 80) : a[2] + 30],
    ),
    Rule(
        "tagger: 'ce jour-là' after a month told: that month (_month_told_last)",
        resolver,
        "_month_told_last",
        _found,
        lambda a: a[0].text[max(0, a[1] - 60) : a[1] + 30],
    ),
    Rule(
        "tagger: a counted day whose complement names a date: from it (_complement_day)",
        resolver,
        "_complement_day",
        _found,
        lambda a: a[0].text[max(0, a[1][a[2]].start - 60) : a[1][a[2]].end + 40],
    ),
    Rule(
        "tagger: a weekday ending a range: the first such day after its start (_range_end)",
        resolver,
        "_range_end",
        _found,
        lambda a: a[0].text[max(0, a[1][a[2]].start - 60) : a[1][a[2]].end + 40],
    ),
    Rule(
        "an act in the narration's present after an event of the eve: its day "
        "(_narrated_on_the_eve)",
        assemble,
        "_narrated_on_the_eve",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a state in the imperfect relayed in the present: the happening's day (_relays_state_then)",
        assemble,
        "_relays_state_then",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "'a déclaré' relaying an act done on its own day: the happening (relays_dated_act)",
        kinds,
        "relays_dated_act",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a chain of pluperfects keeps the day its first one named (_step_back_goes_on)",
        extract,
        "_step_back_goes_on",
        _found,
        lambda a: _text(a[0][a[1]]),
    ),
    Rule(
        "the outlet's own earlier report sets no day of the story (in_writers_voice)",
        dates,
        "in_writers_voice",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day after 'après' and a noun of act is that act's (after_earlier_act)",
        dates,
        "after_earlier_act",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a day someone's words forecast is what the statement is about (_forecast_said)",
        extract,
        "_forecast_said",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "a month or a year to come names no day: the narration's (_coarse_to_come)",
        extract,
        "_coarse_to_come",
        _true,
        lambda a: _text(a[0]),
    ),
    Rule(
        "words after steps back only wait for the narration's event (_after_step_backs_only)",
        extract,
        "_after_step_backs_only",
        _true,
        lambda a: _text(a[0][a[1]]),
    ),
)
OUTPUT_RULES = (
    "'ce 1er janvier': the nearest such day (tagger date_day_month_this)",
    "a heading line inside a paragraph (sentences._blocks)",
    "a pronoun opening the text stands for the lead's next subject (Resolver._after)",
    "tagger: 'cette nuit' told done: the night before (deictic_day_part)",
    "tagger: 'ce week-end' told done on a weekday: the one just past (this_period)",
    "tagger: a day after 'devait'/'allait' + infinitive, no future cue (cues.yml)",
    "tagger: a day after 'devant' + infinitive, a plan: to come (cues.yml)",
)


@dataclass
class Counts:
    """The sentences each rule fired on, in one set."""

    fired: dict[str, set[str]] = field(default_factory=dict)

    def add(self, rule: str, sentence: str) -> None:
        self.fired.setdefault(rule, set()).add(sentence)


@contextmanager
def counted(counts: Counts) -> Iterator[None]:
    """Every rule of ``RULES`` wrapped to note, in ``counts``, the sentences it fires on."""
    saved = []
    for rule in RULES:
        original = getattr(rule.owner, rule.attr)
        saved.append((rule, original))

        def wrapper(*args: Any, _rule: Rule = rule, _original: Any = original) -> Any:
            result = _original(*args)
            if _rule.fires(result, args):
                counts.add(_rule.name, _rule.sentence(args))
            return result

        setattr(rule.owner, rule.attr, wrapper)
    try:
        yield
    finally:
        for rule, original in saved:
            setattr(rule.owner, rule.attr, original)


def _night_before(timex: Any, dct: str) -> bool:
    """ "cette nuit" read as the night begun the day before publication."""
    eve = (dt.date.fromisoformat(dct) - dt.timedelta(days=1)).isoformat()
    return (
        timex.rule == "deictic_day_part"
        and timex.text.lower().startswith("cette nuit")
        and timex.value == f"{eve}TNI"
    )


def _weekend_past(timex: Any, dct: str) -> bool:
    """ "ce week-end" written on a weekday, read as the one before publication."""
    day = dt.date.fromisoformat(dct)
    return (
        timex.rule == "this_period"
        and timex.value.endswith("-WE")
        and day.isoweekday() < 6
        and timex.span is not None
        and timex.span[1] < dct
    )


#: the imperfect of "devoir" or "aller" before an infinitive, up to 60 characters before
#: the expression (the future in the past: no tense cue)
_FUTURE_IN_PAST = re.compile(
    r"\b(?:devait|devaient|allait|allaient)\s+(?:[\w'-]+\s+){0,2}?\w+(?:er|ir|re|oir)\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)


#: the present participle of "devoir" before an infinitive, up to 40 characters before the
#: expression (a plan: the day to come)
_PLAN_PARTICIPLE = re.compile(
    r"\bdevant\s+(?:l['’]|se\s+|s['’])?(?:être|avoir|[a-zàâçéèêëîïôûù]\w*(?:er|ir))\b"
    r"[^.;]{0,40}$",
)


def _offset(extraction: Any, timex: Any) -> int:
    """Where ``timex`` starts in its sentence."""
    start = next(
        (s.start for s in extraction.sentences if s.start <= timex.start < s.end), timex.start
    )
    return int(timex.start - start)


def _around(extraction: Any, timex: Any) -> str:
    """The sentence holding ``timex``."""
    return next(
        (s.text for s in extraction.sentences if s.start <= timex.start < s.end), timex.text
    )


def count_set(name: str, tmp: Path) -> Counts:
    """The rules fired on set ``name``, built as ``bench/events.py`` builds it."""
    counts = Counts()
    files = sorted((REALNEWS / name).glob("*.md"))
    extractions: list[Any] = []
    build_extract = events.extract_articles

    def kept(articles: Any) -> Any:
        extractions[:] = build_extract(articles)
        return extractions

    events.extract_articles = kept
    try:
        with counted(counts):
            events.build(files, tmp / name)
    finally:
        events.extract_articles = build_extract
    # the output rules, read on the build's extractions
    for extraction in extractions:
        for timex in extraction.timexes:
            if timex.rule == "date_day_month_this":
                counts.add(OUTPUT_RULES[0], timex.text)
            if _night_before(timex, extraction.dct):
                counts.add(OUTPUT_RULES[3], _around(extraction, timex))
            if _weekend_past(timex, extraction.dct):
                counts.add(OUTPUT_RULES[4], _around(extraction, timex))
            sentence = _around(extraction, timex)
            if timex.type in ("DATE", "TIME") and _FUTURE_IN_PAST.search(
                sentence[: max(0, _offset(extraction, timex))]
            ):
                counts.add(OUTPUT_RULES[5], sentence)
            if timex.tense == "future" and _PLAN_PARTICIPLE.search(
                sentence[: max(0, _offset(extraction, timex))]
            ):
                counts.add(OUTPUT_RULES[6], sentence)
        lead = next((s for s in extraction.sentences if not s.heading), None)
        if lead is not None and lead.role == "event" and sentences.opens_with_pronoun(lead.text):
            counts.add(OUTPUT_RULES[2], lead.text)
        previous = None
        for s in extraction.sentences:
            inside = previous is not None and previous.paragraph == s.paragraph
            if s.heading and inside and previous is not None and not previous.heading:
                counts.add(OUTPUT_RULES[1], s.text)
            previous = s
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument(
        "--sentences", action="store_true", help="list the sentences (development sets only)"
    )
    args = parser.parse_args(argv)
    names = [rule.name for rule in RULES] + list(OUTPUT_RULES)
    by_set: dict[str, Counts] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            by_set[name] = count_set(name, Path(tmp))
    print("| rule | " + " | ".join(args.sets) + " | all |")
    print("|---|" + "---:|" * (len(args.sets) + 1))
    for rule in names:
        row = [len(by_set[s].fired.get(rule, ())) for s in args.sets]
        print(f"| {rule} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    if args.sentences:
        for name in args.sets:
            if name in BLIND:
                continue
            for rule in names:
                for sentence in sorted(by_set[name].fired.get(rule, ())):
                    print(f"{name}: {rule[:40]}: {' '.join(sentence.split())[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
