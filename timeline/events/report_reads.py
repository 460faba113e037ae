"""What merging reads of one report or of two that both its vetoes (``events.merge``) and
the happening frames (``events.frames``) ask: the words of a text as entity ids are made,
a run of words within another, a reporting clause's pronoun, the time a report is told in,
a closing attribution, a report relaying an act, a thing counted differently, two
moments of the day by the clock and two acts of merging's classes that clash."""

from __future__ import annotations

import re
from functools import cache

from timeline import slugs
from timeline.events.lexicon import alternation, lexicon
from timeline.events.merging_words import (
    QUOTE_OPENERS,
    SPEAKER_WORDS,
    outside_quotes,
    vocabulary,
)
from timeline.events.report import Report
from timeline.events.report import told_in as told_in  # merging reads it here too


def words_written(text: str) -> set[str]:
    """The words of a text as entity ids are made (``slugs.slug``: "Jean-Pierre Raffarin"
    -> jean, pierre, raffarin), to tell whether an id is written in it."""
    return set(slugs.slug(text).split("-"))


def run_within(one: str, other: str) -> bool:
    """The words of ``one`` are a run of the words of ``other`` ("le préfet" in "le préfet
    de la Seine-Maritime"; "il" is not in "le maire de Lille")."""
    short, long = SPEAKER_WORDS.findall(one), SPEAKER_WORDS.findall(other)
    return bool(short) and any(
        long[at : at + len(short)] == short for at in range(len(long) - len(short) + 1)
    )


def counted_differently(a: Report, b: Report) -> bool:
    """The same thing counted differently, neither count found in the other ("820 morts" /
    "1 000 morts": a toll updated is another report), when a main clause tells the count.
    Two counts that neither main clause tells are details of the happening given as known
    when each was written ("Un séisme a frappé lundi la Turquie, faisant plus de 500 morts"
    / "..., faisant plus de 2 000 morts": one earthquake, its toll rising): they tell
    nothing of two happenings (``_side_count``). A number of a unit of measure
    (``measure_units``: "à une profondeur de 7 kilomètres" / "à 60 kilomètres de la
    frontière") measures something, which two reports may measure differently or measure
    two things of one happening by: no count."""
    units = vocabulary().units
    return any(
        all(n not in b.bag for n in a.quantities[noun])
        and all(n not in a.bag for n in b.quantities[noun])
        and not (_side_count(a, noun) and _side_count(b, noun))
        for noun in (a.quantities.keys() & b.quantities.keys()) - units
    )


def _side_count(report: Report, noun: str) -> bool:
    """The report's counts of ``noun`` are outside its main clause (a participle, a clause
    of its own: "..., faisant 500 morts", "selon un premier bilan"): its clause was read and
    none of those numbers is among its core words, nor is the noun its agent or patient.
    Unknown (no parse): not outside."""
    clause = report.clause
    if clause is None or noun in (clause.agent, clause.patient):
        return False  # "Les syndicats ont compté 40 000 manifestants": what it tells
    return all(n not in clause.core for n in report.quantities[noun])


def other_moments(a: Report, b: Report) -> bool:
    """One article telling two reports at two moments of the day by the clock, at least
    ``moments_apart`` minutes apart whichever their day ("Quatre otages ont été tués ...,
    vers 13 heures" / "Or, vers 17 heures, les deux hommes ont été abattus"; "L'accident
    s'est produit vers 1h20" / "Un périmètre de sécurité a été établi ... vers 6 heures"):
    two happenings, however alike their acts. One article tells its times in one zone;
    two articles may not ("14h26 à Los Angeles" / "23h26 heure française"). Not a
    follow-up (its time may be a detail of its event's); a report telling a span of
    hours ("de 13h à 17h") or no moment says nothing."""
    if a.key[0] != b.key[0] or a.follows is not None or b.follows is not None:
        return False
    one, other = _clock_times(a.sentence), _clock_times(b.sentence)
    if not (one and other):
        return False
    apart = vocabulary().moments_apart
    return all(_minutes_apart(x, y) >= apart for x in one for y in other)


def _clock_times(sentence: str) -> frozenset[int]:
    """The moments of the day a sentence tells by the clock (``clock_time``), in minutes
    after midnight; none when it tells a span of hours (``clock_span``)."""
    vocab = vocabulary()
    if vocab.clock_span.search(sentence):
        return frozenset()
    found = ((int(hour), int(minutes or 0)) for hour, minutes in vocab.clock.findall(sentence))
    return frozenset(h * 60 + m for h, m in found if h < 24 and m < 60)


def _minutes_apart(one: int, other: int) -> int:
    """Minutes between two moments of the day, round midnight the shorter way."""
    gap = abs(one - other)
    return min(gap, 24 * 60 - gap)


def pronoun_clause(quoted: str) -> bool:
    """A reporting clause's subject is a pronoun ("il", "-t-elle" of "explique-t-elle")."""
    return quoted.lstrip("-").removeprefix("t-") in lexicon()["anaphoric_subjects"]


@cache
def _attribution() -> re.Pattern[str]:
    """An attribution closing the sentence after a comma (", selon un porte-parole de la
    préfecture", ", d'après la police": ``attribution_openings``), its words up to the end
    with no punctuation between."""
    openings = alternation(lexicon()["attribution_openings"])
    return re.compile(rf",\s*(?:{openings})\s+([^,;:«»\"()]+?)\s*[.!]?\s*$", re.IGNORECASE)


def closing_attribution(sentence: str) -> str:
    """Who a sentence's closing attribution names, outside what it quotes, lower case, one
    space between words ("un porte-parole de la préfecture de la drôme"; "le premier
    ministre luxembourgeois" of "Les deux hommes ont fait un « tour d'horizon » de
    l'actualité, selon le Premier ministre luxembourgeois"), "" when it has none."""
    narrated = outside_quotes(sentence)
    found = _attribution().search(narrated)
    return " ".join(found.group(1).split()).lower() if found else ""


def relays_an_act(report: Report) -> bool:
    """A report in which a speaker relays an act told as done, by a reporting clause or an
    attribution closing it, not opening with direct speech ("X a indiqué que le
    gouvernement envoyait 5 000 soldats", "La présidence avait déclaré que « des éléments
    de la garde ont engagé un mouvement d'humeur »"): a happening relayed is the happening,
    not the speaker's words (tests/data/realnews/README.md, "Statements and what they
    relay", rule 2). Not a toll (rule 3: "les inondations ont fait 211 morts, a déclaré X"
    is the speaker's account), not an act of saying, not a state ("la situation demeurait
    tendue": the imperfect relays an act only when done to something)."""
    vocab = vocabulary()
    read = report.clause
    # the imperfect of reported speech relays an act done to something ("le gouvernement
    # envoyait 5 000 soldats"), not a state ("la situation demeurait tendue")
    acted = read is not None and read.agent is not None and read.patient is not None
    told = told_in(report, vocab) == "past" or (
        acted and report.content_tense in vocab.reported_past
    )
    # relayed by a reporting clause, or by an attribution closing it (", selon le Premier
    # ministre luxembourgeois")
    relayed = bool(report.quoted or report.speaker or closing_attribution(report.sentence)) and told
    toll = read is not None and vocab.occurred in read.also
    return (
        relayed
        and not toll
        and report.action is not None
        and report.action not in vocab.saying_acts
        and report.sentence.lstrip()[:1] not in QUOTE_OPENERS
    )


def acts_clash(a: Report, b: Report) -> bool:
    """Their main clauses tell other acts, every one of a class of merging's (``synonyms``,
    ``derivations``, ``predicate_phrases``), each one besides saying, none in common, and
    neither report's words tell an act of the other's: "La compagnie XL Airways s'est
    déclarée en faillite lundi" / "Le voyagiste Fram a annoncé lundi le rachat de XL
    Airways". A day, a place, a name in common are then the setting of two happenings, not
    one happening told twice. Not a verb of no class (a paraphrase may be one: "attendu" /
    "rendu"), nor a broad family of ``lemma_families`` ("~strike" holds "visée", told of
    an embassy where others "ont manifesté")."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    saying = vocabulary().saying_acts
    acts, other_acts = one.acts - saying, other.acts - saying
    return (
        bool(acts and other_acts)
        and all(act[0] == "=" for act in acts | other_acts)
        and acts.isdisjoint(other_acts)
        and acts.isdisjoint(b.bag)
        and other_acts.isdisjoint(a.bag)
    )
