"""Assembly's per-article steps read their own article, not the whole build: a dossier of
n articles costs n times one article's steps, not n² (issue 14, "assembly and pages linear
in the dossier"). A follow-up told in the present by an occasion's speaker
(``assemble._occasion_speaker_goes_on``: "Le maire a déclaré lundi que ... Il estime que
...") looks for an event of another day told between it and its event among its article's
candidates only; the build's other articles' candidates are neither read nor able to change
the answer. Invented sentences: a mayor on a port."""

from __future__ import annotations

import dataclasses
from collections.abc import ItemsView, Iterator

import pytest
from builders import sentence

from timeline.events import entities, pronouns
from timeline.events.assemble import _occasion_speaker_goes_on, _Sentence
from timeline.records import Candidate

STATEMENT = sentence(
    "Le maire a déclaré lundi que le port rouvrirait.",
    end=0,
    tense="past",
    verb="déclarer",
    action="déclarer",
    role="event",
)
BETWEEN = dataclasses.replace(
    STATEMENT, text="Le port avait fermé samedi.", verb="fermer", action="fermer"
)
FOLLOW_UP = dataclasses.replace(
    STATEMENT,
    text="Il estime que la fermeture a coûté cher.",
    tense="present",
    verb="estimer",
    action="estimer",
    role="follow-up",
    parent=0,
)
PUBLISHED = "2015-10-07"


def _candidate(sentence: int, day: str, kind: str = "statement") -> Candidate:
    return Candidate(sentence, day, day, "day", False, "explicit", day, None, kind)


class Reading(dict[tuple[int, int], Candidate]):
    """The build's candidates, remembering which were read."""

    def __init__(self, found: dict[tuple[int, int], Candidate]) -> None:
        super().__init__(found)
        self.read: set[tuple[int, int]] = set()

    def __getitem__(self, key: tuple[int, int]) -> Candidate:
        self.read.add(key)
        return super().__getitem__(key)

    def items(self) -> ItemsView[tuple[int, int], Candidate]:
        self.read.update(self.keys())
        return super().items()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        self.read.update(self.keys())
        return super().__iter__()


#: the articles besides the follow-up's (article 0), each with candidates at every index
OTHERS = 40


@pytest.mark.parametrize("between_day", ["2015-10-03", None])
def test_a_follow_up_reads_only_its_own_articles_candidates(between_day):
    sentences = {(0, 0): _Sentence(0, 0, STATEMENT), (0, 2): _Sentence(0, 2, FOLLOW_UP)}
    own = [(0, 0)]
    found = {(0, 0): _candidate(0, "2015-10-05")}
    if between_day is not None:  # an event of another day told between the two
        sentences[(0, 1)] = _Sentence(0, 1, BETWEEN)
        found[(0, 1)] = _candidate(1, between_day, "happening")
        own.append((0, 1))
    for article in range(1, OTHERS + 1):
        for at in range(3):  # other days, between the two sentences' indexes too
            found[(article, at)] = _candidate(at, f"2015-09-{10 + at:02d}", "happening")
    candidates = Reading(found)
    told = _occasion_speaker_goes_on(
        (0, 2),
        (0, 0),
        "statement",
        PUBLISHED,
        sentences,
        candidates,
        own,
        {},
        pronouns.Resolver({}),
        entities.Registry(),
    )
    # an event of another day between them: told of the day of writing; none: the speaker
    # is not known here (no name, no resolver's person), so not the occasion's either
    assert told is False
    assert candidates.read <= set(own), sorted(candidates.read - set(own))[:3]
