"""One person under several names, and the NER's errors that make someone of what is not a
person (issue 9, merging's "other people" veto). Invented French sentences; no model needed:
the NER's mentions and the parser's tokens are given as the pipeline would store them."""

from __future__ import annotations

import pytest

from timeline.events import entities, merge
from timeline.records import Entity, NerMention, ParsedToken


def _registry(*people: tuple[str, str, str]) -> entities.Registry:
    registry = entities.Registry()
    for entity_id, name, kind in people:
        registry.add(Entity(id=entity_id, name=name, kind=kind))
    return registry


def _mention(text: str, name: str, entity_id: str) -> entities.Mention:
    start = text.index(name)
    return entities.Mention(start, start + len(name), name, entity_id, "")


# --- an alias in apposition: "X, plus connu sous le nom de Y" ----------------------------------

ALIASES = [
    # (case, sentence, the name the NER found, its kind, the link expected or None)
    (
        "plus connue sous le nom de, a title of religion, de elided",
        "Jeanne Marcel, plus connue sous le nom de sœur Agnès, est morte lundi à Nantes.",
        "Jeanne Marcel",
        "person",
        ("jeanne-marcel", "soeur-agnes"),
    ),
    (
        "plus connu sous le nom d', elided",
        "Louis Ferrand, plus connu sous le nom d'Oncle Lou, a été hospitalisé mardi.",
        "Louis Ferrand",
        "person",
        ("louis-ferrand", "oncle-lou"),
    ),
    (
        "dit, with an article",
        "Paul Rivet, dit le Grand Paul, a été interpellé jeudi à Lille.",
        "Paul Rivet",
        "person",
        ("paul-rivet", "grand-paul"),
    ),
    (
        "alias",
        "Marc Delorme, alias Marco, a été condamné vendredi à six ans de prison.",
        "Marc Delorme",
        "person",
        ("marc-delorme", "marco"),
    ),
    (
        "de son vrai nom: the name known is the mention, the other the birth name",
        "Mistral, de son vrai nom Odile Vernet, a chanté samedi à Arles.",
        "Mistral",
        "person",
        ("odile-vernet", "mistral"),
    ),
    (
        "a reporting incise after a name: no name after 'dit'",
        "Il faut attendre, a confié Paul Rivet, dit son avocat ce vendredi.",
        "Paul Rivet",
        "person",
        None,
    ),
    (
        "an organisation named with another name is no person's alias",
        "La société Vellor, dite Vellor Industries, a fermé son usine.",
        "Vellor",
        "organization",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "kind", "link"), ALIASES, ids=[a[0] for a in ALIASES]
)
def test_a_person_named_with_another_name_in_apposition_is_one_entity(case, text, name, kind, link):
    entity_id = entities.slugs.slug(name)
    registry = _registry((entity_id, name, kind))
    links = entities.aliases(registry, text, [_mention(text, name, entity_id)])
    assert links == ([link] if link else []), case
    if link:
        named = entities.same_entities(registry, links)
        assert named == {link[0]: link[1]}


def test_a_name_of_religion_opening_in_lower_case_is_a_name():
    assert entities._acceptable_ner("abbé Lucien")
    assert entities._acceptable_ner("sœur Agnès")
    assert not entities._acceptable_ner("président de la République")
    registry = _registry(("abbe-lucien", "abbé Lucien", "person"))
    assert "lucien" not in registry.surnames  # "Lucien" alone is no surname of his


# --- an adjective opening a sentence, read as a person's name ---------------------------------

SENTENCE = "Intrépide défenseur des sans-abri, l'abbé Lucien est mort lundi."


def _token(text: str, pos: str) -> ParsedToken:
    return ParsedToken(SENTENCE.index(text), text, " ", "ROOT", pos, "", 0)


@pytest.mark.parametrize(
    ("case", "parsed", "kept"),
    [
        ("the parser reads an adjective: no name", [_token("Intrépide", "ADJ")], False),
        ("the parser reads a proper noun: a name", [_token("Intrépide", "PROPN")], True),
        ("not parsed: the NER's name kept", None, True),
    ],
)
def test_an_adjective_the_ner_reads_as_a_person_is_no_name(case, parsed, kept):
    offset = 100  # the sentence's offset in its article
    ner = [NerMention(offset, offset + len("Intrépide"), "Intrépide", "PER")]
    assert (entities.adjectives_out(ner, offset, parsed) == ner) is kept, case


# --- an organisation's short name, read as a person's name -------------------------------------


@pytest.mark.parametrize(
    ("case", "others", "kind"),
    [
        (
            "the build names 'Solidor France', an organisation",
            [("Solidor France", "organization")],
            "organization",
        ),
        ("no organisation of that name", [("Banque de France", "organization")], "person"),
        ("a person's name in full is no organisation", [("Solidor Martin", "person")], "person"),
    ],
)
def test_a_one_word_person_heading_an_organisations_name_is_that_organisation(case, others, kind):
    registry = _registry(
        ("solidor", "Solidor", "person"),
        *((entities.slugs.slug(name), name, k) for name, k in others),
    )
    entities.organisations_named_short(registry)
    assert registry.entities["solidor"].kind == kind, case


# --- merging: a portrait in the imperfect nobody is found to say --------------------------------


def _report(key: tuple[int, int], **fields: object) -> merge.Report:
    return merge.Report(
        key=key,
        span=("2024-02-05", "2024-02-05", False),
        words=[],
        entities=set(),
        numbers=set(),
        speaker=fields.pop("speaker", None),  # type: ignore[arg-type]
        explicit=True,
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("case", "portrait", "blocked"),
    [
        ("unsaid, imperfect: a portrait", {"statement": True, "tense": "imperfect"}, True),
        ("said by someone named", {"statement": True, "tense": "imperfect", "speaker": "x"}, False),
        ("unsaid, past: a statement of the day", {"statement": True, "tense": "past"}, False),
    ],
)
def test_a_portrait_in_the_imperfect_is_not_the_happening_it_mentions(case, portrait, blocked):
    death = _report((0, 1), statement=False, kind="happening", tense="past")
    other = _report((1, 3), kind="statement", **portrait)
    assert merge.unsaid_description(other, death) is blocked, case
