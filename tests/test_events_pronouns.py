"""Who a pronoun stands for (``timeline.events.pronouns``): one rule for the speaker of a
statement, the agent merging compares and the subject a headline restores.

Each row is a little article as the resolver reads it (invented, without the model): per
sentence its paragraph, whether it is a heading, the persons it names in text order and the
subject of its kept parse; then what the pronoun of the last sentence stands for.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.events.pronouns import Named, Resolver, Subjects, Told

P1, P2 = 1, 2
ROWS = [
    pytest.param(
        # "Des mots perçus comme sincères par Philippe Duperron. Il a perdu son fils."
        [Told(P1, persons=("philippe-duperron",)), Told(P1)],
        Named("philippe-duperron", 0),
        Subjects(person="philippe-duperron", last_person="philippe-duperron"),
        id="the-person-named-just-before",
    ),
    pytest.param(
        # "Emmanuel Macron a reçu Olaf Scholz. Il a déclaré ...": the first named, its subject
        # ("Ce dernier a déclaré ...": the last named)
        [Told(P1, persons=("emmanuel-macron", "olaf-scholz")), Told(P1)],
        Named("emmanuel-macron", 0),
        Subjects(person="emmanuel-macron", last_person="olaf-scholz"),
        id="the-first-of-several-named",
    ),
    pytest.param(
        # the nearest sentence naming one wins over an earlier one
        [Told(P1, persons=("a",)), Told(P1, persons=("b",)), Told(P1), Told(P1)],
        Named("b", 1),
        Subjects(person="b"),
        id="the-nearest-naming-sentence",
    ),
    pytest.param(
        # a paragraph opening with a pronoun after a paragraph about the accused: the
        # speaker or agent of one person is not looked for across paragraphs, a headline's
        # subject is ("Les 9 prévenus présents ont pu s'exprimer. // Jusqu'au jugement, ils
        # resteront libres": "Les 9 prévenus présents resteront libres")
        [
            Told(P1, persons=("marc-lefort",), subject=("Les 9 prévenus présents", "plural")),
            Told(P2),
        ],
        None,
        Subjects(
            person="marc-lefort",
            plural="Les 9 prévenus présents",
            last_person="marc-lefort",
        ),
        id="a-headline-across-paragraphs",
    ),
    pytest.param(
        # ... the paragraph just before only, its heading skipped
        [
            Told(P1, subject=("Les deux suspects", "plural")),
            Told(P2, heading=True),
            Told(3, subject=("La cour", "singular")),
            Told(4),
        ],
        None,
        Subjects(singular="La cour"),
        id="the-paragraph-just-before",
    ),
    pytest.param(
        # ... and not past a sentence of its own paragraph
        [
            Told(P1, subject=("Les deux suspects", "plural")),
            Told(P2, subject=("Le juge", "singular")),
            Told(P2),
        ],
        None,
        Subjects(singular="Le juge"),
        id="its-own-paragraph-first",
    ),
    pytest.param(
        # "Le principal suspect a été arrêté samedi. Il a été placé en détention."
        [Told(P1, subject=("Le principal suspect", "singular")), Told(P1)],
        None,
        Subjects(singular="Le principal suspect"),
        id="a-subject-phrase-when-nobody-is-named",
    ),
    pytest.param(
        # a nearer subject phrase of one beats a person named further back
        [
            Told(P1, persons=("philippe-duperron",)),
            Told(P1, subject=("Le principal suspect", "singular")),
            Told(P1),
        ],
        Named("philippe-duperron", 0),
        Subjects(singular="Le principal suspect"),
        id="the-nearest-subject-of-one",
    ),
    pytest.param(
        # "Les 6 grévistes ont pu s'exprimer. Le directeur a parlé. Ils ..."
        [
            Told(P1, subject=("Les 6 grévistes", "plural")),
            Told(P1, subject=("Le directeur", "singular")),
            Told(P1),
        ],
        None,
        Subjects(singular="Le directeur", plural="Les 6 grévistes"),
        id="each-number-its-own-subject",
    ),
    pytest.param(
        # a heading between them is skipped, not a subject
        [Told(P1, persons=("a",)), Told(P1, heading=True, persons=("b",)), Told(P1)],
        Named("a", 0),
        Subjects(person="a", last_person="a"),
        id="headings-skipped",
    ),
    pytest.param(
        # beyond antecedent_window (4) sentences back, nothing
        [Told(P1, persons=("a",))] + [Told(P1)] * 5,
        None,
        Subjects(),
        id="within-the-window",
    ),
    pytest.param([Told(P1)], None, Subjects(), id="first-sentence"),
    pytest.param(
        # "La présidente donne la parole à Marc Lefort. Il s'adresse aux proches de Jean
        # Vidal. Il rend hommage aux familles": the same "Il" goes on, not the man named in
        # its complement
        [
            Told(P1, persons=("marc-lefort",), subject=("La présidente", "singular")),
            Told(P1, persons=("jean-vidal",), pronoun="il"),
            Told(P1, pronoun="il"),
        ],
        Named("marc-lefort", 0),
        Subjects(person="marc-lefort", last_person="jean-vidal"),
        id="the-same-pronoun-goes-on",
    ),
    pytest.param(
        # "Elle s'adresse aux proches de Jean Vidal. Il ...": another pronoun, the old rule
        [
            Told(P1, persons=("anne-roy",)),
            Told(P1, persons=("jean-vidal",), pronoun="elle"),
            Told(P1, pronoun="il"),
        ],
        Named("jean-vidal", 1),
        Subjects(person="jean-vidal", last_person="jean-vidal"),
        id="another-pronoun-does-not-go-on",
    ),
    pytest.param(
        # "Les pompiers ont atteint la ferme. Ils évacuent les voisins de Jean Vidal. Ils ..."
        [
            Told(P1, subject=("Les pompiers", "plural")),
            Told(P1, persons=("jean-vidal",), pronoun="ils"),
            Told(P1, pronoun="ils"),
        ],
        None,
        Subjects(plural="Les pompiers", last_person="jean-vidal"),
        id="a-plural-pronoun-goes-on",
    ),
]


@pytest.mark.parametrize(("article", "person", "subjects"), ROWS)
def test_what_the_pronoun_of_the_last_sentence_stands_for(article, person, subjects):
    told = {(0, s): sentence for s, sentence in enumerate(article)}
    resolver = Resolver(told)
    last = (0, len(article) - 1)
    assert resolver.person(last) == person
    # (the candidates a headline picks from by gender: tests/test_events_headline_agreement.py)
    assert replace(resolver.subjects(last), candidates=()) == subjects


# a pronoun opening the article's text (headings before it only) stands for the subject of
# the sentence after it, in its paragraph ("Il était activement recherché depuis jeudi. Le
# suspect, son ex-mari, a été interpellé vendredi"): (article, the pronoun's sentence, what
# a headline opening with it restores)
LEADS = [
    pytest.param(
        [Told(P1), Told(P1, subject=("Le suspect", "singular"))],
        0,
        Subjects(singular="Le suspect"),
        id="the-lead-names-it-after",
    ),
    pytest.param(
        [Told(P1, heading=True), Told(P2), Told(P2, persons=("a",))],
        1,
        Subjects(person="a", last_person="a"),
        id="under-a-heading",
    ),
    pytest.param(
        # not inside the text: what came before it
        [Told(P1, persons=("a",)), Told(P2), Told(P2, persons=("b",))],
        1,
        Subjects(person="a", last_person="a"),
        id="not-inside-the-text",
    ),
    pytest.param(
        # not from the next paragraph
        [Told(P1), Told(P2, persons=("b",))],
        0,
        Subjects(),
        id="not-across-paragraphs",
    ),
]


@pytest.mark.parametrize(("article", "index", "subjects"), LEADS)
def test_a_pronoun_opening_the_text_stands_for_what_the_lead_names_after(article, index, subjects):
    told = {(0, s): sentence for s, sentence in enumerate(article)}
    assert replace(Resolver(told).subjects((0, index)), candidates=()) == subjects


def test_articles_are_apart():
    """A sentence of the next article does not resolve a pronoun opening this one."""
    told = {(0, 0): Told(P1, persons=("a",)), (1, 0): Told(P1), (1, 1): Told(P1)}
    assert Resolver(told).person((1, 0)) is None
    assert Resolver(told).person((1, 1)) is None


def test_a_headline_pronoun_goes_on_with_the_same_pronoun_before_it(tmp_path):
    """ "Il s'est adressé aux proches de Jean Vidal. Il a rendu hommage ...": the second "Il"
    is the first one's (Marc Lefort), not the man its complement names (invented article,
    with spaCy's French parser)."""
    from essai_article import chronology_of

    body = (
        "Le procès de l'incendie s'est ouvert lundi à Rouen. Mardi, la présidente a donné la "
        "parole à Marc Lefort. Il s'est adressé mardi aux proches de Jean Vidal, venus à "
        "l'audience. Il a rendu hommage mardi soir aux familles des disparus."
    )
    titles = [e.title for e in chronology_of(tmp_path, body, "2013-03-13").events]
    assert "Marc Lefort a rendu hommage aux familles des disparus" in titles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            # the pronoun a possessive speaker reports stands for whom the sentence before
            # told of, not for the speaker ("Son avocat" speaks for his client)
            "La cour d'assises de Douai a condamné lundi Paul Verrier à vingt ans de prison. "
            "Compte tenu de son âge, le faussaire ne sortira pas avant longtemps. Son avocat a "
            "annoncé mardi qu'il ne ferait pas appel.",
            "Le faussaire ne",
            id="after-a-possessive-speaker",
        ),
        pytest.param(
            # a country's or a body's name with its article is a subject a pronoun stands
            # for ("la France"), nearer than the subject of the paragraph before
            "Un pacte de défense a été signé mercredi à Washington par trois pays.\n\n"
            "Partenaire historique des Américains, la France n'a pas apprécié ce choix. Elle "
            "a d'ailleurs annulé jeudi une réception prévue à New York, a indiqué le ministère.",
            "La France a annulé une réception",
            id="a-name-with-its-article",
        ),
        pytest.param(
            # a pronoun of another number than the named speaker's: whom the sentences
            # before told of (a noun's plural form makes its subject plural, "Trois
            # randonneurs"), after the speaker
            "Trois randonneurs sont portés disparus depuis samedi dans le massif de l'Oisans. "
            "« Ce sont des habitués », confie le guide du refuge. Jean Morel raconte mardi "
            "qu'ils n'ont pas voulu renoncer à leur course dimanche.",
            "Morel : trois randonneurs n'ont pas voulu renoncer",
            id="after-a-speaker-of-another-number",
        ),
    ],
)
def test_a_pronoun_a_reporting_clause_relays_stands_for_someone_told_before(
    tmp_path, body, expected
):
    """What a reporting clause relays may open with a pronoun that is not its speaker: the
    headline names whom it stands for, read from the sentences before (invented articles,
    with spaCy's French parser)."""
    from essai_article import chronology_of

    titles = [e.title for e in chronology_of(tmp_path, body, "2019-06-12").events]
    assert any(t.startswith(expected) for t in titles), titles
