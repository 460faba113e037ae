"""A small hand-made Chronology over the real seed articles, for the site tests.

Sentences and time expressions are located by substring in the article files, so offsets
are real. It exercises what the site must render: an interval ongoing at publication, a
week-end, an open start, a merge of two sources, an alias (old ID) and entities.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.articles import Article, load_articles
from timeline.present import Shown, show
from timeline.records import ArticleRef, Chronology, Entity, Event, Source

ART1 = "2015-10-07-la-marine-russe-passe-a-l-action"
ART2 = "2015-10-07-la-russie-accentue-la-pression-pour-mettre-fin-a-la-guerre-en-syrie"
ART3 = (
    "2015-10-07-syrie-seuls-deux-raids-aeriens-russes-ont-cible-les-positions-de-l-ei-"
    "affirme-ankara"
)

# (id, start, end, precision, display, title, dated_by, [(article, sentence substring, role)],
#  (article, expression, value, span), actors, places, organizations, aliases)
EVENTS: list[tuple[Any, ...]] = [
    (
        "2014-10-07-coalition-frappes-quotidiennes",
        "2014-10-07",
        "2015-10-07",
        "open-start",
        "avant le 7 octobre 2014",
        "La coalition menée par les États-Unis frappe l'EI chaque jour",
        "explicit",
        [(ART2, "procède depuis plus d'un an", "report")],
        (ART2, "depuis plus d'un an", "PAST_REF", ["2014-10-07", "2015-10-07"]),
        ["etats-unis"],
        [],
        ["etat-islamique"],
        [],
    ),
    (
        "2015-09-30-frappes-aeriennes-russes",
        "2015-09-30",
        "2015-10-07",
        "day",
        "depuis le 30 septembre 2015",
        "Les forces aériennes russes frappent en Syrie",
        "explicit",
        [
            (ART1, "effectuent, depuis le 30 septembre", "report"),
            (ART2, "Depuis une semaine, les Russes", "report"),
        ],
        (ART1, "depuis le 30 septembre", "2015-09-30", ["2015-09-30", "2015-10-07"]),
        ["russie"],
        ["syrie"],
        ["etat-islamique"],
        ["2015-09-30-campagne-russe"],
    ),
    (
        "2015-10-03-violations-espace-aerien-turc",
        "2015-10-03",
        "2015-10-04",
        "week",
        "week-end des 3 et 4 octobre 2015",
        "La Turquie dénonce deux violations de son espace aérien",
        "explicit",
        [(ART3, "La Turquie a dénoncé deux violations", "report")],
        (ART3, "lors du week-end", "2015-W40-WE", ["2015-10-03", "2015-10-04"]),
        ["turquie", "russie"],
        [],
        [],
        [],
    ),
    (
        "2015-10-07-offensive-terrestre-hama",
        "2015-10-07",
        "2015-10-07",
        "day",
        "mercredi 7 octobre 2015",
        "L'armée syrienne lance une vaste opération terrestre",
        "explicit",
        [(ART2, "a lancé mercredi une vaste opération", "report")],
        (ART2, "mercredi", "2015-10-07", ["2015-10-07", "2015-10-07"]),
        [],
        ["hama"],
        [],
        [],
    ),
    (
        "2015-10-07-tirs-missiles-caspienne",
        "2015-10-07",
        "2015-10-07",
        "day",
        "mercredi 7 octobre 2015",
        "Quatre navires russes tirent 26 missiles depuis la Caspienne",
        "explicit",
        [
            (ART2, "ont tiré mercredi 26 missiles", "report"),
            (ART1, "Quatre bâtiments de la flottille russe", "report"),
        ],
        (ART2, "mercredi 26", "2015-10-07", ["2015-10-07", "2015-10-07"]),
        ["russie", "vladimir-poutine"],
        ["mer-caspienne"],
        [],
        [],
    ),
    (
        "2015-10-07-frappes-vont-s-intensifier",
        "2015-10-07",
        "2015-10-07",
        "inferred",
        "mercredi 7 octobre 2015",
        "Vladimir Poutine annonce l'intensification des frappes",
        "publication",
        [(ART2, "Vladimir Poutine a déclaré mercredi que", "report")],
        None,
        ["vladimir-poutine"],
        [],
        [],
        [],
    ),
]

ENTITIES = [
    (
        "vladimir-poutine",
        "Vladimir Poutine",
        "person",
        ["Poutine", "M. Poutine", "président russe"],
    ),
    ("russie", "Russie", "place", ["Moscou"]),
    ("syrie", "Syrie", "place", []),
    ("turquie", "Turquie", "place", ["Ankara"]),
    ("etats-unis", "États-Unis", "place", ["Etats-Unis", "Washington"]),
    ("hama", "Hama", "place", ["province de Hama"]),
    ("mer-caspienne", "mer Caspienne", "place", ["Caspienne"]),
    ("etat-islamique", "État islamique", "organization", ["EI", "Etat islamique", "Daech"]),
]

SEED_EVENT_IDS = [e[0] for e in EVENTS]
SEED_ENTITY_IDS = [e[0] for e in ENTITIES]


def sentence_bounds(article: Article, needle: str) -> tuple[int, int, int]:
    """(start, end, paragraph number) of the sentence of ``article`` containing ``needle``."""
    at = article.text.index(needle, article.body_start)
    for number, (p_start, p_end) in enumerate(article.paragraphs(), start=1):
        if p_start <= at < p_end:
            start = p_start
            for stop in (". ", "? ", "! "):
                found = article.text.rfind(stop, p_start, at)
                if found != -1:
                    start = max(start, found + 2)
            end = p_end
            for stop in (". ", "? ", "! "):
                found = article.text.find(stop, at, p_end)
                if found != -1:
                    end = min(end, found + 1)
            return start, end, number
    raise ValueError(needle)


def timex_dict(article: Article, expression: str, value: str, span: list[str], event_id: str):
    start = article.text.index(expression, article.body_start)
    return {
        "start": start,
        "end": start + len(expression),
        "text": expression,
        "type": "DATE",
        "value": value,
        "span": span,
        "precision": "day",
        "mod": None,
        "open_start": value == "PAST_REF",
        "rule": "fixture",
        "anchor": "dct:2015-10-07",
        "tense": "past",
        "explanation": f"« {expression} » résolu par rapport au 7 octobre 2015",
        "extra": {},
        "event": event_id,
    }


def make_chronology(content_dir: Path, extra_events: list[Event] | None = None) -> Shown:
    """The hand-made chronology over the articles of ``content_dir``, as presented."""
    return show(make_records(content_dir, extra_events))


def fixture_display_dates() -> dict[str, str]:
    """The French display date each fixture event must get (the ``display`` column)."""
    return {row[0]: row[4] for row in EVENTS}


def make_records(content_dir: Path, extra_events: list[Event] | None = None) -> Chronology:
    """The hand-made chronology over the articles of ``content_dir`` (records)."""
    articles = {a.slug: a for a in load_articles(content_dir)}
    refs = {
        slug: ArticleRef(
            slug=slug,
            title=a.title,
            date=a.date.isoformat(),
            source=a.source,
            url=a.url,
            path=f"content/{a.path.name}",
            body_start=a.body_start,
        )
        for slug, a in articles.items()
    }
    events = []
    for (
        eid,
        start,
        end,
        precision,
        _display,
        title,
        dated_by,
        cited,
        timex,
        actors,
        places,
        orgs,
        aliases,
    ) in EVENTS:
        sources = []
        for slug, needle, role in cited:
            s, e, paragraph = sentence_bounds(articles[slug], needle)
            sources.append(
                Source(
                    slug, articles[slug].url, paragraph, articles[slug].text[s:e], s, e, None, role
                )
            )
        audit: dict[str, Any] = {"article": cited[0][0]}
        if timex is not None:
            slug, expression, value, span = timex
            tx = timex_dict(articles[slug], expression, value, span, eid)
            refs[slug].timexes.append(tx)
            sources[0].timex = tx
            audit.update(
                expression=expression,
                context=sources[0].sentence,
                rule="fixture",
                anchor="dct:2015-10-07",
                explanation=tx["explanation"],
            )
        events.append(
            Event(
                id=eid,
                start=start,
                end=end,
                precision=precision,
                value=None if timex is None else timex[2],
                title=title,
                summary=sources[0].sentence,
                dated_by=dated_by,
                actors=actors,
                places=places,
                organizations=orgs,
                sources=sources,
                audit=audit,
                aliases=aliases,
            )
        )
    # a time expression dating no event, highlighted but not linked
    art3 = articles[ART3]
    refs[ART3].timexes.append(timex_dict(art3, "mardi", "2015-10-06", ["2015-10-06"] * 2, None))
    for ref in refs.values():
        ref.timexes.sort(key=lambda t: t["start"])
    events.extend(extra_events or [])
    entities = [
        Entity(
            id=i,
            name=n,
            kind=k,
            aliases=al,
            events=[e.id for e in events if i in (*e.actors, *e.places, *e.organizations)],
        )
        for i, n, k, al in ENTITIES
    ]
    return Chronology(
        generated="2015-10-08T00:00:00+00:00",
        events=sorted(events, key=lambda e: (e.start, e.id)),
        entities=entities,
        articles=list(refs.values()),
    )


# -- building a site in-process ------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BuiltSite:
    site_dir: Path
    warnings: list[str]
    seconds: float
    real_chronology: bool
    project: Path | None = None


# The real project is built from the real pipeline (which appends any new event ID to
# content/ids.yml, as every build does); variants built from the hand-made chronology use the
# fixture version of the example report (its event IDs are the fixture's).
REAL_CHRONOLOGY = os.environ.get("TIMELINE_SITE_FIXTURE", "0") != "1"
FIXTURE_REPORT = Path(__file__).resolve().parent / "data" / "site" / "rapport-fixture.md"
REPORT = Path("docs") / "rapports" / "premiere-semaine.md"


@contextlib.contextmanager
def fixture_chronology(extra_events: list[Event] | None = None) -> Iterator[None]:
    """Make the plugin use the hand-made chronology instead of the pipeline."""
    import timeline.mkdocs_plugin.plugin as plugin

    original, original_start = plugin.load_chronology, plugin.start_chronology
    plugin.start_chronology = lambda settings: None
    plugin.load_chronology = lambda settings, started=None: (
        make_records(settings.content_dir, extra_events),
        load_articles(settings.content_dir),
        "",  # no input digest: the pages are rendered afresh
    )
    try:
        yield
    finally:
        plugin.load_chronology, plugin.start_chronology = original, original_start


class Collect(logging.Handler):
    """The messages logged at ``level`` or above."""

    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build(
    project: Path, site_dir: Path, use_fixture: bool, extra_events: list[Event] | None = None
) -> BuiltSite:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``, in-process."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    handler = Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    cwd = os.getcwd()
    try:
        os.chdir(project)
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        started = time.perf_counter()
        with contextlib.ExitStack() as stack:
            if use_fixture:
                stack.enter_context(fixture_chronology(extra_events))
            mkdocs_build(config)
        seconds = time.perf_counter() - started
    except Exception as exc:
        exc.timeline_log = handler.messages  # type: ignore[attr-defined]
        raise
    finally:
        os.chdir(cwd)
        logger.removeHandler(handler)
    return BuiltSite(site_dir, handler.messages, seconds, not use_fixture, project)


@functools.cache
def seed_site() -> BuiltSite:
    """The real project built once per test process (strict), shared by the site tests."""
    site_dir = Path(tempfile.mkdtemp(prefix="timeline-site-"))
    atexit.register(shutil.rmtree, site_dir, True)
    if REAL_CHRONOLOGY:
        # A copy of the real project (registry included): tests never write into the repo.
        project = Path(tempfile.mkdtemp(prefix="timeline-project-"))
        atexit.register(shutil.rmtree, project, True)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        shutil.copytree(ROOT / "docs", project / "docs")
        shutil.copytree(ROOT / "content", project / "content")
        return build(project, site_dir, use_fixture=False)
    project = copy_project(Path(tempfile.mkdtemp(prefix="timeline-project-")))
    atexit.register(shutil.rmtree, project, True)
    return build(project, site_dir, use_fixture=True)


@functools.cache
def fixture_site() -> BuiltSite:
    """A copy of the project built from the hand-made chronology (aliases, open start...)."""
    root = Path(tempfile.mkdtemp(prefix="timeline-fixture-"))
    atexit.register(shutil.rmtree, root, True)
    (root / "project").mkdir()
    return build(copy_project(root / "project"), root / "site", use_fixture=True)


def copy_project(dest: Path) -> Path:
    """A copy of mkdocs.yml, docs/ and content/ in ``dest``, with the report written for the
    hand-made chronology (to build variants from it)."""
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    shutil.copytree(ROOT / "content", dest / "content", ignore=shutil.ignore_patterns("ids.yml"))
    shutil.copy(FIXTURE_REPORT, dest / REPORT)
    return dest
