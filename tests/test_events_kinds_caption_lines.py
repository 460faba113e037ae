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
