"""The narration's pronoun after a quotation (issue 9: a headline says what its sentence
says). « Je viens de parler avec X », a écrit le ministre. Il a ensuite ...": "Il" is the
minister, who speaks, not X, whom his words name; the narration's pronoun stands for the
narration's people (the speaker of the clause set after the quotation, whatever its verb:
"a tweeté", "a écrit"; a body as well as a person), never for a name only the quoted words
hold while one of the narration agrees with it, nor goes on with a pronoun inside them
("..., il va bien »"); a pronoun set after the verb ("a-t-elle raconté") is the narration's.
A pronoun after a plain narration keeps its antecedent, and one after a quotation about
someone whom no one of the narration agrees with stands for that someone.
Invented French, each article of another topic."""

from __future__ import annotations

import pytest
from builders import sentence
from essai_article import title_of

from timeline.events import titles

# (body, publication day, words of the sentence, its title): the pronoun after the quotation
# is its speaker, not the person the quoted words name
AFTER_A_QUOTATION = [
    (  # the speaker a common noun after "a écrit"; a pronoun inside the quotation
        "Le défenseur Hugo Marchal a été opéré lundi à Nantes après sa blessure au genou.\n\n"
        '"Je viens d\'avoir Hugo Marchal au téléphone, il va bien", a écrit le président du '
        "club lundi soir sur les réseaux sociaux. Il a ensuite rencontré les joueurs au centre "
        "d'entraînement mardi matin.",
        "2022-03-14",
        "rencontré",
        "Le président du club a ensuite rencontré les joueurs",
    ),
    (  # the speaker named in apposition; the quoted name of the same gender
        "La nouvelle école de Vernoux ouvrira ses portes en janvier.\n\n« Nous devons beaucoup "
        "à Claire Fabre, qui a porté ce projet depuis le début », a déclaré mardi la maire, "
        "Anne Delorme, devant les parents. Elle a ensuite visité le chantier avec les "
        "architectes mardi après-midi.",
        "2021-10-05",
        "chantier",
        "Anne Delorme a ensuite visité le chantier avec les architectes",
    ),
    (  # a body speaks, a day between its verb and its name
        "Trois brebis ont été tuées dans la nuit de dimanche à lundi sur la commune de "
        "Séez.\n\n« Nous avons rencontré Paul Reynaud, le berger, et nous comprenons sa "
        "colère », a indiqué lundi la préfecture de Savoie. Elle a autorisé un tir de défense "
        "mardi.",
        "2020-02-11",
        "tir de défense",
        "La préfecture de Savoie a autorisé un tir de défense",
    ),
    (  # a clause set after the quotation whose verb is no verb of saying: its subject speaks
        "La sélectionneuse a annoncé que la gardienne Inès Morvan rejoindrait le groupe "
        "jeudi.\n\n« J'ai eu Inès Morvan ce matin, elle est prête », a ajouté en souriant la "
        "sélectionneuse vers midi. Elle a dirigé l'entraînement mercredi soir à Clairefontaine.",
        "2023-07-12",
        "dirigé",
        "La sélectionneuse a dirigé l'entraînement à Clairefontaine",
    ),
    (  # the speaker a pronoun after the verb: the narration's "elle" goes on with it,
        # not the man the quoted words name
        "La boulangère Sophie Lenoir a découvert la vitrine brisée lundi matin.\n\n« J'ai "
        "croisé Marc Vidal au marché, il n'avait rien vu », a-t-elle raconté. Elle a porté "
        "plainte lundi après-midi au commissariat.",
        "2021-02-16",
        "plainte",
        "Sophie Lenoir a porté plainte au commissariat",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), AFTER_A_QUOTATION)
def test_the_pronoun_after_a_quotation_is_its_speaker(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (body, publication day, words of the sentence, its title): the antecedent stays when the
# narration names it (a plain narration), or when the quoted words name the one it stands
# for and no one of the narration agrees with it
KEPT = [
    (  # a quotation about the one the narration tells of, its speaker no candidate
        "Une retraitée de 82 ans a été retrouvée morte lundi dans sa maison de Lisieux.\n\n« "
        "Jeanne Marchand ne sortait presque plus », raconte un voisin. Elle avait appelé les "
        "secours dimanche soir.",
        "2020-01-14",
        "secours",
        "Jeanne Marchand avait appelé les secours",
    ),
    (
        "Le procès du braquage de la bijouterie de Montauban s'est ouvert lundi.\n\nLe juge "
        "Paul Morel a entendu mardi le témoin principal, un voisin. Il a ensuite suspendu "
        "l'audience jusqu'à mercredi.",
        "2023-05-09",
        "suspendu",
        "Paul Morel a ensuite suspendu l'audience",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), KEPT)
def test_a_pronoun_after_the_narration_keeps_its_antecedent(
    tmp_path, body, published, words, title
):
    assert title_of(tmp_path, body, published, words) == title


# (sentence, the name, quoted only?): a name inside the quotation of a sentence that tells
# its speaker is the quotation's; a name outside it, or in a sentence that is nothing but a
# quotation, is not
QUOTED_ONLY = [
    ("« J'ai vu Léo Martin hier », a dit le gardien.", "Léo Martin", True),
    ("Léo Martin a vu le gardien, « un homme discret ».", "Léo Martin", False),
    ("« J'ai vu Léo Martin hier. »", "Léo Martin", False),
    ('Le gardien a dit : "Léo Martin est parti".', "Léo Martin", True),
    ("Quelle joie ! J'ai parlé à Léo Martin », a écrit le gardien.", "Léo Martin", True),
]


@pytest.mark.parametrize(("text", "name", "quoted"), QUOTED_ONLY)
def test_a_name_only_in_the_quoted_words(text, name, quoted):
    assert titles.quoted_only(sentence(text), text.index(name)) is quoted
