"""Headlines of clauses the parser misread (issue 9: a clause with its verb, no hole, no
connective opening): a subordinate clause set after a leading phrase that the parser made
the sentence's head, the main clause a conjunct of it ("Quelques minutes après leur
arrivée, alors que des riverains avaient reçu la consigne de rester confinés, une explosion
a ravagé ..." gave "alors que des riverains avaient reçu la consigne ...", dev25); the
attribute of a copular verb that the parser hung as an apposition on a place before it, cut
with it ("Kipchoge est devenu ce samedi à Vienne, en Autriche, le premier être humain à
courir un marathon" gave "Kipchoge est devenu à Vienne", dev25), or left as a complement
after a time and a place ("est devenu samedi soir au Parc des Princes le premier club
français"), which the cuts took for a modifier; a noun phrase with a relative clause made
the clause's head, the main verb hung under it ("Un Airbus A320 de la compagnie US Airways
qui transportait 155 personnes s'est abîmé ..." gave "Un Airbus A320 de la compagnie US
Airways", dev25; dev2, dev6, dev7, dev10). Invented French; the parses are the parser's
readings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events.headline import headlines

Rows = list[tuple[str, str, str, int]]


def _subordinate(lead: Rows) -> Rows:
    """``lead`` (a phrase closed by a comma, its head hung on the subordinate verb: -1, or
    nothing) "alors que les élèves avaient quitté la salle, un incendie a détruit le
    gymnase.", the subordinate's verb the root and the main verb a conjunct of it."""
    at = len(lead)
    verb, main = at + 5, at + 12
    return [
        *((text, dep, pos, verb if head == -1 else head) for text, dep, pos, head in lead),
        ("alors" if lead else "Alors", "mark", "ADV", verb),
        ("que", "fixed", "SCONJ", at),
        ("les", "det", "DET", at + 3),
        ("élèves", "nsubj", "NOUN", verb),
        ("avaient/avoir", "aux:tense", "AUX", verb),
        ("quitté/quitter", "ROOT", "VERB", verb),
        ("la", "det", "DET", at + 7),
        ("salle+", "obj", "NOUN", verb),
        (",", "punct", "PUNCT", main),
        ("un", "det", "DET", at + 10),
        ("incendie", "nsubj", "NOUN", main),
        ("a/avoir", "aux:tense", "AUX", main),
        ("détruit/détruire", "conj", "VERB", verb),
        ("le", "det", "DET", at + 14),
        ("gymnase+", "obj", "NOUN", main),
        (".", "punct", "PUNCT", verb),
    ]


# "Peu après la récréation, "
LEAD = [
    ("Peu", "advmod", "ADV", 3),
    ("après", "case", "ADP", 3),
    ("la", "det", "DET", 3),
    ("récréation+", "obl:mod", "NOUN", -1),
    (",", "punct", "PUNCT", 3),
]
# "Le directeur arrive, ": a clause before the conjunction, no leading phrase
LEAD_WITH_VERB = [
    ("Le", "det", "DET", 1),
    ("directeur", "nsubj", "NOUN", 2),
    ("arrive/arriver+", "advcl", "VERB", -1),
    (",", "punct", "PUNCT", 2),
]


@pytest.mark.parametrize(
    ("rows", "headline"),
    [
        # the conjunction opening the sentence (the rule as it was), or after a leading
        # phrase without a verb: the main clause heads it
        (_subordinate([]), "un incendie a détruit le gymnase"),
        (_subordinate(LEAD), "un incendie a détruit le gymnase"),
        # a clause with a verb before the conjunction: not a leading phrase, left as parsed
        (_subordinate(LEAD_WITH_VERB), None),
    ],
)
def test_the_main_clause_after_a_subordinate_one_heads_the_headline(rows, headline):
    alone, _ = headlines(clause(rows), [], said=False)
    if headline is None:
        assert "incendie a détruit" not in alone
    else:
        assert alone.lower().rstrip(".") == headline


def _copula(place: str, attribute: Rows, comma: bool) -> tuple[Rows, list[tuple[int, int]]]:
    """ "Marie Durand est devenue samedi à <place>[,] <attribute>.", the attribute's head
    (its first row hung on 0: re-hung here) an apposition of the place; and the span of
    "samedi" (a time, cut)."""
    rows: Rows = [
        ("Marie", "nsubj", "PROPN", 3),
        ("Durand", "flat:name", "PROPN", 0),
        ("est/être", "aux:tense", "AUX", 3),
        ("devenue/devenir", "ROOT", "VERB", 3),
        ("samedi", "obl:mod", "NOUN", 3),
        ("à", "case", "ADP", 6),
        (f"{place}{'+' if comma else ''}", "obl:mod", "PROPN", 3),
    ]
    if comma:
        rows.append((",", "punct", "PUNCT", 6))
    at = len(rows)
    for text, dep, pos, head in attribute:
        rows.append((text, dep, pos, 6 if head == -1 else at + head))
    rows.append((".", "punct", "PUNCT", 3))
    start = len("Marie Durand est devenue ")
    return rows, [(start, start + len("samedi"))]


# "la première femme à traverser le lac+": its noun an apposition (head -1: the place)
FIRST_WOMAN = [
    ("la", "det", "DET", 2),
    ("première", "amod", "ADJ", 2),
    ("femme", "appos", "NOUN", -1),
    ("à", "mark", "ADP", 4),
    ("traverser", "acl", "VERB", 2),
    ("le", "det", "DET", 6),
    ("lac+", "obj", "NOUN", 4),
]
# "la maire de la ville+": a name's apposition is no attribute ("Hayat Boumedienne")
A_NAME = [("Claire", "appos", "PROPN", -1), ("Martin+", "flat:name", "PROPN", 0)]


@pytest.mark.parametrize(
    ("place", "attribute", "comma", "headline"),
    [
        (
            "Genève",
            FIRST_WOMAN,
            True,
            "Marie Durand est devenue la première femme",
        ),
        (
            "Genève",
            FIRST_WOMAN,
            False,
            "Marie Durand est devenue la première femme",
        ),
        # a name after the place is its apposition, not the attribute
        ("Genève", A_NAME, True, "Marie Durand est devenue à Genève"),
    ],
)
def test_a_copular_verb_keeps_its_attribute_hung_on_a_place(place, attribute, comma, headline):
    rows, spans = _copula(place, attribute, comma)
    alone, _ = headlines(clause(rows), spans, said=False)
    assert alone.startswith(headline)


def test_a_copular_verb_with_its_own_attribute_keeps_the_place():
    # "Marie Durand est devenue samedi championne à Genève, la ville de son enfance.": the
    # attribute its own; the apposition stays the place's
    rows: Rows = [
        ("Marie", "nsubj", "PROPN", 3),
        ("Durand", "flat:name", "PROPN", 0),
        ("est/être", "aux:tense", "AUX", 3),
        ("devenue/devenir", "ROOT", "VERB", 3),
        ("samedi", "obl:mod", "NOUN", 3),
        ("championne", "xcomp", "NOUN", 3),
        ("à", "case", "ADP", 7),
        ("Genève+", "obl:mod", "PROPN", 3),
        (",", "punct", "PUNCT", 7),
        ("la", "det", "DET", 10),
        ("ville", "appos", "NOUN", 7),
        ("de", "case", "ADP", 13),
        ("son", "det", "DET", 13),
        ("enfance+", "nmod", "NOUN", 10),
        (".", "punct", "PUNCT", 3),
    ]
    start = len("Marie Durand est devenue ")
    alone, _ = headlines(clause(rows), [(start, start + 6)], said=False)
    assert alone.startswith("Marie Durand est devenue championne à Genève")


def test_an_attribute_after_a_time_and_a_place_stays():
    # "Le club lyonnais est devenu samedi soir au stade de Gerland le premier club français
    # de l'histoire.": the attribute hung as a complement after the time ("samedi", read
    # first as the attribute) and the place, which the cuts took as a modifier
    rows: Rows = [
        ("Le", "det", "DET", 1),
        ("club", "nsubj", "NOUN", 4),
        ("lyonnais", "amod", "ADJ", 1),
        ("est/être", "aux:tense", "AUX", 4),
        ("devenu/devenir", "ROOT", "VERB", 4),
        ("samedi", "obl:mod", "NOUN", 4),
        ("soir", "nmod", "NOUN", 5),
        ("au", "case", "ADP", 8),
        ("stade", "obl:arg", "NOUN", 4),
        ("de", "case", "ADP", 10),
        ("Gerland", "nmod", "PROPN", 8),
        ("le", "det", "DET", 13),
        ("premier", "amod", "ADJ", 13),
        ("club", "obl:mod", "NOUN", 4),
        ("français", "amod", "ADJ", 13),
        ("de", "case", "ADP", 17),
        ("l'+", "det", "DET", 17),
        ("histoire+", "nmod", "NOUN", 13),
        (".", "punct", "PUNCT", 4),
    ]
    start = len("Le club lyonnais est devenu ")
    alone, _ = headlines(clause(rows), [(start, start + len("samedi soir"))], said=False)
    assert "devenu" in alone and "le premier club français" in alone


def _airliner(after: Rows) -> Rows:
    """ "Un avion de la compagnie Air Loire qui transportait 20 personnes <after>", the noun
    the root, the relative's verb hung on it, ``after``'s rows hung on the relative's verb
    (at 8) or on their own words (their heads counted from 11)."""
    rows: Rows = [
        ("Un", "det", "DET", 1),
        ("avion", "ROOT", "NOUN", 1),
        ("de", "case", "ADP", 4),
        ("la", "det", "DET", 4),
        ("compagnie", "nmod", "NOUN", 1),
        ("Air", "nmod", "PROPN", 4),
        ("Loire", "flat:name", "PROPN", 5),
        ("qui", "nsubj", "PRON", 8),
        ("transportait/transporter", "acl:relcl", "VERB", 1),
        ("20", "nummod", "NUM", 10),
        ("personnes", "nsubj", "NOUN", -1),
    ]
    verb = next(k for k, row in enumerate(after) if row[3] == -2) + len(rows)
    rows = [(t, d, p, verb if h == -1 else h) for t, d, p, h in rows]
    at = len(rows)
    for text, dep, pos, head in after:
        rows.append((text, dep, pos, 8 if head == -2 else at + head))
    return [*rows, (".", "punct", "PUNCT", 1)]


# "... s'est abîmé dans la Loire": the main verb a complement of the relative's
ABIME: Rows = [
    ("s'+", "expl:comp", "PRON", 2),
    ("est/être", "aux:tense", "AUX", 2),
    ("abîmé/abîmer", "xcomp", "VERB", -2),
    ("dans", "case", "ADP", 5),
    ("la", "det", "DET", 5),
    ("Loire+", "obl:mod", "PROPN", 2),
]
# "... mais le pilote a survécu": a clause of its own, after a conjunction
MAIS: Rows = [
    ("mais", "cc", "CCONJ", 4),
    ("le", "det", "DET", 2),
    ("pilote", "nsubj", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("survécu/survivre+", "conj", "VERB", -2),
]


@pytest.mark.parametrize(
    ("rows", "opening"),
    [
        # the first verb of a finite tense after the relative heads the clause, the noun its
        # subject, and what the parser made that verb's subject the relative's object
        (_airliner(ABIME), "Un avion de la compagnie Air Loire s'est abîmé"),
        # a conjunct is no main verb: left as parsed
        (_airliner(MAIS), None),
    ],
)
def test_a_noun_made_the_root_gives_its_place_to_the_main_verb(rows, opening):
    alone, _ = headlines(clause(rows), [], said=False)
    if opening is None:
        assert "survécu" not in alone
    else:
        assert alone.startswith(opening)


def test_a_noun_phrase_opened_by_a_preposition_is_the_verbs_leading_phrase():
    # "Un mois après l'explosion qui a fait trois morts, le conseil municipal s'est réuni
    # lundi.": the noun the root, the main verb a relative of "morts"
    rows: Rows = [
        ("Un", "det", "DET", 1),
        ("mois", "nmod", "NOUN", 4),
        ("après", "case", "ADP", 4),
        ("l'+", "det", "DET", 4),
        ("explosion", "ROOT", "NOUN", 4),
        ("qui", "nsubj", "PRON", 7),
        ("a/avoir", "aux:tense", "AUX", 7),
        ("fait/faire", "acl:relcl", "VERB", 4),
        ("trois", "nummod", "NUM", 9),
        ("morts+", "obj", "NOUN", 7),
        (",", "punct", "PUNCT", 9),
        ("le", "det", "DET", 12),
        ("conseil", "nsubj", "NOUN", 16),
        ("municipal", "amod", "ADJ", 12),
        ("s'+", "expl:pass", "PRON", 16),
        ("est/être", "aux:tense", "AUX", 16),
        ("réuni/réunir", "acl:relcl", "VERB", 9),
        ("lundi+", "obl:mod", "NOUN", 16),
        (".", "punct", "PUNCT", 4),
    ]
    parsed = clause(rows)
    lundi = parsed[17]
    alone, _ = headlines(parsed, [(lundi.idx, lundi.idx + len(lundi.text))], said=False)
    assert alone.lower().startswith("le conseil municipal s'est réuni")


def test_a_noun_with_its_copula_keeps_its_clause():
    # 'La recherche du suspect est un travail qui "va être long et minutieux', the clause
    # before its reporting one: the copula the clause's verb, "long" the relative's
    rows: Rows = [
        ("La", "det", "DET", 1),
        ("recherche", "nsubj", "NOUN", 6),
        ("du", "case", "ADP", 3),
        ("suspect", "nmod", "NOUN", 1),
        ("est/être", "cop", "AUX", 6),
        ("un", "det", "DET", 6),
        ("travail", "ROOT", "NOUN", 6),
        ("qui", "nsubj", "PRON", 9),
        ('"+', "punct", "PUNCT", 9),
        ("va/aller", "acl:relcl", "VERB", 6),
        ("être/être", "cop", "AUX", 11),
        ("long", "xcomp", "ADJ", 9),
        ("et", "cc", "CCONJ", 13),
        ("minutieux", "conj", "ADJ", 11),
    ]
    alone, _ = headlines(clause(rows), [], said=False)
    assert (
        alone.startswith("La recherche du suspect est un travail") and "travail être" not in alone
    )
