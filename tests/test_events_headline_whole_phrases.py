"""A headline keeps a phrase whole or cuts it whole (issue 9: no hole, no dangling reference,
a clause with its verb; dev28's headlines 1 and 2): a name the entity recogniser read whole
("Kim Jong Un", never "le dirigeant nord-coréen Un"), a surname that spells a French word
said with its name ("Kim Jong Un :", never "Un :"), a word said twice around "à" ("seul à
seul", never "seul"), a coordinator and its comma between two dates cut ("prévus à Lyon",
never "prévus à Lyon, puis"), an elliptic phrase whose only word was a date ("rejeté trois
fois", never "rejeté trois fois, la dernière"), a participle set off after the noun it tells
of ("seront organisées", never "seront organisées assassiné"; "la coalition a renforcé",
never "Marquées par ..."), the impersonal "il" before an adjective in quotation marks
("il était « indéniable » que", never the speaker's name for "il"), a reporting clause set
after what it reports ("fait partie du conseil", never "A confirmé l'association"), and the
phrase a bare count is counted out of ("Sur 312 inscrits, 298 ont voté", never "298 ont
voté"). Invented French; the parses are the parser's readings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause, span

from timeline.events import titles
from timeline.events.headline import headlines
from timeline.events.impersonal_words import after_il


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Kim Jong Un", "Kim Jong Un"),
        ("Jack Ma", "Jack Ma"),
        ("Masayoshi Son", "Masayoshi Son"),
        # a surname that is no French word alone: the surname, as before
        ("Vladimir Poutine", "Poutine"),
        ("Marine Le Pen", "Le Pen"),
        ("Jean Petit", "Petit"),
    ],
)
def test_a_surname_that_spells_a_french_word_is_said_with_its_name(name, short):
    assert titles.short_name(name) == short


# "le ministre japonais Taro Aso et le dirigeant nord-coréen Kim Jong Un ont visité une usine."
# ("Un" read as the verb's subject, "Kim Jong" as the noun's apposition)
VISITED = [
    ("le", "det", "DET", 1),
    ("ministre", "nsubj", "NOUN", 14),
    ("japonais", "amod", "ADJ", 1),
    ("Taro", "appos", "PROPN", 1),
    ("Aso", "flat:name", "PROPN", 3),
    ("et", "cc", "CCONJ", 7),
    ("le", "det", "DET", 7),
    ("dirigeant", "conj", "NOUN", 1),
    ("nord-coréen", "amod", "ADJ", 7),
    ("Kim", "appos", "PROPN", 7),
    ("Jong", "flat:name", "PROPN", 9),
    ("Un", "nsubj", "PRON", 14),
    ("ont/avoir", "aux:tense", "AUX", 14),
    ("longuement", "advmod", "ADV", 14),
    ("visité/visiter", "ROOT", "VERB", 14),
    ("une", "det", "DET", 16),
    ("usine", "obj", "NOUN", 14),
    ("d'+", "case", "ADP", 18),
    ("armement", "nmod", "NOUN", 16),
    ("près", "case", "ADV", 21),
    ("de", "fixed", "ADP", 19),
    ("Pyongyang", "obl:mod", "PROPN", 14),
    (".", "punct", "PUNCT", 14),
]


def test_a_recognised_name_is_cut_whole():
    parsed = clause(VISITED)
    names = [span(parsed, "Taro Aso"), span(parsed, "Kim Jong Un")]
    alone, _ = headlines(parsed, [], said=False, names=names)
    # (kept whole after its title's adjective, or cut whole: never its last word alone)
    assert "nord-coréen Un " not in alone
    assert "le dirigeant nord-coréen" in alone
    assert "ont longuement visité une usine" in alone
    # the parser's reading alone leaves the name's last word as the verb's subject
    unread, _ = headlines(parsed, [], said=False)
    assert "nord-coréen Un" in unread


# "Les deux ministres se sont entretenus seul à seul, en présence de leurs interprètes, pendant
# une heure."
TALKED = [
    ("Les", "det", "DET", 2),
    ("deux", "nummod", "NUM", 2),
    ("ministres", "nsubj", "NOUN", 5),
    ("se", "expl:comp", "PRON", 5),
    ("sont/être", "aux:tense", "AUX", 5),
    ("entretenus/entretenir", "ROOT", "VERB", 5),
    ("seul", "advmod", "ADJ", 5),
    ("à", "mark", "ADP", 8),
    ("seul+", "advcl", "ADJ", 5),
    (",", "punct", "PUNCT", 5),
    ("en", "case", "ADP", 11),
    ("présence", "obl:mod", "NOUN", 5),
    ("de", "case", "ADP", 14),
    ("leurs", "det", "DET", 14),
    ("interprètes+", "nmod", "NOUN", 11),
    (",", "punct", "PUNCT", 11),
    ("pendant", "case", "ADP", 18),
    ("une", "det", "DET", 18),
    ("heure+", "nmod", "NOUN", 11),
    (".", "punct", "PUNCT", 5),
]


def test_a_word_said_twice_around_a_preposition_is_one_locution():
    alone, after_name = headlines(clause(TALKED), [])
    for headline in (alone, after_name):
        assert "entretenus seul à seul" in headline


# "Des manifestations sont prévues à Lyon le 3 juin, puis le 17 juin."
PLANNED = [
    ("Des", "det", "DET", 1),
    ("manifestations", "nsubj:pass", "NOUN", 3),
    ("sont/être", "aux:pass", "AUX", 3),
    ("prévues/prévoir", "ROOT", "VERB", 3),
    ("à", "case", "ADP", 5),
    ("Lyon", "obl:mod", "PROPN", 3),
    ("le", "det", "DET", 7),
    ("3", "obl:mod", "NUM", 3),
    ("juin+", "nmod", "NOUN", 7),
    (",", "punct", "PUNCT", 3),
    ("puis", "cc", "CCONJ", 12),
    ("le", "det", "DET", 12),
    ("17", "conj", "NUM", 3),
    ("juin+", "nmod", "NOUN", 12),
    (".", "punct", "PUNCT", 3),
]

# "Ce recours a été rejeté trois fois, la dernière le 12 mars."
REJECTED = [
    ("Ce", "det", "DET", 1),
    ("recours", "nsubj:pass", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("rejeté/rejeter", "ROOT", "VERB", 4),
    ("trois", "nummod", "NUM", 6),
    ("fois+", "obl:mod", "NOUN", 4),
    (",", "punct", "PUNCT", 4),
    ("la", "det", "DET", 11),
    ("dernière", "amod", "ADJ", 11),
    ("le", "det", "DET", 11),
    ("12", "obl:mod", "NUM", 4),
    ("mars+", "nmod", "NOUN", 11),
    (".", "punct", "PUNCT", 4),
]

# "Ce recours a été rejeté trois fois, la dernière fois le 12 mars." ("fois" a noun of its
# own: the phrase says what it counts and stays)
REJECTED_NOUN = [
    ("Ce", "det", "DET", 1),
    ("recours", "nsubj:pass", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("rejeté/rejeter", "ROOT", "VERB", 4),
    ("trois", "nummod", "NUM", 6),
    ("fois+", "obl:mod", "NOUN", 4),
    (",", "punct", "PUNCT", 4),
    ("la", "det", "DET", 10),
    ("dernière", "amod", "ADJ", 10),
    ("fois", "obl:mod", "NOUN", 4),
    ("le", "det", "DET", 12),
    ("12", "obl:mod", "NUM", 4),
    ("mars+", "nmod", "NOUN", 12),
    (".", "punct", "PUNCT", 4),
]


@pytest.mark.parametrize(
    ("rows", "dates", "expected", "gone"),
    [
        (PLANNED, ("le 3 juin", "le 17 juin"), "Des manifestations sont prévues à Lyon", "puis"),
        (REJECTED, ("le 12 mars",), "Ce recours a été rejeté trois fois", "dernière"),
        (REJECTED_NOUN, ("le 12 mars",), "rejeté trois fois, la dernière fois", None),
    ],
)
def test_what_only_a_date_said_goes_with_it(rows, dates, expected, gone):
    parsed = clause(rows)
    alone, _ = headlines(parsed, [span(parsed, d) for d in dates], said=False)
    assert expected in alone
    if gone is not None:
        assert gone not in alone
        assert not alone.rstrip(".").endswith(",")


# "Le gouvernement a annoncé que des obsèques nationales seraient organisées en mémoire de
# l'ancien maire Jean Dupont, décédé samedi dernier." (the clause after "que"; the participle
# left unlabelled under the verb)
ORGANISED = [
    ("des", "det", "DET", 1),
    ("obsèques", "nsubj:pass", "NOUN", 4),
    ("nationales", "amod", "ADJ", 1),
    ("seraient/être", "aux:pass", "AUX", 4),
    ("organisées/organiser", "ccomp", "VERB", 4),
    ("en", "case", "ADP", 6),
    ("mémoire", "obl:mod", "NOUN", 4),
    ("de", "case", "ADP", 10),
    ("l'+", "det", "DET", 10),
    ("ancien", "amod", "ADJ", 10),
    ("maire", "obl:mod", "NOUN", 4),
    ("Jean", "appos", "PROPN", 10),
    ("Dupont+", "flat:name", "PROPN", 10),
    (",", "punct", "PUNCT", 10),
    ("décédé/décéder", "dep", "VERB", 4),
    ("samedi", "nmod", "NOUN", 14),
    ("dernier+", "amod", "ADJ", 15),
    (".", "punct", "PUNCT", 17),
]

# "Aux législatives de dimanche, marquées par une abstention record, la majorité sortante a
# conservé ses sièges." (the participle read as the subject, the subject hung on it)
KEPT_SEATS = [
    ("Aux", "case", "ADP", 1),
    ("législatives", "obl:mod", "NOUN", 18),
    ("de", "case", "ADP", 3),
    ("dimanche+", "nmod", "NOUN", 1),
    (",", "punct", "PUNCT", 18),
    ("marquées/marquer", "nsubj", "VERB", 18),
    ("par", "case", "ADP", 8),
    ("une", "det", "DET", 8),
    ("abstention", "obl:agent", "NOUN", 5),
    ("record+", "amod", "NOUN", 8),
    (",", "punct", "PUNCT", 5),
    ("la", "det", "DET", 12),
    ("majorité", "dep", "NOUN", 5),
    ("sortante", "amod", "ADJ", 12),
    ("a/avoir", "aux:tense", "AUX", 18),
    ("ainsi", "advmod", "ADV", 18),
    ("très", "advmod", "ADV", 17),
    ("largement", "advmod", "ADV", 18),
    ("conservé/conserver", "ROOT", "VERB", 18),
    ("ses", "det", "DET", 20),
    ("sièges+", "obj", "NOUN", 18),
    (".", "punct", "PUNCT", 18),
]


@pytest.mark.parametrize(
    ("rows", "dates", "expected", "gone"),
    [
        (ORGANISED, ("samedi dernier",), "des obsèques nationales seraient organisées", "décédé"),
        (KEPT_SEATS, ("dimanche",), "la majorité sortante a", "marquées"),
    ],
)
def test_a_participle_set_off_after_a_noun_tells_of_that_noun(rows, dates, expected, gone):
    parsed = clause(rows)
    alone, _ = headlines(parsed, [span(parsed, d) for d in dates], said=False)
    assert alone.lower().startswith(expected.lower())
    assert gone not in alone.lower()
    assert "conserv" in alone or "organisées" in alone


@pytest.mark.parametrize(
    ("rest", "impersonal"),
    [
        ("était « indéniable » que la sécurité avait failli", True),
        ("était «indéniable» que la sécurité avait failli", True),
        ("est « incontestable » que le texte protège", True),
        ("est « inacceptable » que des élus soient menacés", True),
        # an adjective a person can be: someone's "il"
        ("était « fier » de ses joueurs", False),
        ("était « furieux » que le match ait été annulé", False),
    ],
)
def test_an_impersonal_adjective_in_quotation_marks(rest, impersonal):
    assert after_il(rest) is impersonal


# "Le fils du maire fait partie du conseil, a confirmé mardi cette association."
CONFIRMED = [
    ("Le", "det", "DET", 1),
    ("fils", "nsubj", "NOUN", 4),
    ("du", "case", "ADP", 3),
    ("maire", "nmod", "NOUN", 1),
    ("fait/faire", "advcl", "VERB", 11),
    ("partie", "obj", "NOUN", 4),
    ("du", "case", "ADP", 7),
    ("conseil", "obl:arg", "NOUN", 4),
    ("municipal+", "amod", "ADJ", 7),
    (",", "punct", "PUNCT", 11),
    ("a/avoir", "aux:tense", "AUX", 11),
    ("confirmé/confirmer", "ROOT", "VERB", 11),
    ("mardi", "obl:mod", "NOUN", 11),
    ("cette", "det", "DET", 14),
    ("association+", "obj", "NOUN", 11),
    (".", "punct", "PUNCT", 11),
]

# "Alors que le conseil hésite, le maire, élu depuis peu, a confirmé mardi sa démission." (a
# subordinate before the comma, the saying's own subject: the clause is the saying's)
HESITATES = [
    ("Alors", "advmod", "ADV", 3),
    ("que", "mark", "SCONJ", 3),
    ("le", "det", "DET", 3),
    ("conseil", "nsubj", "NOUN", 4),
    ("hésite/hésiter", "advcl", "VERB", 13),
    (",", "punct", "PUNCT", 13),
    ("le", "det", "DET", 7),
    ("maire+", "nsubj", "NOUN", 13),
    (",", "punct", "PUNCT", 9),
    ("élu/élire", "acl", "VERB", 7),
    ("depuis", "case", "ADV", 11),
    ("peu+", "obl:mod", "ADV", 9),
    (",", "punct", "PUNCT", 13),
    ("a/avoir", "aux:tense", "AUX", 13),
    ("confirmé/confirmer", "ROOT", "VERB", 13),
    ("mardi", "obl:mod", "NOUN", 13),
    ("sa", "det", "DET", 16),
    ("démission+", "obj", "NOUN", 13),
    (".", "punct", "PUNCT", 13),
]


@pytest.mark.parametrize(
    ("rows", "expected", "gone"),
    [
        (CONFIRMED, "Le fils du maire fait partie du conseil municipal", "confirmé"),
        (HESITATES, "a confirmé", None),
    ],
)
def test_a_reporting_clause_after_what_it_reports_is_not_the_headline(rows, expected, gone):
    parsed = clause(rows)
    alone, _ = headlines(parsed, [span(parsed, "mardi")], said=False)
    assert expected in alone
    if gone is not None:
        assert gone not in alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number counts out of the leading phrase's: the phrase stays
        (
            "Sur 312 inscrits, 298 ont voté, 201 pour et 97 contre",
            "Sur 312 inscrits, 298 ont voté, 201 pour et 97 contre",
        ),
        (
            "Sur les 80 salariés, 35 seront reclassés dans le groupe",
            "Sur les 80 salariés, 35 seront reclassés dans le groupe",
        ),
        # a number with its own noun, or no number in the phrase: the phrase goes, as before
        (
            "Selon la préfecture, 2000 personnes ont défilé dans la ville",
            "2000 personnes ont défilé dans la ville",
        ),
        (
            "Dans la nuit, 14 voitures ont été incendiées dans le quartier",
            "14 voitures ont été incendiées dans le quartier",
        ),
    ],
)
def test_a_count_keeps_the_phrase_it_counts_out_of(text, expected):
    assert titles._drop_leading_adverbial(text) == expected


def test_a_date_with_a_number_is_no_whole():
    assert (
        titles._drop_leading_adverbial("Depuis le 2 mars, 480 colis ont été rappelés par la poste")
        == "480 colis ont été rappelés par la poste"
    )


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("Un second coup de feu a retenti, et c'est", "Un second coup de feu a retenti"),
        ("La digue a cédé dans la nuit, c’était", "La digue a cédé dans la nuit"),
        # a presentative with its focus stays
        ("Le maire l'a dit, c'est une première", "Le maire l'a dit, c'est une première"),
    ],
)
def test_a_presentative_left_without_its_focus_goes(text, trimmed):
    assert titles._trim_end(text) == trimmed
