"""Sentence shapes French news uses for what is not an event (issue 9, background on unseen
news), each beside a happening that looks like it and must stay one.

The shapes come from how French news is written, not from one article: commentary and
analysis, what presents what follows, the generic present and the habitual, definitions and
explanations, expectations (what is awaited, what risks coming, what is feared), captions
and credit lines, figures published on a day about a period. Sentences are the extraction
records ``kinds`` reads (``test_events_kinds.sentence``), so each shape is one row; the roles
given in an article are checked with the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from essai_article import extraction_of
from test_events_kinds import sentence, timex

from timeline.events import kinds
from timeline.temporal.model import Timex

DCT = dt.date(2023, 2, 7)
MONDAY = timex("2023-02-06", "2023-02-06")
NEXT_WEEK = timex("2023-02-10", "2023-02-10")


def day(text: str, iso: str) -> Timex:
    """A day named by ``text`` (as the tagger gives it)."""
    return Timex(0, 0, text, "DATE", iso, span=(iso, iso), precision="day")


QUARTER = Timex(
    0,
    0,
    "au troisième trimestre",
    "DATE",
    "2022-Q3",
    span=("2022-07-01", "2022-09-30"),
    precision="quarter",
)

SHAPES: list[tuple[str, str, Timex | None, dict[str, Any], str]] = [
    # commentary and analysis, in the present, quoting nobody
    ("Reste à savoir si le gouvernement tiendra ses promesses.", "present", None, {}, "not-event"),
    ("Le gouvernement a tenu ses promesses lundi.", "past", MONDAY, {}, "happening"),
    ("Ce vote pose la question de la majorité.", "present", None, {}, "not-event"),
    ("Le député a posé une question au gouvernement lundi.", "past", MONDAY, {}, "happening"),
    ("Ces chiffres sont à analyser avec prudence.", "present", None, {}, "not-event"),
    ("La hausse n'est pas une surprise.", "present", None, {}, "not-event"),
    (
        "Une fois n'est pas coutume, la Bourse de Paris surperforme.",
        "present",
        None,
        {},
        "not-event",
    ),
    (
        "C'est l'un des quartiers les plus touchés par les inondations.",
        "present",
        None,
        {},
        "not-event",
    ),
    ("C'est le maire qui a donné l'alerte lundi.", "past", MONDAY, {}, "happening"),
    ("La réforme, c'est le grand chantier du quinquennat.", "present", None, {}, "not-event"),
    ("Le lendemain, c'est le Sénat qui a voté le texte.", "past", MONDAY, {}, "happening"),
    # what presents what follows, in any tense
    ("Voici ce que l'on sait de l'accident.", "present", None, {}, "not-event"),
    ("EMPLOI - Voilà un chiffre que personne n'attendait.", "past", None, {}, "not-event"),
    ("Retour sur une journée de mobilisation.", "present", None, {}, "not-event"),
    # the generic present and the habitual
    (
        "Chaque année, des milliers de pèlerins se rendent à Lourdes.",
        "present",
        None,
        {},
        "not-event",
    ),
    (
        "Comme chaque année, le président a présenté ses vœux lundi.",
        "past",
        MONDAY,
        {},
        "happening",
    ),
    ("D'ordinaire, la cérémonie se tient à Paris.", "present", None, {}, "not-event"),
    ("En moyenne, un accident survient tous les trois jours.", "present", None, {}, "not-event"),
    # definitions and explanations
    (
        "Le taux est mesuré au sens du Bureau international du travail.",
        "present",
        None,
        {},
        "not-event",
    ),
    (
        "Pour la préfecture, on est sinistré dès que l'eau atteint l'étage.",
        "present",
        None,
        {},
        "not-event",
    ),
    ("Cela s'explique par la hausse des prix de l'énergie.", "present", None, {}, "not-event"),
    (
        "Il ne faut pas confondre ce taux avec les chiffres de Pôle emploi.",
        "present",
        None,
        {},
        "not-event",
    ),
    ("Le dispositif permet notamment de suivre les crues.", "present", None, {}, "not-event"),
    ("Le dispositif a permis de sauver trois personnes lundi.", "past", MONDAY, {}, "happening"),
    ("Il s'agit d'une hausse de 3 % sur un an.", "present", None, {}, "not-event"),
    (
        "« Il s'agit de la pire catastrophe depuis 1939 », a déclaré le président.",
        "present",
        None,
        {"action": None},
        "statement",
    ),
    ("La mission consiste à rapporter des images de la comète.", "present", None, {}, "not-event"),
    # expectations with no day of their own
    ("De fortes pluies sont attendues dans la nuit.", "present", None, {}, "not-event"),
    ("Le verdict est attendu vendredi.", "present", NEXT_WEEK, {}, "announcement"),
    ("Le bilan risque de s'alourdir dans les prochaines heures.", "present", None, {}, "not-event"),
    ("Mille coureurs étaient prévus au départ.", "imperfect", None, {}, "not-event"),
    # ... what risks coming ("risquer de" and any infinitive; not the noun "le risque de")
    # and what is feared (a verb of fear in the present passive)
    (
        "Les intempéries risquent de provoquer de nouvelles coupures de courant.",
        "present",
        None,
        {},
        "not-event",
    ),
    (
        "Le préfet évalue le risque de nouvelles coupures de courant.",
        "present",
        None,
        {},
        "happening",
    ),
    ("De nouvelles crues sont redoutées dans la vallée.", "present", None, {}, "not-event"),
    ("De nouvelles digues sont construites dans la vallée.", "present", None, {}, "happening"),
    # a caption: no verb, the day the picture was taken at the end after a comma
    (
        "La rivière en crue, à Nîmes, le 10 octobre.",
        "",
        day("le 10 octobre", "2022-10-10"),
        {"tense": None, "content_tense": None},
        "not-event",
    ),
    (
        "Clap de fin ce samedi soir pour le festival.",
        "",
        day("ce samedi soir", "2023-02-04"),
        {"tense": None, "content_tense": None},
        "happening",
    ),
    # figures published on a day about a period: the publication is the event
    (
        "Le chômage est reparti à la hausse au troisième trimestre, a annoncé l'Insee lundi.",
        "past",
        QUARTER,
        {"said": MONDAY},
        "statement",
    ),
]


@pytest.mark.parametrize(
    ("text", "tense", "dating", "extra", "expected"), SHAPES, ids=lambda x: str(x)[:40]
)
def test_non_event_shapes_and_their_look_alikes(text, tense, dating, extra, expected):
    fields = dict(extra)
    said = fields.pop("said", None)
    record = replace(sentence(text, tense or "present"), **fields)
    assert kinds.sentence_kind(record, dating, DCT, [dating] if dating else [], said) == expected


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Avec AFP, Reuters", True),
        ("Avec AFP", True),
        ("Source : AFP", True),
        ("ats/tzing", True),
        ("(jah/ats)", True),
        ("Le bâtiment effondré à Antakya. |", True),
        # a credit closed by a dash
        ("Des secouristes fouillent les décombres à Antakya. © AFP -", True),
        ("Un policier blessé lors de la manifestation. © MaxPPP –", True),
        ("Les gendarmes – et les pompiers – sont intervenus à Antakya.", False),
        # a credit in parentheses closing the sentence, before or after its full stop
        ("Des manifestants défilent à Lyon contre la réforme (Photo : Reuters).", True),
        ("Des manifestants défilent à Lyon contre la réforme (photo Reuters)", True),
        ("Le ministre a parlé (photo prise mardi) devant la presse.", False),
        ("Avec l'aide de la police, les pompiers ont évacué 70 personnes.", False),
        ("Les secours et/ou les pompiers sont intervenus.", False),
        # any credit after "©" closing a line with no full stop before it: a picture's text
        ("Le béluga est coincé entre deux écluses de la Seine © Radio France - Jean Martin", True),
        ("Un Airbus de la compagnie porté disparu avec 140 passagers © REUTERS/Jean Martin", True),
        ("Le maire et son adjointe, en juin 2016 © AFP / JEAN MARTIN", True),
        ("Le logo © de la marque a été retiré lundi des vitrines.", False),
    ],
)
def test_credit_lines_and_cut_captions(text, caption):
    assert kinds.is_caption(text) is caption


def test_a_description_in_the_present_is_nobodys_source():
    """A verb of state in the present after a happening ("se situe") describes; it is
    nobody's source. A present passive ("est requise") still tells what happened."""
    body = (
        "Un séisme de magnitude 6 a frappé la région lundi 6 février. L'épicentre se situe "
        "à vingt kilomètres de la ville.\n\n"
        "Le procureur a requis lundi six ans de prison. La perpétuité est requise contre "
        "deux autres accusés."
    )
    sentences = extraction_of(body, "2023-02-07").sentences
    roles = {s.text[:12]: (s.role, s.parent) for s in sentences}
    assert roles["Un séisme de"][0] == "event"
    assert roles["L'épicentre "] == ("context", None)
    assert roles["La perpétuit"][0] in ("event", "follow-up")
