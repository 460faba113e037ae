"""A cut never changes what the clause says (issue 9: a clause with its verb, no dangling
reference; dev27's headlines 2 and 3): the figure a count ends on ("a franchi la barre des
40", never "a franchi la barre"), the word that closes a negation ("ne démissionnera pas",
never "ne démissionnera"), a stressed pronoun with its "aussi" (never "a lui fini"), a
speaker's own words in their tense ("« ce serait un miracle »", never "ce sera"), a name
whose family name comes first ("Oh Jung-ho", never "Jung-ho"), and the two halves of a
reciprocal pair ("les uns sur les autres", never "les uns"). Invented French; the parses are
the parser's readings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines

# (text, the number its sentence ends on, the text trimmed): a figure is the count's when
# the sentence ends on it and so does the text, a number cut from its noun or its range
# otherwise; a negation's closer stays; a function word goes
TRIMMED = [
    (
        "le nombre de blessés a franchi la barre des 40",
        "40",
        "le nombre de blessés a franchi la barre des 40",
    ),
    (
        "le nombre de blessés graves était passé de 3 à 5",
        "5",
        "le nombre de blessés graves était passé de 3 à 5",
    ),
    # the sentence ends on another number: this one is what a cut left ("33 [à 26]")
    ("sa victoire contre la Norvège 33", "", "sa victoire contre la Norvège"),
    ("430 personnes ont été tuées et 1.315", "", "430 personnes ont été tuées"),
    ("il ne démissionnera pas", "", "il ne démissionnera pas"),
    ("la préfecture n'en a plus", "", "la préfecture n'en a plus"),
    # no "ne" near: "pas" and "plus" are what a cut left ("pas de", "plus de")
    ("le club recrute plus", "", "le club recrute"),
    # a number opened by a bracket or glued to an elided word is a range cut
    ("l'homme (31", "31", "l'homme"),
    ("le chiffre d'1,3", "1,3", "le chiffre"),
    # the figure followed by words a cut left is no longer the text's end
    ("le séisme a tué 3 de", "3", "le séisme a tué"),
]


@pytest.mark.parametrize(("text", "figure", "trimmed"), TRIMMED)
def test_a_clause_keeps_its_figure_and_its_negation(text, figure, trimmed):
    assert titles._trim_end(text, figure) == trimmed


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Selon les dernières informations, le nombre de morts a franchi la barre des 150.", "150"),
        ("Le nombre de blessés était passé de 12 à 17 ».", "17"),
        ("Le bilan s'élevait à 1.315.", "1.315"),
        ("La France a battu la Norvège 33 à 26 en finale.", ""),
    ],
)
def test_the_figure_a_sentence_ends_on(sentence, figure):
    assert titles.closing_figure(sentence) == figure


def test_a_figure_too_long_for_the_room_is_cut_as_before():
    text = "le nombre de cas estimés pour la deuxième semaine de janvier s'élevait à 10"
    assert titles.shorten(text, 200, figure="10") == text
    assert titles.shorten(text, len(text) - 1, figure="10").endswith("s'élevait")


# (text, without its fillers): a stressed pronoun and its "aussi" go together after a word
# of the clause or between commas; "aussi" alone goes as before; not after a preposition
STRESSED = [
    (
        "Le ministre a lui aussi fini par saluer son action",
        "Le ministre a fini par saluer son action",
    ),
    ("Le maire, elle aussi, a présenté ses excuses", "Le maire a présenté ses excuses"),
    ("Les sénateurs ont eux aussi voté le texte", "Les sénateurs ont voté le texte"),
    ("Elle aussi a démissionné", "Elle a démissionné"),
    ("Roux : elle aussi a parlé aux familles", "Roux : elle a parlé aux familles"),
    ("Il a dîné avec elle aussi", "Il a dîné avec elle aussi"),
]


@pytest.mark.parametrize(("text", "expected"), STRESSED)
def test_a_stressed_pronoun_goes_with_its_aussi(text, expected):
    assert titles._drop_fillers(text) == expected


# (what was said, its tenses told from now): a quoted conditional keeps its mood; a quoted
# imperfect is the report's shift, told from now as the words outside quotation marks
SHIFTED = [
    (
        "« ce serait un miracle de retrouver des survivants » sous les décombres",
        "« ce serait un miracle de retrouver des survivants » sous les décombres",
    ),
    ("« ce serait un drame » mais il serait prêt", "« ce serait un drame » mais il sera prêt"),
    ("les secours allaient « tout faire »", "les secours vont « tout faire »"),
    ("la France « allait étudier toutes les voies »", "la France « va étudier toutes les voies »"),
]


@pytest.mark.parametrize(("said", "told"), SHIFTED)
def test_a_quoted_conditional_keeps_its_mood(said, told):
    assert titles._unshift_tenses(said) == told


FUTURE = [
    ("« ce ne serait pas raisonnable »", "« ce ne serait pas raisonnable »"),
    ("la mairie fermerait « la piscine »", "la mairie fermera « la piscine »"),
    ("« nous fermerions » et la ville rouvrirait", "« nous fermerions » et la ville rouvrira"),
]


@pytest.mark.parametrize(("said", "future"), FUTURE)
def test_a_quoted_conditional_is_the_speakers(said, future):
    assert titles._future_of(said) == future


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Oh Jung-ho", "Oh Jung-ho"),
        ("Lee Sang-min", "Lee Sang-min"),
        ("Yoon Suk-yeol", "Yoon Suk-yeol"),
        ("Mao Tse-toung", "Mao Tse-toung"),
        # a capital after the hyphen: a French compound name, the surname last
        ("Jean-Pierre Raffarin", "Raffarin"),
        ("Nicolai Brock-Madsen", "Brock-Madsen"),
    ],
)
def test_a_name_with_its_family_name_first_is_said_whole(name, short):
    assert titles.short_name(name) == short


# "Dans l'escalier du stade, de nombreux spectateurs sont tombés les uns sur les autres comme
# des dominos."
FELL = [
    ("Dans", "case", "ADP", 2),
    ("l'+", "det", "DET", 2),
    ("escalier", "obl:mod", "NOUN", 10),
    ("du", "case", "ADP", 4),
    ("stade+", "nmod", "NOUN", 2),
    (",", "punct", "PUNCT", 10),
    ("de", "det", "DET", 8),
    ("nombreux", "amod", "ADJ", 8),
    ("spectateurs", "nsubj", "NOUN", 10),
    ("sont/être", "aux:tense", "AUX", 10),
    ("tombés/tomber", "ROOT", "VERB", 10),
    ("les", "det", "DET", 12),
    ("uns", "obj", "NOUN", 10),
    ("sur", "case", "ADP", 15),
    ("les", "det", "DET", 15),
    ("autres", "obl:arg", "ADJ", 10),
    ("comme", "case", "ADP", 18),
    ("des", "det", "DET", 18),
    ("dominos+", "nmod", "NOUN", 15),
    (".", "punct", "PUNCT", 10),
]
# "La presse relaie la nouvelle sans préciser l'heure : 23 heures pour les uns, minuit pour
# les autres." (the times "23 heures" and "minuit", whose the halves of the pair are)
HOURS = [
    ("La", "det", "DET", 1),
    ("presse", "nsubj", "NOUN", 2),
    ("relaie/relayer", "ROOT", "VERB", 2),
    ("la", "det", "DET", 4),
    ("nouvelle", "obj", "NOUN", 2),
    ("sans", "mark", "ADP", 6),
    ("préciser/préciser", "advcl", "VERB", 2),
    ("l'+", "det", "DET", 8),
    ("heure", "obj", "NOUN", 6),
    (":", "punct", "PUNCT", 2),
    ("23", "nummod", "NUM", 11),
    ("heures", "obl:mod", "NOUN", 2),
    ("pour", "case", "ADP", 14),
    ("les", "det", "DET", 14),
    ("uns+", "nmod", "NOUN", 11),
    (",", "punct", "PUNCT", 2),
    ("minuit", "obl:mod", "NOUN", 2),
    ("pour", "case", "ADP", 19),
    ("les", "det", "DET", 19),
    ("autres+", "nmod", "ADJ", 16),
    (".", "punct", "PUNCT", 2),
]


def _times(parsed, *words):
    spans = []
    for n, tok in enumerate(parsed):
        for w in words:
            first, *rest = w.split()
            if tok.text == first and [t.text for t in parsed[n + 1 : n + 1 + len(rest)]] == rest:
                last = parsed[n + len(rest)]
                spans.append((tok.idx, last.idx + len(last.text)))
    return spans


@pytest.mark.parametrize("said", [False, True])
def test_a_reciprocal_pair_is_never_cut_in_half(said):
    parsed = clause(FELL)
    alone, after_name = headlines(parsed, [], said=said)
    headline = after_name if said else alone
    assert "les uns" in headline
    assert "les uns sur les autres" in headline


@pytest.mark.parametrize("times", [("23 heures", "minuit"), ("23 heures",), ("minuit",)])
def test_the_halves_of_a_pair_go_with_their_times(times):
    parsed = clause(HOURS)
    alone, _ = headlines(parsed, _times(parsed, *times), said=False)
    assert "relaie la nouvelle" in alone
    assert "les uns" not in alone
    assert "les autres" not in alone
