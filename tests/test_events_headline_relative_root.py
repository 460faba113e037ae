"""A relative clause the parser made the root of its sentence, its pronoun the subject,
takes its antecedent for subject (issue 9: no headline opening on a connective or a
relative pronoun): "la BCE agit indépendamment de la Fed, qui pourrait mettre fin ..." ->
"la Fed pourrait mettre fin ...", the antecedent's preposition left out; not a relative set
in a subject's aside, with no clause before it ("X, filiale de Y, qui exploite ..., a
déclaré"). Invented French; the parses are the parser's misreadings of such sentences
(dev13, dev15, dev5)."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events.headline import headlines

# "Cependant, selon le ministre, la banque agit indépendamment de la Commission, qui
# pourrait vraisemblablement mettre fin à ses subventions."
COMMISSION = [
    ("Cependant+", "advmod", "ADV", 8),
    (",", "punct", "PUNCT", 8),
    ("selon", "case", "ADP", 4),
    ("le", "det", "DET", 4),
    ("ministre+", "obl:mod", "NOUN", 8),
    (",", "punct", "PUNCT", 8),
    ("la", "det", "DET", 7),
    ("banque", "nsubj", "NOUN", 8),
    ("agit/agir", "advcl", "VERB", 15),
    ("indépendamment", "advmod", "ADV", 8),
    ("de", "case", "ADP", 12),
    ("la", "det", "DET", 12),
    ("Commission+", "obl:arg", "PROPN", 9),
    (",", "punct", "PUNCT", 15),
    ("qui", "nsubj", "PRON", 15),
    ("pourrait/pouvoir", "ROOT", "VERB", 15),
    ("vraisemblablement", "advmod", "ADV", 15),
    ("mettre", "xcomp", "VERB", 15),
    ("fin", "obj", "NOUN", 17),
    ("à", "case", "ADP", 21),
    ("ses", "det", "DET", 21),
    ("subventions+", "obl:arg", "NOUN", 17),
    (".", "punct", "PUNCT", 15),
]

# "Parmi eux figurent trois nouveaux juges, qui siégeront à la cour d'appel."
JUDGES = [
    ("Parmi", "mark", "ADP", 2),
    ("eux", "nsubj", "PRON", 2),
    ("figurent/figurer", "advcl", "VERB", 8),
    ("trois", "nummod", "NUM", 5),
    ("nouveaux", "amod", "ADJ", 5),
    ("juges+", "obj", "NOUN", 2),
    (",", "punct", "PUNCT", 2),
    ("qui", "nsubj", "PRON", 8),
    ("siégeront/siéger", "ROOT", "VERB", 8),
    ("à", "case", "ADP", 11),
    ("la", "det", "DET", 11),
    ("cour", "obl:mod", "NOUN", 8),
    ("d'+", "case", "ADP", 13),
    ("appel+", "nmod", "NOUN", 11),
    (".", "punct", "PUNCT", 8),
]

# "La société Alpha, filiale du groupe Beta, qui exploite le tunnel, a déclaré avoir
# effectué des contrôles."
ALPHA = [
    ("La", "det", "DET", 1),
    ("société", "nsubj", "NOUN", 10),
    ("Alpha+", "flat:name", "PROPN", 1),
    (",", "punct", "PUNCT", 4),
    ("filiale", "appos", "NOUN", 1),
    ("du", "case", "ADP", 6),
    ("groupe", "nmod", "NOUN", 4),
    ("Beta+", "flat:name", "PROPN", 6),
    (",", "punct", "PUNCT", 10),
    ("qui", "nsubj", "PRON", 10),
    ("exploite/exploiter", "ROOT", "VERB", 10),
    ("le", "det", "DET", 12),
    ("tunnel+", "obj", "NOUN", 10),
    (",", "punct", "PUNCT", 15),
    ("a/avoir", "aux:tense", "AUX", 15),
    ("déclaré/déclarer", "conj", "VERB", 10),
    ("avoir", "aux:tense", "AUX", 17),
    ("effectué/effectuer", "xcomp", "VERB", 15),
    ("des", "det", "DET", 19),
    ("contrôles+", "obj", "NOUN", 17),
    (".", "punct", "PUNCT", 10),
]


@pytest.mark.parametrize(
    ("rows", "headline"),
    [
        (COMMISSION, "la Commission pourrait vraisemblablement mettre fin."),
        (JUDGES, "trois nouveaux juges siégeront à la cour d'appel."),
    ],
)
def test_a_relative_made_the_root_takes_its_antecedent(rows, headline):
    alone, _ = headlines(clause(rows), [], said=False)
    assert alone == headline


def test_a_relative_in_a_subjects_aside_is_not_read_so():
    alone, _ = headlines(clause(ALPHA), [], said=False)
    assert not alone.lower().startswith(("beta", "groupe", "le groupe"))
