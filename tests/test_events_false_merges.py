"""No false merge: the shapes of two reports that look alike and are not one happening,
each beside a merged counterpart (issue 9, merging's precision on news never seen).

Every path that joins two reports is covered: grouping across articles (a report joins a
group only when no member is another happening than it: ``Group.admits``), two speakers'
statements (``speakers_differ``), two places (``elsewhere``), and a follow-up attached by
extraction that tells another claim (``apart``, ``quoted_apart``). The report-level tables
need no model; the last table runs the whole pipeline (extraction with spaCy, assembly) on
invented French articles, one per outlet, and checks which sentences end up cited by one
event.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import essai_reports
import pytest
from essai_article import chronology_of
from essai_outlets import cited_together, cites, events_of

from timeline.events import merge
from timeline.events.clause import Clause

DAY = ("2024-03-05", "2024-03-05", False)


def report(words: str, *, places: tuple[str, ...] = (), **fields: Any) -> merge.Report:
    """A report on ``DAY`` whose places are entities of its clause too."""
    return essai_reports.report(words, span=DAY, places=places, named=places, **fields)


def grouped(*reports: merge.Report) -> int:
    """How many groups the reports make (both groupings agree)."""
    fast = merge.group_reports(list(reports))
    assert len(fast) == len(merge._group_reports_exhaustive(list(reports)))
    return len(fast)


# --- a group is joined only by a report that can be every member's happening ---------------


def test_a_report_alike_to_one_member_joins_only_if_no_member_is_another_happening():
    """Two outlets: "Un incendie s'est déclaré mardi dans une usine" and "... : 3 blessés".
    A third report, alike to the first, counts 5 injured: another toll, so never in their
    group, however alike it is to the report that counts nobody."""
    first = report("incendie déclarer usine chimique entrepôt", key=(0, 0))
    counted = report("incendie déclarer usine chimique entrepôt 3 blessé", key=(1, 0), numbers=(3,))
    assert grouped(first, counted) == 1
    other_toll = report(
        "incendie déclarer usine chimique entrepôt 5 blessé", key=(2, 0), numbers=(5,)
    )
    assert merge.similarity(first, other_toll) >= merge.THRESHOLD  # alike to one member
    assert merge.blocked(counted, other_toll)  # another happening than the other
    assert grouped(first, counted, other_toll) == 2
    same_toll = report(
        "incendie déclarer usine chimique entrepôt 3 blessé", key=(2, 0), numbers=(3,)
    )
    assert grouped(first, counted, same_toll) == 1


# --- undated happenings of two articles need a name, a number or a place in common ----------

UNDATED = [
    # (its article's places, the other's, names in common, dated?, one happening?)
    (("lille",), ("roubaix",), False, False, False),  # two fires, two towns
    (("lille",), ("lille", "nord"), False, False, True),  # one town
    (("lille",), ("roubaix",), True, False, True),  # a name in common
    (("lille",), ("roubaix",), False, True, True),  # one dated by its own day
]


@pytest.mark.parametrize(("scene", "other_scene", "named", "dated", "one"), UNDATED)
def test_undated_happenings_of_two_articles_need_who_what_or_where_in_common(
    scene, other_scene, named, dated, one
):
    """ "Les pompiers sont intervenus rapidement", told without a day of its own by two
    articles: their narrations' days overlap, which says nothing of one happening."""
    words = "pompier intervenir rapidement" + (" @sdis-59" if named else "")
    a = report(words, key=(0, 1), scene=scene, explicit=dated)
    b = report(words, key=(1, 1), scene=other_scene, explicit=False)
    assert merge.similarity(a, b) >= merge.THRESHOLD
    assert (grouped(a, b) == 1) is one
    # said, it is dated by the day it was said: no narration's days
    said, also = replace(a, kind="statement"), replace(b, kind="statement")
    assert grouped(said, also) == 1


# --- two speakers' statements ---------------------------------------------------------------

SPEAKERS = [
    # (one speaker, the other, two speakers?)
    ("le maire de lyon", "le préfet du rhône", True),
    ("le ministre de la santé", "le ministère de l'intérieur", True),
    ("la police", "les pompiers", True),
    ("les gendarmes", "les sapeurs-pompiers", True),
    ("le préfet", "la préfecture du rhône", False),
    ("le ministre de l'intérieur", "le ministère marocain de l'intérieur", False),
    ("la police", "un policier", False),
    # a description without a role word may be anyone's; a pronoun says nothing of who
    ("les autorités", "la préfecture", False),
    ("il", "le préfet du rhône", False),
    # a trial: the prosecution, the defence, the court
    ("le parquet", "la défense", True),
    ("le procureur", "l'avocat du prévenu", True),
    ("le président de la cour", "le magistrat", False),
]


@pytest.mark.parametrize(("one", "other", "differ"), SPEAKERS)
def test_two_speakers_statements_are_never_one_event(one, other, differ):
    words = "situation contrôle inondation rivière crue"
    said = report(words, kind="statement", quoted=one, key=(0, 0))
    also = report(words, kind="statement", quoted=other, key=(1, 0))
    assert merge.speakers_differ(said, also) is differ
    assert (grouped(said, also) == 2) is differ
    # a happening relayed by two sources is one happening whoever relays it
    told = replace(said, kind="happening", statement=False)
    relayed = replace(also, kind="happening", statement=False)
    assert not merge.speakers_differ(told, relayed)
    assert grouped(told, relayed) == 1


# --- a count told differently, a measure told differently -----------------------------------

COUNTS = [
    # (one report's words and numbers, the other's, the same thing counted differently?)
    # a toll: another report ("120 morts" / "300 morts")
    (("séisme frapper 120 mort", (120,)), ("séisme frapper 300 mort", (300,)), True),
    (("incendie usine 3 blessé", (3,)), ("incendie usine 5 blessé", (5,)), True),
    (("séisme frapper 120 mort", (120,)), ("séisme frapper 120 mort", (120,)), False),
    # a measure: "à une profondeur de 7 kilomètres" / "à 60 kilomètres de la frontière"
    (("séisme profondeur 7 kilomètre", (7,)), ("séisme frontière 60 kilomètre", (60,)), False),
    (("incendie brûler 5 tonne produit", (5,)), ("incendie brûler 9 tonne", (9,)), False),
    (("séisme survenir 4 heure", (4,)), ("séisme survenir 2 heure", (2,)), False),
]


@pytest.mark.parametrize(("one", "other", "counted"), COUNTS)
def test_a_count_told_differently_is_another_report_a_measure_is_not(one, other, counted):
    a = report(one[0], numbers=one[1], key=(0, 0))
    b = report(other[0], numbers=other[1], key=(1, 0))
    assert merge.counted_differently(a, b) is counted
    assert merge.blocked(a, b) is counted


DECIMAL_COUNTS = [
    # (one report's sentence and words, the other's, the same thing counted differently?)
    # "3,5 millions" / "1,09 million" of demonstrators: two counts (a union's, a ministry's)
    (
        ("La CGT annonce 3,5 millions de manifestants.", "cgt annoncer million manifestant"),
        ("Le ministère compte 1,09 million de manifestants.", "ministère compter million"),
        True,
    ),
    (
        ("La CGT annonce 3,5 millions de manifestants.", "cgt annoncer million manifestant"),
        ("Le syndicat revendique 3,5 millions de manifestants.", "syndicat million manifestant"),
        False,
    ),
    # a decimal counting no word of the report ("9,9 %"), or a unit of measure: no count
    (
        ("Le chômage atteint 9,9 % au troisième trimestre.", "chômage atteindre trimestre"),
        ("Le chômage atteint 10,1 % selon l'institut.", "chômage atteindre institut"),
        False,
    ),
    (
        ("Le cortège s'étire sur 3,5 kilomètres.", "cortège étirer kilomètre"),
        ("Le cortège s'étire sur 1,2 kilomètre.", "cortège étirer kilomètre"),
        False,
    ),
]


@pytest.mark.parametrize(("one", "other", "counted"), DECIMAL_COUNTS)
def test_a_count_written_with_a_decimal_is_a_count(one, other, counted):
    """A report's numbers are whole (extraction's): the decimal of "3,5 millions de
    manifestants" is read from its sentence with the word it counts."""
    a = report(one[1], sentence=one[0], key=(0, 0))
    b = report(other[1], sentence=other[0], key=(1, 0))
    assert merge.counted_differently(a, b) is counted
    assert merge.blocked(a, b) is counted


# --- two places -----------------------------------------------------------------------------

PLACES = [
    # (places of one report, its article's; of the other, its article's; two places?)
    (("lille",), ("lille", "nord"), ("nantes",), ("nantes",), True),
    # "à Rouen" / "en Seine-Maritime" when the other article names Rouen too
    (("rouen",), ("rouen",), ("seine-maritime",), ("seine-maritime", "rouen"), False),
    (("rouen",), ("rouen",), (), ("seine-maritime",), False),  # one names no place
]


@pytest.mark.parametrize(("one", "scene", "other", "other_scene", "differ"), PLACES)
def test_two_articles_telling_of_two_places_are_never_one_happening(
    one, scene, other, other_scene, differ
):
    words = "incendie déclarer entrepôt nuit"
    a = report(words, key=(0, 0), places=one, scene=scene)
    b = report(words, key=(1, 0), places=other, scene=other_scene)
    assert merge.elsewhere(a, b) is differ
    assert (grouped(a, b) == 2) is differ
    # one article naming two places tells what it tells: not this rule's business
    assert not merge.elsewhere(a, replace(b, key=(0, 1)))
    # a follow-up's places are a detail's (a village of the valley, the country next door)
    assert not merge.elsewhere(a, replace(b, follows=(1, 1)))
    assert not merge.elsewhere(replace(a, follows=(0, 1)), b)


# --- a follow-up telling another claim is apart ------------------------------------------------


FUTURE = [
    # "« Nous reprendrons les discussions en septembre », a-t-il précisé" after "Le ministre
    # a annoncé mardi la fin des négociations": what is to come is another claim
    ("future", "past", False, True),
    ("conditional", "past", False, True),
    # more of what is told ("« Les discussions sont terminées », a-t-il précisé")
    ("present", "past", False, False),
    # after an announcement, what is to come goes on with it
    ("future", "future", False, False),
    ("future", "present", True, False),
]


@pytest.mark.parametrize(("follow_tense", "event_tense", "announced", "apart"), FUTURE)
def test_a_follow_up_saying_what_is_to_come_after_what_was_is_apart(
    follow_tense, event_tense, announced, apart
):
    event = report(
        "ministre annoncer fin négociation syndicat",
        kind="announcement" if announced else "happening",
        tense=event_tense,
        content_tense=event_tense,
    )
    follow = report(
        "reprendre discussion septembre",
        key=(0, 1),
        kind="statement",
        tense="present",  # "..., précise-t-il"
        content_tense=follow_tense,
    )
    follow.follows = event.key
    assert merge.apart(follow, event) is apart


ACTORS = [
    # (the institution the event's agent names, the follow-up's subject's, apart?)
    # "Le parquet avait réclamé un an de prison" then "La défense avait demandé la relaxe"
    ("prosecutor", "defence", True),
    # "La police a interpellé ..." then "Le ministère a annoncé ..."
    ("police", "minister", True),
    # "Le parquet a requis deux ans" then "Le procureur a demandé une interdiction"
    ("prosecutor", "prosecutor", False),
    # nobody's institution known on one side: what it tells decides
    ("prosecutor", "", False),
    ("", "defence", False),
]


@pytest.mark.parametrize(("event_actor", "follow_actor", "apart"), ACTORS)
def test_a_follow_up_whose_subject_is_another_party_is_apart(event_actor, follow_actor, apart):
    event = replace(report("réclamer an prison ferme prévenu"), actor=event_actor)
    follow = replace(report("demander relaxe requalification fait", key=(0, 1)), actor=follow_actor)
    follow.follows = event.key
    assert merge.apart(follow, event) is apart


ADDED_ACTS = [
    # (a follow-up, its kind, its action, another act than its event's?)
    ("L'organisation a également décidé de suspendre les transactions.", "happening", None, True),
    ("Les pompiers ont aussi évacué une école voisine.", "happening", "=evacuate", True),
    # the adverb after the participle: the same compound past
    ("Les pompiers ont évacué aussi une école voisine.", "happening", "=evacuate", True),
    ("L'organisation a décidé également de suspendre les transactions.", "happening", None, True),
    # nor after "été": a detail told in the passive
    ("Les secousses ont été aussi ressenties au Liban.", "happening", None, False),
    # the same speech going on, and a detail told in the passive
    ("Elle a aussi déclaré penser aux victimes.", "statement", "~saying", False),
    ("Il a également affirmé que rien n'était décidé.", "happening", "~saying", False),
    ("Les secousses ont également été ressenties au Liban.", "happening", None, False),
    ("Les dirigeants ont décidé de suspendre les transactions.", "happening", None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "action", "apart"), ADDED_ACTS)
def test_a_follow_up_adding_an_act_is_apart(sentence, kind, action, apart):
    """ "Les dirigeants de la Cédéao ont exigé la libération du président" then
    "L'organisation régionale a également décidé de suspendre les transactions": another
    act; what is said goes on with what was said."""
    event = report("dirigeant exiger libération président", kind=kind)
    follow = report("organisation suspendre transaction", key=(0, 1), kind=kind, sentence=sentence)
    follow.action = action
    follow.follows = event.key
    assert merge.apart(follow, event) is apart


SUBJECTS = [
    # (the people the event names, the follow-up's subject, apart?)
    # "Bola Tinubu, à la tête de la Cédéao, a dénoncé ..." then "Le dirigeant du Tchad,
    # Mahamat Idriss Déby Itno, dont le pays n'est pas membre de la Cédéao, a été convié"
    (("bola-tinubu", "cedeao"), "mahamat-idriss-deby-itno", True),
    (("bola-tinubu", "cedeao"), "bola-tinubu", False),
    (("bola-tinubu", "cedeao"), None, False),
]


@pytest.mark.parametrize(("named", "subject", "apart"), SUBJECTS)
def test_a_follow_up_whose_subject_the_event_does_not_name_is_apart(named, subject, apart):
    """Its subject, a person the event names nowhere, is another happening's, even when
    the follow-up also names someone of the event's further on (the organisation the
    model takes for a person, in a relative clause)."""
    event = report("sommet dénoncer prise otage", persons=named)
    follow = replace(
        report("dirigeant convier participer sommet", key=(0, 1), persons=("cedeao",)),
        subject=subject,
    )
    follow.follows = event.key
    assert merge.apart(follow, event) is apart


def test_direct_speech_of_another_speaker_after_a_claim_is_apart():
    """ "Les autorités annonçaient que l'incendie était maîtrisé" then "« Les suies ne sont
    pas toxiques », a assuré la préfecture": a claim of its own; after a happening told by
    the article, direct speech quoting someone inside it goes on with it; the same speaker
    goes on with their claim."""
    claim = report("autorité annoncer incendie maîtriser", kind="statement", quoted="les autorités")
    quote = report(
        "suie toxique",
        key=(0, 1),
        kind="statement",
        quoted="la préfecture du nord",
        sentence="« Les suies ne sont pas toxiques », a assuré la préfecture du Nord.",
    )
    assert merge.quoted_apart(quote, claim)
    relayed = replace(claim, kind="happening", statement=False, quoted="france bleu")
    assert not merge.quoted_apart(quote, relayed)
    same = replace(quote, quoted="les autorités")
    assert not merge.quoted_apart(same, claim)


RELAYED = "Le préfet a indiqué que les pompiers avaient évacué trois cents habitants."
CLAIM = "« C'est une situation exceptionnelle », a-t-il ajouté."
SAME_ACT = "« Ils ont évacué trois cents habitants en une heure », a-t-il ajouté."
QUOTED = "« Les pompiers ont évacué trois cents habitants », a indiqué le préfet."
OTHER_WORDS = "« Ils ont mis trois cents habitants à l'abri », a-t-il ajouté."
TOLL = "Le préfet a fait savoir que trente maisons ont été touchées par la tempête."
STATE = "Le préfet a affirmé que la situation demeurait tendue."

QUOTES_AFTER = [
    # (the event's sentence, its action, content tense, a toll?, the quote, its action,
    #  the quote a statement of its own?)
    (RELAYED, "=evacuate", "pluperfect", False, CLAIM, None, True),
    (RELAYED, "=evacuate", "pluperfect", False, SAME_ACT, "=evacuate", False),
    # the same act told in other words, in the past: it goes on relaying it
    (RELAYED, "=evacuate", "pluperfect", False, OTHER_WORDS, "mettre", False),
    # an act relayed in the imperfect of reported speech ("... que le gouvernement
    # envoyait 5 000 soldats") is relayed in the past too
    (RELAYED, "=evacuate", "imperfect", False, CLAIM, None, True),
    # a quotation relaying an act, then another quotation: the same speech going on
    (QUOTED, "=evacuate", "past", False, CLAIM, None, False),
    # what a storm did, told by a speaker, then their words: one account
    (TOLL, "~strike", "past", True, CLAIM, None, False),
    # a claim of how things stand, then the speaker's words: one statement
    # a state told in the imperfect of reported speech, then the speaker's words
    (STATE, "demeurer", "imperfect", False, CLAIM, None, False),
]


@pytest.mark.parametrize(
    ("sentence", "action", "tense", "toll", "quote", "quote_action", "apart"), QUOTES_AFTER
)
def test_direct_speech_after_a_relayed_act_is_the_speakers_statement(
    sentence, action, tense, toll, quote, quote_action, apart
):
    """ "La présidence avait déclaré que « des éléments de la garde ont engagé un mouvement
    d'humeur »" then « L'armée est prête à attaquer », ajoutait la présidence: the
    happening relayed and the speaker's own words are two events (one happening, one
    statement); direct speech telling the same act goes on with it."""
    also = frozenset({merge.vocabulary().occurred}) if toll else frozenset()
    state = sentence == STATE
    read = Clause(
        predicate=action,
        agent="situation" if state else "tempête" if toll else "pompier",
        patient=None if state else "maison" if toll else "habitant",
        also=also,
    )
    event = replace(
        report(
            "préfet indiquer pompier évacuer habitant",
            kind="statement",
            quoted="le préfet",
            sentence=sentence,
            tense="past",
            content_tense=tense,
        ),
        action=action,
        clause=read,
    )
    past = quote in (SAME_ACT, OTHER_WORDS)
    follow = report(
        "situation exceptionnel",
        key=(0, 1),
        kind="statement",
        sentence=quote,
        tense="past",  # "a-t-il ajouté"
        content_tense="past" if past else "present",
    )
    follow.action = quote_action
    follow.follows = event.key
    assert merge.quote_after_relayed_act(follow, event) is apart
    assert merge.apart(follow, event) is apart


RELAYED_AFTER = [
    # (the follow-up's action, who says it, the time its content is told in, the event a
    #  statement?, another happening?)
    # "Le président a promis une aide" then "Il a indiqué que le décret a été signé"
    ("signer", "il", "past", False, True),
    # the same act relayed ("Il a précisé que l'aide avait été promise")
    ("promettre", "il", "past", False, False),
    # what is said of it in the present ("Il a indiqué que le décret est prêt")
    ("signer", "il", "present", False, False),
    # after a statement, what the speaker relays goes on with it
    ("signer", "il", "past", True, False),
    # a saying relayed is no act ("Il a indiqué avoir parlé aux maires")
    ("~saying", "il", "past", False, False),
]


@pytest.mark.parametrize(("action", "quoted", "told", "statement", "apart"), RELAYED_AFTER)
def test_an_act_relayed_after_a_happening_is_a_happening_of_its_own(
    action, quoted, told, statement, apart
):
    """ "Sur place, le chef de l'Etat a promis un soutien de l'État", then "Il a indiqué
    que le décret déclarant l'état de catastrophe naturelle a été signé": two happenings."""
    event = report(
        "chef état promettre soutien",
        kind="statement" if statement else "happening",
        sentence="Le chef de l'État a promis un soutien aux sinistrés.",
        tense="past",
        content_tense="past",
    )
    event.action = "promettre"
    follow = report(
        "décret catastrophe naturel signer",
        key=(0, 1),
        kind=event.kind,
        quoted=quoted,
        sentence="Il a indiqué que le décret de catastrophe naturelle a été signé.",
        tense="past",
        content_tense=told,
    )
    follow.action = action
    follow.follows = event.key
    assert merge.relayed_after_act(follow, event) is apart
    assert merge.apart(follow, event) is apart


REACTIONS = [
    # (the event's main verb, its patient, the follow-up, its action, another happening?)
    # "L'UA a condamné la tentative de coup d'Etat", then the act it condemns
    ("condamner", "tentative", "Le président est retenu par sa garde.", "retenir", True),
    # ... or a quotation telling another act (« L'armée est prête à attaquer », ajoutait X)
    (
        "condamner",
        "tentative",
        "« L'armée est prête à attaquer », ajoutait la présidence.",
        "~strike",
        True,
    ),
    # what the reacting party goes on to ask: the same statement going on
    (
        "condamner",
        "tentative",
        "Elle appelle les militaires à regagner leurs casernes.",
        "appeler",
        False,
    ),
    # a saying goes on with it
    ("dénoncer", "=fire", "Le ministre a précisé que l'enquête était ouverte.", "~saying", False),
    # a court condemning a person is a sentence, not a reaction: what follows is its detail
    ("condamner", "@jean-dupont", "Il a été conduit en prison.", "conduire", False),
    ("condamner", "policier", "Le policier a été conduit en prison.", "conduire", False),
    # a body or a place named by a noun ending as nouns of action do is no act either
    ("condamner", "gouvernement", "Le ministre a été convoqué à Paris.", "convoquer", False),
    ("dénoncer", "ambassade", "L'ambassadeur a été convoqué mardi.", "convoquer", False),
]


@pytest.mark.parametrize(("verb", "patient", "sentence", "action", "apart"), REACTIONS)
def test_after_a_reaction_another_act_is_a_happening_of_its_own(
    verb, patient, sentence, action, apart
):
    """A reaction to an act (``reaction_verbs`` with an act as patient) is not that act:
    what the article tells after it of another act is no detail of it."""
    event = report(
        "union africain condamner tentative coup",
        sentence="L'Union africaine a condamné mardi la tentative de coup d'Etat.",
        tense="past",
        verb=verb,
        action="=sentence",
    )
    event.clause = Clause(predicate="=sentence", agent="@union-africaine", patient=patient)
    follow = report("président retenir garde", key=(0, 1), sentence=sentence)
    follow.action = action
    follow.follows = event.key
    assert merge.reaction_apart(follow, event) is apart
    assert merge.apart(follow, event) is apart


ASKED_AFTER = [
    # (the event's action and time, the follow-up's action, another happening?)
    # "La cour a condamné X à quinze ans", then "Vingt ans avaient été requis contre lui"
    ("=sentence", "past", "requérir", True),
    # "« Vingt ans pour chacun ! », réclamaient des militantes", then "C'est celle qui a
    # été requise contre X": the prosecution's requisition, not the slogan
    ("réclamer", "", "requérir", True),
    # "Un homme a été tué", then "Une marche blanche est prévue samedi"
    ("=kill", "past", "prévoir", True),
    # a requisition, then its detail: one happening
    ("requérir", "to come", "requérir", False),
    # a verdict, then its detail told in the past ("la peine a été prononcée")
    ("=sentence", "past", "=sentence", False),
]


@pytest.mark.parametrize(("event_action", "event_time", "action", "apart"), ASKED_AFTER)
def test_what_is_asked_for_or_planned_after_a_happening_is_apart(
    event_action, event_time, action, apart
):
    """A follow-up takes its event's time; its own verb may tell what is to come (a
    request, a plan: ``request_verbs``, ``prospective_verbs``), another happening than what its
    event tells."""
    event = report("cour condamner quinze an", sentence="La cour a condamné X.", tense="past")
    event.action, event.time = event_action, event_time
    follow = report("vingt an requérir", key=(0, 1), sentence="Vingt ans avaient été requis.")
    follow.action, follow.time = action, event_time
    follow.follows = event.key
    assert merge.apart(follow, event) is apart


SOURCES = [
    # (the follow-up's reporting clause, its event's, another source?)
    ("le préfet du finistère", "la mairie de brest", True),
    ("le maire de lille", "les pompiers du nord", True),
    ("le gouverneur de brest", "les autorités", False),  # maybe whom the event quotes
    ("cette source", "une source militaire", False),
    ("les autorités", "les autorités", False),
    ("le préfet", "la préfecture du finistère", False),  # one institution
    ("-t-elle", "sophie", False),  # "explique-t-elle": a pronoun goes on
    ("il", "le maire de lille", False),
    ("le maire de lille", "", False),  # the event names no source
]


@pytest.mark.parametrize(("quoted", "event_quoted", "apart"), SOURCES)
def test_a_follow_up_told_by_another_source_is_apart(quoted, event_quoted, apart):
    """ "Selon le préfet, 300 personnes sont sans domicile" after "D'après la mairie, ces
    déflagrations étaient dues à ...": each institution's report is its own."""
    event = report("explosion dû engrais", key=(0, 1), quoted=event_quoted)
    follow = report("300 personne domicile", key=(0, 2), quoted=quoted)
    follow.follows = event.key
    assert merge.told_by_another_source(follow, event) is apart


ATTRIBUTED = [
    # (the follow-up's sentence, its source, the event's source, its tense, another report?)
    (
        "Selon les responsables locaux, 800 évacués ont rejoint le gymnase.",
        "les responsables locaux",
        "paul dubreuil, chef des secours",
        "past",
        True,
    ),
    (
        "D'après le quotidien La Voix, 800 évacués avaient rejoint le gymnase.",
        "le quotidien la voix",
        "paul dubreuil, chef des secours",
        "pluperfect",
        True,
    ),
    (
        "Selon Radio Vallée, 800 évacués ont rejoint le gymnase.",
        "radio vallée",
        "l'agence des secours",
        "past",
        True,
    ),
    # a state, not an act told done: the source's words of how things are or were
    (
        "Selon les responsables locaux, les évacués se connaissaient tous.",
        "les responsables locaux",
        "paul dubreuil, chef des secours",
        "imperfect",
        False,
    ),
    (
        "Selon les responsables locaux, 800 évacués sont au gymnase.",
        "les responsables locaux",
        "paul dubreuil, chef des secours",
        "present",
        False,
    ),
    # a word in common: maybe the same source told again
    (
        "Selon les secours, 800 évacués ont rejoint le gymnase.",
        "les secours",
        "paul dubreuil, chef des secours",
        "past",
        False,
    ),
    # a source told before, pointed back to
    (
        "Selon la même source, 800 évacués ont rejoint le gymnase.",
        "la même source",
        "paul dubreuil, chef des secours",
        "past",
        False,
    ),
    (
        "Selon son entourage, 800 évacués ont rejoint le gymnase.",
        "son entourage",
        "paul dubreuil, chef des secours",
        "past",
        False,
    ),
    ("Selon lui, 800 évacués ont rejoint le gymnase.", "lui", "paul dubreuil", "past", False),
    # the same institution and its head
    (
        "Selon la préfecture du Var, 800 évacués ont rejoint le gymnase.",
        "la préfecture du var",
        "le préfet",
        "past",
        False,
    ),
    # no attribution opening the follow-up: what it relays is read otherwise
    (
        "800 évacués ont rejoint le gymnase, selon les responsables locaux.",
        "les responsables locaux",
        "paul dubreuil, chef des secours",
        "past",
        False,
    ),
    # the event names no source
    (
        "Selon les responsables locaux, 800 évacués ont rejoint le gymnase.",
        "les responsables locaux",
        "",
        "past",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "quoted", "event_quoted", "tense", "apart"), ATTRIBUTED)
def test_an_act_another_source_relays_is_apart(sentence, quoted, event_quoted, tense, apart):
    """ "Selon les responsables locaux, 800 évacués ont rejoint le gymnase" after "Selon Paul
    Dubreuil, chef des secours, l'incendie a détruit un quartier": each source's report of
    an act is its own, whatever their words."""
    event = report(
        "incendie détruire quartier",
        key=(0, 1),
        quoted=event_quoted,
        sentence=f"Selon {event_quoted}, l'incendie a détruit un quartier.",
        tense="past",
    )
    follow = report(
        "800 évacué rejoindre gymnase", key=(0, 2), quoted=quoted, sentence=sentence, tense=tense
    )
    follow.follows = event.key
    assert merge.attributed_to_another_source(follow, event) is apart


SPEAKERS = [
    # (the follow-up's reporting clause, its speaker, what it tells is told in, the
    # event's speaker, another speaker's words?)
    ("le président de la région marc delorme", "marc-delorme", "present", "paul-garnier", True),
    # what is told done in the past may relay the same act
    ("le président de la région marc delorme", "marc-delorme", "past", "paul-garnier", False),
    ("le ministre", "paul-garnier", "present", "paul-garnier", False),
    ("m. garnier", "garnier", "present", "paul-garnier", False),  # the surname alone
    # a name in full ending another is another person: Pierre Martin, not Jean-Pierre
    ("le député pierre martin", "pierre-martin", "present", "jean-pierre-martin", True),
    ("mme darmon", "darmon", "present", "paul-garnier", False),  # someone named before?
    ("-t-il", "marc-delorme", "present", "paul-garnier", False),  # a pronoun goes on
    ("le président de la région marc delorme", "marc-delorme", "present", None, False),
]


@pytest.mark.parametrize(("quoted", "speaker", "tense", "event_speaker", "apart"), SPEAKERS)
def test_another_speakers_words_after_an_event_told_by_someone_are_apart(
    quoted, speaker, tense, event_speaker, apart
):
    """ "« S'il manque des médecins, c'est que les cabinets ferment », a souligné X" after
    "L'agence est prête à financer un centre de soins, a annoncé Y": X's words are X's
    statement, whatever their kind, not a detail of what Y said."""
    event = report(
        "agence prêt financer centre soin",
        key=(0, 1),
        quoted="le ministre de l'agriculture paul garnier",
        speaker=event_speaker,
        content_tense="present",
    )
    follow = report(
        "médecin manquer cabinet fermer",
        key=(0, 2),
        quoted=quoted,
        speaker=speaker,
        content_tense=tense,
    )
    follow.follows = event.key
    assert merge.another_speakers_words(follow, event) is apart
    assert merge.apart(follow, event) is apart


DESCRIBED = [
    # (the follow-up's reporting clause, the event's, another speaker's words?)
    ("un responsable de l'ambassade", "le ministre des affaires étrangères paul garnier", True),
    ("le département des transports", "l'autorité de l'aviation civile", True),
    ("une porte-parole de l'opposition", "le maire de lille", True),
    # a word in common: maybe the same speaker described again
    ("le ministre", "le ministre des affaires étrangères paul garnier", False),
    ("un responsable du ministère", "le ministère de l'intérieur", False),
    # the same institution or its head
    ("la préfecture du var", "le préfet", False),
    # a demonstrative stands for the last one named, a possessive for who speaks for someone
    ("ce dernier", "le maire de lille", False),
    ("son porte-parole", "le maire de lille", False),
    # the event is nobody's words, or a pronoun's (whom it stands for is not read)
    ("un responsable de l'ambassade", "", False),
    ("un responsable de l'ambassade", "il", False),
]


@pytest.mark.parametrize(("quoted", "event_quoted", "apart"), DESCRIBED)
def test_the_words_of_a_speaker_described_after_anothers_words_are_apart(
    quoted, event_quoted, apart
):
    """ "« Nous regrettons leur décision », a réagi un responsable de l'ambassade" after "«
    J'ai décidé du rappel de notre ambassadeur », a annoncé le ministre X": a speaker
    described, not named, opens what that speaker says."""
    event = report(
        "décider rappel ambassadeur",
        key=(0, 1),
        quoted=event_quoted,
        sentence=f"« J'ai décidé du rappel de notre ambassadeur », a annoncé {event_quoted}.",
    )
    follow = report(
        "regretter décision",
        key=(0, 2),
        quoted=quoted,
        sentence=f"« Nous regrettons leur décision », a réagi {quoted}.",
    )
    follow.follows = event.key
    assert merge.described_speakers_words(follow, event) is apart


def test_a_speaker_described_going_on_is_the_same_speech():
    """ "», a ajouté un porte-parole": a continuation verb, more of the words before."""
    event = report(
        "décider rappel ambassadeur",
        key=(0, 1),
        quoted="le maire de lille",
        sentence="« J'ai décidé du rappel de notre ambassadeur », a annoncé le maire de Lille.",
    )
    follow = report(
        "regretter décision",
        key=(0, 2),
        quoted="un porte-parole",
        sentence="« Nous regrettons leur décision », a ajouté un porte-parole.",
    )
    follow.follows = event.key
    assert not merge.described_speakers_words(follow, event)
    follow.sentence = "« Nous regrettons leur décision », a réagi un porte-parole."
    assert merge.described_speakers_words(follow, event)


# --- the whole pipeline on invented articles --------------------------------------------------

ARTICLES = [
    # (case, {stem: body}, sentences cited by one event, pairs never cited by one event)
    (
        "two speakers say the same",
        {
            "2024-03-05-lyon": (
                "Le maire de Lyon a affirmé mardi que la situation était sous contrôle "
                "après les inondations."
            ),
            "2024-03-05-rhone": (
                "Le préfet du Rhône a affirmé mardi que la situation était sous contrôle "
                "après les inondations."
            ),
        },
        [],
        [("Le maire de Lyon", "Le préfet du Rhône")],
    ),
    (
        "one speaker, two outlets",
        {
            "2024-03-05-lyon": (
                "« La situation est sous contrôle », a déclaré mardi le préfet du Rhône "
                "après les inondations."
            ),
            "2024-03-05-rhone": (
                "Le préfet du Rhône a assuré mardi que la situation était sous contrôle "
                "après les inondations."
            ),
        },
        [("La situation est sous contrôle", "a assuré mardi")],
        [],
    ),
    (
        "a quotation of another speaker after a claim",
        {
            "2024-03-05-nord": (
                "Mardi, les autorités ont annoncé que l'incendie était maîtrisé. "
                "« Les fumées ne sont pas toxiques », a assuré la préfecture du Nord."
            ),
        },
        [],
        [("les autorités ont annoncé", "Les fumées ne sont pas toxiques")],
    ),
    (
        "another speaker's words after a claim",
        {
            "2024-03-05-sante": (
                "L'agence régionale de santé est prête à financer avec la commune un centre "
                "de soins de proximité pour soulager les urgences de l'hôpital, a annoncé le "
                "directeur de l'agence Thomas Renaud.\n\n« S'il manque des médecins dans le "
                "quartier, c'est que les cabinets ferment les uns après les autres », a "
                "souligné la maire de la ville Sophie Langlois."
            ),
        },
        [],
        [("prête à financer", "manque des médecins")],
    ),
    (
        "another speaker's words, then her statement",
        {
            "2024-03-05-sante": (
                "L'agence régionale de santé est prête à financer avec la commune un centre "
                "de soins de proximité pour soulager les urgences de l'hôpital, a annoncé le "
                "directeur de l'agence Thomas Renaud.\n\n« S'il manque des médecins dans le "
                "quartier, c'est que les cabinets ferment les uns après les autres », a "
                "souligné la maire de la ville Sophie Langlois.\n\nEvoquant le manque de "
                "généralistes, Sophie Langlois a assuré que la commune offrirait un logement "
                "aux jeunes médecins."
            ),
        },
        [("manque des médecins", "Evoquant le manque")],
        [("prête à financer", "manque des médecins")],
    ),
    (
        "the same speaker's words after his claim",
        {
            "2024-03-05-sante": (
                "L'agence régionale de santé est prête à financer avec la commune un centre "
                "de soins de proximité pour soulager les urgences de l'hôpital, a annoncé le "
                "directeur de l'agence Thomas Renaud.\n\n« S'il manque des médecins dans le "
                "quartier, c'est que les cabinets ferment les uns après les autres », a "
                "souligné Thomas Renaud."
            ),
        },
        [("prête à financer", "manque des médecins")],
        [],
    ),
    (
        "a claim in direct speech after the act the speaker relays",
        {
            "2024-03-09-crue": (
                "Dans une allocution télévisée, le Premier ministre Jean Morvan a indiqué samedi "
                "que le gouvernement envoyait 3.000 gendarmes supplémentaires dans les vallées "
                "sinistrées.\n\n« Il s'agit de la plus grande mobilisation de la gendarmerie en "
                "temps de paix », a-t-il déclaré."
            ),
        },
        [],
        [("3.000 gendarmes", "plus grande mobilisation")],
    ),
    (
        "direct speech telling the act relayed, done",
        {
            "2024-03-09-crue": (
                "Dans une allocution télévisée, le Premier ministre Jean Morvan a indiqué samedi "
                "que le gouvernement envoyait 3.000 gendarmes supplémentaires dans les vallées "
                "sinistrées.\n\n« Les premiers gendarmes ont rejoint les vallées dans la nuit », "
                "a-t-il déclaré."
            ),
        },
        [("3.000 gendarmes", "ont rejoint les vallées")],
        [],
    ),
    (
        "a minister's words told with a complement before her name",
        {
            "2024-03-06-toulon": (
                "Un barrage a cédé mardi soir près de Toulon, emportant une dizaine de "
                "maisons.\n\n« Nous fouillons la boue sans relâche, six habitants ont été "
                "retrouvés vivants », a déclaré un officier des pompiers.\n\n« Cette digue, "
                "mes enfants y jouaient chaque été, et je veux savoir qui l'a laissée se "
                "fissurer », a dénoncé lors d'une conférence de presse la ministre de "
                "l'Environnement Claire Dubois."
            ),
        },
        [],
        [
            ("Un barrage a cédé", "mes enfants y jouaient"),
            ("Nous fouillons", "mes enfants y jouaient"),
        ],
    ),
    (
        "another speaker's words, an adverb of manner before the name",
        {
            "2024-03-09-sonde": (
                "« Les ingénieurs de la mission sont aux anges, la sonde a tenu », a déclaré "
                "samedi Jean Morel, responsable de la mission. « On croit voir des rivières, "
                "ou même un rivage », a prudemment commenté Marc Texier, chargé de la caméra "
                "de la sonde."
            ),
        },
        [],
        [("la sonde a tenu", "On croit voir des rivières")],
    ),
    (
        "what another source relays after a source's account",
        {
            "2024-03-08-incendie": (
                "Selon Paul Dubreuil, chef du service d'incendie de Valbonne, le feu a détruit "
                "dimanche un quartier résidentiel au nord de la ville. Selon les responsables "
                "locaux, quelque 800 personnes évacuées avaient rejoint un centre d'accueil à "
                "l'extérieur de Valbonne."
            ),
        },
        [],
        [("a détruit dimanche un quartier", "800 personnes évacuées")],
    ),
    (
        "an official's words, anonymous, after a minister's",
        {
            "2024-03-07-rappel": (
                "« A la demande du président, j'ai décidé du rappel immédiat de notre "
                "ambassadeur à Rome pour consultations », a annoncé jeudi le ministre des "
                "Affaires étrangères Paul Garnier dans un communiqué. « Nous avons été "
                "en contact étroit avec nos partenaires français et nous regrettons leur "
                "décision », a réagi sous couvert d'anonymat un responsable du gouvernement "
                "italien."
            ),
        },
        [],
        [("rappel immédiat", "contact étroit")],
    ),
    (
        "a quotation of what is to come after a past announcement",
        {
            "2024-03-05-bercy": (
                "Le ministre de l'Economie a annoncé mardi la fin des négociations avec "
                "les syndicats. « Nous reprendrons les discussions en septembre », "
                "a-t-il précisé."
            ),
        },
        [],
        [("la fin des négociations", "Nous reprendrons")],
    ),
    (
        "the same act done to two things",
        {
            "2024-03-05-a": "Le gouvernement a annoncé mardi la fermeture des écoles de la région.",
            "2024-03-05-b": (
                "Le gouvernement a annoncé mardi la hausse des salaires des enseignants "
                "de la région."
            ),
            "2024-03-05-c": (
                "Les pompiers ont évacué mardi les habitants de trois immeubles du centre-ville."
            ),
            "2024-03-05-d": (
                "Les pompiers ont évacué mardi les élèves de deux écoles du centre-ville."
            ),
        },
        [],
        [("la fermeture des écoles", "la hausse des salaires"), ("les habitants", "les élèves")],
    ),
    (
        "the same act done to one thing, told differently",
        {
            "2024-03-05-a": "Le gouvernement a annoncé mardi la fermeture des écoles de la région.",
            "2024-03-05-b": (
                "Mardi, le gouvernement a annoncé la fermeture de toutes les écoles de la région."
            ),
            "2024-03-05-c": (
                "Les policiers ont interpellé mardi un homme de 25 ans à Marseille après "
                "la fusillade."
            ),
            "2024-03-05-d": (
                "Les policiers ont interpellé mardi le suspect à Marseille après la fusillade."
            ),
        },
        [("la fermeture des écoles", "toutes les écoles"), ("un homme de 25 ans", "le suspect")],
        [],
    ),
    (
        "a man and a woman arrested",
        {
            "2024-03-05-a": (
                "Un homme a été interpellé mardi à Lille après la mort d'un adolescent."
            ),
            "2024-03-05-b": (
                "Une femme a été interpellée mardi à Lille après la mort d'un adolescent."
            ),
        },
        [],
        [("Un homme a été interpellé", "Une femme a été interpellée")],
    ),
    (
        "the same words told of two towns, undated",
        {
            "2024-03-05-a": (
                "Un incendie a détruit un entrepôt à Lille. Les pompiers sont intervenus "
                "rapidement."
            ),
            "2024-03-06-b": (
                "Un incendie a détruit une maison à Roubaix. Les pompiers sont intervenus "
                "rapidement."
            ),
        },
        [],
        [
            ("entrepôt à Lille", "maison à Roubaix"),
            ("a|Les pompiers", "b|Les pompiers"),
        ],
    ),
    (
        "the same words told of one town, undated",
        {
            "2024-03-05-a": (
                "Un incendie a détruit un entrepôt à Lille. Les pompiers sont intervenus "
                "rapidement."
            ),
            "2024-03-06-b": (
                "Un incendie a détruit un entrepôt à Lille. Les pompiers sont intervenus "
                "rapidement."
            ),
        },
        [("a|Les pompiers", "b|Les pompiers")],
        [],
    ),
    (
        "a toll updated",
        {
            "2024-03-05-afp": (
                "Le séisme a fait 120 morts mardi dans le sud du pays, selon les autorités."
            ),
            "2024-03-06-reuters": (
                "Le séisme a fait 300 morts mardi dans le sud du pays, selon un nouveau bilan."
            ),
        },
        [],
        [("120 morts", "300 morts")],
    ),
    (
        "a toll rising, told beside the happening",
        {
            "2024-03-05-afp": (
                "Un séisme de magnitude 6,8 a frappé mardi le sud du pays, faisant au moins "
                "120 morts, selon un premier bilan."
            ),
            "2024-03-06-reuters": (
                "Un puissant séisme a frappé mardi le sud du pays, faisant plus de 300 morts."
            ),
        },
        [("au moins 120 morts", "plus de 300 morts")],
        [],
    ),
    (
        "an earthquake told, then its hour",
        {
            "2024-03-05-afp": (
                "Un séisme de magnitude 6,8 a frappé mardi le sud du pays.\n\n"
                "Selon l'institut de géophysique, le tremblement de terre a eu lieu à 4h17 "
                "à une profondeur de 10 kilomètres."
            ),
        },
        [("a frappé mardi", "le tremblement de terre a eu lieu")],
        [],
    ),
    (
        "an earthquake told, then an explosion",
        {
            "2024-03-05-afp": (
                "Un séisme de magnitude 6,8 a frappé mardi le sud du pays.\n\n"
                "Selon les pompiers, une explosion a eu lieu à 4h17 dans une usine de la "
                "région."
            ),
        },
        [],
        [("a frappé mardi", "une explosion a eu lieu")],
    ),
    (
        "the same act on two days",
        {
            "2024-03-07-a": "Le Parlement a adopté mardi le projet de loi sur l'immigration.",
            "2024-03-07-b": "Le Parlement a adopté jeudi le projet de loi sur l'immigration.",
        },
        [],
        [("adopté mardi", "adopté jeudi")],
    ),
    (
        "an hour told with the time of another place, in parentheses",
        {
            "2024-03-05-afp": (
                "Un séisme de magnitude 6,8 a frappé mardi le nord du Maroc.\n\n"
                "Selon l'institut sismologique américain USGS, le tremblement de terre a eu "
                "lieu à 4 h 17 locales (5 h 17 à Paris), à une profondeur de 10 kilomètres."
            ),
            "2024-03-05-aps": (
                "Un séisme de magnitude 6,8 a ébranlé mardi le nord du Maroc.\n\n"
                "Selon l'institut sismologique américain USGS, le tremblement de terre a eu "
                "lieu à 4 h 17 locales (4 h 17, heure d'Alger), à une profondeur de 10 "
                "kilomètres."
            ),
        },
        [("afp|le tremblement de terre a eu lieu", "aps|le tremblement de terre a eu lieu")],
        [],
    ),
    (
        "two towns, one named in parentheses",
        {
            "2024-03-05-a": "Un incendie a détruit mardi un entrepôt à Lille (Nord).",
            "2024-03-05-b": "Un incendie a détruit mardi un entrepôt à Nantes (Loire-Atlantique).",
        },
        [],
        [("a|Lille", "b|Nantes")],
    ),
    (
        "two parties' requests at a trial",
        {
            "2024-03-05-a": (
                "La cour d'assises du Finistère a condamné jeudi un ancien notaire à douze ans "
                "de réclusion pour escroqueries.\n\nLe parquet, dans son réquisitoire, avait "
                "réclamé quinze ans de réclusion criminelle contre l'accusé. Ses avocats "
                "avaient plaidé l'acquittement."
            ),
        },
        [],
        [("avait réclamé quinze", "Ses avocats avaient plaidé")],
    ),
    (
        "one party's requests at a trial",
        {
            "2024-03-05-a": (
                "La cour d'assises du Finistère a condamné jeudi un ancien notaire à douze ans "
                "de réclusion pour escroqueries.\n\nLe parquet, dans son réquisitoire, avait "
                "réclamé quinze ans de réclusion criminelle contre l'accusé. Le procureur avait "
                "demandé une interdiction d'exercer."
            ),
        },
        [("avait réclamé quinze", "Le procureur avait demandé")],
        [],
    ),
    (
        "a union's count and a ministry's",
        {
            "2024-03-05-a": (
                "La CGT a annoncé jeudi 2,8 millions de manifestants dans toute la France. "
                "Pour le ministère de l'Intérieur, le chiffre est de 1,2 million de "
                "manifestants."
            ),
        },
        [],
        [("2,8 millions", "1,2 million")],
    ),
    (
        "a relayed act, then the speaker's words",
        {
            "2024-03-05-a": (
                "Le préfet du Var a indiqué mardi que les pompiers avaient évacué trois cents "
                "habitants. « C'est une situation exceptionnelle », a-t-il ajouté."
            ),
        },
        [],
        [("avaient évacué", "situation exceptionnelle")],
    ),
    (
        "a relayed act, then the speaker's words telling it",
        {
            "2024-03-05-a": (
                "Le préfet du Var a indiqué mardi que les pompiers avaient évacué trois cents "
                "habitants. « Ils ont évacué trois cents habitants en une heure », a-t-il "
                "ajouté."
            ),
        },
        [("avaient évacué", "en une heure")],
        [],
    ),
    (
        "an act and its condemnation",
        {
            "2025-06-03-a": "Des hommes armés ont attaqué mardi un convoi humanitaire près de Gao.",
            "2025-06-03-b": (
                "L'ONU a condamné mardi l'attaque d'un convoi humanitaire près de Gao par des "
                "hommes armés."
            ),
        },
        [],
        [("ont attaqué mardi", "L'ONU a condamné")],
    ),
    (
        "one condemnation, two outlets",
        {
            "2025-06-03-a": (
                "Mardi, l'ONU a condamné l'attaque d'un convoi humanitaire près de Gao."
            ),
            "2025-06-03-b": (
                "Mardi, l'attaque du convoi humanitaire de Gao a été fermement condamnée par l'ONU."
            ),
        },
        [("a|l'ONU a condamné", "b|fermement condamnée")],
        [],
    ),
    (
        "a court's sentence is no reaction",
        {
            "2025-06-03-a": (
                "La cour d'assises du Rhône a condamné mardi un ancien policier à quinze ans "
                "de réclusion criminelle."
            ),
            "2025-06-03-b": (
                "Mardi, un ancien policier a été condamné à quinze ans de réclusion criminelle "
                "par la cour d'assises du Rhône."
            ),
        },
        [("a|La cour", "b|un ancien policier")],
        [],
    ),
    (
        "two sources' counts written in thousands",
        {
            "2025-06-03-a": (
                "Les syndicats ont compté 40 000 manifestants mardi à Bordeaux contre la réforme."
            ),
            "2025-06-03-b": (
                "La préfecture a compté 12 000 manifestants mardi à Bordeaux contre la réforme."
            ),
        },
        [],
        [("40 000", "12 000")],
    ),
    (
        "one count written in thousands, two outlets",
        {
            "2025-06-03-a": (
                "Les syndicats ont compté 40 000 manifestants mardi à Bordeaux contre la réforme."
            ),
            "2025-06-03-b": (
                "Mardi à Bordeaux, les syndicats ont compté 40 000 manifestants contre la "
                "réforme des retraites."
            ),
        },
        [("a|40 000", "b|40 000")],
        [],
    ),
    (
        "a verb and the noun of its act",
        {
            "2025-06-03-a": (
                "Le ministre de l'Intérieur a envoyé mardi 300 gendarmes supplémentaires à Mayotte."
            ),
            "2025-06-03-b": (
                "Le ministre de l'Intérieur a annoncé mardi l'envoi de 300 gendarmes "
                "supplémentaires à Mayotte."
            ),
        },
        [("a|a envoyé", "b|l'envoi")],
        [],
    ),
    (
        "two acts announced of one thing",
        {
            "2025-06-03-a": (
                "La préfecture a annoncé mardi la fermeture de la route nationale à Gap."
            ),
            "2025-06-03-b": (
                "La préfecture a annoncé mardi la libération de la route nationale à Gap."
            ),
        },
        [],
        [("a|la fermeture", "b|la libération")],
    ),
    (
        "a speaker named in the reporting clause, not found as a name",
        {
            "2025-06-03-a": (
                "Dans une allocution, Pedro Sanchez a indiqué mardi que le gouvernement "
                "envoyait 5000 soldats à Valence."
            ),
            "2025-06-03-b": (
                "Le Premier ministre Pedro Sanchez a annoncé mardi l'envoi de 5000 soldats à "
                "Valence."
            ),
        },
        [("a|envoyait", "b|l'envoi")],
        [],
    ),
    (
        "a speaker with a hyphenated given name, named in the reporting clause",
        {
            "2025-06-03-a": (
                "Dans un communiqué, Jean-Pierre Bouvier a indiqué mardi que la préfecture "
                "envoyait 300 pompiers à Valence."
            ),
            "2025-06-03-b": (
                "Le préfet Jean-Pierre Bouvier a annoncé mardi l'envoi de 300 pompiers à Valence."
            ),
        },
        [("a|envoyait", "b|l'envoi")],
        [],
    ),
    (
        "two acts days apart naming the dossier's happening in a complement",
        {
            "2024-06-12-a": (
                "Le bilan de l'effondrement d'un pont autoroutier à Tours, en Indre-et-Loire, "
                "s'élève désormais à douze morts."
            ),
            "2024-06-15-b": (
                "La France a rendu un dernier hommage aux douze victimes de l'effondrement "
                "du pont autoroutier de Tours, en Indre-et-Loire."
            ),
        },
        [],
        [("a|Le bilan de l'effondrement", "b|dernier hommage")],
    ),
    (
        "one act days apart naming the dossier's happening in a complement",
        {
            "2024-06-12-a": (
                "Le bilan de l'effondrement d'un pont autoroutier à Tours, en Indre-et-Loire, "
                "s'élève désormais à douze morts."
            ),
            "2024-06-15-b": (
                "Le bilan de l'effondrement du pont autoroutier de Tours, en Indre-et-Loire, "
                "s'élève à douze morts."
            ),
        },
        [("a|Le bilan de l'effondrement", "b|Le bilan de l'effondrement")],
        [],
    ),
    (
        "a follow-up told by another source",
        {
            "2024-03-05-brest": (
                "Deux explosions ont secoué mardi le port de Brest. D'après la mairie de "
                "Brest, ces déflagrations étaient dues à l'explosion d'un stock d'engrais. "
                "Selon le préfet du Finistère, 300 personnes sont sans domicile en raison "
                "des dégâts."
            ),
        },
        [],
        [("D'après la mairie", "Selon le préfet du Finistère")],
    ),
    (
        "a follow-up told by the same source",
        {
            "2024-03-05-brest": (
                "Deux explosions ont secoué mardi le port de Brest. D'après la mairie de "
                "Brest, ces déflagrations étaient dues à l'explosion d'un stock d'engrais. "
                "Selon la mairie, 300 personnes sont sans domicile en raison des dégâts."
            ),
        },
        [("D'après la mairie", "Selon la mairie, 300")],
        [],
    ),
    (
        "a storm strikes, a man is shot down",
        {
            "2024-03-05-a": (
                "Une violente tempête s'est abattue mardi sur Brest, dans le Finistère."
            ),
            "2024-03-05-b": "Un policier a abattu mardi un forcené à Brest, dans le Finistère.",
            "2024-03-05-c": "Une violente tempête a frappé mardi Brest, dans le Finistère.",
        },
        [("a|s'est abattue", "c|a frappé")],
        [("a|s'est abattue", "b|a abattu")],
    ),
    (
        "one fire, two wordings",
        {
            "2024-03-05-a": (
                "Un incendie s'est déclaré mardi dans un entrepôt de Lille, selon les pompiers."
            ),
            "2024-03-05-b": "Mardi, un important incendie a éclaté dans un entrepôt à Lille.",
        },
        [("s'est déclaré mardi", "a éclaté")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "together", "apart"), ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_invented_articles_merge_only_what_is_one_happening(
    tmp_path, case, articles, together, apart
):
    events = events_of(tmp_path, articles)
    for one, other in together:
        assert cited_together(events, one, other), (case, one, other, events)
    for one, other in apart:
        assert any(cites(cited, one) for cited in events), (case, one, events)
        assert not cited_together(events, one, other), (case, one, other, events)


@pytest.mark.parametrize(
    ("person", "clause", "named"),
    [
        ("pedro-sanchez", "Le Premier ministre Pedro Sánchez a annoncé", True),
        ("jean-pierre-raffarin", "a déclaré Jean-Pierre Raffarin", True),
        ("lech-walesa", "a dit Lech Wałęsa", True),
        ("jean-pierre-raffarin", "a déclaré Jean Raffarin", False),
        ("pedro-sanchez", "a annoncé le gouvernement", False),
    ],
)
def test_a_speaker_is_named_in_a_reporting_clause_as_entity_ids_are_written(person, clause, named):
    """The words of a reporting clause are compared with a person's id as ids are made
    (hyphenated given names split, every letter folded as the slug folds it)."""
    report = SimpleNamespace(quoted=clause)
    assert merge._names_in(person, report) is named  # type: ignore[arg-type]


# --- the winner and the loser swapped: the voice read, the roles compared -------------------

WON = "Les Bleus ont battu la Belgique mardi soir à Saint-Pétersbourg en demi-finale."

SWAPPED = [
    # (case, the other outlet's sentence, one happening?)
    ("the same match in the passive", "La Belgique a été battue mardi par les Bleus.", True),
    ("the winner and the loser swapped", "La Belgique a battu mardi les Bleus.", False),
]


@pytest.mark.parametrize(("case", "other", "one"), SWAPPED, ids=[s[0] for s in SWAPPED])
def test_a_winner_and_a_loser_swapped_are_another_match(tmp_path, case, other, one):
    """ "Y a été battu par X" tells "X a battu Y" (the passive read as the active); "Y a battu
    X" tells another match, the same two named the other way round (``_roles_moved``)."""
    articles = {"2024-07-11-a": WON, "2024-07-11-b": other}
    events = events_of(tmp_path, articles)
    assert cited_together(events, "2024-07-11-a|Les Bleus", "2024-07-11-b|La Belgique") is one


def told(predicate: str, agent: str, patient: str) -> merge.Report:
    """A report naming both (``@x``, ``@y``, ``@z``) whose main clause is read as given."""
    told = report(f"{agent} {patient} {predicate}")
    told.clause = Clause(predicate=predicate, agent=agent, patient=patient)
    return told


ROLES = [
    # (one report, the other, two happenings?)
    (told("battre", "@x", "@y"), told("battre", "@y", "@x"), True),
    (told("limoger", "@x", "@y"), told("limoger", "@y", "@x"), True),
    (told("battre", "@x", "@y"), told("battre", "@x", "@y"), False),
    # acts done to each other: the same meeting, whoever is named first
    (told("=meet", "@x", "@y"), told("=meet", "@y", "@x"), False),
    (told("affronter", "@x", "@y"), told("affronter", "@y", "@x"), False),
]


@pytest.mark.parametrize(("one", "other", "differ"), ROLES)
def test_the_same_two_named_the_other_way_round_are_two_acts_unless_reciprocal(one, other, differ):
    assert merge.clauses_differ(one, other) is differ
    assert merge.clauses_differ(other, one) is differ


def test_another_speakers_words_set_apart_are_their_statement(tmp_path):
    """The mayor's words after what the health agency's director announced are an event of
    their own, her statement: its headline names her ("Langlois : s'ils ...", the elided
    "si" in lower case after the colon), whatever the kind read in the words alone."""
    [articles] = [a[1] for a in ARTICLES if a[0] == "another speaker's words after a claim"]
    [text] = articles.values()
    chronology = chronology_of(tmp_path, text, "2024-03-05")
    [said] = [e for e in chronology.events if "manque des médecins" in e.sources[0].sentence]
    assert said.kind == "statement"
    assert said.title.startswith("Langlois : s'il manque"), said.title


# --- an act another actor did, relayed by a speaker, is no part of the speaker's occasion --

# One speaker's televised address, told in one article: what the mayor says, then what she
# relays. (case, the relayed sentence's clause: agent, patient, predicate, the time its
# content is told in, a modal, the occasion's other statement?)
RELAYED_ON_OCCASION = [
    # "La maire Claire Valsec a indiqué que la préfecture envoyait 300 pompiers": the
    # prefecture's act, a happening of its own
    (
        "a body's act, in the imperfect of reported speech",
        ("préfecture", "pompier", "=envoyer", "imperfect", None),
        False,
    ),
    # "... que le gouvernement a débloqué 10 millions": another body, in the past
    (
        "a body named by a noun, in the past",
        ("gouvernement", "million", "débloquer", "past", None),
        False,
    ),
    # "... que la Croix-Blanche avait dépêché des équipes": a body by its name
    (
        "a body by its name",
        ("@croix-blanche", "équipe", "dépêcher", "pluperfect", None),
        False,
    ),
    # "... qu'elle avait ordonné l'évacuation": the speaker's own act, told by her
    (
        "the speaker's own act",
        ("@claire-valsec", "évacuation", "ordonner", "pluperfect", None),
        True,
    ),
    # "... que les digues avaient cédé dans la nuit": what a thing did, her account
    ("what a thing did", ("digue", None, "céder", "pluperfect", None), True),
    # "... que la préfecture comptait envoyer 300 pompiers": not done
    (
        "an act left unrealised",
        ("préfecture", "pompier", "=envoyer", "imperfect", "compter"),
        True,
    ),
    # "... que la préfecture disposait de renforts": a state, not an act done to something
    ("a state", ("préfecture", None, "disposer", "imperfect", None), True),
    # "LYON (Reuters) - Les crues ont emporté deux ponts, a déclaré ...": the dateline's
    # place read as the subject, no actor
    ("a place read as the agent", ("@lyon", "pont", "emporter", "past", None), True),
]


@pytest.mark.parametrize(
    ("case", "relayed", "one"), RELAYED_ON_OCCASION, ids=[r[0] for r in RELAYED_ON_OCCASION]
)
def test_an_act_another_actor_did_relayed_by_a_speaker_is_no_part_of_her_occasion(
    case, relayed, one
):
    """ "« La ville a tenu », a déclaré mardi la maire Claire Valsec. Dans la même allocution,
    la maire a indiqué que la préfecture envoyait 300 pompiers." What one speaker says on
    one occasion is one statement (``same_occasion``), but a happening she relays is that
    happening: the actor's act, an event of its own (tests/data/realnews/README.md,
    "Statements and what they relay", rule 2); her own acts, what things did and what is
    not done stay her words."""
    agent, patient, predicate, told, modal = relayed
    said = report(
        "ville tenir",
        key=(0, 0),
        kind="statement",
        speaker="claire-valsec",
        quoted="la maire claire valsec",
        sentence="« La ville a tenu », a déclaré mardi la maire Claire Valsec.",
        tense="past",
        content_tense="past",
    )
    relaying = replace(
        report(
            f"maire indiquer {agent.lstrip('@')} {patient or ''} {predicate}",
            key=(0, 1),
            kind="statement",
            speaker="claire-valsec",
            quoted="la maire",
            sentence="Dans la même allocution, Claire Valsec a indiqué que ...",
            tense="past",
            content_tense=told,
            explicit=False,
            places=("lyon",) if agent == "@lyon" else (),
        ),
        action=predicate,
        clause=Clause(predicate=predicate, agent=agent, patient=patient, modal=modal),
    )
    merge.mark_occasions([said, relaying])
    assert said.occasion is not None, case
    assert merge.same_occasion(said, relaying) is one, case
