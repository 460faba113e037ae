"""Merging's recall: evidence that two reports tell the same happening although their words
differ (issue 9). Each phenomenon is a table of invented French articles run through the
whole pipeline (extraction with spaCy, assembly), a must-merge row beside a must-not-merge
twin, checking which sentences end up cited by one event."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import merge


def check(tmp_path: Path, articles: dict[str, str], together: bool, one: str, other: str) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, (one, other))


COLLAPSE = "Deux immeubles se sont effondrés lundi matin rue de la Paix à Lyon."

# --- a definite noun naming the article's own happening retells its lead ---------------------

RETOLD = [
    # (case, article, one of its sentences, another, one happening?)
    (
        "les faits: the lead's collapse",
        f"{COLLAPSE} Les faits se sont produits peu avant 9 heures dans le quartier de Perrache.",
        "Deux immeubles",
        "Les faits se sont produits",
        True,
    ),
    (
        "le drame: the lead's fire",
        "Un incendie a ravagé dimanche un entrepôt de Brest. Le drame s'est produit vers "
        "3 heures du matin près du port de commerce.",
        "Un incendie a ravagé",
        "Le drame s'est produit",
        True,
    ),
    (
        "un accident: another happening, told as new",
        f"{COLLAPSE} Un accident s'est produit peu avant 9 heures dans le quartier de Perrache.",
        "Deux immeubles",
        "Un accident s'est produit",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "one", "other", "together"), RETOLD, ids=[r[0] for r in RETOLD]
)
def test_a_definite_noun_of_the_happening_taking_place_retells_the_lead(
    tmp_path, case, body, one, other, together
):
    check(tmp_path, {"2024-03-04-lyon": body}, together, one, other)


# --- one act told by a light verb and its noun, or a verb and its complement ---------------

BANKRUPT = "2024-03-04-a|Le voyagiste Fram a fait faillite lundi"

PARAPHRASES = [
    # (case, the other outlet's sentence, one happening?)
    (
        "placé en liquidation judiciaire",
        "Le voyagiste Fram a été placé lundi en liquidation judiciaire.",
        True,
    ),
    ("déposer le bilan", "Le voyagiste Fram a déposé le bilan lundi.", True),
    (
        "another act of the same firm, the same day",
        "Le voyagiste Fram a annoncé lundi le rachat de la compagnie aérienne XL Airways.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "other", "together"), PARAPHRASES, ids=[p[0] for p in PARAPHRASES]
)
def test_one_act_told_by_a_light_verb_phrase_is_one_happening(tmp_path, case, other, together):
    articles = {
        "2024-03-04-a": (
            "Le voyagiste Fram a fait faillite lundi, laissant 2 000 salariés sans emploi."
        ),
        "2024-03-04-b": other,
    }
    check(tmp_path, articles, together, BANKRUPT, f"2024-03-04-b|{other[:20]}")


# --- a resignation told by a phrase: an idiom, a verb of causing and the noun -----------

RESIGNED = "2009-03-10-a|Hélène Vasseur a démissionné mardi"

CAUSED = [
    # (case, the other outlet's sentence, one happening?)
    (
        "pushed to resign, a title and the name in apposition",
        "Devant la colère des habitants, la maire de Roubaix, Hélène Vasseur, a été poussée "
        "à la démission par son conseil, mardi 10 mars.",
        True,
    ),
    (
        "led to resign by a scandal (active)",
        "Le scandale des marchés publics a conduit mardi la maire de Roubaix, Hélène "
        "Vasseur, à la démission.",
        True,
    ),
    ("an idiom", "La maire de Roubaix, Hélène Vasseur, a rendu son tablier mardi.", True),
    (
        "pushed to another thing",
        "Devant la colère des habitants, la maire de Roubaix, Hélène Vasseur, a été poussée "
        "à la faute par son conseil, mardi 10 mars.",
        False,
    ),
    (
        "another mayor pushed to resign",
        "Devant la colère des habitants, le maire de Tourcoing, Marc Delval, a été poussé à "
        "la démission par son conseil, mardi 10 mars.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), CAUSED, ids=[c[0] for c in CAUSED])
def test_a_resignation_caused_or_told_by_an_idiom_is_the_resignation(
    tmp_path, case, other, together
):
    articles = {
        "2009-03-10-a": "Après des semaines de crise, Hélène Vasseur a démissionné mardi de son "
        "poste de maire.",
        "2009-03-10-b": other,
    }
    check(tmp_path, articles, together, RESIGNED, f"2009-03-10-b|{other[:25]}")


# --- two acts of two classes: a day and a name in common are the setting -----------------

OTHER_ACTS = [
    # (case, one outlet's sentence, another's, one happening?)
    (
        "a bankruptcy and a buy-out of one firm",
        "La compagnie aérienne XL Airways s'est déclarée en faillite lundi.",
        "Le voyagiste Fram a annoncé lundi le rachat de la compagnie aérienne XL Airways.",
        False,
    ),
    (
        "one bankruptcy told twice",
        "La compagnie aérienne XL Airways s'est déclarée en faillite lundi.",
        "La compagnie aérienne XL Airways a fait faillite lundi, selon ses dirigeants.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "together"), OTHER_ACTS, ids=[o[0] for o in OTHER_ACTS]
)
def test_two_classes_of_act_with_a_day_and_a_name_in_common_are_two_happenings(
    tmp_path, case, one, other, together
):
    articles = {"2024-03-04-a": one, "2024-03-04-b": other}
    check(tmp_path, articles, together, f"2024-03-04-a|{one[:20]}", f"2024-03-04-b|{other[:20]}")


# --- a long quotation shared word for word is one statement -------------------------------

QUOTED = "« Nous avons décidé de fermer les trois usines du groupe avant la fin de l'année »"

QUOTATIONS = [
    # (case, the other outlet's sentence, one statement?)
    (
        "the same words, another reporting clause",
        f"{QUOTED}, indique le groupe Durand dans un communiqué publié mardi.",
        True,
    ),
    (
        "a few words in common",
        "« Nous avons décidé de garder les usines ouvertes », a répondu mardi le syndicat CGT.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), QUOTATIONS, ids=[q[0] for q in QUOTATIONS])
def test_a_long_quotation_shared_word_for_word_is_one_statement(tmp_path, case, other, together):
    articles = {
        "2024-03-05-a": f"{QUOTED}, a déclaré mardi le directeur général Paul Martin.",
        "2024-03-05-b": other,
    }
    check(
        tmp_path,
        articles,
        together,
        "2024-03-05-a|Nous avons décidé de fermer",
        f"2024-03-05-b|{other[2:25]}",
    )


# --- a national team under its nickname, its people's name or its country's -----------------

BEAT = "Les Bleus ont battu la Belgique mardi soir à Saint-Pétersbourg en demi-finale."

TEAMS = [
    # (case, the other outlet's sentence, one happening?)
    ("its people", "Les Français ont battu mardi la Belgique en demi-finale.", True),
    (
        "another team, another match the same night",
        "Les Croates ont battu mardi la Russie en quart de finale.",
        False,
    ),
    ("its country", "La France a battu mardi la Belgique en demi-finale.", True),
    (
        "the beaten team beating another",
        "La Belgique a battu mardi le Brésil en quart de finale.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), TEAMS, ids=[t[0] for t in TEAMS])
def test_a_team_named_by_its_nickname_or_its_people_is_one_team(tmp_path, case, other, together):
    articles = {"2024-07-11-a": BEAT, "2024-07-11-b": other}
    check(tmp_path, articles, together, "2024-07-11-a|Les Bleus", f"2024-07-11-b|{other[:15]}")


def test_a_team_of_two_words_is_its_country(tmp_path):
    articles = {
        "2024-07-11-a": "Les Diables rouges ont battu mardi le Brésil en quart de finale.",
        "2024-07-11-b": "La Belgique a battu mardi le Brésil en quart de finale à Kazan.",
    }
    check(tmp_path, articles, True, "2024-07-11-a|Les Diables rouges", "2024-07-11-b|La Belgique")


# --- one act told in two words the model's vectors hold alike, of the same participant -----

ALIKE = [
    # (case, one outlet's sentence, the other's, one happening?)
    (
        "s'effondrer / s'écrouler, at the place both name",
        "Un immeuble de six étages s'est effondré lundi à Lyon.",
        "Une vieille maison s'est écroulée lundi matin à Lyon, près de la gare.",
        True,
    ),
    (
        "notifier / aviser, by the person both name",
        "Le ministre Paul Durand a notifié mardi au Sénat son départ du gouvernement.",
        "Paul Durand a avisé mardi le Sénat qu'il quittait ses fonctions.",
        True,
    ),
    (
        "the same words alike, nobody and nowhere named in common",
        "Un immeuble de six étages s'est effondré lundi.",
        "Une vieille maison s'est écroulée lundi matin, près de la gare.",
        False,
    ),
    (
        "the same words alike, told of another person",
        "Le ministre Paul Durand a notifié mardi au Sénat son départ du gouvernement.",
        "Le ministre Jean Roux a avisé mardi le Sénat qu'il quittait ses fonctions.",
        False,
    ),
    (
        "two classes of act (killed / injured), whatever their vectors",
        "Un passant a été tué lundi soir à Lyon.",
        "Un passant a été blessé lundi soir à Lyon.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "one", "other", "together"), ALIKE, ids=[r[0] for r in ALIKE])
def test_acts_alike_by_their_vectors_are_one_act_of_the_same_participant(
    tmp_path, case, one, other, together
):
    articles = {"2024-03-04-a": one, "2024-03-04-b": other}
    check(tmp_path, articles, together, one[:30], other[:30])


# --- a pronominal verb whose act its subject tells: "s'éteindre" of a person, of a fire -----

PASSED_AWAY = [
    # (case, one outlet's sentence, another's, one happening?)
    (
        "a painter died, told by 'décéder' and by 's'éteindre'",
        "Le peintre Julien Marceau est décédé dimanche à l'âge de 88 ans, a annoncé sa famille.",
        "Le peintre Julien Marceau s'est éteint dimanche à Arles, ont annoncé ses proches.",
        True,
    ),
    (
        "'mourir' and 's'éteindre' of a writer",
        "La romancière Odile Verneuil est morte samedi à Nantes, a indiqué son éditeur.",
        "La romancière Odile Verneuil s'est éteinte samedi, selon son éditeur.",
        True,
    ),
    (
        "a fire went out at the painter's: no death",
        "Le peintre Julien Marceau est décédé dimanche à l'âge de 88 ans, a annoncé sa famille.",
        "L'incendie de l'atelier de Julien Marceau s'est éteint dimanche, ont dit les pompiers.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "together"), PASSED_AWAY, ids=[p[0] for p in PASSED_AWAY]
)
def test_a_person_who_went_out_died(tmp_path, case, one, other, together):
    articles = {"2024-03-04-a": one, "2024-03-04-b": other}
    check(tmp_path, articles, together, f"2024-03-04-a|{one[:20]}", f"2024-03-04-b|{other[:20]}")


# --- a verb that records an act ("son décès a été constaté") tells that act ----------------

RECORDED = [
    # (case, one outlet's article, the other's, one sentence, the other, one happening?)
    (
        "a death pronounced, the other clock's place in brackets",
        "Le poète Marc Delorme est décédé mercredi à Rennes, après une longue maladie. "
        "Le décès a été prononcé à 16h10 (22h10 à Montréal).",
        None,
        "Le poète Marc Delorme",
        "Le décès a été prononcé",
        True,
    ),
    (
        "a death recorded at the hospital, told by another outlet",
        "Le chanteur Louis Berthier est mort jeudi à Bordeaux des suites d'un malaise cardiaque.",
        "Le chanteur Louis Berthier a été victime d'un malaise jeudi matin. Son décès a été "
        "constaté jeudi à 18h40 au CHU de Bordeaux.",
        "Le chanteur Louis Berthier est mort",
        "Son décès a été constaté",
        True,
    ),
    (
        "a divorce pronounced is not the death",
        "L'écrivain Paul Ferrand est mort mardi soir à Lyon, a annoncé son éditeur.",
        "Le divorce de l'écrivain Paul Ferrand avait été prononcé mardi soir par le tribunal "
        "de Lyon.",
        "L'écrivain Paul Ferrand",
        "Le divorce de l'écrivain",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "first", "second", "together"),
    RECORDED,
    ids=[r[0] for r in RECORDED],
)
def test_a_recorded_act_is_the_act(tmp_path, case, one, other, first, second, together):
    if other is None:  # one article telling it twice
        check(tmp_path, {"2024-03-06-a": one}, together, first, second)
        return
    articles = {"2024-03-06-a": one, "2024-03-06-b": other}
    check(tmp_path, articles, together, f"2024-03-06-a|{first}", f"2024-03-06-b|{second}")


# --- "ce dernier" tells of the last one named: another outlet naming them tells of them too --

SPEECH = (
    "Dans son discours de victoire devant ses partisans à Bordeaux, le maire sortant Étienne "
    "Durieux a déclaré que « la ville a choisi la continuité ». Il a aussi salué son adversaire "
    "malheureux, {rival}, pour sa campagne. Ce dernier, beau perdant, a lui reconnu sa défaite, "
    "indiquant à ses partisans qu'il avait félicité M. Durieux."
)

DEMONSTRATIVES = [
    # (case, the rival "ce dernier" follows, one happening with the other outlet's report?)
    ("'ce dernier' stands for the rival just named", "le conservateur Pierre Lanvin", True),
    (
        "'ce dernier' stands for another rival: not the one who conceded elsewhere",
        "le centriste Jules Morin",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "rival", "together"), DEMONSTRATIVES, ids=[d[0] for d in DEMONSTRATIVES]
)
def test_a_demonstrative_subject_tells_of_the_last_one_named(tmp_path, case, rival, together):
    articles = {
        "2024-03-11-a": SPEECH.format(rival=rival),
        "2024-03-11-b": "Pierre Lanvin a reconnu dimanche soir sa défaite devant ses partisans "
        "à Bordeaux.",
    }
    check(tmp_path, articles, together, "2024-03-11-a|Ce dernier", "2024-03-11-b|Pierre Lanvin")


# --- one happening told through its stages: a frame of acts, one protagonist, one day -------

STAGES_A = (
    "Le chanteur Léo Marchal est mort jeudi à Nantes à l'âge de 62 ans. Léo Marchal a été "
    "transporté en ambulance à l'hôpital de Nantes vers 14 heures."
)
STAGES_B = (
    "Le chanteur {name} est décédé jeudi. Les ambulanciers ont trouvé la star inanimée dans sa "
    "maison de Nantes. {name} préparait une tournée d'adieux."
)

STAGES = [
    # (case, whom the other outlet's article is about, its sentences, one happening?)
    (
        "the ambulance and the rescuers, told of one singer by two outlets",
        "Léo Marchal",
        "Léo Marchal a été transporté",
        "Les ambulanciers ont trouvé",
        True,
    ),
    (
        "the rescuers of a stage, the death: two happenings of one day",
        "Léo Marchal",
        "Le chanteur Léo Marchal est mort",
        "Les ambulanciers ont trouvé",
        False,
    ),
    (
        "the same stages, the other article about another singer",
        "Paul Girard",
        "Léo Marchal a été transporté",
        "Les ambulanciers ont trouvé",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "name", "one", "other", "together"), STAGES, ids=[s[0] for s in STAGES]
)
def test_stages_of_one_emergency_of_one_person_are_one_happening(
    tmp_path, case, name, one, other, together
):
    articles = {"2024-03-08-a": STAGES_A, "2024-03-08-b": STAGES_B.format(name=name)}
    check(tmp_path, articles, together, f"2024-03-08-a|{one}", f"2024-03-08-b|{other}")


# --- one speaker's occasion: statements of one article, one speaker, one day -----------------

CONFERENCE = (
    "« Toutes nos équipes sont mobilisées et partagent l'inquiétude des familles », a affirmé "
    "lundi Bertrand Lefort, directeur des chemins de fer régionaux, lors d'une conférence de "
    "presse à Grenoble. {speaker} confirmé qu'il y avait 312 voyageurs à bord du train, dont "
    "40 enfants, et que la locomotive aurait heurté un rocher."
)

OCCASION = [
    # (case, who speaks in the second sentence, one statement with the first?)
    ("the same speaker by surname: one press conference", "M. Lefort a", True),
    ("another speaker named: two statements", "La préfète Agnès Moreau a", False),
    (
        "the same speaker earlier that day, in the pluperfect: two occasions",
        "Plus tôt dans la journée, M. Lefort avait",
        False,
    ),
]


@pytest.mark.parametrize(("case", "speaker", "together"), OCCASION, ids=[o[0] for o in OCCASION])
def test_statements_of_one_speaker_one_day_in_one_article_are_one_statement(
    tmp_path, case, speaker, together
):
    article = {"2024-03-11-a": CONFERENCE.format(speaker=speaker)}
    check(tmp_path, article, together, "2024-03-11-a|« Toutes nos", f"2024-03-11-a|{speaker}")


REQUISITION = (
    "Devant la cour d'assises du Rhône, le procureur général Paul Vernier a requis mardi vingt "
    "ans de réclusion criminelle contre Marc Dalle. « Ce dossier est celui d'une vie brisée par "
    "la jalousie », a affirmé {speaker}."
)

OCCASION_ACTS = [
    # (case, who speaks in the quote, one statement with the requisition?)
    ("the description the article gave him in apposition", "le procureur général", True),
    ("a description the article gave nobody", "l'avocat de la défense", False),
]


@pytest.mark.parametrize(
    ("case", "speaker", "together"), OCCASION_ACTS, ids=[o[0] for o in OCCASION_ACTS]
)
def test_a_speakers_act_and_words_on_one_occasion_are_one_statement(
    tmp_path, case, speaker, together
):
    article = {"2024-03-12-a": REQUISITION.format(speaker=speaker)}
    check(tmp_path, article, together, "2024-03-12-a|Devant la cour", "2024-03-12-a|« Ce dossier")


DESCRIBED_SPEAKER = (
    "« Toutes nos équipes sont mobilisées et partagent l'inquiétude des familles », a affirmé "
    "lundi le procureur de Grenoble Bertrand Lefort lors d'une conférence de presse. « "
    "L'enquête dira pourquoi la locomotive a heurté ce rocher », a assuré {speaker}."
)

DESCRIBED_SPEAKERS = [
    # (case, who speaks in the second quote, one statement with the first?)
    ("the description the first reporting clause gave him", "le procureur de Grenoble", True),
    ("another office", "le préfet de l'Isère", False),
]


@pytest.mark.parametrize(
    ("case", "speaker", "together"), DESCRIBED_SPEAKERS, ids=[d[0] for d in DESCRIBED_SPEAKERS]
)
def test_the_description_a_reporting_clause_gives_its_speaker_stands_for_them(
    tmp_path, case, speaker, together
):
    """ "a affirmé le procureur de Grenoble Bertrand Lefort" then "a assuré le procureur de
    Grenoble": the description in apposition is the speaker's, as one given a person named
    in the sentence is (``frames._described``)."""
    article = {"2024-03-11-a": DESCRIBED_SPEAKER.format(speaker=speaker)}
    check(tmp_path, article, together, "2024-03-11-a|« Toutes nos", "2024-03-11-a|L'enquête")


HEADED = (
    "« Toutes nos équipes sont mobilisées et partagent l'inquiétude des familles », a affirmé "
    "lundi Bertrand Lefort, directeur général des Chemins de fer alpins, lors d'une conférence "
    "de presse à Grenoble. {speaker} a assuré lundi que la circulation reprendrait dès mardi "
    "sur la ligne."
)

HEADS = [
    # (case, who speaks in the second sentence, one statement with the first?)
    ("the institution its director general heads", "La compagnie des Chemins de fer alpins", True),
    ("another institution", "La préfecture de l'Isère", False),
]


@pytest.mark.parametrize(("case", "speaker", "together"), HEADS, ids=[h[0] for h in HEADS])
def test_an_institution_speaks_by_the_head_its_article_names(tmp_path, case, speaker, together):
    """ "a affirmé lundi Bertrand Lefort, directeur général des Chemins de fer alpins" and
    "La compagnie des Chemins de fer alpins a assuré lundi que ...": one occasion, the
    institution speaking by its head (``frames._headed``)."""
    article = {"2024-03-11-a": HEADED.format(speaker=speaker)}
    check(tmp_path, article, together, "2024-03-11-a|« Toutes nos", f"2024-03-11-a|{speaker}")


# --- an adverb adding to what was told, without another act ----------------------------------

ADDED_TO_TOLD = [
    # (case, article, the event's sentence, the follow-up's, one happening?)
    (
        "the same act with another object",
        "Selon l'enquêteur Paul Roy, « une copie de la boîte noire a été récupérée » dans la "
        "locomotive. Le bureau d'enquête a également récupéré l'unité d'enregistrement des "
        "freins, qui contient des données utiles.",
        "une copie de la boîte noire",
        "a également récupéré",
        True,
    ),
    (
        "another act: apart",
        "Selon l'enquêteur Paul Roy, « une copie de la boîte noire a été récupérée » dans la "
        "locomotive. Le bureau d'enquête a également interrogé le conducteur du train, qui "
        "a été hospitalisé.",
        "une copie de la boîte noire",
        "a également interrogé",
        False,
    ),
    (
        "the speaker's next act of the occasion, a pronoun going on",
        "Dans son discours à Lyon, le maire Paul Durand a remercié mardi ses électeurs. Il a "
        "aussi félicité son adversaire, Marc Petit, pour sa campagne.",
        "a remercié mardi",
        "Il a aussi félicité",
        True,
    ),
    (
        "the speaker's next act, no act of an occasion: apart",
        "Dans son discours à Lyon, le maire Paul Durand a remercié mardi ses électeurs. Il a "
        "aussi inauguré la nouvelle médiathèque du quartier.",
        "a remercié mardi",
        "Il a aussi inauguré",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "article", "one", "other", "together"),
    ADDED_TO_TOLD,
    ids=[row[0] for row in ADDED_TO_TOLD],
)
def test_an_adverb_adding_to_the_told_act_is_no_other_act(
    tmp_path, case, article, one, other, together
):
    """ "également", "aussi" add an act (``additive_acts``: another happening), unless the
    act is the one told, with another object, or the same speaker's next words or act of
    the occasion, a pronoun going on with them (``merge.adds_to_told_act``)."""
    check(tmp_path, {"2011-03-15-essai": article}, together, one, other)


# --- a gerund of the main verb tells an act of its clause ------------------------------------

SACKED = (
    "Le président Paul Durand a limogé samedi son ministre de l'Intérieur, Marc Petit, chef "
    "d'un parti de la coalition."
)

GERUNDS = [
    # (case, the second outlet's sentence, one happening with the first outlet's?)
    (
        "the act told by the gerund",
        "En limogeant son ministre de l'Intérieur, ce week-end, le président Paul Durand a "
        "entériné une décision que tout le monde attendait.",
        True,
    ),
    (
        "another act told by the gerund",
        "En recevant son ministre de l'Intérieur, ce week-end, le président Paul Durand a "
        "entériné une décision que tout le monde attendait.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "sentence", "together"), GERUNDS, ids=[row[0] for row in GERUNDS])
def test_a_gerund_of_the_main_verb_is_an_act_of_its_clause(tmp_path, case, sentence, together):
    """ "En limogeant son ministre, le président a entériné une décision": the gerund
    (``gerund`` of merging.yml) tells what the subject did in doing the main act, an act of
    the clause (``clause.read``), which another outlet may tell as the main verb."""
    articles = {"2011-03-15-essai-un": SACKED, "2011-03-16-essai-deux": sentence}
    check(tmp_path, articles, together, "a limogé samedi", sentence[:20])


# --- one act of the person both articles are about, told without the name -----------------

VALMONT = (
    "L'acteur Jean Valmont est mort lundi à Lyon, après une longue maladie. Jean Valmont "
    "avait tourné dans plus de cent films."
)
DUBREUIL = (
    "La ministre Claire Dubreuil a démissionné mardi. Claire Dubreuil était contestée depuis "
    "des semaines."
)

PROTAGONIST = [
    # (case, one outlet's article, its sentence, the other's article, its sentence, one?)
    (
        "a death told by the description of the man both articles are about",
        VALMONT,
        "L'acteur Jean Valmont est mort",
        "Jean Valmont laisse une œuvre immense. Figure du théâtre, Jean Valmont avait fondé "
        "sa troupe en 1970. Le comédien est décédé lundi dans son sommeil, a annoncé sa famille.",
        "Le comédien est décédé lundi",
        True,
    ),
    (
        "a resignation told by the title of the woman both articles are about",
        DUBREUIL,
        "La ministre Claire Dubreuil a démissionné",
        "Claire Dubreuil quitte le gouvernement. Critiquée pour sa gestion, Claire Dubreuil "
        "n'a pas tenu. L'élue a remis sa démission mardi soir, selon son entourage.",
        "L'élue a remis sa démission",
        True,
    ),
    (
        "another act of that man the same day",
        VALMONT,
        "L'acteur Jean Valmont est mort",
        "Jean Valmont laisse une œuvre immense. Figure du théâtre, Jean Valmont avait fondé "
        "sa troupe en 1970. Le comédien a été hospitalisé lundi matin, a annoncé sa famille.",
        "Le comédien a été hospitalisé",
        False,
    ),
    (
        "the same act of another man, the other article's",
        VALMONT,
        "L'acteur Jean Valmont est mort",
        "Paul Arnaud laisse une œuvre immense. Figure du théâtre, Paul Arnaud avait fondé "
        "sa troupe en 1970. Le comédien est décédé lundi dans son sommeil, a annoncé sa famille.",
        "Le comédien est décédé lundi",
        False,
    ),
    (
        "the same act of several others, the woman's staff, told by a numeral",
        DUBREUIL,
        "La ministre Claire Dubreuil a démissionné",
        "Claire Dubreuil quitte le gouvernement. Critiquée pour sa gestion, Claire Dubreuil "
        "n'a pas tenu. Trois membres de son cabinet ont démissionné mardi soir, selon son "
        "entourage.",
        "Trois membres de son cabinet ont démissionné",
        False,
    ),
    (
        "the same act of several others told by a plural pronoun",
        DUBREUIL,
        "La ministre Claire Dubreuil a démissionné",
        "Claire Dubreuil quitte le gouvernement. Critiquée pour sa gestion, Claire Dubreuil "
        "n'a pas tenu. Ses conseillers l'ont suivie : ils ont démissionné mardi soir, selon "
        "son entourage.",
        "ils ont démissionné mardi soir",
        False,
    ),
    (
        "the same act of several others told by the verb's plural agreement",
        DUBREUIL,
        "La ministre Claire Dubreuil a démissionné",
        "Claire Dubreuil quitte le gouvernement. Critiquée pour sa gestion, Claire Dubreuil "
        "n'a pas tenu. Le porte-parole et le directeur de cabinet de la ministre ont présenté "
        "leur démission mardi soir, selon son entourage.",
        "Le porte-parole et le directeur de cabinet de la ministre ont présenté",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "one", "one_sentence", "other", "other_sentence", "together"),
    PROTAGONIST,
    ids=[p[0] for p in PROTAGONIST],
)
def test_one_act_of_the_protagonist_told_without_his_name_is_one_happening(
    tmp_path, case, one, one_sentence, other, other_sentence, together
):
    articles = {"2024-03-05-a": one, "2024-03-05-b": other}
    check(tmp_path, articles, together, f"a|{one_sentence}", f"b|{other_sentence}")


# --- a capital named as an actor stands for its state ---------------------------------------

RECALL = "La France a rappelé vendredi son ambassadeur au Pérou pour consultations."

CAPITALS = [
    # (case, the other outlet's sentence, one happening?)
    (
        "the state's capital",
        "Dénonçant une provocation, Paris a rappelé vendredi son ambassadeur au Pérou.",
        True,
    ),
    (
        "another state's capital",
        "Dénonçant une provocation, Madrid a rappelé vendredi son ambassadeur au Pérou.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), CAPITALS, ids=[c[0] for c in CAPITALS])
def test_a_capital_acting_is_its_state(tmp_path, case, other, together):
    articles = {"2024-03-09-a": RECALL, "2024-03-09-b": other}
    check(tmp_path, articles, together, "a|La France a rappelé", "b|a rappelé vendredi")


# --- a body of a place named several ways is one actor -------------------------------------

PROCLAIMED = "Le Parlement du Groenland a proclamé dimanche l'autonomie de l'île à Nuuk."

BODIES = [
    # (case, the other outlet's sentence, one happening?)
    (
        "the place alone standing for its body",
        "Le Groenland a proclamé dimanche son autonomie.",
        True,
    ),
    (
        "the body named by the place's adjective",
        "Le Parlement groenlandais a proclamé dimanche l'autonomie de l'île.",
        True,
    ),
    (
        "another place's body",
        "Le Parlement islandais a proclamé dimanche l'autonomie de l'île.",
        False,
    ),
    (
        "another place alone",
        "L'Islande a proclamé dimanche son autonomie.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), BODIES, ids=[c[0] for c in BODIES])
def test_a_body_of_a_place_named_several_ways_is_one_actor(tmp_path, case, other, together):
    articles = {"2009-06-21-a": PROCLAIMED, "2009-06-22-b": other}
    check(tmp_path, articles, together, "a|Le Parlement du Groenland", "b|a proclamé dimanche")


BODY_NAMES = [
    # (one entity head, another, one body?)
    ("@parlement-du-kosovo", "@parlement-kosovar", True),
    ("@parlement", "@parlement-du-kosovo", True),
    ("@kosovo", "@parlement-du-kosovo", True),
    ("@norvege", "@gouvernement-norvegien", True),
    ("@assemblee-de-la-republique", "@assemblee", True),
    ("@parlement-du-kosovo", "@parlement-serbe", False),
    ("@serbie", "@parlement-du-kosovo", False),
    ("@parlement", "@senat", False),
    ("@kosovo", "@serbie", False),
    ("@marc-lenoir", "@parlement", False),
]


@pytest.mark.parametrize(("one", "other", "same"), BODY_NAMES)
def test_a_body_named_by_its_place_its_adjective_or_its_noun(one, other, same):
    assert merge.one_body(one, other) is same
    assert merge.one_body(other, one) is same


# --- a call for an act is not the act ------------------------------------------------------

STEPPED_DOWN = "Le maire de Villebrune, Paul Marchand, a démissionné mardi."

CALLS = [
    # (case, the other outlet's sentence, the part cited, one happening?)
    (
        "a call to resign",
        "L'opposition a appelé mardi le maire de Villebrune, Paul Marchand, à la démission.",
        "a appelé mardi",
        False,
    ),
    (
        "an exhortation to resign",
        "Mardi, le conseil municipal a exhorté le maire de Villebrune, Paul Marchand, à la "
        "démission.",
        "a exhorté le maire",
        False,
    ),
    (
        "the resignation handed in",
        "Mardi, le maire de Villebrune, Paul Marchand, a remis sa démission au préfet.",
        "a remis sa démission",
        True,
    ),
]


@pytest.mark.parametrize(("case", "other", "part", "together"), CALLS, ids=[c[0] for c in CALLS])
def test_a_call_for_an_act_is_not_the_act(tmp_path, case, other, part, together):
    articles = {"2024-03-05-a": STEPPED_DOWN, "2024-03-05-b": other}
    check(tmp_path, articles, together, "a|a démissionné mardi", f"b|{part}")


CALLERS = [
    # (the sentence, its main verb, the clause's predicate, what it governs, a request?)
    ("L'opposition a appelé le maire à la démission.", "appeler", "appeler", {"=resign"}, True),
    ("Un voisin a appelé les secours.", "appeler", "appeler", {"secours"}, False),
    ("Le parquet a requis vingt ans.", "requérir", "requérir", {"an"}, True),
    ("Le maire a démissionné.", "=resign", "=resign", set(), False),
]


@pytest.mark.parametrize(("sentence", "verb", "predicate", "core", "asked"), CALLERS)
def test_a_request_or_a_call_for_an_act(sentence, verb, predicate, core, asked):
    clause = SimpleNamespace(
        predicate=predicate, core=frozenset(core | {predicate}), acts=frozenset({predicate})
    )
    report = SimpleNamespace(verb=verb, action=verb, clause=clause, sentence=sentence)
    assert merge.requested(report) is asked  # type: ignore[arg-type]


# --- the article's title names its protagonist too -----------------------------------------

# the other outlet's article names her once in its sentences, then describes her ("l'élue")
ONCE = (
    "Critiquée pour sa gestion, Claire Dubreuil n'a pas tenu. L'élue a remis sa démission "
    "mardi soir, selon son entourage."
)

TITLED = [
    # (case, the other article's title, one happening with the first outlet's?)
    (
        "the title writes the name its sentences write",
        "Claire Dubreuil quitte le gouvernement",
        True,
    ),
    ("the title names nobody", "Le gouvernement perd une ministre", False),
    ("the title names another person", "Paul Arnaud perd une alliée au gouvernement", False),
]


@pytest.mark.parametrize(("case", "title", "together"), TITLED, ids=[t[0] for t in TITLED])
def test_the_title_counts_as_a_mention_of_the_protagonist(tmp_path, case, title, together):
    """A news article's title names the person it is about, and its sentences may name her
    once and then describe her ("l'élue"): the title, holding a name the sentences write
    for her, counts as one more mention of her (``assemble._title_persons``), so the person
    named once in the sentences is the article's protagonist (``one_act_of_protagonist``)."""
    articles = {"2024-03-05-a": DUBREUIL, "2024-03-05-b": ONCE}
    events = events_of(tmp_path, articles, {"2024-03-05-b": title})
    one, other = "a|La ministre Claire Dubreuil a démissionné", "b|L'élue a remis sa démission"
    assert_cited(events, one, other, together, (one, other))


# --- one person taken into custody, each outlet naming its own stage -------------------------

ARRESTED = "nord|Marc Lenoir, a été arrêté samedi"
ARREST = (
    "Le gérant de l'hôtel incendié à Lille, Marc Lenoir, a été arrêté samedi, a annoncé le parquet."
)

CUSTODY = [
    # (case, the other outlet's sentence, published four days later, one happening?)
    (
        "écroué the same day",
        "Poursuivi pour homicides involontaires, Marc Lenoir avait été écroué samedi sur "
        "ordre du procureur.",
        True,
    ),
    (
        "incarcéré the same day",
        "Marc Lenoir avait été incarcéré samedi sur décision du juge des libertés.",
        True,
    ),
    (
        "another person jailed the same day",
        "Poursuivi pour homicides involontaires, Paul Morel avait été écroué samedi sur "
        "ordre du procureur.",
        False,
    ),
    (
        "the same person jailed another day",
        "Poursuivi pour homicides involontaires, Marc Lenoir avait été écroué mardi sur "
        "ordre du procureur.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), CUSTODY, ids=[c[0] for c in CUSTODY])
def test_an_arrest_and_the_jailing_of_one_person_are_one_happening(tmp_path, case, other, together):
    """An arrest and the jailing that follows it ("arrêté" / "écroué" / "incarcéré"), told of
    one person named by two outlets on days that meet, are one happening in news copy,
    whatever stage each outlet names (``merge.same_custody``)."""
    articles = {"2024-03-16-nord": ARREST, "2024-03-20-soir": other}
    check(tmp_path, articles, together, ARRESTED, f"soir|{other[:40]}")
