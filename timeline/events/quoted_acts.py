"""A happening told in its announcer's quotation (issue 9: "a happening relayed is the
happening", tests/data/realnews/README.md, "Statements and what they relay", rule 2).

"« Notre bien-aimé Nelson Mandela ... nous a quittés », a déclaré le président Zuma" tells
the death as "Le président Zuma a annoncé la mort de Nelson Mandela" does: direct speech
opening the sentence, closed by its reporting clause, that tells in the past an act
befalling a person (a death, a release, a resignation, a verdict), someone else than
whoever speaks ("« Il a été libéré ce matin », a déclaré son avocat"), is a report of that
happening, not the speaker's words. A state ("« Il est maintenant en paix »"), a claim on
things ("« Seules deux des 57 frappes ont visé Daech »"), the speaker's own act ("« Nous
avons obtenu sa libération »"), a negated or unrealised act stay the speaker's
statement.

Two readings: ``idiom_act`` (a verb whose idiom says another act: "nous a quittés" is
=die, not "quitter" a post) and ``relays_in_quotation``. The French is
``lang/fr/merging.yml``'s ``quoted_acts``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.events.clause import Clause
from timeline.events.merging_words import QUOTE_OPENERS, raw_data


@dataclass(frozen=True)
class Idiom:
    """An idiom whose verb alone says another act (``quoted_acts.idioms``)."""

    act: str  # the class it says ("=die")
    verb: str  # the verb's lemma as the parse reads it ("quitter")
    words: re.Pattern[str]  # its words in the sentence ("nous a quittés")


@dataclass(frozen=True)
class QuotedActWords:
    """The French of ``merging.yml``'s ``quoted_acts``."""

    #: the acts that befall a person, which whoever made them known announces ("=die")
    acts: frozenset[str]
    third_person: frozenset[str]
    idioms: tuple[Idiom, ...]
    #: subject pronouns of the speaker or the one spoken to, never objects ("je", "on")
    own_subjects: frozenset[str]
    #: pronouns of those persons that may be objects too ("nous"), with the endings of a
    #: verb of their person ("ons", "sommes") that make them its subject
    own_or_object: dict[str, tuple[str, ...]]
    #: object pronouns that may stand between a subject pronoun and its verb ("l", "en")
    object_clitics: frozenset[str]


@cache
def quoted_act_words() -> QuotedActWords:
    """The ``quoted_acts`` vocabulary of merging.yml, compiled once."""
    data = raw_data()["quoted_acts"]
    return QuotedActWords(
        acts=frozenset(str(w) for w in data["acts"]),
        third_person=frozenset(str(w) for w in data["third_person"]),
        idioms=tuple(
            Idiom(
                act=str(row["act"]),
                verb=str(row["verb"]),
                words=re.compile(str(row["words"]), re.IGNORECASE),
            )
            for row in data["idioms"]
        ),
        own_subjects=frozenset(str(w) for w in data["own_subjects"]),
        own_or_object={
            str(word): tuple(str(e) for e in endings)
            for word, endings in data["own_or_object"].items()
        },
        object_clitics=frozenset(str(w) for w in data["object_clitics"]),
    )


def idiom_act(sentence: str, clause: Clause | None) -> str | None:
    """The act an idiom of the sentence says when its main clause's verb is the idiom's
    ("« Notre ami Marc nous a quittés »": quitter -> =die; "Il a rendu son dernier souffle":
    rendre -> =die), None otherwise ("Il a quitté son poste", "nous a quittés" said of
    another verb's clause)."""
    if clause is None:
        return None
    text = sentence.replace("\u2019", "'")
    return next(
        (
            idiom.act
            for idiom in quoted_act_words().idioms
            if clause.predicate == idiom.verb and idiom.words.search(text)
        ),
        None,
    )


def relays_in_quotation(
    sentence: str,
    clause: Clause | None,
    quotations: tuple[tuple[str, ...], ...],
    told: str,
    persons: frozenset[str],
) -> bool:
    """What a reporting clause relays tells in the past (``told``, the time of what the
    sentence reports) an act that befalls a person (``quoted_acts.acts``: "=die",
    "=libérer"; one of ``clause``'s acts), realised and not negated, someone else than the
    speaker (``persons``, the people the sentence names besides the speaker): in direct
    speech opening the sentence, with no subject of the speaker's or the listener's among
    its words (``_own_subject``), someone named ("« Notre ami Marc Alari nous a quittés »")
    or its first word a pronoun of the third person ("« Il a été libéré ce matin »"); in
    indirect speech, a person named its subject or object ("Son avocat a affirmé que Luc
    Morand avait été libéré"; not "qu'il avait démissionné", whose "il" may be the
    speaker)."""
    if clause is None or told != "past" or clause.negated or clause.modal is not None:
        return False
    vocab = quoted_act_words()
    if clause.acts.isdisjoint(vocab.acts):
        return False
    if sentence.lstrip()[:1] not in QUOTE_OPENERS:
        named = {"@" + person for person in persons}
        return clause.agent in named or clause.patient in named
    if not quotations:
        return False
    words = quotations[0]
    if _own_subject(words):
        return False
    return bool(persons) or (bool(words) and words[0] in vocab.third_person)


def _own_subject(words: tuple[str, ...]) -> bool:
    """The quoted words have the speaker or the one spoken to as a subject: "je", "on", or
    "nous" / "vous" before a verb of their person, object pronouns between ("nous l'avons
    arrêté"; not "nous a quittés", whose "nous" is an object)."""
    vocab = quoted_act_words()
    for at, word in enumerate(words):
        if word in vocab.own_subjects:
            return True
        endings = vocab.own_or_object.get(word)
        if endings is None:
            continue
        verb = next((w for w in words[at + 1 :] if w not in vocab.object_clitics), "")
        if verb.endswith(endings):
            return True
    return False
