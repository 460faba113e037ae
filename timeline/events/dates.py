"""Dates of events: which expression dates a sentence, and its precision."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Any

from timeline.events.features import tense_of, time_locators
from timeline.events.lexicon import alternation, lexicon, pattern, regex_cues
from timeline.events.nlp import finite_verb, is_finite, lemma, morph, verb_of_participle
from timeline.events.sentences import normalize
from timeline.records import Sentence
from timeline.temporal.model import Timex

# Values that name no calendar day of their own.
_VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# The suffix of a night's value ("dans la nuit de vendredi à samedi": Friday's night).
NIGHT = "TNI"
# Our precision labels, best first: their rank when several sources date one event.
PRECISIONS = ("day", "week", "month", "year", "fuzzy", "open-start", "inferred")
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
DATED_BY_RANK = {"explicit": 0, "inherited": 1, "publication": 2}
#: precisions of a period that names no day of an act (``event_precision``)
COARSE_PRECISIONS = ("month", "year")


def has_span(timex: Timex) -> bool:
    return timex.span is not None and timex.type != "SET"


def starts_period(timex: Timex) -> bool:
    """The start of a period that goes on ("depuis mardi", "depuis trois jours", "depuis
    2011"; the temporal rules that read "depuis" are named ``since_*``): when a state
    began, not when a happening took place."""
    return timex.rule.startswith("since_")


def opens_period(timex: Timex, before: str) -> bool:
    """The start of a period going on (``starts_period``), or a day right after a word that
    opens one (``period_openers``: "ceux qui le retiennent depuis mercredi dernier", where the
    tagger read the day alone); ``before``: the sentence's text before the expression."""
    words = before.rstrip().lower().split()
    return starts_period(timex) or (bool(words) and words[-1] in lexicon()["period_openers"])


def narration_present(sentence: Sentence) -> bool:
    """Is ``sentence`` told in the narration's present: an act in the present ("Pierre
    Lambert passe du ministère de la Culture à celui de l'Éducation"), with no reporting
    clause, out of quote marks, whose verb is no state (``stative_lemmas``) nor a saying
    (``speech_lemmas``: "les rescapés disent être soulagés", the day it is told) nor the
    telling of one's own story (``account_lemmas``: "Jean Le Cam raconte avoir aperçu une
    lumière", the day it is told, not the morning after's narration), speaking in
    neither the first nor the second person (``own_voice_pronouns``: an interview's "Nous
    jugerons aux actes, voilà tout ce que je peux vous dire", someone's words of the day
    they are given), attributed to no source ("selon son entourage")? Whether it is a
    happening is the caller's to ask."""
    # the predicate's verb, not its auxiliary ("Elle est cette fois nommée ministre")
    verb = sentence.action or sentence.verb
    states = set(lexicon()["stative_lemmas"]) | set(lexicon()["present_state_lemmas"])
    return (
        sentence.tense == "present"
        and sentence.report is None
        and not sentence.quote
        and verb not in states
        and not {sentence.verb, sentence.action}
        & {*lexicon()["speech_lemmas"], *lexicon()["account_lemmas"]}
        and not _in_person(sentence.text)
        and _attribution().search(sentence.text) is None
    )


def _in_person(text: str) -> bool:
    """Does ``text`` speak in the first or the second person (``own_voice_pronouns``)?"""
    words = set(re.findall(r"\w+", text.lower()))
    return bool(words & set(lexicon()["own_voice_pronouns"]))


def in_writers_voice(sentence: Sentence) -> bool:
    """Is ``sentence`` the writer recalling the outlet's own earlier report, out of quote
    marks and with no reporting clause: opening on a reminder to the reader
    (``reader_reminders``: "Souvenez-vous, lundi, ...") or telling what "nous" reported
    (``own_report_verbs``: "lundi, nous faisions part de cette demande", "comme nous
    l'annoncions mardi")? Its day is that of the outlet's writing, not a day of the story:
    the narration does not go on from it."""
    if sentence.report is not None or sentence.quote:
        return False
    return _writers_voice().search(sentence.text) is not None


@cache
def _writers_voice() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"^\W*(?:{alternation(lex['reader_reminders'])})\b"
        rf"|\bnous\s+(?:(?:vous|en|le|la|les)\s+|l['’]\s*)?"
        rf"(?:{alternation(lex['own_report_verbs'])})\b",
        re.IGNORECASE,
    )


@cache
def _attribution() -> re.Pattern[str]:
    """An attribution anywhere in a sentence ("Il souffre d'une fracture du crâne, selon son
    entourage": ``attribution_openings``): what a source gives, the day it is told."""
    return re.compile(
        rf"(?:^|\W)(?:{alternation(lexicon()['attribution_openings'])})\s", re.IGNORECASE
    )


def state_since(tense: str | None, before: str) -> bool:
    """Does a sentence in the imperfect or the present tell a state going on since the day
    it names ("Ils étaient bloqués dans la grotte depuis le soir du 23 juin", "L'homme est
    détenu depuis le 3 mars")? ``before``: the sentence's text before the expression; a
    period opener (``period_openers``) at most ``since_max_words`` words before it."""
    if tense not in ("imperfect", "present"):
        return False
    words = before.rstrip().lower().split()[-lexicon()["since_max_words"] :]
    return any(word in lexicon()["period_openers"] for word in words)


def since_with_its_cause(tokens: Sequence[Any], parsed: Sequence[Any], timex: Timex) -> bool:
    """The start of a state going on (``starts_period``: "Depuis vendredi, l'ancien maire est
    en détention provisoire"), then, after a colon, the act that began it told done ("... :
    la cour d'appel a suivi le parquet", "... : le juge a refusé sa remise en liberté"):
    that act is of the state's first day, and what the text tells after it goes on from that
    day (the departure for the prison after the hearing). ``tokens``: the expression's,
    ``parsed``: its sentence's. Not a state alone ("Ils étaient bloqués depuis le 23 juin":
    what is told next ended it, later), nor what a colon only lists or explains in the
    present ("... : il reste détenu à Fresnes")."""
    if not tokens or not starts_period(timex) or timex.span is None:
        return False
    last = tokens[-1].i
    colon = next((t.i for t in parsed if t.i > last and t.text == ":"), None)
    if colon is None:
        return False
    after = [t for t in parsed if t.i > colon]
    return bool(after) and tense_of(after) == "past"


def opens_period_of_noun(before: str) -> bool:
    """A day completing the noun of an act that opens a period going on ("Depuis le
    lancement vendredi de l'OPA, le patron multiplie les déclarations", "depuis son
    arrestation mardi": ``period_openers``, a determiner, ``noun_determiners``, then the
    noun; ``before``: the text before the expression): the day of that noun's act, the
    start of the period the sentence tells, never the day of the sentence's own act."""
    words = before.rstrip().lower().replace("’", "'").replace("'", "' ").split()
    if len(words) < 3 or not words[-1].isalpha():
        return False
    return words[-3] in lexicon()["period_openers"] and words[-2] in lexicon()["noun_determiners"]


def compared_with_earlier(before: str, timex: Timex) -> bool:
    """A year after "après" in a record's comparison: a rank or a record told before it
    ("devenant le deuxième plus jeune buteur en finale après Pelé en 1958", "le quatrième
    joueur à marquer dans deux finales, après Pelé (1958, 1970) et Vava (1958, 1962)", "le
    record absolu après leurs succès en 1995, 2001 et 2009": ``record_ranks``), with no
    clause's end between "après" and the year (``before``: the sentence up to the
    expression): the year of an earlier holder the record is compared with, never the date
    of the sentence's act. (Not "Après la crise de 2008, l'usine a fermé", no rank; not a
    day: "le plus jeune ministre après sa nomination lundi".)"""
    if timex.precision != "year":
        return False
    lex = lexicon()
    text = before.replace("’", "'")
    found = list(re.finditer(rf"\b(?:{lex['record_comparison']})\s", text, re.IGNORECASE))
    if not found:
        return False
    after = found[-1]
    far = len(text) - after.end() > int(lex["record_comparison_max_chars"])
    if re.search(r"[.;:!?]", text[after.end() :]) or far:
        return False
    return pattern("record_ranks", re.IGNORECASE).search(text[: after.start()]) is not None


#: the end of a clause in a sentence's text (not a number's point: "350.000")
_CLAUSE_END = re.compile(r"[;:!?]|\.(?!\d)")


def compared_with(before: str, timex: Timex) -> bool:
    """Is the day right after ``before`` (its sentence's text up to the expression) the one
    a count or a figure is compared with ("a compté 700.000 personnes (350.000 le 18 mars)",
    "contre 130.000 le 18 mars", "a doublé par rapport à la précédente journée du 18 mars",
    "deux fois plus fournis que le 18 mars", "autant de monde que celles du 28 mars")? Its
    day is the earlier figure's (``compared_day_openings``; a comparative and "que":
    ``_compared_by_que``), not the act's, nor one the narration goes on from. The
    expression's first word when it is a link ("le 18 mars") is read with ``before``."""
    lex = lexicon()
    first = timex.text.split()[:1]
    if first and first[0].lower() in lex["comparison_links"]:
        before = f"{before}{first[0]} "
    clause = _CLAUSE_END.split(before.replace("’", "'"))[-1]
    most = int(lex["compared_day_max_words"])
    for opening in _compared_openings():
        found = opening.search(clause)
        if found is not None and len(found.group().split()) <= most + 2:
            return True
    return _compared_by_que(clause, most)


def document_named(text: str) -> bool:
    """Does ``text`` name a document: a preposition and a determiner
    (``document_named_by``), an opening quotation mark or an adjective maybe, then a noun
    of ``document_nouns`` ("dans une lettre publiée par le journal municipal", "Dans un
    « message à ses compatriotes »", "dans son message")?"""
    return _document_named().search(normalize(text)) is not None


@cache
def _document_named() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"\b(?:{lex['document_named_by']})\s*(?:«\s*)?(?:[\w-]+\s+)?"
        rf"(?:{alternation(lex['document_nouns'])})s?\b",
        re.IGNORECASE,
    )


@cache
def _compared_openings() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon()["compared_day_openings"])


@cache
def _comparative_que() -> re.Pattern[str]:
    """A comparative (``comparatives``), at most four words, then "que": groups ``before``
    (the word before the comparative), ``next`` (the word after it), ``rest`` (what
    follows "que")."""
    return re.compile(
        rf"(?:(?P<before>[\w']+)\s+)?\b(?:{alternation(lexicon()['comparatives'])})"
        r"(?:\s+(?P<next>[\w'-]+))?(?:\s+[\w'-]+){0,3}?\s+qu(?:e\s+|'\s*)(?P<rest>[^()]*)$",
        re.IGNORECASE,
    )


def _compared_by_que(clause: str, most: int) -> bool:
    """A comparative and "que" before the day ("deux fois plus fournis que le", "autant de
    monde que celles du", "que la mobilisation précédente, celle du"), what lies between
    "que" and the day ending with a link (``comparison_links``) and at most ``most`` words;
    not after an auxiliary or a negation ("a aussi indiqué que", "n'a plus que":
    ``comparative_not_after``) nor "plus tard" (``comparative_not_before``)."""
    lex = lexicon()
    found = _comparative_que().search(clause)
    if found is None:
        return False
    before = (found["before"] or "").lower()
    negated = before.startswith(("n'", "ne"))  # "n'encourrait plus que 20 ans"
    if negated or {before, before.split("'")[-1]} & set(lex["comparative_not_after"]):
        return False
    if (found["next"] or "").lower() in lex["comparative_not_before"]:
        return False
    rest = found["rest"].lower().split()
    if rest and rest[0].strip(",") in lex["comparison_not_first"]:
        return False  # "plus tôt que prévu, lundi": the act's own day
    return len(rest) <= most and (not rest or rest[-1] in lex["comparison_links"])


def leaves_headline(timex: Timex) -> bool:
    """Does the expression go from a headline (the date is shown apart)? A day or a period
    does; a bare length stays a word of the sentence ("après dix mois d'audience", "deux
    ans de prison": cutting it out would leave a hole, "allant de de prison")."""
    return timex.type != "SET" and (timex.span is not None or timex.type != "DURATION")


def runs_until(timex: Timex) -> bool:
    """A period that runs up to a day ("jusqu'au 1er novembre", "jusqu'à lundi": the
    temporal rules named ``until_*``): how long something lasts, not when it was done."""
    return timex.rule.startswith("until_")


def is_strong(timex: Timex) -> bool:
    """Names a day or a week (not "ces derniers jours", "maintenant", a duration)."""
    if not has_span(timex) or timex.value in _VAGUE_VALUES:
        return False
    if timex.open_start or timex.type == "DURATION":
        return False
    return timex.precision in ("day", "time", "week")


def is_open_length(timex: Timex) -> bool:
    """A length of no given count ("dans les prochains jours", "les semaines à venir",
    "ces dernières semaines"): however the tagger spans it, it names no day, and dates
    neither a statement, an announcement nor a happening (not the start of a period going
    on, "depuis des semaines": ``starts_period``)."""
    return timex.type == "DURATION" and timex.precision == "fuzzy" and not starts_period(timex)


def expression_top(tokens: Sequence[Any]) -> Any:
    """The token of a time expression (its parsed ``tokens``, not empty) that hangs on
    something outside it, or is the root: where the expression attaches to the sentence
    (else its first token)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def is_recent_past(timex: Timex) -> bool:
    """A vague past running up to the time of writing and reaching further back than the
    day before ("ces derniers mois", "récemment", "ces dernières semaines"): it names no day
    of its own. ("ces dernières heures" reaches the day before, the night's day in a
    morning paper: it may be the happening's.)"""
    if timex.value != "PAST_REF" or timex.span is None:
        return False
    first, last = (dt.date.fromisoformat(day) for day in timex.span)
    return (last - first).days > 1


def is_vague(timex: Timex) -> bool:
    """ "ces derniers jours", "récemment": no day of its own (durations are not vague)."""
    return timex.value in _VAGUE_VALUES or (timex.precision == "fuzzy" and timex.type != "DURATION")


def event_precision(timex: Timex) -> str:
    """Our precision label for an event dated by ``timex``."""
    if timex.open_start:
        return "open-start"
    precision = timex.precision or "day"
    if precision == "fuzzy" or timex.mod == "APPROX":
        return "fuzzy"
    if precision in ("day", "time"):
        return "day"
    if precision in ("week", "month", "year"):
        return precision
    return "fuzzy"


#: dependencies of a clause that modifies a noun (relative or participial: "X, tué mardi,
#: a été inhumé samedi", "le séisme qui a frappé le Maroc le 8 septembre"): what it dates
#: is something the sentence mentions, not what it reports
_NOUN_CLAUSES = ("acl", "acl:relcl")
#: an expression hanging from a noun ("la manifestation de samedi") or from an adverbial
#: clause ("après avoir annoncé au petit matin ...") dates the sentence only when the main
#: predicate governs no other
_INDIRECT = ("nmod", "advcl")


def _detached_participle(node: Any) -> bool:
    """ "Né en 2002, le suspect avait été interpellé dimanche": a past participle opening
    the sentence, closed by a comma, describes the subject (what happened to it before);
    like a clause about a noun, it never dates what the sentence reports (not "Après
    avoir annoncé ...", which a word introduces)."""
    if node.dep_ != "advcl" or "Part" not in morph(node, "VerbForm"):
        return False
    if "Past" not in morph(node, "Tense") or node.i >= node.head.i:
        return False
    if any(c.dep_ in ("mark", "case", "aux", "aux:tense", "aux:pass") for c in node.children):
        return False
    last = node.right_edge
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return node.left_edge.i == node.sent.start and (
        last.text == "," or (following is not None and following.text == ",")
    )


def _of_the_presented(node: Any) -> bool:
    """A participle set after a presentative, past the noun it presents ("À bord, il y avait
    son frère, arrivé en début de semaine aux Açores": a verb whose subject is the
    impersonal "il", ``expl:subj``), tells of that noun, not of an act of the sentence (the
    impersonal "il" is no participle's subject): like a clause about a noun, it never dates
    the sentence. Read from the parse as it comes: an adverbial past participle of the
    presentative with no auxiliary, or a word the parser set after a comma beside the noun
    presented ("le maire, revenu mardi de Bruxelles", its participle read as a noun)."""
    head = node.head
    if node.dep_ == "advcl" and "Part" in morph(node, "VerbForm"):
        if "Past" not in morph(node, "Tense") or node.i <= head.i:
            return False
        if any(c.dep_ in ("mark", "case", "aux", "aux:tense", "aux:pass") for c in node.children):
            return False
        return _presentative(head)
    if node.dep_ not in ("conj", "appos", "acl") or head.dep_ != "obj" or node.i <= head.i:
        return False
    opening = node.left_edge
    comma = opening.text == "," or (opening.i > 0 and opening.nbor(-1).text == ",")
    return comma and not any(c.dep_ == "cc" for c in node.children) and _presentative(head.head)


def _presentative(verb: Any) -> bool:
    """Is ``verb`` a presentative: its subject the impersonal "il" ("il y a", "il y avait")?"""
    return any(c.dep_ == "expl:subj" for c in verb.children)


def _in_apposed_participle(tokens: Sequence[Any]) -> bool:
    """Is the expression whose tokens are ``tokens`` in a participle clause set off by
    commas between a subject and its verb ("Stéphane Travert, 47 ans, réélu député de la
    Manche dimanche 18, est devenu ministre", "Le conducteur, interpellé mardi soir, a été
    mis en examen")? It tells what was done to the subject before (not where it gathered to
    act, ``scene_lemmas``: "Les dirigeants, réunis dimanche à Abuja, ont exigé ..."), and
    never dates the act of the verb after it; nor, set off after a complement opening the
    sentence, what it tells of that complement's noun (``_about_fronted_noun``). Read from
    the words' forms, not the dependencies, which the parser often hangs from the subject's
    name."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    left = next((k for k in range(first - 1, -1, -1) if doc[k].text == ","), None)
    stops = {",", ".", ";", ":"}
    right = next((k for k in range(last + 1, len(doc)) if doc[k].text in stops), None)
    if left is None or left == 0 or right is None or doc[right].text != ",":
        return False
    inside = [doc[k] for k in range(left + 1, first)]
    participle = next(
        (
            t
            for t in inside
            if t.pos_ in ("VERB", "AUX")
            and "Part" in morph(t, "VerbForm")
            and "Past" in morph(t, "Tense")
        ),
        None,
    )
    if participle is None or any(is_finite(t) for t in doc[left + 1 : right]):
        return False
    lex = lexicon()
    if any("Inf" in morph(t, "VerbForm") for t in inside):
        return False  # "censée fêter ses 51 ans le 29 août": what is to come, the infinitive's
    if lemma(participle) in lex["scene_lemmas"] or inside[0] is not participle:
        return False  # "réunis dimanche"; "X, qui a été élu dimanche," (a finite verb)
    if lemma(participle) in lex["speech_lemmas"] or any(
        lemma(t).lower() in lex["document_nouns"] for t in doc[:left]
    ):
        return False  # what was made known that day: "Un bilan, publié à 23 h, fait état ..."
    after = doc[right + 1] if right + 1 < len(doc) else None
    if after is not None and finite_verb(after):
        return True
    return _about_fronted_noun(participle, doc[:left], doc[right + 1 :])


def recalls_noun_day(tokens: Sequence[Any]) -> bool:
    """Is the expression whose tokens are ``tokens`` in a participle phrase that closes the
    sentence after a comma, about the noun or name right before that comma, not the
    subject ("La police japonaise a admis des failles dans la sécurité de l'ancien Premier
    ministre Shinzo Abe, assassiné vendredi", ``_about_noun_before``)? Its day is that of
    what was done to that noun's person or thing, never the day of the act the sentence
    tells; the narration goes on from it (what the text tells next retells it)."""
    if not tokens:
        return False
    doc = tokens[0].doc
    start, first, last = tokens[0].sent.start, tokens[0].i, tokens[-1].i
    end = tokens[0].sent.end
    left = next((k for k in range(first - 1, start, -1) if doc[k].text == ","), None)
    stops = {",", ";", ":", "(", "«"}
    if left is None or left <= start + 1 or any(doc[k].text in stops for k in range(last + 1, end)):
        return False
    inside = [doc[k] for k in range(left + 1, first)]
    if not inside or inside[0].pos_ not in ("VERB", "AUX"):
        return False
    participle = inside[0]
    if "Part" not in morph(participle, "VerbForm") or "Past" not in morph(participle, "Tense"):
        return False
    lex = lexicon()
    if any(is_finite(t) or "Inf" in morph(t, "VerbForm") for t in doc[left + 1 : end]):
        return False  # a clause of its own; "censé fêter ... le 29 août": the infinitive's
    if lemma(participle) in lex["scene_lemmas"] or lemma(participle) in lex["speech_lemmas"]:
        return False  # "réunis dimanche"; "publié mardi": what was made known that day
    return _about_noun_before(participle, doc[left - 1], doc[start:left])


def _about_noun_before(participle: Any, noun: Any, before: Any) -> bool:
    """Is ``participle`` about ``noun``, the noun or name before the comma that opens its
    phrase, in its gender and number where both are marked, a complement, not the subject,
    of the main clause before it (``before``: a finite verb)? Not what the subject did
    next ("Le suspect a été interpellé à son domicile, puis placé en garde à vue mardi")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_.startswith("nsubj"):
        return False
    if any(morph(noun, f) and morph(participle, f) != morph(noun, f) for f in ("Gender", "Number")):
        return False
    return any(finite_verb(t) for t in before)


def _about_fronted_noun(participle: Any, fronted: Any, rest: Any) -> bool:
    """Is ``participle`` (opening a phrase set off by commas) about the noun heading the
    complement opening the sentence before it (``fronted``: a preposition first, no finite
    verb; not a source's, ``attribution_openings``), in its gender and number, with the
    main clause after it (``rest``: a finite verb)? "Aux élections de dimanche, marquées
    par l'assassinat deux jours plus tôt de X, la coalition a renforcé sa majorité": what
    was done to that noun's thing before, not the main act."""
    if len(fronted) < 2 or fronted[0].pos_ != "ADP":
        return False
    if _attribution().match(" " + fronted.text):
        return False  # "D'après les chiffres, publiés dimanche, ...": the day they were given
    lo, hi = fronted[0].i, fronted[-1].i
    noun = next((t for t in fronted if not lo <= t.head.i <= hi or t.head.i == t.i), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    if any(is_finite(t) for t in fronted):
        return False
    if any(morph(noun, f) != morph(participle, f) for f in ("Gender", "Number")):
        return False
    return any(finite_verb(t) for t in rest)


def _sets_the_scene(node: Any) -> bool:
    """A participle of gathering about the subject, with no auxiliary nor relative pronoun
    ("Les dirigeants de la Cédéao, réunis dimanche à Abuja, ont exigé ...":
    ``scene_lemmas``): where and when the subject was as it acted, so its day dates the
    act when the main predicate names none (an act told so, "Le conducteur, interpellé
    mardi soir, a été mis en examen", came before the main one: it dates nothing)."""
    if node.dep_ not in (*_NOUN_CLAUSES, "advcl") or lemma(node) not in lexicon()["scene_lemmas"]:
        return False
    if "Part" not in morph(node, "VerbForm"):
        return False
    relatives = set(lexicon()["relative_pronouns"])
    return not any(
        c.dep_.startswith("aux") or c.lower_ in relatives for c in node.children
    ) and node.head.dep_ in ("nsubj", "nsubj:pass", "ROOT")


def _gerund(node: Any) -> bool:
    """A present participle after ``gerund_markers`` ("en dominant la Croatie 4-2 ...,
    dimanche 15 juillet"): how or when the main act was done, an adverbial clause even when
    the parser attached it to a noun."""
    if node.pos_ not in ("VERB", "AUX") or "Part" not in morph(node, "VerbForm"):
        return False
    markers = set(lexicon()["gerund_markers"])
    return "Pres" in morph(node, "Tense") and any(
        c.lower_ in markers and c.dep_ in ("mark", "case") and c.i < node.i for c in node.children
    )


def _of_demonstrative(top: Any) -> bool:
    """Is the expression whose head is ``top`` (or the first of a list it ends: "après
    celles de 1998 et 2006") the complement of a demonstrative pronoun ("20 ans après celle
    de 1998", "la réunion de mardi, après celle du 3 mars")? It names another instance of
    something the sentence speaks of (an earlier edition), not when it happened."""
    node = top
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    return node.dep_ == "nmod" and head.pos_ == "PRON" and "Dem" in morph(head, "PronType")


def state_of_noun(tokens: Sequence[Any], timex: Timex) -> bool:
    """The start of a period going on (``starts_period``) that completes a noun ("Au pouvoir
    depuis 20 ans, le président a ...", "X, cible d'une contestation inédite depuis un mois,
    a informé ..."), or that lies in the participle's phrase opening the sentence
    (``_in_opening_participle``): how long a state of someone or something has lasted, which
    never dates the act the sentence tells (not "ont démissionné depuis dimanche", governed
    by the verb: ``completed_since``)."""
    if not tokens or not starts_period(timex):
        return False
    if _in_opening_participle(tokens):
        return True
    top = expression_top(tokens)
    return top.dep_ == "nmod" and top.head.pos_ in ("NOUN", "PROPN") and _detached(tokens)


def _in_opening_participle(tokens: Sequence[Any]) -> bool:
    """Do the tokens lie in the past participle's phrase that opens the sentence and
    describes its subject, up to the comma before the main clause ("Arrêté en mars au
    Brésil, où il est accusé de fraude, et assigné à résidence depuis le 2 mai, le banquier
    a fui")? Read from the words' forms, whatever the parser made of them: the sentence's
    first word a past participle (or one the tagger read as a noun,
    ``_participle_read_as_noun``), no finite verb before the tokens but in a clause a
    relative pronoun or a conjunction opens ("où il est accusé"), and a comma after them
    before the main clause's first finite verb."""
    doc = tokens[0].doc
    opening = doc[0]
    participle = opening.pos_ in ("VERB", "AUX") and "Part" in morph(opening, "VerbForm")
    if not (participle and "Past" in morph(opening, "Tense")) and not (
        _participle_read_as_noun(opening)
    ):
        return False
    last = tokens[-1].i
    comma = False
    opened = False
    for tok in doc[1:]:
        if tok.text == ",":
            opened = False
            comma = comma or tok.i > last
        elif tok.pos_ == "SCONJ" or "Rel" in morph(tok, "PronType"):
            opened = True
        elif is_finite(tok) and not opened:
            return tok.i > last and comma
        if tok.text in (";", ":", "(") and tok.i < last:
            return False
    return False


def ranks_in_period(tokens: Sequence[Any], timex: Timex, published: str) -> bool:
    """A period longer than a day (``ranking_precisions``) that holds the publication day
    (this year, this month, this week), brought by "de" (``period_complement_links``) as
    the complement of a noun ("Pour sa dernière mission de l'année, la fusée a placé ...",
    "sa plus forte hausse de la semaine", "l'agenda politique de l'année"): the period the
    noun is ranked or counted in, never when the sentence's act took place (the year's
    first day, months before). Not a day ("la manifestation de samedi": its act's day),
    nor a period ended before the publication ("les ventes d'octobre"), nor one going on
    ("réclament en masse depuis plus d'un mois", the parser hanging it on a noun), nor the
    complement of a noun of time (``period_nouns``: "la première semaine de mars", a time
    the sentence names)."""
    if not tokens or timex.span is None or timex.precision not in lexicon()["ranking_precisions"]:
        return False
    if timex.type == "DURATION" or starts_period(timex):
        return False
    if not timex.span[0] <= published <= timex.span[1]:
        return False
    noun = _completed_noun(tokens)
    # not "au cours de la première semaine de mars": a time it names
    return noun is not None and lemma(noun).lower() not in lexicon()["period_nouns"]


def period_of_complement(tokens: Sequence[Any], timex: Timex, published: str) -> bool:
    """A period longer than a day (``ranking_precisions``) that ended before the publication,
    less than ``context_past_days`` before it, brought by "de" (``period_complement_links``)
    as the complement of a noun that is the main verb's object (``_GOVERNED_ROLES``: "Le
    conseil a confirmé les rumeurs du début de semaine en désignant X", "Le ministre a
    démenti les informations de la semaine dernière", "L'Insee s'attendait à une légère
    correction de janvier à mars"): when what the noun names was told or done, never when
    the sentence's act took place, as ``ranks_in_period`` says of a period holding the
    publication. Not a noun in the subject ("La manifestation du week-end dernier a réuni
    ...": its act's period), nor one that places the act in time, whatever the parser made
    of it ("depuis les intempéries de ce week-end", after ``period_openers``; "lors de la
    réunion de la semaine dernière", ``_locates_in_time``; "une bonne partie du week-end",
    a noun of time, ``period_nouns``, heading the phrase), nor a day ("a participé à la
    manifestation de samedi": the act's day)."""
    if not tokens or timex.span is None or timex.precision not in lexicon()["ranking_precisions"]:
        return False
    if timex.type == "DURATION" or starts_period(timex) or timex.span[1] >= published:
        return False
    ended = dt.date.fromisoformat(timex.span[1])
    if (dt.date.fromisoformat(published) - ended).days >= int(lexicon()["context_past_days"]):
        return False
    noun = _completed_noun(tokens)
    if noun is None or lemma(noun).lower() in lexicon()["period_nouns"]:
        return False
    phrase = noun  # the noun phrase's head ("les rumeurs du début de semaine")
    while phrase.dep_ == "nmod" and phrase.head.pos_ == "NOUN" and phrase.head.i != phrase.i:
        phrase = phrase.head
    main = phrase.head
    openers = lexicon()["period_openers"]
    return (
        phrase.dep_ in _GOVERNED_ROLES
        and main.dep_ == "ROOT"
        and main.pos_ == "VERB"
        and not _locates_in_time(noun)
        and not any(c.dep_ == "case" and c.lower_ in openers for c in phrase.children)
        and lemma(phrase).lower() not in lexicon()["period_nouns"]
    )


#: what a noun is to the main verb when it is the verb's object ("a confirmé les rumeurs",
#: "s'attendait à une correction"), not its subject nor an adverbial ("depuis les intempéries")
_GOVERNED_ROLES = ("obj", "iobj", "obl:arg")


def _completed_noun(tokens: Sequence[Any]) -> Any | None:
    """The noun the time expression (its parsed ``tokens``, not empty) is the complement
    of, brought by a preposition of ``period_complement_links`` ("sa plus forte hausse de
    la semaine", "la déflagration du 12 janvier"); else None."""
    top = expression_top(tokens)
    noun = top.head
    if top.dep_ != "nmod" or noun.i == top.i or noun.pos_ != "NOUN":
        return None
    links = set(lexicon()["period_complement_links"])
    return noun if any(c.dep_ == "case" and c.lower_ in links for c in top.children) else None


#: what a noun is to the main predicate when it is one of its complements (an object, an
#: oblique, an attribute: "condamnés pour des meurtres", "d'être co-auteur du meurtre")
_COMPLEMENT_ROLES = ("obj", "iobj", "obl", "obl:mod", "obl:arg", "xcomp")


def complemented_noun(tokens: Sequence[Any]) -> Any | None:
    """The noun whose complement the time expression (its parsed ``tokens``) is, when that
    noun is itself a complement of the sentence's main predicate, a verb ("Deux frères ont
    été condamnés pour trois vols entre 1995 et 1999", "il lui était reproché d'être
    co-auteur du meurtre de X en 1989"): the period dates what the noun names (the crimes),
    not the act the main clause tells (the sentence); else None. Not the subject's noun,
    whose day is the act's ("La manifestation de samedi a réuni 10 000 personnes"), nor a
    gathering a preposition of time places the act in ("lors du procès de 2011": it says
    when the act took place, ``_locates_in_time``). The caller decides which periods it
    keeps from dating the sentence (``events.extract``: those long before publication)."""
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    top = expression_top(tokens)
    while top.dep_ == "conj" and top.head.i != top.i and top.head.i not in inside:
        top = top.head  # "en 1986 et en 1998": the first of the list
    noun = top.head
    if top.dep_ != "nmod" or noun.i == top.i or noun.pos_ != "NOUN":
        return None
    phrase = noun  # the noun phrase's head ("des détournements de fonds en 2004")
    for _ in range(3):
        if phrase.dep_ != "nmod" or phrase.head.pos_ != "NOUN":
            break
        phrase = phrase.head
    main = phrase.head
    if phrase.dep_ not in _COMPLEMENT_ROLES or main.dep_ != "ROOT" or main.pos_ != "VERB":
        return None
    if _locates_in_time(noun):
        return None
    # the act is named before the period in the complement, whichever of its nouns the
    # parser hung the period on ("pour sept meurtres de jeunes filles entre 1987 et 2001")
    named = [t for t in phrase.subtree if t.pos_ == "NOUN" and t.i < tokens[0].i]
    return noun if any(_names_an_act(lemma(t).lower()) for t in named) else None


#: how a clause hangs on the verb it is subordinate to (its object, an infinitive, a
#: participle or adverbial clause)
_SUBORDINATE = ("ccomp", "xcomp", "advcl", "acl", "csubj")


def of_recalled_happening(tokens: Sequence[Any]) -> bool:
    """Is the time expression (its parsed ``tokens``) the complement of a noun of a
    happening ("de", ``period_complement_links``; the noun ``_names_an_act``) in a clause
    subordinate to a main verb in the present ("Il leur revient de dire si une fuite de
    gaz a bien causé la déflagration du 12 janvier", "Les juges cherchent à savoir si un
    court-circuit a déclenché l'incendie du 18 juin"): the day of the happening the
    sentence recalls, not of what it tells, which is where things stand when it is
    written? Not a noun in the subject of the main verb ("La manifestation de samedi
    réunit ...": its act's day, the narration's present), nor a noun of the main clause
    ("Le chef de l'Etat apparaît comme la principale victime du scrutin de dimanche": the
    next day's account of Sunday), nor an oblique of the main verb, what its act is done
    by or in ("Par une décision du 30 juillet, le Conseil constitutionnel déclare ...":
    that act's day)."""
    noun = _completed_noun(tokens) if tokens else None
    if noun is None:
        return False
    if lemma(noun).lower() in lexicon()["period_nouns"] or not _names_an_act(lemma(noun).lower()):
        return False
    node, clause = noun, False
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if node.dep_.startswith("nsubj"):
            return False  # in the subject: "La manifestation de samedi réunit ..."
        if node.dep_.startswith("obl") and node.head.dep_ == "ROOT":
            return False  # what the act is done by: "Par une décision du 30 juillet, ..."
        clause = clause or (node.pos_ == "VERB" and node.dep_ in _SUBORDINATE)
        node = node.head
    return (
        clause
        and node.pos_ in ("VERB", "AUX")
        and "Pres" in morph(node, "Tense")
        and all(c.dep_ not in ("aux:tense", "aux:pass") for c in node.children)
    )


def _names_an_act(noun: str) -> bool:
    """A noun of an act or a happening (``dated_act_nouns``, or a noun of action by its
    ending, ``dated_act_noun_endings``, but not ``not_dated_act_nouns``)."""
    lex = lexicon()
    if noun in lex["dated_act_nouns"]:
        return True
    return noun not in lex["not_dated_act_nouns"] and noun.endswith(
        tuple(lex["dated_act_noun_endings"])
    )


def _detached(tokens: Sequence[Any]) -> bool:
    """Do the tokens lie in a phrase set apart by commas, with no finite verb (an apposition
    or a phrase opening the sentence: "X, cible d'une contestation depuis un mois, a ...",
    "Au pouvoir depuis 20 ans, X ..."), not in the main clause ("Il s'agit du troisième
    incendie dans la zone depuis le début de l'année": how many since, a count)?"""
    doc = tokens[0].doc
    start = tokens[0].i
    while start > tokens[0].sent.start and doc[start - 1].text not in (",", ";", ":", "("):
        start -= 1
    end = tokens[-1].i + 1
    while end < tokens[0].sent.end and doc[end].text not in (",", ";", ":", ")"):
        end += 1
    if end >= tokens[0].sent.end or doc[end].text != ",":
        return False
    return not any(is_finite(t) for t in doc[start:end])


def _names_edition(tokens: Sequence[Any], top: Any) -> bool:
    """ "le prix Goncourt 2021", "le Mondial 2017", "le budget 2024": a bare number modifying
    a noun is part of a name (an edition, a vintage), not when the sentence happened."""
    return (
        all(t.pos_ == "NUM" for t in tokens)
        and top.dep_ == "nummod"
        and top.head.i != top.i
        and top.head.pos_ in ("NOUN", "PROPN")
    )


# a capitalised word inside a sentence (not its first: after a word or an elided article),
# then one space, ending the text before a year: "la Coupe du Monde 2018", "l'Euro 2016"
_NAME_BEFORE = re.compile(r"(?:[^.!?:;«\"“(\[\s—–-]\s+|\w['’])[A-ZÀ-ÖØ-Ý][\w'’-]* $")


def dateline() -> re.Pattern[str]:
    """An agency's or a bulletin's dateline opening a text (``events.yml``'s ``dateline``),
    compiled once for every module that reads it (``in_dateline``, ``kinds``)."""
    return pattern("dateline", re.IGNORECASE)


def in_dateline(text: str, at: int) -> bool:
    """Does offset ``at`` of a sentence's ``text`` lie in the agency's dateline opening it
    ("BAMAKO, 9 octobre (Reuters) - Les ex-otages sont arrivés jeudi": ``dateline``)? Its
    day is the telling's: any day the sentence names itself dates it first."""
    found = dateline().match(text)
    return found is not None and at < found.end()


def glued_to_name(before: str, timex: Timex) -> bool:
    """A year joined by a hyphen to a name ("en finale du Mondial-2018", "l'Euro-2016",
    "les Jeux de Paris-2024"), or by a space to a capitalised word inside the sentence
    ("meilleur jeune joueur de la Coupe du Monde 2018"; ``before``: the text before the
    expression): an edition's name, not when the sentence happened (not "à la mi-2018", a
    lower-case prefix; not "En 2018, ...", the sentence's first word)."""
    if timex.precision != "year":
        return False
    found = re.search(r"(\w+)-$", before)
    if found is not None:
        return found.group(1)[0].isupper()
    return _NAME_BEFORE.search(before) is not None


def names_a_text(before: str) -> bool:
    """The expression completes the noun of a legal text, which French names by the day it
    was signed ("la loi du 1er février 1994", "le décret n° 2020-293 du 23 mars 2020",
    "l'arrêté préfectoral du 3 mai", "la loi de 1905": ``named_text_nouns``; ``before``:
    the text before the expression): the text's name, not when the sentence happened."""
    return _named_text().search(before) is not None


@cache
def _named_text() -> re.Pattern[str]:
    """A legal text's noun, an adjective or a number perhaps, then "du" or "de", ending the
    text before a date."""
    nouns = alternation(lexicon()["named_text_nouns"])
    return re.compile(
        rf"\b(?:{nouns})(?:\s+[a-zà-ÿ-]+)?(?:\s+n[°o]\s*[\w./-]+)?\s+(?:du|de)\s+$",
        re.IGNORECASE,
    )


_RELATIVE_ROLES = ("nsubj", "nsubj:pass", "obj", "obl", "obl:mod", "obl:arg", "iobj")


def _relative_of_noun(verb: Any) -> bool:
    """A verb whose subject or complement is a relative pronoun right after a noun ("ce
    département qui a subi ...", "la lettre du ministre, dans laquelle il promettait ..."):
    a clause about that noun, however the parser attached it (an adverbial clause, a
    complement)."""
    relatives = set(lexicon()["relative_pronouns"])
    for child in verb.children:
        if child.lower_ in relatives and child.dep_ in _RELATIVE_ROLES and child.i > 0:
            before = child.nbor(-1)
            if before.pos_ == "ADP" and before.head.i == child.i and before.i > 1:
                # "le texte de la présidence, dans lequel il s'engageait ...": after its
                # preposition, and the comma closing the noun's phrase
                before = before.nbor(-1)
                if before.text == "," and before.i > 0:
                    before = before.nbor(-1)
            if _ends_noun_phrase(before):
                return True
    return False


def _ends_noun_phrase(token: Any) -> bool:
    """A noun, or an adjective of a noun ("la lettre officielle"): what a relative clause
    right after it is about."""
    return token.pos_ in ("NOUN", "PROPN") or (
        token.pos_ == "ADJ" and token.head.pos_ in ("NOUN", "PROPN")
    )


@cache
def _time_locator() -> re.Pattern[str]:
    """A preposition of time and the determiner of its noun, ending the text before it."""
    lex = lexicon()
    return re.compile(
        rf"(?:^|\s)(?:{time_locators()})\s*"
        rf"(?:(?:{alternation(lex['time_locator_links'])})\s*)?"
        rf"(?:(?:{alternation(lex['time_locator_determiners'])})\s*)?$",
        re.IGNORECASE,
    )


def _locates_in_time(noun: Any) -> bool:
    """Is ``noun``, or a noun it completes ("à l'issue d'un conseil des ministres"), the
    gathering that a preposition of time places the sentence in (``time_locators``: "lors
    d'un réquisitoire", "à l'issue d'un conseil", "pendant la séance")? A clause about it
    ("conclu mercredi", "qui s'est tenu mardi") then says when the main act took place."""
    pattern = _time_locator()
    node = noun
    for _ in range(4):
        if node.pos_ not in ("NOUN", "PROPN"):
            return False
        if pattern.search(node.doc[max(0, node.i - 6) : node.i].text + " "):
            return True
        if node.dep_ != "nmod" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _time_relative(noun: Any, pronoun: Any | None = None) -> bool:
    """Is ``noun`` a noun of time ("le moment", "l'instant", "le jour": ``time_relative_nouns``)
    that a relative clause opened by "où" completes ("Entre le moment où le maire apprend,
    mardi à 16h, l'ouverture d'une enquête et ...", "Le jour où la préfète signe, lundi,
    l'arrêté, ...")? Such a clause names no thing: it tells when the main clause happened,
    as "quand" would, and its day is the main clause's. ``pronoun``: the clause's relative
    pronoun when known, else the first one among the noun's words after it."""
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or lemma(noun).lower() not in lexicon()["time_relative_nouns"]
    ):
        return False
    if pronoun is None:
        pronoun = next((t for t in noun.doc[noun.i + 1 : noun.i + 3] if t.pos_ == "PRON"), None)
    return pronoun is not None and pronoun.lower_ == lexicon()["time_relative_pronoun"]


def of_earlier_happening_by_speaker(words: Sequence[Any]) -> bool:
    """Do ``words``, the tokens from the end of a trailing reporting clause's speaker to a
    time expression ("..., a assuré le ministre, présent lui aussi à la passation après la
    démission de X, la veille au soir"), set that expression in an apposition about the
    speaker (a comma, then an adjective or a past participle: "présent", "venu", "arrivé";
    not one of the occasion of speaking, ``speaking_occasion_lemmas``: "interrogé mardi"),
    after a preposition of what came before (``earlier_happening_prepositions``: "après",
    "malgré") and its noun ("après le départ du directeur, la veille", "malgré sa blessure
    de dimanche")? The day is that happening's, not the saying's: the speaker was there
    after it."""
    if len(words) < 4 or words[0].text != ",":
        return False
    opener = words[1]
    lex = lexicon()
    participle = opener.pos_ in ("VERB", "AUX") and "Past" in morph(opener, "Tense")
    if not (participle or opener.pos_ == "ADJ") or lemma(opener) in lex["speaking_occasion_lemmas"]:
        return False
    prepositions = set(lex["earlier_happening_prepositions"])
    return any(
        word.lower_ in prepositions
        and any(t.pos_ in ("NOUN", "PROPN") for t in words[k + 1 : k + 4])
        for k, word in enumerate(words[2:], 2)
    )


def after_earlier_act(before: Sequence[Any]) -> bool:
    """Do ``before``, the parsed tokens of a sentence up to a time expression, end on a
    complement of what came before the sentence's act (``earlier_act_prepositions``:
    "après", "malgré") whose first noun names an act (``_names_an_act``), with no verb,
    conjunction nor punctuation after the preposition and the sentence's verb before it
    ("Les dockers ont cessé le travail après le licenciement d'un collègue hier", "Les
    joueurs ont refusé de s'entraîner après l'exclusion de leur coéquipier samedi")? The
    day is that act's, not the sentence's: the sentence tells what followed it. Not a day
    before the preposition ("ont cessé le travail hier après une réunion"), nor one set off
    by a comma ("après le vote, hier, ..."), nor a complement opening the sentence before
    its verb, which sets the act's moment ("Après la décision mardi de le libérer, il est
    arrivé vers 2 heures": right after it)."""
    prepositions = set(lexicon()["earlier_act_prepositions"])
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word.lower_ in prepositions:
            nouns = [t for t in before[k + 1 :] if t.pos_ == "NOUN"]
            told = any(t.pos_ in ("VERB", "AUX") for t in before[:k])
            return told and bool(nouns) and _names_an_act(lemma(nouns[0]).lower())
        if word.is_punct or word.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON"):
            return False
    return False


def _in_background_clause(tokens: Sequence[Any]) -> bool:
    """Does the time expression (its parsed ``tokens``) lie in a clause opened by a
    conjunction of condition (``condition_conjunctions``: "même si la croissance devait
    être nulle au quatrième trimestre,") or, after a verb, of contrast
    (``contrast_conjunctions``: "..., alors que les départements avaient été placés en
    alerte rouge une bonne partie du week-end")? What such a clause sets against the main
    clause never dates it. The clause runs from the comma before it (or
    the sentence's start): read from the words, as the parser often takes it for a
    sentence of its own."""
    first = tokens[0]
    doc = first.doc
    start = first.i
    while start > 0 and doc[start - 1].text not in (",", ";", ":", "(", "«", '"', ".", "!", "?"):
        start -= 1
    words = " ".join(t.lower_ for t in doc[start : first.i]) + " "
    lex = lexicon()
    if any(words.startswith(c + " ") for c in lex["condition_conjunctions"]):
        return True
    # "alors que" after a main clause sets something against it; opening the sentence,
    # it tells when ("Alors qu'il rentrait chez lui le 11 août au soir, un homme a été
    # agressé"), unless it tells a happening of its own, in the past ("Alors que les
    # plaidoiries se sont achevées ce vendredi 13 décembre, les accusés avaient la parole
    # ce lundi": what came before, set against the main clause)
    if not any(words.startswith(c + " ") for c in lex["contrast_conjunctions"]):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[:start]):
        return True
    end = next((t.i for t in doc[first.i :] if t.text == ","), len(doc))
    return tense_of(list(doc[start:end])) in lex["past_tenses"]


def _in_infinitive_clause(tokens: Sequence[Any]) -> bool:
    """Does the time expression (its parsed ``tokens``) lie in a clause that a preposition
    opens before an infinitive (``infinitive_clause_prepositions``: "Après avoir échoué au
    cours du week-end à trouver des fonds, le voyagiste a fait faillite lundi", "Le club a
    limogé son entraîneur, après avoir concédé dimanche une défaite")? It tells an act done
    before the main one, and its day never dates the sentence. Read from the words, back
    from the expression to the punctuation before it (the parser often makes the infinitive
    the main verb): the preposition, at most two words (pronouns: "après s'être", "après
    l'avoir") before the infinitive, and no finite verb between it and the expression."""
    first = tokens[0]
    doc = first.doc
    openers = set(lexicon()["infinitive_clause_prepositions"])
    k = first.i - 1
    while k >= 0 and doc[k].text not in (",", ";", ":", "(", "«", '"', ".", "!", "?"):
        token = doc[k]
        if is_finite(token):
            return False  # a finite verb nearer: the expression is in its clause
        if token.lower_ in openers and token.pos_ == "ADP":
            after = doc[k + 1 : min(k + 4, first.i)]
            return any("Inf" in morph(t, "VerbForm") for t in after)
        k -= 1
    return False


def _main_clause_in_past(first: Any) -> bool:
    """Is the main clause of the sentence whose relative clause holds token ``first`` told
    in a past tense? Its verb is the finite one right after the comma closing the relative
    clause ("Le président, qui avait été élu en mai, a démissionné mardi"), else the
    parse's main verb; when neither is found, it is taken as told in the past."""
    doc = first.doc
    end = next((t.i for t in doc[first.i :] if t.text == ","), len(doc))
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k < len(doc) and finite_verb(doc[k]):
        main = [doc[k]]
        while k + 1 < len(doc) and doc[k + 1].pos_ in ("AUX", "VERB", "ADV"):
            k += 1
            if doc[k].pos_ != "ADV":
                main.append(doc[k])
    else:
        root = first.sent.root
        if root.pos_ not in ("VERB", "AUX"):
            return True
        main = sorted(
            [root, *(c for c in root.children if c.dep_.startswith("aux"))], key=lambda t: t.i
        )
    return tense_of(main) in lexicon()["past_tenses"]


def _in_relative_after_noun(tokens: Sequence[Any]) -> bool:
    """Does the time expression (its parsed ``tokens``) lie in a relative clause that a
    comma sets after a noun ("..., en Estrie, où un train est sorti de ses rails dans la
    nuit de vendredi à samedi, ...", "Le président, qui avait été élu en mai, a démissionné
    mardi")? What it dates is that noun's, never the sentence's. Read from the words, from
    the comma before the expression: the parser often takes such a clause's verb for a
    main verb joined to the first. Not a clause in the present, a state going on that sets
    the scene ("une coalition, qui procède depuis plus d'un an à des frappes"), nor the
    clause of a cleft, which tells the news ("C'est un incendie ..., qui a provoqué
    l'explosion de mardi": ``cleft_openings``), nor one after a main clause not told in the
    past ("Les deux hommes, qui ont été arrêtés dimanche, sont soupçonnés de ...")."""
    first = tokens[0]
    doc = first.doc
    start = first.i
    while start > 0 and doc[start - 1].text not in (",", ";", ":", "(", "«", '"', ".", "!", "?"):
        start -= 1
    if start < 2 or doc[start - 1].text != "," or start == first.i:
        return False
    before = doc[start - 2]
    lex = lexicon()
    if doc[start].lower_ not in lex["relative_pronouns"] or not _ends_noun_phrase(before):
        return False
    opening = first.sent.text.lower().replace("\u2019", "'")
    if any(opening.startswith(c + " ") for c in lex["cleft_openings"]):
        return False
    if not _main_clause_in_past(first):
        return False  # a main clause telling a state ("sont soupçonnés"): the act is the news
    return not any(
        t.pos_ == "VERB" and is_finite(t) and "Pres" in morph(t, "Tense")
        for t in doc[start : first.i]
    )


#: what closes the stretch of words a clause is read in, back from a time expression
_STRETCH_ENDS = (",", ";", ":", "(", "«", '"', ".", "!", "?")


def _relative_pronoun(token: Any) -> bool:
    """A relative pronoun (``relative_pronouns``, tagged a pronoun: not the "que" that opens
    a completive, "a annoncé que ...")."""
    return token.lower_ in lexicon()["relative_pronouns"] and token.pos_ == "PRON"


def _relative_opens_after_noun(doc: Any, k: int) -> bool:
    """Does the relative pronoun at ``k`` follow the noun phrase it is about ("le séisme
    qui", "la mission que"), or a relative clause it is joined to ("les victimes qui ont
    ... et qui")?"""
    if k == 0:
        return False
    before = doc[k - 1]
    if before.pos_ == "CCONJ":
        return any(_relative_pronoun(t) for t in doc[before.sent.start : before.i])
    return _ends_noun_phrase(before)


def _cleft_before(doc: Any, k: int) -> bool:
    """Is the relative pronoun at ``k`` that of a cleft, or joined to one ("C'est un
    réquisitoire qui a débuté lundi", "Au procès, c'est un réquisitoire qui a débuté lundi
    et qui pourrait durer trois jours": ``cleft_openings`` opening a stretch of words
    before it)?"""
    openings = tuple(c + " " for c in lexicon()["cleft_openings"])
    start = 0
    for n in range(k + 1):
        if doc[n].text in _STRETCH_ENDS or n == 0:
            start = n if n == 0 else n + 1
            said = doc[start : k + 1].text.lower().replace("\u2019", "'").lstrip(' -–—"«')
            if said.startswith(openings):
                return True
    return False


def in_restrictive_relative(tokens: Sequence[Any]) -> bool:
    """Does the time expression (its parsed ``tokens``) lie in a relative clause that
    follows its noun with no comma ("le séisme qui a frappé le sud vendredi", "les victimes
    qui ont la chance d'être parmi nous aujourd'hui"), or in a time incise that interrupts
    one ("du séisme qui a ébranlé, vendredi, le sud-est du pays")? What it dates is that
    noun's, never the sentence's act (``events.extract`` keeps the days of such clauses
    that are the story's). Read from the words (the parser often hangs the day elsewhere,
    or takes a fronted noun for the main predicate): back from the expression to
    the relative pronoun, within its stretch of words, with the relative's verb alone
    between them (a second finite verb is the main clause's, resumed: "L'homme qui a été
    arrêté a avoué mardi"). Not the clause of a cleft, which tells the news ("C'est le
    maire qui a annoncé mardi ..."), nor one after a main clause not told in the past (the
    act is the news: "Les hommes qui ont été arrêtés dimanche sont soupçonnés de ...")."""
    if not tokens:
        return False
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    k = first.i - 1
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if k > 0 and doc[k].text == "," and after is not None and after.text == ",":
        # an incise between the relative's verb and its object ("qui a ébranlé, vendredi,
        # le sud-est"), not before the main clause's verb
        resumed = doc[last.i + 2] if last.i + 2 < len(doc) else None
        if doc[k - 1].pos_ not in ("VERB", "AUX") or (resumed is not None and is_finite(resumed)):
            return False
        k -= 1
    finite = 0
    joined: int | None = None  # a conjunction before an infinitive, between the two
    while k >= 0 and doc[k].text not in _STRETCH_ENDS:
        token = doc[k]
        if finite_verb(token):
            finite += 1
        if token.pos_ == "CCONJ" and _infinitive(doc[k + 1]):
            joined = k
        if _relative_pronoun(token):
            verb = token.head  # the relative's verb: after it, before the expression
            if not (k < verb.i < first.i and verb.pos_ in ("VERB", "AUX")) or finite > 1:
                return False  # "Huit personnes dont un mineur ont été arrêtées samedi"
            if joined is not None and not any(_infinitive(t) for t in doc[k + 1 : joined]):
                # "a confirmé avoir quitté la résidence où il était assigné et avoir
                # rejoint Beyrouth dans la nuit": an infinitive after "et" goes on with one
                # before the relative, which holds none: the relative has ended
                return False
            if (
                not _relative_opens_after_noun(doc, k)
                or _locates_in_time(doc[k - 1])
                or _time_relative(doc[k - 1], token)
            ):
                return False  # "à l'issue d'un comité qui s'est tenu jeudi": when it was done
            if _cleft_before(doc, k):
                return False
            return _main_clause_in_past(first)
        k -= 1
    return False


def in_earlier_relative(tokens: Sequence[Any]) -> bool:
    """Does the time expression (its parsed ``tokens``) lie in a relative clause set off by a
    comma and told in the pluperfect ("L'appareil s'est posé à l'aéroport Al-Batten, d'où
    il avait décollé le 9 mars 2015"): the day of what was done before the act the main
    clause tells, never that act's (the caller checks the main clause's tense)? Read from
    the words, back from the expression to the relative pronoun within its stretch, the
    comma right before it (a preposition between: "d'où", "dans lequel"), and one finite
    verb between them, the auxiliary of a pluperfect."""
    if not tokens:
        return False
    first = tokens[0]
    doc = first.doc
    k = first.i - 1
    finite = []
    while k >= 0 and doc[k].text not in _STRETCH_ENDS:
        token = doc[k]
        if finite_verb(token):
            finite.append(token)
        if _relative_pronoun(token):
            opening = k - 1 if k and doc[k - 1].pos_ == "ADP" else k
            if opening == 0 or doc[opening - 1].text != "," or len(finite) != 1:
                return False
            return (
                finite[0].pos_ == "AUX"
                and "Imp" in morph(finite[0], "Tense")
                and "Part" in morph(doc[finite[0].i + 1], "VerbForm")
            )
        k -= 1
    return False


def _infinitive(token: Any) -> bool:
    """A verb or auxiliary in the infinitive ("avoir rejoint", "rejoindre")."""
    return bool(token.pos_ in ("VERB", "AUX") and "Inf" in morph(token, "VerbForm"))


def completed_since(tokens: Sequence[Any], timex: Timex) -> bool:
    """A day that opens a period (``starts_period``) governed by a past participle with an
    auxiliary in the present, active or passive ("Quatre ministres ont démissionné depuis
    dimanche", "la ville est bouclée depuis dimanche"): what was done, or began, on that
    day, rather than the day a noun of the sentence names ("après l'explosion du 4 août")."""
    if not tokens or not starts_period(timex) or timex.precision != "day":
        return False
    top = expression_top(tokens)
    verb = top.head
    if verb.i == top.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Past" not in morph(verb, "Tense") or "Part" not in morph(verb, "VerbForm"):
        return False
    return any(
        c.dep_.startswith("aux") and "Pres" in morph(c, "Tense") and is_finite(c)
        for c in verb.children
    )


def counts_over(
    tokens: Sequence[Any], timex: Timex, ranged: bool, relayed: bool, dated: Collection[int]
) -> bool:
    """Is the time expression whose parsed tokens are ``tokens`` the period a count is
    about ("Cinq cas ont été recensés au cours de la semaine du 8 au 14 janvier, a annoncé
    vendredi l'agence", "aucun cas n'a été relevé au cours des quinze premiers jours de
    l'année")? A count over a period is told when it is given (its reporting clause's day,
    or the narration's), not on the period's first day: the expression is a period (more
    than a day, or one end of a range of days: ``ranged``), the verb that governs it
    records a count (``counting_lemmas``), or the sentence relays a source (``relayed``)
    and the period is a range ("Aucun certificat n'a été adressé entre le 8 et le 14
    janvier, a précisé l'agence"),
    and the sentence counts: a cardinal or a determiner of none (``none_determiners``)
    outside its time expressions (``dated``: their tokens' indices). Not a simple
    imperfect: a stock as it stood then ("l'opérateur recensait 3,4 millions d'inscrits fin
    septembre"), not a count of what was recorded over the period."""
    if not tokens or timex.span is None:
        return False
    if timex.span[0] == timex.span[1] and not ranged:
        return False
    lex = lexicon()
    node = expression_top(tokens)
    while node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    if node.pos_ != "VERB" or (
        lemma(node) not in lex["counting_lemmas"] and not (relayed and ranged)
    ):
        return False
    if "Imp" in morph(node, "Tense") and is_finite(node):
        return False  # "l'opérateur recensait 3,4 millions d'inscrits fin septembre": a stock
    nones = set(lex["none_determiners"])
    return any(
        t.i not in dated
        and (
            (t.dep_ == "nummod" and t.pos_ == "NUM")
            or (t.dep_ == "det" and (re.findall(r"\w+", t.lower_) or [""])[-1] in nones)
        )
        for t in tokens[0].sent
    )


def _noun_participle(node: Any) -> bool:
    """Is ``node`` a past participle that modifies a noun, with no auxiliary or a
    participle's ("ayant", "étant"): "l'explosion survenue hier", "le communiqué de la
    présidence ayant annoncé lundi la démission", parsed as a clause about the noun or as
    a complement right after it? Not one that places the act in time ("lors d'un
    réquisitoire conclu mercredi") or sets its scene ("réunis dimanche à Abuja")."""
    if "Part" not in morph(node, "VerbForm") or "Past" not in morph(node, "Tense"):
        return False
    auxiliaries = [c for c in node.children if c.dep_.startswith("aux")]
    if any(
        "Part" not in morph(a, "VerbForm") or "Pres" not in morph(a, "Tense") for a in auxiliaries
    ):
        # a finite clause ("qui a débuté ce lundi": clause_rank reads it) or a compound
        # past ("a une nouvelle fois été convoqué mardi", whatever the parser made of it)
        return False
    opening = min([node, *auxiliaries], key=lambda t: t.i)
    if opening.i == opening.sent.start:
        return False
    about_noun = node.dep_ in (*_NOUN_CLAUSES, "amod") or (
        node.dep_ in ("xcomp", "advcl") and opening.nbor(-1).pos_ in ("NOUN", "PROPN", "ADJ")
    )
    return (
        about_noun
        and not any(c.dep_ == "nsubj" for c in node.children)
        and not _locates_in_time(node.head)
        and not _sets_the_scene(node)
    )


def _dates_statement_vehicle(node: Any) -> bool:
    """Is ``node`` a past participle dating the vehicle of the sentence's statement ("Dans
    un communiqué publié hier, le ministère a annoncé ...", "Dans une interview accordée
    dimanche à une radio, elle a fait savoir que ...")? The communiqué, letter or interview
    is how the statement was made, so the day it was issued is the statement's: the
    participle's noun is a vehicle of speech (``statement_vehicle_nouns``) brought in by a
    preposition of means (``statement_vehicle_prepositions``) as a complement of the main
    verb, and that verb is one of saying (``speech_lemmas``, ``address_lemmas``, or an
    infinitive of making known after its causative: ``made_known``, "fait savoir"). Not a
    statement about another's text ("X a dénoncé la lettre envoyée lundi par Y")."""
    if "Part" not in morph(node, "VerbForm") or node.dep_ not in (*_NOUN_CLAUSES, "amod"):
        return False
    lex = lexicon()
    noun, root = node.head, node.sent.root
    if lemma(noun).lower() not in lex["statement_vehicle_nouns"] or noun.head.i != root.i:
        return False
    if not any(
        c.dep_ == "case" and c.lower_ in lex["statement_vehicle_prepositions"]
        for c in noun.children
    ):
        return False
    saying = {*lex["speech_lemmas"], *lex["address_lemmas"]}
    made_known = lex["made_known"]
    if lemma(root) in saying:
        return True
    # "a fait savoir": parsed with either verb as the root, the other its child
    pair = {lemma(root), *(lemma(c) for c in root.children if c.dep_ in ("xcomp", "dep"))}
    return made_known["causative"] in pair and bool(pair & set(made_known["infinitives"]))


def _participle_read_as_noun(node: Any) -> bool:
    """Is ``node`` a past participle the tagger read as a bare noun ("PARIS - Nommé mardi
    Premier ministre, X poursuit ...", "d'après des résultats - plus de 90% des bulletins
    dépouillés - diffusés lundi à 0h30 par le ministère")? A noun tagged so with no
    determiner nor preposition of its own, set apart (opening the sentence, or after a
    punctuation mark), whose form is a known verb's participle (``participle_infinitives``,
    ``nlp.verb_of_participle``): a participle about the subject or a noun before it, like
    those ``_detached_participle`` and ``_noun_participle`` read; its day is not the act's."""
    if node.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "case") for c in node.children):
        return False
    previous = node.nbor(-1) if node.i > 0 else None
    if previous is not None and previous.pos_ != "PUNCT":
        return False
    return verb_of_participle(node.lower_, lexicon()["participle_infinitives"]) != ""


def _under_participle_read_as_noun(top: Any) -> bool:
    """Does the time expression whose head is ``top`` complete a participle right before
    it that the tagger read as a noun (``_participle_read_as_noun``: "Nommé mardi", "-
    diffusés lundi à 0h30"; not a bare noun the sentence hangs from, "Marché de Noël : la
    mairie a annoncé mardi ...")?"""
    node = top.head
    return node.i != top.i and node.i < top.i and _participle_read_as_noun(node)


def _after_noun_participle(first: Any) -> bool:
    """Does the time expression starting at token ``first`` follow such a participle
    (``_noun_participle``), with only adverbs between ("survenue tôt hier")? The day is the
    participle's however the parser attached it (often to the main verb)."""
    node = first.nbor(-1) if first.i > first.sent.start else None
    for _ in range(3):
        if node is None or node.pos_ != "ADV":
            break
        node = node.nbor(-1) if node.i > node.sent.start else None
    return node is not None and _noun_participle(node) and not _dates_statement_vehicle(node)


def _named_by_aftermath(node: Any, top: Any, aftermath: Collection[str]) -> bool:
    """Is ``node``, on the way up from the time expression's head ``top``, in the
    complement of a noun of what follows a happening (``aftermath_nouns``: "Le bilan de
    l'effondrement du pont mardi s'élève à 38 morts", "L'hommage aux victimes de l'attaque
    de vendredi"): the day of the happening, not of the toll or the tribute; their own day
    ("Le bilan de mardi") still dates them?"""
    return node.dep_ == "nmod" and node is not top and lemma(node.head).lower() in aftermath


def clause_rank(tokens: Sequence[Any]) -> int | None:
    """How directly the main predicate of a parsed sentence governs the time expression
    whose tokens are ``tokens`` (spaCy tokens of the sentence's parse): 0 directly, 1
    through a noun or an adverbial clause, None when the expression lies in a clause that
    modifies a noun, is part of a name ("le prix Goncourt 2021"), in a clause of contrast
    or condition ("alors que ...", "même si ..."), after a participle about a noun
    ("l'explosion survenue tôt hier"), in what a toll or another aftermath is of
    (``aftermath_nouns``: "Le bilan de l'effondrement du pont mardi s'élève à 38 morts",
    given later) or in what the act is done for or before (``_completes_goal``: "En
    campagne pour les élections de dimanche, X parlait"): it never dates the sentence."""
    if not tokens:
        return 0
    top = expression_top(tokens)
    if (
        _names_edition(tokens, top)
        or _in_apposed_participle(tokens)
        or _in_background_clause(tokens)
        or _in_relative_after_noun(tokens)
        or _in_infinitive_clause(tokens)
        or _of_demonstrative(top)
    ):
        return None
    rank = 1 if top.dep_ in _INDIRECT else 0
    if _completes_goal(top):
        return None  # "En campagne pour les élections de dimanche, X parlait ..."
    if _under_participle_read_as_noun(top):
        return None  # "Nommé mardi Premier ministre, X poursuit ...": read as a noun
    if _told_in_account(top):
        return None  # "ont raconté être partis samedi matin": the act they tell of
    if top.sent.root.pos_ not in ("VERB", "AUX"):
        return rank  # no verbal main predicate found: the parse cannot tell clauses apart
    if _after_noun_participle(tokens[0]):
        return None
    relatives = set(lexicon()["relative_pronouns"])
    aftermath = set(lexicon()["aftermath_nouns"])
    node = top
    below: Any | None = None  # the node the walk came from
    while node.head.i != node.i:
        if _named_by_aftermath(node, top, aftermath):
            return None
        if _sets_the_scene(node):
            rank = 1  # "Les dirigeants, réunis dimanche à Abuja, ont exigé ..."
        elif _gerund(node) and below is not None and _present_infinitive(below):
            # "..., ajoute-t-il, en promettant de parler aux médias dès la semaine
            # prochaine": what the act done so says is to come, not when it was done
            return None
        elif _gerund(node):
            rank = 1  # "..., en dominant la Croatie 4-2, dimanche 15 juillet": how it was done
        elif _dates_statement_vehicle(node):
            rank = 1  # "Dans un communiqué publié hier, X a annoncé ...": the statement's day
        elif node.dep_ in _NOUN_CLAUSES and (
            _locates_in_time(node.head) or _time_relative(node.head)
        ):
            rank = 1  # "lors d'un réquisitoire conclu mercredi": when the act took place
            below, node = node, node.head
            continue
        elif (
            node.dep_ in _NOUN_CLAUSES
            or _detached_participle(node)
            or _noun_participle(node)
            or _of_the_presented(node)
        ):
            return None
        opening = node.left_edge
        if (
            node.pos_ in ("VERB", "AUX")
            and opening.lower_ in relatives
            and opening.i > 0
            and opening.nbor(-1).text == ","
        ):
            return None  # ", qu'il qualifie de dures en septembre": parsed as a complement
        if node.pos_ in ("VERB", "AUX") and node.head.i != node.i and _relative_of_noun(node):
            return None  # "ce département qui a subi des dégâts les 10 et 11 octobre"
        if node.dep_ == "conj" and _future_in_past(node):
            return None  # "a quitté Rio dimanche et devait arriver lundi": the plan's day
        if node.dep_ in _INDIRECT:
            rank = 1
        below, node = node, node.head
    return rank


def _completes_goal(top: Any) -> bool:
    """Does the time expression whose head is ``top`` complete a noun that a preposition of
    purpose or of what comes first brings in (``goal_prepositions``: "En campagne pour les
    élections de dimanche, X parlait ... lorsqu'un homme a ouvert le feu", "s'est blessé
    avant le match de dimanche")? The day is that of what the act is done for or before,
    not the act's."""
    noun = top.head
    if top.dep_ != "nmod" or noun.i == top.i or noun.pos_ != "NOUN":
        return False
    goal = set(lexicon()["goal_prepositions"])
    return any(c.dep_ == "case" and c.lower_ in goal for c in noun.children)


def _present_infinitive(node: Any) -> bool:
    """An infinitive with no auxiliary, the complement of the verb it hangs from ("en
    promettant de parler", "en annonçant vouloir revenir"; not "en affirmant avoir vu":
    what is told done)."""
    return (
        _infinitive(node)
        and node.dep_ in ("xcomp", "ccomp", "obj")
        and not any(c.dep_.startswith("aux") for c in node.children)
    )


def _told_in_account(top: Any) -> bool:
    """Is the time expression whose head is ``top`` in a past infinitive that the act of a
    subject governs ("Il a rappelé avoir signé le 3 octobre l'arrêté", "reconnaît avoir dû
    fermer le 2 mai l'usine", "Elle a témoigné avoir vu l'homme lundi soir")? The past
    infinitive (the infinitive of "avoir" and a participle) tells an act done before the
    active verb governing it, whatever that verb: the day is that act's, not the telling's,
    the news the sentence reports (said the day it is told). Not under a passive ("Il est
    soupçonné d'avoir poignardé son voisin dans la nuit": the act itself, alleged), nor a
    passive infinitive ("doit être pratiquée dès aujourd'hui"); "être" before a participle,
    which the parser cannot tell from the passive, only under a verb of telling one's story
    (``account_lemmas``: "Les deux randonneurs ont raconté être partis samedi matin du
    col"). Read up the heads whatever the parser made the sentence's root."""
    node = top
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.dep_ == "xcomp" and "Inf" in morph(node, "VerbForm"):
            continue  # "être allés se coucher vendredi soir": up to the past infinitive
        if node.dep_ != "xcomp" or "Part" not in morph(node, "VerbForm"):
            return False  # the first verb up is not a past infinitive governed so
        governing = node.head
        if not _verb_of_subject(governing) or _passive(governing):
            return False  # "L'homme soupçonné d'avoir poignardé ...": no one's telling
        infinitives = [c for c in node.children if "Inf" in morph(c, "VerbForm")]
        if any(c.dep_ == "aux:tense" for c in infinitives):
            return True  # "avoir signé", "avoir dû signer"
        # "être" may be parsed as the copula of the participle ("être partis")
        return any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in infinitives) and (
            lemma(governing) in lexicon()["account_lemmas"]
        )
    return False


def _verb_of_subject(verb: Any) -> bool:
    """Is ``verb`` (a parsed token) a finite verb or a compound tense's participle ("a
    rappelé", "reconnaît"), not a participle about a noun ("les frères soupçonnés de")?"""
    return verb.pos_ in ("VERB", "AUX") and (
        is_finite(verb) or any(c.dep_ == "aux:tense" for c in verb.children)
    )


def _passive(verb: Any) -> bool:
    """Is ``verb`` (a parsed token) in the passive ("est soupçonné", "a été accusé")?"""
    return "Pass" in morph(verb, "Voice") or any(c.dep_ == "aux:pass" for c in verb.children)


def _future_in_past(verb: Any) -> bool:
    """The imperfect of a verb of what is to come before an infinitive ("devait arriver",
    "allait être jugé": ``future_in_past_lemmas``): a plan told as it stood then."""
    return (
        lemma(verb) in lexicon()["future_in_past_lemmas"]
        and "Imp" in morph(verb, "Tense")
        and any("Inf" in morph(c, "VerbForm") for c in verb.children if c.dep_ == "xcomp")
    )


def modal_governs(tokens: Sequence[Any]) -> bool:
    """Is the time expression whose parsed tokens are ``tokens`` governed by a modal verb of
    possibility or obligation (``modal_dates``: "pourraient se retrouver en prison dès ce
    soir", "devra être lu mercredi soir"), not by what happens or is scheduled ("doit rendre
    son verdict ce mercredi")?"""
    if not tokens:
        return False
    modals = lexicon()["modal_dates"]
    node = expression_top(tokens)
    for _ in range(12):  # up the heads to the first finite verb
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        verbs = [node, *(c for c in node.children if c.dep_.startswith("aux"))]
        finite = next((v for v in verbs if is_finite(v)), None)
        for verb in verbs:
            tenses = modals.get(lemma(verb))
            if tenses is not None and finite is not None:
                return tense_of([finite]) in tenses
        if finite is not None:
            return False
    return False


def forecast_governs(tokens: Sequence[Any]) -> bool:
    """Is the time expression whose parsed tokens are ``tokens`` the day of what is forecast:
    governed by a modal verb of possibility or likelihood in the present conditional
    (``modal_lemmas``), up through the infinitive or the attribute it governs ("les cours
    pourraient reprendre lundi", "mercredi, il ne devrait plus y avoir de retards",
    "l'usine devrait être opérationnelle dès mardi"), or by a verb in the future in an
    adverbial clause ("lorsque les habitants reprendront le travail lundi": what is to come
    when it comes)? Said by someone, such a day is what the words are about, not the day
    they were said. Not the conditional of another verb, the future of a past telling ("on
    apprenait que le site serait à l'arrêt ce lundi": the act relayed, on its day), nor the
    past conditional (an act alleged: "il serait passé aux aveux mardi"), nor a future of a
    clause of what is said ("a annoncé que la ligne rouvrira mercredi"), nor a participle's
    day ("La grève lancée lundi pourrait durer": the participle's own act)."""
    if not tokens:
        return False
    node = _fronted_before(tokens) or expression_top(tokens)
    for _ in range(12):  # up the heads to the first finite verb
        if node.head.i == node.i:
            return False
        node = node.head
        group = sorted(
            [node, *(c for c in node.children if c.dep_.startswith("aux") or c.dep_ == "cop")],
            key=lambda t: t.i,
        )
        if not any(t.pos_ in ("VERB", "AUX") for t in group):
            continue  # a noun the day hangs on: up to its verb
        if not any(is_finite(t) for t in group):
            if node.dep_ == "xcomp":
                continue  # "pourraient reprendre", "devrait être opérationnelle"
            return False  # a participle or an infinitive of its own
        tense = tense_of(group)
        if tense == "conditional":
            return any(lemma(t) in lexicon()["modal_lemmas"] for t in group)
        return tense == "future" and node.dep_ == "advcl"
    return False


def _fronted_before(tokens: Sequence[Any]) -> Any | None:
    """The subject of the clause a time expression is set before, between commas ("et
    logiquement, mardi, il ne devrait plus y avoir de retards": "il"), which the parser may
    hang elsewhere (a conjunct of the noun before it); None when the expression is not so
    set off."""
    last = tokens[-1]
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    if tokens[0].i > 0 and doc[tokens[0].i - 1].text != ",":
        return None
    subject = doc[last.i + 2]
    if subject.dep_.startswith(("nsubj", "expl")) and subject.head.pos_ in ("VERB", "AUX"):
        return subject
    return None


def awaited(sentence: Sentence) -> bool:
    """Is ``sentence`` an expectation, told in no past tense out of quote marks: what is
    awaited or feared on the day it names ("À dix noeuds, le bateau est attendu ce samedi à
    Valence", "De nouvelles averses sont redoutées dimanche": ``expectation_cues``)? Its day
    is when something may come, not the time of the story: the narration does not go on
    from it (what it schedules or forecasts is the kinds' to say)."""
    if sentence.quote or (sentence.content_tense or sentence.tense) in lexicon()["past_tenses"]:
        return False
    return regex_cues("expectation_cues").search(normalize(sentence.text)) is not None


def attributed(text: str) -> bool:
    """Does ``text`` attribute what it says to a source ("..., selon les syndicats",
    "D'après le maire, ...")?"""
    return _attribution().search(text) is not None


def choose_timex(
    timexes: list[Timex],
    candidates: list[int],
    report: tuple[int, int] | None,
    ranks: Mapping[int, int | None] | None = None,
    completed: Collection[int] = (),
) -> int | None:
    """Index of the expression that dates a sentence, among ``candidates`` (indices).

    Expressions in a clause modifying a noun never date it (``ranks[i]`` None, see
    ``clause_rank``). Expressions in what was reported beat those of the reporting clause
    ("convoqué mardi ..., a indiqué mercredi un du ministère" is dated by "mardi"); a length
    of no given count dates nothing ("dans les prochains jours": ``is_open_length``); a
    dated span beats a vague one; a clock time in the small hours of a night told with it
    beats the night ("dans la nuit, à 4h19 du matin": ``in_small_hours``); in a sentence
    reporting nobody's words, a day or period beats the start of a period going on
    ("L'annonce survenue lundi matin augure d'une sortie de crise après cet incident qui
    occasionne depuis mardi des pertes": ``starts_period``; what a statement speaks of may
    be such a period: "Depuis le 30 septembre jusqu'à ce jour, les frappes ont touché 112
    cibles, a déclaré ..."); one governed by the main predicate beats
    one hanging from a noun or an adverbial clause; otherwise the first. A day from which
    acts were done (``completed``, see ``completed_since``: "ont démissionné depuis
    dimanche") is a day like another.
    """
    ranks = ranks or {}
    usable = [
        i
        for i in candidates
        if has_span(timexes[i])
        and not is_open_length(timexes[i])
        and (i not in ranks or ranks[i] is not None)
    ]
    if report is not None:
        # a statement is not dated by a vague "ces derniers jours" of what it mentions
        usable = [i for i in usable if not is_vague(timexes[i])]
    if not usable:
        return None

    def in_report(i: int) -> bool:
        return report is not None and report[0] <= timexes[i].start < report[1]

    def hour_told(i: int) -> bool:
        return any(in_small_hours(timexes[i], timexes[j]) for j in usable)

    return min(
        usable,
        key=lambda i: (
            in_report(i),
            is_vague(timexes[i]),
            hour_told(i),
            report is None and starts_period(timexes[i]) and i not in completed,
            ranks.get(i) or 0,
            timexes[i].start,
        ),
    )


#: a clock time's day and hour ("2021-08-02T01:03")
_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}")
SMALL_HOURS_END = 6  # a clock time before this hour is in the small hours of the night before


def in_small_hours(night: Timex, clock: Timex) -> bool:
    """Is ``clock`` a moment in the small hours of ``night`` ("dans la nuit, à 4h19 du
    matin": the night begun on the 27th, 4h19 on the 28th)? The moment is what the sentence
    tells, on the day it falls on: a night is dated by the day it begins, its small hours
    by the next."""
    m = _CLOCK.match(clock.value)
    if m is None or not night.value.endswith(NIGHT) or clock.span is None or night.span is None:
        return False
    after = dt.date.fromisoformat(night.span[0]) + dt.timedelta(days=1)
    return m[1] == after.isoformat() and int(m[2]) < SMALL_HOURS_END


def report_timex(
    timexes: list[Timex],
    candidates: list[int],
    report: tuple[int, int] | None,
    ranks: Mapping[int, int | None] | None = None,
) -> int | None:
    """Index of the expression of the reporting clause that says when a statement was
    made ("a déclaré mercredi que ...", "Plus tôt dans la journée, X avait assuré que ..."):
    the first one naming a day, or None. A year names no moment of saying: it is an
    edition's name more often than not ("s'est réjoui le directeur des cérémonies de Paris
    2024")."""
    if report is None:
        return None
    inside = [
        i
        for i in candidates
        if report[0] <= timexes[i].start < report[1]
        and has_span(timexes[i])
        and not is_vague(timexes[i])
        and timexes[i].type != "DURATION"
        and timexes[i].precision not in lexicon()["context_comparison_precisions"]
        and (ranks is None or i not in ranks or ranks[i] is not None)
    ]
    return inside[0] if inside else None


@cache
def _attribution_tail() -> re.Pattern[str]:
    """An attribution ("selon", "d'après": ``attribution_openings``) and the words after it
    up to the end of the text, with no punctuation between."""
    return re.compile(
        rf"(?:^|\W)(?:{alternation(lexicon()['attribution_openings'])})\s[^,;:«»\"()]*$",
        re.IGNORECASE,
    )


def attribution_timex(
    text: str, start: int, timexes: list[Timex], candidates: list[int]
) -> int | None:
    """Index of the day on which the source a sentence is attributed to gave it ("L'explosion
    a fait 135 morts, selon un nouveau bilan fourni mercredi par le ministre", "d'après un
    décompte publié lundi"): a day (``is_strong``) said after "selon" or "d'après" with no
    punctuation between, not a legal text's name ("selon lui par la loi du 1er février",
    ``names_a_text``), nor one after the sentence's own verb resumed (``_verb_resumed``:
    "50 000 manifestants selon les syndicats sont arrivés vers 12h30"); ``text`` is the
    sentence, ``start`` its offset. None if none."""
    tail = _attribution_tail()
    for i in candidates:
        timex = timexes[i]
        before = text[: timex.start - start]
        if (
            is_strong(timex)
            and not starts_period(timex)
            and (found := tail.search(before)) is not None
            and not names_a_text(before)
            and not _verb_resumed(found.group())
        ):
            return i
    return None


def _verb_resumed(tail: str) -> bool:
    """Does the sentence's own verb come back in ``tail`` (an attribution and the words
    after it up to a day), after the attribution set inside the subject ("50 000
    manifestants selon les syndicats sont arrivés vers 12h30": ``attribution_resumed_by``,
    not after a relative pronoun: "selon un bilan qui a été publié mardi")? The day is then
    the act's, not the one the source gave its figure on."""
    lex = lexicon()
    words = tail.lower().replace("’", "'").replace("s' ", "s'").split()
    resumed = set(lex["attribution_resumed_by"])
    relatives = set(lex["relative_pronouns"])
    joined = [" ".join(words[k : k + 2]) for k in range(len(words))]
    return any(
        (w in resumed or pair in resumed) and (k == 0 or words[k - 1] not in relatives)
        for k, (w, pair) in enumerate(zip(words, joined, strict=True))
    )


def spans_overlap(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> bool:
    """Do two (start, end, open_start) spans share a day? An open start reaches back."""
    a_start = "0000-01-01" if a[2] else a[0]
    b_start = "0000-01-01" if b[2] else b[0]
    return a_start <= b[1] and b_start <= a[1]


def speech_beside_future(tokens: Sequence[Any]) -> tuple[str, str] | None:
    """A verb of speech in the present or the past coordinated with a main verb in the
    future that it shares its subject with ("Il signera demain l'arrêté, et déclare avoir
    demandé une enquête", "Le préfet rouvrira jeudi la route et a promis une aide"): the
    sentence is the speaker's statement of the day it is told, the future act what it
    announces. Its lemma and tense (``speech_lemmas``, ``tense_of``), or None."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    if tense_of([*(c for c in root.children if c.dep_.startswith("aux")), root]) != "future":
        return None
    speech = lexicon()["speech_lemmas"]
    for verb in root.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or lemma(verb) not in speech:
            continue
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            continue  # another subject: another speaker's words
        group = sorted(
            [*(c for c in verb.children if c.dep_.startswith("aux")), verb], key=lambda t: t.i
        )
        tense = tense_of(group)
        if tense in ("present", "past"):
            return lemma(verb), tense
    return None
