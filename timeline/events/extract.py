"""Per-article extraction: time expressions, sentences, and candidate events.

``extract_article(article) -> Extraction`` is a pure function of the article (text, date,
slug, url, lang): its record (``timeline.records``) is cached by the pipeline and computed
in worker processes. Nothing here knows about other articles, ``entities.yml`` or the ID
registry; ``assemble`` does that.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from timeline.articles import Article
from timeline.errors import TimelineError
from timeline.events import dates, features, kinds
from timeline.events.lexicon import alternation, calendar_words, lexicon
from timeline.events.nlp import (
    SKIPPED,
    get_nlp,
    lemma,
    parse,
    token_starts,
    verb_of_participle,
)
from timeline.events.phrases import noun_phrases
from timeline.events.sentences import Sentence as SentenceSpan
from timeline.events.sentences import normalize, split_sentences
from timeline.records import (
    Candidate,
    Extraction,
    NerMention,
    ParsedToken,
    ReportingClause,
    Sentence,
    SentenceAbout,
    SentenceDate,
    Subject,
)
from timeline.temporal.model import Timex
from timeline.temporal.tense import SENTENCE_BOUNDARY

_BATCH_SIZE = 64
#: a paragraph longer than this is analysed by spaCy on its first part only (sentences
#: beyond it get no tense, words or names: they can only be context)
MAX_ANALYSED = 100_000


def tag_article(article: Article, sentences: list[SentenceSpan] | None = None) -> list[Timex]:
    """The article body's time expressions, offsets into the whole file text.

    On a page of dated entries (``sentences``: its sentences; a heading that is a day and
    nothing else, "Le 13 janvier 2005", ``_entry_heading``), each entry is written on the
    day its heading names: its expressions are read from that day ("La fusée doit
    décoller demain soir" under "Le 13 mars": the 14th), not from the publication."""
    from timeline.temporal import tag

    shift = article.body_start
    found = [
        replace(t, start=t.start + shift, end=t.end + shift)
        for t in tag(article.body, article.date)
    ]
    published = article.date.isoformat()
    # (where the heading starts, where its entry starts, the day it names)
    entries = [
        (s.start, s.end, timex.span[0])
        for s in sentences or []
        if s.heading
        and (timex := _sole_timex(found, s)) is not None
        and timex.span is not None
        and _entry_heading(article.text[s.start : s.end], timex, published)
    ]
    for n, (_, start, day) in enumerate(entries):
        end = entries[n + 1][0] if n + 1 < len(entries) else len(article.text)
        found = _read_from(article, found, start, end, day)
    return sorted(found, key=lambda t: t.start)


def _read_from(
    article: Article, timexes: list[Timex], start: int, end: int, day: str
) -> list[Timex]:
    """``timexes`` (in order) with those of the file text from offset ``start`` to ``end``
    read again from ``day`` (ISO): a part of the article written on another day than the
    publication's (a page's dated entry, a retrospective's narration)."""
    from timeline.temporal import tag

    again = [
        replace(t, start=t.start + start, end=t.end + start)
        for t in tag(article.text[start:end], dt.date.fromisoformat(day))
    ]
    kept = [t for t in timexes if not start <= t.start < end]
    return sorted(kept + again, key=lambda t: t.start)


@dataclass(frozen=True)
class StoryNow:
    """A retrospective's narration: from file offset ``start`` to ``end``, told in the
    present from ``day`` (ISO), a day of another time than the publication's
    (``_story_now``)."""

    start: int
    end: int
    day: str
    #: told in the past from its opening on ("Le 15 janvier 2009, un avion a réussi à
    #: amerrir"): its expressions counted from the moment of speaking are the writer's
    past: bool = False
    #: where the sentences of its stretch start that name a time a year or more after that
    #: day ("Dix ans plus tard, le nom de son pilote reste associé à ...", "En 2016, le
    #: réalisateur a consacré au pilote un film"): told from the writer's time
    later: frozenset[int] = frozenset()

    def holds(self, sentence: Sentence) -> bool:
        """Is ``sentence`` told from that day?"""
        return self.start <= sentence.start < self.end and sentence.start not in self.later

    def date(self) -> SentenceDate:
        """The narration's day, as an undated sentence of it inherits it."""
        return SentenceDate(
            start=self.day,
            end=self.day,
            precision="inferred",
            open_start=False,
            dated_by="inherited",
            value=None,
        )


def _story_now(
    article: Article, sentences: list[Sentence], timexes: list[Timex]
) -> StoryNow | None:
    """Where an article tells a story of another time in the present, as if it were its
    today: a sentence told in the present, dated by a day it names with its year, at least
    ``story_now_min_days`` before publication, that opens it or follows a demonstrative
    ("Jeudi 23 avril 1998 vers 15 heures, ..., le détenu parvient à s'échapper", "«Pas de
    panique!», relatent les journaux en ce samedi 30 novembre 1996"). What the article tells
    after it, in the present or in direct speech, is told from that day ("Depuis 12 jours,
    les routiers sont en grève": counted from 30 November 1996, not from the publication;
    "Ce même 30 novembre": of 1996), up to a sentence in the pluperfect outside direct
    speech, a step back from the writer's own time ("Cette évasion avait provoqué une vague
    d'indignation"). None when no sentence sets such a day, or when one after a day of the
    writer's time: a news story that has told its own day first ("Des hommes armés ont
    attaqué mercredi le siège du journal. ... Le 8 février 2006, il publie des
    caricatures") tells the older day in the historic present of a background, not as its
    narration's today.

    An anniversary opens on such a day told in the past (``story_now_opening_tenses``: "Le
    9 janvier 2007, Steve Jobs montait sur la scène", "Le 15 janvier 2009, un avion de ligne
    a réussi à amerrir", "C'était le 9 janvier 2007.": ``story_now_presentatives``): what
    it tells after, in any tense, is told from that day ("Aucun des 155 occupants n'a
    perdu la vie"; a pluperfect goes back from it: "Le gouverneur avait alors parlé d'un
    miracle"), up to a sentence naming a day of the writer's time, but for the sentences
    naming a time a year or more after that day ("Dix ans plus tard, le nom de son pilote
    reste associé", "En 2016, le réalisateur a consacré un film au pilote"); its
    expressions counted from the moment of speaking stay the writer's (``past``)."""
    words = lexicon()
    latest = article.date - dt.timedelta(days=int(words["story_now_min_days"]))
    demonstratives = {str(w).lower() for w in words["story_now_demonstratives"]}
    presentatives = {str(w).lower() for w in words["story_now_presentatives"]}
    told = [n for n, s in enumerate(sentences) if not s.heading]
    for n, s in enumerate(sentences):
        if not s.heading and any(_of_writers_time(timexes[t], latest) for t in s.timexes):
            return None  # the story of the writer's time is told first
        past = bool(told) and n == told[0] and s.tense in words["story_now_opening_tenses"]
        if s.heading or (s.tense != "present" and not past) or s.timex is None:
            continue
        timex = timexes[s.timex]
        if timex.span is None or timex.span[0] != timex.span[1]:
            continue
        day = dt.date.fromisoformat(timex.span[0])
        if day > latest or not re.search(rf"\b{day.year}\b", timex.text):
            continue  # a day of the writer's time, or one whose year is not written
        before = s.text[: timex.start - s.start].strip(' \t\n«»"“”-–—').split()
        first = timex.text.split()[0].lower()
        alone = past and " ".join(before).lower() in presentatives  # "C'était le 9 janvier"
        if alone:
            before = []
        if before and first not in demonstratives and before[-1].lower() not in demonstratives:
            continue  # a day named in passing ("en mémoire des victimes du 26 décembre 2004")
        if not past:
            end = next(
                (
                    later.start
                    for later in sentences[n + 1 :]
                    if later.tense == "pluperfect" and not later.quote and not later.heading
                ),
                len(article.text),
            )
            return StoryNow(start=s.start, end=end, day=day.isoformat())
        # (what the historic present counts from the moment of speaking is counted from
        # that day: "Il explique qu'il attend ce jour depuis deux ans et demi")
        written = [
            (later, [timexes[k] for k in later.timexes if not _from_now(later, timexes[k])])
            for later in sentences[n + 1 :]
        ]
        end = next(
            (
                later.start
                for later, own in written
                if any(_of_writers_time(timex, latest) for timex in own)
            ),
            len(article.text),
        )
        then = (day + dt.timedelta(days=int(words["story_now_min_days"]))).isoformat()
        apart = frozenset(
            later.start
            for later, own in written
            if any(t.type != "DURATION" and (t.span or ("", ""))[0] >= then for t in own)
        )
        # "C'était le 9 janvier 2007.": the day alone, no act of it; what follows is told
        # from it
        start = sentences[n + 1].start if alone and n + 1 < len(sentences) else s.start
        return StoryNow(start=start, end=end, day=day.isoformat(), past=True, later=apart)
    return None


def _from_now(sentence: Sentence, timex: Timex) -> bool:
    """Is ``timex`` counted from the moment of speaking in a sentence told in the present
    ("ce jour", "depuis deux ans")?"""
    return sentence.tense == "present" and (timex.anchor or "").startswith("dct:")


def _of_writers_time(timex: Timex, latest: dt.date) -> bool:
    """Does ``timex`` name a day after ``latest`` (the writer's own time)?"""
    return kinds.names_day(timex) and timex.span is not None and timex.span[0] > latest.isoformat()


def _told_from(
    article: Article, timexes: list[Timex], now: StoryNow, sentences: list[Sentence]
) -> list[Timex]:
    """The article's time expressions, those of a retrospective's narration (``now``) read
    again from the day it is set on, as a page of dated entries' are from their headings'.
    In an anniversary told in the past (``now.past``) only its sentences in the historic
    present are ("Il explique qu'il attend ce jour depuis deux ans et demi": the day of
    2007); in another tense the moment of speaking is the writer's ("C'était il y a douze
    ans jour pour jour")."""
    if not now.past:
        return _read_from(article, timexes, now.start, now.end, now.day)
    for s in sentences:
        if now.holds(s) and s.tense == "present" and s.timexes:
            timexes = _read_from(article, timexes, s.start, s.end, now.day)
    return timexes


def _analyse_all(
    article: Article,
    sentences: list[SentenceSpan],
    docs: dict[int, Any],
    spans: list[tuple[int, int]],
    timexes: list[Timex],
    parsed: dict[int, Any],
    starts: dict[int, list[int]],
    names: dict[int, list[Any]],
    cued: dict[int, Any] | None = None,
    recalled: set[int] | None = None,
) -> list[Sentence]:
    """``_analyse`` for each sentence of an article, in the order of the text (each reads
    the ranks and flashbacks of the sentences before it); ``cued`` the parses of the
    sentences not dated that hold a cue counting only where it governs (``_cued_spans``);
    ``recalled`` gathers the expressions that date what a sentence recalls of a noun, not
    its act (``_analyse``)."""
    cued = {} if cued is None else cued
    ranks: dict[int, int | None] = {}  # the article's, filled sentence after sentence
    flashbacks: set[int] = set()  # the same
    return [
        _analyse(
            article,
            sentence,
            docs[sentence.paragraph],
            spans[sentence.paragraph - 1][0],
            timexes,
            parsed.get(k),
            starts[sentence.paragraph],
            ranks,
            names[sentence.paragraph],
            flashbacks,
            cued.get(k),
            recalled,
        )
        for k, sentence in enumerate(sentences)
    ]


def _sole_timex(timexes: list[Timex], sentence: SentenceSpan) -> Timex | None:
    """The one time expression of a sentence, or None (none, or several)."""
    inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
    return inside[0] if len(inside) == 1 else None


def _entry_heading(text: str, timex: Timex, published: str) -> bool:
    """Is a heading (``text``) a day and nothing else ("Le 14 janvier 2005", "Mardi 3
    mars"), up to publication: the heading of an entry on a page of dated entries? (A
    clock time alone, a live page's stamp, "03h06", heads its post so: of that day.)"""
    if timex.span is None or timex.span[0] != timex.span[1] or timex.span[0] > published:
        return False
    rest = normalize(text).replace(normalize(timex.text), "").strip(" .:,-–")
    return rest.lower() in {str(w) for w in lexicon()["entry_heading_articles"]}


def _mentions(ents: list[Any], base: int) -> list[NerMention]:
    kinds = lexicon()["ner_kinds"]
    return [
        NerMention(
            start=base + ent.start_char,
            end=base + ent.end_char,
            text=str(ent.text),
            label=str(ent.label_),
        )
        for ent in ents
        if ent.label_ in kinds
    ]


def _analyse(
    article: Article,
    sentence: SentenceSpan,
    doc: Any,
    base: int,
    timexes: list[Timex],
    parsed: Any = None,
    starts: list[int] | None = None,
    ranks: dict[int, int | None] | None = None,
    names: list[Any] | None = None,
    flashbacks: set[int] | None = None,
    cued: Any = None,
    recalled: set[int] | None = None,
) -> Sentence:
    """Everything about one sentence that does not depend on its neighbours.

    ``doc`` is spaCy's analysis of the sentence's paragraph, which starts at file offset
    ``base`` (names are recognised better with the whole paragraph as context); ``parsed``
    the dependency parse of the sentence alone when it has time expressions (which of them
    its main predicate governs, ``dates.clause_rank``); ``ranks`` those of the article's
    sentences before it, to which it adds its own (a date named in passing there anchors
    nothing here, ``_misanchored``); ``names`` the paragraph's named entities (``doc.ents``,
    read once a paragraph); ``flashbacks`` the expressions of the article's sentences before
    it that tell a step back (``_counted_from_flashback``), to which it adds its own;
    ``cued`` its parse when it is not dated and holds a cue counting only where it governs
    (its set-off stretches, ``features.set_off_stretches``); ``recalled`` the expressions of
    the article's sentences in a participle about a noun closing them
    (``dates.recalls_noun_day``), to which it adds its own: they date no act of their
    sentence, yet the narration goes on from them (``_date_sentences``).
    """
    text = normalize(article.text[sentence.start : sentence.end])
    inside = [i for i, t in enumerate(timexes) if sentence.start <= t.start < sentence.end]
    report = None if sentence.heading else features.reporting_clause(text)
    shift = base - sentence.start  # token.idx + shift: offset in the sentence
    if starts is None:
        starts = token_starts(doc)
    # the tokens that start inside the sentence (``starts``: their offsets in the paragraph)
    first_token = bisect_left(starts, sentence.start - base)
    tokens = list(doc[first_token : bisect_left(starts, sentence.end - base)])
    if (
        report is not None
        and report.kind == "trailing"
        and features.apposed_subject([t for t in tokens if t.idx + shift < report.start])
    ):
        report = None  # "Le ministre, Jean Dupuis, a annoncé un plan": no one's words
    report_abs = None
    if report is not None:
        report_abs = (sentence.start + report.start, sentence.start + report.end)
    if report is not None:
        c_start, c_end = report.content
        content_toks = [t for t in tokens if c_start <= t.idx + shift < c_end]
        r_toks = [t for t in tokens if report.start <= t.idx + shift < report.end]
        report_tense = features.tense_of(r_toks)
        content_tense = features.tense_of(content_toks, spoken=features.is_quote(text))
        tense = report_tense or content_tense
        verb = features.main_verb_lemma(r_toks) or features.main_verb_lemma(content_toks)
    else:
        # "L'origine n'est pas connue mais le directeur a évoqué ...": what the clause set
        # against the first tells
        content_toks = features.contrasted_clause(tokens) or tokens
        tense = content_tense = features.tense_of(content_toks)
        verb = features.main_verb_lemma(content_toks)
        joined = dates.speech_beside_future(parsed) if parsed is not None else None
        if joined is not None and tense in lexicon()["future_tenses"]:
            # "Il signera demain l'arrêté, et déclare avoir demandé une enquête": told as
            # the speaker's words of the day (``_announced_beside``), the future relayed
            verb, tense = joined
    ranks = {} if ranks is None else ranks
    flashbacks = set() if flashbacks is None else flashbacks
    set_off = _set_off(text, parsed if parsed is not None else cued)
    parts: dict[int, list[Any]] = {}
    if parsed is not None:
        for i in inside:
            first, last = timexes[i].start - sentence.start, timexes[i].end - sentence.start
            parts[i] = [t for t in parsed if first <= t.idx < last]
            ranks[i] = dates.clause_rank(parts[i])
            if recalled is not None and dates.since_with_its_cause(parts[i], parsed, timexes[i]):
                # "Depuis vendredi, X est en détention : la cour a suivi le parquet": the
                # state's first day, the act's, which the narration goes on from
                recalled.add(i)
            if dates.recalls_noun_day(parts[i]):
                # "... de l'ancien Premier ministre Shinzo Abe, assassiné vendredi"
                ranks[i] = None
                if recalled is not None:
                    recalled.add(i)
            elif dates.state_of_noun(parts[i], timexes[i]):
                ranks[i] = None  # "Au pouvoir depuis 20 ans, le président a ..."
            elif dates.ranks_in_period(parts[i], timexes[i], article.date.isoformat()):
                ranks[i] = None  # "Pour sa dernière mission de l'année, la fusée a ..."
            elif dates.period_of_complement(parts[i], timexes[i], article.date.isoformat()):
                ranks[i] = None  # "a confirmé les rumeurs du début de semaine en ..."
            elif _dates_a_complement(parts[i], timexes[i], inside, timexes, article.date):
                ranks[i] = None  # "condamnés pour trois vols entre 1995 et 1999"
            elif _in_relative_of_story(parts[i], timexes[i], article.date):
                ranks[i] = None  # "le bilan du séisme qui a ébranlé, vendredi, le sud-est"
            elif tense == "past" and dates.in_earlier_relative(parts[i]):
                ranks[i] = None  # "s'est posé à l'aéroport, d'où il avait décollé le 9 mars"
            elif _recalled_of_story(parts[i], timexes[i], article.date):
                ranks[i] = None  # "... a bien causé la déflagration du 12 janvier"
            elif _after_earlier_act_of_story(parsed, first, timexes[i], article.date):
                # "Les dockers ont cessé le travail après le licenciement d'un collègue
                # hier": the day of the act it followed, which anchors no clock time of
                # the narration either ("Vers 10h, ils se sont rassemblés")
                ranks[i] = None
                flashbacks.add(i)
    if report is not None and report.kind == "trailing" and report.speaker is not None:
        # "..., a assuré le ministre, présent à la passation après la démission de X, la
        # veille au soir": the day of what the apposition about the speaker tells of
        spoken = report.speaker[1]
        for i in inside:
            at = timexes[i].start - sentence.start
            if spoken < at and dates.of_earlier_happening_by_speaker(
                [t for t in tokens if spoken <= t.idx + shift < at]
            ):
                ranks[i] = None
    for i in inside:
        before = article.text[max(0, timexes[i].start - 40) : timexes[i].start]
        glued = (
            dates.glued_to_name(before, timexes[i])
            or dates.names_a_text(before)
            or dates.opens_period_of_noun(before)
            or dates.compared_with_earlier(text[: timexes[i].start - sentence.start], timexes[i])
            or dates.compared_with(text[: timexes[i].start - sentence.start], timexes[i])
        )
        stepped = tense != "pluperfect" and _counted_from_flashback(timexes, i, inside, flashbacks)
        if stepped:
            flashbacks.add(i)
        if glued or stepped or _misanchored(timexes, i, base, ranks, inside, article.text):
            ranks[i] = None
        elif any(s <= timexes[i].start - sentence.start < e for s, e in set_off):
            # a date told of a noun ("Le non, qui caracolait en tête des sondages depuis
            # trois semaines, l'a emporté"): no date of what the main clause tells
            ranks[i] = None
        elif dates.in_dateline(text, timexes[i].start - sentence.start):
            # the day of an agency's dispatch ("BAMAKO, 9 octobre (Reuters) - ... sont
            # arrivés jeudi"): the telling's, after any day the sentence tells
            ranks[i] = DATELINE_RANK
    if tense == "pluperfect" and not any(_opens(timexes[i], sentence.start, text) for i in inside):
        # not one opened by its moment ("Ce matin, le brasier s'était étendu sur 400 000
        # hectares"): that is the moment the narration has reached, what was done by then;
        # nor a moment of the day of writing ("La crue s'était étendue ce matin sur 400
        # hectares"): no step back from the narration of that day
        written = article.date.isoformat()
        flashbacks.update(i for i in inside if (timexes[i].span or ("", ""))[0] != written)
    # the period a count is about ("Cinq cas ont été recensés au cours de la semaine du 8
    # au 14 janvier, a annoncé vendredi l'agence"): told when the count is given
    dated = {t.i for part in parts.values() for t in part}
    for i in parts:
        ranged = _in_range(timexes, i, inside, article.text)
        if dates.counts_over(parts[i], timexes[i], ranged, report is not None, dated):
            ranks[i] = None
    completed = [i for i in parts if dates.completed_since(parts[i], timexes[i])]
    dating = dates.choose_timex(timexes, inside, report_abs, ranks, completed)
    said_on = dates.report_timex(timexes, inside, report_abs, ranks)
    names = list(doc.ents) if names is None else names
    ents = [e for e in names if 0 <= e.start_char + shift < sentence.end - sentence.start]
    skip = [(timexes[i].start, timexes[i].end) for i in inside]
    # what happened, read without the time expressions ("a lancé mercredi une opération")
    action = features.action_lemma(
        [t for t in content_toks if not any(s <= base + t.idx < e for s, e in skip)]
    )
    if report is not None:
        # who said it is compared apart (the speaker); what leads the reporting clause
        # ("Evoquant les actions de l'aviation, M. Poutine a indiqué ...") is content
        said_from = report.start
        if report.kind == "leading" and report.speaker is not None:
            s_start, s_end = report.speaker
            comma = text.rfind(", ", s_start, s_end)
            said_from = comma + 2 if comma != -1 else said_from
        skip.append((sentence.start + said_from, sentence.start + report.end))
    words = [(int(at), str(lemma)) for at, lemma in features.content_tokens(tokens, base, skip)]
    return Sentence(
        start=sentence.start,
        end=sentence.end,
        paragraph=sentence.paragraph,
        index_in_paragraph=sentence.index_in_paragraph,
        text=article.text[sentence.start : sentence.end],
        heading=sentence.heading,
        tense=tense,
        content_tense=content_tense,
        verb=verb,
        action=action,
        timexes=inside,
        timex=dating,
        report=(
            None
            if report is None
            else ReportingClause(
                kind=report.kind,
                start=sentence.start + report.start,
                end=sentence.start + report.end,
                verb=report.verb,
                speaker=(
                    None
                    if report.speaker is None
                    else (
                        sentence.start + report.speaker[0],
                        sentence.start + report.speaker[1],
                    )
                ),
            )
        ),
        quote=features.is_quote(text),
        quoted=_quoted(text, sentence.start, report, sentence.heading),
        continuation=features.is_continuation(text),
        goes_on=features.goes_on(text),
        additive=features.is_additive(text),
        hypothetical=features.is_hypothetical(text),
        mentions=_mentions(ents, base),
        words=words,
        numbers=sorted({int(w) for _, w in words if w.isdigit()}),
        report_timex=said_on,
        modal_date=dating is not None and dates.modal_governs(parts.get(dating, [])),
        forecast_date=dating is not None and dates.forecast_governs(parts.get(dating, [])),
        predicate=features.predicate_of(content_toks),
        second_plural=[t.idx + shift for t in features.second_plural_verbs(tokens)],
        set_off=set_off,
    )


def _set_off(text: str, tree: Any) -> list[tuple[int, int]]:
    """The set-off stretches of a parsed sentence that holds a cue counting only where it
    governs (``kinds.governing_text``); none otherwise."""
    if tree is None or not kinds.has_governing_cue(text):
        return []
    return features.set_off_stretches(list(tree))


def _dates_a_complement(
    tokens: list[Any], timex: Timex, inside: list[int], timexes: list[Timex], published: dt.date
) -> bool:
    """A period long before publication (``context_past_days``) that completes a noun the
    main predicate governs (``dates.complemented_noun``: "Deux frères ont été condamnés
    pour trois vols entre 1995 et 1999", "il lui était reproché d'être co-auteur du meurtre
    de X en 1989"): the past of what the noun names, never the date of the act the sentence
    tells, as if a participle said so ("pour trois vols commis entre 1995 et 1999"). (Not a
    noun that is itself a time expression: "depuis février-mars 2011", where the parser
    makes "mars 2011" the complement of "février".)"""
    noun = dates.complemented_noun(tokens)
    if noun is None or timex.span is None or timex.type == "DURATION":
        return False
    at = timex.start - tokens[0].idx + noun.idx  # the noun's offset in the article
    if any(timexes[j].start <= at < timexes[j].end for j in inside):
        return False
    ended = dt.date.fromisoformat(timex.span[1])
    return (published - ended).days >= int(lexicon()["context_past_days"])


def _in_relative_of_story(tokens: list[Any], timex: Timex, published: dt.date) -> bool:
    """A day of the story (less than ``context_past_days`` before publication) in a relative
    clause right after its noun, or in an incise of one (``dates.in_restrictive_relative``:
    "Le dernier bilan du séisme qui a ébranlé, vendredi, le sud-est s'est alourdi", "Il
    s'adresse aux victimes qui ont la chance d'être parmi nous aujourd'hui"): the day of
    that noun's happening, never that of the act the sentence tells. A day long past stays
    (a history told in passing, "des commandos qui ont tué 130 personnes le 13 novembre
    2015": what makes the sentence background)."""
    if timex.span is None or not dates.in_restrictive_relative(tokens):
        return False
    ended = dt.date.fromisoformat(timex.span[1])
    return (published - ended).days < int(lexicon()["context_past_days"])


def _recalled_of_story(tokens: list[Any], timex: Timex, published: dt.date) -> bool:
    """A day of the story (on or before publication, less than ``context_past_days``
    before it) completing the noun of the happening a sentence in the present recalls
    (``dates.of_recalled_happening``: "Il leur revient de dire si une fuite de gaz a bien
    causé la déflagration du 12 janvier", in an article of the 30th): that happening's day,
    not the day of what the sentence tells (where things stand when it is written), nor
    one the narration goes on from."""
    if timex.span is None or timex.type == "DURATION" or timex.precision != "day":
        return False
    ended = dt.date.fromisoformat(timex.span[1])
    if not 0 < (published - ended).days < int(lexicon()["context_past_days"]):
        return False
    return dates.of_recalled_happening(tokens)


def _after_earlier_act_of_story(
    parsed: list[Any], at: int, timex: Timex, published: dt.date
) -> bool:
    """A day of the story (less than ``context_past_days`` before publication) at offset
    ``at`` of its sentence (``parsed``: its tokens) in the complement of an act the
    sentence's act followed (``dates.after_earlier_act``: "après le renvoi de leur chef
    hier"): that act's day, not the sentence's."""
    if timex.span is None or timex.type == "DURATION":
        return False
    ended = dt.date.fromisoformat(timex.span[1])
    recent = (published - ended).days < int(lexicon()["context_past_days"])
    return recent and dates.after_earlier_act([t for t in parsed if t.idx < at])


def _quoted(
    text: str, start: int, report: features.FoundReport | None, heading: bool
) -> tuple[int, int] | None:
    """Who a sentence (``text``, normalised, at file offset ``start``) quotes when its
    reporting clause names nobody or it has none (``features.quoted_speaker``)."""
    if heading or (report is not None and report.speaker is not None):
        return None
    found = features.quoted_speaker(text)
    return None if found is None else (start + found[0], start + found[1])


def _names_its_day(timex: Timex) -> bool:
    """The expression names a weekday or a month ("samedi soir", "17 heures ce mercredi",
    "le 3 mars"): its day is its own, whatever day the tagger counted it from."""
    weekdays, months = calendar_words()
    words = set(normalize(timex.text).lower().split())
    return bool(words & {w.lower() for w in weekdays + months})


def _misanchored(
    timexes: list[Timex],
    index: int,
    paragraph_start: int,
    ranks: dict[int, int | None],
    inside: list[int],
    text: str = "",
) -> bool:
    """An expression the tagger anchored on a day that opens no narration: its day is that
    of the narration it belongs to (or none: ``_counted_from_untold``; ``text``: the
    article's).

    The start of a period named in another sentence ("qui occasionne depuis mardi des
    pertes") anchors no expression ("à partir de 11h30"), nor does a day named in passing
    in another sentence (in a clause about a noun, ``ranks`` None, or itself misanchored:
    "la liste des produits qui ont brûlé jeudi 26 septembre") a day counted from it ("Au
    lendemain de son déplacement", "au cours de la journée"; a clock time may be: "le
    séisme qui a frappé le Maroc le 8 septembre au soir. La secousse a été enregistrée à
    23h11"). A clock time or a part of the day ("tôt dans la matinée", "dans la journée":
    ``narrated_day_rules``) is not anchored on a day told in an earlier paragraph ("La
    veille" of another paragraph), on a clause about a noun of its own sentence ("le séisme
    qui a frappé le 8 septembre au soir"), nor on another sentence when its own names a day
    ("à 14 heures cet après-midi"). ``inside``: the indexes of its sentence's expressions.
    """
    counted = _counted_from_before(timexes, index, "UNDEF-anchor")
    if counted is None:
        return False
    timex = timexes[index]
    partial = str(timex.extra.get("partial", ""))
    day, told = counted
    # a part of the day counted from a day named after it in its sentence, in a clause
    # about a noun ("Un peu plus tôt dans l'après-midi, X a demandé à être déchargé de la
    # mission que le Roi lui avait confiée samedi"): that clause's day, not the act's
    later = [j for j in inside if j > index and (timexes[j].span or ("", ""))[0] == day]
    if not told and later and ranks.get(later[0], 0) is None:
        return True
    if not told:
        return False
    j = told[-1]
    elsewhere = j not in inside
    if (
        elsewhere
        and text
        and _STEP_OF_DAYS.match(partial)
        and _spoken_apart(text, paragraph_start, timex.start, timexes[j].start)
    ):
        # "Le patron s'est expliqué ce dimanche. « Cela a été corrigé dès le lendemain »":
        # the day after a day of the speaker's story, which the quoted words do not name
        return True
    if elsewhere and text and _counted_from_untold(text, timex, timexes[j]):
        return True  # "Au lendemain de leur victoire": a day the text never told
    passing = j in ranks and ranks[j] is None
    clock = partial.startswith("UNDEF-anchor-T")
    if elsewhere and (dates.starts_period(timexes[j]) or (passing and not clock)):
        return True
    if not clock and timex.rule not in set(lexicon()["narrated_day_rules"]):
        return False
    if timexes[j].start < paragraph_start or (passing and not elsewhere):
        return True
    own_day = any(
        k != index
        and dates.has_span(timexes[k])
        and timexes[k].precision in ("day", "time")
        and not dates.is_vague(timexes[k])
        and not (timexes[k].anchor or "").startswith("previous:")
        for k in inside
    )
    return elsewhere and own_day


def _spoken_apart(text: str, paragraph_start: int, at: int, told: int) -> bool:
    """Is offset ``at`` of ``text`` inside quoted words (between quotation marks opened and
    closed in its paragraph, which starts at ``paragraph_start``) and offset ``told``
    before them? The speaker counts days from the speaker's own story, not from a day the
    narration told."""
    if told >= at:
        return False
    marks = lexicon()["quotes"]
    opening, closing, toggle = set(marks["open"]), set(marks["close"]), set(marks["toggle"])
    end = text.find("\n\n", at)
    opened: list[int] = []
    for k in range(paragraph_start, len(text) if end == -1 else end):
        ch = text[k]
        if ch in opening or (ch in toggle and not opened):
            opened.append(k)
        elif (ch in closing or ch in toggle) and opened:
            first = opened.pop()
            if first < at < k:
                return told < first and not opened
    return False


def _opens(timex: Timex, start: int, text: str) -> bool:
    """Does the expression open the sentence (which starts at file offset ``start``; its
    ``text``), after at most ``moment_opening_max_words`` words and no punctuation ("Ce
    matin, ...", "A 12 h 30 ...", "Dès lundi, ...")? Opening a sentence in the pluperfect,
    it names the moment by which what the verb tells was done ("Ce matin, le brasier s'était
    étendu sur 400 000 hectares"), the narration's, not the day of a step back ("Le
    gouvernement avait décidé la veille d'accorder un prêt")."""
    before = text[: max(0, timex.start - start)]
    most = lexicon()["moment_opening_max_words"]
    return len(before.split()) <= most and not re.search(r"[^\w\s'’-]", before)


def _event_between(sentences: list[Sentence], first: int, last: int) -> bool:
    """Does an event sentence stand between sentences ``first`` and ``last``? A day told
    after an undated sentence is the one its narration reaches only when no other act comes
    between them ("Le robot s'est séparé de la sonde. Il s'est posé hier": the landing's
    day): past another act, the text has moved on ("Le retour de l'ambassadeur a été salué
    par le gouvernement. Le ministre a déclaré qu'il espérait ... L'autre ambassadeur est
    depuis rentré, le 29 septembre": the greeting is of the day of writing, not the 29th)."""
    return any(sentences[k].role == "event" for k in range(first + 1, last))


def _frames_paragraph(sentence: Sentence, timex: Timex) -> bool:
    """Does ``sentence`` open its paragraph in the pluperfect on the day that opens it
    ("Dimanche soir, la victoire était déjà acquise. Ses partisans ont envahi les rues")?
    The step back is where the paragraph goes: what it tells next in the past, naming no
    day, happened on that day (not on the day told before the paragraph). It is no day
    of the story for the paragraphs after it ("Dimanche, le conseil avait rejeté l'offre. //
    Le patron a affirmé ...": told on the day of writing), nor one placed inside a
    paragraph ("La banque a relevé ses taux. Mercredi, la Fed avait fait de même")."""
    return (
        sentence.tense == "pluperfect"
        and sentence.index_in_paragraph == 0
        and _opens(timex, sentence.start, sentence.text)
    )


def _counted_from_flashback(
    timexes: list[Timex], index: int, inside: list[int], flashbacks: set[int]
) -> bool:
    """A clock time or a part of the day ("dans la matinée", "à 7h40") that the tagger
    counted from the day last told in another sentence, that sentence a step back in the
    pluperfect ("Le gouvernement avait décidé la veille d'accorder un prêt. La reprise a
    commencé dans la matinée"): the flashback tells what came before the narration, whose
    day the next sentence in another tense returns to; the part of the day is the
    narration's, not the flashback's. ``flashbacks``: the expressions of the sentences told
    in the pluperfect before it (not one opened by its moment, ``_opens``, nor a moment of
    the day of writing: "La crue s'était étendue ce matin"), and those counted from them."""
    counted = _counted_from_before(timexes, index, "UNDEF-anchor-T")
    if counted is None:
        return False
    told = counted[1]
    return bool(told) and told[-1] not in inside and told[-1] in flashbacks


def _counted_from_before(
    timexes: list[Timex], index: int, partial: str
) -> tuple[str, list[int]] | None:
    """The day the tagger counted expression ``index`` from, a day told before it (an
    ``anchor`` "previous:<day>", a partial value opening with ``partial``: "UNDEF-anchor",
    or "UNDEF-anchor-T" for a clock time or a part of the day), and the indexes of the
    expressions before it that name that day; None when it is not counted so, or names
    its own day ("17 heures ce mercredi", "à 14 heures jeudi")."""
    timex = timexes[index]
    anchor = timex.anchor or ""
    if not anchor.startswith("previous:"):
        return None
    if not str(timex.extra.get("partial", "")).startswith(partial) or _names_its_day(timex):
        return None
    day = anchor.split(":", 1)[1]
    return day, [j for j in range(index) if (timexes[j].span or ("", ""))[0] == day]


# a partial value counted from a day told: "au lendemain de" (``-after``), "la veille",
# "le lendemain", "le surlendemain" (a step of days)
_COUNTED_DAY = re.compile(r"^UNDEF-anchor(?:-day-(?:PLUS|MINUS)-\d+)?(?:-after)?$")
# of those, a step of days ("le lendemain", "la veille", "au lendemain de"), not the day told
# itself ("ce jour-là", "plus tôt dans la journée")
_STEP_OF_DAYS = re.compile(r"^UNDEF-anchor(?:-day-(?:PLUS|MINUS)-\d+(?:-after)?|-after)$")


@cache
def _counted_complement() -> re.Pattern[str]:
    """What names the happening a day is counted from, right after the expression: "de
    leur victoire", "du drame", "de l'attaque", "de cet exploit" (groups ``det``, ``noun``)."""
    lex = lexicon()
    determiners = alternation(lex["counted_day_determiners"] + lex["counted_day_demonstratives"])
    return re.compile(
        rf"\s*(?:(?:des|du|de)\s+|d['’]\s*)(?:(?P<det>{determiners})(?:\s+|(?<=['’])))?"
        r"(?P<noun>[^\W\d_][\w-]*)",
        re.IGNORECASE,
    )


def _counted_from_untold(text: str, timex: Timex, told: Timex) -> bool:
    """A day counted from a happening its complement names ("Au lendemain de leur victoire,
    les joueurs ont défilé lundi", "la veille de son procès"), which the tagger counted
    from the last day told, ``told``, in another sentence: that day is the happening's only
    if the sentence telling it names it too (a word of the stem of the complement's noun)
    or the complement points back to what was just told ("au lendemain de cet exploit":
    ``counted_day_demonstratives``). Otherwise the text never dated that happening, and the
    expression names no day (``text``: the article's)."""
    if not _COUNTED_DAY.match(str(timex.extra.get("partial", ""))):
        return False
    found = _counted_complement().match(text, timex.end)
    if found is None or found.group("noun")[0].isupper():
        # "Le lendemain, il a avoué": counted from the day told; "vainqueurs la veille de
        # la Croatie": a name, the complement of another word
        return False
    determiner = (found.group("det") or "").lower()
    if determiner in lexicon()["counted_day_demonstratives"]:
        return False
    start = max((m.end() for m in SENTENCE_BOUNDARY.finditer(text, 0, told.start)), default=0)
    end = SENTENCE_BOUNDARY.search(text, told.end)
    sentence = text[start : end.start() if end is not None else len(text)]
    stem = found.group("noun").lower()[:5]
    return re.search(rf"(?<!\w){re.escape(stem)}", sentence, re.IGNORECASE) is None


def _lemmas(sentence: Sentence) -> str:
    return " ".join(w for _, w in sentence.words)


def _back_from_step_back(sentences: list[Sentence], index: int, earlier: list[int]) -> int:
    """The event of its paragraph that sentence ``index`` explains, of the ``earlier`` ones:
    the last, unless that one steps back in the pluperfect and ``index``, told in another
    tense, returns to the narration an earlier event told ("Le ministre a annoncé mercredi
    le retour de l'ambassadeur. Celui-ci avait été rappelé le mois dernier. « C'est un saut
    dans l'inconnu », a regretté le ministre": the regret follows the announcement, not
    the recall)."""
    last = earlier[-1]
    tense = sentences[index].tense
    if sentences[last].tense != "pluperfect" or tense is None or tense == "pluperfect":
        return last
    narration = [e for e in earlier if sentences[e].tense != "pluperfect"]
    return narration[-1] if narration else last


def _after_step_backs_only(sentences: list[Sentence], index: int, events: list[int]) -> bool:
    """Is sentence ``index``, told in another tense than the pluperfect, preceded only by
    events that are steps back told in the pluperfect in other paragraphs ("Le défenseur
    avait frappé un adversaire jeudi, selon le quotidien. // « La décision vient d'être
    prise », a indiqué le président. // Le club a pris la décision de le licencier")? What
    it tells belongs to the narration that comes after it, not to what came before it."""
    s = sentences[index]
    return (
        s.tense not in (None, "pluperfect")
        and bool(events)
        and all(
            sentences[e].tense == "pluperfect" and sentences[e].paragraph != s.paragraph
            for e in events
        )
    )


def _best_previous_event(sentences: list[Sentence], index: int, events: list[int]) -> int | None:
    """The earlier event sentence that ``index`` most likely explains."""
    earlier = [e for e in events if e < index]
    if not earlier:
        later = [e for e in events if e > index]
        return later[0] if later else None
    same_paragraph = [e for e in earlier if sentences[e].paragraph == sentences[index].paragraph]
    if same_paragraph:
        return _back_from_step_back(sentences, index, same_paragraph)
    text = _lemmas(sentences[index])

    def score(e: int) -> tuple[float, int]:
        similarity = fuzz.token_set_ratio(text, _lemmas(sentences[e])) if text else 0.0
        return (similarity - 3.0 * (index - e), e)

    return max(earlier, key=score)


def _of_its_time(
    sentences: list[Sentence], index: int, events: list[int], told_from: StoryNow | None
) -> list[int]:
    """The events a sentence told outside a retrospective's narration (``told_from``) may
    go on with: those of the writer's own time ("Nous avions fermé toutes les frontières",
    a minister's words of today after the escape of 1998 told in the present), unless
    there are none."""
    if told_from is None or told_from.holds(sentences[index]):
        return events
    return [e for e in events if not told_from.holds(sentences[e])] or events


def _classify(
    sentences: list[Sentence],
    timexes: list[Timex],
    dct: dt.date,
    captions: Collection[tuple[int, int]] = (),
    told_from: StoryNow | None = None,
) -> None:
    """Give each sentence a kind (``kinds``) and a role: event, follow-up, context,
    background (dated context: the chronology's context list), aside (not an event:
    captions, forecasts, polls, embedded posts: the sentences mostly within the spans
    ``captions``) or heading;
    and the event it belongs to (its parent). A retrospective's narration (``told_from``)
    is written from the day it is set on: what it tells of that day is no older happening."""
    lex = lexicon()
    events: list[int] = []
    pending: list[int] = []
    previous_event: int | None = None
    history = False  # the sentence before tells a past before the story (kinds)
    history_until: str | None = None  # the last day of the periods that history named
    narrated = False  # ... in the historic present
    earlier = False  # ... undated, which a pluperfect goes on telling (kinds.tells_earlier)
    deceased = kinds.deceased_names(sentences)  # an obituary's person
    recalled = kinds.dated_nouns(sentences, timexes, dct)  # "le tsunami du 26 décembre 2004"
    written = _written_days(sentences, timexes, dct)
    if told_from is not None:
        day = dt.date.fromisoformat(told_from.day)
        written = [
            day if told_from.holds(s) else w for s, w in zip(sentences, written, strict=True)
        ]
    summary = kinds.standfirst(sentences, captions)  # the page's chapô: no part of the story
    for i, s in enumerate(sentences):
        s.parent = None
        now = written[i]  # the day it was written: what is to come or done is counted from it
        dating = timexes[s.timex] if s.timex is not None else None
        said = timexes[s.report_timex] if s.report_timex is not None else None
        others = [timexes[t] for t in s.timexes]
        before = sentences[i - 1] if i and sentences[i - 1].paragraph == s.paragraph else None
        told_before = sentences[i - 1] if i else None
        s.kind = kinds.sentence_kind(s, dating, now, others, said, before, told_before)
        carried = (
            history
            and sentences[i - 1].paragraph == s.paragraph
            and s.kind in kinds.EVENT_KINDS
            and dating is None
            and (
                kinds.goes_on_history(s, others, now)
                or (narrated and kinds.goes_on_historic_present(s, others, now))
            )
            # "Plus d'un siècle après, l'épave a enfin été retrouvée": back to the story
            and not kinds.lapse_reaches_story(s, others, history_until, now)
        )
        # "Elle était jusque-là juriste. Elle y avait été nommée par ...": the pluperfect
        # goes on telling the earlier past (not carried further: the story's tenses after it)
        continued = (
            not carried
            and earlier
            and sentences[i - 1].paragraph == s.paragraph
            and s.kind in kinds.EVENT_KINDS
            and dating is None
            and kinds.goes_on_earlier(s)
        )
        if (
            not carried
            and not continued
            and (
                s.kind in kinds.EVENT_KINDS
                and dating is None
                and kinds.tells_dated_happening(s, recalled, others, now)
            )
        ):
            carried = True  # "Le tsunami a également provoqué ...": the older happening's past
        if carried or continued:
            s.kind = kinds.CONTEXT  # the narration stays in the past told just before
        elif (
            s.kind in kinds.EVENT_KINDS
            and dating is None
            and kinds.tells_career(s, deceased, others, now)
        ):
            s.kind = kinds.CONTEXT  # an obituary's career
        elif s.kind in kinds.EVENT_KINDS and dates.in_writers_voice(s):
            # the outlet recalling its own earlier report ("Souvenez-vous, mercredi, nous
            # faisions part de cette demande"): no happening of the story, nobody's source
            s.kind = kinds.CONTEXT
        went_on = carried and narrated  # the historic present's narration goes on
        history = earlier = narrated = False
        if s.heading:
            s.role = "heading"
            continue
        if kinds.mostly_within(s.start, s.end, captions) or i == summary:
            s.kind = kinds.NOT_EVENT
        if s.kind == kinds.NOT_EVENT:
            s.role = "aside"
            continue
        if s.kind == kinds.CONTEXT:
            # dated background goes to the chronology's context; an undated history ("a
            # été condamné par le passé") is nobody's source
            s.role = "background" if dating is not None else "context"
            history = carried or kinds.tells_history(s, dating, others, now)
            history_until = kinds.latest_day(others, history_until if carried else None)
            narrated = went_on or (history and kinds.told_tense(s) == "present")
            earlier = continued or history or kinds.tells_earlier(s, others, now)
            continue
        if (
            before is not None
            and before.role == "aside"
            and before.kind == kinds.NOT_EVENT
            and i - 1 != summary
            and not kinds.mostly_within(before.start, before.end, captions)
            and not s.quote
            and features.reporting_cleft(s.text, s.verb) is not None
        ):
            # a cleft of reporting ("C'est ce qu'a annoncé la ministre") after what was
            # set aside as a forecast ("Les habitants pourront rentrer dès le 1er juin"):
            # what is to come is the speaker's announcement, an event, and the cleft its
            # reporting clause (assemble._reporting_clauses)
            before.role = "event"
            before.kind = (
                kinds.ANNOUNCEMENT if before.tense in lex["future_tenses"] else kinds.STATEMENT
            )
            events.append(i - 1)
            previous_event = i - 1
            for j in pending:
                sentences[j].parent = i - 1
            pending = []
            s.role, s.parent = "follow-up", i - 1
            continue
        state = s.tense == "present" and s.verb in lex["stative_lemmas"]
        first_in_paragraph = s.index_in_paragraph == 0
        is_lead = not events and not pending and first_in_paragraph
        role = "event"
        # a paragraph of its own for what someone named says ("« ... », a expliqué le
        # ministre des Finances"): a statement of its own, said the day it is told
        speaks = (
            first_in_paragraph
            and s.kind == kinds.STATEMENT
            and s.report is not None
            and s.report.kind == "trailing"
            and s.report.speaker is not None
            and features.speaks_anew(
                s.report.verb,
                s.text[s.report.speaker[0] - s.start : s.report.speaker[1] - s.start],
            )
            and not kinds.is_street_voice(s)
        )
        if s.continuation and previous_event is not None and not speaks:
            prev = sentences[previous_event]
            prev_span = timexes[prev.timex].span if prev.timex is not None else None
            if (
                dating is None
                or list(dating.span or []) == list(prev_span or [])
                or (
                    prev_span is None
                    and dating.span is not None
                    and dating.span[0] == dating.span[1]
                )
            ):
                role = "follow-up"
        if role == "follow-up" or speaks:
            pass
        elif dating is not None:
            if (s.quote or s.hypothetical) and not dates.is_strong(dating):
                role = "follow-up"
        elif (
            s.quote
            or s.hypothetical
            or s.continuation
            or (s.additive and previous_event is not None)
            or (
                # "Il a été arrêté": the one just named; not "Il reste décevant", a state
                features.has_pronoun_subject(s.text) and previous_event is not None and not state
            )
        ):
            role = "follow-up"
        elif s.verb in lex["past_state_lemmas"] and previous_event is not None:
            role = "follow-up"  # "X est resté impassible": how someone was, during it
        elif s.kind == kinds.HAPPENING and kinds.is_act_announced(
            s, s.content_tense or s.tense, before
        ):
            # "Le ministre doit ensuite visiter le port": the next act the narration of the
            # day announces, an event of its own (not a state of "devoir")
            role = "event"
        elif (
            first_in_paragraph
            and s.kind == kinds.ANNOUNCEMENT
            and dating is None
            and kinds.goes_on_day_plan(s, s.content_tense or s.tense, told_before)
        ):
            # "Les alpinistes sont arrivés au camp. // Ils vont ensuite rejoindre le village":
            # a paragraph opening on the next act of the day the narration told, an event of
            # its own (dated by that narration; inside a paragraph, a follow-up)
            role = "event"
        elif s.tense in lex["narrative_tenses"] and not features.is_negated(s.text):
            # "Les gendarmes ont repéré son véhicule": a happening of its own, dated by the
            # narration it belongs to
            role = "event"
        elif (
            first_in_paragraph
            and any(kinds.names_day(t) for t in others)
            and s.tense == "present"
            and s.kind == kinds.HAPPENING
            and not features.is_negated(s.text)
            and not features.is_impersonal(s.text)
            and kinds.etre_compound_past(s)
        ):
            # "La cabine est tombée vers 12H30", "le vote est intervenu vers 17h00": a
            # paragraph opening on the compound past of a verb that takes "être", read by the
            # tagger as a present, with a day or a time of its own: a happening of its own,
            # as the past is
            role = "event"
        elif previous_event is not None and (
            features.is_attributed(s.text) or features.goes_on_narrating(s.text)
        ):
            # "Selon le ministre, ...", "Puis l'accusé prévient la cour : ...": more of what
            # is being told
            role = "follow-up"
        elif (
            first_in_paragraph
            and s.kind == kinds.STATEMENT
            and (kinds.view_holder(s) or kinds.opens_on_channel(s))
        ):
            # a paragraph opening on whose view it tells ("Pour Gérard Simon (FO), la
            # mobilisation est exceptionnelle", "Aux yeux de la CGT, le texte reste
            # inacceptable") or on the channel it was said in ("Dans un communiqué, le
            # délégué reproche à la direction de ..."): a statement, said the day it is
            # told, not a description
            role = "event"
        elif (
            s.tense == "present"
            and s.report is None
            and s.verb in lex["speech_lemmas"]
            and not features.has_pronoun_subject(s.text)
            and not features.is_impersonal(s.text)
        ):
            # what someone named says, with no "que" ("Les rescapés disent être soulagés",
            # "Les pompiers disent surveiller les pluies"): a statement of the day it is told
            role = "event"
        elif (
            s.tense == "present"
            and ({s.verb, s.action} & set(lex["generic_present_lemmas"]))
            and previous_event is not None
            and sentences[previous_event].tense in lex["past_tenses"]
            and s.report is None
        ):
            # what a thing does as a rule, told in the present after a happening told in the
            # past ("L'usine, classée Seveso, fabrique des additifs", "Son humble mission
            # consiste à ..."): a description, nobody's source
            role = "context"
        elif (
            state
            and s.verb not in lex["auxiliary_lemmas"]
            and s.report is None
            and not s.quote
            and previous_event is not None
            and not features.is_attributed(s.text)
            and not features.has_pronoun_subject(s.text)
            and not features.is_impersonal(s.text)
            and not kinds.tells_act_in_clause(s)
        ):
            # how things are, told in the present by nobody quoted with a verb of state
            # ("L'épicentre se situe dans le district de Pazarcik"; not "être", "avoir":
            # "La perpétuité est requise", "C'est X qui s'est exprimé"; not of a pronoun
            # subject: "Elle tient la route", the one just named): a description, nobody's
            # source
            role = "context"
        elif (
            s.tense == "imperfect"
            and s.kind == kinds.HAPPENING
            and s.report is None
            and s.quoted is None
            and not s.quote
            and kinds.opens_on_moment(s, others)
        ):
            # a scene at a moment of the story's day, told in the imperfect ("En fin de
            # matinée, quelque 85 pompiers étaient à pied d'oeuvre"): a happening of the day
            role = "event"
        elif (
            s.tense == "imperfect"
            and s.report is None
            and s.quoted is None
            and not s.quote
            and previous_event is not None
            and sentences[previous_event].tense in lex["past_tenses"]
            and not features.has_pronoun_subject(s.text)
            and not features.tells_speech(s.text)
            and not kinds.tells_act_in_clause(s)
        ):
            # how things were, told in the imperfect after a happening told in the past,
            # quoting nobody ("La sprinteuse était citée depuis des mois parmi les
            # favorites"): a description, nobody's source
            role = "context"
        elif not first_in_paragraph:
            role = "follow-up"
        elif (
            s.tense in lex["past_tenses"]
            or (
                s.kind == kinds.HAPPENING
                and s.report is not None
                and s.content_tense in lex["past_tenses"]
            )
            or (s.kind == kinds.HAPPENING and kinds.tells_act_in_clause(s))
        ):
            # a happening told in the past, relayed in the present or not ("Certains
            # manifestants ont arraché la plaque, ajoutent les mêmes sources"), or in a
            # clause of its own behind a cleft or a scene ("C'est l'Office de la
            # biodiversité qui a procédé à l'identification")
            role = "event"
        elif s.kind == kinds.STATEMENT and s.report is not None:
            # a paragraph of its own for what someone says ("L'incendie est « un feu
            # complexe », précisent les pompiers"): a statement, said the day it is told
            role = "event"
        elif is_lead and s.tense == "present" and s.verb not in lex["stative_lemmas"]:
            role = "event"  # a news lead in the present: "L'armée lance une offensive"
        elif kinds.is_change_now(s):
            role = "event"  # "Treize départements sont désormais placés en vigilance orange"
        elif (
            s.tense == "present"
            and s.kind == kinds.HAPPENING
            and s.verb not in lex["stative_lemmas"]
            and s.report is None
            and previous_event is not None
            and kinds.named_subject_acts(s)
        ):
            # a paragraph opening on a person named doing something, told in the present of
            # narration after the story's first event ("Manuele Fior reçoit le Fauve d'Or",
            # "Le centriste Gilles de Robien quitte le ministère des Transports"): an act of
            # its own, as a lead in the present is (not a description: "L'usine fabrique des
            # additifs" names nobody)
            role = "event"
        elif (
            s.kind == kinds.HAPPENING and previous_event is not None and kinds.tells_consequence(s)
        ):
            # "À 81 ans, le dirigeant met ainsi fin à près d'un demi-siècle de pouvoir":
            # what the act just told brings about, more of it
            role = "follow-up"
        elif s.tense == "present" and s.kind in kinds.EVENT_KINDS and kinds.body_tells(s):
            role = "event"  # "La préfecture demande aux habitants de ...": said that day
        elif s.tense is None and s.kind in kinds.EVENT_KINDS and kinds.tells_intention(s):
            # "Pour couvrir les pertes, la banque compte inscrire 900 millions d'euros de
            # provisions", "compte" read as a noun: what it means to do, said that day
            role = "event"
        else:
            role = "context"
        s.role = role
        if role == "event":
            events.append(i)
            previous_event = i
            for j in pending:
                sentences[j].parent = i
            pending = []
        elif role == "context":
            pass  # background is nobody's source
        elif previous_event is None or _after_step_backs_only(sentences, i, events):
            # the event it goes with is told after it
            pending.append(i)
        else:
            # a paragraph with no event of its own goes on telling one event: its follow-ups
            # share the parent of its first one
            told = next(
                (
                    sentences[j].parent
                    for j in range(i - 1, -1, -1)
                    if sentences[j].paragraph == s.paragraph
                    and sentences[j].role == "follow-up"
                    and sentences[j].parent is not None
                ),
                None,
            )
            if s.continuation:
                s.parent = previous_event
            elif told is not None and not any(
                sentences[e].paragraph == s.paragraph for e in events
            ):
                s.parent = told
            else:
                s.parent = _best_previous_event(
                    sentences, i, _of_its_time(sentences, i, events, told_from)
                )
    for j in pending if events else []:
        # waiting after steps back for an event of the narration that never came
        sentences[j].parent = _best_previous_event(sentences, j, events)
    if not events:
        # an article with no happening of its own: its lead is one, at publication date
        lead = next(
            (i for i, s in enumerate(sentences) if s.role in ("follow-up", "context")), None
        )
        if lead is not None:
            sentences[lead].role = "event"
            sentences[lead].parent = None
            for j in pending:
                if j != lead:
                    sentences[j].parent = lead


def _recalled_day(
    s: Sentence, timexes: list[Timex], recalled: Collection[int]
) -> SentenceDate | None:
    """The day of the happening an undated sentence recalls in a participle about a noun
    closing it (``recalled``: ``dates.recalls_noun_day``), told in the past, out of quote
    marks, as the day it would have narrated had it dated the sentence."""
    if s.kind != kinds.HAPPENING or s.quote or s.tense not in lexicon()["narrative_tenses"]:
        return None
    for t in s.timexes:
        timex = timexes[t]
        if t in recalled and timex.span is not None and timex.span[0] == timex.span[1]:
            return _explicit(timex)
    return None


def _cause_told_back(s: Sentence, timex: Timex, told_so_far: list[SentenceDate]) -> bool:
    """Is the day dating ``s`` told after a colon that opens what explains its first clause
    ("Un fait nouveau semble avoir pesé : un salarié a été placé jeudi en garde à vue"), and
    before the story's last day told so far (``told_so_far``: the Friday of the hearing)? An
    earlier act told as a cause is a step back, as a pluperfect is: what the text tells next
    goes on with the story's day, not with the cause's."""
    colon = s.text.find(" : ")
    if colon < 0 or timex.start - s.start < colon or timex.span is None or not told_so_far:
        return False
    return timex.span[1] < told_so_far[-1].start


def _state_begun_by_act(
    s: Sentence, chosen: int, timexes: list[Timex], recalled: Collection[int]
) -> SentenceDate | None:
    """The first day of a state going on that the act told after a colon began
    (``recalled``: ``dates.since_with_its_cause``), in a sentence of a happening out of quote
    marks: the day the narration goes on from."""
    timex = timexes[chosen]
    if chosen not in recalled or s.kind != kinds.HAPPENING or s.quote or timex.span is None:
        return None
    first = timex.span[0]
    return replace(_explicit(timex), start=first, end=first, precision="day", open_start=False)


def _narration(article: Article, sentence: Sentence) -> SentenceDate:
    """The date of the narration an undated sentence belongs to: a news report's narrative
    is its publication day ("inherited" for a past-tense report, else "publication")."""
    published = article.date.isoformat()
    dated_by = "inherited" if sentence.tense in lexicon()["past_tenses"] else "publication"
    return SentenceDate(
        start=published,
        end=published,
        precision="inferred",
        open_start=False,
        dated_by=dated_by,
        value=None,
    )


def _about(index: int, timexes: list[Timex]) -> SentenceAbout:
    """The period a sentence tells of (``Sentence.about``): time expression ``index``,
    read as written (``_explicit``)."""
    told = _explicit(timexes[index])
    return SentenceAbout(
        timex=index,
        start=told.start,
        end=told.end,
        precision=told.precision,
        value=told.value,
    )


def _explicit(timex: Timex) -> SentenceDate:
    assert timex.span is not None  # choose_timex and report_timex only pick spans
    first, last = timex.span
    if dates.is_recent_past(timex):
        # "Selon les démineurs, ces derniers mois ont été intenses": a vague past names no
        # day; the one it runs up to, the day of writing, is the only day the text gives
        # (not its first, a guess of the tagger's: three months back)
        first = last
    return SentenceDate(
        start=first,
        end=last,
        precision=dates.event_precision(timex),
        open_start=bool(timex.open_start),
        dated_by="explicit",
        value=timex.value,
    )


def _impossible(sentence: Sentence, timex: Timex, published: str) -> bool:
    """A date the sentence cannot have: a day after publication for what is not to come
    ("a été arrêté" or "dit" dated next month: a name like "le 13-Novembre" read as a date),
    or a past day for what is announced (an error to catch, not to publish)."""
    assert timex.span is not None
    first, last = timex.span
    tense = sentence.content_tense or sentence.tense
    if sentence.kind == kinds.ANNOUNCEMENT:
        return bool(last < published) or _told_done_ahead(sentence, tense, first, published)
    return bool(first > published and tense not in lexicon()["future_tenses"])


def _told_done_ahead(sentence: Sentence, tense: str | None, first: str, published: str) -> bool:
    """An act told done (``past_tenses``: "avait été écroué le lendemain du naufrage", the
    day counted from a later day told before it) that its day after publication made an
    announcement: no act told done comes after the page telling it. Not a saying ("avait
    annoncé un sommet pour le 3 mai": what was announced is to come)."""
    lex = lexicon()
    saying = {sentence.verb, sentence.action} & set(lex["speech_lemmas"])
    return first > published and tense in lex["past_tenses"] and not saying


def _release_figure(sentence: Sentence, timex: Timex, published: str) -> bool:
    """A statistics release's figure about a month or a quarter, told the day the release
    is published and about that period: its estimate in the conditional for a period
    begun (``_estimate_of_period``) or its value for a period just ended
    (``_figure_of_last_period``); not a happening of that period."""
    return _estimate_of_period(sentence, timex, published) or _figure_of_last_period(
        sentence, timex, published
    )


def _period_given_on(s: Sentence, chosen: int, timexes: list[Timex]) -> int | None:
    """The day on which the source a sentence is attributed to gave what it tells of a
    month or a quarter (``release_precisions``): "L'activité a atteint en septembre sa plus
    forte croissance depuis mai 2024, selon l'indice publié mardi par l'institut", "Le
    chômage a reculé en mai, selon les chiffres publiés mardi" (``dates.attribution_timex``:
    a day after "selon" or "d'après"), the day in that period or at most ``release_days``
    after it: the figure is told that day, about that period. None otherwise."""
    period = timexes[chosen]
    lex = lexicon()
    if period.span is None or period.precision not in lex["release_precisions"]:
        return None
    others = [t for t in s.timexes if t != chosen]
    given = dates.attribution_timex(s.text, s.start, timexes, others)
    if given is None:
        return None
    day = (timexes[given].span or ("", ""))[0]
    if not period.span[0] <= day:
        return None
    late = dt.date.fromisoformat(day) - dt.date.fromisoformat(period.span[1])
    return given if late.days <= lex["release_days"] else None


def _estimate_of_period(sentence: Sentence, timex: Timex, published: str) -> bool:
    """The conditional of a figure about a period begun by the publication day, not a day
    ("les prix à la consommation augmenteraient de 0,6 % en avril", "le chômage baisserait
    au premier trimestre": ``estimate_precisions``): a provisional estimate, told the day it
    is published, not something to come in that period ("Le sommet se tiendrait en juin",
    said in March) nor a day's unconfirmed happening ("aurait été interpellé mardi")."""
    assert timex.span is not None
    tense = sentence.content_tense or sentence.tense
    return (
        tense == "conditional"
        and timex.precision in lexicon()["estimate_precisions"]
        and timex.span[0] <= published
    )


def _figure_of_last_period(sentence: Sentence, timex: Timex, published: str) -> bool:
    """A figure for a month or a quarter ended shortly before publication
    (``release_precisions``, ``release_days``) or going on ("L'indice s'est établi à 51,2 en
    septembre", told on 23 September), told in the imperfect, or in the past with
    a count ("Le Québec affichait en novembre le deuxième plus bas taux de chômage", "Il
    s'est perdu en novembre 8000 emplois", published on 2 December): the figures of a
    release, given the day they are told, about that period, or a rate ("L'indice des prix
    a augmenté de 1,9 % en octobre"; not a happening of that month: "En novembre, le
    président s'est rendu en Chine", nor a count of things done: "Les gendarmes ont
    interpellé en novembre 25 personnes")."""
    assert timex.span is not None
    lex = lexicon()
    if timex.precision not in lex["release_precisions"] or timex.span[0] > published:
        return False  # a period ended, or in progress ("s'est établi à 51,2 en septembre")
    ended = dt.date.fromisoformat(published) - dt.date.fromisoformat(timex.span[1])
    if ended.days > lex["release_days"]:
        return False
    tense = sentence.content_tense or sentence.tense
    if tense == "imperfect":
        return True
    if tense != "past" or not _names_a_release_figure(sentence.text):
        return False
    if _gives_a_rate(sentence.text):
        return True  # "L'indice des prix a augmenté de 1,9 % en octobre"
    year = int(timex.span[1][:4])
    return any(n >= lex["release_min_count"] and n != year for n in sentence.numbers)


def _gives_a_rate(text: str) -> bool:
    """Does the sentence give a figure in per cent ("de 1,9 %", "de 2 pour cent":
    ``percent_marks``)?"""
    marks = alternation(lexicon()["percent_marks"])
    return re.search(rf"\d\s*(?:{marks})(?!\w)", text, re.IGNORECASE) is not None


def _names_a_release_figure(text: str) -> bool:
    """Does a sentence name what a statistics release measures (``release_figures``: a
    rate, jobs, sales, prices, a change in per cent), not only a count of things done
    ("Les gendarmes ont interpellé en novembre 25 personnes")?"""
    figures = lexicon()["release_figures"]
    return any(word in figures for word in re.findall(r"\w+|%", text.lower()))


def _speaker_evening(sentence: Sentence, timexes: list[Timex], published: str) -> bool:
    """Direct speech naming the speaker's own evening or night of the publication day, and
    no day said in its reporting clause ("« Ce soir on peut se dire qu'on l'a fait », s'est
    réjoui X"): the evening it was said (``speaker_evenings``), which the tagger, counting
    from the publication, made the publication day's."""
    if not sentence.quote or sentence.report_timex is not None:
        return False
    evenings = lexicon()["speaker_evenings"]
    marks = lexicon()["quotes"]
    closing = tuple(marks["close"] + marks["toggle"])
    for t in sentence.timexes:
        timex = timexes[t]
        before = sentence.text[: max(timex.start - sentence.start, 0)].lstrip()
        spoken = not any(mark in before[1:] for mark in closing)
        if (
            spoken
            and normalize(timex.text).lower() in evenings
            and timex.value.startswith(published)
        ):
            return True
    return False


def _said_the_evening_before(
    sentence: Sentence, timexes: list[Timex], article: Article, told: list[SentenceDate]
) -> bool:
    """The speaker's evening (``_speaker_evening``) in an article published the day after
    the last day its story told before the sentence (``told``): said on that day."""
    eve = (article.date - dt.timedelta(days=1)).isoformat()
    return (
        bool(told)
        and told[-1].start == eve
        and _speaker_evening(sentence, timexes, article.date.isoformat())
    )


def _date_sentences(
    article: Article,
    sentences: list[Sentence],
    timexes: list[Timex],
    now: StoryNow | None = None,
    recalled: Collection[int] = (),
) -> None:
    """Dates of event sentences: explicit, or the narration's.

    A statement is dated on the day it was made (an expression of its reporting clause, or
    the narration's day); the period it speaks of is kept as ``about``. An announcement of
    something to come that names a past date is an error caught here: that date is not
    published, the narration's is.

    The narration an undated sentence belongs to is the day its paragraph narrates: that of
    the paragraph's last happening dated to the day before it, else of its first one after
    it that names its day itself ("Après dix ans de vie commune, la sonde s'est séparée de
    Philae. Le robot a réussi son atterrissage hier, mercredi 12 novembre"; not a clock time
    counted from a day told before: "La secousse a été enregistrée à 23h11"); else, in a
    paragraph that goes on with the previous one (``features.continues_paragraph``:
    "Pourtant, elle a pris des mesures" after "Jeudi après-midi, les autorités
    annonçaient ..."), the last day that paragraph narrates; else the publication day
    (``_narration``: not the day another paragraph told); in a retrospective told in the
    present from a day of another time (``now``, ``_story_now``), that day.
    """
    published = article.date.isoformat()

    def _written_on(n: int) -> str:
        """The day sentence ``n`` was written: its entry's heading on a page of dated
        entries ("Le 13 janvier 2005 ¶ Huygens devrait pénétrer dans l'atmosphère de Titan
        le 14 janvier": to come on the 13th), the day a retrospective's narration is set on,
        else the publication."""
        entry = _entry_day(sentences, n, timexes, published)
        if entry is None and now is not None and now.holds(sentences[n]):
            return now.day
        return published if entry is None else entry.start

    # (sentence, paragraph, day told, named on its own: not counted from a day told before)
    narrated: list[tuple[int, int, SentenceDate, bool]] = []
    # (sentence, paragraph, day) of what was said on a day its reporting clause names
    said_on: list[tuple[int, int, SentenceDate]] = []
    undated: list[tuple[int, Sentence]] = []
    # (sentence, its source, day) of the words the article quoted on a day before publication
    voiced: list[tuple[int, features.Source, SentenceDate]] = []
    # the sentences whose day told is the start of a state going on ("Ils étaient bloqués
    # dans la grotte depuis le soir du 23 juin")
    since: set[int] = set()
    # the sentences told in the pluperfect on a day (their own, or the one a chain of
    # pluperfects carries: ``_step_back_goes_on``)
    stepped_back: set[int] = set()
    # the sentences that told a night done, with their own day (what the narration tells
    # after them it tells of the morning after: ``_after_the_night``)
    nights: dict[int, SentenceDate] = {}
    for n, s in enumerate(sentences):
        s.about = None
        if s.role not in ("event", "background"):
            continue
        chosen = s.timex
        if chosen is not None and _announced_beside(s, timexes[chosen], published):
            # a speaker's act to come and words of the day in one sentence ("Il signera
            # demain l'arrêté, et déclare avoir demandé une enquête"): a statement of the
            # day it is told, about the day announced
            s.kind = kinds.STATEMENT
            s.about = _about(chosen, timexes)
            chosen = None
            s.timex = None
        if chosen is not None and _toll_given(s, chosen, timexes):
            # a toll a source gives, naming no day of its giving ("Huit personnes sont
            # mortes dans la nuit de vendredi à samedi, selon un nouveau bilan des
            # médias"): the source's statement of the day it is told, about the night
            s.kind = kinds.STATEMENT
        if (
            s.kind == kinds.STATEMENT
            and chosen is not None
            and chosen != s.report_timex
            and _relays_act_to_come(s, timexes[chosen], _written_on(n))
        ):
            # "Jeudi, un hommage sera rendu au fondateur, a annoncé l'association": the act
            # relayed, to come on the day it names, as a happening relayed by the same verbs
            s.kind = kinds.ANNOUNCEMENT
        if chosen is not None and _forecast_said(s, chosen):
            # a day someone's words forecast ("« Les cours pourraient reprendre lundi »,
            # reconnaît le proviseur", "Le maire craint des bouchons lorsque les habitants
            # reprendront le travail lundi"): the statement is of the day it is made, about
            # that day
            s.kind = kinds.STATEMENT
        if s.kind == kinds.STATEMENT:
            if chosen is not None and chosen != s.report_timex:
                s.about = _about(chosen, timexes)
            chosen = s.report_timex
            s.timex = chosen
        elif s.quote and s.report_timex is not None:
            # direct speech whose reporting clause names the day it was said, whatever its
            # verb: the day the speaker names is the speaker's ("« Ce soir, je ne lâcherai
            # rien », a lancé samedi la candidate": said on Saturday evening)
            chosen = s.report_timex
            s.timex = chosen
        elif (
            chosen is not None
            and dates.runs_until(timexes[chosen])
            and s.tense in lexicon()["past_tenses"]
        ):
            # what was done for a period up to a day ("Trois jours de deuil ont été décrétés
            # jusqu'au 1er novembre"): done the day its narration tells, not on the period's
            chosen = None
            s.timex = None
        elif chosen is not None and _range_said_after(s, chosen, timexes, article.text):
            # what held over a range of days that ended before the day its reporting clause
            # names ("Cinq cas ont été recensés au cours de la semaine du 8 au 14 janvier, a
            # annoncé vendredi la cellule"): given that day, about that range
            s.about = _about(chosen, timexes)
            chosen = s.report_timex
            s.timex = chosen
        elif chosen is not None and (given := _period_given_on(s, chosen, timexes)) is not None:
            # what a source gave on a day it names, about a month or a quarter ("Le chômage
            # a reculé en mai, selon les chiffres publiés mardi par l'institut"): told that
            # day, about that period
            s.about = _about(chosen, timexes)
            chosen = given
            s.timex = chosen
        elif chosen is not None and (
            _release_figure(s, timexes[chosen], published)
            or _coarse_to_come(timexes[chosen], _written_on(n))
        ):
            # an estimate in the conditional about a period begun ("les prix augmenteraient
            # de 0,6 % en avril"), or a release's figure for a period just ended ("Le Québec
            # affichait en novembre ..."): told the day it is published, about that period;
            # an act to come named only by a month or a year ("Il présidera le festival en
            # 2012", "pour évoquer la passation du pouvoir, début avril"): no day of an act,
            # the sentence is told on its narration's day, about that period
            s.about = _about(chosen, timexes)
            chosen = None
            s.timex = None
        elif chosen is not None and _impossible(s, timexes[chosen], _written_on(n)):
            s.rejected_timex = chosen
            chosen = None
            s.timex = None
            if (
                s.kind == kinds.ANNOUNCEMENT
                and (s.content_tense or s.tense) in (lexicon()["past_tenses"])
            ):
                s.kind = kinds.HAPPENING  # an act told done, no longer announced by its day
        if chosen is None and s.report is None:
            # what a source gave on a day it names ("L'explosion a fait 135 morts, selon un
            # bilan fourni mercredi par le ministre"): a toll or a state it gave, dated when
            # given (not by the happening it counts)
            chosen = dates.attribution_timex(s.text, s.start, timexes, s.timexes)
            s.timex = chosen
        told_so_far = [day for _, _, day, own in narrated if own]
        if chosen is None or _said_the_evening_before(s, timexes, article, told_so_far):
            undated.append((n, s))
            if (day_recalled := _recalled_day(s, timexes, recalled)) is not None:
                # a day a participle about a noun names ("..., de l'ancien Premier
                # ministre Shinzo Abe, assassiné vendredi"): no day of the sentence's act,
                # yet what the text tells next retells that noun's happening, on its day
                narrated.append((n, s.paragraph, day_recalled, True))
            continue
        s.date = _explicit(timexes[chosen])
        if chosen == s.report_timex and _said_after_publication(timexes[chosen], published):
            s.date = _weekday_before(s.date)
        elif _stamp_of_another_post(timexes, chosen, article.text):
            # a live page's post is its own narration of the page's day: a day told in
            # another post ("12h30 ... Il signera demain mardi l'arrêté") does not date the
            # clock stamp opening this one ("9h40 Le ministre promet ...")
            value = timexes[chosen].value
            s.date = replace(s.date, start=published, end=published, value=published + value[10:])
        elif _small_hours_told_next(sentences, n, timexes[chosen], timexes):
            # a night whose hour the next sentence tells, in its small hours ("... a fait
            # plusieurs blessés dans la nuit du mardi 13 au mercredi 14 juin. Le feu a pris
            # vers 1 h 15"): what the night holds happened on the day that hour falls on
            s.date = _after_the_night(s.date)
        day = s.date.precision == "day" and s.date.start == s.date.end
        if s.kind == kinds.STATEMENT and day and chosen == s.report_timex:
            said_on.append((n, s.paragraph, s.date))
        if day and chosen == s.report_timex:
            _voiced(voiced, n, s, article)
        elif (
            day
            and s.kind == kinds.HAPPENING
            and s.report is None
            and not s.quote
            and features.speaking_occasion(s)
            and (subject := _subject_source(s, article)) is not None
        ):
            # the occasion a person is the subject of ("Le patron, Guy Dollé, est arrivé
            # hier devant les journalistes"): where what that person says next is said
            _voiced(voiced, n, s, article, subject)
        # (not the writer's own earlier report: "Souvenez-vous, lundi, nous faisions part
        # de cette demande"; its day is no day of the story)
        # (nor what is awaited on its day: "Le bateau est attendu ce samedi à Valence", when
        # something may come, not the time of the story)
        told = (
            s.kind == kinds.HAPPENING
            and day
            and not s.quote
            and not dates.in_writers_voice(s)
            and not dates.awaited(s)
            and not _cause_told_back(s, timexes[chosen], told_so_far)
        )
        if day and s.tense == "pluperfect" and not s.quote:
            stepped_back.add(n)
        frame = told and s.tense == "pluperfect" and _frames_paragraph(s, timexes[chosen])
        if told and (s.tense != "pluperfect" or frame):
            # the day the paragraph narrates (not a period going on, "depuis mardi"); a
            # pluperfect tells what came before it, unless it opens its paragraph on its
            # day (``_frames_paragraph``: that paragraph's day alone, not the story's); a
            # day in direct speech ("« Ce soir on peut se dire qu'on l'a fait »") is the
            # speaker's, not the narration's
            own = not frame and (
                not (timexes[chosen].anchor or "").startswith("previous:")
                or _names_its_day(timexes[chosen])
            )
            # a night told done ("a déraillé dans la nuit de vendredi à samedi"): what the
            # narration tells next happened the morning after; not one going on ("Les
            # secours luttaient dans la nuit de mardi à mercredi"), set beside the story
            day_told = s.date if s.tense == "imperfect" else _after_the_night(s.date)
            if day_told is not s.date:
                nights[n] = s.date
            narrated.append((n, s.paragraph, day_told, own))
            if dates.state_since(s.tense, article.text[s.start : timexes[chosen].start]):
                since.add(n)
        elif (began := _state_begun_by_act(s, chosen, timexes, recalled)) is not None:
            # "Depuis vendredi, X est en détention : la cour a suivi le parquet": the act
            # after the colon began the state on its first day; the narration goes on from it
            narrated.append((n, s.paragraph, began, True))
    going_on = {
        s.paragraph
        for s in sentences
        if s.index_in_paragraph == 0 and not s.heading and features.continues_paragraph(s.text)
    }

    def told_today(n: int) -> bool:
        """Did the article tell, before sentence ``n``, something of the publication day
        (a day told, or a reporting clause's day: "a indiqué mercredi un diplomate")?"""
        return any(day.start == published for at, _, day, _ in narrated if at < n) or any(
            (said := sentences[m].report_timex) is not None
            and (timexes[said].span or ("", ""))[0] == published
            for m in range(n)
        )

    # the story's days told on their own, of what happened or of what was said on a day its
    # reporting clause names, in the order of the text
    story_told = sorted(
        [(at, told) for at, _, told, own in narrated if own]
        + [(at, told) for at, _, told in said_on],
        key=lambda x: x[0],
    )
    for n, s in undated:
        here = [(at, told, own) for at, p, told, own in narrated if p == s.paragraph]
        before = [told for at, told, _ in here if at < n]
        # what someone says before the day its paragraph goes on to narrate is said the day
        # it is told ("« Philae fonctionne bien » a déclaré X. Le robot s'est posé la veille")
        # (not the start of a state told after it: "Après douze jours coincés dans une grotte,
        # les enfants ont été retrouvés. Ils étaient bloqués depuis le soir du 23 juin": the
        # state began before the act, which ends it)
        after = [
            told
            for at, told, own in here
            if at > n
            and own
            and s.kind != kinds.STATEMENT
            and at not in since
            and not _event_between(sentences, n, at)
        ]
        # the day the previous paragraph told last, of what happened or of what was said
        # ("Jeudi après-midi, les autorités annonçaient que ... // Pourtant, elle a pris des
        # mesures")
        previous = [
            told
            for _, p, told in sorted(
                [(at, p, told) for at, p, told, _ in narrated] + said_on, key=lambda x: x[0]
            )
            if p == s.paragraph - 1
        ]
        told_before = [told for at, _, told, own in narrated if at < n and own]
        # the story's days told before it, of what happened or of what was said on a day
        # its reporting clause names ("La compagnie a affirmé lundi qu'elle s'attendait au
        # pire"), in the order of the text
        story_before = [told for at, told in story_told if at < n]
        if (chained := _step_back_goes_on(sentences, n, stepped_back)) is not None:
            # a step back told in the pluperfect goes on in the pluperfect, across its
            # paragraph ("Dimanche, les ouvriers avaient refusé d'entrer. // Ce refus avait
            # entraîné la démission du directeur"): on the day the chain's first one named,
            # not on the narration's
            date = chained
            stepped_back.add(n)
        elif before or after:
            date = before[-1] if before else after[0]
        elif (entry := _entry_day(sentences, n, timexes, published)) is not None:
            # a page of dated entries ("Le 14 janvier 2005" as a heading, then what
            # happened): each entry is narrated on the day its heading names
            date = entry
        elif now is not None and now.holds(s):
            # a retrospective told in the present from a day of another time ("..., relatent
            # les journaux en ce samedi 30 novembre 1996. // La question du temps de travail
            # doit être réglée"): narrated on that day, not on the publication's
            date = now.date()
        elif _said_the_evening_before(s, timexes, article, told_before):
            # the speaker's evening in an article of the next day telling the day before:
            # said on the story's day ("Les Jeux ont débuté vendredi. // « Ce soir on peut se
            # dire qu'on l'a fait », s'est réjoui X", published on Saturday)
            date = told_before[-1]
        elif s.paragraph in going_on and previous:
            date = previous[-1]  # the previous paragraph's narration goes on
        elif (just_before := _dated_just_before(sentences, n)) is not None:
            # "La directrice de l'hôpital a annoncé sa démission. Avant elle, deux chefs de
            # service ont quitté l'établissement": the act told just before, its day or near it
            date = just_before
        elif (at_gathering := _gathering_day(sentences, n, narrated)) is not None:
            # said or done at a gathering the article told ("Les dirigeants, réunis dimanche
            # ... // A l'ouverture du sommet, le président a dénoncé ..."): on its day
            date = at_gathering
        elif (
            s.tense in lexicon()["narrative_tenses"]
            and s.kind == kinds.HAPPENING
            and told_before
            and (
                s.quote
                or not any(
                    kinds.names_day(timexes[t])
                    and not dates.runs_until(timexes[t])
                    and not dates.opens_period(
                        timexes[t], s.text[: max(timexes[t].start - s.start, 0)]
                    )
                    for t in s.timexes
                )
            )
            and not kinds.tells_now(s.text)
            and (
                not {s.verb, s.action} & set(lexicon()["speech_lemmas"])
                or features.declares_so(s.text, s.verb)
            )
            and not (s.report is not None and s.content_tense == "present")
        ):
            # a happening told in the past in a paragraph naming no day, and naming none
            # itself (not even in a clause: "qui l'a mis en examen ce vendredi"; a day in
            # direct speech is the speaker's; not where things stand now: "La cour s'est
            # désormais retirée"; not what was said: "La diplomatie a démenti ...", nor where
            # things stand as someone reports it: "Les recherches se poursuivent, comme l'ont
            # précisé les pompiers"; but declaring something so is an act: "a déclaré les
            # Jeux officiellement ouverts"), goes on with the story's last day told ("Les Jeux ont
            # débuté vendredi. // Céline Dion a clos la cérémonie"), not the publication day
            date = told_before[-1]
        elif story_before and _at_time_of_day(s, timexes, story_before[-1]):
            # "Hier, les agriculteurs ont manifesté. // En début de soirée, la police
            # dénombrait déjà 25.000 manifestants", "« Il nous a quittés », a déclaré jeudi
            # son agent. // Dans la soirée, la chanteuse a rappelé que ...": a part of the
            # day or a clock time with no day of its own, counted from the story's last day
            # told (of what happened or of what was said), in another paragraph, is on that
            # day (not the publication's)
            date = story_before[-1]
        elif _told_the_day_after(s, timexes, story_before, article, told_today(n)):
            # a report written the day after its story's day: what it tells or relays in
            # the past, naming no day, was done or said that day ("L'armée a déclaré samedi
            # avoir repêché deux corps [...] « ... », a affirmé le colonel", published on
            # Sunday)
            date = story_before[-1]
        elif (occasion := _source_occasion(s, n, voiced, article, story_before[-1:])) is not None:
            # the same source quoted again, in the past, naming no day: said on the
            # occasion the article quoted it on ("Le colonel X, un porte-parole de l'armée,
            # a affirmé samedi ... // Les objets doivent être vérifiés, a souligné le
            # porte-parole", published on Monday)
            date = occasion
        elif (
            document := _document_of_the_day_told(sentences, n, story_told, article, told_today(n))
        ) is not None:
            # "Le maire a annoncé hier qu'il ne se représenterait pas, dans une lettre
            # publiée par le journal municipal. // ... // Il estime que le moment est venu":
            # the document's present, on the day its author issued it
            date = document
        elif (lead := _lead_of_body_day(sentences, n, timexes, story_told, article)) is not None:
            # "Le président Jacques Chirac a choisi d'imposer ce projet. // ... // Hier,
            # Jacques Chirac a annoncé qu'il allait promulguer cette loi": the standfirst
            # tells the body's act, on the day the body names
            date = lead
        else:
            s.date = _narration(article, s)
            continue
        if _on_the_morrow(sentences, n, timexes, narrated):
            # "Au lendemain de sa mort, le chef de la police a reconnu des manquements",
            # the death never dated by name: the day after the one its narration tells,
            # as what its paragraph tells next (not after the day of writing)
            date = _day_after(date, published)
        if (night := _night_gone_on(sentences, n, date, nights)) is not None:
            # a night is a boundary of days, not a move of the narration: what points back
            # to what was told up to it ("... ont vu l'eau revenir dans la nuit du lundi au
            # mardi. Cette coupure a provoqué la fermeture des écoles") goes on telling that,
            # on its day, not the morning after
            date = night
        s.date = replace(date, dated_by="inherited", precision="inferred")
        if s.date.start != published:
            _voiced(voiced, n, s, article)


def _at_time_of_day(s: Sentence, timexes: list[Timex], told: SentenceDate) -> bool:
    """Is ``s`` an act or words told in the past or the imperfect (``time_of_day_tenses``)
    at a part of the day or a clock time only, besides lengths ("En début de soirée, la
    police dénombrait déjà 878 000 manifestants pour cette journée en huit semaines", "Vers
    18h, les derniers cortèges se sont dispersés", "Dans la soirée, l'archevêque a rappelé
    que ...", "En fin de journée, son avocat a annoncé qu'il ferait appel"), each counted
    by the tagger from ``told``, the story's last day told (of what happened or of what was
    said, in an earlier paragraph: ``_misanchored`` left it undated)? It is on that day,
    whatever the page's. (Not a night, a boundary of days: "Dans la nuit, les pompiers ont
    extrait trois corps, a rapporté X" is said the morning after; not "dans la journée",
    the day of its own paragraph; not a time inside quoted words, the speaker's; nor a day
    told as a step from another, "La veille, l'homme a tué ... // Les gendarmes ont repéré
    son véhicule tôt dans la matinée": the morning of the day of writing.)"""
    if s.kind not in (kinds.HAPPENING, kinds.STATEMENT) or not s.timexes:
        return False
    if s.tense not in lexicon()["time_of_day_tenses"]:
        return False
    anchor = f"previous:{told.start}"
    days = [t for t in s.timexes if timexes[t].type != "DURATION"]  # not "en huit semaines"
    if not days or told.start != told.end:
        return False
    # the day it is counted from, named before it (past the parts of that day told since)
    named = [
        t
        for t in timexes[: days[0]]
        if (t.span or ("", ""))[0] == told.start and (_names_its_day(t) or not _of_the_day_told(t))
    ]
    if not named or (
        str(named[-1].extra.get("partial", "")).startswith("UNDEF-anchor")
        and not _names_its_day(named[-1])
    ):
        return False  # "La veille, ... // ... tôt dans la matinée": a step back, not the story's
    return all(
        _of_the_day_told(timexes[t])
        and not timexes[t].value.endswith(dates.NIGHT)  # a night: the morning after
        and timexes[t].anchor == anchor
        and not _names_its_day(timexes[t])
        and not (s.quote and _quoted_at(s.text, timexes[t].start - s.start))
        for t in days
    )


def _of_the_day_told(timex: Timex) -> bool:
    """Is ``timex`` a part of the day or a clock time counted from a day told before it
    ("dans la soirée", "vers 18h"; not "dans la journée", the day of its own paragraph)?"""
    return str(timex.extra.get("partial", "")).startswith("UNDEF-anchor-T")


def _quoted_at(text: str, at: int) -> bool:
    """Is offset ``at`` of ``text`` (a sentence) between quotation marks opened before it
    and not closed ("« Ce soir, je ne lâcherai rien », a lancé la candidate")?"""
    marks = lexicon()["quotes"]
    before = text[: max(at, 0)]
    opened = sum(before.count(m) for m in marks["open"])
    closed = sum(before.count(m) for m in marks["close"])
    toggles = sum(before.count(m) for m in marks["toggle"])
    return opened > closed or toggles % 2 == 1


def _lead_of_body_day(
    sentences: list[Sentence],
    n: int,
    timexes: list[Timex],
    story_told: list[tuple[int, SentenceDate]],
    article: Article,
) -> SentenceDate | None:
    """The day of the body's act a standfirst tells: sentence ``n`` is a happening of the
    article's first paragraph, undated, in the past or the present (``lead_tenses``), and
    the first day of the story told after it (``story_told``: a happening's or a reporting
    clause's, named on its own, in the order of the text), in one of the
    next ``lead_body_max_paragraphs`` paragraphs, a few days before publication
    (``lead_body_max_days``), is told by a sentence naming a person or a body the lead
    names ("Le président Jacques Chirac a choisi d'imposer ce projet très critiqué. // Le CPE
    fait partie d'une loi. // Hier, Jacques Chirac a annoncé qu'il allait promulguer cette
    loi"): the lead tells that act, on that day (not the publication's). A lead naming no
    one by name names whom the article's title names ("Chirac coupe la poire en deux" over
    "Le président français coupe la poire en deux : il promulgue le CPE", then "Monté au
    créneau vendredi, Chirac ..."). None otherwise, or when the lead names a day of its
    own, even in a clause."""
    s = sentences[n]
    lex = lexicon()
    if s.kind != kinds.HAPPENING or s.quote or s.report is not None:
        return None
    if s.tense not in lex["lead_tenses"] or any(kinds.names_day(timexes[t]) for t in s.timexes):
        return None  # (not a lead naming a day in a clause: "X, qui a quitté ses fonctions le 20")
    if s.paragraph != min((t.paragraph for t in sentences if not t.heading), default=s.paragraph):
        return None  # (the article's first paragraph only)
    found = next(((at, told) for at, told in story_told if at > n), None)
    if found is None:
        return None
    at, told = found
    body = sentences[at]
    if body.paragraph - s.paragraph > int(lex["lead_body_max_paragraphs"]):
        return None
    days = (article.date - dt.date.fromisoformat(told.start)).days
    if told.start != told.end or not 0 < days <= int(lex["lead_body_max_days"]):
        return None
    names = {m.text.split()[-1].lower() for m in s.mentions if m.label in lex["lead_name_labels"]}
    if not names:
        # the title's capitalised words: "Chirac coupe la poire en deux"
        names = {
            w.lower() for w in re.findall(r"\b[^\W\d_][\w-]*", article.title) if w[0].isupper()
        }
    named = {m.text.split()[-1].lower() for m in body.mentions}
    return told if names & named else None


def _document_of_the_day_told(
    sentences: list[Sentence],
    n: int,
    story_told: list[tuple[int, SentenceDate]],
    article: Article,
    told_today: bool,
) -> SentenceDate | None:
    """The day a document was issued whose words sentence ``n`` relays in its present: ``n``
    relays words in the present, naming no day (``_says``: "il estime que le moment est
    venu", "l'élu explique que ...", "elle dénonce ..."); the story's last day told before
    it (``story_told``) is a day or two before publication (``document_present_max_days``),
    told by words said on it ("Le maire a annoncé hier qu'il ne se représenterait pas", "La
    ministre a annoncé hier sa démission"), at most
    ``document_present_max_paragraphs`` paragraphs before; and that sentence, ``n`` or one
    between them names a document ("dans une lettre publiée par le journal municipal",
    "Dans un message au peuple publié par Granma, ...": ``document_nouns`` after a
    preposition and a determiner, ``document_named_by``). The document's present is that
    of its day, not the day of writing. None otherwise, or when the article told something
    of the publication day before ``n`` (``told_today``: the words may be of the day)."""
    s = sentences[n]
    lex = lexicon()
    if told_today or s.tense != "present" or kinds.tells_now(s.text):
        return None
    if not _says(s):
        return None
    earlier = [(at, told) for at, told in story_told if at < n]
    if not earlier:
        return None
    at, told = earlier[-1]
    act = sentences[at]
    if not _says(act):
        return None
    days = (article.date - dt.date.fromisoformat(told.start)).days
    if told.start != told.end or not 0 < days <= int(lex["document_present_max_days"]):
        return None
    if s.paragraph - act.paragraph > int(lex["document_present_max_paragraphs"]):
        return None
    if not any(dates.document_named(sentences[k].text) for k in range(at, n + 1)):
        return None
    return told


def _says(s: Sentence) -> bool:
    """Does ``s`` tell words said: a statement, a reporting clause, or a verb of saying as
    its main verb (``speech_lemmas``: "a annoncé hier sa démission", "elle dénonce ...")?"""
    speech = set(lexicon()["speech_lemmas"])
    return s.kind == kinds.STATEMENT or s.report is not None or bool({s.verb, s.action} & speech)


#: the rank of the day of an agency's dateline (``dates.clause_rank``: 0 the main predicate's,
#: 1 through a noun or a clause): after any day the sentence tells
DATELINE_RANK = 2


#: what joins the first day of a range to its last ("du 8 au 14 janvier", "entre le 8 et le
#: 14 janvier"; the tagger gives each day apart)
_RANGE_JOINT = re.compile(r"\s*(?:au|et(?:\s+le)?)\s*$")


def _in_range(timexes: list[Timex], i: int, inside: list[int], text: str) -> bool:
    """Is time expression ``i`` one end of a range of days of its sentence ("du 8 au 14
    janvier", "entre le 8 et le 14 janvier": the tagger gives each day apart)?"""
    pairs = [(i, i + 1), (i - 1, i)]
    return any(
        a in inside
        and b in inside
        and timexes[a].end <= timexes[b].start
        and _RANGE_JOINT.fullmatch(text[timexes[a].end : timexes[b].start]) is not None
        for a, b in pairs
    )


@cache
def _toll_attribution() -> re.Pattern[str]:
    """An attribution to a toll ("selon un nouveau bilan", "d'après le dernier décompte":
    ``attribution_openings``, ``toll_nouns``) closing the sentence: no punctuation after it
    (not an aside, "- plus de 1 000 selon un dernier bilan provisoire - et des dégâts")."""
    lex = lexicon()
    return re.compile(
        rf"(?:^|\W)(?:{alternation(lex['attribution_openings'])})\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{alternation(lex['toll_nouns'])})\b[^.;,()\-–—]*[.!?…]?\s*$",
        re.IGNORECASE,
    )


def _toll_given(s: Sentence, chosen: int, timexes: list[Timex]) -> bool:
    """A happening told in a sentence attributed to a toll with no day of its giving after
    it ("Huit personnes sont mortes dans la nuit de vendredi à samedi, selon un nouveau
    bilan des médias italiens"; not "selon un bilan fourni mercredi", which
    ``dates.attribution_timex`` dates), its day before the attribution: the toll is the
    source's word of the day it is told, about the happening's day."""
    if s.kind != kinds.HAPPENING or s.report is not None:
        return False
    found = _toll_attribution().search(s.text)
    if found is None:
        return False
    at = s.start + found.start()
    return timexes[chosen].start < at and all(timexes[t].start < at for t in s.timexes)


def _range_said_after(s: Sentence, chosen: int, timexes: list[Timex], text: str) -> bool:
    """Is the sentence's date the first day of a range of days ("du 8 au 14 janvier")
    that ended before the day its reporting clause names (``report_timex``)?"""
    said = s.report_timex
    if said is None or said == chosen or chosen + 1 >= len(timexes):
        return False
    first, last, when = timexes[chosen], timexes[chosen + 1], timexes[said]
    if first.span is None or last.span is None or when.span is None:
        return False
    return (
        first.end <= last.start
        and _RANGE_JOINT.fullmatch(text[first.end : last.start]) is not None
        and first.span[0] < last.span[0]
        and last.span[1] < when.span[0]
    )


def _entry_day(
    sentences: list[Sentence], index: int, timexes: list[Timex], published: str
) -> SentenceDate | None:
    """The day named by the heading of the entry sentence ``index`` belongs to, on a page of
    dated entries: the last heading before it that is a day and nothing else ("Le 14
    janvier 2005", "Mardi 3 mars"), up to publication; None when no such heading opens
    its section."""
    for s in reversed(sentences[:index]):
        if not s.heading:
            continue
        if len(s.timexes) != 1:
            continue  # a heading of words ("Faire battre le tam-tam politique"): no entry's
        timex = timexes[s.timexes[0]]
        if not _entry_heading(s.text, timex, published):
            return None
        return replace(_explicit(timex), dated_by="inherited", precision="inferred")
    return None


def _written_days(sentences: list[Sentence], timexes: list[Timex], dct: dt.date) -> list[dt.date]:
    """The day each sentence was written: on a page of dated entries, the day its entry's
    heading names (``_entry_day``); else the publication day ``dct``."""
    published = dct.isoformat()
    out: list[dt.date] = []
    day = dct
    for s in sentences:
        out.append(day)
        if s.heading and len(s.timexes) == 1:  # a heading of words changes no entry
            timex = timexes[s.timexes[0]]
            entry = timex.span is not None and _entry_heading(s.text, timex, published)
            day = dt.date.fromisoformat(timex.span[0]) if entry and timex.span else dct
    return out


def _line_start(text: str, at: int) -> int:
    """Where the line holding offset ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


def _opens_line(timex: Timex, text: str) -> bool:
    """Does a clock time open its line ("9h40 Le ministre ...", "14 heures Le bilan ..."):
    the stamp of a live page's post?"""
    return (
        timex.precision == "time" and not text[_line_start(text, timex.start) : timex.start].strip()
    )


def _stamp_of_another_post(timexes: list[Timex], index: int, text: str) -> bool:
    """Is time expression ``index`` the clock stamp opening a live page's post (a clock
    time naming no day, opening its line), its day counted from a day told in ANOTHER post
    (the last expression of that day before it lies in a line a clock time opens: "12h30
    ... Il signera demain mardi l'arrêté // 9h40 Le ministre ... promet")? Each post is
    its own narration of the page's day."""
    stamp = timexes[index]
    anchor = stamp.anchor or ""
    if not anchor.startswith("previous:") or not _opens_line(stamp, text) or _names_its_day(stamp):
        return False
    line = _line_start(text, stamp.start)
    day = anchor.split(":", 1)[1][:10]
    told = [t for t in timexes[:index] if t.span is not None and t.span[0] == day and t.end <= line]
    if not told:
        return False
    post = _line_start(text, told[-1].start)
    return any(_opens_line(t, text) and _line_start(text, t.start) == post for t in timexes[:index])


def _announced_beside(s: Sentence, timex: Timex, published: str) -> bool:
    """Does the sentence coordinate a verb of speech of the day with an act to come on a
    day after publication (``dates.speech_beside_future``: its tense is the speech's, its
    content's the future; "Il signera demain l'arrêté, et déclare avoir demandé une
    enquête")? No reporting clause: that one dates what it relays itself."""
    return (
        s.report is None
        and s.content_tense in lexicon()["future_tenses"]
        and s.tense in ("present", "past")
        and timex.span is not None
        and timex.span[0] > published
    )


def _relays_act_to_come(s: Sentence, timex: Timex, written: str) -> bool:
    """Does a reporting clause relay, in the simple future, an act on a day of its own after
    the day the sentence was written (``timex``, outside the reporting clause: "Jeudi, un
    hommage sera rendu au fondateur, a annoncé l'association", "L'entretien sera suivi jeudi
    d'une rencontre entre les ministres, a annoncé une porte-parole")? The verbs that relay a
    happening ("a annoncé", "a précisé", "a indiqué"; not a claim's, ``claim_reporting_verbs``:
    "Le club fera appel jeudi, a affirmé son président" is his word) relay an act to come the
    same way: what is announced is that act, on its day."""
    report = s.report
    return (
        report is not None
        and report.verb not in lexicon()["claim_reporting_verbs"]
        and s.content_tense == "future"
        and not report.start <= timex.start < report.end
        and timex.precision in ("day", "time")
        and timex.span is not None
        and timex.span[0] > written
        and kinds.names_day(timex)
        and not _after_set_off_participle(s, timex)
    )


#: a word set off by a punctuation mark (or opening the sentence) right before an expression
_SET_OFF_WORD = re.compile(r"(?:^|[,;:(«\"“])\s*(?P<word>[^\W\d_]+)\s+$")


def _after_set_off_participle(s: Sentence, timex: Timex) -> bool:
    """Is the expression right after a past participle set off by a punctuation mark ("Le
    joueur, blessé samedi face à Lyon, sera absent trois semaines")? Its day is that
    participle's, about a noun, not the relayed act's (whose own participle follows its
    auxiliary: "Il sera suivi jeudi d'un tête-à-tête"); ``participle_infinitives``."""
    before = s.text[: max(0, timex.start - s.start)]
    found = _SET_OFF_WORD.search(before)
    if found is None:
        return False
    endings = lexicon()["participle_infinitives"]
    return verb_of_participle(found.group("word").lower(), endings) != ""


def _coarse_to_come(timex: Timex, written: str) -> bool:
    """Does ``timex``, the expression that would date a sentence, name a month or a year
    (``dates.COARSE_PRECISIONS``) that begins after the day ``written``: a time to come that names
    no day of an act?"""
    return (
        dates.event_precision(timex) in dates.COARSE_PRECISIONS
        and timex.span is not None
        and timex.span[0] > written
    )


def _forecast_said(s: Sentence, chosen: int) -> bool:
    """Is the day that would date ``s`` (``chosen``) one that someone's words forecast: not
    its reporting clause's, governed by a present conditional or a future in an adverbial
    clause (``Sentence.forecast_date``), in words someone says or thinks
    (``_words_of_someone``)?"""
    return chosen != s.report_timex and s.forecast_date and _words_of_someone(s)


def _words_of_someone(s: Sentence) -> bool:
    """Does ``s`` give someone's words or thought: a reporting clause, a quotation, an
    attribution ("selon les syndicats"), or a main verb of saying or of judging
    (``speech_lemmas``, ``assessment_lemmas``: "Le maire craint que ...")?"""
    lex = lexicon()
    return (
        s.report is not None
        or s.quote
        or dates.attributed(s.text)
        or s.verb in lex["speech_lemmas"]
        or s.verb in lex["assessment_lemmas"]
    )


def _said_after_publication(timex: Timex, published: str) -> bool:
    """A bare weekday in a reporting clause read as a day to come ("..., ne fera pas appel,
    annonce l'un de ses avocats lundi", published on a Monday: the tagger took the
    content's future for the weekday's and read the next Monday): what was said is said by
    the day it is published."""
    weekdays, _ = calendar_words()
    words = normalize(timex.text).lower().split()
    return (
        timex.span is not None
        and timex.span[0] > published
        and timex.precision == "day"
        and bool(words)
        and words[-1] in {w.lower() for w in weekdays}
        and len(words) <= 2
    )


def _weekday_before(date: SentenceDate) -> SentenceDate:
    """The same weekday a week earlier: the day up to publication a weekday read a week
    ahead names."""
    back = (dt.date.fromisoformat(date.start) - dt.timedelta(days=7)).isoformat()
    return replace(date, start=back, end=back, value=back)


def _source(s: Sentence, article: Article) -> features.Source | None:
    """Who the sentence says its words are from: its reporting clause's speaker, else whom
    it quotes (``Sentence.quoted``: "Selon le porte-parole, ..."); None when neither or a
    pronoun."""
    span = s.report.speaker if s.report is not None and s.report.speaker else s.quoted
    return None if span is None else features.source_of(article.text, span[0], span[1])


def _subject_source(s: Sentence, article: Article) -> features.Source | None:
    """The person a sentence with no reporting clause names first before its action (its
    subject, read without a parse: "Le patron d'Arcelor, Guy Dollé, est arrivé hier"),
    as a source; None when it names none there (or its action is not among its words)."""
    action = next((at for at, lemma in s.words if lemma == s.action), None)
    if action is None:
        return None
    named = sorted(
        (m for m in s.mentions if m.label == "PER" and m.end <= action), key=lambda m: m.start
    )
    return features.source_of(article.text, named[0].start, named[0].end) if named else None


def _voiced(
    voiced: list[tuple[int, features.Source, SentenceDate]],
    n: int,
    s: Sentence,
    article: Article,
    source: features.Source | None = None,
) -> None:
    """Note that sentence ``n`` quoted its source (or, given, the ``source`` it tells an
    act of) on its day (one day, before publication)."""
    date = s.date
    if date is None or date.start != date.end or date.start >= article.date.isoformat():
        return
    source = source or _source(s, article)
    if source is not None:
        voiced.append((n, source, date))


def _source_occasion(
    s: Sentence,
    n: int,
    voiced: list[tuple[int, features.Source, SentenceDate]],
    article: Article,
    last_told: list[SentenceDate],
) -> SentenceDate | None:
    """The day the article last quoted, before sentence ``n``, the source ``n`` quotes
    (``features.Source.same_as``: "le porte-parole" after "le colonel X, un porte-parole
    de l'armée"; "la compagnie" and "le directeur général de la compagnie"): what that
    source is said to say again, in the past ("a souligné", "a ajouté"), naming no day, is
    said on the occasion told (a press conference, a statement of the day before), and so
    is what it says in the journalistic present ("Guy Dollé assure que ...", after "Le
    patron, Guy Dollé, est arrivé hier devant les journalistes": an occasion of speech,
    ``features.speaking_occasion``) in a report written the day after that occasion,
    when no other day was told since (``last_told``, the story's last day told, is the
    occasion's). Not where things stand now ("désormais"), nor what is told in the present
    days after the occasion, or after another day ("indique le journal": the day of
    writing)."""
    if s.kind not in (kinds.HAPPENING, kinds.STATEMENT) or kinds.tells_now(s.text):
        return None
    # the journalistic present of a speech verb in a report of the morning after ("Guy
    # Dollé assure que ...", after "Guy Dollé est arrivé hier devant les journalistes")
    # tells the occasion's words when no other day was told between (``last_told``: the
    # story's last day is the occasion's)
    present = s.tense == "present" and s.report is not None
    if s.tense not in lexicon()["past_tenses"] and not present:
        return None
    source = _source(s, article)
    if source is None:
        return None
    told = [(at, day) for at, said, day in voiced if at < n and source.same_as(said)]
    if not told:
        return None
    day = max(told, key=lambda x: x[0])[1]
    eve = (article.date - dt.timedelta(days=1)).isoformat()
    if present and not (
        day.start == eve
        and last_told
        and (last_told[0].start, last_told[0].end) == (day.start, day.end)
    ):
        return None
    return day


def _told_the_day_after(
    sentence: Sentence,
    timexes: list[Timex],
    story: list[SentenceDate],
    article: Article,
    told_today: bool,
) -> bool:
    """Is ``sentence``, naming no day, part of a report written the day after its story's
    day? The last day the article told before it (``story``: of a happening, or of what was
    said on a day its reporting clause names) is the day before publication, to the day,
    and the sentence tells an act or a statement in the past: in a paper of the morning
    after, what is told in the past happened or was said on the story's day, not on the
    day of writing (what the pluperfect tells came before it: the story's day is the
    nearest it can be); or an act in the narration's present ("La composition du
    gouvernement a été annoncée mercredi soir. // Pierre Lambert passe du ministère de la
    Culture à celui de l'Éducation", published on Thursday), not a state
    (``dates.narration_present``: nor someone's words of the day in the first or second
    person, an interview's "Nous jugerons aux actes"). Not where things stand
    now ("désormais"; a happening relayed in the present: "Les recherches se poursuivent,
    ont précisé les pompiers"), nor what a part of the day naming no day holds ("Dans la
    nuit, les pompiers ont extrait trois corps", "Les gendarmes ont repéré son véhicule tôt
    dans la matinée": the night and the morning run into the day of writing), nor in an
    article that told something of the publication day before (``told_today``: "a affirmé
    mercredi", published on Wednesday: it tells its own day, and recalls the day before)."""
    if not story or told_today or sentence.kind not in (kinds.HAPPENING, kinds.STATEMENT):
        return False
    last = story[-1]
    eve = (article.date - dt.timedelta(days=1)).isoformat()
    return (
        last.start == eve
        and last.end == eve
        and (
            sentence.tense in lexicon()["past_tenses"]
            or (sentence.kind == kinds.HAPPENING and dates.narration_present(sentence))
        )
        and not kinds.tells_now(sentence.text)
        and not (
            sentence.kind == kinds.HAPPENING
            and sentence.report is not None
            and sentence.content_tense == "present"
        )
        and not any(
            _PART_OF_DAY.search(timexes[t].value) and not _names_its_day(timexes[t])
            for t in sentence.timexes
        )
    )


#: the value of a part of the day ("dans la matinée": ...TMO; "dans la nuit": ...TNI)
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def _on_the_morrow(
    sentences: list[Sentence],
    index: int,
    timexes: list[Timex],
    narrated: list[tuple[int, int, SentenceDate, bool]],
) -> bool:
    """Does sentence ``index`` (naming no day that dates it) come at or after a sentence of
    its paragraph that opens the day after a happening it names but the text never dated
    ("Au lendemain de sa mort, le chef de la police locale a reconnu de graves
    manquements", the killing told "vendredi": ``_counted_from_untold`` took the count's
    day away), with no day told in the paragraph since? Its act comes the day after the one
    its narration would give it: the narration has moved on to the morrow."""
    paragraph = sentences[index].paragraph
    for m in range(index, -1, -1):
        s = sentences[m]
        if s.paragraph != paragraph:
            return False
        if any(at == m for at, *_ in narrated):
            return False  # a day told since: the narration is that day's
        if s.timex is None and any(
            str(timexes[t].extra.get("partial", "")) == _DAY_AFTER for t in s.timexes
        ):
            return True
    return False


#: the tagger's partial value of "au lendemain de" + a happening (rule ``day_after_event``)
_DAY_AFTER = "UNDEF-anchor-after"


def _day_after(date: SentenceDate, published: str) -> SentenceDate:
    """The day after a day told (``date``), when it is not after ``published``; any other
    date (a period, or a day whose morrow comes after the writing) as it is."""
    if date.start != date.end or date.precision not in ("day", "inferred"):
        return date
    try:
        after = (dt.date.fromisoformat(date.start) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return date
    return date if after > published else replace(date, start=after, end=after, value=None)


def _dated_just_before(sentences: list[Sentence], index: int) -> SentenceDate | None:
    """The date of the sentence before ``index`` in its paragraph (or, for a sentence
    opening its paragraph, the last of the paragraph before: "Le roi a accepté lundi la
    démission. // Un peu plus tôt dans l'après-midi, X a demandé ..."), when ``index``
    opens by placing its act just before or after that one ("Avant lui, ...", "Peu avant,
    ...", "Puis ...": ``features.placed_by_previous``) and that sentence was dated (an
    event or dated background, by a day of its own or by the narration); None otherwise."""
    s = sentences[index]
    if index == 0 or not features.placed_by_previous(s.text):
        return None
    previous = sentences[index - 1]
    joined = previous.paragraph == s.paragraph or s.index_in_paragraph == 0
    if not joined or previous.role not in ("event", "background"):
        return None
    return previous.date


def _step_back_goes_on(
    sentences: list[Sentence], index: int, stepped_back: set[int]
) -> SentenceDate | None:
    """The day of the step back that sentence ``index``, told in the pluperfect and naming
    no day, goes on with: the date of the last event or dated background before it, when
    that one is a step back told in the pluperfect on a day (``stepped_back``: naming it, or
    carrying it so) and only sentences in the pluperfect or out of the story (context,
    asides) stand between them, whatever paragraph each opens ("Dimanche, les ouvriers
    avaient refusé d'entrer dans l'usine. // Ce refus avait entraîné la démission du
    directeur. // Pendant ce temps-là, un délégué avait eu une altercation": Sunday's, in a
    recap published on Monday). A sentence naming a time of its own leaves it ("Quelques
    jours plus tard, le juge avait décidé ..."), one in another tense ends it ("Samedi,
    l'équipe avait perdu. Le président a expliqué sa décision": back to the narration), and
    so does a heading; None otherwise."""
    s = sentences[index]
    if s.tense != "pluperfect" or s.quote or s.timexes:
        return None
    for k in range(index - 1, -1, -1):
        previous = sentences[k]
        if previous.heading:
            return None
        if previous.role in ("event", "background"):
            date = previous.date
            if k not in stepped_back or date is None or date.start != date.end:
                return None
            return date
        if previous.role == "follow-up" and previous.tense != "pluperfect":
            return None
    return None


def _after_the_night(date: SentenceDate) -> SentenceDate:
    """The day a narration goes on with after a night it told ("Le train a déraillé dans
    la nuit de vendredi à samedi. Un millier de personnes ont été évacuées"): what it
    tells next with no day of its own happened the morning after, the day the night ends
    (the tagger dates a night by the day it begins); any other date as it is."""
    if date.value is None or not date.value.endswith(dates.NIGHT) or date.start != date.end:
        return date
    after = (dt.date.fromisoformat(date.start) + dt.timedelta(days=1)).isoformat()
    return replace(date, start=after, end=after, value=None)


def _small_hours_told_next(
    sentences: list[Sentence], index: int, night: Timex, timexes: list[Timex]
) -> bool:
    """Does the sentence after ``index``, in its paragraph, tell a clock time in the small
    hours of ``night``, the expression that dates sentence ``index`` ("... dans la nuit du
    mardi 13 au mercredi 14 juin. Le feu a pris vers 1 h 15": ``dates.in_small_hours``)?
    False for any expression but a night, or with no such sentence."""
    if not night.value.endswith(dates.NIGHT) or index + 1 >= len(sentences):
        return False
    following = sentences[index + 1]
    return following.paragraph == sentences[index].paragraph and any(
        dates.in_small_hours(night, timexes[t]) for t in following.timexes
    )


def _night_gone_on(
    sentences: list[Sentence], index: int, date: SentenceDate, nights: dict[int, SentenceDate]
) -> SentenceDate | None:
    """The day of the night sentence ``index`` would be carried past (``date``, the morning
    after one of ``nights``) when it goes on telling what was told up to that night, its
    subject pointing back to it (``_points_back``); else None."""
    carried = [m for m, night in nights.items() if m < index and _after_the_night(night) == date]
    if not carried:
        return None
    m = max(carried)
    return nights[m] if _points_back(sentences[index], sentences[: m + 1]) else None


def _points_back(s: Sentence, earlier: list[Sentence]) -> bool:
    """Does the subject of ``s`` point back to an act ``earlier`` told: its first word of
    content a noun after a demonstrative determiner ("Cette coupure exceptionnelle a
    provoqué ...": ``demonstrative_determiners``), or after another definite one when
    ``earlier`` named that noun as what came before an act ("Après une panne ..., le courant
    est revenu dans la nuit. // La panne a fortement perturbé ...": ``definite_determiners``,
    ``_acts_named_before``), no person's name? (Not a thing the night's act told of: "Quatre
    wagons d'un train ont explosé dans la nuit. Le train a déraillé": the narration's.)"""
    if not s.words:
        return False
    at, noun = min(s.words)
    opening = normalize(s.text[: at - s.start]).strip().lower()
    if any(m.start <= at < m.end for m in s.mentions if m.label == "PER"):
        return False
    lex = lexicon()
    if opening in lex["demonstrative_determiners"]:
        return True
    return opening in lex["definite_determiners"] and noun in _acts_named_before(earlier)


def _acts_named_before(sentences: list[Sentence]) -> set[str]:
    """The nouns (lemmas) ``sentences`` name as what came before their act: the first word
    of content right after a preposition of an earlier act and its determiner ("Après une
    panne d'électricité, ...", "malgré la grève": ``earlier_act_prepositions``)."""
    opener = re.compile(
        rf"\b(?:{alternation(lexicon()['earlier_act_prepositions'])})\s+(?:\w+\s+|\w+['’]\s*)?",
        re.IGNORECASE,
    )
    named: set[str] = set()
    for s in sentences:
        text = normalize(s.text)
        for found in opener.finditer(text):
            noun = next((w for at, w in sorted(s.words) if at == s.start + found.end()), None)
            if noun is not None:
                named.add(noun)
    return named


def _gathering_day(
    sentences: list[Sentence], index: int, narrated: list[tuple[int, int, SentenceDate, bool]]
) -> SentenceDate | None:
    """The day told of the gathering a sentence places itself in ("A l'ouverture du sommet",
    ``features.told_gathering``): the last day the article told, on its own, up to its last
    earlier sentence naming that gathering (a word of the same stem, "réunis" for "la
    réunion"); None when the article named it nowhere before, or for what is to come."""
    s = sentences[index]
    noun = features.told_gathering(s.text)
    if noun is None or s.tense in lexicon()["future_tenses"]:
        return None
    stem = re.compile(rf"\b{re.escape(noun[:5])}", re.IGNORECASE)
    named = [m for m in range(index) if stem.search(sentences[m].text)]
    if not named:
        return None
    told = [day for at, _, day, own in narrated if at <= named[-1] and own]
    return told[-1] if told else None


def _candidate(index: int, s: Sentence, date: SentenceDate) -> Candidate:
    return Candidate(
        sentence=index,
        start=date.start,
        end=date.end,
        precision=date.precision,
        open_start=date.open_start,
        dated_by=date.dated_by,
        value=date.value,
        timex=s.timex,
        kind=s.kind,
        about=s.about,
    )


def _result(
    article: Article,
    timexes: list[Timex],
    analysed: list[Sentence],
    now: StoryNow | None = None,
    recalled: Collection[int] = (),
) -> Extraction:
    paragraphs = article.paragraphs()
    captions = kinds.caption_blocks(article.text, paragraphs)
    captions += kinds.title_printed_again(article.title, article.text, paragraphs)
    _classify(analysed, timexes, article.date, captions, now)
    _date_sentences(article, analysed, timexes, now, recalled)
    candidates = [
        _candidate(i, s, s.date)
        for i, s in enumerate(analysed)
        if s.role == "event" and s.date is not None
    ]
    background = [
        replace(_candidate(i, s, s.date), kind=kinds.CONTEXT, about=None)
        for i, s in enumerate(analysed)
        if s.role == "background" and s.date is not None
    ]
    return Extraction(
        article=article.slug,
        url=article.url,
        dct=article.date.isoformat(),
        lang=article.lang,
        body_start=article.body_start,
        timexes=timexes,
        sentences=analysed,
        candidates=candidates,
        background=background,
    )


def _sentence_span(doc: Any, base: int, data: Sentence | SentenceSpan) -> Any:
    """The tokens of one sentence in its paragraph's doc."""
    start, end = data.start - base, data.end - base
    return doc.char_span(start, end, alignment_mode="expand")


def _dated_spans(
    sentences: list[SentenceSpan],
    timexes: list[Timex],
    paragraphs: list[tuple[int, int]],
    docs: dict[int, Any],
) -> tuple[list[int], list[Any]]:
    """The sentences (indexes, spans) that have a dated time expression, to be parsed:
    which clause governs it decides whether it dates the sentence."""
    chosen: list[int] = []
    spans: list[Any] = []
    for k, sentence in enumerate(sentences):
        if sentence.heading or not any(
            sentence.start <= t.start < sentence.end and dates.has_span(t) for t in timexes
        ):
            continue
        base = paragraphs[sentence.paragraph - 1][0]
        span = _sentence_span(docs[sentence.paragraph], base, sentence)
        if span is not None:
            chosen.append(k)
            spans.append(span)
    return chosen, spans


def _cued_spans(
    sentences: list[SentenceSpan],
    dated: list[int],
    paragraphs: list[tuple[int, int]],
    docs: dict[int, Any],
) -> tuple[list[int], list[Any]]:
    """The sentences (indexes, spans) not parsed for their dates (``dated``) that hold a cue
    counting only where it governs the sentence (``kinds.has_governing_cue``), to be parsed:
    where the cue stands in the tree decides whether it tells the sentence's kind."""
    chosen: list[int] = []
    spans: list[Any] = []
    parsed = set(dated)
    for k, sentence in enumerate(sentences):
        if sentence.heading or k in parsed:
            continue
        base = paragraphs[sentence.paragraph - 1][0]
        span = _sentence_span(docs[sentence.paragraph], base, sentence)
        if span is not None and kinds.has_governing_cue(span.text):
            chosen.append(k)
            spans.append(span)
    return chosen, spans


def _event_spans(
    result: Extraction,
    paragraphs: list[tuple[int, int]],
    docs: dict[int, Any],
    parsed: dict[int, Any],
) -> tuple[list[int], list[int], list[Any]]:
    """The event sentences (indexes), and those of them not parsed yet with their spans;
    with them, the sentences before an event sentence whose headline opens with a subject
    pronoun ("Les magistrats se sont retirés. Ils dormiront sur place", "Les coaccusés
    l'avaient croisé sur un site. [...] // En tout, ils ont été condamnés à 420 ans"): their
    subjects are what the pronoun may stand for in the headline (``pronouns``); and the
    follow-ups, whose subject merging compares with their event's agent."""
    sentences = result.sentences
    wanted = _clauses_kept(sentences)
    # the follow-ups, for their subject (``_subject``)
    wanted.update(k for k, s in enumerate(sentences) if s.role == "follow-up")
    events: list[int] = []
    missing: list[int] = []
    spans: list[Any] = []
    for k, s in enumerate(sentences):
        if k in wanted:
            if k in parsed:
                events.append(k)
                continue
            base = paragraphs[s.paragraph - 1][0]
            span = _sentence_span(docs[s.paragraph], base, s)
            if span is not None:  # None: beyond what was analysed (MAX_ANALYSED)
                events.append(k)
                missing.append(k)
                spans.append(span)
    return events, missing, spans


def _clauses_kept(sentences: list[Sentence]) -> set[int]:
    """The sentences whose parse is kept (``Sentence.clause``): the event sentences, and
    those before one whose headline opens with a subject pronoun (``_event_spans``)."""
    wanted = {k for k, s in enumerate(sentences) if s.role == "event"}
    for k in sorted(wanted):
        if _headline_opens_with_anaphor(sentences[k]):
            wanted.update(_antecedent_sentences(sentences, k))
    return wanted


def _antecedent_sentences(sentences: list[Sentence], index: int) -> list[int]:
    """The sentences whose subject a pronoun opening sentence ``index`` may stand for, as
    ``pronouns.Resolver`` reads them: those before it in its paragraph, or in the paragraph
    before when it opens its own (headings skipped), at most ``antecedent_window``."""
    window = int(lexicon()["antecedent_window"])
    out: list[int] = []
    paragraph = sentences[index].paragraph
    for j in range(index - 1, -1, -1):
        before = sentences[j]
        if before.heading:
            continue
        if before.paragraph != paragraph:
            if out or paragraph != sentences[index].paragraph:
                break
            paragraph = before.paragraph
        out.append(j)
        if len(out) == window:
            break
    return out


def _clauses(result: Extraction, events: list[int], parsed: dict[int, Any]) -> None:
    """The parse of what every event sentence reports (``Sentence.clause``: without the
    reporting clause): assembly makes its headline (and reads the subject a pronoun of the
    next sentence stands for). The noun phrases (``Sentence.phrases``) are kept only where a
    pronoun opening a headline may stand for them (``_phrases_read``)."""
    read = _phrases_read(result.sentences, events)
    kept = _clauses_kept(result.sentences)
    for k in events:
        s, doc = result.sentences[k], parsed[k]
        content = (0, s.end - s.start)
        report = s.report
        if report is not None:
            if report.kind == "trailing":
                content = (0, report.start - s.start)
            else:
                content = (report.end - s.start, s.end - s.start)
        reported = [t for t in doc if content[0] <= t.idx < content[1]]
        if s.role == "follow-up":
            s.subject = _subject(reported)
        if k in kept:
            s.clause = _parsed_tokens(reported)
        if k in read:
            # (a follow-up's too: the one after it may be made an event at assembly)
            s.phrases = noun_phrases(doc)


def _subject(tokens: list[Any]) -> Subject:
    """The subject of the main clause among a parsed sentence's ``tokens`` (what it
    reports): the subject (or passive subject) of its root, its noun phrase from its first
    word to its head and the words after it up to what a comma or a clause sets off ("Les
    équipes des pompiers", not "La cour, qui siégeait depuis lundi"); pos "" when the root
    has none."""
    inside = {t.i for t in tokens}

    def main(t: Any) -> bool:  # a main clause's word: its heads up to its root are too
        while t.head.i != t.i and t.head.i in inside:
            juxtaposed = t.dep_ == "advcl" and not any(c.dep_ == "mark" for c in t.children)
            if t.dep_ not in MAIN_DEPS and not juxtaposed:
                return False
            t = t.head
        return True

    head = next((t for t in tokens if t.dep_ in SUBJECT_DEPS and main(t.head)), None)
    if head is None:
        return Subject(0, 0, 0, "", "")

    def in_phrase(t: Any) -> bool:
        verb = t.pos_ in ("VERB", "AUX")
        return not (t.is_punct or verb or t.dep_ in SET_OFF_DEPS) and head in t.ancestors

    at = {t.i: n for n, t in enumerate(tokens)}
    first = last = at[head.i]
    while first > 0 and in_phrase(tokens[first - 1]):
        first -= 1  # "Près de 200 policiers", not "Vers 23 h 25, le train"
    while last + 1 < len(tokens) and in_phrase(tokens[last + 1]):
        last += 1  # "Les équipes des pompiers", not "La cour, qui siégeait depuis lundi"
    first_token, last_token = tokens[first], tokens[last]
    determiner = next((c.text for c in head.children if c.dep_ == "det"), "")
    end = last_token.idx + len(last_token.text)
    return Subject(first_token.idx, end, head.idx, determiner, head.pos_)


#: the dependencies of a main clause's subject on its root (Universal Dependencies)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
#: the dependencies that keep a word in the main clause: its root's (a copula's attribute
#: too) and those of a main clause coordinated with it; a clause the parser hangs as
#: adverbial with no conjunction opening it is one too, juxtaposed ("Les équipes sont
#: engagées, les chiens sont activés")
MAIN_DEPS = frozenset({"conj", "parataxis", "ROOT"})
#: the dependents of a subject's head that a comma or a clause sets off: not its noun phrase
SET_OFF_DEPS = frozenset({"acl", "acl:relcl", "appos", "advcl", "conj", "cc", "parataxis"})


def _phrases_read(sentences: list[Sentence], events: list[int]) -> set[int]:
    """The parsed sentences whose noun phrases a pronoun opening a headline may stand for:
    those before an event sentence whose headline opens with one (``_antecedent_sentences``),
    and an event sentence whose leading reporting clause is followed by one ("le chef des
    pompiers assure que ceux-ci ..."). The others' are not kept (a 1,000-article build holds
    every extraction in memory)."""
    read: set[int] = set()
    for k, s in enumerate(sentences):
        # any sentence: a follow-up may be made an event at assembly
        if _headline_opens_with_anaphor(s):
            read.update(_antecedent_sentences(sentences, k))
    for k in events:
        reported = _reported(sentences[k])
        if reported is not None and features.headline_opens_with_anaphor(reported):
            read.add(k)
    return read


def _reported(s: Sentence) -> str | None:
    """What a leading reporting clause reports ("Son avocat a annoncé jeudi qu'il ne ferait
    pas appel": "il ne ferait pas appel."), None without one."""
    report = s.report
    if report is None or report.kind == "trailing":
        return None
    return s.text[report.end - s.start :].lstrip(" ,:")


def _headline_opens_with_anaphor(s: Sentence) -> bool:
    """Does the headline of ``s`` open with a subject pronoun: the sentence does
    (``features.headline_opens_with_anaphor``), or what its leading reporting clause reports
    ("Son avocat a annoncé jeudi qu'il ne ferait pas appel": the headline tells "il ne
    ferait pas appel", the pronoun standing for someone of the sentences before)?"""
    if features.headline_opens_with_anaphor(s.text) or _holds_demonstrative(s.text):
        return True
    reported = _reported(s)
    if reported is None or not features.headline_opens_with_anaphor(reported):
        return False
    speaker = s.report.speaker if s.report is not None else None
    said_by = s.text[speaker[0] - s.start : speaker[1] - s.start] if speaker else ""
    return not features.pronoun_is_speaker(said_by, reported)


def _holds_demonstrative(text: str) -> bool:
    """Does ``text`` hold a demonstrative pronoun (``demonstrative_subjects``) anywhere, which
    its headline may keep ("... pour mettre fin à celles-ci": the noun phrases of the
    sentence before tell what it stands for)?"""
    return _demonstrative_pattern().search(text.lower()) is not None


@cache
def _demonstrative_pattern() -> re.Pattern[str]:
    """Any of the demonstrative pronouns (``demonstrative_subjects``), as a word."""
    pronouns = "|".join(re.escape(str(p)) for p in lexicon()["demonstrative_subjects"])
    return re.compile(rf"(?<![\w'’-])(?:{pronouns})(?![\w'’-])")


def _parse_all(wanted: list[tuple[list[int], list[Any]]]) -> list[dict[int, Any]]:
    """The parses of several articles' sentences (indexes, spans), in one batch."""
    flat = parse([span for _, spans in wanted for span in spans])
    out: list[dict[int, Any]] = []
    at = 0
    for keys, spans in wanted:
        out.append(dict(zip(keys, flat[at : at + len(spans)], strict=True)))
        at += len(spans)
    return out


def _parsed_tokens(tokens: list[Any]) -> list[ParsedToken]:
    """spaCy tokens as records (a head outside ``tokens`` becomes the token's own index; a
    lemma that is the lower-case form is left empty)."""
    index = {t.i: n for n, t in enumerate(tokens)}
    out = []
    for n, t in enumerate(tokens):
        lemma_ = lemma(t)
        if lemma_ == t.lower_:
            lemma_ = ""
        head = index.get(t.head.i, n)
        out.append(ParsedToken(t.idx, t.text, t.whitespace_, t.dep_, t.pos_, lemma_, head))
    return out


#: articles analysed together (their paragraphs kept in memory, their sentences parsed in
#: one batch)
_ARTICLES_AT_ONCE = 32


def extract_articles(articles: Iterable[Article]) -> list[Extraction]:
    """``extract_article`` for many articles, analysing all their sentences in batches."""
    articles = list(articles)
    if not articles:
        return []  # never load the model for nothing (everything cached)
    results: list[Extraction] = []
    for first in range(0, len(articles), _ARTICLES_AT_ONCE):
        some = articles[first : first + _ARTICLES_AT_ONCE]
        try:
            results += _extract_some(some)
        except Exception:  # noqa: BLE001 - a fault of the extraction, named below
            results += [_extract_alone(article) for article in some]
    return results


def _extract_alone(article: Article) -> Extraction:
    """The extraction of one article of a batch that failed: the article it fails on is
    named (an editor sees which file, never a traceback), with the fault's own words."""
    try:
        return _extract_some([article])[0]
    except Exception as exc:  # noqa: BLE001 - whatever failed, the article is what to name
        fault = f"{type(exc).__name__}: {exc}"
        raise TimelineError(
            f"the events of this article could not be read ({fault}); this is a fault of "
            "timeline, not of the article: please report it with the article",
            article.path,
        ) from exc


def _extract_some(articles: list[Article]) -> list[Extraction]:
    nlp = get_nlp()
    split = [split_sentences(a) for a in articles]
    paragraphs = [a.paragraphs() for a in articles]
    texts = (
        normalize(a.text[start : min(end, start + MAX_ANALYSED)])
        for a, spans in zip(articles, paragraphs, strict=True)
        for start, end in spans
    )
    docs = iter(nlp.pipe(texts, batch_size=_BATCH_SIZE, disable=list(SKIPPED)))
    by_paragraph = [{number: next(docs) for number in range(1, len(p) + 1)} for p in paragraphs]
    timexes = [
        tag_article(article, sentences) for article, sentences in zip(articles, split, strict=True)
    ]
    dated_spans = [
        _dated_spans(sentences, found, spans, docs_)
        for sentences, found, spans, docs_ in zip(
            split, timexes, paragraphs, by_paragraph, strict=True
        )
    ]
    cued_spans = [
        _cued_spans(sentences, keys, spans, docs_)
        for sentences, (keys, _), spans, docs_ in zip(
            split, dated_spans, paragraphs, by_paragraph, strict=True
        )
    ]
    both = _parse_all(dated_spans + cued_spans)  # one batch
    dated, cued = both[: len(articles)], both[len(articles) :]
    results: list[Extraction] = []
    for article, sentences, spans, docs_, found, parsed, cued_ in zip(
        articles, split, paragraphs, by_paragraph, timexes, dated, cued, strict=True
    ):
        starts = {number: token_starts(doc) for number, doc in docs_.items()}
        names = {number: list(doc.ents) for number, doc in docs_.items()}
        recalled: set[int] = set()
        analysed = _analyse_all(
            article, sentences, docs_, spans, found, parsed, starts, names, cued_, recalled
        )
        now = _story_now(article, analysed, found)
        if now is not None:
            # the retrospective's narration, its expressions read again from the day it is
            # set on
            told = _told_from(article, found, now, analysed)
            if told != found:  # (an anniversary's stretch may have none to read again)
                found = told
                recalled = set()
                analysed = _analyse_all(
                    article, sentences, docs_, spans, found, parsed, starts, names, cued_, recalled
                )
        results.append(_result(article, found, analysed, now, recalled))
    # the sentences parsed for a cue need no second parse if they make events
    dated = [{**parsed, **cued_} for parsed, cued_ in zip(dated, cued, strict=True)]
    wanted = [
        _event_spans(result, spans, docs_, parsed)
        for result, spans, docs_, parsed in zip(
            results, paragraphs, by_paragraph, dated, strict=True
        )
    ]
    more = _parse_all([(missing, spans) for _, missing, spans in wanted])
    for result, (events, _, _), parsed, extra in zip(results, wanted, dated, more, strict=True):
        _clauses(result, events, {**parsed, **extra})
    return results


def extract_article(article: Article) -> Extraction:
    """Time expressions, analysed sentences and candidate events of one article."""
    return extract_articles([article])[0]
