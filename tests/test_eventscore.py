"""The events scorer of bench/eventscore.py on small synthetic chronologies."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eventscore import (  # noqa: E402
    BLIND_SETS,
    UNSEEN_SETS,
    GoldError,
    HeadlineChecks,
    Published,
    Report,
    dossier_label,
    dossier_table,
    juxtaposed_in,
    parse_gold,
    published,
    score,
    set_table,
    shows_details,
)

GOLD = {
    "articles": {"a": "2020-01-02-a", "b": "2020-01-02-b", "c": "2020-01-03-c"},
    "events": [
        {
            "key": "fire",
            "kind": "happening",
            "start": ["2020-01-01"],
            "evidence": [
                {"in": "a", "text": "feu a pris mercredi"},
                {"in": "b", "text": "incendie de mercredi"},
            ],
        },
        {
            "key": "mayor-says",
            "kind": "statement",
            "start": ["2020-01-02"],
            "evidence": [{"in": "a", "text": "a déclaré le maire"}],
        },
        {
            "key": "visit",
            "kind": "announcement",
            "start": ["2020-01-05"],
            "evidence": [{"in": "c", "text": "se rendra dimanche"}],
        },
    ],
    "context": [
        {"key": "old-fire", "evidence": [{"in": "b", "text": "déjà brûlé en 1990"}]},
    ],
    "not_events": [{"in": "c", "text": "Photo prise le 1er janvier"}],
    "dossiers": {"fire": ["a", "b"]},
    "headlines": {"max_chars": 90, "median_chars": 70},
}
OUTLETS = {"2020-01-02-a": "a.fr", "2020-01-02-b": "b.fr", "2020-01-03-c": "c.fr"}

FIRE_A = Report("2020-01-02-a", "Le feu a pris mercredi dans l'usine.")
FIRE_B = Report("2020-01-02-b", "L'incendie de mercredi a détruit l'usine.")
MAYOR = Report("2020-01-02-a", "« Tout est sous contrôle », a déclaré le maire jeudi.")
VISIT = Report("2020-01-03-c", "Le ministre se rendra dimanche sur place.")
OLD = Report("2020-01-02-b", "L'usine avait déjà brûlé en 1990.")
CAPTION = Report("2020-01-03-c", "Photo prise le 1er janvier.")


def ev(id_: str, start: str, *reports: Report, title: str = "Un titre") -> Published:
    return Published(id_, title, start, start, reports)


def gold():
    return parse_gold(GOLD, "synthetic")


PERFECT = [
    ev("fire", "2020-01-01", FIRE_A, FIRE_B, title="Incendie dans l'usine"),
    ev("mayor", "2020-01-02", MAYOR, title="Le maire : « tout est sous contrôle »"),
    ev("visit", "2020-01-05", VISIT, title="Le ministre se rendra sur place"),
]


def test_perfect_chronology_meets_every_target():
    s = score(gold(), PERFECT, OUTLETS)
    assert (s.found, s.dated_right, s.reports_dated_right, s.reports) == (3, 3, 4, 4)
    assert (s.merged, s.merges, s.false_merges, s.background) == (1, 1, [], [])
    assert all(met for *_, met in set_table(s))
    assert s.multi_outlet == s.multi_outlet_gathered == 1
    assert s.duplicates == 0


def test_split_happening_is_found_but_not_merged_and_counts_a_duplicate():
    events = [ev("fire-a", "2020-01-01", FIRE_A), ev("fire-b", "2020-01-01", FIRE_B)] + PERFECT[1:]
    s = score(gold(), events, OUTLETS)
    fire = s.events[0]
    assert fire.found and fire.dated_right and not fire.all_in_one
    assert (s.merged, s.duplicates, s.multi_outlet_gathered) == (0, 1, 0)
    table = dict((m, met) for m, _, _, met in dossier_table(s))
    assert table["every report of an event dated right (second copies included)"]
    assert not table["events reported by several outlets, gathered in one event"]


@pytest.mark.parametrize(
    ("starts", "dated", "reports_right"),
    [
        (("2020-01-01", "2020-01-01"), True, 2),
        (("2020-01-02", "2020-01-01"), True, 1),  # the copy in b is dated by its own event
        (("2020-01-02", "2020-01-02"), False, 0),  # the publication day, not the fire's
    ],
)
def test_each_report_is_dated_by_the_event_that_cites_it(starts, dated, reports_right):
    events = [ev("x", starts[0], FIRE_A, FIRE_B)]
    if starts[0] != starts[1]:
        events = [ev("x", starts[0], FIRE_A), ev("y", starts[1], FIRE_B, FIRE_B)]
    s = score(gold(), events, OUTLETS)
    assert s.events[0].reports_dated_right == reports_right
    if starts[0] == starts[1]:
        assert s.events[0].dated_right is dated


def test_each_report_dated_wrong_is_listed_with_what_it_was_given():
    events = [ev("x", "2020-01-02", FIRE_A), PERFECT[1], PERFECT[2]]  # FIRE_B not published
    misdated = score(gold(), events, OUTLETS).events[0].misdated
    assert [(m.article, m.given, m.accepted) for m in misdated] == [
        ("2020-01-02-a", "2020-01-02", "2020-01-01"),
        ("2020-01-02-b", None, "2020-01-01"),
    ]
    assert misdated[0].sentence == FIRE_A.sentence  # the sentence cited, not the gold's text
    assert misdated[1].line().startswith("fire [2020-01-02-b] not published not 2020-01-01: ")
    assert score(gold(), PERFECT, OUTLETS).events[0].misdated == []


def test_statement_dated_on_the_period_it_speaks_of_is_wrong():
    events = [PERFECT[0], ev("mayor", "2020-01-01", MAYOR), PERFECT[2]]
    s = score(gold(), events, OUTLETS)
    assert s.events[1].found and not s.events[1].dated_right
    assert s.dated_right == 2


def test_untitled_event_is_not_found():
    events = [PERFECT[0], ev("mayor", "2020-01-02", MAYOR, title=" "), PERFECT[2]]
    s = score(gold(), events, OUTLETS)
    assert not s.events[1].found
    assert s.bad_starts["empty"] == [" "]


def test_background_and_captions_published_as_events_are_counted():
    events = PERFECT + [ev("old", "1990-01-01", OLD), ev("cap", "2020-01-01", CAPTION)]
    s = score(gold(), events, OUTLETS)
    assert sorted(s.background) == ["cap", "old"]
    assert s.context_as_event == ["old-fire"]
    row = set_table(s)[2]
    assert row[1] == "2 of 5 (40 %)" and not row[3]


def test_gathering_different_happenings_is_a_false_merge():
    events = [ev("all", "2020-01-01", FIRE_A, FIRE_B, MAYOR), PERFECT[2]]
    s = score(gold(), events, OUTLETS)
    assert s.false_merges == ["all"]
    assert not dict((m, ok) for m, _, _, ok in set_table(s))[
        "same happening reported twice, merged; false merges"
    ]
    gathering_context = [*PERFECT[:2], ev("v", "2020-01-05", VISIT, OLD)]
    assert score(gold(), gathering_context, OUTLETS).false_merges == ["v"]


def test_restricted_gold_keeps_the_dossier_only():
    g = gold()
    dossier = g.restricted(g.dossiers["fire"])
    assert [e.key for e in dossier.events] == ["fire", "mayor-says"]
    assert dossier.not_events == ()
    assert [c.key for c in dossier.context] == ["old-fire"]


def test_seed_style_gold_plain_strings_and_before():
    g = parse_gold(
        {
            "events": [
                {"key": "k", "start": {"before": "2015-01-01"}, "evidence": ["depuis 2011"]}
            ],
            "context": [{"key": "c", "evidence": "depuis longtemps"}],
            "merges": [["un", "deux"]],
        }
    )
    assert g.events[0].evidence[0].article is None
    assert "2014-12-31" in g.events[0].start and "2015-01-01" not in g.events[0].start
    report = Report("any-article", "La guerre dure depuis 2011.")
    assert score(g, [ev("e", "2011-01-01", report)]).events[0].dated_right


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            {
                "events": [
                    {"key": "k", "kind": "rumour", "start": ["2020-01-01"], "evidence": ["x"]}
                ]
            },
            "kind",
        ),
        ({"events": [{"key": "k", "start": ["1er janvier"], "evidence": ["x"]}]}, "ISO day"),
        (
            {
                "events": [
                    {"key": "k", "start": ["2020-01-01"], "evidence": [{"in": "z", "text": "x"}]}
                ]
            },
            "unknown article",
        ),
        ({"events": [{"key": "k", "start": [], "evidence": ["x"]}]}, "start"),
    ],
)
def test_malformed_gold_is_refused_with_the_item_named(bad, message):
    with pytest.raises(GoldError, match=message):
        parse_gold(bad, "bad.yml")


CHECKS = HeadlineChecks.load()


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("", "empty"),
        ("- La Palme d'or attribuée à Kore-eda", "punctuation"),
        (", la croissance repart", "punctuation"),
        ("Et le maire démissionne", "connective"),
        ("Mais la cour refuse", "connective"),
        ("Quatre morts dans un incendie", None),
        ("Qu'il avait vu la veille", "connective"),
        ("Etats-Unis : Biden en visite", None),
        ("« Je ne suis pas un tueur », dit Abdeslam", None),
        ("Ainsi soit-il", "connective"),
        ("Puisque le vote est acquis", None),
    ],
)
def test_bad_starts(title, why):
    assert CHECKS.bad_start(title) == why


@pytest.mark.parametrize(
    ("title", "holes"),
    [
        ("En, la croissance a progressé", True),
        ("Il affirme qu' quand la guerre", True),
        ("Les frappes continuent depuis", True),
        ("Le maire s'exprime ( ) devant la presse", True),
        ("La croissance a progressé de 0,3 %", False),
        ("L'armée syrienne lance une offensive", False),
        ("Le parquet de Tours requiert", False),
        ("Moscou : les frappes continuent", False),
        ("Jusqu', elle n'avait été prononcée qu'à quatre reprises", True),
        ("Le parquet a requis des peines allant de de prison", True),
        ('Le maire dit " " au mieux', True),
        ("Pas d'accord, dit-il", False),
        ("Le maire, élu en 2020, démissionne", False),
        ("Jong-un : tous les composants ont été fabriqués", False),
        # the last part of a name, a capital after a capitalised word
        ("Kim Jong Un : le monde va voir un changement majeur", False),
        ("Selon Kim Jong Un, beaucoup prendront la scène", False),
        ("Un : le monde va voir un changement majeur", True),
        ("La réunion a eu lieu à Paris en, puis", True),
        ("Le président a parlé de : la crise", True),
    ],
)
def test_holes(title, holes):
    assert bool(CHECKS.holes_in(title)) is holes


@pytest.mark.parametrize(
    ("title", "source", "holes"),
    [
        # the original's own words: its brackets, an incise, an elision, a closing word
        (
            "La progression a été aggravée sans faute de (leur) part",
            "La progression a été aggravée sans faute de (leur) part.",
            [],
        ),
        (
            "Paul Durand, qui, depuis, a démissionné, n'a rien dit",
            "Paul Durand, qui, depuis, a démissionné, n'a rien dit.",
            [],
        ),
        ("Le niveau a augmenté depuis", "Le niveau a augmenté depuis.", []),
        # a cut: not as the original has it
        (
            "Le préfet a précisé qu' ont été touchées",
            "Le préfet a précisé qu'au total 12 communes ont été touchées.",
            ["qu' "],
        ),
        (
            "Le niveau a augmenté depuis",
            "Le niveau a augmenté depuis 2011 dans la région.",
            ["depuis"],
        ),
        # a count of time cut out as an hour
        (
            "Paul Martin reçoit et Luc Blanc 45 minutes",
            "Paul Martin reçoit 2h10 et Luc Blanc 45 minutes.",
            ["martin reçoit et"],
        ),
        (
            "Marie Dupont est créditée et 20 minutes",
            "Marie Dupont est créditée de 3h et 20 minutes.",
            ["est créditée et", "et 20 minutes"],
        ),
        (
            "Le coureur a conservé son titre et d'avance",
            "Le coureur a conservé son titre et ses 3h20 d'avance.",
            ["titre et d'avance"],
        ),
        (
            "La navigatrice a coupé la ligne à Lorient minutes",
            "La navigatrice a coupé la ligne à Lorient après 45 jours 7h 12 minutes.",
            ["lorient minutes"],
        ),
        (
            "Le séisme a eu lieu et 12 minutes",
            "Le séisme a eu lieu à 3 heures et 12 minutes.",
            ["et 12 minutes"],
        ),
        # ... not when the count stays, nor an hour cut whole, nor a count the original has
        (
            "Paul Martin reçoit 2h10 et Luc Blanc 45 minutes",
            "Paul Martin reçoit 2h10 et Luc Blanc 45 minutes.",
            [],
        ),
        ("Le train est parti de la gare", "Le train est parti à 10h15 de la gare.", []),
        ("Le vote a duré des heures", "Le vote a duré des heures, 3 heures au moins.", []),
    ],
)
def test_holes_read_against_the_cited_sentence(title, source, holes):
    assert CHECKS.holes_in(title, [source]) == holes


def test_a_word_doubled_by_the_source_itself_is_not_a_hole():
    title = "Croquis d'audience de de plusieurs accusés"
    assert CHECKS.holes_in(title) == ["de de"]
    assert CHECKS.holes_in(title, ["Croquis d'audience de de plusieurs des 14 hommes"]) == []


@pytest.mark.parametrize(
    ("title", "dangling"),
    [
        ("Réunion pour discuter de cette affaire", ["cette affaire"]),
        ("Ce dernier dément", ["ce dernier"]),
        ("De tels incidents ne se reproduiront pas", ["de tels incidents"]),
        ("L'affaire Fillon devant la cour", []),
        ("Le dernier survivant condamné", []),
        # a pronoun, not before a noun
        ("Le premier a été condamné", ["le premier"]),
        # ... a rank among others is none
        ("Le directeur a quitté le navire parmi les premiers", []),
        ("Attou : j'ai confiance en la justice, depuis le premier jour", []),
        # ... nor a half of a reciprocal pair with its other half
        ("De nombreux spectateurs sont tombés les uns sur les autres", []),
        ("Les deux frères se sont accusés l'un l'autre", []),
        ("Les autres ont été évacués", ["les autres"]),
        ("Les uns ont fui, les autres sont restés", []),
        # a subject pronoun opening the headline or what a speaker said, unless impersonal
        ("Il a été placé en détention provisoire", ["il"]),
        ("Poutine : elles vont s'intensifier", ["elles"]),
        ("Il y a eu dix morts", []),
        ("Choïgou : il n'y a pas eu de victimes", []),
        ('Sapin : il sera "plus difficile" de réussir', []),
        ("Il faudra trois jours pour rouvrir le canal", []),
        ("Il est conseillé de ne pas s'exposer aux fumées", []),
        ("Il est prématuré d'imputer des responsabilités pénales", []),
        # ... an object pronoun between "il" and its verb read past
        ("Martin : il nous restait trois hangars en feu", []),
        ("Il leur faut encore deux semaines", []),
        ("Il ne lui reste que deux jours", []),
        # ... an impersonal verb in another tense
        ("Il a fallu dix minutes pour évacuer la salle", []),
        ("Il s'agirait d'un groupe venu de Lyon", []),
        # ... or its real subject a quantity after the participle
        ("Il est tombé 491 litres d'eau par m2", []),
        ("Il s'est créé 104 000 emplois durant la même période", []),
        ("Il s'est rendu 2 fois sur place", ["il"]),
        ("Il est resté 3 jours à l'hôpital", ["il"]),
        ("Il est tombé dans un ravin", ["il"]),
        ("Il a été retrouvé mort", ["il"]),
        # ... or the weather's: a verb of weather, "faire" before a word of weather
        ("Il faisait nuit noire sur le port", []),
        ("Il a neigé toute la nuit sur le col", []),
        ("Il fera très froid sur les hauteurs", []),
        # a demonstrative before a noun, not before a word of time
        ("Sapin : l'objectif sera atteint, cet objectif", ["cet objectif"]),
        ("Le procès a été ajourné ce lundi", []),
        ("Les élus réunis ce 13 novembre", []),
        ("Ce que dit la loi", []),
        ("Le verdict rendu ce jour-là", []),
        ("Aucun blessé signalé à ce stade", []),
        # ... nor before "derniers", "prochains" and a word of time: a period, no reference
        ("Ces derniers mois ont été intenses", []),
        ("Les ventes ont chuté ces dernières semaines", []),
        ("La grève reprendra ces prochains jours", []),
        ("Ces derniers ont été arrêtés", ["ces derniers"]),
        ("Cette dernière a démissionné", ["cette dernière"]),
        ("Ce sont ces derniers qui décident des poursuites", ["ces derniers", "ce sont"]),
    ],
)
def test_dangling(title, dangling):
    assert CHECKS.dangling_in(title) == dangling


def test_published_reads_a_chronology_dict():
    chronology = {
        "events": [
            {
                "id": "e",
                "title": "T",
                "start": "2020-01-01",
                "end": "2020-01-02",
                "sources": [{"article": "a", "sentence": "S.", "paragraph": 1}],
            }
        ]
    }
    assert published(chronology) == [
        Published("e", "T", "2020-01-01", "2020-01-02", (Report("a", "S."),))
    ]


# (headline, the sentence it is made from, where a cut left two noun phrases side by side)
JUXTAPOSED = [
    (
        "Le maire a demandé au préfet le conseil",
        "Le maire a demandé au préfet de présenter ses excuses devant le conseil municipal.",
        ["préfet le"],
    ),
    (
        "La ministre avait réclamé sa tête sa démission",
        "La ministre avait réclamé sa tête et sa démission immédiate.",
        ["tête sa"],
    ),
    (
        "Un homme est mort à Lunel une femme à Sète",
        "Un homme est mort à Lunel et une femme à Sète dans la nuit.",
        ["Lunel une"],
    ),
    # a comma alone, a date alone: no link was cut
    ("Le maire Paul Roy a inauguré la salle", "Le maire, Paul Roy, a inauguré la salle.", []),
    (
        "La fusée a placé sur orbite avec succès le satellite",
        "La fusée a placé sur orbite avec succès mardi soir le satellite.",
        [],
    ),
]


@pytest.mark.parametrize(("title", "sentence", "found"), JUXTAPOSED)
def test_noun_phrases_side_by_side_at_a_cut(title, sentence, found):
    assert juxtaposed_in(title, [sentence]) == found


@pytest.mark.parametrize(
    ("name", "unseen_details", "shown"),
    [
        ("dev", False, True),  # a development set: everything
        (min(UNSEEN_SETS), False, False),  # the unseen check: figures only by default
        (min(UNSEEN_SETS), True, True),  # ... its details when asked
        (min(BLIND_SETS), False, False),  # a blind set: never
        (min(BLIND_SETS), True, False),  # ... not even when the unseen set's are asked
    ],
)
def test_per_event_details_are_printed_only_where_allowed(name, unseen_details, shown):
    assert shows_details(name, unseen_details=unseen_details) is shown


@pytest.mark.parametrize(
    ("name", "unseen_details", "label"),
    [
        ("dev", False, "trevise"),  # a development set's dossier goes by its name
        (min(UNSEEN_SETS), False, "dossier-2"),  # the unseen check's: by its position only
        (min(UNSEEN_SETS), True, "trevise"),  # ... its name when its details are asked
        (min(BLIND_SETS), True, "dossier-2"),  # a blind set's: never by its name
    ],
)
def test_a_dossier_is_named_only_where_its_set_shows_details(name, unseen_details, label):
    shown = shows_details(name, unseen_details=unseen_details)
    assert dossier_label("trevise", 2, shown=shown) == label
