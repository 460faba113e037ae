"""Word lists of the language data read once a process rather than once a sentence
(``kinds._reminder_openings``, ``kinds._profile_verbs``, ``kinds._cleft_openings``,
``features._content_left_out``): each reads what the list read at every call read. Each row
gives what the list's words find (invented French), and the row's answer is also compared
with the reading of the list word by word."""

from __future__ import annotations

import re

import pytest

from timeline.events import features, kinds
from timeline.events.lexicon import lexicon
from timeline.events.nlp import get_nlp

REMINDERS = [
    ("rappelons que les grévistes dénonçaient aussi les cadences", True),
    ("pour rappel, l'usine avait déjà fermé", True),
    ("pour mémoire, le site avait été évacué", True),
    ("il convient de rappeler que le maire avait démissionné", True),
    # a cue inside a longer word is no cue ("rappeler" is not "rappel")
    ("pour rappeler le contexte, le maire a parlé", False),
    # a cue that does not open the text
    ("le maire, pour rappel, avait démissionné", False),
    ("les pompiers ont maîtrisé l'incendie", False),
    ("", False),
]


@pytest.mark.parametrize(("opening", "reminds"), REMINDERS)
def test_reminder_openings(opening, reminds):
    word_by_word = any(
        re.match(rf"{re.escape(cue)}\b", opening) for cue in lexicon()["reminder_openings"]
    )
    assert word_by_word == reminds
    assert (kinds._reminder_openings().match(opening) is not None) == reminds


PROFILE_VERBS = [("employer", True), ("posséder", True), ("démissionner", False), ("", False)]


@pytest.mark.parametrize(("verb", "profile"), PROFILE_VERBS)
def test_profile_verbs(verb, profile):
    lex = lexicon()
    listed = set(lex["generic_present_lemmas"]) | set(lex["holding_lemmas"])
    assert (verb in listed) == profile
    assert (verb in kinds._profile_verbs()) == profile


RELATIVES = [
    # a relative set off by a comma goes (its comma stays in its place, the next one too)
    (
        "Selon son avocat, qui lui a rendu visite à plusieurs reprises, elle est satisfaite.",
        "Selon son avocat,, elle est satisfaite.",
    ),
    # a cleft keeps its relative, in any case and after an opening quotation mark
    (
        "C'est X, qui l'a annoncé à plusieurs reprises.",
        "C'est X, qui l'a annoncé à plusieurs reprises.",
    ),
    ("« Ce sont eux, qui ont payé », dit-il.", "« Ce sont eux, qui ont payé », dit-il."),
    # an opening that is not the cleft's whole word ("c'estime") is no cleft
    ("C'estime, qui a baissé, dit-il.", "C'estime,, dit-il."),
]


@pytest.mark.parametrize(("text", "main"), RELATIVES)
def test_outside_relatives(text, main):
    assert kinds.outside_relatives(text) == main


CONTENT = [
    # a stop lemma ("être"), a reporting lemma ("annoncer") and a time word are left out
    ("Le maire a annoncé mardi la fermeture de l'usine.", [3, 28, 43], ["mardi"]),
    # a number becomes digits; one of ``ignored_numbers`` ("Un": 1) is left out
    ("Trois pompiers ont été blessés.", [0, 6, 23], []),
    ("Un pompier a été blessé.", [3, 17], []),
]


@pytest.mark.parametrize(("text", "offsets", "skipped_words"), CONTENT)
def test_content_tokens(text, offsets, skipped_words):
    tokens = list(get_nlp()(text))
    skip = [(text.index(w), text.index(w) + len(w)) for w in skipped_words]
    found = features.content_tokens(tokens, 0, skip)
    lex = lexicon()
    stop = set(lex["stop_lemmas"]) | set(lex["reporting_lemmas"])
    assert [pos for pos, _ in found] == offsets
    assert not any(word in stop for _, word in found)
    left_out, ignored = features._content_left_out()
    assert left_out == stop
    assert ignored == set(lex["ignored_numbers"])


def _alternation(words):
    """The words as an alternation, the longest first: the reading ``words_pattern`` keeps."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


POLL = ["sondage", "sondages", "intentions de vote", "intention de vote", "sondé", "sondés"]
CAPITALS = ["Sondage", "sondages", "intention", "Intention de vote"]
WORDS = [
    # a word and its plural: the longer where both are whole words
    (POLL, "Selon les sondages publiés hier", (10, 18)),
    (POLL, "selon un sondage, il recule", (9, 16)),
    # the longer not whole, the shorter whole ("sondé" in "sondé-e" but not in "sondées")
    (POLL, "les personnes sondé-e-s", (14, 19)),
    (POLL, "les personnes sondées répondent", None),
    # words with spaces, in capitals
    (POLL, "Les INTENTIONS DE VOTE progressent", (4, 22)),
    (POLL, "l'intention de voter", None),
    # a list with capitals: the alternation, the longest first
    (CAPITALS, "l'Intention de vote et les SONDAGES", (2, 19)),
    (CAPITALS, "son intention de voter", (4, 13)),
    (CAPITALS, "aucun sondage", (6, 13)),
    ([], "un sondage", None),
]


@pytest.mark.parametrize(("words", "text", "span"), WORDS)
def test_words_pattern(words, text, span):
    found = kinds.words_pattern(words).search(text)
    assert (found.span() if found else None) == span
    alternative = _alternation(words).search(text) if words else None
    assert (alternative.span() if alternative else None) == span


CUE_TEXTS = [
    "Selon un sondage Ifop, les intentions de vote reculent.",
    "La croissance devrait atteindre 1 % selon les prévisions de l'institut.",
    "Le gouvernement table sur une reprise ; les ménages s'attendent à une hausse.",
    "Il est désormais à l'heure où nous écrivons le favori, et déjà le seul.",
    "Aucun mot de ces listes ici.",
]


@pytest.mark.parametrize(
    "key", ["poll_cues", "forecast_cues", "forecast_nouns", "now_adverbs", "already_adverbs"]
)
def test_cue_patterns_find_what_the_alternation_finds(key):
    pattern, alternative = kinds._cue_pattern(key), _alternation(lexicon()[key])
    found = [[m.span() for m in pattern.finditer(t)] for t in CUE_TEXTS]
    assert found == [[m.span() for m in alternative.finditer(t)] for t in CUE_TEXTS]
    assert any(found)
