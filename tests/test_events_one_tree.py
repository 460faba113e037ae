"""One parse tree per sentence (``nlp.parse``): the parser, left free, starts trees of its own
inside the sentences ``sentences`` gives it, between two words ("Le chef d'état-major | a
présenté ..."), and every cut is a root: the sentence loses its subject or its main verb.
It is parsed again with trees starting only after a mark that may end a sentence, and that
parse is kept when its head is a predicate the parser proposed itself. Then the headline
rules that read whole trees: a word written with a hyphen is one word, a dateline goes
whatever the parser made of it, a time set before another subject is no subject, a name
with no preposition is no adverbial, a participle's subject is its clause's. Invented
French sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of
from essai_parse import clause

from timeline.events.headline import headlines
from timeline.events.nlp import SKIPPED, get_nlp, parse, tree_starts


@pytest.mark.parametrize(
    ("words", "starts"),
    [
        # never between two words, nor after a comma, a dash or a hyphen
        (
            ["Le", "chef", "d'", "état", "-", "major", ",", "Paul", "Morel", ",", "a", "parlé"],
            [True] + [False] * 11,
        ),
        # after a quoted sentence's end, its closing mark passing it on
        (
            ["«", "Assez", "!", "»", "criaient", "-ils", "."],
            [True, True, False, True, True, False, False],
        ),
        # after a colon, its opening mark passing it on
        (
            ["Il", "a", "dit", ":", "«", "Nous", "partons", "»"],
            [True, False, False, False, True, True, False, False],
        ),
    ],
)
def test_a_tree_starts_only_after_a_mark_that_may_end_a_sentence(words, starts):
    assert tree_starts(words) == starts


def _heads(paragraph: str, sentence: str) -> list[str]:
    """The heads of the trees of ``sentence``'s parse in ``paragraph`` (punctuation apart)."""
    doc = next(get_nlp().pipe([paragraph], disable=list(SKIPPED)))
    at = paragraph.index(sentence)
    span = doc.char_span(at, at + len(sentence), alignment_mode="expand")
    (parsed,) = parse([span])
    return [t.text for t in parsed if t.head.i == t.i and t.pos_ != "PUNCT"]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # the parser left free cuts each of these in two trees (the subject's, the verb's)
        ("Le chef d'état-major de la marine nationale a présenté sa démission mardi.", "présenté"),
        ("Montpellier, Sète et Béziers ont été placées en vigilance rouge.", "placées"),
        (
            "Jean-Marc Dupuis, pour qui il est urgent que le budget soit voté d'ici jeudi, "
            "s'est rendu mardi matin à Matignon.",
            "rendu",
        ),
        (
            "Le Lion d'or, récompensant le meilleur film de la compétition, a été remis à Anna "
            "Berg, la jeune cinéaste de « Nuits ».",
            "remis",
        ),
    ],
)
def test_a_sentence_is_one_tree_under_its_verb(sentence, head):
    assert _heads(sentence, sentence) == [head]


def titles_of(tmp_path: Path, body: str, published: str) -> dict[str, str]:
    """sentence -> the title of the event citing it first."""
    chronology = chronology_of(tmp_path, body, published)
    return {e.sources[0].sentence: e.title for e in chronology.events}


# (body, publication day, words of the sentence, how its title opens, what it must not hold)
WHOLE_TREES = [
    # a participle's subject is the main verb's
    (
        "Le Lion d'or, récompensant le meilleur film de la compétition, a été remis à Anna "
        "Berg, la jeune cinéaste de « Nuits ».",
        "2021-09-12",
        "Lion d'or",
        "Le Lion d'or a été remis à Anna Berg",
        "récompensant",
    ),
    # a time set before another subject is an adverbial: it goes
    (
        "« Cette nuit, nous n'avons rien pu faire pour eux », a déclaré lundi à l'AFP Marc "
        "Girod, un responsable des secours.",
        "2021-03-09",
        "rien pu faire",
        "Girod : nous n'avons rien pu faire",
        "Cette nuit",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title", "absent"), WHOLE_TREES)
def test_headlines_read_whole_trees(tmp_path, body, published, words, title, absent):
    found = [t for sentence, t in titles_of(tmp_path, body, published).items() if words in sentence]
    assert found, "no event for the sentence"
    assert found[0].startswith(title)
    assert absent not in found[0]


# "L'état-major de la marine nationale a rejeté la proposition de loi du gouvernement sur
# les retraites.", the tokenizer cutting "état-major", the parser hanging "état" as an
# adverbial: the word goes or stays whole
HYPHENATED = [
    ("L'+", "det", "DET", 1),
    ("état+", "obl:mod", "NOUN", 9),
    ("-+", "punct", "PUNCT", 9),
    ("major", "nsubj", "NOUN", 9),
    ("de", "case", "ADP", 6),
    ("la", "det", "DET", 6),
    ("marine", "nmod", "NOUN", 3),
    ("nationale", "amod", "ADJ", 6),
    ("a", "aux:tense", "AUX", 9),
    ("rejeté", "ROOT", "VERB", 9),
    ("la", "det", "DET", 11),
    ("proposition", "obj", "NOUN", 9),
    ("de", "case", "ADP", 13),
    ("loi", "nmod", "NOUN", 11),
    ("du", "case", "ADP", 15),
    ("gouvernement", "nmod", "NOUN", 11),
    ("sur", "case", "ADP", 18),
    ("les", "det", "DET", 18),
    ("retraites", "nmod", "NOUN", 11),
    (".", "punct", "PUNCT", 9),
]

# "Nous avons gagné la coupe. Ce soir on fait la fête.": two quoted sentences
TWO_SENTENCES = [
    ("Nous", "nsubj", "PRON", 2),
    ("avons", "aux:tense", "AUX", 2),
    ("gagné", "ROOT", "VERB", 2),
    ("la", "det", "DET", 4),
    ("coupe", "obj", "NOUN", 2),
    (".", "punct", "PUNCT", 2),
    ("Ce", "det", "DET", 7),
    ("soir", "obl:mod", "NOUN", 9),
    ("on", "nsubj", "PRON", 9),
    ("fait", "ROOT", "VERB", 9),
    ("la", "det", "DET", 11),
    ("fête", "obj", "NOUN", 9),
    (".", "punct", "PUNCT", 9),
]

# "Mauvaise surprise au stade : douze sièges ont été arrachés.", the phrase before the
# colon read as a second subject
COLON_LEAD = [
    ("Mauvaise", "amod", "ADJ", 1),
    ("surprise", "nsubj:pass", "NOUN", 9),
    ("au", "case", "ADP", 3),
    ("stade", "nmod", "NOUN", 1),
    (":", "punct", "PUNCT", 1),
    ("douze", "nummod", "NUM", 6),
    ("sièges", "nsubj:pass", "NOUN", 9),
    ("ont", "aux:tense", "AUX", 9),
    ("été", "aux:pass", "AUX", 9),
    ("arrachés", "ROOT", "VERB", 9),
    (".", "punct", "PUNCT", 9),
]

# "Selon la préfecture, environ 40 maisons et deux écoles ont été inondées.", the subject
# hung as a conjunct on the leading adverbial
SUBJECT_AS_CONJUNCT = [
    ("Selon", "case", "ADP", 2),
    ("la", "det", "DET", 2),
    ("préfecture", "obl:mod", "NOUN", 12),
    (",", "punct", "PUNCT", 6),
    ("environ", "advmod", "ADV", 6),
    ("40", "nummod", "NUM", 6),
    ("maisons", "conj", "NOUN", 2),
    ("et", "cc", "CCONJ", 9),
    ("deux", "nummod", "NUM", 9),
    ("écoles", "conj", "NOUN", 2),
    ("ont", "aux:tense", "AUX", 12),
    ("été", "aux:pass", "AUX", 12),
    ("inondées", "ROOT", "VERB", 12),
    (".", "punct", "PUNCT", 12),
]

# "Le Lion d'or, récompensant le meilleur film de la compétition, a été remis à Anna
# Berg.", the subject hung on the participle
PARTICIPLE_SUBJECT = [
    ("Le", "det", "DET", 1),
    ("Lion", "nsubj", "NOUN", 5),
    ("d'+", "case", "ADP", 3),
    ("or", "nmod", "NOUN", 1),
    (",", "punct", "PUNCT", 5),
    ("récompensant", "advcl", "VERB", 15),
    ("le", "det", "DET", 8),
    ("meilleur", "amod", "ADJ", 8),
    ("film", "obj", "NOUN", 5),
    ("de", "case", "ADP", 11),
    ("la", "det", "DET", 11),
    ("compétition", "nmod", "NOUN", 8),
    (",", "punct", "PUNCT", 15),
    ("a", "aux:tense", "AUX", 15),
    ("été", "aux:pass", "AUX", 15),
    ("remis", "ROOT", "VERB", 15),
    ("à", "case", "ADP", 17),
    ("Anna", "obl:arg", "PROPN", 15),
    ("Berg", "flat:name", "PROPN", 17),
    (".", "punct", "PUNCT", 15),
]

# "Nous savons à quel point les négociations - salariales - sont difficiles.", the
# object's predicate read as an adverbial clause
OBJECT_PREDICATE = [
    ("Nous", "nsubj", "PRON", 1),
    ("savons", "ROOT", "VERB", 1),
    ("à", "case", "ADP", 4),
    ("quel", "det", "DET", 4),
    ("point", "obl:mod", "NOUN", 1),
    ("les", "det", "DET", 6),
    ("négociations", "obj", "NOUN", 1),
    ("-", "punct", "PUNCT", 8),
    ("salariales", "amod", "ADJ", 6),
    ("-", "punct", "PUNCT", 11),
    ("sont", "cop", "AUX", 11),
    ("difficiles", "advcl", "ADJ", 1),
    ("pour", "case", "ADP", 15),
    ("les", "det", "DET", 15),
    ("deux", "nummod", "NUM", 15),
    ("syndicats", "obl:mod", "NOUN", 11),
    (".", "punct", "PUNCT", 1),
]


@pytest.mark.parametrize(
    ("rows", "opening", "absent"),
    [
        (HYPHENATED, "L'état-major de la marine nationale a rejeté", "Major"),
        (TWO_SENTENCES, "Nous avons gagné la coupe", "on fait"),
        (COLON_LEAD, "douze sièges ont été arrachés", "surprise"),
        (SUBJECT_AS_CONJUNCT, "environ 40 maisons et deux écoles ont été inondées", "Selon"),
        (PARTICIPLE_SUBJECT, "Le Lion d'or a été remis à Anna Berg", "récompensant"),
    ],
)
def test_headlines_of_whole_trees(rows, opening, absent):
    alone, _ = headlines(clause(rows), [])
    assert alone.startswith(opening)
    assert absent not in alone


def test_the_predicate_of_an_object_stays():
    alone, _ = headlines(clause(OBJECT_PREDICATE), [])
    assert "sont difficiles" in alone


def test_a_time_set_before_another_subject_goes():
    # "Cette nuit, nous avons sauvé trois personnes.", "nuit" read as a subject
    rows = [
        ("Cette", "det", "DET", 1),
        ("nuit", "nsubj", "NOUN", 5),
        (",", "punct", "PUNCT", 5),
        ("nous", "nsubj", "PRON", 5),
        ("avons", "aux:tense", "AUX", 5),
        ("sauvé", "ROOT", "VERB", 5),
        ("trois", "nummod", "NUM", 7),
        ("personnes", "obj", "NOUN", 5),
        (".", "punct", "PUNCT", 5),
    ]
    alone, _ = headlines(clause(rows), [(0, len("Cette nuit"))])
    assert alone.rstrip(".") == "nous avons sauvé trois personnes"
    # the time alone before its verb is what the clause is about
    rows[3:5] = [("était", "cop", "AUX", 4), ("longue", "ROOT", "ADJ", 4)]
    alone, _ = headlines(clause(rows[:5]), [(0, len("Cette nuit"))])
    assert alone.startswith("Cette nuit")


def test_a_dateline_goes_whatever_the_parser_made_of_it():
    # "EFFET PAPILLON - Endettée, la compagnie Air Nova a annoncé sa liquidation.", the
    # dateline read as the subject
    rows = [
        ("EFFET", "nsubj", "NOUN", 10),
        ("PAPILLON", "amod", "ADJ", 0),
        ("-", "punct", "PUNCT", 0),
        ("Endettée", "advcl", "VERB", 10),
        (",", "punct", "PUNCT", 3),
        ("la", "det", "DET", 6),
        ("compagnie", "nsubj", "NOUN", 10),
        ("Air", "appos", "PROPN", 6),
        ("Nova", "flat:name", "PROPN", 7),
        ("a", "aux:tense", "AUX", 10),
        ("annoncé", "ROOT", "VERB", 10),
        ("sa", "det", "DET", 12),
        ("liquidation", "obj", "NOUN", 10),
        (".", "punct", "PUNCT", 10),
    ]
    alone, _ = headlines(clause(rows), [], dateline=len("EFFET PAPILLON - "))
    assert alone.rstrip(".") == "la compagnie Air Nova a annoncé sa liquidation"


def test_an_incise_of_reporting_read_as_a_second_clause_goes():
    # "Je viens d'apprendre que Marco va passer des radios, a repris Dupont.", the incise
    # read as a verb coordinated with the main one
    rows = [
        ("Je", "nsubj", "PRON", 1),
        ("viens", "ROOT", "VERB", 1),
        ("d'+", "mark", "ADP", 3),
        ("apprendre", "xcomp", "VERB", 1),
        ("que", "mark", "SCONJ", 6),
        ("Marco", "nsubj", "PROPN", 6),
        ("va", "ccomp", "VERB", 3),
        ("passer", "xcomp", "VERB", 6),
        ("des", "det", "DET", 9),
        ("radios", "obj", "NOUN", 7),
        (",", "punct", "PUNCT", 12),
        ("a", "aux:tense", "AUX", 12),
        ("repris", "conj", "VERB", 1),
        ("Dupont", "nsubj", "PROPN", 12),
        (".", "punct", "PUNCT", 1),
    ]
    alone, _ = headlines(clause(rows), [])
    assert alone.rstrip(".") == "Je viens d'apprendre que Marco va passer des radios"


def test_a_copular_verbs_attribute_stays():
    # "Le long manteau ou encore le tailleur à fines rayures de la grande maison parisienne
    # sont devenus des valeurs sûres de la mode.", the attribute read as a complement
    rows = [
        ("Le", "det", "DET", 2),
        ("long", "amod", "ADJ", 2),
        ("manteau", "nsubj", "NOUN", 16),
        ("ou", "cc", "CCONJ", 6),
        ("encore", "advmod", "ADV", 6),
        ("le", "det", "DET", 6),
        ("tailleur", "conj", "NOUN", 2),
        ("à", "case", "ADP", 9),
        ("fines", "amod", "ADJ", 9),
        ("rayures", "nmod", "NOUN", 6),
        ("de", "case", "ADP", 13),
        ("la", "det", "DET", 13),
        ("grande", "amod", "ADJ", 13),
        ("maison", "nmod", "NOUN", 6),
        ("parisienne", "amod", "ADJ", 13),
        ("sont", "aux:tense", "AUX", 16),
        ("devenus/devenir", "ROOT", "VERB", 16),
        ("des", "case", "ADP", 18),
        ("valeurs", "obl:arg", "NOUN", 16),
        ("sûres", "amod", "ADJ", 18),
        ("de", "case", "ADP", 21),
        ("la", "det", "DET", 21),
        ("mode", "nmod", "NOUN", 18),
        (".", "punct", "PUNCT", 16),
    ]
    alone, _ = headlines(clause(rows), [])
    assert "sont devenus des valeurs" in alone


def test_a_quoted_name_after_a_noun_goes_like_an_apposition():
    # "Le manteau à capuche et le tailleur à rayures « Maison Verte » sont devenus des
    # classiques incontournables de la mode parisienne.", the quoted name hung on the noun as
    # part of its name
    rows = [
        ("Le", "det", "DET", 1),
        ("manteau", "nsubj", "NOUN", 14),
        ("à", "case", "ADP", 3),
        ("capuche", "nmod", "NOUN", 1),
        ("et", "cc", "CCONJ", 6),
        ("le", "det", "DET", 6),
        ("tailleur", "conj", "NOUN", 1),
        ("à", "case", "ADP", 8),
        ("rayures", "nmod", "NOUN", 6),
        ("«", "punct", "PUNCT", 6),
        ("Maison", "flat:name", "PROPN", 6),
        ("Verte", "flat:name", "PROPN", 10),
        ("»", "punct", "PUNCT", 10),
        ("sont", "aux:tense", "AUX", 14),
        ("devenus/devenir", "ROOT", "VERB", 14),
        ("des", "case", "ADP", 16),
        ("classiques", "obl:arg", "NOUN", 14),
        ("incontournables", "amod", "ADJ", 16),
        ("de", "case", "ADP", 20),
        ("la", "det", "DET", 20),
        ("mode", "nmod", "NOUN", 16),
        ("parisienne", "amod", "ADJ", 20),
        (".", "punct", "PUNCT", 14),
    ]
    alone, _ = headlines(clause(rows), [])
    assert "Maison" not in alone
    assert "«" not in alone
    assert "sont devenus des classiques" in alone
