"""A photo caption or credit line glued above the story by a single line break (a web
page's text, issue 9): a line of its own, however long and whatever follows it, never
part of the story's sentence (which would publish the caption with the event). Invented
French lines; each beside a twin whose line is no caption."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, extraction_of

PUBLISHED = "2024-03-12"

# (body, words of the story's sentence, words of the caption line or None)
ROWS = [
    (
        "(Photo AFP)\n« Nous reconstruirons l'école avant la rentrée », a promis lundi le maire.",
        "reconstruirons",
        "(Photo AFP)",
    ),
    (
        "Le maire devant l'école détruite (1280x720) Jean MARTIN / AFP\n"
        "Le maire de Lunel a inauguré lundi la nouvelle école du quartier.",
        "inauguré",
        "(1280x720)",
    ),
    # an image's file name left alone on its line by the page's copy
    (
        "ROUEN (Reuters) - Deux frères ont été condamnés mercredi pour trois vols.\n"
        "a81fe0c3b2d1e4f5.jpg\n"
        "Après trois semaines d'audience, la cour a rendu son verdict dans une salle comble.",
        "rendu son verdict",
        "a81fe0c3b2d1e4f5.jpg",
    ),
    # ... a line that is no caption goes on as it did
    (
        "Le maire de Lunel a inauguré lundi la nouvelle école du quartier.\n"
        "Les travaux avaient duré deux ans.",
        "inauguré",
        None,
    ),
]


@pytest.mark.parametrize(("body", "words", "caption"), ROWS)
def test_a_caption_line_is_no_part_of_the_story(body, words, caption):
    sentences = extraction_of(body, PUBLISHED).sentences
    [story] = [s for s in sentences if words in s.text]
    assert story.role in TOLD
    if caption is not None:
        assert caption not in story.text
        [line] = [s for s in sentences if caption in s.text]
        assert line.role in NO_EVENT | {"heading"}


# A caption written twice, as the page shows it: the image's text, then the same with the
# photographer's name and agency closing it ("Jean Martin, AFP"): both are the caption.
# Each row: (body, words, the sentence's roles).
CREDITS = [
    (
        "Le maire a coupé lundi le ruban de la nouvelle école.\n"
        "Le maire a coupé lundi le ruban de la nouvelle école. Jean Martin, AFP\n\n"
        "La commune de Lunel a inauguré lundi son nouveau groupe scolaire.",
        "coupé lundi le ruban",
        NO_EVENT,
    ),
    (
        "Le maire a coupé lundi le ruban de la nouvelle école.\n"
        "Le maire a coupé lundi le ruban de la nouvelle école. Jean Martin, AFP\n\n"
        "La commune de Lunel a inauguré lundi son nouveau groupe scolaire.",
        "groupe scolaire",
        TOLD,
    ),
    # a caption paragraph closed by a credit after "©", no full stop before it (the page's
    # picture between two paragraphs of the story) ...
    (
        "Une bombe de la Seconde Guerre mondiale a été désamorcée dimanche à Condé.\n\n"
        "Les habitants ont été accompagnés à la salle des fêtes par la mairie © Radio France "
        "- Jean Martin\n\n"
        "Le démineur a neutralisé l'engin en deux heures, a indiqué la préfecture.",
        "accompagnés à la salle",
        NO_EVENT,
    ),
    # ... the same sentence of the story, closed by its full stop and credited to nobody
    (
        "Une bombe de la Seconde Guerre mondiale a été désamorcée dimanche à Condé.\n\n"
        "Les habitants ont été accompagnés dimanche à la salle des fêtes par la mairie.\n\n"
        "Le démineur a neutralisé l'engin en deux heures, a indiqué la préfecture.",
        "accompagnés dimanche à la salle",
        TOLD,
    ),
    # ... with no credit, the story's lead
    (
        "Le maire a coupé lundi le ruban de la nouvelle école.\n\n"
        "La commune de Lunel a inauguré lundi son nouveau groupe scolaire.",
        "coupé lundi le ruban",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), CREDITS)
def test_a_caption_closed_by_its_credit(body, words, roles):
    [first, *_] = [s for s in extraction_of(body, PUBLISHED).sentences if words in s.text]
    assert first.role in roles


# A subheading in capitals glued to the sentence after it by a page's copy (the heading
# and the paragraph run together): two words or more in capitals opening a sentence, before
# an opening quote or a capitalised word, are a heading of their own; the sentence after
# them is told as it would be alone. (Not an acronym opening a sentence, "L'ONU a annoncé";
# not a dateline, "NEW YORK (AFP) - ...".) Each row: (body, words of the story's sentence,
# the heading's words or None).
GLUED_HEADINGS = [
    (
        "Le préfet a présenté lundi le plan de crue, a-t-il précisé. COMMUNES RIVERAINES "
        "CONCERNÉES « Douze communes sont concernées par ce plan », a ajouté le préfet.",
        "Douze communes",
        "COMMUNES RIVERAINES CONCERNÉES",
    ),
    (
        "Le préfet a présenté lundi le plan de crue. UNE ENQUÊTE OUVERTE Le parquet de "
        "Nîmes a ouvert lundi une enquête.",
        "parquet de",
        "UNE ENQUÊTE OUVERTE",
    ),
    ("L'ONU a annoncé lundi une trêve de trois jours.", "annoncé lundi", None),
    ("NEW YORK (AFP) - Le maire a présenté lundi son budget.", "présenté lundi", None),
]


@pytest.mark.parametrize(("body", "words", "heading"), GLUED_HEADINGS)
def test_a_glued_heading_in_capitals_is_a_heading(body, words, heading):
    sentences = extraction_of(body, PUBLISHED).sentences
    [story] = [s for s in sentences if words in s.text]
    assert story.role in TOLD
    if heading is not None:
        assert heading not in story.text
        [line] = [s for s in sentences if s.text == heading]
        assert line.role == "heading"
