"""Sentences whose day does not set the narration (issue 9, dating of reports): an
expectation, what is awaited or feared on the day it names ("À dix noeuds, le bateau est
attendu ce samedi à Valence"), is when something may come, not the time of the story; the
undated acts told after it go on with the story's day. Invented French news, with spaCy's
French parser (dev29's dating 1).

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of, sentence_of

AWAITED_ROWS = [
    # written on a Saturday: the talks were Friday's, the ship is awaited on the day of
    # writing; the answers to the press were given at the talks
    (
        "Les deux ministres se sont rencontrés vendredi à Berlin pendant plus de trois heures. "
        "Le cargo, lui, faisait route vers Marseille. Il est attendu ce samedi dans le port.\n\n"
        "Devant la presse, les deux ministres ont répondu aux questions des journalistes.\n\n"
        "Le ministre allemand a reconnu des « divergences » entre les deux pays.",
        "2024-05-11",
        "ont répondu",
        "2024-05-10",
    ),
    (
        "Les deux ministres se sont rencontrés vendredi à Berlin pendant plus de trois heures. "
        "Le cargo, lui, faisait route vers Marseille. Il est attendu ce samedi dans le port.\n\n"
        "Devant la presse, les deux ministres ont répondu aux questions des journalistes.\n\n"
        "Le ministre allemand a reconnu des « divergences » entre les deux pays.",
        "2024-05-11",
        "a reconnu",
        "2024-05-10",
    ),
    # written on a Friday: the hearing ended Thursday, the verdict is awaited today
    (
        "Le procès s'est achevé jeudi à Lyon après trois semaines d'audience. Le verdict est "
        "attendu ce vendredi en fin de journée.\n\n"
        "Dans sa dernière prise de parole, l'accusé a demandé pardon aux familles.",
        "2024-05-10",
        "a demandé pardon",
        "2024-05-09",
    ),
    # written on a Wednesday: the fire was mastered Tuesday, new flare-ups are feared today
    (
        "Les pompiers ont maîtrisé mardi l'incendie de la forêt de Chiberta. De nouvelles "
        "reprises de feu sont redoutées ce mercredi avec le retour du vent.\n\n"
        "Le préfet a salué le travail des soldats du feu.",
        "2024-05-08",
        "a salué",
        "2024-05-07",
    ),
    # twin: an act told in the present on its day sets the narration ("Le navire accoste ce
    # samedi"): what is told after it in the past is of that day
    (
        "Le cargo a quitté Tanger jeudi. Le navire accoste ce samedi à Valence.\n\n"
        "Les migrants ont été accueillis par la Croix-Rouge.",
        "2024-05-11",
        "accueillis",
        "2024-05-11",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), AWAITED_ROWS)
def test_what_is_awaited_on_a_day_does_not_set_the_narration(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


# A document the act's sentence named, pointed back to by a definite or demonstrative
# determiner, its words told in the present after that act of a day before publication
# ("Jeudi matin, les deux gouvernements ont diffusé le même communiqué. [...] Le texte
# rapporte que ..."): said when it was issued, on the act's day, as "Un communiqué fustige
# ..." (dev29's dating 3). Each row: (body, publication day, words of the report, the day
# of the event it reports).
DOCUMENT_ROWS = [
    # a follow-up made an event between the act and the document's words
    (
        "Jeudi matin, les deux gouvernements ont diffusé le même communiqué, sans que ce soit "
        "un communiqué commun. Les deux ministres, qui se sont parlé au téléphone, y conviennent "
        "que de nouvelles discussions sont nécessaires. Le texte rapporte que le ministre "
        "français a souligné n'avoir voulu offenser personne.",
        "2024-05-10",
        "Le texte rapporte",
        "2024-05-09",
    ),
    (
        "Le ministère de la Santé a publié mardi un communiqué sur l'épidémie de rougeole. Le "
        "texte précise que douze nouveaux cas ont été confirmés dans la région.",
        "2024-05-15",
        "Le texte précise",
        "2024-05-14",
    ),
    (
        "La préfecture a diffusé lundi soir une déclaration après l'effondrement du pont. La "
        "déclaration ajoute qu'aucun risque immédiat pour les riverains ne semble exister.",
        "2024-05-14",
        "La déclaration ajoute",
        "2024-05-13",
    ),
    # twin: a definite document the act did not name ("ses chiffres", then "Le rapport de
    # l'OMS"): another text, its words told on the day of writing
    (
        "Le ministère de la Santé a publié mardi ses chiffres sur la rougeole. Le rapport de "
        "l'OMS précise que douze nouveaux cas ont été confirmés en Europe.",
        "2024-05-15",
        "Le rapport de l",
        "2024-05-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), DOCUMENT_ROWS)
def test_a_document_the_act_named_says_its_words_on_the_act_s_day(
    tmp_path: Path, body: str, published: str, words: str, day: str
) -> None:
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# A day a participle closing the sentence names, about the noun or name before its comma
# ("... la sécurité de l'ancien Premier ministre Shinzo Abe, assassiné vendredi"): the day
# of what was done to that person, not of the act the sentence tells, which takes its
# narration's; what the text tells next retells that happening, on that day (dev28's
# n-onizuka lead). Each row: (body, publication day, words of the sentence, the day it is
# dated).
RECALLED_ROWS = [
    # written on a Saturday: the former minister was shot on Friday; the police's admission
    # is of the day of writing, the shooting told next is Friday's
    (
        "La police japonaise a admis des failles dans la sécurité de l'ancien Premier "
        "ministre Kenji Sato, assassiné vendredi.\n\n"
        "Alors qu'il tenait une réunion publique à Lens, il a été mortellement touché par "
        "deux balles.",
        "2024-05-11",
        "a admis des failles",
        "2024-05-11",
    ),
    (
        "La police japonaise a admis des failles dans la sécurité de l'ancien Premier "
        "ministre Kenji Sato, assassiné vendredi.\n\n"
        "Alors qu'il tenait une réunion publique à Lens, il a été mortellement touché par "
        "deux balles.",
        "2024-05-11",
        "mortellement touché",
        "2024-05-10",
    ),
    # the same shape the parser reads otherwise (the participle hung from the noun): the
    # shooting told next is still Friday's
    (
        "La police italienne a reconnu des failles dans la protection de l'ancien ministre "
        "Marco Bellini, assassiné vendredi.\n\n"
        "Alors qu'il tenait une réunion publique à Lens, il a été mortellement touché par "
        "deux balles.",
        "2024-05-11",
        "mortellement touché",
        "2024-05-10",
    ),
    (
        "Le parquet a ouvert une enquête sur la mort de la chanteuse Lina Morel, retrouvée "
        "sans vie mardi à son domicile.",
        "2024-05-16",
        "ouvert une enquête",
        "2024-05-16",
    ),
    # twin: what the subject underwent next, after "puis", is the act's day
    (
        "Le suspect a été interpellé à son domicile, puis placé en garde à vue mardi.",
        "2024-05-16",
        "placé en garde à vue",
        "2024-05-14",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), RECALLED_ROWS)
def test_a_day_a_closing_participle_names_of_a_noun_dates_what_is_told_next_only(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day
