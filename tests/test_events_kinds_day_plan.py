"""The program of a day told in the future goes on the story of that day (issue 9, found:
"Les ex-otages vont ensuite se rendre à ..." after their arrival, set aside as a forecast):
an act told in the future with no day of its own, by nobody quoted, right after an
announcement of its day or a step of that program, or with a connective of sequence on its
verb right after the narration of a happening, is the next act of that day; not a
procedure, not what follows something set aside, not a connective joining two noun phrases.

Invented French of several topics (an expedition, a rescue in the mountains, a national
day, a factory's fire, a trial, a coach's crash, a space probe). Each row: (body,
words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-07-10"

PLANS = [
    (
        "Les trois alpinistes sont arrivés mardi au camp de base de l'Everest. Ils vont "
        "ensuite rejoindre le village de Lukla en hélicoptère.",
        "rejoindre le village",
        TOLD,
    ),
    (
        "Les secours ont hélitreuillé mardi deux randonneurs blessés dans le massif des "
        "Aravis.\n\nLes deux randonneurs vont ensuite rejoindre l'hôpital d'Annecy.",
        "rejoindre l'hôpital",
        EVENT,
    ),
    (
        "Le 14 juillet, le président de la République recevra les maires à l'Élysée. Il "
        "prononcera un discours dans la cour d'honneur.",
        "prononcera un discours",
        TOLD,
    ),
    (
        "Les pompiers maîtrisent l'incendie de l'usine vers midi. Les habitants du quartier "
        "vont ensuite regagner leurs maisons.",
        "regagner leurs maisons",
        TOLD,
    ),
]

NOT_PLANS = [
    # a procedure, with no connective of sequence
    (
        "Le procès de quatre hommes s'est ouvert lundi devant le tribunal de Metz.\n\n"
        "Les accusés seront entendus l'un après l'autre. Le jugement sera rendu à l'issue "
        "des débats.",
        "Le jugement sera rendu",
        NO_EVENT,
    ),
    # after what was set aside as to come
    (
        "Un car s'est renversé lundi sur l'autoroute A8. Seize blessés devaient être "
        "évacués vers Nice dans la soirée. Ils seront ensuite transportés à Marseille.",
        "transportés à Marseille",
        NO_EVENT,
    ),
    # "puis" joining two noun phrases
    (
        "La sonde européenne a quitté son orbite lundi. Elle ouvrira un premier parachute "
        "puis un second.",
        "premier parachute",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), PLANS + NOT_PLANS)
def test_the_program_of_a_day_goes_on_its_story(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
