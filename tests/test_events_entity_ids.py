"""Entity ids of names a sentence opens with, and marks that are no names (issue 9: an
id that differs keeps two reports of one speaker or place apart).

Each row: two invented sentences of two outlets naming one entity (or not), with the
spans spaCy's NER would give; the ids of those names must be one (or two), whichever
sentence is read first.
"""

from __future__ import annotations

import pytest

from timeline.events import entities
from timeline.records import NerMention


def ids_of(sentences: list[tuple[str, str, str]]) -> list[list[str]]:
    """Entity ids found in each sentence (text, name as NER spans it, NER label), read in
    order by one registry."""
    registry = entities.Registry()
    out = []
    for text, name, label in sentences:
        ner = [NerMention(text.index(name), text.index(name) + len(name), name, label)]
        out.append([m.entity for m in entities.find_mentions(registry, text, 0, len(text), ner)])
    return out


#: (first sentence, its name, second sentence, its name, NER label, one entity?)
SAME_NAME = [
    # an elided article opening the sentence is the article, not the name
    (
        "L'ONU a condamné mardi l'attaque.",
        "L'ONU",
        "Selon l'ONU, 300 personnes ont fui.",
        "ONU",
        "ORG",
        True,
    ),
    (
        "« L'OTAN n'est pas en guerre », a dit son chef.",
        "L'OTAN",
        "Les ministres de l'OTAN se réunissent jeudi.",
        "OTAN",
        "ORG",
        True,
    ),
    # a country opening the sentence with its article is the country
    (
        "La France a rappelé son ambassadeur.",
        "La France",
        "Paris a annoncé que la France enverrait de l'aide.",
        "France",
        "LOC",
        True,
    ),
    (
        "Les Etats-Unis ont salué l'accord.",
        "Les Etats-Unis",
        "Washington a indiqué que les Etats-Unis restaient prudents.",
        "Etats-Unis",
        "LOC",
        True,
    ),
    # a name that holds its article stays one entity, written at the start or not
    (
        "L'Oréal a publié ses résultats.",
        "L'Oréal",
        "Les ventes de L'Oréal ont progressé.",
        "L'Oréal",
        "ORG",
        True,
    ),
    (
        "La Rochelle a voté le budget.",
        "La Rochelle",
        "Le conseil municipal de La Rochelle s'est réuni.",
        "La Rochelle",
        "LOC",
        True,
    ),
    (
        "Le Monde a révélé l'affaire.",
        "Le Monde",
        "Selon Le Monde, l'enquête avance.",
        "Le Monde",
        "ORG",
        True,
    ),
    # twins: the article stripped never joins two names
    (
        "L'ONU a condamné mardi l'attaque.",
        "L'ONU",
        "L'Unicef a dénoncé la situation.",
        "L'Unicef",
        "ORG",
        False,
    ),
    (
        "La France a rappelé son ambassadeur.",
        "La France",
        "La Rochelle a voté le budget.",
        "La Rochelle",
        "LOC",
        False,
    ),
]


@pytest.mark.parametrize(
    ("first", "first_name", "second", "second_name", "label", "one"), SAME_NAME
)
def test_a_name_opening_a_sentence_has_the_id_it_has_elsewhere(
    first, first_name, second, second_name, label, one
):
    for order in ((0, 1), (1, 0)):
        rows = [(first, first_name, label), (second, second_name, label)]
        found = ids_of([rows[i] for i in order])
        [a], [b] = (found[order.index(0)], found[order.index(1)])
        assert (a == b) is one, (order, a, b)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("L'ONU a condamné mardi l'attaque.", "L'ONU", "onu"),
        ("La France a rappelé son ambassadeur.", "La France", "france"),
        ("La Rochelle a voté le budget.", "La Rochelle", "la-rochelle"),
    ],
)
def test_the_id_of_a_name_opening_a_sentence(text, name, expected):
    assert ids_of([(text, name, "ORG")]) == [[expected]]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Il a passé quatre ans (depuis 2020, NDLR) en prison, a dit Jean Dupont.", "NDLR"),
        ("« Elle [la ministre, N.D.L.R.] a menti », a affirmé Jean Dupont.", "N.D.L.R."),
        ("Le texte (traduit par nos soins, NDT) a été publié par Jean Dupont.", "NDT"),
    ],
)
def test_an_editorial_mark_is_no_person(text, mark):
    """A note of the newsroom in a quotation or a parenthesis is no one who speaks or acts
    (it made a person of its own, who kept the statement apart from its speaker's)."""
    registry = entities.Registry()
    ner = [
        NerMention(text.index(name), text.index(name) + len(name), name, "PER")
        for name in (mark, "Jean Dupont")
    ]
    found = entities.find_mentions(registry, text, 0, len(text), ner)
    assert [m.entity for m in found] == ["jean-dupont"]


#: (first sentence, its name, second sentence, its name, the entity's name)
NAMES = [
    # the article written with a capital inside a sentence is the name's
    (
        "L'Oréal a publié ses résultats.",
        "L'Oréal",
        "Les ventes de L'Oréal ont progressé.",
        "L'Oréal",
        "L'Oréal",
    ),
    (
        "L\u2019Équipe a révélé l'affaire.",
        "L\u2019Équipe",
        "Selon L\u2019Équipe, le joueur est blessé.",
        "L\u2019Équipe",
        "L\u2019Équipe",
    ),
    # twins: written with a small article inside a sentence, or only opening sentences
    (
        "L'ONU a condamné mardi l'attaque.",
        "L'ONU",
        "Selon l'ONU, 300 personnes ont fui.",
        "ONU",
        "ONU",
    ),
    ("L'ONU a condamné mardi l'attaque.", "L'ONU", "L'ONU a salué l'accord.", "L'ONU", "ONU"),
]


@pytest.mark.parametrize(("first", "first_name", "second", "second_name", "name"), NAMES)
def test_a_name_opening_a_sentence_has_the_name_it_has_elsewhere(
    first, first_name, second, second_name, name
):
    """ "L'Oréal a publié ..." names L'Oréal, not "Oréal", when the article is written
    with a capital inside a sentence too ("les ventes de L'Oréal"); "L'ONU a condamné
    ..." names the ONU ("selon l'ONU"), whichever sentence is read first."""
    for order in ((0, 1), (1, 0)):
        rows = [(first, first_name), (second, second_name)]
        registry = entities.Registry()
        for text, written in (rows[i] for i in order):
            at = text.index(written)
            ner = [NerMention(at, at + len(written), written, "ORG")]
            entities.find_mentions(registry, text, 0, len(text), ner)
        [entity] = entities.finalize(registry)
        assert entity.name == name, (order, entity)


def completed_ids(sentences: list[tuple[str, str, str]]) -> list[list[tuple[str, str]]]:
    """(id, surface) of each sentence's mentions, read in order by one registry, after
    ``complete_names`` ran over every sentence (as assembly runs it once all are read)."""
    registry = entities.Registry()
    found = []
    for text, name, label in sentences:
        ner = [NerMention(text.index(name), text.index(name) + len(name), name, label)]
        found.append((text, entities.find_mentions(registry, text, 0, len(text), ner)))
    moved: set[str] = set()
    for text, mentions in found:
        moved |= entities.complete_names(registry, text, mentions)
    entities.count_surfaces(registry, [m for _, ms in found for m in ms], moved)
    return [[(m.entity, m.surface) for m in mentions] for _, mentions in found]


#: (sentence whose name the NER spans whole, its name, sentence where it spans the
#: capitalised head only, that head, the name written there, or None when it is not that
#: name): an institution's name goes on in lower case after its head
CUT_NAMES = [
    (
        "Le Conseil constitutionnel a validé la loi mardi.",
        "Conseil constitutionnel",
        "Le Conseil constitutionnel s'est réuni jeudi à Paris.",
        "Conseil",
        "Conseil constitutionnel",
    ),
    (
        "L'Assemblée nationale a adopté le texte.",
        "Assemblée nationale",
        "Le débat à l'Assemblée nationale a duré six heures.",
        "Assemblée",
        "Assemblée nationale",
    ),
    # another name of the same head, or the head alone: not the known name
    (
        "Le Conseil constitutionnel a validé la loi mardi.",
        "Conseil constitutionnel",
        "Le Conseil municipal s'est réuni jeudi.",
        "Conseil",
        None,
    ),
    (
        "Le Conseil constitutionnel a validé la loi mardi.",
        "Conseil constitutionnel",
        "Le Conseil a été saisi par soixante députés.",
        "Conseil",
        None,
    ),
    # a country followed by an adjective of its own ("la Russie voisine") stays the country
    (
        "La Russie a fermé sa frontière.",
        "Russie",
        "La Russie voisine a fermé sa frontière.",
        "Russie",
        "Russie",
    ),
]


@pytest.mark.parametrize(("whole", "name", "cut", "head", "written"), CUT_NAMES)
@pytest.mark.parametrize("whole_first", [True, False])
def test_a_name_the_ner_cut_at_its_capital_is_completed(
    whole, name, cut, head, written, whole_first
):
    sentences = [(whole, name, "ORG"), (cut, head, "ORG")]
    found = completed_ids(sentences if whole_first else sentences[::-1])
    if not whole_first:
        found.reverse()
    (whole_id, _), (cut_id, cut_surface) = found[0][0], found[1][0]
    if written is None:
        assert cut_id != whole_id
        assert cut_surface == head
    else:
        assert cut_id == whole_id
        assert cut_surface == written


def test_a_name_no_mention_writes_any_more_names_nothing():
    registry = entities.Registry()
    texts = [
        "Le Conseil constitutionnel a validé la loi.",
        "Le Conseil constitutionnel s'est réuni.",
    ]
    found = []
    for text, name in zip(texts, ["Conseil constitutionnel", "Conseil"], strict=True):
        ner = [NerMention(text.index(name), text.index(name) + len(name), name, "ORG")]
        found.append((text, entities.find_mentions(registry, text, 0, len(text), ner)))
    assert "conseil" in registry.surfaces
    moved: set[str] = set()
    for text, mentions in found:
        moved |= entities.complete_names(registry, text, mentions)
    entities.count_surfaces(registry, [m for _, ms in found for m in ms], moved)
    assert "conseil" not in registry.surfaces
    assert registry.surfaces["conseil-constitutionnel"] == {"Conseil constitutionnel"}


def ids_after_acronyms(sentences: list[tuple[str, list[tuple[str, str]]]]) -> list[list[str]]:
    """Entity ids of each sentence's mentions (text, [(name as NER spans it, label)]), read in
    order by one registry, once names written with their acronym are one entity (as
    assembly runs it when every sentence is read)."""
    registry = entities.Registry()
    found = []
    for text, names in sentences:
        ner = [NerMention(text.index(n), text.index(n) + len(n), n, label) for n, label in names]
        found.append((text, entities.find_mentions(registry, text, 0, len(text), ner)))
    links = [link for text, ms in found for link in entities.acronyms(registry, text, ms)]
    named = entities.same_entities(registry, links)
    return [[named.get(m.entity, m.entity) for m in ms] for _, ms in found]


#: (sentence writing a name with a bracketed word, its NER spans, another sentence naming
#: one of them, its NER span, one entity?)
BRACKETED = [
    (
        "L'Union africaine (UA) a condamné le putsch.",
        [("Union africaine", "ORG"), ("UA", "ORG")],
        "L'UA a réuni son conseil de paix.",
        [("UA", "ORG")],
        True,
    ),
    # the NER reads the acronym as a person's name: still the organisation
    (
        "La Communauté économique des États de l'Afrique de l'Ouest (Cédéao) a tranché.",
        [("Communauté économique des États de l'Afrique de l'Ouest", "ORG"), ("Cédéao", "PER")],
        "Un sommet de la Cédéao est prévu dimanche.",
        [("Cédéao", "PER")],
        True,
    ),
    # the acronym first, the full name in brackets
    (
        "L'OMS (Organisation mondiale de la santé) a déclaré l'urgence.",
        [("OMS", "ORG"), ("Organisation mondiale de la santé", "ORG")],
        "L'Organisation mondiale de la santé a publié un rapport.",
        [("Organisation mondiale de la santé", "ORG")],
        True,
    ),
    # a town and its département, a man and his party: two entities
    (
        "Un incendie a touché Chambéry (Savoie) mardi.",
        [("Chambéry", "LOC"), ("Savoie", "LOC")],
        "La Savoie a déclenché son plan d'urgence.",
        [("Savoie", "LOC")],
        False,
    ),
    (
        "Le député Paul Simonet (PS) a voté contre.",
        [("Paul Simonet", "PER"), ("PS", "ORG")],
        "Le PS a exclu le député.",
        [("PS", "ORG")],
        False,
    ),
]


@pytest.mark.parametrize(("first", "names", "second", "named", "one"), BRACKETED)
@pytest.mark.parametrize("bracket_first", [True, False])
def test_a_name_and_its_acronym_in_brackets_are_one_entity(
    first, names, second, named, one, bracket_first
):
    sentences = [(first, names), (second, named)]
    found = ids_after_acronyms(sentences if bracket_first else sentences[::-1])
    if not bracket_first:
        found.reverse()
    assert (found[0][0] == found[0][1]) == one
    assert (found[1][0] == found[0][0]) == one


@pytest.mark.parametrize(
    ("name", "short", "expected"),
    [
        ("Union africaine", "UA", True),
        ("Bureau international du travail", "BIT", True),
        ("Communauté économique des Etats d'Afrique de l'Ouest", "Cédeao", True),
        ("Autorité du canal", "SCA", False),  # another language's acronym
        ("Chambéry", "Savoie", False),
        ("Paul Simonet", "PS", True),  # initials: a person is kept apart by its kind
    ],
)
def test_an_acronym_is_the_initials_of_a_name_in_order(name, short, expected):
    assert entities.acronym_of(name, short) == expected


#: two person ids of one article naming one person: a surname alone ends the name in full;
#: an id of several words is a name in full ("Pierre Martin" is not "Jean-Pierre Martin")
PERSON_IDS = [
    ("caroline-tharot", "tharot", True),
    ("tharot", "caroline-tharot", True),
    ("caroline-tharot", "caroline-tharot", True),
    ("jean-pierre-martin", "pierre-martin", False),
    ("pierre-martin", "jean-pierre-martin", False),
    ("caroline-tharot", "anne-tharot", False),
    ("caroline-tharot", "rot", False),
]


@pytest.mark.parametrize(("one", "other", "same"), PERSON_IDS)
def test_a_surname_alone_names_the_speaker_named_in_full(one, other, same):
    assert entities.same_person(one, other) is same
