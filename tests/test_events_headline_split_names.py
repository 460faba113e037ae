"""A name the parser cut in pieces, each hung on the same word outside it, is one name
(issue 9: no hole, no half name): a cut keeps or drops it whole ("selon le New York Daily
News" gave "..., York Daily News", dev25; "L'association Sea Shepherd" gave "L'association
Shepherd", dev24; "l'épave du Costa Concordia" gave "l'épave du Costa", dev14): when one of
its words is a foreign word the parser could not read (``X``), or each after the first is a
proper noun of the first's label with no preposition nor determiner of its own. Not two
names, each a part of the clause ("À Lyon Marie Durand a ouvert ..."). Invented French; the
parses are the parser's readings of such sentences."""

from __future__ import annotations

import re

import pytest
from essai_parse import clause

from timeline.events.headline import headlines

Rows = list[tuple[str, str, str, int]]

# "Le capitaine s'appelle John Miller, selon le New York Daily News."
SELON: Rows = [
    ("Le", "det", "DET", 1),
    ("capitaine", "nsubj", "NOUN", 3),
    ("s'+", "expl:comp", "PRON", 3),
    ("appelle/appeler", "ROOT", "VERB", 3),
    ("John", "nsubj", "PROPN", 3),
    ("Miller+", "flat:name", "PROPN", 4),
    (",", "punct", "PUNCT", 3),
    ("selon", "case", "ADP", 9),
    ("le", "det", "DET", 9),
    ("New", "obl:mod", "PROPN", 3),
    ("York", "obl:arg", "X", 3),
    ("Daily", "obl:arg", "X", 3),
    ("News+", "obl:arg", "X", 3),
    (".", "punct", "PUNCT", 3),
]
# "L'association Sea Shepherd a demandé lundi sur Twitter des serviettes et des filets
# pour soigner le phoque échoué sur la plage de Dieppe."
SEA: Rows = [
    ("L'+", "det", "DET", 1),
    ("association", "nsubj", "NOUN", 5),
    ("Sea", "appos", "X", 1),
    ("Shepherd", "nmod", "PROPN", 1),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("demandé/demander", "ROOT", "VERB", 5),
    ("sur", "case", "ADP", 7),
    ("Twitter", "obl:mod", "PROPN", 5),
    ("des", "det", "DET", 9),
    ("serviettes", "obj", "NOUN", 5),
    ("et", "cc", "CCONJ", 12),
    ("des", "det", "DET", 12),
    ("filets", "conj", "NOUN", 9),
    ("pour", "mark", "ADP", 14),
    ("soigner", "advcl", "VERB", 5),
    ("le", "det", "DET", 16),
    ("phoque", "obj", "NOUN", 14),
    ("échoué", "acl", "VERB", 16),
    ("sur", "case", "ADP", 20),
    ("la", "det", "DET", 20),
    ("plage", "obl:mod", "NOUN", 17),
    ("de", "case", "ADP", 22),
    ("Dieppe+", "nmod", "PROPN", 20),
    (".", "punct", "PUNCT", 5),
]
# "Un couple de Coréens en voyage de noces a été sauvé de l'épave du Costa Concordia
# dimanche, mais le nombre de disparus restait élevé." ("dimanche": a time, cut)
COSTA: Rows = [
    ("Un", "det", "DET", 1),
    ("couple", "nsubj:pass", "NOUN", 10),
    ("de", "case", "ADP", 3),
    ("Coréens", "nmod", "NOUN", 1),
    ("en", "case", "ADP", 5),
    ("voyage", "nmod", "NOUN", 1),
    ("de", "case", "ADP", 7),
    ("noces", "nmod", "NOUN", 5),
    ("a/avoir", "aux:tense", "AUX", 10),
    ("été/être", "aux:pass", "AUX", 10),
    ("sauvé/sauver", "ROOT", "VERB", 10),
    ("de", "case", "ADP", 13),
    ("l'+", "det", "DET", 13),
    ("épave", "obl:arg", "NOUN", 10),
    ("du", "case", "ADP", 15),
    ("Costa", "nmod", "PROPN", 13),
    ("Concordia", "nmod", "PROPN", 13),
    ("dimanche+", "obl:mod", "NOUN", 10),
    (",", "punct", "PUNCT", 10),
    ("mais", "cc", "CCONJ", 24),
    ("le", "det", "DET", 21),
    ("nombre", "nsubj", "NOUN", 24),
    ("de", "case", "ADP", 23),
    ("disparus", "nmod", "NOUN", 21),
    ("restait/rester", "conj", "VERB", 10),
    ("élevé+", "xcomp", "ADJ", 24),
    (".", "punct", "PUNCT", 10),
]
# "À Lyon Marie Durand a ouvert une boulangerie." : a place and a subject, two names
LYON: Rows = [
    ("À", "case", "ADP", 1),
    ("Lyon", "obl:mod", "PROPN", 5),
    ("Marie", "nsubj", "PROPN", 5),
    ("Durand", "flat:name", "PROPN", 2),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("ouvert/ouvrir", "ROOT", "VERB", 5),
    ("une", "det", "DET", 7),
    ("boulangerie+", "obj", "NOUN", 5),
    (".", "punct", "PUNCT", 5),
]


def _whole(headline: str, name: str) -> bool:
    """Are the words of ``name`` all in ``headline``, or none?"""
    inside = [re.search(rf"(?<!\w){w}(?!\w)", headline) is not None for w in name.split()]
    return all(inside) or not any(inside)


@pytest.mark.parametrize(
    ("rows", "name", "said"),
    [
        (SELON, "New York Daily News", False),
        (SEA, "Sea Shepherd", False),
        (COSTA, "Costa Concordia", False),
        (COSTA, "Costa Concordia", True),
    ],
)
def test_a_name_cut_in_pieces_by_the_parser_goes_whole(rows, name, said):
    parsed = clause(rows)
    times = [(t.idx, t.idx + len(t.text)) for t in parsed if t.text == "dimanche"]
    alone, after_name = headlines(parsed, times, said=said)
    assert _whole(after_name if said else alone, name)


def test_two_names_side_by_side_stay_two():
    alone, _ = headlines(clause(LYON), [], said=False)
    assert "Marie Durand a ouvert une boulangerie" in alone
