"""Kinds of sentence, statement dating and headline shapes, without the NLP model.

Sentences are given as the extraction records ``kinds`` reads, and parses as hand-made
tables (word, dependency label, head index, part of speech), so each phenomenon is one
row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

import builders
import pytest

from timeline.events import dates, features, headline, kinds, titles
from timeline.events.lexicon import titling
from timeline.records import NounPhrase, ParsedToken, Sentence
from timeline.temporal.model import Timex

DCT = dt.date(2015, 10, 7)


def sentence(text: str, tense: str = "past", **extra: Any) -> Sentence:
    """The extraction record of one sentence (offsets in the sentence itself)."""
    read: dict[str, Any] = {
        "tense": tense,
        "content_tense": tense,
        "action": "lancer",
        "report": builders.reporting_clause(text),
        "quote": features.is_quote(text),
        "hypothetical": features.is_hypothetical(text),
    }
    return builders.sentence(text, **(read | extra))


def timex(first: str, last: str, **extra: Any) -> Timex:
    return Timex(0, 0, "", "DATE", first, span=(first, last), precision="day", **extra)


@pytest.mark.parametrize(
    ("text", "tense", "dating", "expected"),
    [
        # happenings
        (
            "L'armée a lancé mercredi une offensive.",
            "past",
            timex("2015-10-07", "2015-10-07"),
            "happening",
        ),
        (
            "Depuis une semaine, les Russes mènent des frappes.",
            "present",
            timex("2015-09-30", "2015-10-07"),
            "happening",
        ),
        # statements: the saying is the event
        (
            "Seuls deux raids ont visé l'EI, a affirmé mercredi le Premier ministre.",
            "past",
            timex("2015-10-07", "2015-10-07"),
            "statement",
        ),
        (
            "Le ministre a déclaré que les frappes allaient s'intensifier.",
            "imperfect",
            None,
            "statement",
        ),
        # announcements: something scheduled
        (
            "Le sommet aura lieu le 12 novembre à Paris.",
            "future",
            timex("2015-11-12", "2015-11-12"),
            "announcement",
        ),
        # context: background of another period
        (
            "Une coalition procède depuis plus d'un an à des frappes.",
            "present",
            timex("2014-10-07", "2015-10-07", open_start=True),
            "context",
        ),
        (
            "Depuis 2011, le conflit oppose le régime aux rebelles.",
            "present",
            timex("2011-01-01", "2015-10-07"),
            "context",
        ),
        (
            "En 2013, la croissance était de 2 %.",
            "imperfect",
            timex("2013-01-01", "2013-12-31"),
            "context",
        ),
        # not events: captions, polls, forecasts
        (
            "Vladimir Poutine au Kremlin, le 7 octobre 2015. (Photo AFP)",
            "present",
            None,
            "not-event",
        ),
        ("Photo : des avions russes sur la base de Hmeimim.", "present", None, "not-event"),
        ("Des soldats à Hama, le 7 octobre. © Reuters", "present", None, "not-event"),
        (
            "Selon un sondage Ifop, 52 % des Français approuvent les frappes.",
            "present",
            None,
            "not-event",
        ),
        (
            "La croissance devrait atteindre 1,2 % en 2016, selon les prévisions de l'Insee.",
            "conditional",
            timex("2016-01-01", "2016-12-31"),
            "not-event",
        ),
    ],
)
def test_kinds_of_sentence(text, tense, dating, expected):
    assert kinds.sentence_kind(sentence(text, tense), dating, DCT) == expected


def test_a_heading_is_not_an_event():
    data = sentence("Bientôt une rencontre ?", "present", heading=True)
    assert kinds.sentence_kind(data, None, DCT) == "not-event"


def test_a_quote_is_never_background():
    text = "« Ils travaillent depuis plus d'un an en Syrie », a souligné le président."
    dating = timex("2014-10-07", "2015-10-07", open_start=True)
    assert kinds.sentence_kind(sentence(text, "present"), dating, DCT) != "context"


@dataclass(eq=False)
class Tok:
    """A hand-made parsed token (spaCy's token interface, what ``headline`` reads)."""

    i: int
    idx: int
    text: str
    dep_: str
    pos_: str
    whitespace_: str = " "
    head: Any = None
    lemma_: str = ""
    lower_: str = field(init=False)

    def __post_init__(self) -> None:
        self.lower_ = self.text.lower()
        self.lemma_ = self.lemma_ or self.lower_


def parse(rows: list[tuple[str, str, int, str]]) -> tuple[list[Tok], str]:
    """Tokens from (word, dep, head index, pos) rows; "'"-ending words glue to the next."""
    tokens: list[Tok] = []
    pos = 0
    for n, (word, dep, _, tag) in enumerate(rows):
        glue = word.endswith("'") or (n + 1 < len(rows) and rows[n + 1][0] in (",", "."))
        tokens.append(Tok(n, pos, word, dep, tag, "" if glue else " "))
        pos += len(word) + len(tokens[-1].whitespace_)
    for tok, (_, _, head, _) in zip(tokens, rows, strict=True):
        tok.head = tokens[head]
    text = "".join(t.text + t.whitespace_ for t in tokens)
    return tokens, text


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# (rows, time expressions, expected headline)
HEADLINES = [
    # a leading date goes with its preposition and comma: no hole ("En, la croissance")
    (
        [
            ("En", "case", 1, "ADP"),
            ("2019", "obl:mod", 6, "NUM"),
            (",", "punct", 1, "PUNCT"),
            ("la", "det", 4, "DET"),
            ("croissance", "nsubj", 6, "NOUN"),
            ("a", "aux:tense", 6, "AUX"),
            ("ralenti", "ROOT", 6, "VERB"),
        ],
        ["2019"],
        "la croissance a ralenti",
    ),
    # a date between commas goes with both commas
    (
        [
            ("Les", "det", 1, "DET"),
            ("forces", "nsubj", 2, "NOUN"),
            ("effectuent", "ROOT", 2, "VERB"),
            (",", "punct", 2, "PUNCT"),
            ("depuis", "case", 6, "ADP"),
            ("le", "det", 6, "DET"),
            ("30", "obl:mod", 2, "NUM"),
            ("septembre", "nmod", 6, "NOUN"),
            (",", "punct", 2, "PUNCT"),
            ("des", "det", 10, "DET"),
            ("frappes", "obj", 2, "NOUN"),
        ],
        ["le 30 septembre"],
        "Les forces effectuent des frappes",
    ),
    # words the parser hung on the date stay ("a tiré mercredi 26 missiles")
    (
        [
            ("Quatre", "nummod", 1, "NUM"),
            ("croiseurs", "nsubj", 3, "NOUN"),
            ("ont", "aux:tense", 3, "AUX"),
            ("tiré", "ROOT", 3, "VERB"),
            ("mercredi", "obl:mod", 3, "NOUN"),
            ("26", "nummod", 6, "NUM"),
            ("missiles", "nmod", 4, "NOUN"),
        ],
        ["mercredi"],
        "Quatre croiseurs ont tiré 26 missiles",
    ),
    # a modifier pointing back to what the reader has not seen goes whole
    (
        [
            ("L'", "det", 1, "DET"),
            ("émissaire", "nsubj:pass", 4, "NOUN"),
            ("a", "aux:tense", 4, "AUX"),
            ("été", "aux:pass", 4, "AUX"),
            ("convoqué", "ROOT", 4, "VERB"),
            ("mardi", "obl:mod", 4, "NOUN"),
            ("pour", "mark", 7, "ADP"),
            ("discuter", "advcl", 4, "VERB"),
            ("de", "case", 10, "ADP"),
            ("cette", "det", 10, "DET"),
            ("affaire", "obl:arg", 7, "NOUN"),
        ],
        ["mardi"],
        "L'émissaire a été convoqué",
    ),
    # a leading adverbial closed by a comma goes
    (
        [
            ("Outre", "case", 1, "ADP"),
            ("les", "det", 2, "DET"),
            ("avions", "obl:mod", 6, "NOUN"),
            (",", "punct", 2, "PUNCT"),
            ("des", "det", 4, "DET"),
            ("navires", "nsubj", 6, "NOUN"),
            ("participent", "ROOT", 6, "VERB"),
            ("aux", "case", 8, "ADP"),
            ("frappes", "obl:arg", 6, "NOUN"),
        ],
        [],
        "des navires participent aux frappes",
    ),
]


HEADLINES += [
    # a date that is what the clause is about stays: no headline without its subject
    (
        [
            ("Ce", "det", 2, "DET"),
            ("lundi", "nmod", 2, "NOUN"),
            ("matin", "nsubj", 5, "NOUN"),
            ("était", "cop", 5, "AUX"),
            ("un", "det", 5, "DET"),
            ("moment", "ROOT", 5, "NOUN"),
            ("clé", "amod", 5, "ADJ"),
        ],
        ["Ce lundi matin"],
        "Ce lundi matin était un moment clé",
    ),
    # never end on a present participle whose complement went
    (
        [
            ("19", "nummod", 2, "NUM"),
            ("autres", "amod", 2, "ADJ"),
            ("accusés", "nsubj", 3, "NOUN"),
            ("ont", "ROOT", 3, "VERB"),
            ("des", "det", 5, "DET"),
            ("peines", "obj", 3, "NOUN"),
            ("allant", "acl", 5, "VERB"),
            ("à", "case", 9, "ADP"),
            ("la", "det", 9, "DET"),
            ("perpétuité", "obl:arg", 6, "NOUN"),
            ("incompressible", "amod", 9, "ADJ"),
            ("pour", "case", 12, "ADP"),
            ("certains", "obl", 6, "PRON"),
        ],
        [],
        "19 autres accusés ont des peines",
    ),
    # a subject the parser took for an adverbial (no preposition, before its verb, right
    # after "que"), an unlabelled aside between commas after it: the subject stays, the
    # aside goes
    (
        [
            ("j'", "nsubj", 2, "PRON"),
            ("ai", "aux:tense", 2, "AUX"),
            ("constaté", "ROOT", 2, "VERB"),
            ("que", "mark", 16, "SCONJ"),
            ("le", "det", 5, "DET"),
            ("camion", "obl:mod", 16, "NOUN"),
            (",", "punct", 5, "PUNCT"),
            ("garé", "dep", 5, "VERB"),
            ("à", "case", 10, "ADP"),
            ("deux", "nummod", 10, "NUM"),
            ("mètres", "obl:mod", 7, "NOUN"),
            ("derrière", "case", 13, "ADP"),
            ("la", "det", 13, "DET"),
            ("haie", "nmod", 10, "NOUN"),
            (",", "punct", 16, "PUNCT"),
            ("était", "aux:pass", 16, "AUX"),
            ("conduit", "ccomp", 2, "VERB"),
            ("par", "case", 19, "ADP"),
            ("un", "det", 19, "DET"),
            ("mineur", "obl:agent", 16, "NOUN"),
            ("depuis", "case", 22, "ADP"),
            ("le", "det", 22, "DET"),
            ("début", "obl:mod", 16, "NOUN"),
            ("de", "case", 24, "ADP"),
            ("la", "det", 25, "DET"),
            ("semaine", "nmod", 22, "NOUN"),
        ],
        [],
        "j'ai constaté que le camion était conduit par un mineur",
    ),
    # ... opening the clause, an aside the headline drops after it: no comma left before
    # its verb
    (
        [
            ("Une", "det", 2, "DET"),
            ("deuxième", "amod", 2, "ADJ"),
            ("maison", "obl:mod", 11, "NOUN"),
            (",", "punct", 11, "PUNCT"),
            ("fragilisée", "advcl", 11, "VERB"),
            ("par", "case", 7, "ADP"),
            ("les", "det", 7, "DET"),
            ("crues", "obl:agent", 4, "NOUN"),
            (",", "punct", 11, "PUNCT"),
            ("a", "aux:tense", 11, "AUX"),
            ("été", "aux:pass", 11, "AUX"),
            ("évacuée", "ROOT", 11, "VERB"),
            ("par", "case", 13, "ADP"),
            ("précaution", "obl:mod", 11, "NOUN"),
            ("dans", "case", 16, "ADP"),
            ("la", "det", 16, "DET"),
            ("soirée", "obl:mod", 11, "NOUN"),
            ("de", "case", 18, "ADP"),
            ("mercredi", "nmod", 16, "NOUN"),
        ],
        ["la soirée de mercredi"],
        "Une deuxième maison a été évacuée par précaution",
    ),
    # a pronoun of quantity keeps its complement ("l'un" alone points to nothing)
    (
        [
            ("Son", "det", 2, "DET"),
            ("dernier", "amod", 2, "ADJ"),
            ("roman", "nsubj", 10, "NOUN"),
            ("sur", "case", 5, "ADP"),
            ("la", "det", 5, "DET"),
            ("guerre", "nmod", 2, "NOUN"),
            ("d'", "case", 7, "ADP"),
            ("Espagne", "nmod", 5, "PROPN"),
            ("en", "dep", 10, "PRON"),
            ("avait", "aux:tense", 10, "AUX"),
            ("fait", "ROOT", 10, "VERB"),
            ("l'", "det", 12, "DET"),
            ("un", "obj", 10, "PRON"),
            ("des", "case", 14, "ADP"),
            ("auteurs", "nmod", 12, "NOUN"),
            ("les", "det", 17, "DET"),
            ("plus", "advmod", 17, "ADV"),
            ("lus", "acl", 14, "VERB"),
            ("de", "case", 20, "ADP"),
            ("la", "det", 20, "DET"),
            ("rentrée", "obl:arg", 17, "NOUN"),
            ("littéraire", "amod", 20, "ADJ"),
        ],
        [],
        "Son dernier roman sur la guerre d'Espagne en avait fait l'un des auteurs",
    ),
]


@pytest.mark.parametrize(("rows", "dates", "expected"), HEADLINES, ids=lambda x: str(x)[:30])
def test_headline_shapes(rows, dates, expected):
    tokens, text = parse(rows)
    spans = [span_of(text, d) for d in dates]
    assert headline.build(tokens, spans, 90, 66) == expected


AUXILIARY_ROOT = [
    # the parser hung the verb under its auxiliary (whose stored lemma is read)
    ("L'", "det", 1, "DET"),
    ("émissaire", "nsubj", 2, "NOUN"),
    ("a", "ROOT", 2, "AUX"),
    ("été", "aux:pass", 4, "AUX"),
    ("convoqué", "xcomp", 2, "VERB"),
    ("au", "case", 6, "ADP"),
    ("ministère", "obl:arg", 4, "NOUN"),
    ("des", "case", 8, "ADP"),
    ("Affaires", "nmod", 6, "NOUN"),
    ("étrangères", "amod", 8, "ADJ"),
    ("mercredi", "obl:mod", 4, "NOUN"),
]


@pytest.mark.parametrize(
    ("rows", "dates"),
    [(rows, dates) for rows, dates, _ in HEADLINES] + [(AUXILIARY_ROOT, ["mercredi"])],
    ids=lambda x: str(x)[:30],
)
def test_a_stored_clause_gets_the_headlines_of_its_parse(rows, dates):
    """Assembly builds headlines from the stored parse (``records.ParsedToken``, the lemma
    stored with it): the same as from the parsed tokens themselves."""
    tokens, text = parse(rows)
    lemmas = {"a": "avoir", "été": "être", "ont": "avoir", "était": "être"}
    for tok in tokens:
        tok.lemma_ = lemmas.get(tok.text, tok.lemma_)
    clause = [
        ParsedToken(t.idx, t.text, t.whitespace_, t.dep_, t.pos_, t.lemma_, head)
        for t, (_, _, head, _) in zip(tokens, rows, strict=True)
    ]
    spans = [span_of(text, d) for d in dates]
    lex = titling()
    expected = (
        headline.build(tokens, spans, lex["headline_max_chars"], lex["headline_target_chars"]),
        headline.build(
            tokens, spans, lex["headline_said_max_chars"], lex["headline_said_target_chars"]
        ),
    )
    assert headline.headlines(clause, spans) == expected
    # without a speaker to name, only the headline read alone is built (and given twice)
    assert headline.headlines(clause, spans, said=False) == (expected[0], expected[0])
    assert all(expected)


def test_a_long_clause_loses_whole_modifiers_never_a_cut_word():
    rows = [
        ("L'", "det", 1, "DET"),
        ("armée", "nsubj", 3, "NOUN"),
        ("a", "aux:tense", 3, "AUX"),
        ("lancé", "ROOT", 3, "VERB"),
        ("une", "det", 6, "DET"),
        ("vaste", "amod", 6, "ADJ"),
        ("opération", "obj", 3, "NOUN"),
        ("terrestre", "amod", 6, "ADJ"),
        ("dans", "case", 10, "ADP"),
        ("le", "det", 10, "DET"),
        ("centre", "nmod", 6, "NOUN"),
        ("du", "case", 12, "ADP"),
        ("pays", "nmod", 10, "NOUN"),
        ("avec", "case", 15, "ADP"),
        ("l'", "det", 15, "DET"),
        ("appui", "nmod", 6, "NOUN"),
        ("de", "case", 18, "ADP"),
        ("l'", "det", 18, "DET"),
        ("aviation", "nmod", 15, "NOUN"),
        ("russe", "amod", 18, "ADJ"),
    ]
    tokens, text = parse(rows)
    title = headline.build(tokens, [], 90, 66)
    assert title == "L'armée a lancé une vaste opération terrestre"
    assert headline.build(tokens, [], 200, 200) == text.strip()


CAPTIONS = [
    # a caption paragraph ending with its credit, then the story
    (
        [
            "Des jumeaux ont été retrouvés blessés dans le hall d'un immeuble. Photo "
            "d'illustration. (HERVÉ KIELWASSER / MAXPPP)",
            "L'homme a reconnu les faits.",
        ],
        {1},
    ),
    # the page's copy of a caption (image text), then the caption with its credit
    (
        [
            "Thierry s'adresse à la presse au palais de justice, le 29 juin 2022,",
            "Thierry s'adresse à la presse au palais de justice, le 29 juin 2022, Tous droits "
            "réservés AFP",
            "La salle d'audience n'avait jamais connu une telle affluence. Les rescapés sont "
            "soulagés.",
        ],
        {1, 2},
    ),
    (
        [
            "La cour a rendu son verdict ce mercredi 29 juin.",
            "La cour a rendu son verdict ce mercredi 29 juin. - Photo d’illustration",
            "Après dix mois de procès, la cour a rendu son verdict. Elle condamne l'accusé.",
        ],
        {1, 2},
    ),
    (["Croquis d'audience des accusés - Benoit PEYRUCQ © 2019 AFP", "La cour délibère."], {1}),
    # a credit line alone, then the one-sentence caption under it (not the paragraph before)
    (
        [
            "« Tout n'est pas parfait », a répliqué Pogačar.",
            "PHOTO LOÏC VENANCE, AGENCE FRANCE-PRESSE",
            "Jonas Vingegaard a terminé la septième étape derrière Tadej Pogačar.",
            "Pogačar ne le savait pas encore. Le Portugais venait de rentrer.",
        ],
        {2, 3},
    ),
    # an embedded post: its text with a link, its signature line
    (
        [
            "Communiqué suite au décès survenu le 11 août ⤵️ pic.twitter.com/AcBGgWk22h",
            "— Procureure Tours (@ProcureureTours) August 16, 2024",
            "Le suspect a été présenté à un juge d'instruction.",
        ],
        {1, 2},
    ),
    # the story alone: nothing is a caption
    (["Le photographe a reçu le prix du reportage.", "La cérémonie a eu lieu à Perpignan."], set()),
    (["Le site linux.com/news a été racheté mardi.", "Il compte un million de lecteurs."], set()),
    (["Le suspect a été arrêté mercredi.", "Il a été mis en examen vendredi."], set()),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CAPTIONS)
def test_caption_and_embed_paragraphs(paragraphs, expected):
    assert kinds.caption_paragraphs(paragraphs) == expected


# A credit line alone above a quotation: the quotation tells the story, no caption
CREDIT_THEN_QUOTATION = [
    "(Photo Reuters)",
    "« Le périmètre est une scène de crime », a expliqué le policier.",
]


def test_a_quotation_under_a_credit_line_is_no_caption():
    assert kinds.caption_paragraphs(CREDIT_THEN_QUOTATION) == {1}
    assert kinds.caption_paragraphs([CREDIT_THEN_QUOTATION[0], "Le centre-ville bouclé."]) == {
        1,
        2,
    }


# A page whose paragraphs are kept apart by single line breaks: an embedded post's lines
# are out of the story, not the story's lines around them (one paragraph, five lines)
LINES = (
    "Le président a démissionné mardi, a annoncé l'agence officielle.\n"
    "#Urgent\n"
    "— Agence officielle (@AgenceOff) 2 avril 2019\n"
    "Le président a notifié sa démission au Conseil. pic.twitter.com/AbCdEf\n"
    "Un concert de klaxons a accueilli la nouvelle à Alger."
)


def test_caption_blocks_are_lines_of_a_paragraph():
    text = "Titre\n\n" + LINES
    blocks = kinds.caption_blocks(text, [(7, len(text))])
    assert [text[first:last] for first, last in blocks] == LINES.split("\n")[1:4]


def test_a_sentence_is_out_when_mostly_within_the_blocks():
    assert kinds.mostly_within(0, 10, [(0, 8)])
    assert not kinds.mostly_within(0, 100, [(0, 15)])  # "(Photo Reuters)" glued before it


def period(first: str, last: str, precision: str, kind: str = "DATE") -> Timex:
    return Timex(0, 0, "", kind, first, span=(first, last), precision=precision)


Y2015 = period("2015-01-01", "2015-12-31", "year")
Y2014 = period("2014-01-01", "2014-12-31", "year")


@pytest.mark.parametrize(
    ("text", "tense", "dating", "others", "expected"),
    [
        # what had happened in a past period before the story: background
        (
            "La reprise, au deuxième trimestre, avait été entravée par des facteurs exogènes.",
            "pluperfect",
            period("2015-04-01", "2015-06-30", "month"),
            [],
            "context",
        ),
        # ... but a pluperfect with its day is a happening of the story
        (
            "Le suspect avait été interpellé jeudi à Melun.",
            "pluperfect",
            period("2015-10-01", "2015-10-01", "day"),
            [],
            "happening",
        ),
        # a comparison of years is background, one year of the story is not
        (
            "Le ministère en a dénombré 94 en 2015, contre 118 en 2014.",
            "past",
            Y2015,
            [Y2015, Y2014],
            "context",
        ),
        ("Le ministère a dénombré 94 féminicides en 2015.", "past", Y2015, [Y2015], "happening"),
        # a verbless state over months
        (
            "Quatorze hommes scrutés depuis dix mois dans le box.",
            None,
            period("2014-12-07", "2015-10-07", "month", "DURATION"),
            [],
            "context",
        ),
        # a question the article asks is no event; one it reports is said by someone
        ("Que retiendra-t-on de ce procès ?", "future", None, [], "not-event"),
        ("De ces hommes, que dira la cour mercredi ?", "future", Y2015, [], "not-event"),
    ],
)
def test_background_comparisons_and_questions(text, tense, dating, others, expected):
    assert kinds.sentence_kind(sentence(text, tense), dating, DCT, others) == expected


DAY = timex("2015-10-07", "2015-10-07")

# (text, tense, dating, extra fields of the record, expected kind)
KINDS_OF_HISTORY_AND_MODALITY = [
    # a history, not one happening: a person's past, a record, repetition over a period
    ("L'homme a été condamné par le passé pour des violences.", "past", None, {}, "context"),
    (
        "Il n'avait jusque-là été décerné qu'à trois reprises.",
        "pluperfect",
        None,
        {},
        "context",
    ),
    (
        "Le Français a affirmé à plusieurs reprises au cours des débats avoir renoncé.",
        "past",
        None,
        {},
        "context",
    ),
    (
        "C'est la 100e fois depuis sa création que cet outil est activé.",
        "present",
        None,
        {},
        "context",
    ),
    # ... while one happening stays one
    ("L'homme a été condamné mercredi pour des violences.", "past", DAY, {}, "happening"),
    # a screening is no forecast ("projection" alone is not a forecast's noun)
    (
        "Clap de fin ce soir pour le Festival avec la projection du dernier long métrage.",
        None,
        DAY,
        {},
        "happening",
    ),
    # a day governed by a modal of possibility or obligation: not an event
    (
        "Trois accusés comparaissent libres et pourraient se retrouver en prison dès ce soir.",
        "present",
        DAY,
        {"modal_date": True},
        "not-event",
    ),
    # ... reported, it is what someone said
    (
        "Les accusés pourraient sortir dès ce soir, a affirmé mercredi leur avocat.",
        "past",
        DAY,
        {"modal_date": True},
        "statement",
    ),
]


@pytest.mark.parametrize(
    ("text", "tense", "dating", "extra", "expected"), KINDS_OF_HISTORY_AND_MODALITY
)
def test_histories_and_modal_days(text, tense, dating, extra, expected):
    assert kinds.sentence_kind(sentence(text, tense, **extra), dating, DCT) == expected


def test_a_reported_question_is_not_dropped():
    text = "« Que retiendra-t-on de ce procès ? », a demandé l'avocat mercredi."
    assert not kinds.is_question(sentence(text, "past"))
    assert kinds.is_question(sentence("Que retiendra-t-on de ce procès ? »", "future"))


LENGTHS = [
    # a bare length is a word of the sentence; a day, a period or an interval is a date
    (Timex(0, 0, "deux ans", "DURATION", "P2Y"), False),
    (Timex(0, 0, "dix mois", "DURATION", "P10M"), False),
    (Timex(0, 0, "depuis dix mois", "DURATION", "P10M", span=("2021-09-08", "2022-06-27")), True),
    (timex("2015-10-07", "2015-10-07"), True),
    (Timex(0, 0, "chaque jour", "SET", "P1D"), False),
]


@pytest.mark.parametrize(("expression", "leaves"), LENGTHS)
def test_only_dates_leave_headlines(expression, leaves):
    assert dates.leaves_headline(expression) is leaves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a filler goes, a comparison stays ("ainsi que le veut la tradition")
        (
            "Ils se sont exprimés ainsi que le veut la tradition",
            "Ils se sont exprimés ainsi que le veut la tradition",
        ),
        ("Le gouvernement a ainsi choisi le 49.3", "Le gouvernement a choisi le 49.3"),
    ],
)
def test_fillers_but_not_comparisons(text, expected):
    assert titles._drop_fillers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mais le scénario le plus craint est celui d'une motion transpartisane",
            "le scénario le plus craint est celui d'une motion transpartisane",
        ),
        ("Pourtant, la cour a suivi les réquisitions", "la cour a suivi les réquisitions"),
        ("Par ailleurs, la préfecture a fermé les écoles", "la préfecture a fermé les écoles"),
        ("De son côté, le maire a appelé au calme", "le maire a appelé au calme"),
        ("Plus tôt, le président a salué les volontaires", "le président a salué les volontaires"),
        ("Où le ministre de l'Intérieur s'est rendu", "le ministre de l'Intérieur s'est rendu"),
        ("Oui, le club a remporté le titre", "Oui, le club a remporté le titre"),
        ("Ainsi soit-il", "Ainsi soit-il"),  # too short to be a connective and a clause
        ("Maison de la presse rouverte", "Maison de la presse rouverte"),
    ],
)
def test_a_headline_read_from_the_text_drops_its_leading_connective(text, expected):
    assert titles._drop_leading_connective(text) == expected


# (text, tense, extra fields of the record, whether it can be an event of its own once it
# cannot tell the happening of the event it follows)
STANDS_ALONE = [
    # a happening or a statement told as news
    ("Les premières parties civiles ont quitté la salle.", "past", {}, True),
    ("« Les peines sont lourdes », estime une victime.", "present", {}, True),
    ("C'est l'accusé qui s'est exprimé en dernier.", "present", {"verb": "être"}, True),
    # a quotation nobody says in the sentence, going on with what was told
    ("« Il y avait de la sincérité, de l'émotion pour tous. »", "imperfect", {}, False),
    ("« Je sens que j'ai grandi. »", "present", {}, False),
    # a description: the imperfect, a state, no verb at all
    ("Des familles inquiètes se tenaient dans les rues.", "imperfect", {}, False),
    ("Le verdict est lourd.", "present", {"verb": "être", "action": "être"}, False),
    ("Il est resté impassible.", "past", {"verb": "rester", "action": "rester"}, False),
    ("Coude ensanglanté, maillot tout transpercé.", None, {}, False),
    # not an event in the first place
    ("Photo d'illustration.", None, {"kind": "not-event"}, False),
]


@pytest.mark.parametrize(("text", "tense", "extra", "alone"), STANDS_ALONE)
def test_what_a_follow_up_needs_to_be_an_event_of_its_own(text, tense, extra, alone):
    record = sentence(text, tense, kind=extra.pop("kind", "happening"), **extra)
    assert kinds.stands_alone(record) is alone


DURATION_DAY = Timex(
    0, 0, "", "DURATION", "P3D", span=("2015-10-04", "2015-10-07"), precision="day"
)
SINCE_LENGTH = replace(DURATION_DAY, rule="since_duration")
SINCE_DAY = replace(timex("2015-10-05", "2015-10-07"), rule="since_date")
MONTH = period("2015-09-01", "2015-09-30", "month")

# (text, tense, dating, expected kind): nominal sentences and states since a time
NOMINAL_AND_SINCE = [
    # a nominal sentence names its day to be news, not a length or a period
    ("Clap de fin ce mercredi pour le festival.", None, DAY, "happening"),
    ("Les trois derniers jours du procès.", None, DURATION_DAY, "not-event"),
    ("Ultime journée d'audience de ce procès, commencé en septembre.", None, MONTH, "not-event"),
    # a state in the imperfect since a length of time: context; since a day: its happening
    ("Il était recherché depuis trois jours.", "imperfect", SINCE_LENGTH, "context"),
    ("Il était recherché depuis lundi, jour du meurtre.", "imperfect", SINCE_DAY, "happening"),
    # a recap or a record since a period: its baseline, no date of a happening
    (
        "Le second tour a été marqué par la plus forte abstention depuis 1969.",
        "past",
        replace(Y2015, rule="since_year"),
        "context",
    ),
    # the present since a length stays news (a campaign going on)
    ("Depuis trois jours, les Russes mènent des frappes.", "present", SINCE_LENGTH, "happening"),
]


@pytest.mark.parametrize(("text", "tense", "dating", "expected"), NOMINAL_AND_SINCE)
def test_nominal_sentences_and_states_since(text, tense, dating, expected):
    record = sentence(text, tense)
    if tense is None:
        record = replace(record, content_tense=None)
    assert kinds.sentence_kind(record, dating, DCT) == expected


# (sentence, verb of its reporting clause or None when it has none)
LEADING_REPORTS = [
    ("L'entourage du Premier ministre assure pourtant que le texte passera.", "assure"),
    ("Le rapport note que la croissance ralentit.", "note"),
    ("Vladimir Poutine a déclaré mercredi que les frappes allaient s'intensifier.", "déclaré"),
    # a relative clause about the subject is no reporting clause
    ("Le ministre, qui dit que tout va bien, est parti.", None),
    # a participle with no auxiliary is no reporting verb
    ("Le texte adopté que la majorité défend sera voté.", None),
    # the third person plural; a quote opening before "que"
    ("La mairie et les gendarmes assurent qu'aucun habitant n'a été blessé.", "assurent"),
    ("Les syndicats affirment que la grève sera reconduite.", "affirment"),
    ("Pour l'heure le préfet affirme \"qu'il n'y a pas de toxicité aiguë\".", "affirme"),
    # a plural of a verb common outside reported speech is no reporting verb
    (
        "Le bilan devrait augmenter à mesure que les recherches se poursuivent et que les "
        "sauveteurs atteignent les zones reculées.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "verb"), LEADING_REPORTS)
def test_leading_reporting_clauses(text, verb):
    found = features.reporting_clause(text)
    assert (found.verb if found else None) == verb


# a participle naming what comes before it (a quotation, an acronym, "de ..." and the rest
# of the sentence after a comma) is no reporting clause; the same verb reporting is one
NAMING_OR_REPORTING = [
    ("Ce programme, dit PRI, concerne une centaine d'immeubles.", None),
    ("Le dispositif, dit « bouclier tarifaire », coûte 20 milliards d'euros.", None),
    ("Ce quartier, dit de la Noue, a été bouclé mardi.", None),
    ("Le chantier avance, dit le maire, mais lentement.", "dit"),
    ("Le chantier avance lentement, dit SOS Racisme.", "dit"),
    ("Le chantier, dit Anne Hidalgo, avance lentement.", "dit"),
]


@pytest.mark.parametrize(("text", "verb"), NAMING_OR_REPORTING)
def test_a_participle_that_names_is_no_reporting_clause(text, verb):
    found = features.reporting_clause(text)
    assert (found.verb if found else None) == verb


# a reflexive auxiliary before a verb whose pronominal form names another act is that act
# ("s'est déclaré en faillite": declared itself bankrupt); a reporting verb's stays one
PRONOMINAL_OR_REPORTING = [
    ("Le brasseur lillois, fondé en 1920, s'est déclaré mardi en faillite.", None),
    ("Le fromager Dubreuil, fournisseur des cantines, s'est déclaré en faillite, jeudi.", None),
    ("Nous sommes prêts, s'est félicité le maire de Lille.", "félicité"),
    ("Le chantier avance, a déclaré le maire de Lille.", "déclaré"),
]


@pytest.mark.parametrize(("text", "verb"), PRONOMINAL_OR_REPORTING)
def test_a_pronominal_act_is_no_reporting_clause(text, verb):
    found = features.reporting_clause(text)
    assert (found.verb if found else None) == verb


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("« C'est fini », dit-elle.", True),
        ("Mais « c'est fini, ça va faire un vide ».", True),
        ('Et "tout recommence".', True),
        ("Mais le verdict est tombé.", False),
        ("Maison « témoin » détruite.", False),
    ],
)
def test_quotations_after_a_connective(text, quote):
    assert features.is_quote(text) is quote


def phrase(
    determiner: str, words: str, number: str, gender: str, *, proper: bool = False
) -> NounPhrase:
    """A noun phrase of a sentence before (``records.NounPhrase``; its offset unread here)."""
    return NounPhrase(0, determiner, words, number, gender, proper)


# (headline, what a pronoun subject stands for, the headline read alone)
STANDALONE = [
    # a pronoun subject: the person named before it, a subject of the same number
    (
        "Il a été placé en détention provisoire",
        titles.Antecedents("le principal suspect"),
        "Le principal suspect a été placé en détention provisoire",
    ),
    (
        "Ils se sont exprimés",
        titles.Antecedents("X", "les 14 accusés"),
        "Les 14 accusés se sont exprimés",
    ),
    # ... none of its number known: it stays
    ("Ils se sont exprimés", titles.Antecedents("l'accusé"), "Ils se sont exprimés"),
    # ... nor a phrase of the speaker's own words: it stays
    (
        "Elle a pris des mesures",
        titles.Antecedents("notre priorité"),
        "Elle a pris des mesures",
    ),
    (
        "Ils ont été évacués",
        titles.Antecedents(None, "nos équipes"),
        "Ils ont été évacués",
    ),
    # an impersonal "il" stands for nobody
    ("Il y a eu dix morts", titles.Antecedents("le séisme"), "Il y a eu dix morts"),
    ("Il faut agir", titles.Antecedents("le ministre"), "Il faut agir"),
    (
        "Il est difficile de conclure",
        titles.Antecedents("le ministre"),
        "Il est difficile de conclure",
    ),
    (
        "Il est prévu de rouvrir l'usine",
        titles.Antecedents("le préfet"),
        "Il est prévu de rouvrir l'usine",
    ),
    # ... "il est" before a participle of what someone underwent is someone
    (
        "Il est soupçonné d'avoir poignardé son voisin",
        titles.Antecedents("l'homme de 28 ans"),
        "L'homme de 28 ans est soupçonné d'avoir poignardé son voisin",
    ),
    # a demonstrative pronoun stands for the last one named, never for a subject before it
    (
        "Ce dernier a nié les faits",
        titles.Antecedents("le juge", "les policiers", "Karim Benali"),
        "Karim Benali a nié les faits",
    ),
    (
        "Ce dernier a été annoncé en recul de 1 %",
        titles.Antecedents("le taux de chômage"),
        "Ce dernier a été annoncé en recul de 1 %",
    ),
    (
        "Ces derniers ont été placés en garde à vue",
        titles.Antecedents("le juge", "les policiers", "Karim Benali"),
        "Ces derniers ont été placés en garde à vue",
    ),
    # ... else the nearest noun phrase of its number and gender before it (nearest first)
    (
        "Ce dernier a été annoncé en recul de 1 %",
        titles.Antecedents(
            "le taux de chômage",
            last_phrases=(
                phrase("de", "Pôle Emploi", "singular", "", proper=True),
                phrase("les", "chiffres", "plural", "masculine"),
            ),
        ),
        "Pôle Emploi a été annoncé en recul de 1 %",
    ),
    (
        "Ceux-ci sont invités à rester chez eux",
        titles.Antecedents(
            "le préfet",
            last_phrases=(
                phrase("des", "habitants", "plural", "masculine"),
                phrase("le", "site", "singular", "masculine"),
            ),
        ),
        "Les habitants sont invités à rester chez eux",
    ),
    (
        "Celles-ci ont été reportées",
        titles.Antecedents(
            last_phrases=(
                phrase("des", "recours", "plural", "masculine"),
                phrase("les", "élections municipales", "plural", "feminine"),
            ),
        ),
        "Les élections municipales ont été reportées",
    ),
    # ... the nearest of its number and gender cannot open a headline: the pronoun stays
    (
        "Ceux-ci patrouillent",
        titles.Antecedents(
            last_phrases=(
                phrase("de", "gendarmes", "plural", "masculine"),
                phrase("les", "renforts", "plural", "masculine"),
            ),
        ),
        "Ceux-ci patrouillent",
    ),
    (
        "Ce dernier a nié les faits",
        titles.Antecedents(
            "le juge",
            None,
            "Karim Benali",
            (phrase("le", "dossier", "singular", "masculine"),),
        ),
        "Karim Benali a nié les faits",
    ),
    # demonstratives: the definite article, elided before a vowel
    (
        "Réunion pour discuter de cette affaire",
        titles.Antecedents(),
        "Réunion pour discuter de l'affaire",
    ),
    ("Ce texte a été adopté", titles.Antecedents(), "Le texte a été adopté"),
    (
        "Sapin : difficile d'atteindre cet objectif",
        titles.Antecedents(),
        "Sapin : difficile d'atteindre l'objectif",
    ),
    ("Afin d'éviter de tels incidents", titles.Antecedents(), "Afin d'éviter des incidents"),
    # ... not before a word of time, a number, "dernier", a relative pronoun
    (
        "Ce lundi matin était un moment clé",
        titles.Antecedents(),
        "Ce lundi matin était un moment clé",
    ),
    ("Les élus réunis ce 13 novembre", titles.Antecedents(), "Les élus réunis ce 13 novembre"),
    ("Le verdict rendu ce jour-là", titles.Antecedents(), "Le verdict rendu ce jour-là"),
    ("Ce que dit la loi", titles.Antecedents(), "Ce que dit la loi"),
    # ... elided before a verb it is the same pronoun, straight or curly apostrophe
    (
        "C'est ce qu'a annoncé le maire de Nantes",
        titles.Antecedents(),
        "C'est ce qu'a annoncé le maire de Nantes",
    ),
    ("Ce qu’ont vu les témoins", titles.Antecedents(), "Ce qu’ont vu les témoins"),
    # ... contracted with the preposition before it, and not in "à ce stade"
    ("Il a renoncé à ce procès", titles.Antecedents(), "Il a renoncé au procès"),
    ("Le coût de ces travaux", titles.Antecedents(), "Le coût des travaux"),
    ("Rien à ce stade", titles.Antecedents(), "Rien à ce stade"),
    # ... nor "ce" before a verb: a pronoun, no determiner
    ("Ce sont des habitués", titles.Antecedents(), "Ce sont des habitués"),
    ("Marin : ce serait une erreur", titles.Antecedents(), "Marin : ce serait une erreur"),
    # a cleft sentence told straight, its focus the subject; not a pronoun's
    (
        "Ce sont 300 mm de pluie qui sont tombés sur le Gard",
        titles.Antecedents(),
        "300 mm de pluie sont tombés sur le Gard",
    ),
    (
        "Lenoir : c'est le maire qui a donné l'alerte",
        titles.Antecedents(),
        "Lenoir : le maire a donné l'alerte",
    ),
    ("C'est lui qui a signé l'accord", titles.Antecedents(), "C'est lui qui a signé l'accord"),
    ("C'est bien celle qui a été votée", titles.Antecedents(), "C'est bien celle qui a été votée"),
    (
        "C'est bien le préfet qui a fermé la route",
        titles.Antecedents(),
        "Le préfet a fermé la route",
    ),
    (
        "C'est à Brest que le sommet s'est tenu",
        titles.Antecedents(),
        "C'est à Brest que le sommet s'est tenu",
    ),
]


@pytest.mark.parametrize(("title", "antecedents", "expected"), STANDALONE)
def test_a_headline_reads_alone(title, antecedents, expected):
    assert titles.standalone(title, antecedents) == expected


def stored(rows: list[tuple[str, ...]]) -> list[ParsedToken]:
    """A stored clause (``records.ParsedToken``) from (word, dep, head, pos[, lemma]) rows
    (the lemma left empty, as stored, when it is the word's own lower-case form)."""
    out, at = [], 0
    for word, dep, head, pos, *lemma in rows:
        out.append(ParsedToken(at, word, " ", dep, pos, lemma[0] if lemma else "", int(head)))
        at += len(word) + 1
    return out


SUBJECTS = [
    # the subject without its relative clause; its number from its determiner
    (
        [
            ("Le", "det", 2, "DET"),
            ("principal", "amod", 2, "ADJ"),
            ("suspect", "nsubj:pass", 4, "NOUN"),
            ("a", "aux:tense", 4, "AUX"),
            ("arrêté", "ROOT", 4, "VERB"),
        ],
        ("Le principal suspect", "singular"),
    ),
    (
        [
            ("Les", "det", 2, "DET"),
            ("14", "nummod", 2, "NUM"),
            ("accusés", "nsubj", 6, "NOUN"),
            ("qui", "nsubj", 4, "PRON"),
            ("comparaissent", "acl:relcl", 2, "VERB"),
            ("ont", "aux:tense", 6, "AUX"),
            ("parlé", "ROOT", 6, "VERB"),
        ],
        ("Les 14 accusés", "plural"),
    ),
    # a number of the subject's complement ("de 28 ans") does not make it plural
    (
        [
            ("L'homme", "nsubj:pass", 6, "NOUN"),
            ("de", "case", 3, "ADP"),
            ("28", "nummod", 3, "NUM"),
            ("ans", "nmod", 0, "NOUN"),
            ("avait", "aux:tense", 6, "AUX"),
            ("été", "aux:pass", 6, "AUX"),
            ("interpellé", "ROOT", 6, "VERB"),
        ],
        ("L'homme de 28 ans", "singular"),
    ),
    # a quantity of a noun: the parser's subject is the quantifier, the noun its complement
    (
        [
            ("Beaucoup", "nsubj", 5, "PRON"),
            ("de", "case", 2, "ADP"),
            ("voisins", "nmod", 0, "NOUN", "voisin"),
            ("ont", "aux:tense", 5, "AUX"),
            ("alors", "advmod", 5, "ADV"),
            ("accouru", "ROOT", 5, "VERB"),
        ],
        ("Beaucoup de voisins", "plural"),
    ),
    (
        [
            ("La", "det", 1, "DET"),
            ("plupart", "nsubj", 5, "NOUN"),
            ("des", "case", 3, "ADP"),
            ("exposants", "nmod", 1, "NOUN", "exposant"),
            ("sont", "aux:tense", 5, "AUX"),
            ("repartis", "ROOT", 5, "VERB"),
        ],
        ("La plupart des exposants", "plural"),
    ),
    # a pronoun that is no quantity stays no phrase ("Chacun de ses amis")
    (
        [
            ("Chacun", "nsubj", 4, "PRON"),
            ("de", "case", 3, "ADP"),
            ("ses", "det", 3, "DET"),
            ("amis", "nmod", 0, "NOUN", "ami"),
            ("parle", "ROOT", 4, "VERB"),
        ],
        None,
    ),
    # a pronoun or a name is no phrase to restore
    ([("Il", "nsubj", 1, "PRON"), ("parle", "ROOT", 1, "VERB")], None),
    ([("Poutine", "nsubj", 1, "PROPN"), ("parle", "ROOT", 1, "VERB")], None),
]


@pytest.mark.parametrize(("rows", "expected"), SUBJECTS)
def test_subject_of_a_sentence_before(rows, expected):
    assert titles.subject_phrase(stored(rows)) == expected
