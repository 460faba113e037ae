"""What a demonstrative subject opening a headline stands for (issue 9, dangling
references): the last person named in the sentence just before it, else the last noun
phrase of its number there ("... avec les chiffres de Pôle Emploi. Ce dernier a été annoncé
en recul" -> "Pôle Emploi a été annoncé en recul"); a noun after a contracted article takes
the definite one ("la sécurité des habitants. Ceux-ci ..." -> "Les habitants ..."); of its
gender (spaCy's morphology of the noun), its reporting clause included. Invented French news
articles, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import chronology_of

# (body, publication day, words of the event sentence, how its headline opens)
DEMONSTRATIVES = [
    (
        "L'incendie s'est déclaré jeudi dans un entrepôt de Rouen. Un périmètre de sécurité "
        "a été mis en place autour du site pour garantir la sécurité des riverains. Ceux-ci "
        "sont invités à rester chez eux.",
        "2024-03-14",
        "invités à rester",
        "Les riverains sont invités",
    ),
    (
        "Le taux de chômage est remonté de 0,2 point au premier trimestre, selon l'Insee.\n\n"
        "Attention, il ne faut pas confondre le taux de l'Insee avec les chiffres de Pôle "
        "Emploi. Ce dernier a été annoncé en recul de 1 % au premier trimestre.",
        "2018-05-23",
        "annoncé en recul",
        "Pôle Emploi a été annoncé",
    ),
    # a reporting clause before: its words count too; a feminine demonstrative stands for
    # the last feminine phrase ("élections"), not the last one ("résultats")
    (
        "« Je dissous l'Assemblée nationale », a déclaré dimanche le président après "
        "l'annonce des élections et de leurs résultats. Celles-ci ont vu la victoire du parti.",
        "2024-06-10",
        "ont vu la victoire",
        "Les élections ont vu",
    ),
    # ... and a masculine one the last masculine phrase
    (
        "Les députés ont adopté mardi la réforme des retraites. Ceux-ci ont quitté l'hémicycle "
        "jeudi sous les huées.",
        "2023-03-17",
        "quitté l'hémicycle",
        "Les députés ont quitté",
    ),
    # the words before a reporting clause that opens the sentence ("le chef des pompiers
    # assure que ceux-ci ...")
    (
        "L'incendie a été maîtrisé lundi. Le chef des sauveteurs assure lundi que ceux-ci "
        "resteront sur place pour plusieurs jours.",
        "2024-05-13",
        "resteront sur place",
        "Les sauveteurs resteront",
    ),
    # a phrase without a determiner that can open a headline: the pronoun stays rather than
    # taking one further back
    (
        "Des renforts sont arrivés lundi. L'effectif de gendarmes a doublé lundi. Ceux-ci "
        "patrouilleront toute la nuit de lundi.",
        "2024-05-13",
        "patrouilleront toute la nuit",
        "Ceux-ci patrouilleront",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "opening"), DEMONSTRATIVES)
def test_a_demonstrative_stands_for_the_last_one_named(tmp_path, body, published, words, opening):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.title.startswith(opening)


def test_noun_phrases_are_kept_only_where_a_pronoun_may_stand_for_them():
    """A 1,000-article build holds every extraction in memory: the noun phrases of a parsed
    sentence are kept only when a headline's pronoun may stand for them (the sentence before
    one that opens with a pronoun, or a sentence whose reporting clause a pronoun follows)."""
    from essai_article import extraction_of

    body = (
        "Les pompiers ont maîtrisé l'incendie lundi à Lyon.\n\nLe maire a rendu visite lundi aux "
        "sinistrés de l'immeuble. Ceux-ci ont été relogés lundi soir dans un gymnase."
    )
    sentences = extraction_of(body, "2024-05-13").sentences
    phrases = {s.text.split()[1]: s.phrases for s in sentences}
    assert phrases["pompiers"] is None  # parsed (an event), read by no pronoun
    assert phrases["maire"] is not None  # "Ceux-ci" may stand for "les sinistrés"
    assert any(p.words == "sinistrés" for p in phrases["maire"])


# (an article, are the noun phrases of its first sentence kept?): a demonstrative anywhere
# in the sentence after it, as a word of its own, may stand for one of them ("soutenir
# ceux-ci", "la réouverture de celles-ci"); not one glued to another word ("cette
# dernière-née"), nor a sentence naming its nouns again
ANYWHERE = [
    (
        "Les élus ont voté lundi une aide aux agriculteurs du Gers. Le préfet a promis mardi "
        "de soutenir ceux-ci jusqu'à la récolte.",
        True,
    ),
    (
        "Les élus ont voté lundi une aide aux agriculteurs du Gers. Le préfet a promis mardi "
        "de soutenir les éleveurs jusqu'à la récolte.",
        False,
    ),
    (
        "La mairie a fermé lundi trois écoles du quartier. Les parents d'élèves ont demandé "
        "mardi la réouverture de celles-ci.",
        True,
    ),
    (
        "Le musée a reçu lundi une collection de tableaux flamands. Le conservateur a exposé "
        "mardi les plus beaux de ceux-ci dans la grande salle.",
        True,
    ),
    (
        "Le constructeur a présenté lundi sa nouvelle voiture électrique. Le patron de la "
        "marque a dévoilé mardi le prix de cette dernière-née de la gamme.",
        False,
    ),
]


@pytest.mark.parametrize(("body", "kept"), ANYWHERE)
def test_a_demonstrative_anywhere_keeps_the_phrases_before_it(body, kept):
    from essai_article import extraction_of

    first = extraction_of(body, "2024-05-14").sentences[0]
    assert (first.phrases is not None) is kept
