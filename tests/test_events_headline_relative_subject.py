"""A subject with a relative clause that the parser read as that clause's subject, the
clause's verb an adverbial of the main verb, is the main verb's subject again (issue 9: a
clause with its verb and its doer): "Les 13 enfants dont les familles ont été interrogées
ont tous consommé du lait" gave "ont tous consommé du lait" (dev18), "le gouvernement du
Grand Duché, premier actionnaire du groupe dont le siège se trouve à Luxembourg, avait
rejoint Paris" gave "premier actionnaire du groupe avait rejoint Paris" (dev8); or with the
relative's verb made the root, the main verb hung on it ("Cette coupure, dont l'origine
reste inconnue, a provoqué un véritable chaos" gave "Cette coupure, dont l'origine reste
inconnue", dev19; dev10, dev11, dev14 alike). Not when the
relative pronoun hangs on the noun already (a relative read right: dev20's "La cyberattaque
qui a visé le NHS est considérée ... et la Première ministre estime ..."). Invented French;
the parses are the parser's misreadings of such sentences."""

from __future__ import annotations

from essai_parse import clause

from timeline.events.headline import headlines

# "Les douze élèves dont les parents ont été prévenus ont quitté le collège."
PUPILS = [
    ("Les", "det", "DET", 2),
    ("douze", "nummod", "NUM", 2),
    ("élèves", "nsubj:pass", "NOUN", 8),
    ("dont", "nmod", "PRON", 5),
    ("les", "det", "DET", 5),
    ("parents", "nsubj:pass", "NOUN", 8),
    ("ont/avoir", "aux:tense", "AUX", 8),
    ("été/être", "aux:pass", "AUX", 8),
    ("prévenus/prévenir", "advcl", "VERB", 10),
    ("ont/avoir", "aux:tense", "AUX", 10),
    ("quitté/quitter", "ROOT", "VERB", 10),
    ("le", "det", "DET", 12),
    ("collège+", "obj", "NOUN", 10),
    (".", "punct", "PUNCT", 10),
]

# "La tempête qui a frappé la côte est jugée grave et le maire réclame des renforts.": the
# relative hangs on its noun; the parser made the first clause an adverbial of the second
STORM = [
    ("La", "det", "DET", 1),
    ("tempête", "nsubj:pass", "NOUN", 8),
    ("qui", "nsubj", "PRON", 4),
    ("a/avoir", "aux:tense", "AUX", 4),
    ("frappé/frapper", "acl:relcl", "VERB", 1),
    ("la", "det", "DET", 6),
    ("côte", "obj", "NOUN", 4),
    ("est/être", "aux:pass", "AUX", 8),
    ("jugée/juger", "advcl", "VERB", 13),
    ("grave", "xcomp", "ADJ", 8),
    ("et", "cc", "CCONJ", 13),
    ("le", "det", "DET", 12),
    ("maire", "obl:mod", "NOUN", 13),
    ("réclame/réclamer", "ROOT", "VERB", 13),
    ("des", "det", "DET", 15),
    ("renforts+", "obj", "NOUN", 13),
    (".", "punct", "PUNCT", 13),
]


# "Cette panne, dont l'origine reste inconnue, a provoqué un chaos.": the relative's verb
# the root, the main verb its parataxis ...
BREAKDOWN = [
    ("Cette", "det", "DET", 1),
    ("panne+", "nsubj", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("dont", "nmod", "PRON", 5),
    ("l'+", "det", "DET", 5),
    ("origine", "nsubj", "NOUN", 6),
    ("reste/rester", "ROOT", "VERB", 6),
    ("inconnue+", "xcomp", "ADJ", 6),
    (",", "punct", "PUNCT", 10),
    ("a/avoir", "aux:tense", "AUX", 10),
    ("provoqué/provoquer", "parataxis", "VERB", 6),
    ("un", "det", "DET", 12),
    ("chaos+", "obj", "NOUN", 10),
    (".", "punct", "PUNCT", 6),
]
# ... not when that verb opens a clause of its own ("quand il a quitté la gare")
WHEN = [
    ("Le", "det", "DET", 1),
    ("voyageur", "nsubj", "NOUN", 6),
    ("dont", "nmod", "PRON", 4),
    ("le", "det", "DET", 4),
    ("billet", "nsubj:pass", "NOUN", 6),
    ("était/être", "aux:pass", "AUX", 6),
    ("contrôlé/contrôler", "ROOT", "VERB", 6),
    ("quand", "mark", "SCONJ", 10),
    ("il", "nsubj", "PRON", 10),
    ("a/avoir", "aux:tense", "AUX", 10),
    ("quitté/quitter", "advcl", "VERB", 6),
    ("la", "det", "DET", 12),
    ("gare+", "obj", "NOUN", 10),
    (".", "punct", "PUNCT", 6),
]


def test_the_relatives_verb_made_the_root_gives_way_to_the_main_verb():
    alone, _ = headlines(clause(BREAKDOWN), [], said=False)
    assert alone == "Cette panne a provoqué un chaos."
    alone, _ = headlines(clause(WHEN), [], said=False)
    assert "contrôlé" in alone


def test_the_subject_read_as_its_relatives_is_the_main_verbs():
    alone, _ = headlines(clause(PUPILS), [], said=False)
    assert alone == "Les douze élèves ont quitté le collège."


def test_a_relative_hung_on_its_noun_is_read_as_it_is():
    alone, _ = headlines(clause(STORM), [], said=False)
    assert not alone.startswith("La tempête")
