"""The central happening of a story, told by several outlets on its day (issue 9): the
evidences of sameness that gather it, each beside a twin that must stay apart. Invented
French articles of varied outlets, the whole assembly (``events_of``), and the evidences
on their own."""

from __future__ import annotations

import pytest
from essai_reports import report
from test_events_false_merges import cited_together, cites, events_of

from timeline.events import merge
from timeline.events.clause import Clause

DAY = ("2024-03-04", "2024-03-04", False)

ARTICLES = [
    # (case, {stem: body}, sentences cited by one event, pairs never cited by one event)
    (
        "a collapse counted anew",
        {
            "2024-03-04-lyon-info": (
                "Un immeuble s'est effondré lundi 4 mars rue Mercière à Lyon."
            ),
            "2024-03-04-le-progres": (
                "Deux immeubles se sont effondrés lundi 4 mars rue Mercière à Lyon, "
                "selon les pompiers."
            ),
        },
        [("Un immeuble s'est effondré", "Deux immeubles se sont effondrés")],
        [],
    ),
    (
        "two collapses in two cities",
        {
            "2024-03-04-lyon-info": "Un immeuble s'est effondré lundi 4 mars rue Mercière à Lyon.",
            "2024-03-04-la-voix": (
                "Deux immeubles se sont effondrés lundi 4 mars rue Nationale à Lille."
            ),
        },
        [],
        [("rue Mercière", "rue Nationale")],
    ),
    (
        "people counted differently are two happenings",
        {
            "2024-03-04-lyon-info": "Un homme a été blessé lundi 4 mars rue Mercière à Lyon.",
            "2024-03-04-le-progres": (
                "Deux hommes ont été blessés lundi 4 mars rue Mercière à Lyon."
            ),
        },
        [],
        [("Un homme a été blessé", "Deux hommes ont été blessés")],
    ),
    (
        "an explosion told by its toll and by its impact",
        {
            "2024-03-05-il-secolo": (
                "Une violente explosion a fait trois morts mardi 5 mars dans le port de Gênes."
            ),
            "2024-03-05-la-stampa": (
                "Une violente explosion a secoué mardi 5 mars le port de Gênes."
            ),
        },
        [("a fait trois morts", "a secoué")],
        [],
    ),
    (
        "a quotation after a thing that happens is its teller's",
        {
            "2024-03-05-il-secolo": (
                "Une violente explosion a fait trois morts mardi 5 mars dans le port de Gênes, "
                "selon le ministre de l'Intérieur Marco Rossi. « C'est une tragédie "
                "nationale », a-t-il déploré devant la presse."
            ),
        },
        [],
        [("a fait trois morts", "C'est une tragédie")],
    ),
    (
        "a quotation after an act goes on with its doer",
        {
            "2024-03-05-il-secolo": (
                "Le ministre de l'Intérieur Marco Rossi a annoncé mardi 5 mars sa démission. "
                "« C'est une décision personnelle », a-t-il expliqué devant la presse."
            ),
        },
        [("sa démission", "C'est une décision personnelle")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "together", "apart"), ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_the_central_happening_gathers_its_outlets(tmp_path, case, articles, together, apart):
    events = events_of(tmp_path, articles)
    for one, other in together:
        assert cited_together(events, one, other), (case, one, other, events)
    for one, other in apart:
        assert any(cites(cited, one) for cited in events), (case, one, events)
        assert not cited_together(events, one, other), (case, one, other, events)


@pytest.mark.parametrize(
    ("noun", "verb", "same"),
    [
        ("effondrement", "effondrer", True),  # "s'effondrer" in derivations
        ("évasion", "évader", True),  # "s'évader"
        ("explosion", "exploser", True),
        ("effondrement", "évader", False),
    ],
)
def test_a_noun_of_action_of_a_pronominal_verb_is_its_act(noun, verb, same):
    """Derivations write a pronominal verb with its pronoun ("s'effondrer"); the parse's
    lemma is the bare verb ("Deux immeubles se sont effondrés": effondrer), whose class
    the noun ("l'effondrement") must be in."""
    fold = merge.vocabulary().fold
    assert (fold.get(noun, noun) == fold.get(verb, verb)) is same


@pytest.mark.parametrize(
    ("places", "other_places", "other_scene", "clash"),
    [
        # "à Beyrouth" / "la capitale du Liban", told by an article naming Beyrouth
        (("beyrouth",), ("liban",), ("liban", "beyrouth"), False),
        # the other article never names Beyrouth: two places
        (("beyrouth",), ("liban",), ("liban",), True),
        (("lyon",), ("lille",), ("lille", "nord"), True),
    ],
)
def test_a_place_the_other_article_names_is_no_clash(places, other_places, other_scene, clash):
    one = report("explosion port", span=DAY, places=places, scene=places)
    other = report(
        "explosion capitale", span=DAY, key=(1, 0), places=other_places, scene=other_scene
    )
    assert merge.place_clash(one, other) is clash
    assert merge.place_clash(other, one) is clash
    # one article naming both places in two reports tells of two places
    same_article = report("explosion capitale", span=DAY, places=other_places, scene=other_scene)
    assert merge.place_clash(one, same_article)


def clause_report(
    sentence: str, predicate: str, core: set[str], key: tuple[int, int]
) -> merge.Report:
    """A report of ``sentence`` whose main clause is ``predicate`` with ``core`` words."""
    return merge.Report(
        key=key,
        span=DAY,
        words=sorted(core),
        entities=set(),
        numbers=set(),
        speaker=None,
        explicit=True,
        kind="happening",
        sentence=sentence,
        clause=Clause(predicate, None, None, None, False, None, frozenset(core)),
    )


@pytest.mark.parametrize(
    ("sentence", "same"),
    [
        ("Selon les pompiers, il s'agit de l'effondrement d'un immeuble ancien.", True),
        ("Il s'agissait d'un effondrement, selon la préfecture.", True),
        # "agir" as an act of its own: what it names is no act of the clause
        ("Les pompiers ont agi très vite après l'effondrement de l'immeuble.", False),
    ],
)
def test_a_presentational_clause_tells_the_act_it_names(sentence, same):
    """ "Il s'agit de l'effondrement de deux immeubles" tells the collapse, as "Deux
    immeubles se sont effondrés" does (``presentational_clauses``)."""
    collapse = merge.vocabulary().fold["effondrement"]
    told = clause_report(
        "Deux immeubles se sont effondrés.", collapse, {collapse, "immeuble"}, (0, 0)
    )
    presented = clause_report(sentence, "agir", {"agir", collapse, "immeuble"}, (1, 0))
    assert merge.same_act(told, presented) is same
