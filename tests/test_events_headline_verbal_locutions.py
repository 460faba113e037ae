"""A bare noun after "en" or "à" right after its verb makes a locution with it, never cut
(issue 9: a clause with its verb, what was said kept): "la Ville prendrait en charge les
sinistrés" gave "la Ville prendrait les sinistrés" (dev25), "déclaré en faillite" gave
"Condor déclaré" (dev6), "ont été mis en oeuvre" gave "ont été mis" (dev21), "placer en
résidence" (dev14), "a encore gagné en intensité" (dev12), "est passé en tête du classement"
(dev23). Not a noun with a determiner, an adjective or a complement of its own ("en milieu
de journée"), nor a connective ("en effet"). Invented French; the parses are the parser's
readings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events.headline import headlines

Rows = list[tuple[str, str, str, int]]


def _clause(verb: str, case: str, noun: str, noun_rows: Rows = ()) -> Rows:
    """ "Le conseil départemental <verb> <case> <noun> [noun_rows] les familles sinistrées
    de la commune, à l'hôtel ou dans des logements sociaux de la ville voisine." (the noun's
    own words after it, their heads counted from the noun: -1 the noun)"""
    rows: Rows = [
        ("Le", "det", "DET", 1),
        ("conseil", "nsubj", "NOUN", 3),
        ("départemental", "amod", "ADJ", 1),
        (f"{verb}", "ROOT", "VERB", 3),
        (case, "case", "ADP", 5),
        (noun, "obl:mod", "NOUN", 3),
    ]
    rows += [(t, d, p, 5 if h == -1 else h) for t, d, p, h in noun_rows]
    at = len(rows)
    rows += [
        ("les", "det", "DET", at + 1),
        ("familles", "obj", "NOUN", 3),
        ("sinistrées", "amod", "ADJ", at + 1),
        ("de", "case", "ADP", at + 5),
        ("la", "det", "DET", at + 5),
        ("commune+", "nmod", "NOUN", at + 1),
        (",", "punct", "PUNCT", at + 9),
        ("à", "case", "ADP", at + 9),
        ("l'+", "det", "DET", at + 9),
        ("hôtel", "obl:arg", "NOUN", 3),
        ("ou", "cc", "CCONJ", at + 13),
        ("dans", "case", "ADP", at + 13),
        ("des", "det", "DET", at + 13),
        ("logements", "conj", "NOUN", at + 9),
        ("sociaux", "amod", "ADJ", at + 13),
        ("de", "case", "ADP", at + 18),
        ("la", "det", "DET", at + 18),
        ("ville", "nmod", "NOUN", at + 13),
        ("voisine+", "amod", "ADJ", at + 18),
        (".", "punct", "PUNCT", 3),
    ]
    return rows


@pytest.mark.parametrize(
    ("rows", "kept", "gone"),
    [
        (_clause("prendrait/prendre", "en", "charge"), "prendrait en charge les familles", None),
        (_clause("placera/placer", "en", "observation"), "placera en observation", None),
        # a noun with a complement of its own is no locution: it goes whole
        (
            _clause(
                "informera/informer",
                "en",
                "milieu",
                [("de", "case", "ADP", 7), ("journée", "nmod", "NOUN", -1)],
            ),
            None,
            "en milieu",
        ),
        # "en effet" is a connective, not a locution of the verb
        (_clause("relogera/reloger", "en", "effet"), None, "en effet"),
    ],
)
def test_a_verbal_locution_stays_whole(rows, kept, gone):
    alone, after_name = headlines(clause(rows), [])
    for headline in (alone, after_name):
        if kept is not None:
            assert kept in headline
        if gone is not None:
            assert gone not in headline
