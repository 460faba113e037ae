"""A personal pronoun opening what the cuts kept of its clause stands for a noun phrase the
cuts took out of its own sentence (issue 9: no dangling reference): the subject of a clause
before it ("Huan Huan a gardé son expérience ... et alors qu'elle était maladroite, elle se
montre apte" -> "Huan Huan se montre apte", dev24), or the topic of "quant à" ("Quant au
président Wade, il a expliqué ..." -> "le président Wade a expliqué ...", dev11); when it
agrees with the pronoun (number, gender as the determiner tells), "il" is no one's
("il faut"), and the subject is a verb's. Invented French; the parses are the parser's
readings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events.headline import headlines


def _kept(subject: list[tuple[str, str, str, int]]) -> list[tuple[str, str, str, int]]:
    """ "<subject> a gardé son calme et alors qu'elle était inquiète, elle se montre
    sereine.": the first clause the parser's adverbial of the second (cut as a leading
    phrase), ``subject`` its subject (two words, the head first or last)."""
    return [
        *subject,
        ("a/avoir", "aux:tense", "AUX", 3),
        ("gardé/garder", "advcl", "VERB", 15),
        ("son", "det", "DET", 5),
        ("calme", "obj", "NOUN", 3),
        ("et", "cc", "CCONJ", 11),
        ("alors", "mark", "ADV", 11),
        ("qu'+", "fixed", "SCONJ", 7),
        ("elle", "nsubj", "PRON", 11),
        ("était/être", "cop", "AUX", 11),
        ("inquiète+", "conj", "ADJ", 3),
        (",", "punct", "PUNCT", 15),
        ("elle", "nsubj", "PRON", 15),
        ("se", "expl:comp", "PRON", 15),
        ("montre/montrer", "ROOT", "VERB", 15),
        ("sereine+", "xcomp", "ADJ", 15),
        (".", "punct", "PUNCT", 15),
    ]


NAME = [("Marie", "nsubj", "PROPN", 3), ("Dupont", "flat:name", "PROPN", 0)]
FEMININE = [("La", "det", "DET", 1), ("ministre", "nsubj", "NOUN", 3)]
MASCULINE = [("Le", "det", "DET", 1), ("maire", "nsubj", "NOUN", 3)]
PLURAL = [("Les", "det", "DET", 1), ("élues", "nsubj", "NOUN", 3)]
# "... à son initiative, ..." read with the noun the subject of a noun: no clause's
NOT_A_VERBS = [("son", "det", "DET", 1), ("initiative", "nsubj", "NOUN", 5)]


def _topic(
    case: str, determiner: str, noun: str, pronoun: str, verb: str = "a"
) -> list[tuple[str, str, str, int]]:
    """ "Quant <case> [<determiner>] <noun>, <pronoun> <verb> expliqué sa décision."."""
    rows = [("Quant", "case", "ADV", 2), (case, "case", "DET", 2)]
    if determiner:
        rows = [("Quant", "case", "ADV", 3), (case, "case", "ADP", 3)]
        rows.append((determiner, "det", "DET", 3))
    at = len(rows)
    rows += [
        (f"{noun}+", "obl:mod", "NOUN", at + 4),
        (",", "punct", "PUNCT", at + 4),
        (pronoun, "nsubj", "PRON", at + 4),
        (f"{verb}/avoir", "aux:tense", "AUX", at + 4),
        ("expliqué/expliquer", "ROOT", "VERB", at + 4),
        ("sa", "det", "DET", at + 6),
        ("décision+", "obj", "NOUN", at + 4),
        (".", "punct", "PUNCT", at + 4),
    ]
    return rows


@pytest.mark.parametrize(
    ("rows", "headline"),
    [
        # the subject of the clause cut before the pronoun's, of its number and gender
        (_kept(NAME), "Marie Dupont se montre sereine."),
        (_kept(FEMININE), "La ministre se montre sereine."),
        # ... not of another gender or number, nor a word the parser hung on no verb
        (_kept(MASCULINE), "elle se montre sereine."),
        (_kept(PLURAL), "elle se montre sereine."),
        (_kept(NOT_A_VERBS), "elle se montre sereine."),
        # the topic of "quant à", a contracted article made the definite one
        (_topic("au", "", "président", "il"), "le président a expliqué sa décision."),
        (_topic("à", "la", "ministre", "elle"), "la ministre a expliqué sa décision."),
        (_topic("aux", "", "élus", "ils", "ont"), "les élus ont expliqué sa décision."),
        (_topic("à", "la", "ministre", "il"), "il a expliqué sa décision."),
    ],
)
def test_a_pronoun_takes_the_subject_cut_from_its_own_sentence(rows, headline):
    alone, _ = headlines(clause(rows), [], said=False)
    assert alone == headline


def _impersonal(*after: tuple[str, str, str]) -> list[tuple[str, str, str, int]]:
    """ "Le marin avait porté secours, il <after>.": the first clause cut as a leading
    adverbial of the second, whose subject "il" is impersonal; ``after``: the words after
    "il" (text, dep, pos), the last the root's, all hung on the root (at 7 + len - 1)."""
    root = 7 + len(after) - 1
    rows = [
        ("Le", "det", "DET", 1),
        ("marin", "nsubj", "NOUN", 3),
        ("avait/avoir", "aux:tense", "AUX", 3),
        ("porté/porter", "advcl", "VERB", root),
        ("secours+", "obj", "NOUN", 3),
        (",", "punct", "PUNCT", root),
        ("il", "nsubj", "PRON", root),
    ]
    rows += [(text, dep, pos, root) for text, dep, pos in after]
    return [*rows, (".", "punct", "PUNCT", root)]


# an impersonal "il" is no one's, whatever stands between it and its verb (a negation, a
# clitic): the titles' reading of the words after it (``impersonal_words.after_il``)
@pytest.mark.parametrize(
    ("rows", "opening"),
    [
        (_impersonal(("faut/falloir", "ROOT", "VERB")), "il faut"),  # "il faut"
        (
            _impersonal(("ne", "advmod", "ADV"), ("faut/falloir+", "ROOT", "VERB")),
            "il ne faut",
        ),
        (
            _impersonal(("nous", "iobj", "PRON"), ("restait/rester+", "ROOT", "VERB")),
            "il nous restait",
        ),
        (
            _impersonal(
                ("ne", "advmod", "ADV"),
                ("leur", "iobj", "PRON"),
                ("suffit/suffire+", "ROOT", "VERB"),
            ),
            "il ne leur suffit",
        ),
    ],
)
def test_an_impersonal_il_stands_for_no_one(rows, opening):
    alone, _ = headlines(clause(rows), [], said=False)
    assert alone.startswith(opening)


def test_a_personal_il_after_a_clitic_takes_the_subject():
    # "Le marin avait porté secours, il nous parlait.": someone's "il" (the rule still reads)
    rows = _impersonal(("nous", "iobj", "PRON"), ("parlait/parler+", "ROOT", "VERB"))
    alone, _ = headlines(clause(rows), [], said=False)
    assert alone.startswith("Le marin nous parlait")
