"""One doer's two deeds, and an act in the setting of a happening, are two happenings
(issue 9, merging's precision on news never seen: dev28's summit, "Trump et Kim ont échangé
une poignée de main" / "Trump et Kim ont signé un document au terme de leur sommet" / "le
sommet a été marqué par de longues poignées de main").

``merge.other_deeds``: two main clauses of one agent telling acts none in common nor alike,
done to two things neither report names, lower the score as two acts of merging's classes
do (``ACTS_CLASH``). ``merge.in_setting_of``: a report naming, after "au terme de", "à
l'issue de", "en marge de" (``setting_phrase``), the happening another report's main clause
tells of is another happening than it. The report-level tables need no model; the last
table runs the whole pipeline on invented articles, one per outlet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import essai_reports
import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import merge
from timeline.events.clause import Clause
from timeline.events.report import Report

DAY = ("2024-03-05", "2024-03-05", False)


def told(
    words: str, predicate: str, agent: str | None, patient: str | None, sentence: str = ""
) -> Report:
    """A report whose main clause is ``agent predicate patient``."""
    core = {w for w in (predicate, agent, patient) if w is not None}
    clause = Clause(predicate=predicate, agent=agent, patient=patient, core=frozenset(core))
    report = essai_reports.report(words, span=DAY, sentence=sentence, action=predicate)
    return replace(report, clause=clause)


DEEDS = [
    # (case, one: words, predicate, agent, patient; the other; one doer's two deeds?)
    (
        "a handshake and a signing",
        ("président @trump @kim échanger poignée main", "échanger", "président", "poignée"),
        ("président @trump @kim signer document", "=signer", "président", "document"),
        True,
    ),
    (
        "a visit and a pledge",
        ("ministre visiter hôpital", "visiter", "ministre", "hôpital"),
        ("ministre promettre crédit", "promettre", "ministre", "crédit"),
        True,
    ),
    # the other names what the first is done to: maybe one act told twice
    (
        "the thing named in the other",
        ("président échanger poignée main", "échanger", "président", "poignée"),
        ("président signer document poignée", "=signer", "président", "document"),
        False,
    ),
    # one act in common: the same deed
    (
        "the same act",
        ("président signer accord", "=signer", "président", "accord"),
        ("président signer document", "=signer", "président", "document"),
        False,
    ),
    # two agents: not one doer's deeds (other vetoes read them)
    (
        "two agents",
        ("président échanger poignée", "échanger", "président", "poignée"),
        ("ministre signer document", "=signer", "ministre", "document"),
        False,
    ),
    # nothing acted on in one: no two things
    (
        "no object",
        ("président arriver", "arriver", "président", None),
        ("président signer document", "=signer", "président", "document"),
        False,
    ),
    # a name acted on: the name vetoes read it
    (
        "a person acted on",
        ("président recevoir @kim", "recevoir", "président", "@kim"),
        ("président signer document", "=signer", "président", "document"),
        False,
    ),
    # an act of saying: what is said tells the act
    (
        "a saying",
        ("président dire phrase", "~saying", "président", "phrase"),
        ("président signer document", "=signer", "président", "document"),
        False,
    ),
]


@pytest.mark.parametrize(("case", "one", "other", "deeds"), DEEDS, ids=[r[0] for r in DEEDS])
def test_one_doers_two_deeds_lower_the_score(
    case: str,
    one: tuple[str, str, str | None, str | None],
    other: tuple[str, str, str | None, str | None],
    deeds: bool,
) -> None:
    a, b = told(*one), replace(told(*other), key=(1, 0))
    assert merge.other_deeds(a, b) is deeds, case
    assert merge.other_deeds(b, a) is deeds, case


SETTINGS = [
    # (case, one's sentence, one: predicate, agent, patient; the other: predicate, agent,
    # patient; one in the setting of the other's happening?)
    (
        "a signing at the end of the summit",
        "Trump et Kim ont signé un document au terme de leur sommet historique.",
        ("=signer", "président", "document"),
        ("marquer", None, "sommet"),
        True,
    ),
    (
        "a declaration after the council",
        "Le ministre a annoncé sa démission à l'issue du conseil des ministres.",
        ("~saying", "ministre", "démission"),
        ("réunir", "conseil", None),
        True,
    ),
    (
        "clashes on the margin of a demonstration, elided",
        "Des heurts ont éclaté en marge d'une manifestation contre la réforme.",
        ("éclater", "heurt", None),
        ("rassembler", "manifestation", "personne"),
        True,
    ),
    (
        "a plural noun",
        "Un accord a été trouvé à l'issue des négociations de Genève.",
        ("trouver", None, "accord"),
        ("reprendre", None, "négociation"),
        True,
    ),
    # the happening named otherwise than as a setting: nothing said
    (
        "no setting phrase",
        "Trump et Kim ont signé un document pendant leur sommet historique.",
        ("=signer", "président", "document"),
        ("marquer", None, "sommet"),
        False,
    ),
    # another noun after the phrase
    (
        "another happening as the setting",
        "Trump et Kim ont signé un document au terme de leur rencontre.",
        ("=signer", "président", "document"),
        ("marquer", None, "sommet"),
        False,
    ),
    # the main clause acts on that happening itself: the same one
    (
        "its own subject",
        "Le sommet s'est achevé au terme de cinq heures de sommet.",
        ("achever", "sommet", None),
        ("marquer", None, "sommet"),
        False,
    ),
    # a name is no happening
    (
        "a name",
        "Le texte a été signé à l'issue de Genève.",
        ("=signer", None, "texte"),
        ("accueillir", "@geneve", None),
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "sentence", "one", "other", "setting"), SETTINGS, ids=[r[0] for r in SETTINGS]
)
def test_an_act_in_the_setting_of_a_happening_is_not_that_happening(
    case: str,
    sentence: str,
    one: tuple[str, str | None, str | None],
    other: tuple[str, str | None, str | None],
    setting: bool,
) -> None:
    a = told("", *one, sentence=sentence)
    b = replace(told("", *other, sentence="Une autre phrase."), key=(1, 0))
    assert merge.in_setting_of(a, b) is setting, case
    assert not merge.in_setting_of(b, a), case
    # the setting lowers the score as two acts of merging's classes do, nothing else
    unset = replace(a, sentence="Une phrase.")
    lowered = merge._score(unset, b) - merge._score(a, b)
    assert lowered == pytest.approx(merge.ACTS_CLASH if setting else 0.0), case


SETTING_WORDS = [
    # (sentence, the happenings it names as the setting of its act, read once a report)
    (
        "Ils ont signé un document au terme de leur sommet historique.",
        (frozenset({"leur", "sommet", "historique"}),),
    ),
    (
        "À l'issue des négociations, puis en marge du conseil, ils ont parlé.",
        (frozenset({"négociation"}), frozenset({"conseil"})),  # a comma ends each
    ),
    ("Le sommet a été marqué par de longues poignées de main.", ()),
]


@pytest.mark.parametrize(("sentence", "settings"), SETTING_WORDS)
def test_a_reports_setting_words_are_read_from_its_sentence(
    sentence: str, settings: tuple[frozenset[str], ...]
) -> None:
    report = told("", "=signer", "dirigeant", "document", sentence=sentence)
    assert report.settings == settings
    # read from the report's own sentence: another sentence, another reading
    assert replace(report, sentence="Une phrase.").settings == ()


ARTICLES = [
    # (case, articles, one sentence, another)
    (
        "a handshake and a signing of the same two leaders",
        {
            "2025-06-12-a": "Mardi à Genève, le président français Arnaud Vigier et la "
            "présidente italienne Elena Moretti ont échangé une poignée de main historique.",
            "2025-06-12-b": "Au terme de leur rencontre à Genève, le président français "
            "Arnaud Vigier et la présidente italienne Elena Moretti ont signé mardi un traité.",
        },
        "a|poignée de main",
        "b|ont signé",
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other"), ARTICLES, ids=[r[0] for r in ARTICLES]
)
def test_invented_articles_keep_two_deeds_apart(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, False, case)


def acting(predicate: str, agent: str | None, at: int) -> Report:
    """A report of one article (sentence ``at``) whose main clause is ``agent predicate``
    about the ship both name (``@navire``), dated the same day."""
    core = frozenset(w for w in (predicate, agent, "@navire") if w is not None)
    clause = Clause(
        predicate=predicate, agent=agent, patient=None, core=core, told=frozenset([predicate])
    )
    report = essai_reports.report(f"{predicate} @navire", span=DAY, action=predicate)
    return replace(report, clause=clause, key=(0, at))


OTHER_DOERS = [
    # (case, one clause, another, two doers' acts alike, told again by its article?)
    (
        "a minister's demand and the authorities' order about one ship",
        ("exiger", "ministre"),
        ("ordonner", "autorité"),
        True,
        False,
    ),
    (
        "the same doer: one act told twice",
        ("exiger", "ministre"),
        ("ordonner", "ministre"),
        False,
        True,
    ),
    (
        "a name may stand for the other doer",
        ("exiger", "@salvini"),
        ("ordonner", "autorité"),
        False,
        True,
    ),
    (
        "a pronoun: whom it stands for unread",
        ("exiger", None),
        ("ordonner", "autorité"),
        False,
        True,
    ),
    (
        "the same act: not alike only",
        ("ordonner", "ministre"),
        ("ordonner", "autorité"),
        False,
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "others", "retold"), OTHER_DOERS, ids=[r[0] for r in OTHER_DOERS]
)
def test_acts_alike_of_two_doers_are_no_retelling(
    case: str,
    one: tuple[str, str | None],
    other: tuple[str, str | None],
    others: bool,
    retold: bool,
) -> None:
    a, b = acting(*one, at=0), acting(*other, at=5)
    assert merge.alike_of_other_doers(a, b) is others, case
    assert merge.retelling(a, b) is retold, case
