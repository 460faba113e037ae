"""The pronoun of a clause of saying is its speaker (issue 9: a headline says what its
sentence says): "X a annoncé qu'il allait fermer ..." tells X's act, whoever X is (a
company, a town, a body named without a determiner), unless the text tells X of the other
gender ("Mme Roux a précisé qu'il ...": someone else). What was said in the conditional
after a verb of saying in a past tense is the future seen from the past, told in the future
("a indiqué qu'elle reprendrait ses vols" -> "reprendra ses vols"), whatever the verb; a
word the source typed twice is read once ("allait allait"), never shifted alone ("va
allait"). Invented French, each article of another topic."""

from __future__ import annotations

import pytest
from essai_article import title_of

from timeline.events import titles

# (body, publication day, words of the sentence, its title): the pronoun is the speaker
# named before "a annoncé", never the person of the sentence before ("Une cliente va ...")
SPEAKER_PRONOUN = [
    (
        "Une mère de famille a raconté l'intoxication de sa fille. En début de soirée, "
        "Biocoop a annoncé qu'il allait retirer de ses rayons les yaourts du lot suspect.",
        "2019-04-02",
        "retirer",
        "Biocoop va retirer de ses rayons les yaourts",
    ),
    (
        "Une hôtesse de l'air a été entendue par les enquêteurs. Dans la nuit, Air Lusitania "
        "a indiqué qu'elle reprendrait ses vols vers Porto dès samedi.",
        "2022-08-19",
        "reprendrait",
        "Air Lusitania reprendra ses vols vers Porto",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), SPEAKER_PRONOUN)
def test_the_pronoun_of_a_clause_of_saying_is_its_speaker(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (body, publication day, words of the sentence, its title): a speaker the text tells of the
# other gender than the pronoun is not what it stands for
GENDER_CLASH = [
    (
        "Un garçon de neuf ans a disparu mercredi après la classe. Jeudi, Mme Aubry, la "
        "directrice, a précisé qu'il avait quitté l'école seul à midi.",
        "2018-09-20",
        "quitté",
        "Un garçon de neuf ans a quitté l'école seul",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), GENDER_CLASH)
def test_a_speaker_of_the_other_gender_is_not_the_pronoun(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (what was said, in the future): the conditional's ending becomes the future's, whatever
# the verb; a word in "-trait" (a noun as often), "aurait" (an unconfirmed claim) and
# "devrait" (what is likely) stay
FUTURE = [
    ("la mairie fermerait la piscine", "la mairie fermera la piscine"),
    ("les syndicats suspendraient la grève", "les syndicats suspendront la grève"),
    ("le club maintiendrait son entraîneur", "le club maintiendra son entraîneur"),
    ("le retrait des lots prendrait du temps", "le retrait des lots prendra du temps"),
    ("le maire aurait signé le permis", "le maire aurait signé le permis"),
    ("la crue ne devrait pas atteindre la ville", "la crue ne devrait pas atteindre la ville"),
]


@pytest.mark.parametrize(("said", "future"), FUTURE)
def test_the_conditional_of_reported_speech_is_the_future(said, future):
    assert titles._future_of(said) == future


# (words, read once): a word typed twice; a clitic French repeats and a name stay
DOUBLED = [
    ("la commune allait allait vendre le terrain", "la commune allait vendre le terrain"),
    ("le préfet a signé de de nouveaux arrêtés", "le préfet a signé de nouveaux arrêtés"),
    ("nous nous sommes retrouvés à Bora Bora", "nous nous sommes retrouvés à Bora Bora"),
]


@pytest.mark.parametrize(("words", "once"), DOUBLED)
def test_a_word_typed_twice_is_read_once(words, once):
    assert titles._undoubled(words) == once
