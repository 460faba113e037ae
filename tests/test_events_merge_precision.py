"""Merging's precision (issue 9): two reports that share only a verb saying that something
took place ("avoir lieu", "éclater", "se produire", "survenir") share no act; what took
place, their subject, decides. Invented French: report-level tables need no model, the
last table runs the whole pipeline on invented articles, one per outlet."""

from __future__ import annotations

from dataclasses import replace

import essai_reports
import pytest
from essai_outlets import cited_together, cites, events_of

from timeline.events import merge
from timeline.events.clause import Clause

DAY = ("2024-06-12", "2024-06-12", False)
OCCUR = "=occur"

# --- what a clause of taking place tells took place ----------------------------------------

TOOK_PLACE = [
    # (case, agent, agent's number, core besides the act, sentence, what took place)
    ("a subject read", "bagarre", "one", {"bagarre", "vendeur"}, "Une rixe.", {"bagarre"}),
    # a time opening the sentence without a comma, read as the subject (or as nothing)
    ("a time read as the subject", "20h00", None, {"20h00", "heurt"}, "", {"heurt"}),
    ("no subject read", None, None, {"heurt", "supporter"}, "", {"heurt", "supporter"}),
    ("a light word is no thing", None, None, {"heure", "heurt"}, "", {"heurt"}),
    # unknown: a pronoun, a name, a definite noun retelling the article's happening
    ("a pronoun", None, "one", {"avenue"}, "Elle s'est produite à 8h10 avenue Foch.", None),
    ("a name", "@sommet-du-g7", None, {"@sommet-du-g7"}, "", None),
    ("the article's happening", "drame", "one", {"drame"}, "Le drame s'est produit là.", None),
    ("no act of taking place", "bagarre", "one", {"bagarre"}, "", None),
]


@pytest.mark.parametrize(
    ("case", "agent", "number", "core", "sentence", "took"),
    TOOK_PLACE,
    ids=[row[0] for row in TOOK_PLACE],
)
def test_what_a_verb_of_taking_place_tells_took_place_is_its_subject(
    case, agent, number, core, sentence, took
):
    predicate = "éclater" if case == "no act of taking place" else OCCUR
    clause = Clause(
        predicate=predicate,
        agent=agent,
        agent_number=number,
        core=frozenset(core | {predicate}),
    )
    told = replace(
        essai_reports.report(" ".join(sorted(core)), span=DAY, sentence=sentence), clause=clause
    )
    expected = None if took is None else frozenset(took)
    assert merge._what_took_place(told) == expected, case


# --- two things took place: never one happening ---------------------------------------------

THINGS = [
    # (one's subject and core, the other's, the other's words, two happenings?)
    (("accrochage", {"accrochage", "camion"}), (None, {"heurt"}), "heurt éclater", True),
    (("panne", {"panne", "courant"}), ("20h", {"20h", "bousculade"}), "bousculade", True),
    # the same thing, or the one named in the other's sentence: nothing said
    (("heurt", {"heurt"}), (None, {"heurt", "supporter"}), "heurt supporter", False),
    (("=exploser", {"=exploser"}), (None, {"perte"}), "perte =exploser survenir", False),
    # one subject unknown (a pronoun): nothing said
    (("panne", {"panne"}), (None, set()), "elle", False),
]


@pytest.mark.parametrize(("one", "other", "words", "differ"), THINGS)
def test_two_things_that_took_place_are_two_happenings(one, other, words, differ):
    """ "Vers 19h30, un accrochage a lieu entre deux camions" / "Peu après 20h des heurts
    éclatent": the verbs say only that something took place; the accident and the clashes
    are two happenings, whatever else the two reports share (a day, a street, an
    article)."""
    (agent, core), (other_agent, other_core) = one, other
    number = "one" if other_agent is None and not other_core else None
    a = replace(
        essai_reports.report(" ".join(sorted(core)), span=DAY, key=(0, 1)),
        clause=Clause(predicate=OCCUR, agent=agent, core=frozenset(core | {OCCUR})),
    )
    b = replace(
        essai_reports.report(words, span=DAY, key=(0, 2)),
        clause=Clause(
            predicate=OCCUR,
            agent=other_agent,
            agent_number=number,
            core=frozenset(other_core | {OCCUR}),
        ),
    )
    assert merge.other_things_took_place(a, b) is differ
    assert merge.other_things_took_place(b, a) is differ
    if differ:
        assert merge.blocked(a, b)


# --- invented articles: two outlets telling two happenings in the narrative present ---------

ARTICLES = [
    # (case, {stem: body}, pairs cited by one event, pairs never cited by one event)
    (
        "a power cut, then clashes",
        {
            "2024-06-12-loire": (
                "Soirée tendue à Saint-Étienne. Vers 19H30, une panne de courant survient "
                "dans le quartier du stade. Peu après 20H00 des heurts éclatent entre "
                "supporters."
            ),
            "2024-06-12-forez": (
                "Saint-Étienne : soirée tendue autour du stade. Vers 19h30 une panne de "
                "courant survient dans le quartier du stade. Peu après 20h des heurts "
                "éclatent entre supporters."
            ),
        },
        [
            ("loire|une panne de courant survient", "forez|une panne de courant survient"),
            ("loire|des heurts éclatent", "forez|des heurts éclatent"),
        ],
        [("une panne de courant survient", "des heurts éclatent")],
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "together", "apart"), ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_invented_articles_keep_two_things_that_took_place_apart(
    tmp_path, case, articles, together, apart
):
    events = events_of(tmp_path, articles)
    for one, other in together:
        assert cited_together(events, one, other), (case, one, other, events)
    for one, other in apart:
        assert any(cites(cited, one) for cited in events), (case, one, events)
        assert not cited_together(events, one, other), (case, one, other, events)


# --- the same act told as done by another too: another happening ------------------------

ALSO = [
    # (case, the later sentence, its doer's name, the same article?, another happening?)
    ("another bank too", "La Banque d'Angleterre a également relevé son taux.", "@boe", True, True),
    (
        "a firm too",
        "Le groupe Stellantis a aussi augmenté les salaires.",
        "@stellantis",
        True,
        True,
    ),
    # no name among its doers: the same sentence, another penalty
    ("no name", "La justice l'a également condamné à 105 heures.", None, True, False),
    # no adverb adding it: a retelling
    ("no adverb", "La Banque d'Angleterre a relevé son taux.", "@boe", True, False),
    # the passive: a detail of the same act
    ("a passive", "Le taux a également été relevé à Londres.", "@boe", True, False),
    # told by another article: not its article's earlier act
    (
        "another article",
        "La Banque d'Angleterre a également relevé son taux.",
        "@boe",
        False,
        False,
    ),
    # a subject stressed as one more doer: another doer by construction, named or not
    ("a stressed subject", "La banque centrale a elle aussi relevé son taux.", None, True, True),
    ("set off by commas", "La Fed a, elle aussi, relevé son taux.", None, True, True),
    ("in its turn", "La Banque du Japon a à son tour relevé son taux.", None, True, True),
    ("before the auxiliary", "La Fed, elle aussi, a relevé son taux.", None, True, True),
    ("its turn, before", "La Banque du Japon, à son tour, a relevé son taux.", None, True, True),
    ("before, passive", "Les taux, eux aussi, ont été relevés.", None, True, False),
    ("a stressed subject, passive", "Les taux ont eux aussi été relevés.", None, True, False),
    ("each in turn", "Les banques ont chacune à leur tour relevé leur taux.", None, True, False),
    (
        "a stressed subject, another article",
        "La banque centrale a elle aussi relevé son taux.",
        None,
        False,
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "sentence", "doer", "same_article", "apart"), ALSO, ids=[row[0] for row in ALSO]
)
def test_the_same_act_also_done_by_someone_named_is_another_happening(
    case, sentence, doer, same_article, apart
):
    """ "Les taux directeurs ont été relevés de 0,25 point" ... "La Banque d'Angleterre a
    également relevé son taux": the adverb adds the act to what was told, done by someone
    the first report does not name: another happening, however alike the two are."""
    told = replace(
        essai_reports.report("taux relever point", span=DAY, key=(0, 1), action="relever"),
        clause=Clause(predicate="relever", patient="taux", core=frozenset({"relever", "taux"})),
    )
    core = {"relever", "taux"} | ({doer} if doer else set())
    also = replace(
        essai_reports.report(
            "taux relever " + (doer or "justice"),
            span=DAY,
            key=(0 if same_article else 1, 3),
            action="relever",
            sentence=sentence,
        ),
        clause=Clause(predicate="relever", agent=doer, core=frozenset(core)),
    )
    assert merge.also_done_by_another(also, told) is apart, case
    assert merge.also_done_by_another(told, also) is False
    if apart:
        assert merge.blocked(told, also)


ALSO_ARTICLES = {
    "banks": (
        {
            "2024-03-21-oslo": (
                "La Banque de Norvège a annoncé jeudi une nouvelle hausse de ses taux. Les "
                "taux directeurs ont été relevés de 0,25 point, la quatrième hausse depuis "
                "l'été. La Banque d'Angleterre a également relevé jeudi son taux directeur "
                "de 0,25 point."
            )
        },
        ("Les taux directeurs ont été relevés", "La Banque d'Angleterre a également relevé"),
    ),
    "wages": (
        {
            "2024-03-21-flins": (
                "Accord chez Renault à Flins. Les salaires ont été augmentés de 3 % jeudi, "
                "après deux semaines de grève. Le groupe Stellantis a aussi augmenté jeudi "
                "les salaires de ses ouvriers de Poissy."
            )
        },
        ("Les salaires ont été augmentés", "Le groupe Stellantis a aussi augmenté"),
    ),
    "prices": (
        {
            "2024-07-01-gaz": (
                "Nouvelle hausse pour les ménages. Le prix du gaz a été relevé de 5 % ce "
                "lundi par le régulateur. La SNCF a également relevé ce lundi le prix de ses "
                "billets de TGV."
            )
        },
        ("Le prix du gaz a été relevé", "La SNCF a également relevé"),
    ),
    "apologies": (
        {
            "2024-02-07-metro": (
                "Mardi après-midi, le maire de Lyon a présenté ses excuses pour la panne "
                "géante du métro survenue samedi. Hier, la présidente de la région, Claire "
                "Morel, a elle aussi présenté ses excuses aux usagers dans un communiqué."
            )
        },
        ("le maire de Lyon a présenté", "Claire Morel, a elle aussi présenté"),
    ),
}


@pytest.mark.parametrize(("articles", "pair"), ALSO_ARTICLES.values(), ids=list(ALSO_ARTICLES))
def test_invented_articles_keep_an_act_also_done_by_another_apart(tmp_path, articles, pair):
    events = events_of(tmp_path, articles)
    one, other = pair
    assert any(cites(cited, other) for cited in events), events
    assert not cited_together(events, one, other), events


# --- one article, two moments of the day by the clock: two happenings ---------------------

MOMENTS = [
    # (case, one sentence, the other, the same article?, two happenings?)
    (
        "four hours apart",
        "Vers 13 heures, trois clients ont été blessés.",
        "Vers 17h, deux agents ont été blessés.",
        True,
        True,
    ),
    (
        "round midnight",
        "Le feu a pris vers 22 heures.",
        "Les pompiers sont arrivés vers 1h30.",
        True,
        True,
    ),
    (
        "minutes written",
        "Vers 8h30, un visiteur a été mordu.",
        "Vers 11h15, une soigneuse a été mordue.",
        True,
        True,
    ),
    # close moments: maybe one happening told twice
    (
        "an hour apart",
        "Vers 13 heures, trois clients ont été blessés.",
        "Peu avant 14h, trois clients ont été blessés.",
        True,
        False,
    ),
    # a span of hours, or a duration, tells no single moment
    (
        "a span",
        "De 13h à 17h, le magasin a été occupé.",
        "Vers 17h, deux agents ont été blessés.",
        True,
        False,
    ),
    (
        "a duration",
        "Le magasin a été occupé pendant 4 heures.",
        "Vers 17h, deux agents ont été blessés.",
        True,
        False,
    ),
    # two articles may tell their times in two zones
    (
        "two articles",
        "Vers 13 heures, trois clients ont été blessés.",
        "Vers 17h, deux agents ont été blessés.",
        False,
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "same_article", "apart"), MOMENTS, ids=[row[0] for row in MOMENTS]
)
def test_one_article_telling_two_moments_of_the_day_tells_two_happenings(
    case, one, other, same_article, apart
):
    first = essai_reports.report("client blesser", span=DAY, key=(0, 1), sentence=one)
    second = essai_reports.report(
        "agent blesser", span=DAY, key=(0 if same_article else 1, 4), sentence=other
    )
    assert merge.other_moments(first, second) is apart, case
    assert merge.other_moments(second, first) is apart, case
    if apart:
        assert merge.blocked(first, second)


MOMENT_ARTICLES = {
    "a hostage-taking": (
        {
            "2024-05-14-tours": (
                "Prise d'otages dans une agence bancaire de Tours. Vers 10 heures, deux "
                "clients ont été blessés par les braqueurs. Vers 15 heures, les deux "
                "braqueurs ont été blessés par les policiers du RAID lors de l'assaut."
            )
        },
        ("Vers 10 heures, deux clients", "Vers 15 heures, les deux braqueurs"),
    ),
    "a zoo": (
        {
            "2024-05-14-beauval": (
                "Matinée agitée au zoo de Beauval. Vers 8h30, un jeune visiteur a été mordu "
                "par un singe. Vers 11h15, une soigneuse a été mordue par un lémurien."
            )
        },
        ("un jeune visiteur a été mordu", "une soigneuse a été mordue"),
    ),
}


@pytest.mark.parametrize(("articles", "pair"), MOMENT_ARTICLES.values(), ids=list(MOMENT_ARTICLES))
def test_invented_articles_keep_two_moments_of_the_day_apart(tmp_path, articles, pair):
    events = events_of(tmp_path, articles)
    one, other = pair
    assert any(cites(cited, one) for cited in events), events
    assert any(cites(cited, other) for cited in events), events
    assert not cited_together(events, one, other), events
