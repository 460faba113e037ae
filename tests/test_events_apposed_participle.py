"""A day in a participle clause set off by commas between a subject and its verb tells what
was done to the subject before ("X, 44 ans, réélu député dimanche 10, est devenu ministre":
re-elected on Sunday, made a minister on the day the article tells), and never dates the
verb after it, even when the parser hangs the day from the subject's name; a participle of
gathering sets the scene of the act ("Les ministres, réunis lundi à Bruxelles, ont adopté
..."), and one before an infinitive tells what is to come ("La chanteuse, censée fêter ses
50 ans le 29 août, répétait ..."). The parses are written out, as the parser gave them for
sentences of this shape (issue 9, dating of reports)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from timeline.events import dates
from timeline.events.nlp import get_nlp

LEMMAS = {
    "réélu": "réélire",
    "est": "être",
    "devenu": "devenir",
    "réunis": "réunir",
    "ont": "avoir",
    "adopté": "adopter",
}

# (words, their parts of speech, morphologies, heads, dependencies, the expression's words,
# the rank expected: None = never dates the sentence)
PARSES = [
    (
        # the day hung from the subject's name, its participle beside it
        "Julien Morel , 44 ans , réélu député du Finistère dimanche 10 , est devenu ministre .",
        "PROPN PROPN PUNCT NUM NOUN PUNCT VERB NOUN ADP NOUN NOUN NUM PUNCT AUX VERB NOUN PUNCT",
        [
            "",
            "",
            "",
            "",
            "",
            "",
            "Tense=Past|VerbForm=Part",
            "",
            "",
            "",
            "",
            "",
            "",
            "Tense=Pres|VerbForm=Fin",
            "Tense=Past|VerbForm=Part",
            "",
            "",
        ],
        [14, 0, 4, 4, 0, 0, 0, 6, 9, 7, 0, 10, 14, 14, 14, 14, 14],
        [
            "nsubj",
            "flat:name",
            "punct",
            "nummod",
            "conj",
            "punct",
            "acl",
            "nmod",
            "case",
            "nmod",
            "nmod",
            "nummod",
            "punct",
            "aux:tense",
            "ROOT",
            "xcomp",
            "punct",
        ],
        "dimanche 10",
        None,
    ),
    (
        # a participle of gathering: where and when the subject was as it acted
        "Les ministres , réunis lundi à Bruxelles , ont adopté le plan .",
        "DET NOUN PUNCT VERB NOUN ADP PROPN PUNCT AUX VERB DET NOUN PUNCT",
        [
            "",
            "",
            "",
            "Tense=Past|VerbForm=Part",
            "",
            "",
            "",
            "",
            "Tense=Pres|VerbForm=Fin",
            "Tense=Past|VerbForm=Part",
            "",
            "",
            "",
        ],
        [1, 9, 3, 1, 3, 6, 3, 9, 9, 9, 11, 9, 9],
        [
            "det",
            "nsubj",
            "punct",
            "acl",
            "obl:mod",
            "case",
            "obl:arg",
            "punct",
            "aux:tense",
            "ROOT",
            "det",
            "obj",
            "punct",
        ],
        "lundi",
        1,
    ),
]


@pytest.mark.parametrize(("text", "pos", "morphs", "heads", "deps", "words", "rank"), PARSES)
def test_a_day_in_a_participle_between_subject_and_verb(
    text, pos, morphs, heads, deps, words, rank
):
    tokens = text.split()
    doc = Doc(
        get_nlp().vocab,
        words=tokens,
        pos=pos.split(),
        morphs=morphs,
        heads=heads,
        deps=deps,
        lemmas=[LEMMAS.get(w, w.lower()) for w in tokens],
    )
    first = tokens.index(words.split()[0])
    expression = list(doc[first : first + len(words.split())])
    assert dates.clause_rank(expression) == rank
