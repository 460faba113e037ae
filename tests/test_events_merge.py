"""Merging, phenomenon by phenomenon: paraphrases of one fact merge; differences that make
another happening block a merge however alike the words; one article retelling its lead
merges; the decision depends on neither the folder's other articles nor their order.

The report-level tests need no model (reports are made by hand, as assembly makes them:
content lemmas, "@" entity ids, "~" families of events.yml). The last tests run the real
extraction on articles of the development set (tests/data/realnews/dev, sources in its
README) with and without unrelated articles around them.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import essai_reports
import pytest

from timeline.articles import load_articles
from timeline.events import merge
from timeline.events.assemble import merge_reports
from timeline.events.extract import extract_articles

ROOT = Path(__file__).resolve().parent.parent
DAY = ("2022-06-29", "2022-06-29", False)


def report(words: str, *, span: tuple[str, str, bool] = DAY, **fields: Any) -> merge.Report:
    return essai_reports.report(words, span=span, **fields)


def merged(a: merge.Report, b: merge.Report) -> bool:
    return merge.similarity(a, b) >= merge.THRESHOLD


# --- paraphrases: different words for one fact ---------------------------------------------

PARAPHRASES = [
    # "ils se sont exprimés une ultime fois" / "ont eu la parole une dernière fois"
    ("exprimer ultime fois", "parole dernier fois"),
    # "a été interpellé jeudi" / "a été arrêté jeudi"
    ("suspect interpeller", "suspect arrêter"),
    # "la Palme d'or a récompensé X" / "la Palme d'or a été attribuée à X"
    ("palme récompenser @kore-eda", "palme attribuer @kore-eda"),
    # "a été condamné à la perpétuité" / "a écopé de la perpétuité"
    ("@abdeslam condamner perpétuité", "@abdeslam écoper perpétuité"),
    # "a nommé X Premier ministre" / "la nomination de X"
    ("@bayrou nommer premier ministre", "@bayrou nomination premier ministre"),
    # "l'Assemblée a censuré le gouvernement" / "... renversé le gouvernement"
    ("assemblée censurer gouvernement", "assemblée renverser gouvernement"),
    # "a prononcé une allocution" / "a pris la parole"
    ("président allocution télévisé", "président parole télévisé"),
]


@pytest.mark.parametrize(("one", "other"), PARAPHRASES)
def test_paraphrases_fold_into_the_same_words(one, other):
    assert report(one).words == report(other).words


# --- the same figures: decimals are read from the sentence -----------------------------------

FIGURES = [
    # (what one outlet writes, what another writes, the same release?)
    (
        "le chômage est reparti à la hausse au troisième trimestre, à 7,5 % (+0,2 point)",
        "le chômage a progressé au troisième trimestre en métropole, à 7,5 % (+0,2 point)",
        True,
    ),
    (
        "le chômage est reparti à la hausse au troisième trimestre, à 7,5 % (+0,2 point)",
        "le chômage a progressé au troisième trimestre en métropole, à 8,1 % (+0,4 point)",
        False,
    ),
    (
        "un séisme de magnitude 6,8 a frappé le sud du pays",
        "la secousse, d'une magnitude de 6,8, a eu lieu à 4h17",
        True,
    ),
    (
        "un séisme de magnitude 6,8 a frappé le sud du pays",
        "la secousse, d'une magnitude de 5,2, a eu lieu à 4h17",
        False,
    ),
]


@pytest.mark.parametrize(("one", "other", "same"), FIGURES)
def test_the_same_decimal_figures_tell_the_same_release(one, other, same):
    """A report's numbers are whole; its decimals ("9,9 %", "magnitude 7,8") are read from
    its sentence and count as shared numbers: two outlets' paraphrases of one release merge
    on them, two releases with other figures do not."""
    words = {
        "chômage": ("chômage repartir hausse trimestre population", "chômage progresser trimestre"),
        "séisme": ("=quake magnitude frapper sud pays", "=quake magnitude produire heure pays"),
    }
    first, second = words["chômage" if "chômage" in one else "séisme"]
    a = report(first, sentence=one, key=(0, 0))
    b = report(second, sentence=other, key=(1, 0))
    assert merged(a, b) is same
    assert merge.group_reports([a, b]) and (len(merge.group_reports([a, b])) == 1) is same


def test_a_paraphrase_merges_across_outlets_where_the_literal_words_would_not():
    a = report(
        "@abdeslam condamner perpétuité incompressible cour assise spécial",
        key=(0, 3),
        action="condamner",
    )
    b = report(
        "@abdeslam écoper perpétuité incompressible cour assise spécial",
        key=(1, 0),
        action="écoper",
    )
    assert merged(a, b)
    literal = report(
        "@abdeslam recevoir perpétuité incompressible cour assise spécial",
        key=(1, 0),
        action="recevoir",
    )
    assert merge.similarity(a, literal) < merge.similarity(a, b)


# --- what is never the same happening -----------------------------------------------------

BASE = "@abdeslam condamner perpétuité cour assise spécial verdict"


def base(**changes: object) -> merge.Report:
    fields: dict[str, object] = {"key": (1, 0), "action": "condamner"}
    fields.update(changes)
    words = str(fields.pop("words", BASE))
    return report(words, **fields)  # type: ignore[arg-type]


BLOCKERS = [
    # what is scheduled is not what took place
    ("announcement", {"kind": "announcement"}),
    # "doit rendre son verdict mercredi" (kind not known) / "a rendu son verdict mercredi"
    ("to come", {"kind": "", "tense": "present", "verb": "devoir"}),
    ("future", {"kind": "", "tense": "future", "verb": "condamner"}),
    # "D'autres accusés ...": others than those already told of
    ("others", {"sentence": "D'autres accusés ont été condamnés mercredi."}),
    ("nineteen others", {"sentence": "19 autres accusés ont des peines allant de 2 ans."}),
    ("another", {"sentence": "Mardi, un autre homme a été condamné."}),
    # two sets of people named, none in common
    ("other person", {"persons": ("mohamed-abrini",)}),
    # the same thing counted differently: "820 morts" / "1000 morts"
    ("other count", {"words": BASE + " 1000 mort", "numbers": (1000,)}),
]


@pytest.mark.parametrize(("why", "changes"), BLOCKERS, ids=[b[0] for b in BLOCKERS])
def test_differences_that_make_another_happening_block_the_merge(why, changes):
    first = report(
        BASE + " 820 mort",
        key=(0, 0),
        action="condamner",
        numbers=(820,),
        persons=("salah-abdeslam",),
        sentence="La cour a condamné mercredi Salah Abdeslam.",
    )
    first.tense, first.verb = "past", "condamner"
    first.__post_init__()
    same = base(
        words=BASE + " 820 mort",
        numbers=(820,),
        persons=("salah-abdeslam",),
        sentence="Salah Abdeslam a été condamné mercredi.",
        tense="present",
        verb="condamner",
    )
    assert merged(first, same)  # the pair merges without the difference
    other = base(
        **{
            "words": BASE + " 820 mort",
            "numbers": (820,),
            "persons": ("salah-abdeslam",),
            "sentence": "Salah Abdeslam a été condamné mercredi.",
            **changes,
        }
    )
    assert merge.blocked(first, other), why
    assert not merged(first, other)
    assert len(merge.group_reports([first, other])) == 2


def test_a_count_found_in_the_other_report_is_no_clash():
    """ "seuls deux des 57 frappes" / "seuls deux raids": 2 is in both."""
    a = report("2 ~strike aérien @syrie", numbers=(2,), action="~strike")
    b = report("2 57 ~strike @syrie", key=(1, 0), numbers=(2, 57), action="~strike")
    assert not merge.blocked(a, b)


def test_others_is_only_a_marker_at_the_subject():
    """ "les autres l'opposition modérée" inside a sentence is not its subject."""
    vocab = merge.vocabulary()
    assert vocab.distinct("Les autres accusés écopent de peines allant de deux ans.")
    assert not vocab.distinct("Deux des 57 frappes ont visé Daech et les autres l'opposition.")
    assert not vocab.distinct("Le verdict sera rendu, d'autre part, mercredi.")


# --- one article retelling its lead -------------------------------------------------------

LEAD = "principal suspect arrêter mort @malik 19 an poignarder"
RETOLD = "homme naître @orleans arrêter"


def test_an_article_retelling_its_lead_merges_and_two_articles_need_more():
    lead = report(LEAD, key=(0, 0), action="arrêter", numbers=(19,))
    retold = report(RETOLD, key=(0, 3), action="arrêter")
    assert merged(lead, retold)
    elsewhere = report(RETOLD, key=(1, 3), action="arrêter")
    assert not merged(lead, elsewhere)
    # another day is not a retelling; an undated sentence whose narration covers the day is
    # ("L'homme a été appréhendé sans difficulté"), one whose narration does not is not
    later = report(RETOLD, key=(0, 3), action="arrêter", span=("2022-06-30",) * 2 + (False,))
    assert not merged(lead, later)
    narrated = report(
        RETOLD, key=(0, 3), action="arrêter", explicit=False, span=("2022-06-26", *DAY[1:])
    )
    assert merged(lead, narrated)
    before = report(
        RETOLD,
        key=(0, 3),
        action="arrêter",
        explicit=False,
        span=("2022-06-25", "2022-06-28", False),
    )
    assert not merged(lead, before)


def test_an_ongoing_campaign_is_less_like_a_day_told_with_or_without_date():
    """ "Depuis le 30 septembre, l'aviation russe bombarde ..." is not "des bâtiments
    participent aux frappes" told without a date, nor "a tiré mercredi 26 missiles"."""
    words = "~strike @russie @syrie @etat-islamique position"
    campaign = report(words, span=("2022-06-20", "2022-06-29", False), action="~strike")
    narration = ("2022-06-26", "2022-06-29", False)
    told = report(words, key=(1, 0), span=narration, explicit=False, action="~strike")
    again = report(words, key=(2, 0), span=narration, explicit=False, action="~strike")
    dated = report(words, key=(3, 0), action="~strike")
    for one in (told, dated):
        assert merge.similarity(campaign, one) == pytest.approx(
            merge.similarity(again, one) - merge.SHAPE_PENALTY
        )


LIGHT = [
    # "Le verdict est attendu mercredi" / "Le verdict sera rendu mercredi"
    ("verdict", "attendre", "verdict procès rendre", "rendre"),
    # "Le gouvernement a choisi d'engager sa responsabilité via l'article 49 alinéa 3" /
    # "L'article 49 alinéa 3 a été activé par le gouvernement"
    (
        "gouvernement ~launch responsabilité article 49 alinéa 3",
        "choisir",
        "article 49 alinéa 3 activer gouvernement",
        "activer",
    ),
    # "Le sommet est prévu lundi" / "Le sommet se tiendra lundi"
    ("sommet @otan", "prévoir", "sommet @otan tenir", "tenir"),
    # "Un périmètre de sécurité de 500 mètres a été mis en place autour du site" /
    # "Un périmètre de 500 mètres autour du site a été évacué"
    ("périmètre sécurité 500 mètre place site", "mettre", "périmètre 500 mètre site", "=evacuate"),
]


@pytest.mark.parametrize(("one", "light", "other", "action"), LIGHT)
def test_a_light_verb_is_no_clash_of_actions(one, light, other, action):
    a = report(one, action=light, kind="announcement")
    b = report(other, key=(1, 0), action=action, kind="announcement")
    assert a.action is None
    assert merged(a, b)
    heavy = report(one, action="annuler", kind="announcement")  # "Le sommet est annulé"
    assert merge.similarity(heavy, b) < merge.similarity(a, b)


def test_an_action_the_other_report_tells_is_no_clash():
    """ "disposent d'une dernière occasion de s'exprimer" / "ont pu s'exprimer" """
    a = report("14 présent disposer dernier occasion exprimer", action="disposer")
    b = report("14 accusé présent exprimer dernier", key=(1, 0), action="exprimer")
    c = report("14 accusé présent quitter dernier", key=(1, 0), action="quitter")
    assert merge.similarity(a, b) > merge.similarity(a, c)


# --- independent of the folder ------------------------------------------------------------


def test_weights_do_not_depend_on_the_other_reports():
    a = report("verdict cour assise rendre", action="rendre")
    b = report("magistrat verdict rendre", key=(1, 0), action="rendre")
    noise = [report(f"verdict w{i}", key=(2, i)) for i in range(30)]
    assert merge.similarity(a, b, merge.rarity([a, b])) == merge.similarity(
        a, b, merge.rarity([a, b, *noise])
    )


DOSSIER = [  # three outlets on the end of the 13-Novembre trial (tests/data/realnews/dev)
    "2022-06-29-proces-des-attentats-du-13-novembre-salah-abdeslam-condamne-a-la-perpetuite",
    "2022-06-30-ca-me-redonne-confiance-en-l-humanite-les-parties-civiles-reagissent-au-verdict",
    "2022-06-30-proces-des-attentats-du-13-novembre-satisfaction-et-soulagement-apres-le-verdict",
]
UNRELATED = [
    "2016-10-28-france-l-economie-renoue-avec-une-legere-croissance-au-troisieme-trimestre",
    "2023-09-09-maroc-le-bilan-du-seisme-monte-a-820-morts-et-672-blesses",
    "2024-08-16-meurtre-de-malik-a-la-sortie-d-une-boite-de-nuit-le-principal-suspect-arrete",
]


@pytest.fixture(scope="module")
def dev_extracted(tmp_path_factory):
    content = tmp_path_factory.mktemp("merge") / "content"
    content.mkdir()
    for stem in DOSSIER + UNRELATED:
        shutil.copy(ROOT / "tests/data/realnews/dev" / f"{stem}.md", content)
    articles = load_articles(content)
    extractions = extract_articles(articles)
    return content, {a.path.stem: (a, e) for a, e in zip(articles, extractions, strict=True)}


def partition(content: Path, chosen, stems: list[str]) -> set[frozenset[tuple[str, int]]]:
    """The groups of the reports of ``stems`` (as (article stem, sentence) pairs), merging
    the articles of ``chosen`` given in that order."""
    articles = [chosen[s][0] for s in stems]
    reports = merge_reports(articles, [chosen[s][1] for s in stems], content)
    groups = merge.group_reports(reports)
    named = (frozenset((articles[r.key[0]].path.stem, r.key[1]) for r in g.reports) for g in groups)
    return {g for g in named if all(stem in DOSSIER for stem, _ in g)}


def test_an_articles_events_do_not_depend_on_the_folder(dev_extracted):
    content, chosen = dev_extracted
    alone = partition(content, chosen, DOSSIER)
    assert any(len(g) > 1 for g in alone)  # there are merges to keep
    assert partition(content, chosen, DOSSIER + UNRELATED) == alone
    assert partition(content, chosen, list(reversed(UNRELATED + DOSSIER))) == alone
    mixed = [UNRELATED[0], DOSSIER[2], UNRELATED[2], DOSSIER[0], UNRELATED[1], DOSSIER[1]]
    assert partition(content, chosen, mixed) == alone


# --- a follow-up alike to another outlet's report joins its event's group to that one ------

# One storm told by two outlets: the first tells the drownings in its lead; the second opens
# with the state of natural disaster and tells the drownings in a follow-up of that lead.
DROWNED = "plupart victime noyer littoral breton"
FOLLOW_UP_JOINS = [
    # (case, what the second outlet's lead changes, the two groups one?)
    ("nothing in either group is another happening", {}, True),
    # the second outlet's lead names other people than the first's report: another storm
    ("its event names other people", {"persons": ("paul-martin",)}, False),
    # the second outlet's lead is an announcement: what is scheduled is not what took place
    ("its event is scheduled", {"kind": "announcement"}, False),
]


@pytest.mark.parametrize(
    ("case", "changes", "together"), FOLLOW_UP_JOINS, ids=[f[0] for f in FOLLOW_UP_JOINS]
)
def test_a_follow_up_alike_to_another_group_joins_its_events_group_to_it(case, changes, together):
    """ "La plupart des victimes se sont noyées sur le littoral breton." (first outlet) /
    "Le gouvernement a décrété l'état de catastrophe naturelle. La plupart des victimes sont
    mortes noyées sur le littoral breton." (second outlet, a follow-up of its lead): the
    follow-up is alike to the first outlet's report, and nothing in the two groups is
    another happening than something in the other, so they are one group, as a report alike
    to two groups joins them (whatever order the reports come in)."""
    first = report(DROWNED + " mourir", key=(0, 0), persons=("jean-dupont",))
    fields: dict[str, Any] = {"key": (1, 0), "persons": ("jean-dupont",)}
    fields.update(changes)
    lead = report("gouvernement décréter état catastrophe naturel", **fields)
    follow = report(DROWNED + " mourir", key=(1, 1))
    follow.follows = (1, 0)
    assert merge.similarity(first, lead) < merge.THRESHOLD  # the leads alone are not alike
    for reports in ([first, lead, follow], [lead, follow, first], [follow, first, lead]):
        for grouped in (merge.group_reports(reports), merge._group_reports_exhaustive(reports)):
            group_of = {r.key: i for i, g in enumerate(grouped) for r in g.reports}
            assert group_of[(1, 1)] == group_of[(1, 0)]  # told with its event, always
            assert (group_of[(0, 0)] == group_of[(1, 0)]) == together, (case, grouped)


# --- a follow-up goes on with its event's statement: of its occasion ----------------------

FOLLOW_UP_OCCASIONS = [
    # (case, the follow-up's speaker, of its event's occasion?)
    # "« Le train a heurté un rocher. Nous ne savons pas encore pourquoi. »": nobody named
    ("nobody named: the event's speaker goes on", None, True),
    # "..., a-t-il précisé" read as the same person
    ("the same speaker", "bertrand-lefort", True),
    # "« Nous attendons les conclusions », a réagi la préfète Agnès Moreau"
    ("another speaker", "agnes-moreau", False),
]


@pytest.mark.parametrize(
    ("case", "speaker", "same"), FOLLOW_UP_OCCASIONS, ids=[f[0] for f in FOLLOW_UP_OCCASIONS]
)
def test_a_follow_up_of_a_statement_is_of_its_occasion(case, speaker, same):
    """A follow-up told with a statement of one speaker's occasion (``mark_occasions``) is
    part of it: what that speaker says that day, which no other statement of the occasion
    is "said by another" against."""
    said = report(
        "équipe mobiliser inquiétude famille",
        key=(0, 0),
        kind="statement",
        speaker="bertrand-lefort",
        quoted="bertrand lefort",
    )
    follow = report("enquête rocher locomotive", key=(0, 1), kind="statement", speaker=speaker)
    follow.follows = (0, 0)
    merge.mark_occasions([said, follow])
    assert said.occasion is not None
    assert (follow.occasion == said.occasion) == same, case


# --- a follow-up is the same happening, or an event of its own ----------------------------

FOLLOW_UPS = [
    # after "La cour a condamné X": others are another happening
    (
        "La cour a condamné mercredi soir Salah Abdeslam à la perpétuité.",
        "Les autres accusés écopent de peines allant de deux ans de prison à la perpétuité.",
        True,
    ),
    ("Le suspect a été interpellé vendredi.", "Deux autres hommes ont été arrêtés.", True),
    # what goes on about the others told in the event is the same happening
    ("D'autres accusés se sont exprimés.", "Certains étaient émus, disant leurs excuses.", False),
    ("Le suspect a été interpellé vendredi.", "Il a été arrêté dans un centre bouddhiste.", False),
    # "les autres" inside the sentence is not its subject
    (
        "Seuls deux raids ont visé l'EI, a affirmé Ahmet Davutoglu.",
        "Il a ajouté que les autres visaient l'opposition modérée.",
        False,
    ),
]


@pytest.mark.parametrize(("event", "follow_up", "other"), FOLLOW_UPS)
def test_a_follow_up_telling_of_others_is_another_happening(event, follow_up, other):
    assert merge.other_happening(follow_up, event) is other


def test_assembly_makes_an_event_of_a_follow_up_telling_of_others(dev_extracted):
    """fbleu30: "Les autres accusés écopent ..." follows the verdict on Abdeslam: an event
    of its own (dated as the verdict's narration), not a source of the verdict's event."""
    content, chosen = dev_extracted
    article, extraction = chosen[DOSSIER[1]]
    index = next(i for i, s in enumerate(extraction.sentences) if "Les autres accus" in s.text)
    assert extraction.sentences[index].role == "follow-up"  # what extraction attached
    assert extraction.sentences[index].parent is not None
    reports = merge_reports([article], [extraction], content)
    keys = {r.key for r in reports}
    assert (0, index) in keys
    assert (0, extraction.sentences[index].parent) in keys
    assert extraction.sentences[index].role == "follow-up"  # the extraction is not changed


# --- who said it: a statement is its speaker's ---------------------------------------------

ABDESLAM = "salah-abdeslam"
SAID = "dernier =speak cour @salah-abdeslam juge"
SPEAKERS = [
    # "Salah Abdeslam a rappelé aux juges ..." / "C'est Salah Abdeslam qui s'est exprimé en
    # dernier devant la cour": the other report names the speaker
    ("named by the other", {"persons": (ABDESLAM,)}, False),
    # "... a rappelé Salah Abdeslam" / "..., a-t-il encore lancé" (the same speaker)
    ("the same speaker", {"speaker": ABDESLAM, "kind": "statement"}, False),
    # "Les 14 accusés ont eu la parole une dernière fois": nobody's, and not his
    ("nobody's", {}, True),
    # "..., a commenté Dominique Kielemoes": another speaker's
    ("another speaker's", {"speaker": "dominique-kielemoes", "kind": "statement"}, True),
    ("another speaker naming him", {"speaker": "x", "persons": (ABDESLAM,)}, True),
]


@pytest.mark.parametrize(("why", "other", "apart"), SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_a_statement_merges_only_with_reports_of_its_speaker(why, other, apart):
    said = report(SAID, kind="statement", speaker=ABDESLAM, action="=speak")
    fields: dict[str, object] = {"key": (1, 0), "action": "=speak", **other}
    told = report(SAID, **fields)  # type: ignore[arg-type]
    assert merge.blocked(said, told) is apart, why
    assert merged(said, told) is not apart, why
    assert len(merge.group_reports([said, told])) == (2 if apart else 1)


# --- a follow-up that cannot be its event's happening is an event of its own ---------------

VERDICT = "cour assise spécial =sentence @salah-abdeslam perpétuité incompressible"
FOLLOW_UPS_APART = [
    # "Les autres accusés écopent de peines ..." after "La cour a condamné X"
    (
        {
            "sentence": "Les autres accusés écopent de peines allant de deux ans.",
            "words": "accusé =sentence peine 2 an",
        },
        True,
    ),
    # "..., a commenté Dominique Kielemoes, mère d'une victime": a statement of its own
    (
        {
            "kind": "statement",
            "speaker": "dominique-kielemoes",
            "words": "épreuve physique moral procès appel",
        },
        True,
    ),
    # "Mohamed Abrini a été condamné à la perpétuité": other people
    ({"persons": ("mohamed-abrini",), "words": "@mohamed-abrini =sentence perpétuité"}, True),
    # "Le bilan est passé à 1 000 morts" after "820 morts": another count
    ({"words": "bilan 1000 mort", "numbers": (1000,)}, True),
    # "Elle condamne Salah Abdeslam à la réclusion criminelle à perpétuité"
    (
        {
            "persons": (ABDESLAM,),
            "words": "=sentence @salah-abdeslam réclusion criminel perpétuité",
        },
        False,
    ),
    # "« Il n'y a pas de remords », a-t-il ajouté" after the verdict told by nobody
    ({"kind": "statement", "words": "remords"}, False),
    # "..., a précisé le président Jean-Louis Périès" relaying the verdict itself
    (
        {"speaker": "jean-louis-peries", "words": "@salah-abdeslam coupable coauteur attentat"},
        False,
    ),
    # "Il soutenait « Je ne suis pas un tueur »" after "Salah Abdeslam avait réitéré ses
    # excuses": the event's speaker goes on
    ({"kind": "statement", "speaker": ABDESLAM, "words": "assassin tueur"}, False),
    # "Il doit être présenté à un juge" after "La cour a condamné X": to come after a past
    ({"tense": "present", "verb": "devoir", "words": "présenter juge"}, True),
]


@pytest.mark.parametrize(("follow", "apart"), FOLLOW_UPS_APART)
def test_a_follow_up_that_cannot_be_its_events_happening_is_apart(follow, apart):
    event = report(
        VERDICT + " 820 mort",
        numbers=(820,),
        persons=(ABDESLAM,),
        action="=sentence",
        sentence="La cour a condamné mercredi Salah Abdeslam à la perpétuité.",
        tense="past",
        verb="condamner",
    )
    fields: dict[str, object] = {"key": (0, 1), **follow}
    words = str(fields.pop("words"))
    told = report(words, **fields)  # type: ignore[arg-type]
    assert merge.apart(told, event) is apart
    if follow.get("kind") == "statement" and follow.get("speaker") == ABDESLAM:
        said = report(VERDICT, kind="statement", speaker=ABDESLAM)
        assert not merge.apart(told, said)  # his own statement going on


QUOTED_AFTER_A_STATEMENT = [  # (speaker of the follow-up, its reporting clause, apart)
    ("eric-ciotti", "eric ciotti", True),  # another speaker quoted: a statement of his own
    ("christian-estrosi", "christian estrosi", False),  # the same speaker goes on
    (None, "il", False),  # "a-t-il ajouté": the speaker goes on
]


@pytest.mark.parametrize(("speaker", "quoted", "apart"), QUOTED_AFTER_A_STATEMENT)
def test_a_quotation_of_another_speaker_after_a_statement_is_apart(speaker, quoted, apart):
    """« C'est un désastre sans précédent », a expliqué Christian Estrosi, then « Des
    centaines d'habitations ont été emportées », a expliqué ...: told as a happening, it is
    still what another speaker says."""
    claim = report(
        "désastre précédent",
        kind="statement",
        speaker="christian-estrosi",
        quoted="christian estrosi, maire de nice",
        sentence="« C'est un désastre sans précédent », a expliqué Christian Estrosi.",
    )
    follow = report(
        "centaine habitation =destroy",
        key=(0, 1),
        kind="happening",
        speaker=speaker,
        quoted=quoted,
        sentence="« Des centaines d'habitations ont été emportées », a expliqué X.",
    )
    assert merge.apart(follow, claim) is apart
    told = replace(claim, kind="happening", statement=False, speaker=None, quoted="")
    assert merge.apart(follow, told) is (speaker is not None)  # after nobody's account


CLAIM_FOLLOW_UPS = [  # (the follow-up, its content tense, its kind, apart)
    # "Deux sirènes d'alerte ont été déclenchées à Rouen, précise le préfet": what was done
    (
        "Deux sirènes d'alerte ont été déclenchées à Rouen, précise le préfet.",
        "past",
        "happening",
        True,
    ),
    # "Les relevés se poursuivent dans la soirée, précise le préfet": the claim goes on
    (
        "Les relevés se poursuivent dans la soirée, précise le préfet.",
        "present",
        "happening",
        False,
    ),
    # direct speech goes on with what was said, whatever its tense
    (
        "« Nous avons fait des relevés toute la nuit », précise le préfet.",
        "past",
        "happening",
        False,
    ),
    # told as heard: a claim going on
    (
        "Le préfet aurait en revanche parlé d'un second foyer.",
        "past-conditional",
        "happening",
        False,
    ),
    # a claim going on with a past it speaks of ("Les analyses ont montré ...")
    (
        "Les premières analyses ont montré l'absence de danger, précise le préfet.",
        "past",
        "statement",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "tense", "kind", "apart"), CLAIM_FOLLOW_UPS)
def test_a_happening_told_in_the_past_after_a_claim_of_how_things_stand_is_apart(
    sentence, tense, kind, apart
):
    claim = report(
        "toxicité aigu fumée analyse",
        kind="statement",
        speaker="pierre-andre-durand",
        quoted="pierre-andré durand, le préfet",
        sentence="Il n'y a « pas de toxicité aiguë » dans la fumée, déclare Pierre-André Durand.",
        tense="present",
        content_tense="present",
        verb="avoir",
    )
    follow = report(
        "sirène alerte =launch relevé",
        key=(0, 1),
        kind=kind,
        quoted="le préfet",
        sentence=sentence,
        tense="present",
        content_tense=tense,
        action="=launch",
    )
    assert merge.apart(follow, claim) is apart
    happening = replace(claim, kind="happening", statement=False)
    assert not merge.claim_then_act(follow, happening)  # after a happening: its detail


def test_a_past_follow_up_of_an_announcement_is_apart():
    """ "Le seul membre vivant des commandos s'est de nouveau excusé ..." after "Le jury
    doit rendre son verdict mercredi": what took place is not what is to come."""
    scheduled = report("jury cour verdict rendre", action="rendre", tense="present", verb="devoir")
    assert scheduled.scheduled
    excused = report("membre commando excuser victime", key=(0, 1), tense="past", verb="excuser")
    assert merge.apart(excused, scheduled)
    going_on = report("verdict 17 heure", key=(0, 1), tense="present", verb="débuter")
    assert not merge.apart(going_on, scheduled)


def test_told_as_to_come_is_scheduled_whatever_its_kind():
    """ "Le jury doit rendre son verdict mercredi" (given the kind of a happening) merges
    with "Les magistrats rendront leur verdict mercredi" (an announcement)."""
    must = report("jury cour assise spécial =verdict rendre 14 accusé", action="rendre",
                  tense="present", verb="devoir")  # fmt: skip
    will = report("magistrat cour assise spécial rendre =verdict 14 accusé", key=(1, 0),
                  action="rendre", kind="announcement", tense="future", verb="rendre")  # fmt: skip
    assert not merge.blocked(must, will)
    assert merged(must, will)
    done = report("cour assise spécial =verdict rendre", key=(2, 0), action="rendre",
                  tense="past", verb="rendre")  # fmt: skip
    assert merge.blocked(must, done) and merge.blocked(will, done)


ACTS_NOT_PARSED = [  # (words of a follow-up, its action, the act merging compares)
    # "Salah Abdeslam a été reconnu coupable de meurtres" (the reporting verb is no word)
    ("@abdeslam coupable =kill", "reconnaître", "=sentence"),
    # "Le suspect a été placé en détention provisoire"
    ("suspect détention provisoire", "placer", "=detention"),
    # "Un périmètre de sécurité a été mis en place": a light verb, nothing told
    ("périmètre sécurité place", "mettre", None),
    # "Il a reconnu ses erreurs": no phrase
    ("erreur", "reconnaître", "reconnaître"),
]


@pytest.mark.parametrize(("words", "action", "act"), ACTS_NOT_PARSED)
def test_a_report_not_parsed_reads_a_verb_and_its_complement_as_one_act(words, action, act):
    assert report(words, action=action).action == act


def test_a_verdict_of_guilt_not_parsed_merges_with_the_sentence_not_the_requisition():
    """ "X a été reconnu coupable" (a follow-up made an event: not parsed) is the verdict
    "la cour a condamné X", never "le parquet a requis la perpétuité contre X" (asked
    for: ``request_against_grant``)."""
    guilty = report(
        "@abdeslam principal accusé coupable coauteur attentat",
        key=(0, 5),
        action="reconnaître",
        tense="past",
        verb="reconnaître",
    )
    sentenced = report(
        "cour assise @abdeslam =sentence perpétuité accusé",
        key=(1, 0),
        action="condamner",
        tense="past",
        verb="condamner",
    )
    asked = report(
        "parquet requérir =sentence perpétuité @abdeslam accusé",
        key=(2, 0),
        action="requérir",
        tense="past",
        verb="requérir",
    )
    assert guilty.action == sentenced.action == "=sentence"
    admitted = report(
        "@abdeslam principal accusé erreur coauteur attentat",
        key=(0, 5),
        action="reconnaître",
        tense="past",
        verb="reconnaître",
    )
    assert admitted.action == "reconnaître"  # "X a reconnu ses erreurs": another act
    assert merge.similarity(guilty, sentenced) >= merge.THRESHOLD
    assert merge.similarity(admitted, sentenced) < merge.THRESHOLD
    assert merge.blocked(guilty, asked)
    assert not merge.blocked(guilty, sentenced)


TIMES = [  # (tense, main verb, told as)
    ("past", "devoir", "past"),  # "Les Bleus ont dû puiser dans leur force mentale"
    # a past before another: "Mardi, 230 vols avaient déjà dû être annulés faute de kérosène"
    ("pluperfect", "devoir", "past"),
    ("imperfect", "devoir", "to come"),  # "Le verdict devait être rendu mercredi"
    ("past-conditional", "devoir", "to come"),  # "Il aurait dû être jugé" (not done)
    ("present", "devoir", "to come"),  # "Le jury doit rendre son verdict"
    ("past", "prévoir", "to come"),  # "La cour a prévu de rendre son verdict mercredi"
    ("past", "rendre", "past"),
    # "Le parquet a requis la perpétuité": a request made, done (``request_against_grant``
    # keeps it from the sentence granting it)
    ("past", "requérir", "past"),
]


@pytest.mark.parametrize(("tense", "verb", "told"), TIMES)
def test_what_had_to_be_done_in_the_past_was_done(tense, verb, told):
    assert merge.vocabulary().time(tense, verb) == told


REQUESTS = [
    # (the other report: its words, main verb, tense, kind; the request apart from it?)
    # "Le parquet a requis douze ans contre Marc Vidal" / "Le tribunal a condamné Marc
    # Vidal à dix ans": the request against the sentence granting it
    ("tribunal =sentence @vidal dix an prison", "condamner", "past", "happening", True),
    # ... against the decision told in the present ("La cour le condamne à dix ans")
    ("cour =sentence @vidal dix an prison", "condamner", "present", "happening", True),
    # ... against what the request was about ("Marc Vidal a incendié l'entrepôt")
    ("@vidal incendier entrepôt", "incendier", "past", "happening", True),
    # the same request told again ("Douze ans de prison ont été requis contre Marc Vidal")
    ("douze an prison requérir @vidal", "requérir", "past", "happening", False),
    # the prosecutor's words on the occasion of the request (« Vous avez brisé des
    # vies », a lancé le procureur): a saying grants nothing
    ("procureur briser vie @vidal", "lancer", "past", "statement", False),
]


@pytest.mark.parametrize(("words", "verb", "tense", "kind", "apart"), REQUESTS)
def test_a_request_is_never_the_act_that_grants_it(words, verb, tense, kind, apart):
    """A request made ("a requis", ``request_verbs``) is done, not to come; against a
    report that asks for nothing, planned for no later day and no one's statement, it is
    another happening, across articles and as a follow-up alike."""
    asked = report(
        "parquet requérir douze an prison @vidal",
        action="requérir",
        tense="past",
        verb="requérir",
        sentence="Le parquet a requis douze ans de prison contre Marc Vidal.",
    )
    other = report(words, key=(1, 0), action=verb, tense=tense, verb=verb, kind=kind)
    assert asked.time == "past"
    assert merge.blocked(asked, other) is apart
    assert merge.blocked(other, asked) is apart
    follow = report(
        "douze an prison requérir",
        key=(1, 1),
        action="requérir",
        tense="pluperfect",
        verb="requérir",
        sentence="Douze ans de prison avaient été requis.",
    )
    follow.follows = other.key
    assert merge.request_against_grant(follow, other) is apart


def test_a_request_is_not_kept_from_an_announcement_by_its_own_veto():
    """What is scheduled ("Le jugement doit être rendu mardi") is kept from what took place
    by the announcement's veto; the request's veto leaves it alone."""
    asked = report(
        "parquet requérir douze an prison", action="requérir", tense="past", verb="requérir"
    )
    planned = report(
        "jugement rendre mardi", key=(1, 0), action="rendre", tense="present", verb="devoir"
    )
    assert planned.scheduled
    assert not merge.request_against_grant(asked, planned)


ROLES = [  # (one speaker, another, the same)
    ("le préfet", "la préfecture de seine-maritime", True),
    ("le préfet de normandie pierre-andré durand", "pour l'heure le préfet", True),
    ("le ministre de l'intérieur", "le ministère marocain de l'intérieur", True),
    ("la mairie de lyon", "le maire de lyon", True),
    # another institution, or the same kind of institution told of another place or field
    ("le préfet de normandie pierre-andré durand", "la préfecture de seine-maritime", False),
    ("le ministre de la santé", "le ministère de l'intérieur", False),
    ("le maire", "la préfecture", False),
    ("le président du club", "la présidence", False),
    ("les pompiers", "le préfet", False),
]


@pytest.mark.parametrize(("one", "other", "same"), ROLES)
def test_an_institution_and_its_head_are_one_speaker(one, other, same):
    assert merge.vocabulary().same_role(one, other) is same
    assert merge.vocabulary().same_role(other, one) is same


def test_a_statement_merges_with_a_report_of_its_speaker_described_by_title():
    """ "..., a déclaré le préfet de Normandie Pierre-André Durand" / "Pour l'heure le
    préfet affirme ...": one speaker; "selon la mairie" is another."""
    words = "premier analyse toxicité aigu"
    said = replace(
        report(words, kind="statement", speaker="pierre-andre-durand"),
        quoted="le préfet de normandie pierre-andré durand",
    )
    prefect = replace(report(words, key=(1, 0), kind="statement"), quoted="le préfet")
    mayor = replace(report(words, key=(1, 0), kind="statement"), quoted="la mairie")
    assert not merge.blocked(said, prefect)
    assert merged(said, prefect)
    assert merge.blocked(said, mayor)
    assert merge.blocked(said, replace(prefect, quoted=""))  # nobody's


ADDED = [  # (a follow-up, apart from the event it follows)
    ("En outre, un périmètre de sécurité de 500 mètres a été mis en place.", True),
    ("Par ailleurs, deux routes ont été fermées à la circulation.", True),
    ("De plus, la préfecture a ouvert une cellule de crise.", True),
    ("Un périmètre de sécurité de 500 mètres a été mis en place.", False),
    ("Ils ont été déployés toute la nuit, en outre.", False),
    ("De plus en plus d'habitants ont été évacués.", False),
]


@pytest.mark.parametrize(("text", "apart"), ADDED)
def test_a_follow_up_adding_another_fact_is_apart(text, apart):
    """ "En outre, ..." after "150 gendarmes ont été déployés" tells another fact."""
    event = report("150 gendarme 40 véhicule déployer", numbers=(150, 40), tense="past",
                   sentence="150 gendarmes ainsi que 40 véhicules ont été déployés.")  # fmt: skip
    follow = report("périmètre sécurité mètre place", key=(0, 1), sentence=text, tense="past")
    assert merge.apart(follow, event) is apart


STRESSED = [  # (a follow-up, its main verb's lemma, apart from the event it follows)
    ("La préfecture a elle aussi déployé des gendarmes.", "déployer", True),
    ("La préfecture a, elle aussi, déployé des gendarmes.", "déployer", True),
    ("La préfecture a à son tour déployé des gendarmes.", "déployer", True),
    ("La préfecture, elle aussi, a déployé des gendarmes.", "déployer", True),
    # one more doer of another act than the event's: maybe a part of it
    (
        "La préfecture a ordonné des renforts, et la mairie a elle aussi dépêché des agents.",
        "ordonner",
        False,
    ),
    # the passive: the act befalls others too, one act of several
    ("Les policiers ont eux aussi été déployés.", "déployer", False),
    # each of a set in turn: no other doer
    ("Les unités ont chacune à leur tour été déployées.", "déployer", False),
    # a saying: what is said may be anyone's (who speaks is read elsewhere)
    ("Le préfet a lui aussi déclaré que des gendarmes étaient déployés.", "~saying", False),
]


@pytest.mark.parametrize(("text", "action", "apart"), STRESSED)
def test_a_follow_up_of_one_more_doer_is_apart(text, action, apart):
    """ "La maire de l'arrondissement a elle aussi présenté ses excuses" after "Le maire de
    Séoul a présenté ses excuses": a subject stressed as one more doer
    (``additive_doers``) tells that doer's act, another happening."""
    event = report("gendarme déployer", tense="past", action="déployer",
                   sentence="Des gendarmes ont été déployés.")  # fmt: skip
    follow = report("gendarme déployer", key=(0, 1), sentence=text, tense="past", action=action)
    assert merge.apart(follow, event) is apart


HISTORY = [
    ("Elle n’avait jusque-là été appliquée qu’à deux reprises.", True),
    ("C'est même très exactement la 100e fois depuis sa création que cet outil est activé.", True),
    ("Il a affirmé à plusieurs reprises avoir renoncé.", True),
    ("Le suspect a été interpellé vendredi.", False),
    ("La reprise de l'audience est prévue mercredi.", False),
    ("Il l'a répété une dernière fois.", False),
]


@pytest.mark.parametrize(("text", "expected"), HISTORY)
def test_a_follow_up_telling_how_often_it_happened_is_history(text, expected):
    assert merge.history(text) is expected


def test_assembly_makes_an_event_of_a_follow_up_naming_someone_else(dev_extracted):
    """essor29: "Salah Abdeslam, ..., a été reconnu coupable ..." follows "19 autres accusés
    ont des peines ...": a person the event does not name, so not one of its sources."""
    content, chosen = dev_extracted
    article, extraction = chosen[DOSSIER[0]]
    others = next(i for i, s in enumerate(extraction.sentences) if "19 autres" in s.text)
    named = next(i for i, s in enumerate(extraction.sentences) if "reconnu coupable" in s.text)
    assert extraction.sentences[named].role == "follow-up"
    assert extraction.sentences[named].parent == others
    keys = {r.key for r in merge_reports([article], [extraction], content)}
    assert {(0, others), (0, named)} <= keys


# --- a follow-up is told with its event: another outlet may retell either -----------------


def test_a_report_alike_to_a_follow_up_joins_its_event():
    """essor29: "La cour a rendu son verdict mercredi" and its follow-up "Elle condamne
    Salah Abdeslam à la perpétuité incompressible"; another outlet's "La cour a condamné
    Salah Abdeslam à la perpétuité incompressible" retells the follow-up."""
    lead = report("cour assise rendre =verdict procès", key=(0, 2), action="rendre")
    follow = report("=sentence @salah-abdeslam perpétuité incompressible réquisition", key=(0, 3))
    follow.follows = lead.key
    other = report(
        "cour =sentence @salah-abdeslam perpétuité incompressible lourd",
        key=(1, 0),
        action="=sentence",
    )
    assert not merged(lead, other)  # alike to the follow-up only
    assert merged(follow, other)
    groups = merge.group_reports([other, follow, lead])
    assert len(groups) == 1
    assert {len(g.reports) for g in merge._group_reports_exhaustive([lead, follow, other])} == {3}
    # what blocks the event blocks its follow-up: told as to come, the event is another
    announced = report("jury rendre =verdict", key=(0, 2), action="rendre", kind="announcement")
    told = report("=sentence @salah-abdeslam perpétuité incompressible", key=(0, 3))
    told.follows, told.kind, told.time = announced.key, announced.kind, announced.time
    assert len(merge.group_reports([announced, told, other])) == 2


def test_a_report_alike_to_two_groups_joins_them_unless_they_cannot_be_one():
    """ "Les quatorze présents disposent lundi d'une dernière occasion de s'exprimer" and
    "Les 14 accusés ont eu la parole une dernière fois" are each alike to "Les 14 accusés
    présents ont pu s'exprimer une dernière fois", not to each other."""
    one = report("quatorze présent disposer =last occasion =speak", key=(0, 0))
    two = report("14 accusé présent =speak =last procès attentat", key=(1, 0), numbers=(14,))
    both = report("quatorze présent 14 accusé =speak =last occasion", key=(2, 0), numbers=(14,))
    assert not merged(one, two)
    assert merged(one, both) and merged(two, both)
    assert len(merge.group_reports([one, two, both])) == 1
    assert len(merge._group_reports_exhaustive([one, two, both])) == 1
    # two groups that cannot be one happening stay apart: other people
    one.persons, two.persons = frozenset({"a"}), frozenset({"b"})
    assert len(merge.group_reports([one, two, both])) == 2
    assert len(merge._group_reports_exhaustive([one, two, both])) == 2


def test_a_follow_up_is_matched_less_readily_than_its_event():
    """ "M. Choïgou n'a pas précisé d'où avaient tiré les navires" (a detail of the strike)
    is no match for "La Russie a évoqué une coordination de ses frappes"."""
    event = report("@choigou ~strike ~ship", key=(0, 0), action="~saying")
    follow = report("@choigou ~strike ~ship", key=(0, 1), action="~saying")
    follow.follows = event.key
    other = report("@russie ~strike ~ship coordination", key=(1, 0), action="~saying")
    assert merge.similarity(follow, other) == pytest.approx(
        merge.similarity(event, other) - merge.FOLLOW_UP_PENALTY
    )


DERIVED = [
    # (a verb, a noun of its act, one class?)
    ("envoyer", "envoi", True),
    ("cambrioler", "cambriolage", True),
    ("libérer", "libération", True),
    # a noun already in a class keeps it, and its verb goes with it
    ("évacuer", "évacuation", True),
    # two acts are two classes
    ("fermer", "libération", False),
    ("envoyer", "retrait", False),
]


@pytest.mark.parametrize(("verb", "noun", "one"), DERIVED)
def test_a_noun_of_action_is_folded_with_its_verb(verb, noun, one):
    """``derivations`` of merging.yml: "a envoyé 300 gendarmes" / "l'envoi de 300
    gendarmes" tell one act."""
    fold = merge.vocabulary().fold
    assert fold.get(verb, verb).startswith(("=", "~"))
    assert (fold.get(verb, verb) == fold.get(noun, noun)) is one


@pytest.mark.parametrize("noun", ["explosion", "séisme", "incendie", "tempête"])
def test_a_happening_subject_is_compared_folded(noun):
    """``happening_subjects`` are folded as a clause's words are: "explosion", a noun of
    ``derivations`` ("=exploser"), is still a thing that happens ("Deux fortes explosions
    se sont produites" / "une explosion a frappé le port")."""
    vocab = merge.vocabulary()
    assert vocab.fold.get(noun, noun) in vocab.happening_subjects
