"""A second outlet (tests/data/other_outlet/, Thursday 2015-10-08) re-reports four of the
seed's happenings in its own words and adds two new ones. Added to a copy of content/, it
merges exactly the repeated ones into the existing events, keeps every existing ID, and
never merges reports whose dates are incompatible."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline.pipeline import BuildSettings, build_chronology

ROOT = Path(__file__).resolve().parent.parent
OTHER = sorted((ROOT / "tests/data/other_outlet").glob("*.md"))
SLUG = OTHER[0].stem

# (words of the other outlet's sentence, words of the seed sentence it re-reports)
REPEATED = [
    ("Moscou a tiré mercredi 26 missiles", "ont tiré mercredi 26 missiles de croisière"),
    ("seules deux des 57 frappes russes", "seuls deux raids aériens russes avaient ciblé"),
    ("les bombardements russes en Syrie allaient s'amplifier", "vont s'intensifier"),
    ("Depuis le 30 septembre, l'aviation russe bombarde", "effectuent, depuis le 30 septembre"),
]
# (words of a new happening, its start date)
NEW = [
    ("l'Otan a convoqué une réunion extraordinaire", "2015-10-08"),
    ("ont pris jeudi le contrôle du village de Latmine", "2015-10-08"),
]


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("outlets")
    shutil.copytree(ROOT / "content", root / "content")
    before = build_chronology(BuildSettings(root=root))
    for path in OTHER:
        shutil.copy(path, root / "content")
    after = build_chronology(BuildSettings(root=root))
    return before, after


def event_with(chronology, words):
    found = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert len(found) == 1, (words, [e.id for e in found])
    return found[0]


def report_articles(event):
    return {s.article for s in event.sources if s.role == "report"}


@pytest.mark.parametrize(("new_words", "old_words"), REPEATED, ids=[r[1] for r in REPEATED])
def test_repeated_happenings_merge_into_the_existing_event(builds, new_words, old_words):
    before, after = builds
    old = event_with(before, old_words)
    merged = event_with(after, new_words)
    assert merged.id == old.id
    assert old_words in " ".join(s.sentence for s in merged.sources)
    assert SLUG in report_articles(merged) and len(report_articles(merged)) > 1


@pytest.mark.parametrize(("words", "start"), NEW, ids=[n[0] for n in NEW])
def test_new_happenings_stay_events_of_their_own(builds, words, start):
    before, after = builds
    event = event_with(after, words)
    assert report_articles(event) == {SLUG}
    assert event.start == start
    assert event.id not in {e.id for e in before.events}


def test_only_the_repeated_and_new_happenings_change_the_chronology(builds):
    before, after = builds
    assert len(after.events) == len(before.events) + len(NEW)
    assert {e.id for e in before.events} <= {e.id for e in after.events}
    touched = {e.id for e in after.events if SLUG in report_articles(e)}
    merged = {event_with(after, words).id for words, _ in REPEATED}
    new = {event_with(after, words).id for words, _ in NEW}
    assert touched == merged | new


def report_span(event, source, chronology):
    """The days one report of ``event`` covers (its expression's span, else its article's
    publication day)."""
    if source.timex and source.timex.get("span"):
        return tuple(source.timex["span"])
    published = next(a.date for a in chronology.articles if a.slug == source.article)
    return (published, published)


def test_no_event_joins_incompatible_dates(builds):
    _, after = builds
    for event in after.events:
        spans = [report_span(event, s, after) for s in event.sources if s.role == "report"]
        for first, last in spans:
            for other_first, other_last in spans:
                assert first <= other_last and other_first <= last, (event.id, spans)
        for first, last in spans:
            assert dt.date.fromisoformat(first) <= dt.date.fromisoformat(last)
