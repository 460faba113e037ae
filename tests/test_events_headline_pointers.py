"""A cut keeps what the verb needs and takes what points back by its smallest phrase (issue
9: a clause with its verb, no dangling reference, no hole): the main verb's last argument
goes only to bring a headline within its maximum ("ont décidé [de l'évacuation ...]", "a mis
en garde [contre un nouveau risque]"), never towards its target, nor because a word in it
points back (the title makes its demonstrative definite); the complement that tells which
the definite object is stays though it points back ("la suspension [de ces visites]" ->
"des visites"); a word that points back takes the smallest optional phrase holding it, a
participle or an adverb left bare with it ("vivant [dans ce quartier]", "lors [de ce
tour]"), and the aside between commas that holds it whole; a finite verb the parser hung on
a noun is no participle; a noun set right after its noun with no preposition, and the "de"
complement of a locution's noun ("à proximité du site"), are never cut alone; a filler the
parser read as an argument ("de son côté") is no argument; a cut never ends on an elided
word glued to a determiner ("victimes d'une"). Invented French; the parses are the parser's
readings (and misreadings) of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines


def spans(rows: list[tuple[str, str, str, int]], *words: str) -> list[tuple[int, int]]:
    """The character spans of ``words`` (time expressions) in the clause of ``rows``."""
    tokens = clause(rows)
    return [(t.idx, t.idx + len(t.text)) for t in tokens if t.text in words]


# "Le préfet du Finistère Jean Dupuis a mis en garde dimanche contre un nouveau risque de
# crue de l'Odet, qui toucherait cette fois le centre-ville de Quimper."
WARNED = [
    ("Le", "det", "DET", 1),
    ("préfet", "nsubj", "NOUN", 7),
    ("du", "case", "ADP", 3),
    ("Finistère", "nmod", "NOUN", 1),
    ("Jean", "appos", "PROPN", 1),
    ("Dupuis", "flat:name", "PROPN", 4),
    ("a/avoir", "aux:tense", "AUX", 7),
    ("mis/mettre", "ROOT", "VERB", 7),
    ("en", "case", "ADP", 9),
    ("garde", "obl:arg", "NOUN", 7),
    ("dimanche", "obl:mod", "NOUN", 7),
    ("contre", "case", "ADP", 14),
    ("un", "det", "DET", 14),
    ("nouveau", "amod", "ADJ", 14),
    ("risque", "obl:arg", "NOUN", 7),
    ("de", "case", "ADP", 16),
    ("crue", "nmod", "NOUN", 14),
    ("de", "case", "ADP", 19),
    ("l'+", "det", "DET", 19),
    ("Odet+", "nmod", "PROPN", 16),
    (",", "punct", "PUNCT", 14),
    ("qui", "nsubj", "PRON", 22),
    ("toucherait/toucher", "acl:relcl", "VERB", 14),
    ("cette", "det", "DET", 24),
    ("fois", "obl:mod", "NOUN", 22),
    ("le", "det", "DET", 26),
    ("centre+", "obj", "NOUN", 22),
    ("-+", "nmod", "NOUN", 26),
    ("ville", "nmod", "NOUN", 26),
    ("de", "case", "ADP", 30),
    ("Quimper+", "nmod", "PROPN", 28),
    (".", "punct", "PUNCT", 7),
]

# "Les autorités ont décidé de l'évacuation de milliers d'habitants résidant à moins de 10
# kilomètres de cette usine."
EVACUATION = [
    ("Les", "det", "DET", 1),
    ("autorités", "nsubj", "NOUN", 3),
    ("ont/avoir", "aux:tense", "AUX", 3),
    ("décidé/décider", "ROOT", "VERB", 3),
    ("de", "case", "ADP", 6),
    ("l'+", "det", "DET", 6),
    ("évacuation", "obl:arg", "NOUN", 3),
    ("de", "case", "ADP", 8),
    ("milliers", "nmod", "NOUN", 6),
    ("d'+", "case", "ADP", 10),
    ("habitants", "nmod", "NOUN", 8),
    ("résidant/résider", "acl", "VERB", 10),
    ("à", "case", "ADP", 16),
    ("moins", "advmod", "ADV", 15),
    ("de", "fixed", "ADP", 13),
    ("10", "nummod", "NUM", 16),
    ("kilomètres", "obl:arg", "NOUN", 11),
    ("de", "case", "ADP", 19),
    ("cette", "det", "DET", 19),
    ("usine+", "obl:arg", "NOUN", 11),
    (".", "punct", "PUNCT", 3),
]

# "La direction de l'hôpital a annoncé jeudi la suspension de ces visites, afin de limiter
# la contagion."
SUSPENSION = [
    ("La", "det", "DET", 1),
    ("direction", "nsubj", "NOUN", 6),
    ("de", "case", "ADP", 4),
    ("l'+", "det", "DET", 4),
    ("hôpital", "nmod", "NOUN", 1),
    ("a/avoir", "aux:tense", "AUX", 6),
    ("annoncé/annoncer", "ROOT", "VERB", 6),
    ("jeudi", "obl:mod", "NOUN", 6),
    ("la", "det", "DET", 9),
    ("suspension", "obj", "NOUN", 6),
    ("de", "case", "ADP", 12),
    ("ces", "det", "DET", 12),
    ("visites+", "nmod", "NOUN", 9),
    (",", "punct", "PUNCT", 6),
    ("afin", "advmod", "ADV", 6),
    ("de", "case", "ADP", 16),
    ("limiter", "obl:arg", "VERB", 14),
    ("la", "det", "DET", 18),
    ("contagion+", "obj", "NOUN", 16),
    (".", "punct", "PUNCT", 6),
]

# "Les habitants vivant dans ce quartier ont été relogés par la mairie."
LIVING = [
    ("Les", "det", "DET", 1),
    ("habitants", "nsubj:pass", "NOUN", 8),
    ("vivant/vivre", "acl", "VERB", 1),
    ("dans", "case", "ADP", 5),
    ("ce", "det", "DET", 5),
    ("quartier", "obl:mod", "NOUN", 2),
    ("ont/avoir", "aux:tense", "AUX", 8),
    ("été/être", "aux:pass", "AUX", 8),
    ("relogés/reloger", "ROOT", "VERB", 8),
    ("par", "case", "ADP", 11),
    ("la", "det", "DET", 11),
    ("mairie+", "obl:agent", "NOUN", 8),
    (".", "punct", "PUNCT", 8),
]

# "Après ce long chantier qui a duré 10 mois, les riverains et proches de l'école disent
# être soulagés et satisfaits de la réouverture.": the cuts make the participle the clause's
# head and hang "disent" on the subject
SAYING = [
    ("Après", "case", "ADP", 3),
    ("ce", "det", "DET", 3),
    ("long", "amod", "ADJ", 3),
    ("chantier", "obl:mod", "NOUN", 17),
    ("qui", "nsubj", "PRON", 6),
    ("a/avoir", "aux:tense", "AUX", 6),
    ("duré/durer", "acl:relcl", "VERB", 3),
    ("10", "nummod", "NUM", 8),
    ("mois+", "obj", "NOUN", 6),
    (",", "punct", "PUNCT", 17),
    ("les", "det", "DET", 11),
    ("riverains", "nsubj", "NOUN", 17),
    ("et", "cc", "CCONJ", 13),
    ("proches", "conj", "ADJ", 11),
    ("de", "case", "ADP", 16),
    ("l'+", "det", "DET", 16),
    ("école", "nmod", "NOUN", 13),
    ("disent/dire", "ROOT", "VERB", 17),
    ("être", "aux:pass", "AUX", 19),
    ("soulagés/soulager", "xcomp", "VERB", 17),
    ("et", "cc", "CCONJ", 21),
    ("satisfaits/satisfaire", "conj", "VERB", 19),
    ("de", "case", "ADP", 24),
    ("la", "det", "DET", 24),
    ("réouverture+", "obl:arg", "NOUN", 21),
    (".", "punct", "PUNCT", 17),
]

# "Julien Morvan, le plus jeune Breton à avoir gagné une étape lors de ce tour (20 ans), a
# été élu le meilleur jeune grimpeur de la Coupe de France 2023."
ASIDE = [
    ("Julien", "nsubj:pass", "PROPN", 23),
    ("Morvan+", "nmod", "PROPN", 0),
    (",", "punct", "PUNCT", 0),
    ("le", "det", "DET", 6),
    ("plus", "advmod", "ADV", 5),
    ("jeune", "amod", "ADJ", 6),
    ("Breton", "nmod", "NOUN", 0),
    ("à", "mark", "ADP", 9),
    ("avoir", "aux:tense", "AUX", 9),
    ("gagné/gagner", "acl", "VERB", 6),
    ("une", "det", "DET", 11),
    ("étape", "obj", "NOUN", 9),
    ("lors", "advmod", "ADV", 9),
    ("de", "case", "ADP", 15),
    ("ce", "det", "DET", 15),
    ("tour", "obl:arg", "NOUN", 12),
    ("(+", "punct", "PUNCT", 15),
    ("20", "nummod", "NUM", 18),
    ("ans+", "nmod", "NOUN", 15),
    (")+", "punct", "PUNCT", 15),
    (",", "punct", "PUNCT", 23),
    ("a/avoir", "aux:tense", "AUX", 23),
    ("été/être", "aux:pass", "AUX", 23),
    ("élu/élire", "ROOT", "VERB", 23),
    ("le", "det", "DET", 25),
    ("meilleur", "xcomp", "ADJ", 23),
    ("jeune", "amod", "ADJ", 27),
    ("grimpeur", "nmod", "NOUN", 25),
    ("de", "case", "ADP", 30),
    ("la", "det", "DET", 30),
    ("Coupe", "nmod", "NOUN", 27),
    ("de", "case", "ADP", 32),
    ("France", "nmod", "PROPN", 30),
    ("2023+", "nmod", "NUM", 25),
    (".", "punct", "PUNCT", 23),
]

# "Les coupures sont survenues après le violent orage qui a frappé la vallée vendredi.": the
# parser's noun "violent" and its complement "orage"
GLUED = [
    ("Les", "det", "DET", 1),
    ("coupures", "nsubj:pass", "NOUN", 3),
    ("sont/être", "aux:pass", "AUX", 3),
    ("survenues/survenir", "ROOT", "VERB", 3),
    ("après", "case", "ADP", 6),
    ("le", "det", "DET", 6),
    ("violent", "obl:arg", "NOUN", 3),
    ("orage", "nmod", "NOUN", 6),
    ("qui", "nsubj", "PRON", 10),
    ("a/avoir", "aux:tense", "AUX", 10),
    ("frappé/frapper", "acl:relcl", "VERB", 6),
    ("la", "det", "DET", 12),
    ("vallée", "obj", "NOUN", 10),
    ("vendredi+", "obl:mod", "NOUN", 10),
    (".", "punct", "PUNCT", 3),
]

# "Une équipe spéciale des services techniques de la ville est arrivée à proximité du site
# dans la nuit de mercredi à jeudi, afin de mettre en place ce dispositif inédit."
LOCUTION = [
    ("Une", "det", "DET", 1),
    ("équipe", "nsubj", "NOUN", 10),
    ("spéciale", "amod", "ADJ", 1),
    ("des", "case", "ADP", 4),
    ("services", "nmod", "NOUN", 1),
    ("techniques", "amod", "ADJ", 4),
    ("de", "case", "ADP", 8),
    ("la", "det", "DET", 8),
    ("ville", "nmod", "NOUN", 4),
    ("est/être", "aux:pass", "AUX", 10),
    ("arrivée/arriver", "ROOT", "VERB", 10),
    ("à", "case", "ADP", 12),
    ("proximité", "obl:arg", "NOUN", 10),
    ("du", "case", "ADP", 14),
    ("site", "nmod", "NOUN", 12),
    ("dans", "case", "ADP", 17),
    ("la", "det", "DET", 17),
    ("nuit", "obl:mod", "NOUN", 10),
    ("de", "case", "ADP", 19),
    ("mercredi", "nmod", "NOUN", 17),
    ("à", "case", "ADP", 21),
    ("jeudi+", "nmod", "NOUN", 19),
    (",", "punct", "PUNCT", 10),
    ("afin", "advmod", "ADV", 10),
    ("de", "case", "ADP", 25),
    ("mettre", "obl:arg", "VERB", 23),
    ("en", "case", "ADP", 27),
    ("place", "obl:arg", "NOUN", 25),
    ("ce", "det", "DET", 29),
    ("dispositif", "obj", "NOUN", 25),
    ("inédit+", "amod", "ADJ", 29),
    (".", "punct", "PUNCT", 10),
]

# "Samedi, l'institut de géophysique du Portugal parle même de son côté d'une magnitude de
# 6,1 qui aurait été enregistrée aux alentours de la ville de Faro."
FILLER = [
    ("Samedi+", "obl:mod", "NOUN", 8),
    (",", "punct", "PUNCT", 8),
    ("l'+", "det", "DET", 3),
    ("institut", "nsubj", "NOUN", 8),
    ("de", "case", "ADP", 5),
    ("géophysique", "nmod", "NOUN", 3),
    ("du", "case", "ADP", 7),
    ("Portugal", "nmod", "PROPN", 3),
    ("parle/parler", "ROOT", "VERB", 8),
    ("même", "advmod", "ADV", 8),
    ("de", "case", "ADP", 12),
    ("son", "det", "DET", 12),
    ("côté", "obl:arg", "NOUN", 8),
    ("d'+", "case", "ADP", 15),
    ("une", "det", "DET", 15),
    ("magnitude", "nmod", "NOUN", 12),
    ("de", "case", "ADP", 17),
    ("6,1", "nmod", "NUM", 15),
    ("qui", "nsubj:pass", "PRON", 21),
    ("aurait/avoir", "aux:tense", "AUX", 21),
    ("été/être", "aux:pass", "AUX", 21),
    ("enregistrée/enregistrer", "acl:relcl", "VERB", 15),
    ("aux", "case", "ADP", 23),
    ("alentours", "obl:arg", "NOUN", 21),
    ("de", "case", "ADP", 26),
    ("la", "det", "DET", 26),
    ("ville", "nmod", "NOUN", 23),
    ("de", "case", "ADP", 28),
    ("Faro+", "nmod", "PROPN", 26),
    (".", "punct", "PUNCT", 8),
]

# "Un peu plus tard dans la journée, le conseil, qui ne se satisfait visiblement pas de ces
# réponses": the parser's root an adverb of the lead, the clause a fragment
FRAGMENT = [
    ("Un", "advmod", "DET", 2),
    ("peu", "fixed", "ADV", 0),
    ("plus", "advmod", "ADV", 3),
    ("tard", "advmod", "ADV", 3),
    ("dans", "case", "ADP", 6),
    ("la", "det", "DET", 6),
    ("journée+", "obl:mod", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("le", "det", "DET", 9),
    ("conseil+", "appos", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("qui", "nsubj", "PRON", 14),
    ("ne", "advmod", "ADV", 14),
    ("se", "expl:comp", "PRON", 14),
    ("satisfait/satisfaire", "acl:relcl", "VERB", 6),
    ("visiblement", "advmod", "ADV", 14),
    ("pas", "advmod", "ADV", 14),
    ("de", "case", "ADP", 19),
    ("ces", "det", "DET", 19),
    ("réponses", "obl:arg", "NOUN", 14),
]

# (parse, its time expressions, the headline read alone, the title made of it)
HEADLINES = [
    (  # the verb keeps its last argument, towards the target
        WARNED,
        ("dimanche",),
        "Le préfet du Finistère a mis en garde contre un nouveau risque de crue de l'Odet.",
        "Le préfet du Finistère a mis en garde contre un nouveau risque de crue de l'Odet",
    ),
    (  # the verb's only argument stays though a word in it points back: the smallest phrase
        # holding that word goes, and the participle it leaves bare
        EVACUATION,
        (),
        "Les autorités ont décidé de l'évacuation de milliers d'habitants.",
        "Les autorités ont décidé de l'évacuation de milliers d'habitants",
    ),
    (  # the complement telling which the object is stays; the title makes it definite
        SUSPENSION,
        ("jeudi",),
        "La direction de l'hôpital a annoncé la suspension de ces visites, afin.",
        "La direction de l'hôpital a annoncé la suspension des visites",
    ),
    (  # a participle left bare goes with the phrase that points back
        LIVING,
        (),
        "Les habitants ont été relogés par la mairie.",
        "Les habitants ont été relogés par la mairie",
    ),
    (  # a finite verb hung on the subject is no participle: it stays
        SAYING,
        ("10", "mois"),
        "les riverains et proches de l'école disent être soulagés.",
        "les riverains et proches de l'école disent être soulagés",
    ),
    (  # the aside between commas holding what points back goes whole
        ASIDE,
        ("2023",),
        "Julien Morvan a été élu le meilleur jeune grimpeur de la Coupe de France.",
        "Julien Morvan a été élu le meilleur jeune grimpeur de la Coupe de France",
    ),
    (  # a noun right after the noun it completes is never cut alone
        GLUED,
        ("vendredi",),
        "Les coupures sont survenues après le violent orage.",
        "Les coupures sont survenues après le violent orage",
    ),
    (  # a locution's noun keeps its complement
        LOCUTION,
        ("mercredi", "jeudi"),
        "Une équipe spéciale des services techniques de la ville est arrivée à proximité du site.",
        "Une équipe spéciale des services techniques de la ville est arrivée à proximité du site",
    ),
    (  # a filler is no argument the verb keeps
        FILLER,
        ("Samedi",),
        "l'institut de géophysique du Portugal parle même.",
        "l'institut de géophysique du Portugal parle même",
    ),
    (  # no verb heads the parse: the first phrase holding what points back goes whole (the
        # title then reads the clause after the lead)
        FRAGMENT,
        (),
        "Un peu plus tard",
        "Un peu plus tard",
    ),
]


@pytest.mark.parametrize(("rows", "times", "alone", "title"), HEADLINES)
def test_a_cut_keeps_what_the_verb_needs_and_takes_what_points_back(rows, times, alone, title):
    read, _ = headlines(clause(rows), spans(rows, *times), said=False)
    assert read == alone
    assert titles.shorten(titles.standalone(read, titles.Antecedents()), 90) == title


# (a text too long for its limit, cut: never on an elided word glued to a determiner)
ELIDED = [
    (
        "Les services de l'hôpital de Quimper ont signalé avoir été victimes d'une panne "
        "informatique",
        75,
        "Les services de l'hôpital de Quimper ont signalé avoir été victimes",
    ),
    (
        "Le maire de Vannes a dit que la commune ne connaissait qu'un seul accident grave",
        62,
        "Le maire de Vannes a dit que la commune ne connaissait",
    ),
]


@pytest.mark.parametrize(("text", "limit", "cut"), ELIDED)
def test_a_cut_never_ends_on_an_elided_word_and_its_determiner(text, limit, cut):
    assert titles.shorten(text, limit) == cut
