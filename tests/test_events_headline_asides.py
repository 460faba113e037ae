"""Asides, relatives and punctuation a cut leaves wrong (issue 9: no hole, no two noun
phrases side by side, a clause with its subject; dev26's H1-H3, read on every set):

- a past participle's phrase between commas right after the subject ("L'annonce, faite par
  la responsable des fouilles, Marie Clerc, a été longuement applaudie") goes whole with
  its commas, like a relative clause ("L'annonce Richard Buckley a été" on dev26; "Le
  Conseil constitutionnel, réuni, a entériné" on dev5); not one holding a quotation mark
  (dev24), nor one inside another aside (dev15's "Kouachi, 32 et 34 ans, nés ...");
- the object of a subject's relative clause that the parser made a second subject of the
  main verb ("Un avion de la compagnie X qui emmenait 239 personnes vers Pékin a perdu" gave
  "X 239 personnes vers Pékin a perdu", dev26) is the relative's: it goes with it;
- a subject the parser hung on a past participle set after a comma ("Le cargo, parti de
  Marseille, a coulé" gave "a coulé au large de la Corse") is the main verb's; not the
  subject of a verb of a compound tense ("L'animal l'a saisi ..., l'a attiré", dev23);
- punctuation a cut leaves: a comma between a subject and a copula ("Deux des trois hommes
  arrêtés [...], sont libres"), a comma after a semicolon ("personnes ;, ils"), the comma
  that followed a cut time before a complement of the verb ("a eu lieu [dimanche
  dernier], à une centaine de mètres"), not before what is attributed ("», selon elle");
- a page's rubric in capitals before a dash, figures in it ("VOL MH370 - ", "CM 2010 - ");
- a limiter goes with the time it follows, not with a dateline ("Brumadinho — Au moins sept
  personnes sont mortes" gave "sept personnes sont mortes", dev26).

The parses are the parser's own readings of these invented sentences
(``essai_parse.clause``)."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines

ANNOUNCEMENT = [
    ("L'+", "det", "DET", 1),
    ("annonce+", "nsubj:pass", "NOUN", 16),
    (",", "punct", "PUNCT", 1),
    ("faite/faire", "acl", "VERB", 1),
    ("par", "case", "ADP", 6),
    ("la", "det", "DET", 6),
    ("responsable", "obl:agent", "NOUN", 3),
    ("des", "case", "ADP", 8),
    ("fouilles+", "nmod", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("Marie", "appos", "PROPN", 6),
    ("Clerc+", "flat:name", "PROPN", 10),
    (",", "punct", "PUNCT", 16),
    ("a/avoir", "aux:tense", "AUX", 16),
    ("été/être", "aux:pass", "AUX", 16),
    ("longuement", "advmod", "ADV", 16),
    ("applaudie+/applaudir", "ROOT", "VERB", 16),
    (".", "punct", "PUNCT", 16),
]

HELICOPTER = [
    ("Un", "det", "DET", 1),
    ("hélicoptère", "nsubj", "NOUN", 15),
    ("de", "case", "ADP", 4),
    ("la", "det", "DET", 4),
    ("compagnie", "nmod", "NOUN", 1),
    ("Héli+", "nmod", "PROPN", 4),
    ("-+", "nmod", "PROPN", 4),
    ("Nord", "nmod", "PROPN", 4),
    ("qui", "nsubj", "PRON", 9),
    ("emmenait/emmener", "acl:relcl", "VERB", 4),
    ("six", "nummod", "NUM", 11),
    ("personnes", "nsubj", "NOUN", 15),
    ("vers", "case", "ADP", 13),
    ("Brest", "nmod", "PROPN", 11),
    ("a/avoir", "aux:tense", "AUX", 15),
    ("perdu/perdre", "ROOT", "VERB", 15),
    ("le", "det", "DET", 17),
    ("contact", "obj", "NOUN", 15),
    ("samedi+", "nmod", "NOUN", 17),
    (".", "punct", "PUNCT", 15),
]

CARGO = [
    ("Le", "det", "DET", 1),
    ("cargo+", "nsubj", "NOUN", 3),
    (",", "punct", "PUNCT", 3),
    ("parti/partir", "advcl", "VERB", 8),
    ("de", "case", "ADP", 5),
    ("Marseille+", "obl:arg", "PROPN", 3),
    (",", "punct", "PUNCT", 8),
    ("a/avoir", "aux:tense", "AUX", 8),
    ("coulé/couler", "ROOT", "VERB", 8),
    ("au", "case", "ADP", 10),
    ("large", "obl:arg", "NOUN", 8),
    ("de", "case", "ADP", 13),
    ("la", "det", "DET", 13),
    ("Corse+", "nmod", "PROPN", 10),
    (".", "punct", "PUNCT", 8),
]

FIRE_PLACE = [
    ("L'+", "det", "DET", 1),
    ("incendie", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("eu/avoir", "ROOT", "VERB", 3),
    ("lieu", "obj", "NOUN", 3),
    ("dimanche", "nmod", "NOUN", 4),
    ("dernier+", "amod", "ADJ", 5),
    (",", "punct", "PUNCT", 3),
    ("à", "case", "ADP", 10),
    ("une", "det", "DET", 10),
    ("centaine", "obl:mod", "NOUN", 3),
    ("de", "case", "ADP", 12),
    ("mètres", "nmod", "NOUN", 10),
    ("de", "case", "ADP", 15),
    ("la", "det", "DET", 15),
    ("gare+", "nmod", "NOUN", 12),
    (".", "punct", "PUNCT", 10),
]

SHELTERS = [
    ("Ces", "det", "DET", 1),
    ("foyers", "nsubj", "NOUN", 2),
    ("peuvent/pouvoir", "ROOT", "VERB", 2),
    ("loger/loger", "xcomp", "VERB", 2),
    ("quarante", "nummod", "NUM", 5),
    ("personnes", "obj", "NOUN", 3),
    (";", "punct", "PUNCT", 2),
    ("dimanche+", "obl:mod", "NOUN", 11),
    (",", "punct", "PUNCT", 11),
    ("ils", "nsubj", "PRON", 11),
    ("n'+", "advmod", "ADV", 11),
    ("étaient/être", "ROOT", "VERB", 11),
    ("que", "mark", "SCONJ", 13),
    ("douze+", "dep", "PRON", 11),
    (".", "punct", "PUNCT", 11),
]

ANIMAL = [
    ("L'+", "det", "DET", 1),
    ("animal", "nsubj", "NOUN", 4),
    ("l'+", "obj", "PRON", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("saisi/saisir", "advcl", "VERB", 11),
    ("par", "case", "ADP", 7),
    ("la", "det", "DET", 7),
    ("jambe+", "obl:agent", "NOUN", 4),
    (",", "punct", "PUNCT", 11),
    ("l'+", "obj", "PRON", 11),
    ("a/avoir", "aux:tense", "AUX", 11),
    ("attiré/attirer", "ROOT", "VERB", 11),
    ("vers", "case", "ADP", 14),
    ("le", "det", "DET", 14),
    ("fond+", "obl:arg", "NOUN", 11),
    (".", "punct", "PUNCT", 11),
]

# (dev26's own sentence: "... arrêtés après l'accident mortel du téléphérique du Mottarone,
# dimanche dernier à Stresa, sont libres.")
RELEASED = [
    ("Deux", "nsubj", "NUM", 20),
    ("des", "case", "ADP", 3),
    ("trois", "nummod", "NUM", 3),
    ("hommes", "nmod", "NOUN", 0),
    ("arrêtés/arrêter", "acl", "VERB", 3),
    ("après", "case", "ADP", 7),
    ("l'+", "det", "DET", 7),
    ("accident", "obl:mod", "NOUN", 4),
    ("mortel", "amod", "ADJ", 7),
    ("du", "case", "ADP", 10),
    ("téléphérique", "nmod", "NOUN", 7),
    ("du", "case", "ADP", 12),
    ("Mottarone+", "nmod", "PROPN", 10),
    (",", "punct", "PUNCT", 10),
    ("dimanche", "nmod", "NOUN", 7),
    ("dernier", "amod", "ADJ", 14),
    ("à", "case", "ADP", 17),
    ("Stresa+", "nmod", "PROPN", 14),
    (",", "punct", "PUNCT", 20),
    ("sont/être", "cop", "AUX", 20),
    ("libres+", "ROOT", "ADJ", 20),
    (".", "punct", "PUNCT", 20),
]

BRAKE = [
    ("Le", "det", "DET", 1),
    ("frein", "nsubj:pass", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("bloqué/bloquer", "ROOT", "VERB", 4),
    ("«", "punct", "PUNCT", 4),
    ("avec", "case", "ADP", 8),
    ("la", "det", "DET", 8),
    ("conviction", "obl:mod", "NOUN", 4),
    ("que", "mark", "PRON", 16),
    ("jamais", "dep", "ADV", 9),
    ("le", "det", "DET", 12),
    ("câble", "dep", "NOUN", 9),
    ("ne", "advmod", "ADV", 16),
    ("se", "expl:comp", "PRON", 16),
    ("serait/être", "aux:tense", "AUX", 16),
    ("rompu/rompre", "advcl", "VERB", 4),
    ("»+", "punct", "PUNCT", 16),
    (",", "punct", "PUNCT", 4),
    ("selon", "case", "ADP", 20),
    ("elle+", "obl:mod", "PRON", 4),
    (".", "punct", "PUNCT", 4),
]

MASKED = [
    ("Des", "det", "DET", 2),
    ('"+', "punct", "PUNCT", 2),
    ("hommes", "nsubj", "NOUN", 16),
    ("armés", "acl", "ADJ", 2),
    ("et", "cc", "CCONJ", 5),
    ("masqués+", "conj", "ADJ", 3),
    (",", "punct", "PUNCT", 2),
    ("habillés/habiller", "acl", "VERB", 2),
    ("comme", "case", "ADP", 10),
    ("des", "det", "DET", 10),
    ("agents", "xcomp", "NOUN", 7),
    ("de", "case", "ADP", 12),
    ("police+", "nmod", "NOUN", 10),
    ('"+', "punct", "PUNCT", 10),
    (",", "punct", "PUNCT", 16),
    ("ont/avoir", "aux:tense", "AUX", 16),
    ("fait/faire", "ROOT", "VERB", 16),
    ("irruption", "obj", "NOUN", 16),
    ("dans", "case", "ADP", 20),
    ("sa", "det", "DET", 20),
    ("chambre+", "nmod", "NOUN", 17),
    (".", "punct", "PUNCT", 16),
]

BROTHERS = [
    ("Chérif", "nsubj:pass", "PROPN", 20),
    ("et", "cc", "CCONJ", 2),
    ("Saïd", "conj", "PROPN", 0),
    ("Kouachi+", "flat:name", "PROPN", 2),
    (",", "punct", "PUNCT", 0),
    ("32", "parataxis", "NUM", 0),
    ("et", "cc", "CCONJ", 8),
    ("34", "nummod", "NUM", 8),
    ("ans+", "conj", "NOUN", 5),
    (",", "punct", "PUNCT", 0),
    ("nés/naître", "acl", "VERB", 0),
    ("à", "case", "ADP", 12),
    ("Paris", "obl:mod", "PROPN", 10),
    ("et", "cc", "CCONJ", 15),
    ("de", "case", "ADP", 15),
    ("nationalité", "conj", "NOUN", 10),
    ("française+", "amod", "ADJ", 15),
    (",", "punct", "PUNCT", 20),
    ("avaient/avoir", "aux:tense", "AUX", 20),
    ("été/être", "aux:pass", "AUX", 20),
    ("vus/voir", "ROOT", "VERB", 20),
    ("par", "case", "ADP", 23),
    ("le", "det", "DET", 23),
    ("gérant", "obl:agent", "NOUN", 20),
    ("d'+", "case", "ADP", 26),
    ("une", "det", "DET", 26),
    ("station+", "nmod", "NOUN", 23),
    ("-+", "punct", "ADJ", 28),
    ("essence+", "ROOT", "NOUN", 28),
    (".", "punct", "PUNCT", 28),
]


def _span(rows: list[tuple[str, str, str, int]], words: str) -> tuple[int, int]:
    """The character span of ``words`` in the clause built from ``rows``."""
    text = "".join(t.text + t.space for t in clause(rows))
    start = text.index(words)
    return start, start + len(words)


# (parse, a time expression's words or None, what the headline is, what it must not hold)
CASES = [
    (ANNOUNCEMENT, None, "L'annonce a été longuement applaudie.", "Clerc"),
    (HELICOPTER, "samedi", "Un hélicoptère de la compagnie Héli-Nord a perdu le contact.", "six"),
    (CARGO, None, "Le cargo a coulé au large de la Corse.", None),
    (RELEASED, "dimanche dernier", None, "arrêtés, sont"),
    (FIRE_PLACE, "dimanche dernier", None, "lieu, à"),
    (SHELTERS, "dimanche", None, ";,"),
    # not: a verb of a compound tense keeps its subject
    (ANIMAL, None, None, "L'animal, l'a"),
    # not: a quotation mark inside the aside; an aside inside another
    (MASKED, None, None, 'Des "hommes armés et masqués ont'),
    (BROTHERS, None, None, "34 ans avaient"),
    # not: the comma before what is attributed
    (BRAKE, None, None, "conviction selon"),
]


@pytest.mark.parametrize(("rows", "time", "title", "absent"), CASES)
def test_asides_relatives_and_punctuation_left_by_a_cut(rows, time, title, absent):
    spans = [_span(rows, time)] if time else []
    alone, _ = headlines(clause(rows), spans, said=False)
    if title is not None:
        assert alone == title
    if absent is not None:
        assert absent not in alone


# a page's rubric in capitals before a dash, figures in it, is no part of the headline
# (dev26's "VOL MH370 - l'avion ...", dev17's "CM 2010 - Les Bleus ..."); a name that opens
# the sentence in capitals with no dash after it stays
RUBRICS = [
    ("VOL MH370 - l'avion de Malaysia Airlines s'est abîmé", "l'avion de Malaysia"),
    ("CM 2010 - Les Bleus quittent le Mondial", "Les Bleus quittent"),
    ("BRUXELLES - Les libéraux ont quitté la coalition", "Les libéraux"),
    ("MH370 : les recherches reprennent", "MH370 :"),
]


@pytest.mark.parametrize(("text", "start"), RUBRICS)
def test_a_rubric_in_capitals_before_a_dash_goes(text, start):
    assert titles._drop_dateline(text).startswith(start)


# dev26's own sentence: "Brumadinho — Au moins sept personnes sont mortes et quelque 150
# autres étaient portées disparues vendredi, après la rupture ..."
DAM = [
    ("Brumadinho", "ROOT", "NOUN", 0),
    ("—", "punct", "PUNCT", 0),
    ("Au", "advmod", "ADP", 5),
    ("moins", "fixed", "ADV", 2),
    ("sept", "nummod", "NUM", 5),
    ("personnes", "nsubj", "NOUN", 7),
    ("sont/être", "cop", "AUX", 7),
    ("mortes", "parataxis", "ADJ", 0),
    ("et", "cc", "CCONJ", 13),
    ("quelque", "advmod", "ADV", 11),
    ("150", "nummod", "NUM", 11),
    ("autres", "nsubj:pass", "ADJ", 13),
    ("étaient/être", "aux:pass", "AUX", 13),
    ("portées/porter", "conj", "VERB", 7),
    ("disparues/disparaître", "xcomp", "VERB", 13),
    ("vendredi+", "obl:mod", "NOUN", 14),
    (",", "punct", "PUNCT", 7),
    ("après", "case", "ADP", 19),
    ("la", "det", "DET", 19),
    ("rupture", "obl:mod", "NOUN", 7),
    ("d'+", "case", "ADP", 22),
    ("un", "det", "DET", 22),
    ("barrage", "nmod", "NOUN", 19),
    ("du", "case", "ADP", 24),
    ("géant", "nmod", "NOUN", 22),
    ("minier", "amod", "ADJ", 24),
    ("Vale", "flat:name", "PROPN", 25),
    ("dans", "case", "ADP", 29),
    ("l'+", "det", "DET", 29),
    ("État", "nmod", "NOUN", 19),
    ("brésilien", "amod", "ADJ", 29),
    ("du", "case", "ADP", 32),
    ("Minas", "nmod", "PROPN", 29),
    ("Gerais+", "flat:name", "PROPN", 32),
    (",", "punct", "PUNCT", 29),
    ("où", "advmod", "PRON", 40),
    ("une", "det", "DET", 37),
    ("catastrophe", "nsubj", "NOUN", 40),
    ("semblable", "amod", "ADJ", 37),
    ("avait/avoir", "aux:tense", "AUX", 40),
    ("fait/faire", "acl:relcl", "VERB", 19),
    ("19", "nummod", "NUM", 42),
    ("morts", "obj", "NOUN", 40),
    ("en", "case", "ADP", 44),
    ("2015+", "obl:mod", "NUM", 40),
    (".", "punct", "PUNCT", 0),
]


def test_a_limiter_after_a_dateline_stays():
    """A limiter ("au moins") goes with a time expression it follows, not after a dateline
    that went ("Au moins sept personnes sont mortes", not "sept personnes ..."), the
    time's own limiter still going ("portées disparues vendredi au moins")."""
    alone, _ = headlines(clause(DAM), [_span(DAM, "vendredi")], said=False, dateline=13)
    assert alone.startswith("Au moins sept personnes sont mortes")
