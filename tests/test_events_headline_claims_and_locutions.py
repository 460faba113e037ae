"""A headline keeps what its clause says and its phrases whole (issue 9: never cut
mid-phrase, no reference the reader has not seen; dev29's headlines): a fixed locution of a
word said twice around a preposition and an article ("main dans la main", never "main"), a
place's name the recogniser read whole ("à Abou Dhabi", never "à Abou"), a relative clause
whose subject the parser made its head ("les réfugiés à qui la Grèce a fermé ses frontières
sont arrivés", never "les réfugiés ont fermé leurs frontières sont arrivés"), the subject of
the main clause after a subordinate opening that the parser made that clause's object
("alors que ..., le président du Sénat lui a dit", never "Que ..., le président du Sénat"),
the conditional of a saying that another source relays ("D'après Le Figaro, X a fait
savoir qu'il fermerait": "X fermerait", never "fermera"), and a word opening the sentence
before the speaker's subject that the recogniser read as a person ("Assis à ses côtés, X a
déclaré": never "Assis :"). Invented French; the parses are the parser's readings of such
sentences (dev29's shapes)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of, title_of, titles_holding
from essai_parse import clause, span

from timeline.events import titles
from timeline.events.headline import headlines

# "Le maire a dit vouloir travailler « main dans la main » avec son voisin, estimant que la
# crise pouvait servir la ville." (the second "main" a complement of the verb)
HAND_IN_HAND = [
    ("Le", "det", "DET", 1),
    ("maire", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("dit/dire", "ROOT", "VERB", 3),
    ("vouloir/vouloir", "xcomp", "VERB", 3),
    ("travailler/travailler", "xcomp", "VERB", 4),
    ("«", "punct", "PUNCT", 5),
    ("main", "obj", "NOUN", 5),
    ("dans", "case", "ADP", 10),
    ("la", "det", "DET", 10),
    ("main", "obl:mod", "NOUN", 5),
    ("»", "punct", "PUNCT", 5),
    ("avec", "case", "ADP", 14),
    ("son", "det", "DET", 14),
    ("voisin+", "obl:mod", "NOUN", 5),
    (",", "punct", "PUNCT", 4),
    ("estimant/estimer", "advcl", "VERB", 4),
    ("que", "mark", "SCONJ", 20),
    ("la", "det", "DET", 19),
    ("crise", "nsubj", "NOUN", 20),
    ("pouvait/pouvoir", "ccomp", "VERB", 16),
    ("servir/servir", "xcomp", "VERB", 20),
    ("la", "det", "DET", 23),
    ("ville+", "obj", "NOUN", 21),
    (".", "punct", "PUNCT", 3),
]

# "Les deux candidats se sont regardés les yeux dans les yeux pendant tout le débat
# télévisé de mardi soir." (an article before each half)
EYE_TO_EYE = [
    ("Les", "det", "DET", 2),
    ("deux", "nummod", "NUM", 2),
    ("candidats", "nsubj", "NOUN", 5),
    ("se", "expl:comp", "PRON", 5),
    ("sont/être", "aux:tense", "AUX", 5),
    ("regardés/regarder", "ROOT", "VERB", 5),
    ("les", "det", "DET", 7),
    ("yeux", "obj", "NOUN", 5),
    ("dans", "case", "ADP", 10),
    ("les", "det", "DET", 10),
    ("yeux", "obl:mod", "NOUN", 5),
    ("pendant", "case", "ADP", 14),
    ("tout", "det", "DET", 14),
    ("le", "det", "DET", 14),
    ("débat", "obl:mod", "NOUN", 5),
    ("télévisé", "amod", "ADJ", 14),
    ("de", "case", "ADP", 17),
    ("mardi", "nmod", "NOUN", 14),
    ("soir+", "nmod", "NOUN", 17),
    (".", "punct", "PUNCT", 5),
]

# "Les loyers des logements sociaux et des appartements privés de la métropole lyonnaise ont
# augmenté mois après mois depuis le début de la crise." (no article; the second "mois" an
# adverbial the cut to length takes)
MONTH_AFTER_MONTH = [
    ("Les", "det", "DET", 1),
    ("loyers", "nsubj", "NOUN", 14),
    ("des", "case", "ADP", 3),
    ("logements", "nmod", "NOUN", 1),
    ("sociaux", "amod", "ADJ", 3),
    ("et", "cc", "CCONJ", 7),
    ("des", "case", "ADP", 7),
    ("appartements", "conj", "NOUN", 3),
    ("privés", "amod", "ADJ", 7),
    ("de", "case", "ADP", 11),
    ("la", "det", "DET", 11),
    ("métropole", "nmod", "NOUN", 7),
    ("lyonnaise", "amod", "ADJ", 11),
    ("ont/avoir", "aux:tense", "AUX", 14),
    ("augmenté/augmenter", "ROOT", "VERB", 14),
    ("mois", "obl:mod", "NOUN", 14),
    ("après", "case", "ADP", 17),
    ("mois", "obl:mod", "NOUN", 14),
    ("depuis", "case", "ADP", 20),
    ("le", "det", "DET", 20),
    ("début", "obl:mod", "NOUN", 14),
    ("de", "case", "ADP", 23),
    ("la", "det", "DET", 23),
    ("crise+", "nmod", "NOUN", 20),
    (".", "punct", "PUNCT", 14),
]


@pytest.mark.parametrize(
    ("rows", "locution"),
    [
        (HAND_IN_HAND, "«main dans la main»"),
        (EYE_TO_EYE, "les yeux dans les yeux"),
        (MONTH_AFTER_MONTH, "augmenté mois après mois"),
    ],
)
def test_a_word_said_twice_around_a_preposition_and_an_article_is_one_locution(rows, locution):
    alone, after_name = headlines(clause(rows), [])
    for headline in (alone, after_name):
        assert locution in headline


# "Le voilier s'est amarré mardi 26 juillet à Abou Dhabi à 6 h 10, heure locale." ("Dhabi"
# read as an adverb of the hour, cut with it)
MOORED = [
    ("Le", "det", "DET", 1),
    ("voilier", "nsubj", "NOUN", 4),
    ("s'+", "expl:comp", "PRON", 4),
    ("est/être", "aux:tense", "AUX", 4),
    ("amarré/amarrer", "ROOT", "VERB", 4),
    ("mardi", "obl:mod", "NOUN", 4),
    ("26", "nmod", "NUM", 5),
    ("juillet", "nmod", "NOUN", 6),
    ("à", "case", "ADP", 9),
    ("Abou", "obl:mod", "PROPN", 4),
    ("Dhabi", "case", "ADV", 13),
    ("à", "case", "ADP", 13),
    ("6", "nummod", "NUM", 13),
    ("h", "obl:mod", "NOUN", 4),
    ("10+", "nmod", "NOUN", 13),
    (",", "punct", "PUNCT", 4),
    ("heure", "obl:mod", "NOUN", 4),
    ("locale+", "amod", "ADJ", 16),
    (".", "punct", "PUNCT", 4),
]


def test_a_place_the_recogniser_read_whole_is_cut_whole():
    parsed = clause(MOORED)
    dates = [span(parsed, "mardi 26 juillet"), span(parsed, "6 h 10")]
    alone, _ = headlines(parsed, dates, said=False, places=[span(parsed, "Abou Dhabi")])
    assert "à Abou Dhabi" in alone
    # the parser's reading alone cuts the name with the hour
    unread, _ = headlines(parsed, dates, said=False)
    assert unread.rstrip(".").endswith("à Abou")


# "Partis de Libye dans la nuit du 9 au 10 juin, les réfugiés à qui la Grèce et la Turquie
# ont fermé leurs frontières sont tous arrivés en Allemagne." (the relative's subject read as
# the relative, its verb as the root, the main verb a conjunct of it)
CLOSED_TO = [
    ("Partis/partir", "advcl", "VERB", 14),
    ("de", "case", "ADP", 2),
    ("Libye", "obl:mod", "PROPN", 0),
    (",", "punct", "PUNCT", 14),
    ("les", "det", "DET", 5),
    ("réfugiés", "nsubj", "NOUN", 14),
    ("à", "case", "ADP", 7),
    ("qui", "obl:mod", "PRON", 9),
    ("la", "det", "DET", 9),
    ("Grèce", "acl:relcl", "PROPN", 5),
    ("et", "cc", "CCONJ", 12),
    ("la", "det", "DET", 12),
    ("Turquie", "conj", "PROPN", 9),
    ("ont/avoir", "aux:tense", "AUX", 14),
    ("fermé/fermer", "ROOT", "VERB", 14),
    ("leurs", "det", "DET", 16),
    ("frontières", "obj", "NOUN", 14),
    ("sont/être", "aux:tense", "AUX", 19),
    ("tous", "advmod", "ADJ", 19),
    ("arrivés/arriver", "conj", "VERB", 14),
    ("en", "case", "ADP", 21),
    ("Allemagne+", "obl:mod", "PROPN", 19),
    (".", "punct", "PUNCT", 14),
]


def test_a_relative_whose_subject_the_parser_made_its_head_is_the_subject_s():
    alone, _ = headlines(clause(CLOSED_TO), [], said=False)
    assert "les réfugiés" in alone.lower()
    assert "sont tous arrivés en Allemagne" in alone
    assert "ont fermé" not in alone


# "Lundi soir, alors que M. Durand survolait la baie, le président du Sénat Paul Morel lui a
# dit sa « profonde admiration »." (the main clause's subject read as the subordinate verb's
# object, its verb as a relative of that noun)
ADMIRED = [
    ("Lundi", "obl:mod", "NOUN", 7),
    ("soir+", "nmod", "NOUN", 0),
    (",", "punct", "PUNCT", 0),
    ("alors", "mark", "ADV", 7),
    ("que", "fixed", "SCONJ", 3),
    ("M.", "nsubj", "NOUN", 7),
    ("Durand", "flat:name", "PROPN", 5),
    ("survolait/survoler", "ROOT", "VERB", 7),
    ("la", "det", "DET", 9),
    ("baie+", "obj", "NOUN", 7),
    (",", "punct", "PUNCT", 7),
    ("le", "det", "DET", 12),
    ("président", "obj", "NOUN", 7),
    ("du", "case", "ADP", 14),
    ("Sénat", "nmod", "PROPN", 12),
    ("Paul", "appos", "PROPN", 12),
    ("Morel", "flat:name", "PROPN", 15),
    ("lui", "dep", "PRON", 19),
    ("a/avoir", "aux:tense", "AUX", 19),
    ("dit/dire", "acl:relcl", "VERB", 12),
    ("sa", "det", "DET", 23),
    ("«", "punct", "PUNCT", 22),
    ("profonde", "amod", "ADJ", 23),
    ("admiration", "obj", "NOUN", 19),
    ("»+", "punct", "PUNCT", 23),
    (".", "punct", "PUNCT", 7),
]

# "Mardi, alors que les pompiers quittaient les lieux, le préfet du Gard a remis son
# rapport." (the parser's own reading: the subject found, nothing to repair)
HANDED = [
    ("Mardi+", "obl:mod", "NOUN", 12),
    (",", "punct", "PUNCT", 12),
    ("alors", "mark", "ADV", 5),
    ("que", "fixed", "SCONJ", 2),
    ("les", "det", "DET", 5),
    ("pompiers", "nsubj", "NOUN", 6),
    ("quittaient/quitter", "advcl", "VERB", 12),
    ("les", "det", "DET", 8),
    ("lieux+", "obj", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("le", "det", "DET", 11),
    ("préfet", "nsubj", "NOUN", 12),
    ("remet/remettre", "ROOT", "VERB", 12),
    ("son", "det", "DET", 14),
    ("rapport+", "obj", "NOUN", 12),
    (".", "punct", "PUNCT", 12),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (ADMIRED, "le président du Sénat"),
        (HANDED, "le préfet remet son rapport"),
    ],
)
def test_the_subject_after_a_subordinate_opening_heads_the_headline(rows, expected):
    alone, _ = headlines(clause(rows), [], said=False)
    assert alone.lower().startswith(expected.lower())
    assert "alors" not in alone and "que" not in alone.split()


# (the sentence, the words of the event's sentence, its title): the conditional of a
# saying relayed by another source is kept; told by its speaker alone, it is the future
RELAYED = [
    (
        "Le quotidien a publié une enquête sur les ports. D'après Le Figaro, le ministre des "
        "Transports, Jean Morel, a fait savoir qu'il fermerait le port de Sète aux navires "
        "étrangers.",
        "fermerait",
        "Morel fermerait le port de Sète aux navires étrangers",
    ),
    (
        "Le quotidien a publié une enquête sur les ports. Selon l'agence Reuters, la ministre "
        "Anne Roux a indiqué qu'elle supprimerait trois lignes de ferry.",
        "supprimerait",
        "Roux supprimerait trois lignes de ferry",
    ),
    (
        "Le quotidien a publié une enquête sur les ports. La ministre Anne Roux a indiqué "
        "qu'elle supprimerait trois lignes de ferry.",
        "supprimerait",
        "Roux supprimera trois lignes de ferry",
    ),
]


@pytest.mark.parametrize(("body", "words", "title"), RELAYED)
def test_the_conditional_of_a_relayed_saying_is_kept(tmp_path, body, words, title):
    assert titles_holding(tmp_path, body, "2021-03-02", words) == [title]


# (the sentence, the word opening it, is it set before the speaker's subject)
FRONTED = [
    ("Assis à ses côtés, Jean Morel a déclaré que la route avait été longue.", "Assis", True),
    (
        "Lundi, la préfecture du Var avait annoncé que Paul Morel quitterait ses fonctions.",
        "Lundi",
        True,
    ),
    ("Morel, lui, a déclaré que la route avait été longue.", "Morel", False),
    ("Morel, maire de Lyon, a déclaré que la route avait été longue.", "Morel", False),
    ("Morel a déclaré que la route avait été longue.", "Morel", False),
]


@pytest.mark.parametrize(("text", "word", "fronted"), FRONTED)
def test_a_word_set_before_the_speakers_subject_is_no_speaker(text, word, fronted):
    sentence = sentence_of(text, "2021-03-02", word)
    assert sentence.report is not None
    start = sentence.start + sentence.text.index(word)
    assert titles.fronted_word(sentence, start, start + len(word)) is fronted


def test_a_fronted_participle_read_as_a_person_does_not_label_the_headline(tmp_path):
    body = (
        "La rencontre a eu lieu mardi à Séoul. Assis à ses côtés, Jean Morel a déclaré mardi "
        "que les négociations reprendraient en mars."
    )
    assert title_of(tmp_path, body, "2021-03-02", "Assis") == "Morel : les négociations reprendront"


# (the article, the words of the event's sentence, its title): "ils" after a subject of two
# parts joined by "et" stands for both, as a headline opens with them (appositions left
# out; each part's determiner and noun when both are too long), not for the body that said
# it ("La gendarmerie a indiqué qu'ils ...")
COORDINATED = [
    (
        "Samedi, un homme de 40 ans et une femme d'une vingtaine d'années ont été retrouvés "
        "blessés au pied d'une falaise de Crozon. La gendarmerie a indiqué qu'ils avaient été "
        "transportés à l'hôpital de Brest.",
        "2021-03-07",
        "transportés",
        "Un homme et une femme ont été transportés à l'hôpital de Brest",
    ),
    (
        "Jeudi, Paul Morel, 70 ans, et sa fille Anne, 35 ans, ont été secourus par un "
        "hélicoptère dans le massif du Vercors. Vendredi, ils étaient toujours hospitalisés à "
        "Grenoble dans un état grave.",
        "2021-03-06",
        "hospitalisés",
        "Paul Morel et sa fille Anne étaient toujours hospitalisés à Grenoble",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), COORDINATED)
def test_a_plural_pronoun_after_a_coordinated_subject_stands_for_it(
    tmp_path, body, published, words, title
):
    assert titles_holding(tmp_path, body, published, words) == [title]


# "Un homme de 66 ans et une femme ont été découverts." / "Le maire a été réélu." (one part:
# as before)
TWO_PARTS = [
    ("Un", "det", "DET", 1),
    ("homme", "nsubj:pass", "NOUN", 10),
    ("de", "case", "ADP", 4),
    ("66", "nummod", "NUM", 4),
    ("ans", "nmod", "NOUN", 1),
    ("et", "cc", "CCONJ", 7),
    ("une", "det", "DET", 7),
    ("femme", "conj", "NOUN", 1),
    ("ont/avoir", "aux:tense", "AUX", 10),
    ("été/être", "aux:pass", "AUX", 10),
    ("découverts+/découvrir", "ROOT", "VERB", 10),
    (".", "punct", "PUNCT", 10),
]
ONE_PART = [
    ("Le", "det", "DET", 1),
    ("maire", "nsubj:pass", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("réélu+/réélire", "ROOT", "VERB", 4),
    (".", "punct", "PUNCT", 4),
]


@pytest.mark.parametrize(
    ("rows", "phrase"),
    [
        (TWO_PARTS, ("Un homme de 66 ans et une femme", "plural")),
        (ONE_PART, ("Le maire", "singular")),
    ],
)
def test_a_subject_of_two_parts_is_one_plural_phrase(rows, phrase):
    assert titles.subject_phrase(clause(rows)) == phrase


# "Mardi 14, le ministre avait parlé du « courage » des pompiers." (the tagger's time
# "Mardi", the day's number hung on it)
SPOKE = [
    ("Mardi", "obl:mod", "NOUN", 7),
    ("14+", "nmod", "NUM", 0),
    (",", "punct", "PUNCT", 7),
    ("le", "det", "DET", 4),
    ("ministre", "nsubj", "NOUN", 7),
    ("avait/avoir", "aux:tense", "AUX", 7),
    ("longuement", "advmod", "ADV", 7),
    ("parlé/parler", "ROOT", "VERB", 7),
    ("du", "case", "ADP", 10),
    ("«", "punct", "PUNCT", 10),
    ("courage", "obl:arg", "NOUN", 7),
    ("»", "punct", "PUNCT", 10),
    ("des", "case", "ADP", 13),
    ("pompiers+", "nmod", "NOUN", 10),
    (".", "punct", "PUNCT", 7),
]


def test_a_days_number_after_its_weekday_goes_with_it():
    parsed = clause(SPOKE)
    alone, _ = headlines(parsed, [span(parsed, "Mardi")], said=False)
    assert alone.startswith("le ministre avait longuement parlé")


# "Devant les journalistes, le maire de Lyon et la présidente de la région ont répondu aux
# questions." (the first part of the subject read as an apposition of the leading phrase,
# that phrase a root of its own)
ANSWERED = [
    ("Devant", "case", "ADP", 2),
    ("les", "det", "DET", 2),
    ("journalistes+", "ROOT", "NOUN", 2),
    (",", "punct", "PUNCT", 2),
    ("le", "det", "DET", 5),
    ("maire", "appos", "NOUN", 2),
    ("de", "case", "ADP", 7),
    ("Lyon", "nmod", "PROPN", 5),
    ("et", "cc", "CCONJ", 16),
    ("la", "det", "DET", 10),
    ("présidente", "nsubj", "NOUN", 16),
    ("de", "case", "ADP", 13),
    ("la", "det", "DET", 13),
    ("région", "nmod", "NOUN", 10),
    ("ont/avoir", "aux:tense", "AUX", 16),
    ("longuement", "advmod", "ADV", 16),
    ("répondu/répondre", "ROOT", "VERB", 16),
    ("aux", "case", "ADP", 18),
    ("questions+", "obl:arg", "NOUN", 16),
    (".", "punct", "PUNCT", 16),
]


def test_a_subject_split_at_the_leading_phrases_comma_is_whole():
    alone, _ = headlines(clause(ANSWERED), [], said=False)
    assert "le maire de Lyon et la présidente de la région ont" in alone
    assert not alone.startswith("Devant les journalistes, et")


# "deux randonneurs avaient été retrouvés épuisés et qu'ils étaient « dans un état
# préoccupant »." (what a reporting clause reports: the opening mark read as a conjunct
# with the conjunction, the subject and the copula, the quoted words the verb's complement)
FOUND = [
    ("deux", "nummod", "NUM", 1),
    ("randonneurs", "nsubj:pass", "NOUN", 4),
    ("avaient/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("retrouvés/retrouver", "ROOT", "VERB", 4),
    ("épuisés", "xcomp", "ADJ", 4),
    ("et", "cc", "CCONJ", 10),
    ("qu'+", "mark", "SCONJ", 10),
    ("ils", "nsubj", "PRON", 10),
    ("étaient/être", "cop", "AUX", 10),
    ("«", "conj", "PUNCT", 4),
    ("dans", "case", "ADP", 13),
    ("un", "det", "DET", 13),
    ("état", "obl:mod", "NOUN", 4),
    ("préoccupant", "amod", "ADJ", 13),
    ("»+", "punct", "PUNCT", 4),
    (".", "punct", "PUNCT", 4),
]


def test_a_predicate_opening_on_a_quotation_mark_heads_its_clause():
    alone, _ = headlines(clause(FOUND), [], said=False)
    assert alone.rstrip(".").endswith(("retrouvés épuisés", "«dans un état préoccupant»"))
    assert not alone.rstrip(".").endswith("étaient")


# "Le préfet a été reçu au ministère ce mercredi 13 au matin." (the tagger's time "ce
# mercredi"; the day's number hung on it, the part of the day on the weekday)
RECEIVED = [
    ("Le", "det", "DET", 1),
    ("préfet", "nsubj:pass", "NOUN", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("été/être", "aux:pass", "AUX", 4),
    ("reçu/recevoir", "ROOT", "VERB", 4),
    ("au", "case", "ADP", 6),
    ("ministère", "obl:mod", "NOUN", 4),
    ("ce", "det", "DET", 8),
    ("mercredi", "obl:mod", "NOUN", 4),
    ("13", "nmod", "NUM", 8),
    ("au", "case", "ADP", 11),
    ("matin+", "nmod", "NOUN", 8),
    (".", "punct", "PUNCT", 4),
]


def test_a_days_number_and_part_of_the_day_go_with_their_weekday():
    parsed = clause(RECEIVED)
    alone, _ = headlines(parsed, [span(parsed, "ce mercredi")], said=False)
    assert alone.rstrip(".") == "Le préfet a été reçu au ministère"


# "Le voilier a accosté mardi à Brest, où son équipage a achevé un tour du monde, a
# constaté un journaliste de l'AFP." (a witness's credit set after what it saw, made the root)
WITNESSED = [
    ("Le", "det", "DET", 1),
    ("voilier", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("accosté/accoster", "advcl", "VERB", 19),
    ("mardi", "obl:mod", "NOUN", 3),
    ("à", "case", "ADP", 6),
    ("Brest+", "obl:mod", "PROPN", 3),
    (",", "punct", "PUNCT", 3),
    ("où", "advmod", "PRON", 12),
    ("son", "det", "DET", 10),
    ("équipage", "nsubj", "NOUN", 12),
    ("a/avoir", "aux:tense", "AUX", 12),
    ("achevé/achever", "acl:relcl", "VERB", 6),
    ("un", "det", "DET", 14),
    ("tour", "obj", "NOUN", 12),
    ("du", "case", "ADP", 16),
    ("monde+", "nmod", "NOUN", 14),
    (",", "punct", "PUNCT", 19),
    ("a/avoir", "aux:tense", "AUX", 19),
    ("constaté/constater", "ROOT", "VERB", 19),
    ("un", "det", "DET", 21),
    ("journaliste", "obj", "NOUN", 19),
    ("de", "case", "ADP", 24),
    ("l'+", "det", "DET", 24),
    ("AFP+", "nmod", "PROPN", 21),
    (".", "punct", "PUNCT", 19),
]


def test_a_witness_credit_set_after_what_it_saw_is_not_the_headline():
    parsed = clause(WITNESSED)
    alone, _ = headlines(parsed, [span(parsed, "mardi")], said=False)
    assert alone.startswith("Le voilier a accosté à Brest")
    assert "constaté" not in alone


# "ce qui s'est produit doit servir de « leçon » aux élus." (what a reporting clause
# reports: "ce" the subject, its relative clause what it stands for)
HAPPENED = [
    ("ce", "nsubj", "PRON", 5),
    ("qui", "nsubj", "PRON", 4),
    ("s'+", "expl:comp", "PRON", 4),
    ("est/être", "aux:tense", "AUX", 4),
    ("produit/produire", "acl:relcl", "VERB", 0),
    ("doit/devoir", "ROOT", "VERB", 5),
    ("servir/servir", "xcomp", "VERB", 5),
    ("de", "case", "ADP", 9),
    ("«", "punct", "PUNCT", 9),
    ("leçon", "obl:arg", "NOUN", 6),
    ("»", "punct", "PUNCT", 9),
    ("aux", "case", "ADP", 12),
    ("élus+", "obl:arg", "NOUN", 6),
    (".", "punct", "PUNCT", 5),
]


def test_the_pronoun_ce_keeps_its_relative():
    for headline in headlines(clause(HAPPENED), []):
        assert headline.startswith("ce qui s'est produit doit servir")


# "Les autres passagers étaient arrivés à Marseille dès l'aube à bord du Danielle, le ferry
# de la compagnie corse, au terme d'une traversée agitée." ("Danielle" a complement of the
# verb, "bord" another)
ABOARD = [
    ("Les", "det", "DET", 2),
    ("autres", "amod", "ADJ", 2),
    ("passagers", "nsubj", "NOUN", 4),
    ("étaient/être", "aux:tense", "AUX", 4),
    ("arrivés/arriver", "ROOT", "VERB", 4),
    ("à", "case", "ADP", 6),
    ("Marseille", "obl:arg", "PROPN", 4),
    ("dès", "case", "ADP", 9),
    ("l'+", "det", "DET", 9),
    ("aube", "obl:mod", "NOUN", 4),
    ("à", "case", "ADP", 11),
    ("bord", "obl:mod", "NOUN", 4),
    ("du", "case", "ADP", 13),
    ("Danielle+", "obl:arg", "PROPN", 4),
    (",", "punct", "PUNCT", 4),
    ("le", "det", "DET", 16),
    ("ferry", "obl:mod", "NOUN", 4),
    ("de", "case", "ADP", 19),
    ("la", "det", "DET", 19),
    ("compagnie", "nmod", "NOUN", 16),
    ("corse+", "amod", "ADJ", 19),
    (",", "punct", "PUNCT", 4),
    ("au", "case", "ADP", 23),
    ("terme", "obl:mod", "NOUN", 4),
    ("d'+", "case", "ADP", 26),
    ("une", "det", "DET", 26),
    ("traversée", "nmod", "NOUN", 23),
    ("agitée+", "amod", "ADJ", 26),
    (".", "punct", "PUNCT", 4),
]


def test_a_prepositional_locution_of_place_is_one_phrase():
    parsed = clause(ABOARD)
    dawn = (span(parsed, "dès")[0], span(parsed, "aube")[1])
    alone, _ = headlines(parsed, [dawn], said=False)
    assert "Marseille du" not in alone
    # the phrase was the verb's argument: the locution keeps its place
    assert "arrivés à Marseille à bord du Danielle" in alone
