"""A headline keeps what its clause says and its phrases whole (issue 9: never cut
mid-phrase, no reference to what the reader has not seen; dev30's headlines as classes): one
word set off before the subject, a participle or an adjective the parser made the subject
("Acculé, le ministre a fini par céder": never "Acculé a fini par céder"); an adjective
before a time that goes with it ("Tout le week-end": never "Tout,"); a lone comma left before
a verb group opening on a pronoun or in a completive clause once the name set off between
commas went ("Le procureur, s'est borné", "que le ministre, a possédé"); a name the parser
split in two beside one word ("la démission de Sigmundur" for "Sigmundur David
Gunnlaugsson"); the words after a clock that say whose clock it is ("prévu locales");
a demonstrative pronoun's complement ("que celles" for "que celles de 2009"); a place's
dateline of several words ("Cap Canaveral, Floride —"); a reporting clause set between
commas in its sentence ("Sa priorité, a déclaré le nouveau ministre"); the holder of an
opinion named by an apposition ("Pour le ministre, Alexander Dobrindt": never the opening
alone); the conditional of a verb whose future's stem changes ("rappellerait"), which the
tagger reads as an imperfect: the future in the past told in the future like any other
("Volkswagen rappellera"). Invented French; the parses are the parser's readings of such
sentences (dev30's shapes)."""

from __future__ import annotations

import pytest
from essai_article import titles_holding
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines


def _chars(parsed, words):
    """The character span of ``words`` in the text the parse ``parsed`` renders."""
    text = "".join(t.text + t.space for t in parsed)
    start = text.index(words)
    return (start, start + len(words))


def _alone(rows, dates=(), names=()):
    parsed = clause(rows)
    spans = [_chars(parsed, d) for d in dates]
    named = [_chars(parsed, n) for n in names]
    alone, _ = headlines(parsed, spans, said=False, names=named)
    return alone[:1].upper() + alone[1:].rstrip(".")  # (as a title opens)


# "Acculé, le ministre des Finances a fini par céder à la pression de la rue." (the participle
# read as the subject, the subject as its apposition)
CORNERED = [
    ("Acculé/acculer", "nsubj", "VERB", 7),
    (",", "punct", "PUNCT", 0),
    ("le", "det", "DET", 3),
    ("ministre", "appos", "NOUN", 0),
    ("des", "case", "ADP", 5),
    ("Finances", "nmod", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 7),
    ("fini/finir", "ROOT", "VERB", 7),
    ("par", "mark", "ADP", 9),
    ("céder/céder", "xcomp", "VERB", 7),
    ("à", "case", "ADP", 12),
    ("la", "det", "DET", 12),
    ("pression", "obl:arg", "NOUN", 9),
    ("de", "case", "ADP", 15),
    ("la", "det", "DET", 15),
    ("rue+", "nmod", "NOUN", 12),
    (".", "punct", "PUNCT", 7),
]

# "Contraint, le président du club a démissionné mardi soir." (the participle read as a name
# and the root, the main verb a clause beside it)
FORCED = [
    ("Contraint", "ROOT", "PROPN", 0),
    (",", "punct", "PUNCT", 0),
    ("le", "det", "DET", 3),
    ("président", "nsubj", "NOUN", 7),
    ("du", "case", "ADP", 5),
    ("club", "nmod", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 7),
    ("démissionné/démissionner", "parataxis", "VERB", 0),
    ("mardi", "obl:mod", "NOUN", 7),
    ("soir+", "obl:mod", "NOUN", 7),
    (".", "punct", "PUNCT", 0),
]

# "Soulagés, les habitants du quartier ont regagné leurs maisons." (read right: the guard)
RELIEVED = [
    ("Soulagés/soulagé", "obl:mod", "NOUN", 7),
    (",", "punct", "PUNCT", 7),
    ("les", "det", "DET", 3),
    ("habitants", "nsubj", "NOUN", 7),
    ("du", "case", "ADP", 5),
    ("quartier", "nmod", "NOUN", 3),
    ("ont/avoir", "aux:tense", "AUX", 7),
    ("regagné/regagner", "ROOT", "VERB", 7),
    ("leurs", "det", "DET", 9),
    ("maisons+", "obj", "NOUN", 7),
    (".", "punct", "PUNCT", 7),
]


@pytest.mark.parametrize(
    ("rows", "dates", "expected"),
    [
        (CORNERED, (), "Le ministre des Finances a fini par céder"),
        (FORCED, ("mardi soir",), "Le président du club a démissionné"),
        (RELIEVED, (), "Les habitants du quartier ont regagné leurs maisons"),
    ],
)
def test_one_word_set_off_before_the_subject_is_an_aside(rows, dates, expected):
    assert _alone(rows, dates).startswith(expected)


# "Tout le week-end, les gendarmes ont fouillé la forêt de Rambouillet." ("Tout" an adjective
# of the time, the tagger's time "le week-end")
WEEKEND = [
    ("Tout", "amod", "ADJ", 2),
    ("le", "det", "DET", 2),
    ("week+", "obl:mod", "NOUN", 10),
    ("-+", "obl:mod", "NOUN", 10),
    ("end+", "obl:mod", "NOUN", 10),
    (",", "punct", "PUNCT", 10),
    ("les", "det", "DET", 7),
    ("gendarmes", "nsubj", "NOUN", 10),
    ("ont/avoir", "aux:tense", "AUX", 10),
    ("bien", "advmod", "ADV", 10),
    ("fouillé/fouiller", "ROOT", "VERB", 10),
    ("la", "det", "DET", 12),
    ("forêt", "obj", "NOUN", 10),
    ("de", "case", "ADP", 14),
    ("Rambouillet+", "nmod", "PROPN", 12),
    (".", "punct", "PUNCT", 10),
]


def test_an_adjective_before_a_time_goes_with_it():
    assert (
        _alone(WEEKEND, ["le week-end"]) == "Les gendarmes ont bien fouillé la forêt de Rambouillet"
    )


# "Samedi soir, le procureur adjoint de Lyon, Paul Vernet, s'est borné à déclarer que le
# ministre collabore." (the participle read as an adjective, its verb group opening on "s'")
CONFINED = [
    ("Samedi", "obl:mod", "NOUN", 14),
    ("soir+", "nmod", "NOUN", 0),
    (",", "punct", "PUNCT", 14),
    ("le", "det", "DET", 4),
    ("procureur", "nsubj", "NOUN", 14),
    ("adjoint", "amod", "ADJ", 4),
    ("de", "case", "ADP", 7),
    ("Lyon+", "nmod", "PROPN", 4),
    (",", "punct", "PUNCT", 9),
    ("Paul", "appos", "PROPN", 4),
    ("Vernet+", "flat:name", "PROPN", 9),
    (",", "punct", "PUNCT", 14),
    ("s'+", "expl:comp", "PRON", 14),
    ("est/être", "aux:tense", "AUX", 14),
    ("borné", "ROOT", "ADJ", 14),
    ("à", "mark", "ADP", 16),
    ("déclarer/déclarer", "xcomp", "VERB", 14),
    ("que", "mark", "SCONJ", 20),
    ("le", "det", "DET", 19),
    ("ministre", "nsubj", "NOUN", 20),
    ("collabore+/collaborer", "ccomp", "VERB", 16),
    (".", "punct", "PUNCT", 14),
]

# "Les documents révèlent que le maire de Lyon, Paul Durand, a possédé une société aux
# Bahamas." (the name an apposition in the completive, the comma after it on its verb)
REVEALED = [
    ("Les", "det", "DET", 1),
    ("documents", "nsubj", "NOUN", 2),
    ("révèlent/révéler", "ROOT", "VERB", 2),
    ("que", "mark", "SCONJ", 13),
    ("le", "det", "DET", 5),
    ("maire", "nsubj", "NOUN", 13),
    ("de", "case", "ADP", 7),
    ("Lyon+", "nmod", "PROPN", 5),
    (",", "punct", "PUNCT", 9),
    ("Paul", "appos", "PROPN", 5),
    ("Durand+", "flat:name", "PROPN", 9),
    (",", "punct", "PUNCT", 13),
    ("a/avoir", "aux:tense", "AUX", 13),
    ("possédé/posséder", "ccomp", "VERB", 2),
    ("une", "det", "DET", 15),
    ("société", "obj", "NOUN", 13),
    ("aux", "case", "ADP", 17),
    ("Bahamas+", "obl:mod", "PROPN", 13),
    (".", "punct", "PUNCT", 2),
]


def test_a_root_with_its_auxiliary_is_the_main_verb_whatever_its_tag():
    # "s'est borné" tagged as an adjective: the headline is never cut before it
    verb = titles.main_verb(clause(CONFINED))
    assert verb is not None
    assert (verb.predicate, verb.subject) == ("borné", "procureur")


@pytest.mark.parametrize(
    ("rows", "dates", "joined"),
    [
        (CONFINED, ["Samedi soir"], "Lyon s'est borné à déclarer"),
        (REVEALED, [], "Lyon a possédé une société"),
    ],
)
def test_no_lone_comma_before_a_verb_group_once_the_name_set_off_went(rows, dates, joined):
    alone = _alone(rows, dates)
    assert joined in alone, alone
    assert "Paul" not in alone


# "Son parti a annoncé ce mardi la démission de Jón Einar Karlsson, mis en difficulté par
# l'affaire." (the name's first word a complement of the noun, the others its apposition)
RESIGNATION = [
    ("Son", "det", "DET", 1),
    ("parti", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("annoncé/annoncer", "ROOT", "VERB", 3),
    ("ce", "det", "DET", 5),
    ("mardi", "obl:mod", "NOUN", 3),
    ("la", "det", "DET", 7),
    ("démission", "obj", "NOUN", 3),
    ("de", "case", "ADP", 9),
    ("Jón", "nmod", "PROPN", 7),
    ("Einar", "appos", "PROPN", 7),
    ("Karlsson+", "flat:name", "PROPN", 10),
    (",", "punct", "PUNCT", 7),
    ("mis/mettre", "acl", "VERB", 7),
    ("en", "case", "ADP", 15),
    ("difficulté", "obl:arg", "NOUN", 13),
    ("par", "case", "ADP", 18),
    ("l'+", "det", "DET", 18),
    ("affaire+", "obl:agent", "NOUN", 13),
    (".", "punct", "PUNCT", 3),
]


def test_a_name_the_parser_split_beside_its_first_word_is_cut_whole():
    whole = _alone(RESIGNATION, ["ce mardi"], names=["Jón Einar Karlsson"])
    assert "la démission de Jón Einar Karlsson" in whole
    # the parser's reading alone leaves the first word
    assert "de Jón," in _alone(RESIGNATION, ["ce mardi"]) + ","


# "L'atterrissage était prévu samedi à 09H16 locales sur la piste de Kourou." ("locales" read
# as the noun the clock's figure determines)
LANDING = [
    ("L'+", "det", "DET", 1),
    ("atterrissage", "nsubj:pass", "NOUN", 3),
    ("était/être", "aux:pass", "AUX", 3),
    ("prévu/prévoir", "ROOT", "VERB", 3),
    ("samedi", "obl:mod", "NOUN", 3),
    ("à", "case", "ADP", 7),
    ("09H16", "det", "NUM", 7),
    ("locales/local", "obl:mod", "ADJ", 3),
    ("sur", "case", "ADP", 10),
    ("la", "det", "DET", 10),
    ("piste", "obl:mod", "NOUN", 3),
    ("de", "case", "ADP", 12),
    ("Kourou+", "nmod", "PROPN", 10),
    (".", "punct", "PUNCT", 3),
]


def test_the_word_saying_whose_clock_goes_with_the_clock():
    alone = _alone(LANDING, ["samedi", "09H16"])
    assert alone == "L'atterrissage était prévu sur la piste de Kourou"


@pytest.mark.parametrize(
    ("title", "trimmed"),
    [
        ("La manifestation a réuni plus de monde que celles de 2009", "que celles de 2009"),
        ("Le score est meilleur que celui de 1998", "que celui de 1998"),
        # a number a cut left after its noun's preposition still goes
        ("Le séisme a causé la mort de 3", "a causé la mort"),
    ],
)
def test_a_demonstratives_complement_is_no_number_a_cut_left(title, trimmed):
    assert titles._trim_end(title).endswith(trimmed)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Cap Canaveral, Floride — Hier, une cérémonie a eu lieu", "Hier, une cérémonie a eu lieu"),
        ("Saint-Denis — La mairie a fermé la piscine", "La mairie a fermé la piscine"),
        ("Washington — La Corée du Nord a tiré un missile", "La Corée du Nord a tiré un missile"),
        # an aside between dashes, a common noun: no dateline
        ("Nike – sponsor du cycliste – annonce son départ", None),
        ("Le ministre — Jean Dupont — a démissionné", None),
    ],
)
def test_a_places_dateline_of_several_words(text, rest):
    assert titles._drop_dateline(text) == (rest or text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Pour le ministre des Transports, Alexander Dobrindt, « la dimension » du rappel "
            "justifie ce régime",
            ("Dobrindt", "« la dimension » du rappel justifie ce régime"),
        ),
        (
            "Pour la présidente de la région, Carole Delga, ce chantier est une priorité",
            ("Delga", "ce chantier est une priorité"),
        ),
        # no name: no holder
        ("Pour la première fois, le club a gagné à l'extérieur", None),
        ("Pour le maire, la décision est injuste", None),
    ],
)
def test_an_opinions_holder_named_by_an_apposition(text, holder):
    assert titles._held_opinion(text) == holder


@pytest.mark.parametrize(
    ("verb", "stem"),
    [
        ("rappeler", "rappeller"),
        ("jeter", "jetter"),
        ("renouveler", "renouveller"),
        ("acheter", "achèter"),
        ("mener", "mèner"),
        ("céder", "cèder"),
        ("payer", "paier"),
        ("employer", "emploier"),
    ],
)
def test_the_future_stem_of_a_verb_whose_stem_changes(verb, stem):
    assert stem in titles._future_stems(verb)


@pytest.mark.parametrize("verb", ["parler", "finir", "créer", "annoncer"])
def test_a_regular_verb_has_no_changed_stem(verb):
    assert titles._future_stems(verb) == set()


@pytest.mark.parametrize(
    ("body", "words", "future"),
    [
        (
            "Le salon a fermé ses portes. Le groupe Jouetix a annoncé ce jeudi qu'il rappellerait "
            "deux millions de jouets dans l'Union européenne.",
            "rappellerait",
            "rappellera deux millions de jouets",
        ),
        (
            "Le salon a fermé ses portes. L'entreprise Batifort a indiqué jeudi qu'elle achèterait "
            "trois usines en Bretagne.",
            "achèterait",
            "achètera trois usines",
        ),
        (
            "Le salon a fermé ses portes. La mairie a fait savoir jeudi qu'elle renouvellerait le "
            "contrat du délégataire.",
            "renouvellerait",
            "renouvellera le contrat",
        ),
    ],
)
def test_a_changed_stems_conditional_after_a_past_saying_is_told_in_the_future(
    tmp_path, body, words, future
):
    [title] = titles_holding(tmp_path, body, "2017-10-05", words)
    assert future in title


@pytest.mark.parametrize(
    ("body", "words", "title"),
    [
        (
            "Le conseil s'est réuni lundi. Sa priorité, a déclaré le nouveau ministre, est de "
            "rétablir la confiance dans les finances publiques.",
            "priorité",
            "Sa priorité est de rétablir la confiance dans les finances publiques",
        ),
        (
            "Le conseil s'est réuni lundi. Notre objectif, a expliqué la directrice du site, est "
            "de rouvrir l'usine avant l'été.",
            "objectif",
            "Notre objectif est de rouvrir l'usine avant l'été",
        ),
    ],
)
def test_a_reporting_clause_between_commas_goes_from_the_sentence(tmp_path, body, words, title):
    assert titles_holding(tmp_path, body, "2017-10-05", words) == [title]


# "La cérémonie a commencé à 9h, l'heure à laquelle le contact avait été coupé, et s'est
# terminée à 9h16." ("l'heure" hung on the comma, its relative clause on it)
CEREMONY = [
    ("La", "det", "DET", 1),
    ("cérémonie", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("commencé/commencer", "ROOT", "VERB", 3),
    ("à", "case", "ADP", 5),
    ("9h+", "obl:mod", "NOUN", 3),
    (",", "punct", "PUNCT", 3),
    ("l'+", "det", "DET", 8),
    ("heure", "fixed", "NOUN", 6),
    ("à", "case", "ADP", 10),
    ("laquelle", "obl:mod", "PRON", 15),
    ("le", "det", "DET", 12),
    ("contact", "nsubj:pass", "NOUN", 15),
    ("avait/avoir", "aux:tense", "AUX", 15),
    ("été/être", "aux:pass", "AUX", 15),
    ("coupé+/couper", "dep", "VERB", 8),
    (",", "punct", "PUNCT", 3),
    ("et", "cc", "CCONJ", 20),
    ("s'+", "expl:comp", "PRON", 20),
    ("est/être", "aux:tense", "AUX", 20),
    ("terminée/terminer", "conj", "VERB", 3),
    ("à", "mark", "ADP", 22),
    ("9h16+", "xcomp", "ADJ", 20),
    (".", "punct", "PUNCT", 3),
]


def test_a_noun_restating_a_time_with_its_relative_goes_with_the_time():
    alone = _alone(CEREMONY, ["9h", "9h16"])
    assert alone == "La cérémonie a commencé et s'est terminée"


# "La catastrophe a pris une tournure encore plus dramatique mercredi." (the adjective hung
# on the day: the guard, only "tout" and "plein" go with a time)
TURN = [
    ("La", "det", "DET", 1),
    ("catastrophe", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("pris/prendre", "ROOT", "VERB", 3),
    ("une", "det", "DET", 5),
    ("tournure", "obj", "NOUN", 3),
    ("encore", "advmod", "ADV", 7),
    ("plus", "advmod", "ADV", 8),
    ("dramatique", "amod", "ADJ", 9),
    ("mercredi+", "obl:mod", "NOUN", 3),
    (".", "punct", "PUNCT", 3),
]


def test_another_adjective_before_a_time_stays():
    assert _alone(TURN, ["mercredi"]) == "La catastrophe a pris une tournure encore plus dramatique"


# "Le président Emmanuel Macron a décidé dimanche de dissoudre l'Assemblée." (the name split
# on the title's noun, which has no preposition: the guard, the name stays as it was read)
DISSOLVED = [
    ("Le", "det", "DET", 1),
    ("président", "nsubj", "NOUN", 5),
    ("Emmanuel", "appos", "PROPN", 1),
    ("Macron", "advmod", "PROPN", 1),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("décidé/décider", "ROOT", "VERB", 5),
    ("dimanche", "obl:mod", "NOUN", 5),
    ("de", "mark", "ADP", 8),
    ("dissoudre/dissoudre", "xcomp", "VERB", 5),
    ("l'+", "det", "DET", 10),
    ("Assemblée+", "obj", "NOUN", 8),
    (".", "punct", "PUNCT", 5),
]


def test_a_titles_name_split_on_its_noun_is_not_joined():
    alone = _alone(DISSOLVED, ["dimanche"], names=["Emmanuel Macron"])
    assert alone.startswith("Le président Macron a décidé")


# "Les Français, après celles de 1998 et 2018, se sont imposés." (the second year coordinated
# to the first, which completes the pronoun)
TWICE = [
    ("Les", "det", "DET", 1),
    ("Français+", "nsubj", "PROPN", 12),
    (",", "punct", "PUNCT", 4),
    ("après", "case", "ADP", 4),
    ("celles", "obl:mod", "PRON", 12),
    ("de", "case", "ADP", 6),
    ("1998", "nmod", "NUM", 4),
    ("et", "cc", "CCONJ", 8),
    ("2018+", "conj", "NUM", 6),
    (",", "punct", "PUNCT", 4),
    ("se", "expl:comp", "PRON", 12),
    ("sont/être", "aux:tense", "AUX", 12),
    ("imposés+/imposer", "ROOT", "VERB", 12),
    (".", "punct", "PUNCT", 12),
]


def test_the_years_a_pronoun_names_stay_with_it_coordinated():
    assert (
        _alone(TWICE, ["1998", "2018"])
        == "Les Français, après celles de 1998 et 2018, se sont imposés"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "title"),
    [
        (
            "Lynn Hern, une éleveuse de chevaux qui vit à plus de 200 km au sud-est de Dallas, a "
            "expliqué avoir été réveillée par ce qui ressemblait au bruit « d'un train arrivant "
            "à la maison ».",
            "Lynn",
            "Lynn Hern a expliqué avoir été réveillée",
        ),
        (
            "Paul Garnier, un pêcheur de 58 ans qui vit sur le port depuis trente ans, a expliqué "
            "avoir vu le bateau chavirer.",
            "Garnier",
            "Paul Garnier a expliqué avoir vu le bateau chavirer",
        ),
        # a quotation before the reporting clause: what it says (the guard)
        (
            "« Nous avons tout perdu », a expliqué mardi le maire de la commune.",
            "perdu",
            "Nous avons tout perdu",
        ),
    ],
)
def test_a_subject_read_as_the_saying_of_its_own_verb_keeps_that_verb(
    tmp_path, sentence, words, title
):
    body = f"La tempête a frappé la côte dimanche soir. {sentence}"
    assert titles_holding(tmp_path, body, "2017-10-05", words) == [title]
