"""A name apposed to a noun of a thing names that thing, not a person a pronoun after it may
stand for ("devant le garage Martin. Elle dispose d'un siège bébé": the car, never
"Martin dispose ..."); and a subject phrase that opens a quotation closes it ("La « Coppa
Di Vittorio »", not "La « Coppa")."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

from timeline.events import titles

# (sentence, the name in it, whether it names a thing)
NAMES = [
    ("La camionnette était garée devant le garage Martin.", "Martin", True),
    ("Le premier numéro du mensuel Lefort est paru en 1970.", "Lefort", True),
    ("Le jambon de la marque Bernard Durand est rappelé.", "Bernard Durand", True),
    ("Le dîner a eu lieu au restaurant Chez Paulette à Lyon.", "Chez Paulette", True),
    # a person's title, not a thing
    ("Le président Paul Martin a démissionné.", "Paul Martin", False),
    ("Le chanteur Jean Lefort est mort mardi.", "Jean Lefort", False),
    # a comma between: the noun ends a phrase before the name
    ("Poursuivi pour l'abandon du navire, Paul Martin a été écroué.", "Paul Martin", False),
]


@pytest.mark.parametrize(("text", "name", "thing"), NAMES)
def test_a_name_after_a_noun_of_a_thing(text, name, thing):
    sentence = sentence_of(text, "2024-03-12", name)
    assert titles.names_a_thing(sentence, sentence.text.index(name)) is thing


# (sentence, words of it, its subject phrase)
SUBJECTS = [
    (
        "La « Coppa Di Vittorio » de la marque Martin est rappelée.",
        "Coppa",
        "La « Coppa Di Vittorio »",
    ),
    (
        "Le « Plan Grand Froid » de la préfecture a été déclenché mardi.",
        "Plan",
        "Le « Plan Grand Froid »",
    ),
]


@pytest.mark.parametrize(("text", "words", "phrase"), SUBJECTS)
def test_a_subject_phrase_closes_its_quotation(text, words, phrase):
    clause = sentence_of(text, "2024-03-12", words).clause
    assert clause is not None
    found = titles.subject_phrase(clause)
    assert found is not None and found[0] == phrase


# (sentence, words of it, its subject phrase): a subject too long with what describes its
# noun, or with a leading phrase the parser hung on it, is its noun with what comes before it
# (what a plural "Ils" after it stands for)
LONG_SUBJECTS = [
    (
        "Après trois jours de recherches, 14 randonneurs âgés de 20 à 65 ans et leur guide ont "
        "été retrouvés sains et saufs.",
        "randonneurs",
        "14 randonneurs",
    ),
]


@pytest.mark.parametrize(("text", "words", "phrase"), LONG_SUBJECTS)
def test_a_long_subject_is_its_noun(text, words, phrase):
    clause = sentence_of(text, "2024-03-12", words).clause
    assert clause is not None
    found = titles.subject_phrase(clause)
    assert found is not None and found == (phrase, "plural")
