"""A follow-up whose own clause places its act after the one before, with an adverb of
succession on its verb, is the next act of the narration: a happening of its own, not a
detail of the event it was attached to (``events.sequels``; issue 9, merging's
precision). Twin rows: the same sentence with and without what makes it another
happening."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from timeline.articles import load_articles
from timeline.chronology import assemble_chronology
from timeline.events import sequels
from timeline.events.extract import extract_articles


def follow_up(text: str, verb: str, *, kind: str = "happening", quote: bool = False):
    """What ``tells_next_act`` reads of an extracted sentence."""
    return SimpleNamespace(text=text, verb=verb, action=verb, kind=kind, quote=quote)


NEXT_ACTS = [
    # (sentence, its verb's lemma, kind, quotation?, the next act?)
    (
        "Il a finalement été interpellé et placé en garde à vue.",
        "interpeller",
        "happening",
        False,
        True,
    ),
    ("Il a été interpellé et placé en garde à vue.", "interpeller", "happening", False, False),
    ("Les joueurs se sont immédiatement rendus à l'Élysée.", "rendre", "happening", False, True),
    ("Les joueurs se sont rendus à l'Élysée.", "rendre", "happening", False, False),
    ("Les deux lauréates reçoivent alors leur prix.", "recevoir", "happening", False, True),
    # "alors que" opens a subordinate clause: no succession
    ("Les pompiers interviennent alors que le feu gagne.", "intervenir", "happening", False, False),
    # an opening sequel goes on with the narration (``narrative_sequels``)
    ("Ensuite, il a été placé en garde à vue.", "placer", "happening", False, False),
    ("Il a ensuite été placé en garde à vue.", "placer", "happening", False, False),
    # a verb of ensuing: the consequence of the act before, one happening
    ("S'en est alors suivie une bagarre.", "suivre", "happening", False, False),
    ("Une bagarre a alors éclaté.", "éclater", "happening", False, True),
    # what a speaker says, or a statement, goes on with the speech
    (
        "« Nous avons finalement trouvé un accord », a déclaré le maire.",
        "déclarer",
        "statement",
        True,
        False,
    ),
    (
        "Le maire a finalement déclaré que l'accord était trouvé.",
        "déclarer",
        "statement",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("text", "verb", "kind", "quote", "next_act"), NEXT_ACTS)
def test_an_adverb_of_succession_on_the_verb_tells_the_next_act(text, verb, kind, quote, next_act):
    sentence = follow_up(text, verb, kind=kind, quote=quote)
    assert sequels.tells_next_act(sentence) is next_act  # type: ignore[arg-type]


def events_of(tmp_path: Path, body: str) -> list[list[str]]:
    """The sentences cited by each published event of one invented article."""
    folder = tmp_path / "content"
    folder.mkdir()
    front = '---\ntitle: "Essai"\ndate: 2024-03-06\nsource: essai\n---\n\n'
    (folder / "2024-03-06-essai.md").write_text(front + body + "\n", encoding="utf-8")
    loaded = load_articles(folder)
    chronology = assemble_chronology(loaded, extract_articles(loaded), folder)
    return [[s.sentence for s in event.sources] for event in chronology.events]


FIRE = (
    "Mardi matin, un homme a volontairement incendié sa maison à Besançon pour échapper "
    "aux gendarmes. "
)

TOLD = [
    # (the follow-up, one happening with the fire?)
    ("Il a finalement été interpellé et placé en garde à vue.", False),
    ("Il a été interpellé et placé en garde à vue.", True),
]


@pytest.mark.parametrize(("follow", "one"), TOLD)
def test_the_next_act_of_a_narration_is_an_event_of_its_own(tmp_path, follow, one):
    """The arrest told with "finalement" after the fire is the next act, an event; told
    without it, the follow-up goes on with the fire's event (its detail)."""
    events = events_of(tmp_path, FIRE + follow)
    fire = [e for e in events if any("incendié" in s for s in e)]
    assert len(fire) == 1
    together = any("interpellé" in s for s in fire[0])
    assert together is one, events
    if not one:
        assert any(any("interpellé" in s for s in e) for e in events), events
