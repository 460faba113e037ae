"""One speaker's words of a day retold by several outlets, however each names the speaker
(issue 9, ``frames.mark_declarations``): by the title in full whose one holder the build
names ("a fait savoir le ministre de l'Intérieur", ``speakers.office_in_full``), not by a
body's ("la préfecture": its communiqué is the body's occasion); by a stressed pronoun after
an attribution ("Selon lui, ..."); by an attribution opening that names the speaker, on
what the speaker says, not on an act told as done ("Selon le ministre, la situation reste
« préoccupante »"), whatever the tense of the claim; by a person's office alone in a
lead whose holder the article's next statement names ("Le chef de la police a reconnu
..." / "Marc Vidal a déclaré ..."), not when it names another under another title; in the
pluperfect when the article
tells that speaker's day in it alone, not when it tells it otherwise too (two occasions);
and an article's several sentences of one occasion as the account another outlet retells
when their words meet (``frames._occasions_retold``), not when they do not. Invented French
articles run through the whole pipeline; each row says which two sentences one event cites,
or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

VOICES = [
    # (case, articles, one sentence, another, one statement?)
    (
        "a minister by the title in full in one outlet, by name in the other",
        {
            "2024-05-13-a": "Le ministre de l'Intérieur, Marc Leroy, s'est rendu lundi à "
            "Trèbes. Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Sur Twitter, le ministre de l'Intérieur a fait savoir lundi "
            "que le bilan « s'annonce lourd ».",
        },
        "a|le courage des gendarmes",
        "b|s'annonce lourd",
        True,
    ),
    (
        "a prefect by name in one outlet, the prefecture in the other",
        {
            "2024-05-13-a": "Le préfet de l'Aude, Marc Leroy, a annoncé lundi dans un "
            "communiqué la fermeture des écoles de Trèbes.",
            "2024-05-13-b": "Dans un communiqué, la préfecture de l'Aude a demandé lundi aux "
            "habitants de rester chez eux.",
        },
        "a|la fermeture des écoles",
        "b|rester chez eux",
        False,
    ),
    (
        "a stressed pronoun after 'selon' going on with the speaker before",
        {
            "2024-05-13-a": "Au micro de France Bleu, Paul Girard a reconnu lundi que le "
            "quai était « en mauvais état ». Selon lui, la situation est désormais « "
            "maîtrisée ».",
            "2024-05-13-b": "Au micro de France Bleu, le maire Paul Girard a dénoncé lundi "
            "« des années de négligence ».",
        },
        "a|Selon lui",
        "b|des années de négligence",
        True,
    ),
    (
        "an occasion told in two sentences whose words another outlet's one meets",
        {
            "2024-05-13-a": "« Le port rouvrira en septembre », a affirmé lundi Paul Girard, "
            "maire de Brest. Paul Girard a ajouté lundi que la fermeture du quai coûterait "
            "deux millions d'euros.",
            "2024-05-13-b": "Paul Girard a estimé lundi que la fermeture était « une épreuve "
            "pour toute la ville ».",
        },
        "a|deux millions",
        "b|une épreuve pour toute la ville",
        True,
    ),
    (
        "an occasion told in two sentences whose words another outlet's one does not meet",
        {
            "2024-05-13-a": "« Le port rouvrira en septembre », a affirmé lundi Paul Girard, "
            "maire de Brest. Paul Girard a ajouté lundi que les travaux coûteraient deux "
            "millions d'euros.",
            "2024-05-13-b": "Paul Girard a dénoncé lundi la hausse des impôts régionaux.",
        },
        "a|deux millions",
        "b|hausse des impôts",
        False,
    ),
    (
        "an attribution opening on a state said: the speaker's words",
        {
            "2024-05-13-a": "Le ministre de l'Intérieur, Marc Leroy, s'est rendu lundi à "
            "Trèbes. Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Selon le ministre de l'Intérieur, la situation reste « très "
            "préoccupante » dans le quartier.",
        },
        "a|le courage des gendarmes",
        "b|très préoccupante",
        True,
    ),
    (
        "an attribution opening on an act told as done: the happening relayed",
        {
            "2024-05-13-a": "Le ministre de l'Intérieur, Marc Leroy, s'est rendu lundi à "
            "Trèbes. Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Selon le ministre de l'Intérieur, les pompiers ont sauvé lundi "
            "douze personnes.",
        },
        "a|le courage des gendarmes",
        "b|douze personnes",
        False,
    ),
    (
        "an attribution opening on a claim in the pluperfect: the occasion told, not an earlier",
        {
            "2024-05-13-a": "Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Sur Twitter, le ministre de l'Intérieur, Marc Leroy, a salué "
            "lundi le travail des secours. Selon Marc Leroy, la préfecture n'avait pas encore "
            "réussi à joindre les familles.",
        },
        "a|le courage des gendarmes",
        "b|joindre les familles",
        True,
    ),
    (
        "a lead's office alone, its holder named in the next statement: one speaker",
        {
            "2024-05-13-a": "Le chef de la police de Trèbes a reconnu lundi que ses services "
            "avaient reçu des appels urgents. Marc Vidal a déclaré lundi que ces appels "
            "avaient été traités de manière « insuffisante ».",
            "2024-05-13-b": "Lors d'une conférence de presse, Marc Vidal a reconnu lundi « "
            "une lourde responsabilité ».",
        },
        "a|appels urgents",
        "b|lourde responsabilité",
        True,
    ),
    (
        "a lead's office alone, the next statement another's under another title: apart",
        {
            "2024-05-13-a": "Le chef de la police de Trèbes a reconnu lundi que ses services "
            "avaient reçu des appels urgents. Le maire de Trèbes, Paul Girard, a déclaré "
            "lundi que ces appels avaient été traités de manière « insuffisante ».",
            "2024-05-13-b": "Lors d'une conférence de presse, Paul Girard a reconnu lundi « "
            "une lourde responsabilité ».",
        },
        "a|appels urgents",
        "b|lourde responsabilité",
        False,
    ),
    (
        "a speaker's words told in the pluperfect alone: the occasion the others name",
        {
            "2024-05-13-a": "Le ministre de l'Intérieur, Marc Leroy, s'est rendu lundi à "
            "Trèbes. Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Un incendie a ravagé lundi une usine de Trèbes. Le ministre de "
            "l'Intérieur, Marc Leroy, avait évoqué dans la matinée un bilan « lourd ».",
        },
        "a|le courage des gendarmes",
        "b|un bilan",
        True,
    ),
    (
        "a speaker's words told in the pluperfect and in the past: two occasions",
        {
            "2024-05-13-a": "Le ministre de l'Intérieur, Marc Leroy, s'est rendu lundi à "
            "Trèbes. Sur Twitter, Marc Leroy a salué lundi « le courage des gendarmes ».",
            "2024-05-13-b": "Un incendie a ravagé lundi une usine de Trèbes. Le ministre de "
            "l'Intérieur, Marc Leroy, avait évoqué dans la matinée un bilan « lourd ». Marc "
            "Leroy a annoncé lundi soir l'ouverture d'une enquête.",
        },
        "a|le courage des gendarmes",
        "b|un bilan",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), VOICES, ids=[r[0] for r in VOICES]
)
def test_one_speakers_words_of_a_day_however_named_are_one_statement(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
