"""One more instance of a past an article recalls: right after a sentence that tells that
past (``kinds.tells_history``), a pluperfect by nobody quoted dated by a day of its own at
least ``story_past_days`` before publication (``kinds.goes_on_history_dated``) is context,
no event. A recent day, or the same sentence after news, stays told. Invented French
sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-01-10"
LEAD = "Une avalanche a emporté samedi deux skieurs hors piste à Val Thorens."
HISTORY = "Les avalanches ont tué 40 skieurs depuis 1990 dans la vallée."
DATED = "Le 14 février 2022, la station avait été endeuillée par la mort d'un moniteur."
RECENT = "Le 6 janvier, la station avait été endeuillée par la mort d'un moniteur."

ROWS = [
    (f"{LEAD}\n\n{HISTORY} {DATED}", "avait été endeuillée", NO_EVENT),
    # ... a day of the story's last days: told
    (f"{LEAD}\n\n{HISTORY} {RECENT}", "avait été endeuillée", TOLD),
    # ... the same day after news, not after a past recalled: told
    (f"{LEAD}\n\nLe maire a fermé les pistes lundi. {DATED}", "avait été endeuillée", TOLD),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_dated_instance_of_a_recalled_past_is_context(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
