"""Short French titles and summaries of events, derived from their main sentence.

The title is the main clause as written (its headline, made here at assembly from the parse
extraction stored: ``events.headline``), without the date (shown apart), the reporting
clause ("..., a annoncé mercredi Vladimir Poutine": the speaker, when a known person, goes
in front: "Vladimir Poutine : ..."), trimmed at a clause boundary to fit, and never ending
on a function word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from timeline.events import impersonal
from timeline.events.dates import leaves_headline
from timeline.events.headline import clock_places_words, stored
from timeline.events.headline import headlines as clause_headlines
from timeline.events.impersonal_words import after_il
from timeline.events.lexicon import alternation, lexicon, quote_marks, title_words, titling
from timeline.events.sentences import is_abbreviation, normalize
from timeline.records import NounPhrase, ParsedToken, Sentence
from timeline.temporal import tag
from timeline.temporal.model import Timex

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Antecedent:
    """One thing a personal pronoun may stand for, as a headline names it (a person's name,
    a noun phrase), with its number and gender ("" unknown)."""

    words: str
    number: str
    gender: str = ""


@dataclass(frozen=True)
class Antecedents:
    """What a pronoun subject opening a headline stands for, by number: a person named
    before it, the subject of a sentence before it ("Le principal suspect"); None when
    unknown."""

    singular: str | None = None
    plural: str | None = None
    #: the last person named before it, what "ce dernier", "celui-ci" stand for
    last_named: str | None = None
    #: else the noun phrases before it, nearest first (``pronouns.Subjects.last_phrases``)
    last_phrases: tuple[NounPhrase, ...] = ()
    #: what a personal pronoun ("il", "elles") stands for, best first
    #: (``pronouns.Subjects.candidates``): the first of its number and gender, when known,
    #: instead of ``singular`` or ``plural`` ("Elle s'est terminée" after "L'autopsie de Paul
    #: Morel a commencé": the autopsy, not Morel)
    candidates: tuple[Antecedent, ...] | None = None


def clean(text: str) -> str:
    """Sentence text for reading: one space between words."""
    return _SPACES.sub(" ", normalize(text)).strip()


def _remove_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span masked by as many NUL characters (its length kept)."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + "\x00" * (end - start) + text[end:]
    return text


def _time_spans(sentence: Sentence, timexes: list[Timex]) -> list[tuple[int, int]]:
    """Where the sentence's time expressions that leave its headline (``leaves_headline``)
    stand in its text."""
    base = sentence.start
    return [
        (timexes[i].start - base, timexes[i].end - base)
        for i in sentence.timexes
        if leaves_headline(timexes[i])
    ]


_BLANK_BETWEEN_COMMAS = re.compile(r",\s*\x00\s*,")  # ", depuis le 30 septembre,"
_BLANK_IN_BRACKETS = re.compile(r"\s*\(\s*\x00[\s\x00]*\)")  # "(19H00 GMT)"
_BLANK = re.compile(r"\s*\x00\s*")
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.])")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:])")


@cache
def _timex_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lead = alternation(titling()["title_timex_lead_words"])
    return (
        # a leading adverbial phrase with a date: "Plus tôt dans la journée, ..."; a day
        # counted from a happening its complement names, "Au lendemain de l'incendie de
        # la salle des fêtes, ..."
        re.compile(
            rf"^\s*(?:(?:{lead})\s+)*\x00+(?:[^,\x00]{{0,30}}|\s*(?:du|des|de|d')\b[^,\x00]{{0,120}}),\s*",
            flags=re.I,
        ),
        re.compile(rf"(?:\b(?:{lead})\s+)*\x00+", flags=re.I),
    )


def _drop_timexes(text: str) -> str:
    """Remove the blanked-out time expressions and the words that led to them."""
    leading, led = _timex_patterns()
    text = leading.sub("", text)
    text = led.sub("\x00", text)
    text = _BLANK_BETWEEN_COMMAS.sub("", text)
    text = _BLANK_IN_BRACKETS.sub("", text)  # "peu après 12h00 (19h00 GMT)"
    text = _BLANK.sub(" ", text)
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip(" ,")


@cache
def _quote_mark_pattern() -> re.Pattern[str]:
    """One quotation mark of any kind (the characters ``quoted_stretches`` acts on)."""
    return re.compile("[" + re.escape(quote_marks().all) + "]")


def _balance_quotes(text: str) -> str:
    marks = quote_marks()
    opens = sum(text.count(m) for m in marks.opening)
    closes = sum(text.count(m) for m in marks.closing)
    straight = sum(text.count(m) for m in marks.toggling)
    if opens != closes or straight % 2:
        text = "".join(ch for ch in text if ch not in marks.all)
    return _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()


#: the figure a sentence ends on ("le nombre de morts a franchi la barre des 150.")
_CLOSING_FIGURE = re.compile(r"(\d(?:[\d.,]*\d)?)[\s»\"”’)]*[.!?…]*[\s»\"”’)]*$")


def closing_figure(text: str) -> str:
    """The number ``text`` (a sentence) ends on, or ""."""
    found = _CLOSING_FIGURE.search(text)
    return found.group(1) if found else ""


def _trim_end(text: str, figure: str = "") -> str:
    """``text`` without the words that cannot end a title (``title_trailing_drop``), nor a
    number a cut left ("la mort de 3"), unless it is ``figure``, the one its sentence ends
    on ("a franchi la barre des 150": ``closing_figure``), and ends ``text`` as it came. A
    word that closes a negation stays ("qu'il ne démissionnerait pas":
    ``_closes_a_negation``)."""
    drop = title_words("title_trailing_drop")
    words = text.rstrip(" ,;:-–—.").split()
    whole = len(words)
    while words:
        last = words[-1].lower().strip(",;:")
        # "(31" of "(31 ans)", "d'1,3" of "d'1,3 à 1,5 million" (a number cut from its range)
        number = last.removeprefix("(").split("'")[-1].replace(".", "").replace(",", "")
        kept = bool(figure) and last == figure and len(words) == whole  # the clause's own
        # ... or what a demonstrative pronoun names ("plus de monde que celles de 2009")
        kept = kept or _completes_a_pronoun(words)
        if (last in drop and not _closes_a_negation(words)) or (number.isdigit() and not kept):
            words.pop()
            continue
        elided, _, rest = last.replace("’", "'").partition("'")
        if elided and elided + "'" in drop and (not rest or rest in drop):
            # a lone elided word ("d'"), or glued to another that needs what follows ("...
            # victimes d'une", "qu'un")
            words.pop()
            continue
        break
    return " ".join(words).rstrip(" ,;:-–—(")


def _completes_a_pronoun(words: list[str]) -> bool:
    """Is the last of ``words`` the complement of a demonstrative pronoun two words before
    it (``headline_completed_pronouns`` and a preposition of ``title_pronoun_complements``:
    "que celles de 2009", "celui de 1998")? The pronoun stands only with it: no number a
    cut left."""
    return (
        len(words) > 2
        and words[-3].lower() in title_words("headline_completed_pronouns")
        and words[-2].lower() in title_words("title_pronoun_complements")
    )


def _closes_a_negation(words: list[str]) -> bool:
    """Does the last of ``words`` close a negation opened by "ne" or "n'" among the
    ``title_negation_reach`` words before it ("il ne démissionnerait pas", "elle n'en a
    plus": ``title_negation_closers``)? It says the clause's sense and stays at its end."""
    lex = titling()
    if words[-1].lower() not in title_words("title_negation_closers"):
        return False
    openers = tuple(str(w) for w in lex["title_negation_openers"])
    before = words[-1 - int(lex["title_negation_reach"]) : -1]
    for word in reversed(before):
        lower = word.lower().replace("’", "'")
        if lower in title_words("title_negation_closers"):
            return False  # another negation closed before it
        if lower in openers or any(o.endswith("'") and lower.startswith(o) for o in openers):
            return True  # "ne", or "n'" glued to its verb ("n'atteindrait")
    return False


def _drop_leading_adverbial(text: str) -> str:
    """ "Outre les avions opérant en Syrie, des bâtiments ..." -> "des bâtiments ..."; one
    phrase after the other ("A la tombée de la nuit, dans un amas de tôles, des centaines
    de secouristes fouillaient ..." -> "des centaines de secouristes fouillaient ...")."""
    openers = titling()["title_leading_openers"]
    for _ in range(3):
        comma = text.find(", ")
        if comma == -1 or comma > 80:
            return text
        first = text.split(" ", 1)[0].lower()
        if not (
            first in openers or (first.endswith("ant") and first[:1].isalpha() and len(first) > 5)
        ):
            return text
        rest = _past_relative_clause(text[comma + 2 :])
        if len(rest.split()) < 4 or _counted_out_of(text[:comma], rest):
            return text
        text = rest
    return text


_NUMBER = re.compile(r"\d[\d.,\s]*")


def _counted_out_of(opening: str, rest: str) -> bool:
    """Does ``rest`` open on a number that counts out of the number of the leading phrase
    ``opening``, a phrase of a whole (``title_count_wholes``: "Sur 566 votants, 556 se sont
    exprimés", "Sur les 21 passagers, 17 ont été localisés")? The phrase says what the
    number counts: it stays ("556 se sont exprimés" counts nothing). Not after another
    phrase ("Depuis le 2 décembre, 625 lots ont été retirés": a date), nor one with no
    number ("Selon la police, 3000 manifestants ont défilé")."""
    first = opening.split(" ", 1)[0].lower()
    return (
        first in title_words("title_count_wholes")
        and _NUMBER.match(rest) is not None
        and _NUMBER.search(opening) is not None
    )


def _past_relative_clause(text: str) -> str:
    """ "qui avait annoncé le décès, le chanteur a été ..." (after "Selon le site,") -> "le
    chanteur a été ...": a relative clause opening what follows a leading phrase is that
    phrase's, up to its comma (``headline_relative_pronouns``); ``text`` as it is when it
    opens with none, or the clause closes with no comma."""
    first = text.split(" ", 1)[0].lower().replace("’", "'")
    relatives = {str(w).lower().replace("’", "'") for w in titling()["headline_relative_pronouns"]}
    elided = first.split("'", 1)[0] + "'" if "'" in first else first
    if first not in relatives and elided not in relatives:
        return text
    comma = text.find(", ")
    return text[comma + 2 :] if comma != -1 else text


_PLURAL_SUBJECT = re.compile(r"^(?:ils|elles)\s+", re.IGNORECASE)
_TOPIC = re.compile(r"^\s*(?P<opener>\w+)\s+(?P<topic>(?:les|des|ces)\s[^,]{3,80}),")


def _resolve_plural_pronoun(content: str, subject: str) -> str:
    """ "Evoquant les actions de l'aviation, M. Poutine a indiqué qu'elles seraient ..." ->
    "les actions de l'aviation seraient ...": the topic the sentence opened with."""
    pronoun = _PLURAL_SUBJECT.match(content)
    topic = _TOPIC.match(subject)
    if not pronoun or not topic:
        return content
    opener = topic.group("opener").lower()
    if opener not in titling()["title_leading_openers"] and not opener.endswith("ant"):
        return content
    return topic.group("topic") + " " + content[pronoun.end() :]


def _speaker_determiner(phrase: str) -> tuple[str, list[str]]:
    """The determiner opening a speaker's noun phrase, as a key of
    ``title_speaker_pronouns``, and the pronouns that may stand for that speaker (none for
    a name): "les pompiers" -> ("les", ["ils", "elles"]); an elided determiner is glued to
    its noun ("l'armée"), its key is the elision ("l'")."""
    determiner = phrase.split(" ", 1)[0].lower().replace("’", "'")
    pronouns = titling()["title_speaker_pronouns"]
    elided = [d for d in pronouns if str(d).endswith("'") and determiner.startswith(str(d))]
    key = str(elided[0]) if elided else determiner
    return key, list(pronouns.get(key, []))


def _said_by(sentence: Sentence, text: str) -> str:
    """The speaker's words of ``sentence``'s reporting clause in ``text`` (the sentence,
    normalised), "" when the clause names none."""
    report = sentence.report
    if report is None or report.speaker is None:
        return ""
    return text[report.speaker[0] - sentence.start : report.speaker[1] - sentence.start]


def _speaker_for_pronoun(content: str, speaker: str, person: bool = False) -> str:
    """ "..., mais les gendarmes ont assuré qu'ils fouilleraient le massif" -> "les
    gendarmes fouilleraient le massif": a personal pronoun opening what a group or
    a body said, of its number and gender (``title_speaker_pronouns``), is the speaker. The
    speaker is the reporting clause's subject after its last comma, without a connective
    opening it ("mais", "et"). A name stands for "il" or "elle" too, unless it is a person's
    (``person``: ``_speaker_as_subject`` names the person by surname)."""
    words = content.split(" ", 1)
    phrase = speaker.rsplit(", ", 1)[-1].strip()
    connectives = title_words("headline_leading_connectives")
    while phrase and phrase.split(" ", 1)[0].lower() in connectives:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    if len(words) < 2 or not phrase:
        return content
    _, allowed = _speaker_determiner(phrase)
    if not allowed and not person and _named(phrase):
        # a name: a company, a town, a body ("Intermarché a annoncé qu'il allait arrêter
        # ...": Intermarché), of either gender
        allowed = [str(w) for w in titling()["title_speaker_self_pronouns"]]
    if words[0].lower() not in allowed:
        return content
    if words[0].lower() == "il" and after_il(words[1]):
        return content  # "Le texte précise qu'il est hors de question de ...": nobody's
    return f"{phrase[:1].lower()}{phrase[1:]} {words[1]}"


def _named(phrase: str) -> bool:
    """Is ``phrase`` (a speaker's words) a name: each word capitalised but the prepositions
    of a complement ("Banque De France", "Intermarché", "Air France"; not "Son avocat", "Le
    groupe"), no pronoun ("Il"), no determiner (``title_speaker_pronouns``), of no more than
    a few words?"""
    lex = titling()
    words = phrase.split()
    particles = title_words("headline_complement_prepositions")
    first = words[0].lower().replace("’", "'") if words else ""
    return (
        0 < len(words) <= lex["title_speaker_name_words"]
        and first not in lex["headline_subject_pronouns"]
        and first not in lex["title_speaker_pronouns"]
        and all(w[:1].isupper() or w.lower() in particles for w in words)
    )


@cache
def _filler_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    fillers = alternation(titling()["title_fillers"])
    return (
        # an aside between commas goes with both ("a, pour sa part, participé" -> "a
        # participé")
        (re.compile(rf",\s*(?:{fillers})\s*,", flags=re.IGNORECASE), " "),
        # (not "ainsi que le veut la tradition", "aussi bien que": a comparison, no filler)
        (re.compile(rf"(?<=\s)(?:{fillers})(?:\s*,)?\s+(?!qu)", flags=re.IGNORECASE), ""),
        (re.compile(rf"^(?:{fillers})\s*,?\s+(?!qu)", flags=re.IGNORECASE), ""),
    )


@cache
def _stressed_pronoun_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    pronouns = alternation(titling()["title_stressed_pronouns"])
    return (
        re.compile(rf",\s*(?:{pronouns})\s+aussi\s*,", flags=re.IGNORECASE),
        re.compile(rf"(?<!\S)(?P<before>[\w'’-]+)\s+(?:{pronouns})\s+aussi(?=\s|$)", re.IGNORECASE),
    )


def _without_stressed_pronoun(text: str) -> str:
    """ "Le ministre a lui aussi fini par saluer son action" -> "Le ministre a fini par
    saluer son action": a stressed pronoun with "aussi" after a word of the clause
    (``title_stressed_pronouns``; between commas, or after a word that is no preposition nor
    determiner: not "avec elle aussi") goes whole: "aussi" alone would leave "a lui fini"."""
    aside, inline = _stressed_pronoun_patterns()
    drop = title_words("title_trailing_drop")

    def without(m: re.Match[str]) -> str:
        before = m.group("before")
        return m.group(0) if before.lower() in drop else before

    return inline.sub(without, aside.sub(" ", text))


def _drop_fillers(text: str) -> str:
    """ "Les États-Unis sont quant à eux à la tête ..." -> "Les États-Unis sont à la tête ..."."""
    text = _without_stressed_pronoun(text)
    for pattern, replacement in _filler_patterns():
        text = pattern.sub(replacement, text)
    return _SPACES.sub(" ", text).strip()


#: an elided word with nothing after it ("qu' ont été touchées", "d',"): a word cut out
_CUT_ELISION = re.compile(r"(?<!\w)\w+['’](?=\s|[,.;:)]|$)")
_FURTHER_SENTENCE = re.compile(r"(?<=\w)[.!?]\s+(?=[«\"“/]?[A-ZÀ-Ý])")
_LOST_ELISION = re.compile(r"^['’](?P<word>\w+)")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text``: up to a sentence's end followed by a capital, not an
    abbreviation's period ("M. Belkaloul a fait part", "Mme Roy", "le Dr Martin")."""
    for end in _FURTHER_SENTENCE.finditer(text):
        period = text[: end.start() + 1]
        if period.endswith(".") and is_abbreviation(period, text[end.start() + 1 :]):
            continue
        return text[: end.start()]
    return text


def _repair_start(text: str, headlines: list[str]) -> str:
    """ "'armée syrienne a lancé ..." (first letter lost): "L'armée ..." as the article's own
    headline writes it, else the usual elided article."""
    lost = _LOST_ELISION.match(text)
    if not lost:
        return text
    word = lost.group("word")
    for headline in headlines:
        found = re.search(rf"\b(\w{{1,3}})['’]{re.escape(word)}\b", headline, re.IGNORECASE)
        if found:
            return found.group(1).capitalize() + "'" + text[lost.start("word") :]
    return str(titling()["title_lost_elision"]) + text[lost.start("word") :]


@cache
def _tense_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({alternation(list(titling()['title_tense_shift']))})\b")


def _unshift_tenses(text: str) -> str:
    """ "les frappes allaient s'intensifier" -> "les frappes vont s'intensifier"; a word the
    source typed twice is read once ("qu'il allait allait arrêter": ``_undoubled``), never
    shifted alone ("va allait"). A conditional in quotation marks is the speaker's own mood,
    never made a future ("a jugé que « ce serait un miracle »" stays "ce serait"); an
    imperfect in them is the report's shift, told from now as outside them ("a indiqué que
    la France « allait étudier toutes les voies »" -> "va étudier")."""
    table = titling()["title_tense_shift"]
    text = _undoubled(text)
    quoted = quoted_stretches(text)
    endings = tuple(str(e) for e in titling()["title_conditional_to_future"])
    for found in _tense_pattern().finditer(text):
        if not (found.group(1).endswith(endings) and _inside(found.start(), quoted)):
            shifted = str(table[found.group(1)])
            return text[: found.start()] + shifted + text[found.end() :]
    return text


def _inside(at: int, stretches: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in stretches)


def _future_in_the_past(sentence: Sentence) -> bool:
    """Is what ``sentence`` reports in the conditional after a verb of saying in a past tense
    ("Air France a indiqué qu'elle reprendrait ses vols"): the future as seen from the past,
    which a headline tells in the future ("Air France reprendra ses vols")? Not a clause of
    condition ("si ...": the sentence is hypothetical), nor a saying in the present ("X
    assure qu'il partirait": a hypothesis). The verb of saying is the sentence's main verb,
    or another clause's ("..., mais les gendarmes ont assuré qu'ils fouilleraient ...": its
    auxiliary of a past tense, ``title_past_auxiliaries``). What it reports is in the
    conditional (``content_tense``), or of no tense the tagger could tell: the form of its
    verb says it (``_future_of``)."""
    tense = sentence.content_tense
    if tense == "imperfect" and _changed_stem_conditional(sentence.clause):
        tense = "conditional"  # "qu'il rappellerait": read as an imperfect in "-ait"
    if tense not in ("conditional", None) or sentence.hypothetical:
        return False  # (no tense: the tagger read no finite verb; the form tells it)
    report = sentence.report
    if report is None:
        return False
    words = sentence.text[report.start - sentence.start : report.end - sentence.start].split()
    return sentence.tense in title_words("title_past_tenses") or any(
        w.lower() in title_words("title_past_auxiliaries") for w in words
    )


def _someone_else(said: str, speaker: str, antecedents: Antecedents, impersonal_il: bool) -> bool:
    """Does the pronoun opening ``said`` stand for someone the sentences before name
    (``_restore_subject``), other than ``speaker``?"""
    restored = _restore_subject(said, antecedents, impersonal_il)
    if restored == said:
        return False
    return speaker not in restored[: len(restored) - len(said) + len(speaker) + 8]


def _verbless_report(sentence: Sentence) -> bool:
    """Is what the leading reporting clause of ``sentence`` reports no clause (no verb in
    its stored parse): a "que" read inside a word or a relative's ("Le Premier ministre
    canadien a félicité les deux élus et vanté la relation unique entre les deux pays":
    "uni|que", and the headline "Entre les deux pays")? The sentence itself makes the
    headline. A clause with a subject the tagger left without a verb ("ils fouilleraient le
    massif": "fouilleraient" an adverb) is one."""
    report = sentence.report
    if report is None or report.kind != "leading" or not sentence.clause:
        return False
    subjects = set(titling()["headline_subject_deps"])
    return not any(t.pos in ("VERB", "AUX") or t.dep in subjects for t in sentence.clause)


def _present_in_the_past(sentence: Sentence) -> bool:
    """Is what ``sentence`` reports in the imperfect after a verb of saying in a past tense
    ("Fidel Castro a annoncé ce matin qu'il abandonnait la présidence"): the present as seen
    from the past, which a headline tells in the present ("Fidel Castro abandonne la
    présidence", never "Castro abandonnait la présidence", a state of the story's past)?
    Not a conditional the tagger read as an imperfect ("qu'il rappellerait"), nor a clause
    of condition."""
    if sentence.content_tense != "imperfect" or sentence.hypothetical:
        return False
    if _changed_stem_conditional(sentence.clause):
        return False
    report = sentence.report
    if report is None or report.kind != "leading":
        return False
    words = sentence.text[report.start - sentence.start : report.end - sentence.start].split()
    return sentence.tense in title_words("title_past_tenses") or any(
        w.lower() in title_words("title_past_auxiliaries") for w in words
    )


def _present_of(text: str, sentence: Sentence) -> str:
    """``text`` with the finite verb of the clause ``sentence`` reports put from the
    imperfect in the present ("abandonnait" -> "abandonne", "renonçaient" -> "renoncent",
    "finissait" -> "finit", "était" -> "est": ``title_imperfect_to_present``), outside
    quotation marks; left as it is when its present is not known (a verb in "-er" whose
    stem changes two ways, an irregular verb not listed)."""
    verb = _reported_finite_verb(sentence.clause)
    if verb is None:
        return text
    present = _present_form(verb.text.lower(), verb.lemma.lower())
    if present is None:
        return text
    quoted = quoted_stretches(text)
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(verb.text)}(?![\w'’-])", text):
        if not _inside(found.start(), quoted):
            return text[: found.start()] + present + text[found.end() :]
    return text


def _reported_finite_verb(clause: list[ParsedToken] | None) -> ParsedToken | None:
    """The finite word of the verb heading ``clause``: its auxiliary or copula, else
    itself (a word the parse hangs on nothing)."""
    tokens = clause or []
    root = next(
        (n for n, t in enumerate(tokens) if t.head == n and t.pos in ("VERB", "AUX", "ADJ")),
        None,
    )
    if root is None:
        return None
    finite = [t for t in tokens if t.head == root and (t.dep.startswith("aux") or t.dep == "cop")]
    return finite[0] if finite else tokens[root]


def _present_form(word: str, lemma: str) -> str | None:
    """The present of the imperfect ``word`` of ``lemma`` (third person): listed
    (``title_imperfect_to_present``), or made: a verb in "-er" from its stem ("abandonner":
    "abandonne", "abandonnent"; "mener": "mène", one consonant after its "e"; "fermer":
    "ferme", "présenter": "présente"), a verb in "-ir" of "-issait" ("finir":
    "finit", "finissent"). None otherwise."""
    table = titling()["title_imperfect_to_present"]
    if word in table:
        return str(table[word])
    plural = word.endswith("aient")
    if not word.endswith(("ait", "aient")):
        return None
    if lemma.endswith("yer"):  # "envoyer": "envoie", "payer": "paie"
        return lemma[:-3] + ("ient" if plural else "ie")
    if lemma.endswith("er") and lemma != "aller":
        changed = _CHANGED_STEM.fullmatch(lemma)
        if changed is not None and len(changed["consonants"]) == 1:
            # "mener": "mène", "céder": "cède"; "jeter", "appeler": two ways, not made
            stems = _future_stems(lemma)
            if len(stems) > 1:
                return None
            lemma = stems.pop()
        return lemma[:-2] + ("ent" if plural else "e")
    if lemma.endswith("ir") and word.endswith(("issait", "issaient")):
        return lemma[:-1] + ("ssent" if plural else "t")
    return None


_CHANGED_STEM = re.compile(
    r"(?P<before>.*[^aeiouyéè])(?P<vowel>[eé])(?P<consonants>[^aeiouyéèêë]+)er"
)


def _future_stems(verb: str) -> set[str]:
    """The future's stems of a verb in "-er" whose stem changes before a mute "e" ("mener"
    -> "mèner-", "céder" -> "cèder-", "rappeler" -> "rappeller-", "jeter" -> "jetter-",
    "payer" -> "paier-"): the infinitive with its last "e" or "é" made "è", with its "l" or
    "t" doubled after an "e" (``title_doubled_stem_consonants``), a "y" before "-er" made
    "i". The infinitive itself is the regular stem, which the tagger reads."""
    stems: set[str] = set()
    found = _CHANGED_STEM.fullmatch(verb)
    if found is not None:
        before, consonants = found["before"], found["consonants"]
        stems.add(f"{before}è{consonants}er")
        doubled = title_words("title_doubled_stem_consonants")
        if found["vowel"] == "e" and consonants in doubled:
            stems.add(f"{before}e{consonants * 2}er")
    if verb.endswith("yer"):
        stems.add(verb[:-3] + "ier")
    return stems


def _changed_stem_conditional(clause: list[ParsedToken] | None) -> bool:
    """Is the verb heading ``clause`` (a word the parse hangs on nothing) the conditional of
    a verb whose future's stem changes (``_future_stems``: "qu'il rappellerait", "qu'elle
    achèterait", "qu'ils paieraient"), which the tagger, finding no such stem, reads as an
    imperfect?"""
    endings = [str(e) for e in lexicon()["conditional_endings"]]
    for n, token in enumerate(clause or ()):
        if token.head != n or token.pos not in ("VERB", "AUX"):
            continue
        word = token.text.lower()
        stems = _future_stems(token.lemma.lower())
        if any(word.endswith(e) and word[: -len(e)] in stems for e in endings):
            return True
    return False


def _relayed_saying(sentence: Sentence) -> bool:
    """Is the saying ``sentence`` reports itself relayed by a source set before its speaker
    ("D'après La Repubblica, Matteo Salvini a fait savoir qu'il fermerait les ports", "Selon
    l'agence Reuters, le groupe a indiqué qu'il supprimerait 300 postes": one of
    ``title_relayed_sources``, a phrase of a noun or a name, a comma, then the speaker)? What
    was said is then a claim another reports, its conditional the claim's mood: kept ("Salvini
    fermerait les ports", never "fermera", which tells as sure what one source says was
    said). Not "Selon lui, ..." (a pronoun: the speaker's own words)."""
    report = sentence.report
    if report is None:
        return False
    words = sentence.text[report.start - sentence.start : report.end - sentence.start]
    source, comma, rest = words.partition(",")
    if not comma or not rest.strip():
        return False
    lowered = normalize(source).lower().split()
    for opener in titling()["title_relayed_sources"]:
        lead = str(opener).split()
        if lowered[: len(lead)] == lead and len(lowered) > len(lead):
            named = lowered[len(lead) :]
            return len(named) > 1 or named[0] not in title_words("title_relayed_pronouns")
    return False


def _future_of(text: str) -> str:
    """``text`` with its verbs in the conditional put in the future: the same stem, the
    future's endings ("reprendrait" -> "reprendra", "fermeraient" -> "fermeront":
    ``title_conditional_to_future``). A word in "-trait" is left: as often a noun
    ("retrait", "portrait") as a verb ("mettrait"); so are words in quotation marks, the
    speaker's own ("« ce ne serait pas raisonnable »": a conditional of theirs)."""
    table = titling()["title_conditional_to_future"]
    quoted = quoted_stretches(text)

    def future(m: re.Match[str]) -> str:
        word = m.group(0)
        if _inside(m.start(), quoted):
            return word
        for ending, shifted in table.items():
            if word.endswith(str(ending)):
                return word[: -len(str(ending))] + str(shifted)
        return word

    return _conditional_pattern().sub(future, text)


@cache
def _conditional_pattern() -> re.Pattern[str]:
    endings = alternation([str(e) for e in titling()["title_conditional_to_future"]])
    kept = alternation([str(e) for e in titling()["title_conditional_kept"]])
    return re.compile(rf"(?<![\w'’-])(?!\w*(?:{kept})(?![\w'’-]))\w{{2,}}(?:{endings})(?![\w'’-])")


_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]{2,}) \1(?![\w'’-])")


def _undoubled(text: str) -> str:
    """A word typed twice in a row ("allait allait", "de de") once; not a clitic that French
    repeats ("nous nous sommes", "en en parlant": ``headline_object_clitics``), nor a name
    ("Bora Bora": capitalised)."""
    clitics = {str(w) for w in titling()["headline_object_clitics"]}

    def once(m: re.Match[str]) -> str:
        word = m.group(1)
        return m.group(0) if word in clitics or not word.islower() else word

    return _DOUBLED.sub(once, text)


def _restore_object(text: str) -> str:
    """ "est prêt à conclure avec les Etats-Unis un accord" (the cut took the object's
    complement) -> "est prêt à conclure un accord avec les Etats-Unis". "des" right after
    a common noun is that noun's complement ("rend hommage aux familles des victimes":
    de + les), not an object put after it; after a name it may be one ("signer avec la
    Chine des accords")."""

    def restored(m: re.Match[str]) -> str:
        obj, pp = m.group("obj"), m.group("pp")
        contracted = obj.split(" ", 1)[0] in titling()["title_contracted_complements"]
        if contracted and not pp.rsplit(" ", 1)[-1][:1].isupper():
            return m.group(0)
        return f"{m.group('head')} {obj} {pp}"

    return _object_pattern().sub(restored, text)


@cache
def _object_pattern() -> re.Pattern[str]:
    preps = alternation(titling()["title_inverted_complement"])
    return re.compile(
        rf"^(?P<head>.*\S)\s(?P<pp>(?:{preps})\s[^,]{{2,40}}?)\s(?P<obj>(?:un|une|des)\s\w+)$"
    )


def shorten(text: str, limit: int, verb: Verb | None = None, figure: str = "") -> str:
    """``text`` cut at the latest clause boundary that keeps it within ``limit``; with the
    main ``verb`` of its clause (``main_verb``), never before it: a headline is a clause
    with its verb ("Les passagers, de plusieurs nationalités, ont été évacués du navire ..."
    is not cut to "Les passagers"), and the asides between commas before the verb go
    first, to make room for what follows it ("Les passagers ont été évacués du navire")."""
    whole = _trim_end(text, figure)
    if len(whole) <= limit:
        return whole  # (the figure it ends on kept: ``closing_figure``)
    text = _trim_end(text)
    if len(text) <= limit:
        return text
    after = verb.end(text) if verb is not None else 0
    if verb is not None and after:
        text = _without_aside(text, verb)
        after = verb.end(text)
        if len(text) <= limit:
            return text
    if verb is not None and 0 < after <= limit:
        # no clause boundary after the verb: the words that fit
        kept = _cut_at_clause(text, limit, after) or _cut_at_word(text, limit)
        if verb.end(kept):
            return kept
    return _cut_at_clause(text, limit) or _cut_at_word(text, limit)


def _cut_at_word(text: str, limit: int) -> str:
    """``text`` cut at its last space within ``limit`` (one endless word: inside it)."""
    cut = text[: limit + 1].rsplit(" ", 1)[0][:limit]
    return _trim_end(_close_quote(cut))


@dataclass(frozen=True)
class Verb:
    """The main verb of a headline's clause as its stored parse reads it: the word of its
    predicate (the verb, or the attribute of a copula: "est forcément anxiogène") and the
    head word of its subject ("" when none)."""

    predicate: str
    subject: str
    #: the words that make a stretch before the verb no aside: another subject of the verb,
    #: one coordinated with its subject, another verb coordinated or set beside it
    others: tuple[str, ...] = ()

    def _found(self, text: str, word: str) -> re.Match[str] | None:
        """The first place of ``word`` in ``text`` as a word of its own, maybe after an
        elided word (``headline_elided_words``: "s'élève", "l'armée"), not inside another
        ("aujourd'hui")."""
        if not word:
            return None
        elided = title_words("headline_elided_words")
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w'’-])", text):
            before = text[: found.start()]
            if not before.endswith(("'", "’")):
                return found
            if re.split(r"[^\w]", before[:-1].lower())[-1] in elided:
                return found
        return None

    def end(self, text: str) -> int:
        """Where the predicate ends in ``text`` (0 when it is not there)."""
        found = self._found(text, self.predicate)
        return found.end() if found is not None else 0

    def subject_at(self, text: str) -> int:
        """Where the subject's head word is in ``text`` (-1 when it is not there)."""
        found = self._found(text, self.subject)
        return found.start() if found is not None else -1


def main_verb(clause: list[ParsedToken] | None) -> Verb | None:
    """The main verb of a stored clause (``Verb``): its first root that is a verb, an
    auxiliary or a copula's attribute (the parser may cut a sentence in two: "Dominique
    Pelicot, l'accusé principal du procès, a prié ..." has a root "Dominique" too); None
    when it has none (a nominal sentence)."""
    if not clause:
        return None
    copulas = {t.head for t in clause if t.dep == "cop"}
    # (a participle the tagger read as an adjective is a verb with its auxiliary: "s'est
    # borné à déclarer")
    auxiliaries = {t.head for t in clause if t.dep.startswith("aux")}
    for n, token in enumerate(clause):
        verbal = token.pos in ("VERB", "AUX") or n in copulas or n in auxiliaries
        if token.dep != "ROOT" or not verbal:
            continue
        subjects = [k for k, t in enumerate(clause) if t.head == n and t.dep.startswith("nsubj")]
        # (a conjunct with its "et": the parser reads many appositions as conjuncts)
        joiners = title_words("title_list_joiners")
        joined = {t.head for t in clause if t.dep == "cc" and t.text.lower() in joiners}
        others = [
            t.text
            for k, t in enumerate(clause)
            if (k != n and t.pos in ("VERB", "AUX") and t.dep in ("ROOT", "conj", "parataxis"))
            or (t.dep == "conj" and t.head in subjects and k in joined)  # "X, ..., et Y ont"
            or k in subjects[1:]
        ]
        subject = clause[subjects[0]].text if subjects else ""
        return Verb(token.text, subject, tuple(others))
    return None


def _quotation_reported(clause: list[ParsedToken] | None, verb: Verb) -> bool:
    """Is ``verb`` a reporting verb (``reporting_participles``) after a quotation opening
    the clause ("« C'est une triste nouvelle », a annoncé le maire", which the sentence's
    reporting clause did not set apart)?"""
    opening = clause[0].text if clause else ""
    return (
        verb.predicate.lower() in lexicon()["reporting_participles"]
        and bool(opening)
        and opening in quote_marks().all
    )


def _without_aside(text: str, verb: Verb) -> str:
    """``text`` without what commas set off between its subject and its ``verb``, from the
    first comma to the last before the verb: "Le dirigeant du Tchad, Mahamat Déby, dont le
    pays n'est pas membre, a participé au sommet" -> "Le dirigeant du Tchad a participé au
    sommet". Unchanged unless the subject comes before the first comma (the parse's: "Plus
    tôt, le président ..., ont salué" keeps its subject), no comma is in brackets, and no
    "et" follows the last one (a list: "Des hélicoptères, des chiens et des équipes ont été
    mobilisés")."""
    end = verb.end(text)
    start = end - len(verb.predicate)
    commas, depth = [], 0
    for n, char in enumerate(text[:start]):
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            commas.append(n)
    if len(commas) < 2 or depth != 0:
        return text
    first, last = commas[0], commas[-1]
    if not 0 <= verb.subject_at(text) < first:
        return text
    if set(text[last:start].lower().split()) & set(title_words("title_list_joiners")):
        return text
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text[first:start]) for w in verb.others):
        return text  # a clause of its own: "X, capitaine du navire, reste assigné a décidé"
    return f"{text[:first]} {text[last + 1 :].lstrip()}"


def _cut_at_clause(text: str, limit: int, after: int = 0) -> str | None:
    """``text`` (trimmed) cut at its latest clause boundary within ``limit`` (not before
    ``after``: where its main verb ends), None when it has none there."""
    floor = max(int(limit * 0.4), after)  # a clause cut must keep a good part of the room
    # "vient de recruter": the recent past's infinitive is the verb, never cut from it (no
    # clause cut then: the words that fit)
    held = tuple(f" {w}" for w in title_words("title_no_cut_after"))
    for tier in titling()["title_cut_before"]:
        fitting = [
            m.start()
            for marker in tier
            for m in _literal(marker).finditer(text)
            if floor <= m.start() <= limit
        ]
        if fitting and text[: max(fitting)].lower().endswith(held):
            return None
        if fitting:
            return _restore_object(_trim_end(_close_quote(text[: max(fitting)])))
    return None


def _close_quote(cut: str) -> str:
    """A cut that ends inside a quotation loses the quotation's opening mark ('a décidé de
    "suspendre toutes les transactions' -> 'a décidé de suspendre toutes les
    transactions'): no mark left open."""
    marks = quote_marks()
    if sum(cut.count(m) for m in marks.toggling) % 2 == 1:
        at = max(cut.rfind(m) for m in marks.toggling)
    elif sum(cut.count(m) for m in marks.opening) > sum(cut.count(m) for m in marks.closing):
        at = max(cut.rfind(m) for m in marks.opening)
    else:
        return cut
    return _SPACES.sub(" ", cut[:at] + cut[at + 1 :].lstrip())


@cache
def _literal(marker: str) -> re.Pattern[str]:
    return re.compile(re.escape(marker))


def short_name(name: str) -> str:
    """How a title names a speaker: the surname ("Vladimir Poutine" -> "Poutine"), with the
    particles that belong to it: a capitalised one always ("Alexander De Croo" -> "De Croo",
    "Marine Le Pen" -> "Le Pen"), a lower-case "de" before a surname of one syllable only, as
    French writes a surname alone ("Charles de Gaulle" -> "de Gaulle"; "Dominique de
    Villepin" -> "Villepin"). A name whose last word is written as a given name ("Oh
    Jung-ho") or spells a French grammatical word ("Kim Jong Un") is said whole."""
    words = name.split()
    if not words:
        return name
    lex = titling()
    if re.match(str(lex["title_given_name_last"]), words[-1]):
        return name  # "Oh Jung-ho": the family name first, the name said whole
    if words[-1].lower() in title_words("title_surname_grammatical_words"):
        return name  # "Kim Jong Un", never "Un :": a French word alone
    start = len(words) - 1
    while start > 0:
        particle = words[start - 1]
        surname = start == len(words) - 1
        if particle in lex["title_name_particles"] or (
            surname
            and particle in lex["title_name_lower_particles"]
            and _one_syllable(words[start])
        ):
            start -= 1
            continue
        break
    return " ".join(words[start:])


@cache
def _syllable_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A group of vowels (``headline_vowels``); a final mute "e" or "es" after a consonant."""
    vowels = titling()["headline_vowels"]
    return re.compile(f"[{vowels}]+"), re.compile(f"(?<=[^{vowels}])es?$")


def _one_syllable(word: str) -> bool:
    """Is ``word`` of one syllable, as French spelling shows it (its vowel groups, a final
    mute "e" or "es" not counted: "Gaulle", "Broglie" is two)?"""
    groups, mute = _syllable_patterns()
    return len(groups.findall(mute.sub("", word.lower()))) <= 1


def _read_clause(sentence: Sentence, timexes: list[Timex], *, said: bool) -> tuple[str, str]:
    """``headline.headlines`` of the sentence's stored clause, its dates left out."""
    assert sentence.clause is not None
    spans = _time_spans(sentence, timexes)
    # the dateline goes before any cut: its words take none of the headline's room
    dateline = _dateline_length(sentence.text)
    credit = _glued_credit(sentence.text)
    lex = titling()
    labels, places = lex["headline_name_labels"], lex["headline_place_labels"]
    names = [
        (m.start - sentence.start, m.end - sentence.start)
        for m in sentence.mentions
        if m.label in labels
    ]
    where = [
        (m.start - sentence.start, m.end - sentence.start)
        for m in sentence.mentions
        if m.label in places
    ]
    return clause_headlines(
        sentence.clause,
        spans,
        said=said,
        dateline=dateline,
        credit=credit,
        names=names,
        places=where,
    )


_GLUED_CREDIT = re.compile(
    r"(?<=[.!?…])\s*(\[(?!\s*(?:…|\.\.\.)\s*\])[^\[\]]+\])(?=\s*$|\s+[A-ZÀ-Ý«\"“])"
)


def _glued_credit(text: str) -> int | None:
    """Where a picture's credit in square brackets glued after a full stop starts ("... sera
    fermé samedi 9 mars.[JEAN DUPONT / AFP]", "... deuil. [PHOTO / AFP]"): what is in square
    brackets after the end of a sentence, before the text's end or a sentence opening on a
    capital, is the caption's, not the story's (brackets inside a sentence are an editor's
    words: "« Il [le maire] a menti »"; "[…]" an ellipsis)."""
    found = _GLUED_CREDIT.search(text)
    return None if found is None else found.start(1)


def clause_read(sentence: Sentence, timexes: list[Timex]) -> tuple[str, str] | None:
    """What ``make_title`` reads of the sentence's stored clause (None when it has none):
    its headline to be read alone and after a speaker's name. A function of the sentence
    and its article's time expressions alone: it may be read once, when the article is
    extracted, and given to ``make_title`` (``read``)."""
    if sentence.clause is None:
        return None
    return _read_clause(sentence, timexes, said=True)


def make_title(
    sentence: Sentence,
    timexes: list[Timex],
    speaker: str | None,
    headlines: list[str] | None = None,
    antecedents: Antecedents | None = None,
    read: tuple[str, str] | None = None,
) -> str:
    """Title of an event whose main source is ``sentence`` (extraction record).

    ``speaker`` is the full name of the person who said it (named by surname in the title);
    ``headlines`` are the article's title and headings, which restore a lost first letter;
    ``antecedents`` what a pronoun subject opening it stands for (``standalone``); ``read``
    what ``clause_read`` gave for the sentence, if it was read before (else it is read).
    """
    lex = titling()
    text = normalize(sentence.text)
    report = sentence.report
    # an impersonal "il" as the parse reads it ("il s'est écoulé trois heures"): nobody's
    impersonal_il = sentence.clause is not None and bool(
        impersonal.opening_il(stored(sentence.clause), _stored_lemma)
    )
    # the speaker's gender, where the text tells it ("Mme Roux a précisé qu'il ...": "il" is
    # someone else)
    at = sentence.text.find(speaker) if speaker else -1
    gender = person_gender(sentence, at) if speaker and at >= 0 else ""
    if sentence.clause is not None:
        # the headline read after a speaker's name only when a speaker is named
        named = bool(speaker) and report is not None
        if read is None:
            content, said = _read_clause(sentence, timexes, said=named)
        else:
            content, said = read if named else (read[0], read[0])
    else:
        content = said = _content_without_dates(sentence, timexes)
    # before any cut: the clause a clock's opening introduces is what to keep, its subject
    # first ("Il était 9 heures à Montréal lorsqu'est arrivée la nouvelle": the parse's
    # headline tells "est arrivée la nouvelle", ``headline._clock_predicate``)
    clock = _clock_places_pattern().match(text) is not None  # "Il était 6h30 quand ..."
    content, said = _clock_opening(content, clock), _clock_opening(said, clock)
    if clock:
        content, said = _subject_before_verb(content), _subject_before_verb(said)
    if report is not None and report.kind == "leading":
        subject = text[: report.end - sentence.start]
        content = _unshift_tenses(
            _speaker_for_pronoun(
                _resolve_plural_pronoun(content, subject), _said_by(sentence, text), bool(speaker)
            )
        )
        said = _unshift_tenses(_resolve_plural_pronoun(said, subject))
        if _future_in_the_past(sentence) and not _relayed_saying(sentence):
            content, said = _future_of(content), _future_of(said)
        elif _present_in_the_past(sentence):
            content, said = _present_of(content, sentence), _present_of(said, sentence)
        if speaker:
            # "Jeanne Morel a annoncé qu'elle quittait le parti": what a named speaker
            # announced of herself, told as her act ("Morel quitte le parti")
            content = _speaker_as_subject(speaker, content, impersonal_il, gender) or content
    limit = lex["headline_max_chars"]
    verb = main_verb(sentence.clause)
    if verb is not None and _quotation_reported(sentence.clause, verb):
        verb = None  # the parse made a reporting verb the root: what is told is the quotation
    figure = closing_figure(sentence.text)
    polished = _polish(content, headlines)
    title = shorten(polished, limit, verb, figure)
    asked = verb is None and not speaker  # read only where it may give the title
    told = _told_by_its_subject(sentence, timexes, content) if asked else None
    if told is not None:
        # the clause read is the subject of the reporting verb after it, with no verb of its
        # own ("Lynn Hern, une éleveuse de chevaux ..., a expliqué avoir été réveillée"):
        # the subject, that verb and what follows, its asides cut first
        title = shorten(_polish(told[0], headlines), limit, told[1], figure)
    holder = _held_opinion(text) if sentence.clause is None and report is None else None
    if holder is not None:
        # an opinion its holder is named for ("Pour le ministre, Alexander Dobrindt, ..."):
        # their words, as a speaker's (``content`` is what they hold)
        template = lex["title_speech_template"]
        room = limit - len(template.format(speaker=holder[0], content=""))
        said = _balance_quotes(shorten(polished, room, verb, figure))
        title = template.format(speaker=holder[0], content=said)
    if speaker and report is not None:
        template = lex["title_speech_template"]
        room = limit - len(template.format(speaker=speaker, content=""))
        # the dateline goes before the speaker's name as before the content ("Sanchez :
        # VALENCE, ESPAGNE - Les inondations ..." is no headline)
        said = shorten(_polish(_drop_dateline(said), headlines), room, verb, figure)
        # a claim needs its speaker (a relayed happening is told as it happened)
        if sentence.kind == "statement":
            said = _drop_leading_connective(said, comma=True)  # "Onkelinx : Dès lors, ..."
            # in the speaker's own words opening the sentence, a pronoun of the third person
            # is someone else ("« Il est maintenant en paix », a déclaré le président Zuma":
            # never "Zuma est en paix"; the speaker says "je"), when the sentences before
            # name whom (else as before: no pronoun left dangling)
            direct = sentence.quote and _someone_else(
                said, speaker, antecedents or Antecedents(), impersonal_il
            )
            if direct or _speaker_as_subject(speaker, said, impersonal_il, gender) is None:
                # a pronoun of someone else ("Morel : ils ..."): whom it stands for
                said = _restore_subject(said, antecedents or Antecedents(), impersonal_il)
            first = said.split(" ", 1)[0].split("'", 1)[0] + ("'" if "'" in said[:3] else "")
            if first.lower() in lex["title_lowercase_after_speaker"]:
                said = said[:1].lower() + said[1:]
            as_subject = (
                None if direct else _speaker_as_subject(speaker, said, impersonal_il, gender)
            )
            title = as_subject or template.format(speaker=speaker, content=said)
    title = _drop_dateline(_clock_opening(title.lstrip("'’ "), clock))
    short = len(title) < lex["headline_min_chars"] // 2 or _verbless_report(sentence)
    if short or _CUT_ELISION.search(title):
        # read only when the title may not do
        whole = _drop_dateline(clean(_without_incise(sentence)))
        if short or not _CUT_ELISION.search(whole):
            # what the parse left is no headline (too short, or a word cut out of it: "qu'
            # ont été touchées"): the sentence itself, cut at a clause boundary
            title = shorten(_polish(whole, headlines), limit)
    title = _clefted_clause(title, sentence, text, timexes, limit, polished)
    lead = _the_lead(text)
    after_lead = (
        _after_the_lead(sentence, text, lead, timexes)
        if _only_the_lead(title, sentence, lead)
        else ""
    )
    relatives = title_words("headline_relative_pronouns")
    if after_lead and after_lead.split(" ", 1)[0].lower() not in relatives:
        # what the parse left is the adverbial set before the clause ("Un peu plus tard dans
        # la journée, le gouvernement ... a répliqué"): the clause after it (not a relative
        # clause of the adverbial's noun: "..., qui prit six minutes")
        title = shorten(_polish(after_lead, headlines), limit)
    # (a connective left by the parse or the text: "Où le ministre s'est rendu", "Par
    # ailleurs, ...")
    title = _drop_hollow_opening(_drop_leading_connective(title))
    title = _relative_determiner(title, sentence.clause)
    restored = standalone(title, antecedents or Antecedents(), impersonal_il)
    if len(restored) > limit:
        # a name beats a pronoun when a clause can make room for it; a cut mid-phrase does not
        restored = _cut_at_clause(_trim_end(restored), limit) or title
    title = _glue_elisions(restored)
    return title[:1].upper() + title[1:]


def _told_by_its_subject(
    sentence: Sentence, timexes: list[Timex], content: str
) -> tuple[str, Verb] | None:
    """The clause a reporting clause set after it tells of, when what was read as the
    saying is that verb's subject ("Lynn Hern, une éleveuse de chevaux qui vit près de
    Dallas, a expliqué avoir été réveillée par un bruit": the reading of who speaks takes ",
    a expliqué ..." for a trailing reporting clause, its words for the speaker): the parse
    kept a noun phrase with no verb of its own (its head a noun, a name or a pronoun), or,
    with no parse, an infinitive follows the verb; the reporting clause a compound past
    with no speaker after its verb (``title_speaker_openings``, a capital), what was kept
    opening on no leading phrase (``title_leading_openers``). ``content``
    (what was kept of the subject) then the reporting clause from its comma, its dates cut,
    and the verb to cut it by (the reporting verb, the subject's head word). None
    otherwise."""
    report, clause = sentence.report, sentence.clause
    if report is None or report.kind != "trailing" or not content.strip():
        return None
    base = sentence.start
    text = normalize(sentence.text)
    start, end = report.start - base, report.end - base
    if text[:start].rstrip()[-1:] in tuple(".!?") + tuple(quote_marks().all):
        return None  # (a quotation or a sentence of its own before it: a saying)
    if not re.match(r"\s*,\s*[a-zà-ÿ]", text[start:end]):
        return None
    spans = [(s - start, e - start) for s, e in _time_spans(sentence, timexes) if s >= start]
    said = _drop_timexes(_remove_spans(text[start:end], spans))
    words = said.lstrip(" ,").split()
    after = said.split(report.verb, 1)[-1].split() if report.verb in said else []
    if report.speaker is not None:
        # (what the reading took for the speaker: "avoir été réveillée", no noun phrase)
        after = text[report.speaker[0] - base : report.speaker[1] - base].split()
    if (
        not words
        or words[0].lower() not in title_words("title_past_auxiliaries")
        or not after
        or after[0][:1].isupper()
        or _elided(after[0]) in title_words("title_speaker_openings")
        or content.split()[0].lower() in title_words("title_leading_openers")
    ):
        return None  # (not "X, a expliqué avoir ...": a speaker after the verb, or none)
    if clause:
        top = next((t for n, t in enumerate(clause) if t.head == n), None)
        if top is None or top.pos not in ("NOUN", "PROPN", "PRON"):
            return None
        head = top.text
    else:
        endings = tuple(str(e) for e in lexicon()["infinitive_endings"])
        if not after[0].endswith(endings):
            return None
        head = content.split()[0]
    return f"{content.strip().rstrip('.,;:')}, {said.lstrip(' ,')}", Verb(report.verb, head)


def _elided(word: str) -> str:
    """``word`` lower-cased, an elided word as its elision ("l'agence" -> "l'")."""
    low = word.lower().replace("’", "'")
    return low.split("'", 1)[0] + "'" if "'" in low else low


def _without_incise(sentence: Sentence) -> str:
    """The sentence without the reporting clause set between commas inside it ("Sa
    priorité, a déclaré le nouveau ministre, est de rétablir la confiance" -> "Sa priorité
    est de rétablir la confiance"), which the reading of who speaks took to run on to the
    sentence's end: the verb of saying, its speaker, then a comma and the words of the
    sentence it interrupts (a verb or a word in lower case, ``title_incise_max_words`` words
    at most before the speaker). The sentence as it is otherwise."""
    text, report = sentence.text, sentence.report
    if report is None or report.kind != "trailing" or report.speaker is None:
        return text
    start, said = report.start - sentence.start, report.speaker[1] - sentence.start
    before, after = text[:start].rstrip(), text[said:]
    incise = text[start : report.speaker[0] - sentence.start].strip()  # ", a déclaré"
    if not (
        before
        and before[-1] not in '.!?»"”'
        and incise.startswith(",")
        and _incise_verb(incise)
        and re.match(r"\s*,\s+[a-zà-ÿ]", after)
    ):
        return text
    return f"{before} {after.lstrip().removeprefix(',').lstrip()}"


@cache
def _cleft_que_pattern() -> re.Pattern[str]:
    lex = titling()
    openers = alternation(list(lex["headline_cleft_openers"]))
    return re.compile(
        rf"^(?P<opener>{openers})\s+(?P<focus>[^«»:;]{{1,120}}?)\s*,?\s+(?:que\s+|qu['’])",
        re.IGNORECASE,
    )


def _clefted_clause(
    title: str, sentence: Sentence, text: str, timexes: list[Timex], limit: int, whole: str = ""
) -> str:
    """The clause of a cleft sentence opening on a phrase and "que" ("C'est à Nancy que les
    syndicats ont manifesté", "C'est avec ces mots, mardi 5 mars, que la maire a mis un
    terme aux débats"): what follows "que" is the headline, the clefted phrase put back after
    it ("Les syndicats ont manifesté à Nancy"), or dropped when it is only a time, points
    back to what the reader has not seen (a demonstrative: "ces mots") or is an adverb
    ("C'est alors que ..."). The phrase must open with a preposition, a determiner, a
    number or a name in the sentence's parse ("C'est dire que ..." is no cleft). ``text``:
    the sentence's, normalised; ``whole``: the clause read before the title was cut to its
    limit, whose clause after "que" is cut again on its own, at a clause's boundary (the
    title cut with its cleft opening may end mid-phrase: "... le trophée tant")."""
    found = _cleft_que_pattern().match(text)
    if found is None or not sentence.clause:
        return title
    start = found.start("focus")
    first = next((t for t in sentence.clause if t.idx == start), None)
    if first is None:
        return title
    lex = titling()
    opener = _cleft_que_pattern().match(title)
    if opener is not None:
        rest = title[opener.end() :]
        again = _cleft_que_pattern().match(whole)
        if again is not None and len(whole) > len(title) and title.startswith(whole[: again.end()]):
            rest = shorten(whole[again.end() :], limit)
    elif title.lower().startswith(("que ", "qu'", "qu’")):
        rest = title[3:] if title[2:3] in ("'", "’") else title[4:]
    else:
        return title
    end = found.end("focus")
    spans = [(max(s, start), min(e, end)) for s, e in _time_spans(sentence, timexes)]
    focus = _remove_spans(text[:end], [(s, e) for s, e in spans if s < e])
    words = _drop_timexes(focus[start:]).replace(",", " ").split()
    lowered = {w.lower() for w in words}
    pointing = set(lex["headline_definite_articles"]) | set(lex["headline_cleft_not_focus"])
    if (
        first.pos in ("ADP", "DET", "NUM", "PROPN")
        and words
        and words[0].lower() not in lex["headline_cleft_adverbs"]
        and not lowered & pointing
    ):
        whole = f"{rest} {' '.join(words)}"
        if len(whole) <= limit:
            rest = whole
    elif first.pos not in ("ADP", "DET", "NUM", "PROPN", "ADV", "NOUN"):
        return title  # "C'est dire que ...", "C'est vrai que ...": no phrase clefted
    return rest[:1].upper() + rest[1:]


def _article_before(article: str, word: str) -> str:
    """The form of ``article`` ("le", "la", "les") before ``word``: elided before a vowel or
    an "h" (``headline_elided_article``: "l'avis")."""
    if article in ("le", "la") and word[:1].lower() in "aeéèêiîoôuhy":
        return str(titling()["headline_elided_article"])
    return article


def _glued(article: str, word: str) -> str:
    """``word`` after ``article`` as written: glued after an elision ("l'avis"), else after
    a space ("la décision", "au procès")."""
    return article + word if article.endswith("'") else f"{article} {word}"


def _relative_determiner(title: str, clause: list[ParsedToken] | None) -> str:
    """A relative determiner opening ``title`` before its noun ("Lequel avis de recherche
    avait mis la puce à l'oreille", "Laquelle décision a provoqué": it links the noun to the
    sentence before, as a demonstrative) -> the definite article ("L'avis de recherche",
    ``headline_relative_determiners``), when the sentence's parse has a noun right after
    it; a relative pronoun ("Lequel a été ...") stays."""
    first, _, rest = title.partition(" ")
    article = titling()["headline_relative_determiners"].get(first.lower())
    if article is None or not rest or not clause:
        return title
    at = next((n for n, t in enumerate(clause) if t.text.lower() == first.lower()), None)
    if at is None or at + 1 >= len(clause) or clause[at + 1].pos != "NOUN":
        return title
    told = _glued(_article_before(str(article), rest), rest)
    return told[:1].upper() + told[1:]


def _the_lead(text: str) -> str:
    """The words of a sentence's ``text`` (normalised) before its first comma, "" when it
    has none."""
    lead, comma, _ = text.partition(",")
    return lead if comma else ""


def _only_the_lead(title: str, sentence: Sentence, lead: str) -> bool:
    """Is ``title`` nothing but words of the phrase set before the sentence's first comma,
    with no verb of its parse (``Sentence.clause``): "Un peu plus tôt dans la journée" of
    "Un peu plus tôt dans la journée, le parquet avait ouvert une information", the parse
    having made the adverb its root? A headline tells an act, not when it came. ``lead``:
    ``_the_lead`` of the sentence."""
    lead = lead.lower()
    words = re.findall(r"\w+", title.lower())
    if not words or not sentence.clause or not lead:
        return False
    clause = sentence.clause
    first = next((t for t in clause if t.text.lower() == words[0]), None)
    if first is None or not (first.pos in ("ADV", "ADP", "SCONJ") or first.dep == "advmod"):
        return False  # a subject set before a comma ("Le chanteur belge, révélé par ...")
    subjects = set(titling()["headline_subject_deps"])
    named = {t.text.lower() for t in clause if t.pos in ("VERB", "AUX") or t.dep in subjects}
    return not named.intersection(words) and " ".join(words) in " ".join(re.findall(r"\w+", lead))


def _after_the_lead(sentence: Sentence, text: str, lead: str, timexes: list[Timex]) -> str:
    """``sentence`` (its normalised ``text``) after the phrase set before its first comma
    (``lead``, ``_the_lead``), without its time expressions."""
    masked = _remove_spans(text, _time_spans(sentence, timexes))
    return _drop_leading_connective(_drop_timexes(masked[len(lead) + 1 :]))


@cache
def _elision_space() -> re.Pattern[str]:
    elided = alternation([str(w) for w in titling()["headline_elided_words"]])
    return re.compile(rf"(?<![\w'’])((?:{elided})['’])\s+(?=\w)", re.IGNORECASE)


def _glue_elisions(title: str) -> str:
    """An elided word is glued to the next ("Le président de l' Union" -> "de l'Union"): a
    space the source typed after its apostrophe goes."""
    return _elision_space().sub(r"\1", title)


def _stored_lemma(node: Any) -> str:
    """The lemma of a node of a stored parse (``headline.stored``)."""
    return str(node.lemma())


def _speaker_as_subject(
    speaker: str, said: str, impersonal_il: bool = False, gender: str = ""
) -> str | None:
    """ "Malvoisin a fait savoir qu'il ne se présenterait pas" -> "Malvoisin ne se
    présenterait pas", not "Malvoisin : il ne se présenterait pas": a personal pronoun of
    one person (``title_speaker_self_pronouns``) opening what a named person said stands for
    the speaker, who becomes its subject; None when it does not open it, when the pronoun is
    not of the speaker's ``gender`` as the text tells it ("Mme Roux a précisé qu'il avait
    quitté l'école": someone else; ``headline_pronoun_genders``), or "il" is impersonal
    ("Choïgou : il n'y a pas eu de victimes"; ``impersonal_il``: the parse says so)."""
    pronoun, _, rest = said.partition(" ")
    if pronoun.lower() not in titling()["title_speaker_self_pronouns"] or not rest:
        return None
    if pronoun.lower() == "il" and (impersonal_il or after_il(rest)):
        return None
    told = titling()["headline_pronoun_genders"].get(pronoun.lower(), "")
    if gender and told and told != gender:
        return None
    return f"{speaker} {rest}"


def standalone(title: str, antecedents: Antecedents, impersonal_il: bool = False) -> str:
    """``title`` as read alone: a pronoun subject opening it replaced by what it stands for
    when known ("Il a été placé en détention" -> "Le suspect a été placé en détention"),
    demonstratives by the definite article ("pour discuter de cette affaire" -> "de
    l'affaire"), "de tels incidents" by "des incidents". ``impersonal_il``: an "il" opening it
    is impersonal, as the sentence's parse reads it (``events.impersonal``): it stays."""
    return _definite(
        _restore_inner(_restore_subject(_uncleft(title), antecedents, impersonal_il), antecedents)
    )


def _demonstrative_antecedent(pronoun: str, number: str, antecedents: Antecedents) -> str | None:
    """What a demonstrative pronoun ("ce dernier", "celui-ci", "celles-ci") stands for: the
    last one named, not the subject before it ("Le juge a entendu le suspect. Ce dernier a
    nié"); a person named last when it is singular, or nothing (an honest pronoun beats a
    wrong name), else the last noun phrase of its number and gender in the sentence before
    ("les chiffres de Pôle Emploi. Ce dernier ...")."""
    feminine = pronoun in titling()["headline_feminine_pronouns"]
    found = antecedents.last_named if number == "singular" else None
    return found or _last_phrase(
        antecedents.last_phrases, number, "feminine" if feminine else "masculine"
    )


@cache
def _inner_demonstrative() -> re.Pattern[str]:
    lex = titling()
    pronouns = alternation(sorted(lex["headline_demonstrative_pronouns"], key=len, reverse=True))
    cases = alternation(sorted({str(k).split(" ")[0] for k in lex["headline_contractions"]}))
    return re.compile(
        rf"(?<=\s)(?:(?P<case>{cases})\s+)?(?P<pronoun>{pronouns})(?![\w'’-])", re.IGNORECASE
    )


def _restore_inner(title: str, antecedents: Antecedents) -> str:
    """A demonstrative pronoun inside the headline, not opening it, replaced by what it
    stands for as one opening it is (``_restore_subject``): "Aucune date n'a été fixée pour
    mettre fin à celles-ci" -> "... mettre fin aux recherches" after "... la poursuite des
    recherches"; "ce dernier", "ces derniers" only as pronouns, before a verb, a relative
    pronoun or punctuation (``headline_demonstrative_followers``; not "ces derniers mois")."""
    lex = titling()
    followers = {str(w).lower() for w in lex["headline_demonstrative_followers"]}
    for m in _inner_demonstrative().finditer(title):
        pronoun = m.group("pronoun").lower()
        following = title[m.end() :]
        after = following.split()[0] if following[:1] == " " and following.strip() else ""
        elided = re.match(r"\w+['’]", after.lower())
        word = elided.group(0).replace("’", "'") if elided else after.lower()
        if not pronoun.endswith("-ci") and word and word not in followers:
            continue
        number = str(lex["headline_subject_pronouns"][pronoun])
        found = _demonstrative_antecedent(pronoun, number, antecedents)
        if found is None or not _may_stand_for(found):
            continue
        first, _, rest = found.partition(" ")
        determiners = {
            str(w).lower()
            for w in (*lex["headline_plural_determiners"], *lex["headline_singular_determiners"])
        }
        if first.lower() in determiners and rest:
            first = first.lower()
        case = m.group("case") or ""
        contracted = lex["headline_contractions"].get(f"{case.lower()} {first}") if case else None
        if contracted is not None:
            phrase = f"{contracted} {rest}"
        else:
            phrase = " ".join(w for w in (case, first, rest) if w)
        return title[: m.start()] + phrase + title[m.end() :]
    return title


@cache
def _cleft_pattern() -> re.Pattern[str]:
    lex = titling()
    openers = alternation(list(lex["headline_cleft_openers"]))
    most = int(lex["headline_cleft_max_words"])
    return re.compile(
        rf"^(?P<speaker>[^:]+ : )?(?:{openers})\s+(?P<focus>(?:[^\s,;:«»]+\s+){{1,{most}}}?)"
        rf"{lex['headline_cleft_relative']}\s+(?P<rest>\S.*)$",
        re.IGNORECASE,
    )


def _uncleft(title: str) -> str:
    """A cleft sentence told straight: "Ce sont 500 mm d'eau qui se sont abattus sur la
    vallée" -> "500 mm d'eau se sont abattus sur la vallée", "Maire : c'est Jean Morel qui a
    donné l'alerte" -> "Maire : Jean Morel a donné l'alerte" (``headline_cleft_openers``, a
    focus of a few words without punctuation, not a pronoun: ``headline_cleft_not_focus``);
    "ce sont des amis" stays."""
    m = _cleft_pattern().match(title)
    if m is None:
        return title
    lex = titling()
    speaker, focus = m.group("speaker") or "", m.group("focus").strip()
    words = focus.split(" ")
    while len(words) > 1 and words[0].lower() in lex["headline_cleft_adverbs"]:
        words = words[1:]  # "C'est bien le maire qui ..."
    if any(w.lower() in lex["headline_cleft_not_focus"] for w in words):
        return title  # "C'est lui qui a signé", "c'est bien celle qui ...": no subject of its own
    focus = " ".join(words)
    if not speaker:
        focus = focus[:1].upper() + focus[1:]
    return f"{speaker}{focus} {m.group('rest')}"


@cache
def _dateline() -> re.Pattern[str]:
    agencies = alternation(list(titling()["headline_dateline_agencies"]))
    # a place before it, maybe its country after a comma ("VALENCE, ESPAGNE (Reuters) -")
    # or between pipes, the dispatch's day maybe after ("Lyon, France | AFP | mercredi
    # 29/01/2025 - Quatre skieurs ...")
    return re.compile(
        rf"^[\w\s'’.,-]{{0,40}}?(?:\(\s*(?:{agencies})\s*\)\s*[-–—:]\s*"
        rf"|\|\s*(?:{agencies})\s*\|[^|\n]{{0,30}}?\s+[-–—]\s+)"
    )


# a place in brackets opening the text, before its first word ("(Ottawa) L'Indice des prix
# ...", "(Lac-Mégantic) la police a ..." once an opening clause went): a dateline, no
# figure in it, a capitalised name of three letters or more
_PLACE_DATELINE = re.compile(r"^\(\s*[A-ZÀ-ÖØ-Ý][^()\d]{2,40}?\)\s+(?=[«\"“]?\s*\w)")


@cache
def _live_stamp() -> re.Pattern[str]:
    """A live page's clock stamp opening the text: a clock time (``headline_clock_units``)
    then, with no punctuation between, a capitalised word ("9 heures Le président ...",
    "12h30 A La Rochelle, ...", "9h40 Le ministre ...")."""
    units = alternation(list(titling()["headline_clock_units"]))
    return re.compile(rf"^\d{{1,2}}\s?(?i:{units})(?:\s?\d{{2}})?\s+(?=[«\"“]?[A-ZÀ-ÖØ-Ý])")


# a place in capitals opening the text, maybe its region after a comma, then a dash
# ("BRUXELLES - Les libéraux ...", "CHARLEVILLE-MEZIERES, Ardennes - la cour ..."), or a
# page's rubric so written, figures in it ("VOL MH370 - l'avion ..."), or an agency in
# square brackets then dashes ("1er juin 05 [AlterPresse] --- Deux jours après"): a
# dateline the agency's name in brackets was cut out of, or written so
_CAPITALS_DATELINE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Ý]{2}[A-ZÀ-ÖØ-Ý\d'’. -]{1,38}(?:,\s*[^\W\d][\w'’ -]{1,30})?"
    r"|[\w ,'’.-]{0,40}\[[^\]]{2,30}\])\s*[-–—]+\s+(?=[«\"“]?\w)"
)
# one capitalised word opening the text, then a long dash and a capitalised word: a place's
# dateline or a section's rubric ("Washington — La Corée du Nord ...", "Cyclisme – Nike a
# annoncé ..."); a place of a few capitalised words, maybe its region after a comma ("Cap
# Canaveral, Floride — Hier, une cérémonie ..."); a word before a hyphen, or a lower-case
# word after the dash (an aside: "Nike – sponsor du cycliste – annonce ..."), is none
_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý]?[a-zà-öø-ÿ]+)*"
_PLACE_WORDS = rf"{_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD}){{0,2}}"
_WORD_DATELINE = re.compile(
    rf"^{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?\s+[–—]\s+(?=[«\"“]?[A-ZÀ-ÖØ-Ý])"
)


def _dateline_length(text: str) -> int:
    """How many characters of ``text`` its opening dateline takes (0 without one)."""
    rest = _drop_dateline(text)
    return len(text) - len(rest) if rest != text and text.endswith(rest) else 0


def _drop_dateline(text: str) -> str:
    """ "(AFP) - La France est devenue ..." -> "La France est devenue ..."; "(Ottawa)
    L'Indice des prix ..." -> "L'Indice des prix ..."; "BRUXELLES - Les libéraux ..." ->
    "Les libéraux ..."; a live page's "9h40 Le ministre ..." -> "Le ministre ..."."""
    rest = _PLACE_DATELINE.sub("", _dateline().sub("", text, count=1), count=1)
    rest = _CAPITALS_DATELINE.sub("", rest, count=1)
    rest = _WORD_DATELINE.sub("", rest, count=1)
    rest = _live_stamp().sub("", rest, count=1)
    return rest if rest else text


@cache
def _clock_openings() -> list[str]:
    """``headline_clock_openings``, the longest first."""
    return sorted(titling()["headline_clock_openings"], key=len, reverse=True)


def _clock_opening(title: str, clock: bool = False) -> str:
    """ "Il est quand Malik sort d'une boîte de nuit" (a clock time cut out of "Il est 6h
    quand ...") -> "Malik sort d'une boîte de nuit"; with the places of the clocks and
    another city's clock between ("Il était à Los Angeles, 23 heures 20 à Bruxelles,
    lorsqu'est tombée une première information") -> what the subordinate clause tells, its
    subject put back before its verb ("Une première information est tombée"). ``clock``:
    the sentence opens so ("Il était un peu plus de 12h45, heure de Paris, quand l'avion
    s'est posé"), and what the parse left of its opening clause goes too ("Heure de Paris
    quand l'avion s'est posé", "Quand l'avion s'est posé": "L'avion s'est posé")."""
    low = title.lower()
    for opening in _clock_openings():
        if low.startswith(opening) and (
            opening.endswith("'") or low[len(opening) : len(opening) + 1] == " "
        ):
            rest = title[len(opening) :].lstrip()
            return rest[:1].upper() + rest[1:] if rest else title
    found = _clock_places_pattern().match(title)
    if found is None and clock:
        found = _clock_places_pattern(cut=True).match(title)
    if found is None or clock_places_words().sub("", found.group("between")).strip(" ,"):
        return title
    rest = _subject_before_verb(found.group("rest").strip())
    return rest[:1].upper() + rest[1:] if rest else title


@cache
def _clock_places_pattern(cut: bool = False) -> re.Pattern[str]:
    """ "Il était <places and clocks>, lorsque <clause>" (``headline_clock_subjects``,
    ``headline_clock_conjunctions``); ``cut``: what is left of it once the parse cut the
    clock's opening clause ("[Il était un peu plus de 12h45,] heure de Paris, quand
    l'avion s'est posé"), the places and clocks opening the title."""
    lex = titling()
    conjunctions = alternation(lex["headline_clock_conjunctions"])
    if cut:  # (nothing at all before the conjunction: "Quand le convoi a quitté les rails")
        return re.compile(
            rf"(?P<between>[^.;:«»\"]{{0,80}}?)[,\s]*(?<![\w'’])(?:{conjunctions})\s*(?P<rest>.+)",
            re.IGNORECASE | re.DOTALL,
        )
    subjects = alternation(lex["headline_clock_subjects"])
    return re.compile(
        rf"(?:{subjects})\s+(?P<between>[^.;:«»\"]{{1,80}}?),?\s+(?:{conjunctions})\s*(?P<rest>.+)",
        re.IGNORECASE | re.DOTALL,
    )


def _subject_before_verb(clause: str) -> str:
    """A subordinate clause with its subject after its verb ("est tombée une première
    information annonçant le décès") -> the subject first ("une première information
    annonçant le décès est tombée"): an auxiliary (``headline_inverted_auxiliaries``) and a
    past participle opening it; otherwise the clause as it is."""
    words = clause.split(" ")
    auxiliaries = {w.lower() for w in titling()["headline_inverted_auxiliaries"]}
    if len(words) < 4 or words[0].lower() not in auxiliaries:
        return clause
    subject = " ".join(words[2:]).rstrip(" .")
    return f"{subject} {words[0]} {words[1]}"


def _may_stand_for(phrase: str) -> bool:
    """May ``phrase`` stand for a pronoun of the narration? Not when it is of the speaker's
    own words ("Notre but", "Nos appareils": ``headline_speaker_possessives``)."""
    first = phrase.split(" ", 1)[0].lower()
    return first not in titling()["headline_speaker_possessives"]


def _last_phrase(phrases: tuple[NounPhrase, ...], number: str, gender: str) -> str | None:
    """The nearest noun phrase of a demonstrative's number and gender (of unknown gender
    too), as a headline opens with it: its determiner kept ("les élections européennes"),
    a contracted article made definite ("des habitants" -> "les habitants"), names without
    the preposition before them; None when that nearest phrase cannot open a headline (no
    determiner: "de pompiers"): an honest pronoun beats a phrase further back."""
    lex = titling()
    for phrase in phrases:
        if phrase.number != number or phrase.gender not in (gender, ""):
            continue
        determiner = phrase.determiner.lower()
        contracted = lex["headline_contracted_articles"].get(determiner)
        if contracted is not None:
            return f"{contracted} {phrase.words}"
        known = (*lex["headline_plural_determiners"], *lex["headline_singular_determiners"])
        if determiner in {w.lower() for w in known}:
            glue = "" if determiner.endswith(("'", "’")) else " "
            return f"{phrase.determiner}{glue}{phrase.words}"
        if phrase.proper:
            return phrase.words  # names after a preposition ("de Pôle Emploi")
        return None
    return None


def _agreeing(pronoun: str, number: str, candidates: tuple[Antecedent, ...]) -> str | None:
    """The first candidate of the personal pronoun's number and gender: a feminine one
    ("elle", "elles": ``headline_feminine_pronouns``) for a feminine or unknown gender, "il"
    for a masculine or unknown one ("La star ... Il" is the singer, named further back);
    "ils" for either, the plural of mixed or unknown groups ("Quatre personnes ... Ils")."""
    feminine = pronoun in titling()["headline_feminine_pronouns"]
    wanted = "feminine" if feminine else "masculine"
    for candidate in candidates:
        if candidate.number != number:
            continue
        if candidate.gender in ("", wanted) or (number == "plural" and not feminine):
            return candidate.words or None  # (no one: ``pronouns.Candidate``)
    return None


def _restore_subject(title: str, antecedents: Antecedents, impersonal_il: bool = False) -> str:
    lex = titling()
    low = title.lower()
    for pronoun, number in sorted(
        lex["headline_subject_pronouns"].items(), key=lambda kv: -len(kv[0])
    ):
        if not (low.startswith(pronoun + " ") or low.startswith(pronoun + ",")):
            continue  # (an apposition may follow: "Ce dernier, très ému, a remercié ...")
        rest = title[len(pronoun) :].lstrip(" ")
        if pronoun == "il" and (impersonal_il or after_il(rest)):
            return title  # "Il y a", "Il faut", "Il est difficile de", "Il s'est écoulé ..."
        if pronoun in lex["headline_demonstrative_pronouns"]:
            found = _demonstrative_antecedent(pronoun, number, antecedents)
        elif antecedents.candidates is not None:
            found = _agreeing(pronoun, number, antecedents.candidates)
        else:
            found = antecedents.singular if number == "singular" else antecedents.plural
        if found is None or not _may_stand_for(found):
            return title
        return f"{found[:1].upper()}{found[1:]}{'' if rest.startswith(',') else ' '}{rest}"
    return title


@cache
def _definite_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = titling()
    demonstratives = alternation(list(lex["headline_definite_articles"]))
    such = alternation(list(lex["headline_such"]))
    prepositions = alternation(sorted({str(k).split(" ")[0] for k in lex["headline_contractions"]}))
    return (
        re.compile(
            rf"(?<![\w'’-])(?:({prepositions})\s+)?({demonstratives})\s+(\w[\w'’-]*)",
            re.IGNORECASE,
        ),
        re.compile(rf"(?<![\w'’-])({such})(?=\s)", re.IGNORECASE),
    )


def _definite(title: str) -> str:
    lex = titling()
    articles = lex["headline_definite_articles"]
    contractions = lex["headline_contractions"]
    deictic = {w.lower() for w in lex["headline_deictic_words"]}
    pronoun_before = {
        str(k): {str(w).lower() for w in v}
        for k, v in lex["headline_demonstrative_pronoun_before"].items()
    }
    demonstrative, such = _definite_patterns()

    def article(m: re.Match[str]) -> str:
        preposition, word, noun = m.group(1), m.group(2), m.group(3)
        lowered = noun.lower()
        if lowered in deictic or noun[:1].isdigit() or lowered.endswith(("-là", "-ci")):
            return m.group(0)  # "ce lundi", "ce 13 novembre", "ce jour-là"
        elided = re.match(r"\w+['’]", lowered)  # "qu'a annoncé": the word is "qu'"
        after = {lowered, elided.group(0).replace("’", "'")} if elided else {lowered}
        if word.lower() in pronoun_before and after & pronoun_before[word.lower()]:
            return m.group(0)  # a pronoun: "Ce sont des habitués", "ce qui reste", "ce qu'a dit"
        chosen = _article_before(str(articles[word.lower()]), noun)
        lead = ""
        if preposition:
            contracted = contractions.get(f"{preposition.lower()} {chosen}")
            if contracted is None:
                lead = preposition + " "
            else:
                # "à ce procès" -> "au procès", "de ces mesures" -> "des mesures"
                chosen = str(contracted)
                if preposition[:1].isupper():
                    chosen = chosen[:1].upper() + chosen[1:]
        elif word[:1].isupper():
            chosen = chosen[:1].upper() + chosen[1:]
        return lead + _glued(chosen, noun)

    title = demonstrative.sub(article, title)
    return such.sub(lambda m: str(lex["headline_such"][m.group(1).lower()]), title)


def _polish(content: str, headlines: list[str] | None) -> str:
    """Fillers out, a list's mark out ("•, une foule ..." once "Samedi soir" is cut out), a
    lost first letter restored, one sentence, balanced quotes."""
    content = content.lstrip(" ,.;:" + "".join(titling()["title_list_marks"]))
    content = _repair_start(_drop_fillers(content), headlines or [])
    content = _first_sentence(content)  # a quote of two sentences
    return _balance_quotes(content.strip(" ,.;:" + quote_marks().all))


def _content_without_dates(sentence: Sentence, timexes: list[Timex]) -> str:
    """What the sentence reports without its time expressions, for a sentence that was not
    parsed (beyond what was analysed): the regex way."""
    base = sentence.start
    text = normalize(sentence.text)
    spans = _time_spans(sentence, timexes)
    report = sentence.report
    content = text
    if report is not None:
        r_start, r_end = report.start - base, report.end - base
        if report.kind == "trailing":
            content = text[:r_start]
            spans = [(s, e) for s, e in spans if e <= r_start]
        else:
            content = text[r_end:]
            spans = [(s - r_end, e - r_end) for s, e in spans if s >= r_end]
    content = _drop_timexes(_remove_spans(content, spans))
    holder = _held_opinion(content)
    if holder is not None:
        content = holder[1]  # (its holder named by ``make_title``)
    return _drop_leading_connective(_drop_leading_adverbial(content))


@cache
def _opinion_pattern() -> re.Pattern[str]:
    openers = alternation(list(titling()["title_opinion_openers"]))
    name = r"[A-ZÀ-Ý][\w'’-]+"
    return re.compile(
        rf"^\s*(?:{openers})\s+(?P<who>[^,«»]{{2,80}}),\s+(?P<name>(?:{name}\s+){{1,3}}{name}),"
        r"\s+(?P<rest>\S.*)$",
        flags=re.I,
    )


def _held_opinion(text: str) -> tuple[str, str] | None:
    """An opinion told as its holder's ("Pour le ministre des Transports, Alexander Dobrindt,
    « la dimension » du rappel justifie ce régime", ``title_opinion_openers``): the holder
    named by the apposition after the opening phrase (by its surname, ``short_name``), and
    what they hold, which a headline tells as a speaker's words ("Dobrindt : la dimension du
    rappel justifie ce régime"), never the opening phrase alone ("Pour le ministre des
    Transports, Alexander Dobrindt" says nothing). None without a name."""
    found = _opinion_pattern().match(text)
    if found is None or len(found["rest"].split()) < 3:
        return None
    return short_name(found["name"]), found["rest"]


@cache
def _leading_connectives() -> re.Pattern[str]:
    """``headline_leading_connectives`` (one word or several) opening a text, then a comma
    or a space."""
    words = sorted({w.lower() for w in titling()["headline_leading_connectives"]}, key=len)
    listed = "|".join(re.escape(w) for w in reversed(words))
    return re.compile(rf"(?:{listed})(?:\s*,\s*|\s+)", re.IGNORECASE)


def _drop_leading_connective(text: str, comma: bool = False) -> str:
    """ "Mais le scénario le plus craint ..." -> "le scénario le plus craint ...", "Par
    ailleurs, la préfecture a ..." -> "la préfecture a ...": a connective goes on with a
    sentence the reader of a headline has not seen. ``comma``: only one a comma closes
    (what a speaker said: "Dès lors, ...", not the "aussi" of "aussi longtemps que")."""
    found = _leading_connectives().match(text)
    if found is not None and comma and "," not in found.group(0):
        return text
    if found is not None and len(text[found.end() :].split()) >= 3:
        return text[found.end() :].lstrip(" ,")
    return text


def _drop_hollow_opening(text: str) -> str:
    """ "Après presque une semaine de, le canal de Suez a été dégagé" -> "le canal de Suez a
    été dégagé": an opening phrase ending with a preposition whose object is missing (cut
    out with a date, or missing from the text) goes, up to its comma."""
    opening, comma, rest = text.partition(",")
    words = opening.lower().split()
    if comma and words and words[-1] in titling()["headline_hollow_endings"]:
        rest = rest.strip()
        if len(rest.split()) >= 3:
            return rest
    return text


def make_summary(sentences: list[str], limit: int = 600) -> str:
    """The sentences, cleaned, joined while they fit in ``limit`` characters."""
    out: list[str] = []
    size = 0
    for sentence in sentences:
        text = clean(sentence)
        if out and size + len(text) + 1 > limit:
            break
        out.append(text)
        size += len(text) + 1
    return " ".join(out)


def told_pronoun(sentence: Sentence) -> str:
    """The personal subject pronoun opening ``sentence`` ("il", "elle", "ils", "elles"),
    after a connective ("Puis, il ..."), or "": a sentence of such a subject goes on with
    the one its pronoun stands for ("Il s'adresse aux victimes de X. Il rend hommage ...":
    the second "Il" is the first one's, not X). "il" impersonal ("Il y a", "Il faut") is none,
    so is one inside quoted words of a sentence that tells something outside them (« Paul va
    bien, il rentre demain », a écrit le ministre: the quotation's, not the narration's). The
    pronoun set after the verb of the clause after a quotation is its speaker, the
    narration's subject (« Je n'ai rien vu », a-t-elle raconté. Elle ...": "elle")."""
    quotations = _quotations_told(sentence.text)
    if quotations:
        incise = _INCISE_PRONOUN.match(normalize(sentence.text[quotations[-1][1] :]))
        if incise is not None and incise.group(1).lower() in titling()["told_chain_pronouns"]:
            return incise.group(1).lower()
    text = _remove_spans(sentence.text, quotations)
    text = _drop_leading_connective(normalize(text).lstrip(" -–—«\"'"))
    lead, comma, after = text.partition(", ")
    if _opening_pronoun(text) or not comma:
        return _opening_pronoun(text)
    if len(lead.split()) > titling()["told_chain_lead_max_words"]:
        return ""
    # after a phrase set before the subject ("Arrivé en troisième position, il a ...")
    return _opening_pronoun(after)


#: the clause set after a quotation, its subject a pronoun after its verb (", a-t-il dit",
#: ", a-t-elle ajouté", ", poursuit-il")
_INCISE_PRONOUN = re.compile(r"\s*,\s*[\w']+-(?:t-)?(\w+)\b", re.IGNORECASE)


def _opening_pronoun(text: str) -> str:
    """``told_pronoun`` of ``text`` read from its first word."""
    first, _, rest = text.partition(" ")
    pronoun = first.lower()
    if pronoun not in titling()["told_chain_pronouns"] or not rest:
        return ""
    return "" if pronoun == "il" and after_il(rest) else pronoun


def told_subject(
    sentence: Sentence, timeless: Mapping[str, str] | None = None
) -> tuple[str, str] | None:
    """What a pronoun after ``sentence`` may stand for, as a noun phrase and its number: the
    speaker of its reporting clause when a noun phrase names it ("..., a assuré la
    préfecture du Calvados. Pourtant, elle a fermé ...": "la préfecture du Calvados"), else
    the subject of its kept parse (``subject_phrase``); None when that is the speaker's own
    words ("Notre but est de rassurer": ``headline_speaker_possessives``). ``timeless``:
    speakers' words -> ``without_times`` of them, read ahead (``article_reads``)."""
    said = speaker_words(sentence)
    said_by = timeless[said] if timeless and said in timeless else without_times(said)
    for words in (said_by, _incise_speaker(sentence)):
        found = _speaker_phrase(words) if words else None
        if found is not None:
            return found
    subject = subject_phrase(sentence.clause) if sentence.clause else None
    return subject if subject is not None and _may_stand_for(subject[0]) else None


def fronted_word(sentence: Sentence, start: int, end: int) -> bool:
    """Is the one word at ``start`` to ``end`` (offsets in the article file), which opens
    ``sentence`` and its reporting clause's speaker, a phrase set before the speaker's subject
    rather than the speaker ("Lundi, la présidence a annoncé ...", "Assis à ses côtés, Kim
    Jong-un a déclaré ...": a weekday, a participle, capitalised as a sentence's first word
    and read as a person's name)? So when the speaker's words go on after a comma with a
    subject of their own that runs into the verb: a phrase opening on a determiner
    (``headline_singular_determiners``, ``headline_plural_determiners``) or a capital, with
    no comma after it ("Durand, lui, a dit": a pronoun; "Durand, maire de Lyon, a dit": an
    apposition closed by a comma, the name the subject)."""
    report = sentence.report
    if report is None or report.speaker is None:
        return False
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    if start != opening or report.speaker[0] != opening:
        return False
    words = sentence.text[end - sentence.start : report.speaker[1] - sentence.start]
    if "," not in words or " " in sentence.text[start - sentence.start : end - sentence.start]:
        return False
    subject = words.rsplit(",", 1)[1].strip()
    if not subject or subject[:1].isupper():
        return bool(subject)
    first = subject.split(" ", 1)[0].lower()
    first = first.split("'", 1)[0] + "'" if "'" in first else first
    determiners = title_words("headline_singular_determiners") | title_words(
        "headline_plural_determiners"
    )
    return first in determiners


def speaker_words(sentence: Sentence) -> str:
    """The words of ``sentence``'s reporting clause that name its speaker, as the sentence
    writes them (normalised), "" when the clause names none."""
    return _said_by(sentence, normalize(sentence.text))


@cache
def without_times(words: str) -> str:
    """A speaker's words without the time expressions the reporting clause set among them
    ("a annoncé ce samedi soir la compagnie", "a écrit le président du club lundi soir":
    the dating rules' own reading of days and times, ``temporal.tag``; not "l'hebdomadaire",
    a set of weeks)."""
    if not words:
        return words
    spans = [(t.start, t.end) for t in tag(words, _ANY_DAY) if t.type in ("DATE", "TIME")]
    if not spans:
        return words
    return _SPACES.sub(" ", _remove_spans(words, spans).replace("\x00", " ")).strip(" ,")


#: the day a speaker's words are read against (only where their time expressions are)
_ANY_DAY = dt.date(2000, 1, 1)


def _incise_speaker(sentence: Sentence) -> str:
    """The speaker of a sentence told by the clause set after its quotation, whatever its
    verb and the words beside it ("« ... », a tweeté le président français vers une heure
    du matin", "a ajouté en souriant la sélectionneuse"): the noun phrase right after that
    verb, with a determiner of a speaker's, and the complements right after it ("le
    président du club"), as the parse's noun phrases read them (``Sentence.phrases``); ""
    when there is none."""
    text = sentence.text
    quotations = _quotations_told(text)
    if not sentence.phrases or not quotations:
        return ""
    first = quotations[-1][1]
    before = _remove_spans(text[: quotations[-1][0]], quotations)
    if re.search(r"\w", before) or not text[first:].lstrip().startswith(","):
        return ""  # a quotation inside the narration ("appelée « X », rend ..."), no incise
    start = end = -1
    for phrase in sentence.phrases:
        if phrase.end <= first:
            continue
        if start < 0:
            words = phrase.end - len(phrase.words)
            at = text.rfind(phrase.determiner, first, words) if phrase.determiner else -1
            speaker = at >= 0 and bool(_speaker_determiner(text[at:words].strip())[1])
            if not _incise_verb(text[first : at if speaker else words]):
                return ""  # not a subject right after the verb
            if speaker:
                start, end = at, phrase.end
            continue
        opening = _complement_opening(text, phrase)
        of = title_words("headline_complement_prepositions")
        if opening is None or text[end:opening].strip() or _word_at(text, opening) not in of:
            break  # not a complement of it ("aux alentours"), or not right after it
        end = phrase.end
    return text[start:end] if start >= 0 else ""


def _word_at(text: str, at: int) -> str:
    """The word at offset ``at`` of ``text``, lower-cased, an elided one with its apostrophe
    ("d'")."""
    found = re.match(r"\w+['’]?", text[at:])
    return found.group(0).lower().replace("’", "'") if found else ""


def _incise_verb(words: str) -> bool:
    """Are ``words`` (between a closing quotation mark and a noun phrase) a verb set after a
    quotation, its subject after it: a comma, then a few words (``title_incise_max_words``)
    with no mark of a clause nor a subject pronoun between them (", a tweeté", ", a en effet
    écrit", ", lance"; not ", a-t-il dit au ministre")?"""
    rest = words.strip().removeprefix(",").strip()
    found = re.findall(r"[\w']+", rest.lower())
    pronouns = set(titling()["headline_subject_pronouns"])
    return (
        0 < len(found) <= int(titling()["title_incise_max_words"])
        and re.fullmatch(r"[\w' -]+", rest) is not None
        and not pronouns.intersection(found)  # ", a-t-il dit au ministre": his own words
    )


def phrase_gender(sentence: Sentence, phrase: str) -> str:
    """The gender of ``phrase``, a noun phrase of ``sentence`` (its subject, its speaker:
    ``told_subject``): that of the first of the sentence's noun phrases (``Sentence.phrases``,
    spaCy's morphology of their noun) it holds; "" when it holds none, or its noun names a
    person of either sex (``headline_epicene_nouns``: "la star", "la victime")."""
    low = phrase.lower().replace("’", "'")
    epicene = title_words("headline_epicene_nouns")
    found: tuple[int, str] | None = None
    for noun in sentence.phrases or ():
        glue = "" if noun.determiner.endswith(("'", "’")) or not noun.determiner else " "
        form = f"{noun.determiner}{glue}{noun.words}".lower().replace("’", "'")
        at = low.find(form)
        if at != -1 and (found is None or at < found[0]):
            # a noun of one gender naming someone of either ("la star ... il")
            either = noun.words.split(" ", 1)[0].lower() in epicene
            found = (at, "" if either else noun.gender)
    return found[1] if found is not None else ""


def names_a_thing(sentence: Sentence, start: int) -> bool:
    """Does the name at offset ``start`` of ``sentence`` (in the sentence) follow a noun that
    introduces the name of a thing (``headline_thing_nouns``: "devant le garage Midas", "la
    marque Castelli France")? It names that thing, not a person a pronoun after it may stand
    for, whatever the registry took it for."""
    before = re.search(r"([\w'’-]+)\s+$", sentence.text[:start])  # right before it
    return before is not None and before.group(1).lower() in title_words("headline_thing_nouns")


def person_gender(sentence: Sentence, start: int) -> str:
    """The gender of the person named at offset ``start`` of ``sentence`` (in the sentence),
    as the text's own words tell it, "" when they do not (spaCy's guess on a first name or a
    noun is not read): an honorific right before the name ("M.", "Mme":
    ``headline_person_honorifics``), or the determiner of the noun the name stands in
    apposition to ("la juge Anne Roux", "le témoin Marc Petit"; an office past its
    complement, "la ministre des Sports Paule Roy", "le chef de la diplomatie Paul Roy"; not
    another noun, "le signal de la sonde Huygens" is the probe's name:
    ``headline_gendered_determiners``). None for a noun of
    either sex (``headline_epicene_nouns``: "la victime"), nor for an office French names
    a woman by under a masculine determiner ("le ministre": ``office_nouns``)."""
    lex = titling()
    before = sentence.text[:start].rstrip()
    for word in (before.rsplit(None, 1)[-1] if before else "", sentence.text[start:].split(" ")[0]):
        honorific = lex["headline_person_honorifics"].get(word)  # "Mme Claire Vidal" too
        if honorific is not None:
            return str(honorific)
    phrases = [p for p in sentence.phrases or () if not p.proper]
    offices = {str(w).lower() for w in lexicon()["office_nouns"]}
    governor = None
    end = start
    for phrase in reversed(phrases):
        if phrase.end > end:
            continue
        if sentence.text[phrase.end : end].strip():
            break  # not right before the name, nor the office a complement completes
        if governor is not None and phrase.words.split(" ", 1)[0].lower() not in offices:
            break  # "le signal de la sonde Huygens": the probe
        governor = phrase
        complement = _complement_opening(sentence.text, phrase)
        if complement is None:
            break  # no complement: the noun the name stands in apposition to
        end = complement
    if governor is None:
        return ""
    noun = governor.words.split(" ", 1)[0].lower()
    gender = str(lex["headline_gendered_determiners"].get(governor.determiner.lower(), ""))
    if gender != "feminine" and noun in offices:
        return ""  # "le ministre Anne Roux"
    return "" if noun in title_words("headline_epicene_nouns") else gender


def _complement_opening(text: str, phrase: NounPhrase) -> int | None:
    """Where the preposition opening ``phrase`` as a noun's complement stands in ``text``
    ("des Sports", "du Conseil": its article contracted with it; "de la Santé", "d'Etat":
    ``headline_complement_prepositions``); None when it is no complement."""
    prepositions = {str(w).lower() for w in titling()["headline_complement_prepositions"]}
    determiner = phrase.determiner.lower()
    cut = phrase.end - len(phrase.words)
    before = text[:cut].rstrip()
    if determiner and before.lower().endswith(determiner):
        cut = len(before) - len(determiner)
    if determiner in titling()["headline_contracted_articles"] or determiner in prepositions:
        return cut
    before = text[:cut].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    return len(before) - len(last) if last.lower() in prepositions else None


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between quotation marks (``events.yml`` ``quotes``), as
    offsets: a closing mark with no opening one before it closes a quotation opened before
    the sentence ("... avec Paul Roy. Quelle joie ! », a tweeté le ministre"), an opening
    one never closed runs to its end."""
    marks = quote_marks()
    out: list[tuple[int, int]] = []
    opened: int | None = None
    depth = 0  # (a quotation inside a quotation: « ... “ ... ” ... »)
    for found in _quote_mark_pattern().finditer(text):
        at, ch = found.start(), found.group()
        if ch in marks.opening or (ch in marks.toggling and opened is None):
            opened = at if opened is None else opened
            depth += 1
        elif ch in marks.closing or ch in marks.toggling:
            depth -= 1
            if depth <= 0:
                out.append((opened if opened is not None else 0, at + 1))
                opened, depth = None, 0
    if opened is not None:
        out.append((opened, len(text)))
    return out


@lru_cache(maxsize=4096)
def _quotations_told(text: str) -> tuple[tuple[int, int], ...]:
    """The quoted stretches of a sentence (``quoted_stretches``) that tells something
    outside them (its speaker, the narration: « Je viens de parler avec Paul Roy », a écrit
    le ministre); none when it tells nothing else (a quotation alone). Read once a sentence
    (its subject, its pronoun, its names and its speaker each ask)."""
    stretches = quoted_stretches(text)
    outside = _remove_spans(text, stretches)
    return tuple(stretches) if re.search(r"\w{2,}", outside) is not None else ()


def quoted_only(sentence: Sentence, start: int) -> bool:
    """Is the name at offset ``start`` of ``sentence`` (in the sentence) inside quoted words
    of a sentence that tells something outside them (``_quotations_told``)? The speaker's
    words name him; the narration's pronoun after it ("Il a ensuite ...") stands for the
    narration's own people (the speaker, a subject), not for him."""
    return any(a <= start < b for a, b in _quotations_told(sentence.text))


def relative_subject(sentence: Sentence, start: int, end: int) -> bool:
    """Is the person named at ``start``-``end`` of ``sentence`` (in the sentence) the
    antecedent of a relative clause's subject after the name ("au meneur Kevin Roche, qui ne
    s'est pas exécuté", the name or the noun it stands in apposition to:
    ``told_same_deps``), as the sentence's kept parse reads it?"""
    clause = sentence.clause
    if not clause:
        return False
    named = [n for n, t in enumerate(clause) if start <= t.idx < end]
    if not named:
        return False
    heads = {named[0]}
    if clause[named[0]].dep in titling()["told_same_deps"]:
        heads.add(clause[named[0]].head)  # "au meneur Kevin Roche, qui ..."
    relatives = title_words("headline_relative_pronouns")
    subjects = set(titling()["headline_subject_deps"])
    return any(
        t.dep == "acl:relcl"
        and t.head in heads
        and n > named[-1]
        and any(r.head == n and r.dep in subjects and r.text.lower() in relatives for r in clause)
        for n, t in enumerate(clause)
    )


def subject_first(
    sentence: Sentence, persons: list[tuple[int, int]], told: tuple[str, str] | None
) -> bool:
    """Is the subject a pronoun after ``sentence`` stands for first its clause's own subject
    (``told_subject`` from its parse, no speaker's phrase), a common noun's phrase that no
    person it names rivals: ``persons`` (their offsets in the sentence) are named neither
    as the main verb's subject, object or agent (``told_rival_deps``), nor in the subject
    itself ("Le président Paul Morel": the name says it better), nor as the speaker of its
    reporting clause ("La cour a annulé l'arbitrage entre Paul Morel et la banque. Elle
    ...", "Le capitaine a été écroué, le procureur Paul Morel craignant sa fuite. Il ...":
    the court, the captain; "Le juge a entendu Paul Morel. Il ...", "Paul Morel a affirmé
    que son groupe ...": either)? ``told``: what ``told_subject`` gives the sentence."""
    clause = sentence.clause
    if not clause or told is None:
        return False
    if _speaker_phrase(speaker_words(sentence)) is not None:
        return False  # a speaker's phrase, not the clause's own subject
    subject = _subject_of(clause)
    if subject is None or clause[subject].pos != "NOUN":
        return False
    root = clause[subject].head
    rivals = set(titling()["told_rival_deps"])
    for start, end in persons:
        named = [t for t in clause if start <= t.idx < end]
        if not named:
            return False  # the speaker of its reporting clause
        if named[0].head == subject and named[0].dep in titling()["told_same_deps"]:
            return False  # the subject's own name ("Le président Paul Morel")
        if named[0].dep in rivals and named[0].head == root:
            return False  # the main verb's other argument
    return True


@cache
def _noun_complement() -> re.Pattern[str]:
    """The preposition opening a noun's complement (``headline_complement_prepositions``),
    a whole word after a space."""
    listed = alternation(list(titling()["headline_complement_prepositions"]))
    return re.compile(rf" (?:{listed})\b")


def _speaker_phrase(said_by: str) -> tuple[str, str] | None:
    """A speaker written as a noun phrase ("la préfecture du Calvados", "les pompiers") and
    its number, its determiner's (``title_speaker_pronouns``), without its complement when
    too long to open a headline; None for a name, or a phrase still too long."""
    lex = titling()
    phrase = said_by.rsplit(", ", 1)[-1].strip(" ,")
    determiner, pronouns = _speaker_determiner(phrase)
    if len(phrase) > lex["headline_subject_max_chars"]:
        # "la préfecture du département de Seine-Maritime": its head, without complement
        phrase = _noun_complement().split(phrase, maxsplit=1)[0]
    whole = " " in phrase or (determiner.endswith("'") and len(phrase) > len(determiner))
    if not pronouns or not whole or len(phrase) > lex["headline_subject_max_chars"]:
        return None  # (a determiner and its noun: "la police", "l'institut")
    singular = set(lex["title_speaker_self_pronouns"])
    number = "singular" if singular.intersection(pronouns) else "plural"
    contracted = lex["headline_contracted_articles"].get(determiner)
    if contracted is not None:
        phrase = f"{contracted} {phrase.split(' ', 1)[1]}"
    return phrase, number


def _quantified_subject(clause: list[ParsedToken], subject: int) -> tuple[str, str] | None:
    """A subject that is a quantity of a noun ("Beaucoup de survivants", "La plupart des
    habitants", "Nombre de commerçants": the parser makes the quantifier the subject and
    the noun its complement) as a noun phrase, plural when its noun is; None for any other
    subject that is not a noun (a pronoun, a name)."""
    lex = titling()
    quantifiers = lex["headline_quantifier_subjects"]
    words = [t.text.lower() for t in clause[: subject + 1]]
    opening = next(
        (q for q in quantifiers if words[-len(q.split()) :] == q.split()),
        None,
    )
    if opening is None or len(opening.split()) != subject + 1:
        return None  # the quantity must open the clause: what a pronoun may stand for
    noun = subject + 2  # the quantifier, "de"/"des", the noun
    if (
        noun >= len(clause)
        or clause[subject + 1].text.lower() not in lex["headline_quantity_prepositions"]
        or clause[noun].pos != "NOUN"
        or clause[noun].head != subject
    ):
        return None
    last = noun
    while last + 1 < len(clause) and clause[last + 1].pos == "ADJ":
        if clause[last + 1].head != noun:
            break
        last += 1
    text = "".join(clause[n].text + (clause[n].space if n < last else "") for n in range(last + 1))
    if len(text) > lex["headline_subject_max_chars"]:
        return None
    # a noun in the plural has a lemma of its own ("survivants" -> "survivant"; "monde" none)
    plural = bool(clause[noun].lemma) and clause[noun].text.lower().endswith(("s", "x"))
    return text, "plural" if plural else "singular"


def _name_with_article(clause: list[ParsedToken], n: int) -> bool:
    """Is token ``n`` a name with an article of its own ("la France", "le Kremlin", "les
    États-Unis"): a country's, a body's, not a person's (named from the entities)?"""
    return clause[n].pos == "PROPN" and any(
        t.head == n and t.dep == "det" and k != n for k, t in enumerate(clause)
    )


def _subject_of(clause: list[ParsedToken]) -> int | None:
    """The index of the subject of a parsed clause's main verb, None when it has none: the
    head of its main clause is a word whose head lies outside it (what a reporting clause
    set after it governed: "Le prévenu était sous le coup d'un sursis, a précisé ..."), a
    verb first."""
    tops = [n for n, t in enumerate(clause) if t.head == n and t.pos != "PUNCT"]
    root = next((n for n in tops if clause[n].pos in ("VERB", "AUX")), tops[0] if tops else None)
    if root is None:
        return None
    return next(
        (
            n
            for n, t in enumerate(clause)
            if t.head == root and n != root and t.dep in ("nsubj", "nsubj:pass")
        ),
        None,
    )


def subject_phrase(clause: list[ParsedToken]) -> tuple[str, str] | None:
    """The subject of a parsed clause as a noun phrase a headline can open with, and its
    number ("singular", "plural"): "Le principal suspect", "Les 14 accusés présents", "la
    France"; its relative clauses, appositions and asides left out. None when the subject is
    a pronoun, a name without an article (a person is named from the entities) or too long."""
    lex = titling()
    subject = _subject_of(clause)
    if subject is None:
        return None
    coordinated = _coordinated_subject(clause, subject)
    if coordinated is not None:
        return coordinated
    quantified = _quantified_subject(clause, subject)
    if quantified is not None or not (
        clause[subject].pos == "NOUN" or _name_with_article(clause, subject)
    ):
        return quantified
    dropped = frozenset(lex["headline_subject_dropped_deps"])

    def inside(n: int) -> bool:
        return _hung_on(clause, n, subject, dropped)

    kept = [n for n in range(len(clause)) if inside(n)]
    first, last = min(kept), max(kept)
    if any(not inside(n) for n in range(first, last + 1)):
        last = max((n for n in range(first, subject + 1) if inside(n)), default=subject)
    last = _quotation_closed(clause, first, last)
    text = "".join(
        clause[n].text + (clause[n].space if n < last else "") for n in range(first, last + 1)
    ).strip(" ,")
    text = _balance_quotes(text)
    if len(text) > lex["headline_subject_max_chars"]:
        # too long: its noun with its determiner, numbers and adjectives before it, when
        # what else it holds describes the noun ("12 jeunes footballeurs [âgés de 11 à 16
        # ans]") or opens the clause (a leading phrase the parser hung on it)
        start = subject
        while start > first and clause[start - 1].head == subject:
            if clause[start - 1].dep not in ("det", "nummod", "amod"):
                break
            start -= 1
        if start < subject and (first < start or _described_after(clause, subject)):
            text = "".join(
                clause[n].text + (clause[n].space if n < subject else "")
                for n in range(start, subject + 1)
            )
    if not text or len(text) > lex["headline_subject_max_chars"]:
        return None
    plural = (
        _plural_noun(clause[subject])
        or any(
            clause[n].dep == "det" and clause[n].text.lower() in lex["headline_plural_determiners"]
            for n in kept
        )
        or any(
            # a number of the subject noun itself ("Les 14 accusés"), not of its complement
            # ("L'homme de 28 ans")
            clause[n].dep == "nummod"
            and clause[n].head == subject
            and clause[n].text.isdigit()
            and int(clause[n].text) > 1
            for n in kept
        )
    )
    return text, "plural" if plural else "singular"


def _coordinated_subject(clause: list[ParsedToken], subject: int) -> tuple[str, str] | None:
    """A subject of noun phrases or names coordinated by "et" (``headline_subject_and``: "Un
    homme de 66 ans et une femme d'une trentaine d'années ont été découverts", "Paul Morel,
    66 ans, et sa fille Anne ont été découverts") as one plural phrase, what "ils" after it
    stands for: each part as a headline opens with it (its appositions and asides left out,
    "Paul Morel et sa fille Anne"), or its determiner, numbers and adjectives and its noun
    when that is too long ("un homme et une femme"); None when it has no such part or is
    still too long."""
    lex = titling()
    joins = title_words("headline_subject_and")
    parts = [subject] + [
        n
        for n, t in enumerate(clause)
        if t.head == subject
        and n != subject
        and t.dep == "conj"
        and t.pos in ("NOUN", "PROPN")
        and any(c.head == n and c.dep == "cc" and c.text.lower() in joins for c in clause)
    ]
    if len(parts) < 2 or clause[subject].pos not in ("NOUN", "PROPN"):
        return None
    limit = lex["headline_subject_max_chars"]
    for short in (False, True):
        text = " et ".join(_part_phrase(clause, n, short) for n in parts)
        if len(text) <= limit:
            return text, "plural"
    return None


def _hung_on(clause: list[ParsedToken], n: int, root: int, dropped: frozenset[str]) -> bool:
    """Is word ``n`` in the subtree of ``root``, reached through no relation of ``dropped``
    (a relative clause, an apposition, an aside: ``headline_subject_dropped_deps``)?"""
    while n != root:
        token = clause[n]
        if token.dep in dropped or token.head == n:
            return False
        n = token.head
    return True


def _part_phrase(clause: list[ParsedToken], head: int, short: bool) -> str:
    """The words of one part of a coordinated subject: the run of words around ``head`` hung
    on it (its name's parts, its complements), up to the first that is not (an apposition's
    comma, a leading day the parser hung on it); ``short``: its determiner, numbers and
    adjectives before it, the noun and its name's parts after it only."""
    if short:
        kept = {head} | {
            n
            for n, t in enumerate(clause)
            if t.head == head
            and (
                (n < head and t.dep in ("det", "nummod", "amod"))
                or (n > head and t.dep.startswith("flat"))
            )
        }
    else:
        dropped = frozenset(titling()["headline_subject_dropped_deps"])
        kept = {n for n in range(len(clause)) if _hung_on(clause, n, head, dropped)}
    first = last = head
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    words = range(first, last + 1)
    return "".join(clause[n].text + (clause[n].space if n < last else "") for n in words)


def _described_after(clause: list[ParsedToken], subject: int) -> bool:
    """Is the word after the subject's noun what describes it (an adjective or a participle
    with its complements: "footballeurs âgés de 11 à 16 ans"), not what completes it ("Le
    nombre de victimes": no noun phrase without it)?"""
    after = subject + 1
    return (
        after < len(clause)
        and clause[after].head == subject
        and clause[after].dep in ("amod", "acl")
        and clause[after].pos in ("ADJ", "VERB")
    )


def _quotation_closed(clause: list[ParsedToken], first: int, last: int) -> int:
    """``last`` moved to the mark closing a quotation the phrase ``first``-``last`` opens,
    when one closes it within a few words ("La « Coppa Di Vittorio »", not "La « Coppa")."""
    marks = quote_marks()
    words = [clause[n].text for n in range(first, last + 1)]
    if sum(w in marks.opening for w in words) <= sum(w in marks.closing for w in words):
        return last
    ahead = range(last + 1, min(len(clause), last + 8))
    return next((n for n in ahead if clause[n].text in marks.closing), last)


def _plural_noun(token: ParsedToken) -> bool:
    """Is a common noun in the plural by its own form: its ending is one of the plural's
    ("personnes" -> "personne", "journaux" -> "journal"), which its lemma does not have
    ("Quatre personnes", "Plusieurs habitants", whatever the determiner; not "le procès",
    "le corps", whose lemma is the word itself)?"""
    word, lemma = token.text.casefold(), token.lemma.casefold()
    return bool(lemma) and word != lemma and word.endswith(("s", "x"))
