"""A headline keeps its subject and its names whole (issue 9: never cut mid-phrase, no reference to
what the reader has not seen; dev31's broken headlines as classes): a name's particle ("Ben",
"Abou", "Ould", "Ibn", "Van", "Mac", ``title_name_particles``) cut from its surname ("le
président Ali" for "le président Ben Ali"); a person's name set right after a title's noun cut
as an apposition ("Le dirigeant a été tué" for "Le dirigeant Oussama Ben Laden"); an adverb
opening the sentence read as the subject or the root, the subject after its comma lost ("Dans la
journée avait été décrété" for "Plus tôt dans la journée, l'état d'urgence avait été décrété");
a subject hung on a participle set after it, with a quotation closed inside the subject ("La
presse, à l'exception du « Figaro », resté sobre, a critiqué": never "A vivement critiqué"); a
cleft on "qui" cut before its relative ("C'est le président du Parlement, Foued Mebazaa" for
"... qui a été proclamé président"): told straight; the clause after a cleft's "que" cut at a
clause's boundary, not mid-phrase ("le trophée tant"); an absolute participle read as the
subject ("Une fois son chapeau retiré, celui qui ...": never "Son chapeau retiré n'a pas voulu
parler"); a witness named after the phrase that introduces him ("D'après un autre témoin, le
juge X, ses derniers mots ..."); a noun locution's bare noun ("une mise en garde": never "et une
mise"); the word opening a gerund ("tout en voulant": never "très critiqué… tout"). Invented
French; the parses are the parser's readings of such sentences (dev31's shapes)."""

from __future__ import annotations

import pytest
from essai_article import title_of
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines

Rows = list[tuple[str, str, str, int]]


def _chars(parsed, words):
    """The character span of ``words`` in the text the parse ``parsed`` renders."""
    text = "".join(t.text + t.space for t in parsed)
    start = text.index(words)
    return (start, start + len(words))


def _alone(rows, names=()):
    parsed = clause(rows)
    named = [_chars(parsed, n) for n in names]
    alone, _ = headlines(parsed, [], said=False, names=named)
    return alone[:1].upper() + alone[1:].rstrip(".")  # (as a title opens)


# "À 18h35, on a appris que le président Ben Ali avait quitté la Tunisie en avion."
BENALI: Rows = [
    ("À", "case", "ADP", 1),
    ("18h35+", "obl:mod", "PROPN", 5),
    (",", "punct", "PUNCT", 5),
    ("on", "nsubj", "PRON", 5),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("appris/apprendre", "ROOT", "VERB", 5),
    ("que", "mark", "SCONJ", 12),
    ("le", "det", "DET", 8),
    ("président", "nsubj", "NOUN", 12),
    ("Ben", "appos", "PROPN", 8),
    ("Ali", "flat:name", "PROPN", 8),
    ("avait/avoir", "aux:tense", "AUX", 12),
    ("quitté/quitter", "ccomp", "VERB", 5),
    ("la", "det", "DET", 14),
    ("Tunisie", "obj", "PROPN", 12),
    ("en", "case", "ADP", 16),
    ("avion+", "nmod", "NOUN", 14),
    (".+", "punct", "PUNCT", 5),
]

# "Le ministre Abou Mazen a rencontré le secrétaire d'État américain."
MAZEN: Rows = [
    ("Le", "det", "DET", 1),
    ("ministre", "nsubj", "NOUN", 5),
    ("Abou", "appos", "PROPN", 1),
    ("Mazen", "flat:name", "PROPN", 1),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("rencontré/rencontrer", "ROOT", "VERB", 5),
    ("le", "det", "DET", 7),
    ("secrétaire", "obj", "NOUN", 5),
    ("d'+", "case", "ADP", 9),
    ("État", "nmod", "NOUN", 7),
    ("américain+", "amod", "ADJ", 9),
    (".+", "punct", "PUNCT", 5),
]

# "Le dirigeant Oussama Ben Laden a été tué par un commando américain."
LADEN: Rows = [
    ("Le", "det", "DET", 1),
    ("dirigeant", "nsubj:pass", "NOUN", 7),
    ("Oussama", "appos", "PROPN", 1),
    ("Ben", "appos", "PROPN", 1),
    ("Laden", "appos", "PROPN", 1),
    ("a/avoir", "aux:tense", "AUX", 7),
    ("été/être", "aux:pass", "AUX", 7),
    ("tué/tuer", "ROOT", "VERB", 7),
    ("par", "case", "ADP", 10),
    ("un", "det", "DET", 10),
    ("commando", "obl:agent", "NOUN", 7),
    ("américain+", "amod", "ADJ", 10),
    (".+", "punct", "PUNCT", 7),
]

# "Le chef de l'opposition Ould Daddah a dénoncé le scrutin."
DADDAH: Rows = [
    ("Le", "det", "DET", 1),
    ("chef", "nsubj", "NOUN", 8),
    ("de", "case", "ADP", 4),
    ("l'+", "det", "DET", 4),
    ("opposition", "nmod", "NOUN", 1),
    ("Ould", "appos", "PROPN", 4),
    ("Daddah", "flat:name", "PROPN", 5),
    ("a/avoir", "aux:tense", "AUX", 8),
    ("dénoncé/dénoncer", "ROOT", "VERB", 8),
    ("le", "det", "DET", 10),
    ("scrutin+", "obj", "NOUN", 8),
    (".+", "punct", "PUNCT", 8),
]

# "Plus tôt dans la journée, l'état d'urgence avait été décrété dans tout le pays."
URGENCE: Rows = [
    ("Plus", "advmod", "ADV", 1),
    ("tôt", "nsubj:pass", "ADV", 12),
    ("dans", "case", "ADP", 4),
    ("la", "det", "DET", 4),
    ("journée+", "obl:mod", "NOUN", 1),
    (",", "punct", "PUNCT", 4),
    ("l'+", "det", "DET", 7),
    ("état", "appos", "NOUN", 4),
    ("d'+", "case", "ADP", 9),
    ("urgence", "nmod", "NOUN", 7),
    ("avait/avoir", "aux:tense", "AUX", 12),
    ("été/être", "aux:pass", "AUX", 12),
    ("décrété/décréter", "ROOT", "VERB", 12),
    ("dans", "case", "ADP", 16),
    ("tout", "amod", "ADJ", 16),
    ("le", "det", "DET", 16),
    ("pays+", "obl:mod", "NOUN", 12),
    (".+", "punct", "PUNCT", 12),
]

# "Plus tôt dans la journée, l'ordre d'évacuation avait été donné aux habitants."
EVACUATION: Rows = [
    ("Plus", "advmod", "ADV", 1),
    ("tôt", "ROOT", "ADV", 1),
    ("dans", "case", "ADP", 4),
    ("la", "det", "DET", 4),
    ("journée+", "obl:mod", "NOUN", 1),
    (",", "punct", "PUNCT", 4),
    ("l'+", "det", "DET", 7),
    ("ordre", "nsubj:pass", "NOUN", 12),
    ("d'+", "case", "ADP", 9),
    ("évacuation", "nmod", "NOUN", 7),
    ("avait/avoir", "aux:tense", "AUX", 12),
    ("été/être", "aux:pass", "AUX", 12),
    ("donné/donner", "acl:relcl", "VERB", 4),
    ("aux", "case", "ADP", 14),
    ("habitants+", "obl:arg", "NOUN", 12),
    (".+", "punct", "PUNCT", 1),
]

# "Il est encore trop tôt pour dire qu'il s'agit du virus, qu'ils traquent depuis des années."
TROPTOT: Rows = [
    ("Il", "expl:subj", "PRON", 4),
    ("est/être", "cop", "AUX", 4),
    ("encore", "advmod", "ADV", 4),
    ("trop", "advmod", "ADV", 4),
    ("tôt", "ROOT", "ADV", 4),
    ("pour", "mark", "ADP", 6),
    ("dire", "advcl", "VERB", 4),
    ("qu'+", "mark", "SCONJ", 10),
    ("il", "expl:subj", "PRON", 10),
    ("s'+", "expl:comp", "PRON", 10),
    ("agit/agir", "ccomp", "VERB", 6),
    ("du", "case", "ADP", 12),
    ("virus+", "obl:arg", "NOUN", 10),
    (",", "punct", "PUNCT", 10),
    ("qu'+", "mark", "PRON", 16),
    ("ils", "nsubj", "PRON", 16),
    ("traquent/traquer", "ccomp", "VERB", 10),
    ("depuis", "case", "ADP", 19),
    ("des", "det", "DET", 19),
    ("années+", "obl:mod", "NOUN", 16),
    (".+", "punct", "PUNCT", 4),
]

# "Mais pas assez tôt pour distancer Yannick Bestaven, qui faisait naufrage."
ASSEZ: Rows = [
    ("Mais", "cc", "CCONJ", 3),
    ("pas", "advmod", "ADV", 3),
    ("assez", "advmod", "ADV", 3),
    ("tôt", "ROOT", "ADV", 3),
    ("pour", "mark", "ADP", 5),
    ("distancer", "advcl", "VERB", 3),
    ("Yannick", "obj", "NOUN", 5),
    ("Bestaven+", "flat:name", "PROPN", 6),
    (",", "punct", "PUNCT", 6),
    ("qui", "nsubj", "PRON", 10),
    ("faisait/faire", "acl:relcl", "VERB", 6),
    ("naufrage+", "obj", "NOUN", 10),
    (".+", "punct", "PUNCT", 3),
]

# "La presse française, à l'exception du « Figaro », resté sobre, a vivement critiqué
# l'intervention du président."
PRESSE: Rows = [
    ("La", "det", "DET", 1),
    ("presse", "nsubj", "NOUN", 12),
    ("française+", "amod", "ADJ", 1),
    (",", "punct", "PUNCT", 1),
    ("à", "case", "ADP", 6),
    ("l'+", "det", "DET", 6),
    ("exception", "nmod", "NOUN", 1),
    ("du", "case", "ADP", 9),
    ("«", "punct", "PUNCT", 9),
    ("Figaro", "nmod", "PROPN", 6),
    ("»+", "punct", "PUNCT", 9),
    (",", "punct", "PUNCT", 12),
    ("resté/rester", "advcl", "VERB", 17),
    ("sobre+", "xcomp", "ADJ", 12),
    (",", "punct", "PUNCT", 17),
    ("a/avoir", "aux:tense", "AUX", 17),
    ("vivement", "advmod", "ADV", 17),
    ("critiqué/critiquer", "ROOT", "VERB", 17),
    ("l'+", "det", "DET", 19),
    ("intervention", "obj", "NOUN", 17),
    ("du", "case", "ADP", 21),
    ("président+", "nmod", "NOUN", 19),
    (".+", "punct", "PUNCT", 17),
]

# "Le parti, à l'exception de l'aile « sociale », resté discret, a voté le texte."
PARTI: Rows = [
    ("Le", "det", "DET", 1),
    ("parti+", "nsubj", "NOUN", 13),
    (",", "punct", "PUNCT", 1),
    ("à", "case", "ADP", 5),
    ("l'+", "det", "DET", 5),
    ("exception", "nmod", "NOUN", 1),
    ("de", "case", "ADP", 8),
    ("l'+", "det", "DET", 8),
    ("aile", "nmod", "NOUN", 5),
    ("«", "punct", "PUNCT", 8),
    ("sociale", "amod", "ADJ", 8),
    ("»+", "punct", "PUNCT", 8),
    (",", "punct", "PUNCT", 13),
    ("resté/rester", "advcl", "VERB", 17),
    ("discret+", "obj", "ADJ", 13),
    (",", "punct", "PUNCT", 17),
    ("a/avoir", "aux:tense", "AUX", 17),
    ("voté/voter", "ROOT", "VERB", 17),
    ("le", "det", "DET", 19),
    ("texte+", "obj", "NOUN", 17),
    (".+", "punct", "PUNCT", 17),
]

# "Aujourd'hui samedi, c'est le président du Parlement, Foued Mebazaa, qui a été proclamé
# président par intérim."
MEBAZAA: Rows = [
    ("Aujourd'hui", "advmod", "ADV", 6),
    ("samedi+", "fixed", "NOUN", 0),
    (",", "punct", "PUNCT", 6),
    ("c'+", "nsubj", "PRON", 6),
    ("est/être", "cop", "AUX", 6),
    ("le", "det", "DET", 6),
    ("président", "ROOT", "NOUN", 6),
    ("du", "case", "ADP", 8),
    ("Parlement+", "nmod", "NOUN", 6),
    (",", "punct", "PUNCT", 6),
    ("Foued", "appos", "PROPN", 6),
    ("Mebazaa+", "flat:name", "PROPN", 10),
    (",", "punct", "PUNCT", 6),
    ("qui", "nsubj", "PRON", 16),
    ("a/avoir", "aux:tense", "AUX", 16),
    ("été/être", "aux:pass", "AUX", 16),
    ("proclamé/proclamer", "acl:relcl", "VERB", 6),
    ("président", "xcomp", "NOUN", 16),
    ("par", "case", "ADP", 19),
    ("intérim+", "nmod", "NOUN", 17),
    (".+", "punct", "PUNCT", 6),
]

# "C'est le ministre de la Santé, Jean Dupuis, qui a annoncé la fermeture des écoles."
DUPUIS: Rows = [
    ("C'+", "nsubj", "PRON", 3),
    ("est/être", "cop", "AUX", 3),
    ("le", "det", "DET", 3),
    ("ministre", "ROOT", "NOUN", 3),
    ("de", "case", "ADP", 6),
    ("la", "det", "DET", 6),
    ("Santé+", "nmod", "NOUN", 3),
    (",", "punct", "PUNCT", 3),
    ("Jean", "appos", "PROPN", 3),
    ("Dupuis+", "flat:name", "PROPN", 8),
    (",", "punct", "PUNCT", 8),
    ("qui", "nsubj", "PRON", 13),
    ("a/avoir", "aux:tense", "AUX", 13),
    ("annoncé/annoncer", "acl:relcl", "VERB", 8),
    ("la", "det", "DET", 15),
    ("fermeture", "obj", "NOUN", 13),
    ("des", "case", "ADP", 17),
    ("écoles+", "nmod", "NOUN", 15),
    (".+", "punct", "PUNCT", 3),
]

# "Ce sont les pompiers qui ont donné l'alerte vers minuit."
POMPIERS: Rows = [
    ("Ce", "nsubj", "PRON", 3),
    ("sont/être", "cop", "AUX", 3),
    ("les", "det", "DET", 3),
    ("pompiers", "ROOT", "NOUN", 3),
    ("qui", "nsubj", "PRON", 6),
    ("ont/avoir", "aux:tense", "AUX", 6),
    ("donné/donner", "acl:relcl", "VERB", 3),
    ("l'+", "det", "DET", 8),
    ("alerte", "obj", "NOUN", 6),
    ("vers", "case", "ADP", 10),
    ("minuit+", "obl:mod", "NOUN", 6),
    (".+", "punct", "PUNCT", 3),
]

# "C'est lui qui a signé l'arrêté."
LUI: Rows = [
    ("C'+", "expl:subj", "PRON", 2),
    ("est/être", "cop", "AUX", 2),
    ("lui", "ROOT", "PRON", 2),
    ("qui", "nsubj", "PRON", 5),
    ("a/avoir", "aux:tense", "AUX", 5),
    ("signé/signer", "dep", "VERB", 2),
    ("l'+", "det", "DET", 7),
    ("arrêté+", "obj", "NOUN", 5),
    (".+", "punct", "PUNCT", 2),
]

# "Une fois son chapeau retiré, celui qui a gouverné l'Irak près de trente ans n'a pas
# voulu parler."
CHAPEAU: Rows = [
    ("Une", "det", "DET", 1),
    ("fois", "obl:mod", "NOUN", 19),
    ("son", "det", "DET", 3),
    ("chapeau", "nsubj", "NOUN", 19),
    ("retiré+/retirer", "acl", "VERB", 3),
    (",", "punct", "PUNCT", 3),
    ("celui", "appos", "PRON", 3),
    ("qui", "nsubj", "PRON", 9),
    ("a/avoir", "aux:tense", "AUX", 9),
    ("gouverné/gouverner", "acl:relcl", "VERB", 6),
    ("l'+", "det", "DET", 11),
    ("Irak", "obj", "PROPN", 9),
    ("près", "advmod", "ADV", 15),
    ("de", "dep", "ADP", 15),
    ("trente", "nummod", "NUM", 15),
    ("ans", "obl:mod", "NOUN", 9),
    ("n'+", "advmod", "ADV", 19),
    ("a/avoir", "aux:tense", "AUX", 19),
    ("pas", "advmod", "ADV", 19),
    ("voulu/vouloir", "ROOT", "VERB", 19),
    ("parler+", "xcomp", "VERB", 19),
    (".+", "punct", "PUNCT", 19),
]

# "D'après un autre témoin, le juge Mounir Haddad, ses derniers mots ont été un appel à
# rester unis et une mise en garde contre la « coalition iranienne »."
HADDAD: Rows = [
    ("D'+", "case", "ADP", 4),
    ("après", "fixed", "ADP", 0),
    ("un", "det", "DET", 4),
    ("autre", "amod", "ADJ", 4),
    ("témoin+", "obl:mod", "NOUN", 17),
    (",", "punct", "PUNCT", 17),
    ("le", "det", "DET", 7),
    ("juge", "nsubj", "NOUN", 17),
    ("Mounir", "appos", "NOUN", 7),
    ("Haddad+", "flat:name", "PROPN", 8),
    (",", "punct", "PUNCT", 17),
    ("ses", "det", "DET", 13),
    ("derniers", "amod", "ADJ", 13),
    ("mots", "nsubj", "NOUN", 17),
    ("ont/avoir", "aux:tense", "AUX", 17),
    ("été/être", "cop", "AUX", 17),
    ("un", "det", "DET", 17),
    ("appel", "ROOT", "NOUN", 17),
    ("à", "mark", "ADP", 19),
    ("rester", "acl", "VERB", 17),
    ("unis", "xcomp", "ADJ", 19),
    ("et", "cc", "CCONJ", 23),
    ("une", "det", "DET", 23),
    ("mise", "conj", "NOUN", 17),
    ("en", "case", "ADP", 25),
    ("garde", "nmod", "NOUN", 23),
    ("contre", "case", "ADP", 29),
    ("la", "det", "DET", 29),
    ("«", "punct", "PUNCT", 29),
    ("coalition", "nmod", "NOUN", 23),
    ("iranienne", "amod", "ADJ", 29),
    ("»+", "punct", "PUNCT", 23),
    (".+", "punct", "PUNCT", 17),
]

# "Le ministre a annoncé vendredi une prise en charge totale des frais médicaux des
# victimes de l'accident de la route nationale."
CHARGE: Rows = [
    ("Le", "det", "DET", 1),
    ("ministre", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("annoncé/annoncer", "ROOT", "VERB", 3),
    ("vendredi", "obl:mod", "NOUN", 3),
    ("une", "det", "DET", 6),
    ("prise", "obj", "NOUN", 4),
    ("en", "case", "ADP", 8),
    ("charge", "nmod", "NOUN", 6),
    ("totale", "amod", "ADJ", 8),
    ("des", "case", "ADP", 11),
    ("frais", "nmod", "NOUN", 6),
    ("médicaux", "amod", "ADJ", 11),
    ("des", "case", "ADP", 14),
    ("victimes", "nmod", "NOUN", 11),
    ("de", "case", "ADP", 17),
    ("l'+", "det", "DET", 17),
    ("accident", "nmod", "NOUN", 14),
    ("de", "case", "ADP", 20),
    ("la", "det", "DET", 20),
    ("route", "nmod", "NOUN", 17),
    ("nationale+", "amod", "ADJ", 20),
    (".+", "punct", "PUNCT", 3),
]

# "Le président a choisi d'imposer ce projet très critiqué… tout en voulant qu'il soit
# modifié avant de s'appliquer."
TOUT: Rows = [
    ("Le", "det", "DET", 1),
    ("président", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("choisi/choisir", "ROOT", "VERB", 3),
    ("d'+", "mark", "ADP", 5),
    ("imposer", "xcomp", "VERB", 3),
    ("ce", "det", "DET", 7),
    ("projet", "obj", "NOUN", 5),
    ("très", "advmod", "ADV", 9),
    ("critiqué+/critiquer", "xcomp", "VERB", 5),
    ("…", "punct", "PUNCT", 9),
    ("tout", "punct", "ADV", 9),
    ("en", "mark", "ADP", 13),
    ("voulant/vouloir", "advcl", "VERB", 9),
    ("qu'+", "mark", "SCONJ", 17),
    ("il", "nsubj:pass", "PRON", 17),
    ("soit/être", "aux:pass", "AUX", 17),
    ("modifié/modifier", "ccomp", "VERB", 13),
    ("avant", "mark", "ADP", 21),
    ("de", "mark", "ADP", 21),
    ("s'+", "expl:comp", "PRON", 21),
    ("appliquer+", "advcl", "VERB", 17),
    (".+", "punct", "PUNCT", 3),
]


@pytest.mark.parametrize(
    ("rows", "name", "said"),
    [
        (BENALI, "Ben Ali", "On a appris que le président Ben Ali avait quitté la Tunisie"),
        (MAZEN, "Abou Mazen", "Le ministre Abou Mazen a rencontré le secrétaire"),
    ],
)
def test_a_names_particle_goes_with_its_surname(rows, name, said):
    assert _alone(rows, [name]).startswith(said)


@pytest.mark.parametrize(
    ("rows", "name", "said"),
    [
        (LADEN, "Oussama Ben Laden", "Le dirigeant Oussama Ben Laden a été tué"),
        (DADDAH, "Ould Daddah", "Le chef de l'opposition Ould Daddah a dénoncé le scrutin"),
    ],
)
def test_a_persons_name_after_a_titles_noun_is_kept(rows, name, said):
    assert _alone(rows, [name]).startswith(said)


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        (URGENCE, "L'état d'urgence avait été décrété"),
        (EVACUATION, "L'ordre d'évacuation avait été donné"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_subject_nor_root(rows, said):
    assert _alone(rows).startswith(said)


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        # an impersonal "Il est trop tôt": the adverb is the predicate's
        (TROPTOT, "Il est encore trop tôt pour dire"),
        # no noun phrase after the comma: the relative is no main clause
        (ASSEZ, "Pas assez tôt pour distancer Yannick Bestaven"),
    ],
)
def test_an_adverb_with_no_subject_after_its_comma_stays_as_parsed(rows, said):
    assert _alone(rows).startswith(said)


@pytest.mark.parametrize(
    ("rows", "subject", "verb"),
    [
        (PRESSE, "La presse française", "a vivement critiqué l'intervention"),
        (PARTI, "Le parti", "a voté le texte"),
    ],
)
def test_a_subject_hung_on_a_participle_after_a_closed_quotation_is_the_verbs(rows, subject, verb):
    alone = _alone(rows)
    assert alone.startswith(subject)
    assert verb in alone


@pytest.mark.parametrize(
    ("rows", "names", "said"),
    [
        (MEBAZAA, ["Foued Mebazaa"], "Le président du Parlement"),
        (DUPUIS, ["Jean Dupuis"], "Le ministre de la Santé"),
        (POMPIERS, [], "Les pompiers ont donné l'alerte"),
    ],
)
def test_a_cleft_on_qui_is_told_straight(rows, names, said):
    alone = _alone(rows, names)
    assert alone.startswith(said)
    assert "proclamé" in alone or "a annoncé" in alone or "ont donné" in alone
    assert not alone.lower().startswith(("c'est", "ce sont"))


def test_a_cleft_on_a_pronoun_stays():
    assert _alone(LUI).startswith("C'est lui qui a signé")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Zine El Abidine Ben Ali", "Ben Ali"),
        ("Oussama Ben Laden", "Ben Laden"),
        ("Mohamed El Baradei", "El Baradei"),
        ("Abdallah Ibn Saoud", "Ibn Saoud"),
        ("Vladimir Poutine", "Poutine"),
    ],
)
def test_a_speakers_surname_keeps_its_particle(name, short):
    assert titles.short_name(name) == short


def test_the_clause_after_a_clefts_que_is_cut_at_a_boundary(tmp_path):
    body = (
        "Le jour de gloire est arrivé. Les Bleus ont gagné la deuxième Coupe du monde de leur "
        "histoire, dimanche 15 juillet, à Moscou. C'est sous une pluie battante, à 19h32, que "
        "le capitaine Paul Morel a soulevé le trophée tant convoité, remis par le président de "
        "la Fifa, Jean Dupont."
    )
    title = title_of(tmp_path, body, "2018-07-15", "trophée")
    # (cut with its cleft opening, the clause ended "le trophée tant")
    assert "le trophée tant convoité" in title


def test_an_absolute_participle_is_no_subject():
    # "son chapeau retiré" an absolute clause, "celui qui ..." the subject
    assert _alone(CHAPEAU).startswith("Celui qui a gouverné l'Irak")


def test_a_witness_named_after_its_phrase_goes_with_it():
    alone = _alone(HADDAD, ["Mounir Haddad"])
    assert alone.startswith("Ses derniers mots ont été un appel")
    assert "juge" not in alone


def test_a_noun_locution_keeps_its_bare_noun():
    assert "une prise en charge" in _alone(CHARGE)
    assert "une mise en garde" in _alone(HADDAD, ["Mounir Haddad"])


def test_the_word_opening_a_gerund_goes_with_it():
    alone = _alone(TOUT)
    assert "très critiqué" in alone
    assert not alone.endswith("tout")
