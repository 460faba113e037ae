"""The chronology of the seed articles against the gold (tests/data/seed/seed-events.yml).

Extraction runs once per test process (spaCy loaded once); every test reads the same
chronology, built in a temporary copy of content/ so the committed registry is untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.articles import load_articles, parse_article
from timeline.chronology import assemble_chronology
from timeline.events import ids
from timeline.events.extract import extract_article, extract_articles
from timeline.present import chronology_record, display_date, show
from timeline.records import Chronology, Extraction, dump, load

ROOT = Path(__file__).resolve().parent.parent
GOLD = yaml.safe_load((ROOT / "tests/data/seed/seed-events.yml").read_text(encoding="utf-8"))
EPOCH = "1444176000"  # 2015-10-07T00:00:00Z


def norm(text: str) -> str:
    """No-break spaces as spaces, one space between words."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture(scope="module")
def seed(tmp_path_factory, monkeypatch_module):
    content = tmp_path_factory.mktemp("seed") / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "ids.yml").unlink(missing_ok=True)
    articles = load_articles(content)
    extractions = extract_articles(articles)
    monkeypatch_module.setenv("SOURCE_DATE_EPOCH", EPOCH)
    chronology = show(assemble_chronology(articles, extractions, content))
    return articles, extractions, chronology, content


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def events_citing(chronology, evidence: str):
    return [
        e for e in chronology.events if any(norm(evidence) in norm(s.sentence) for s in e.sources)
    ]


def start_accepted(start: str, accepted) -> bool:
    if isinstance(accepted, dict):
        return start < accepted["before"]
    return start in accepted


@pytest.mark.parametrize("gold", GOLD["events"], ids=lambda g: g["key"])
def test_gold_event_present_with_all_evidence_and_date(seed, gold):
    _, _, chronology, _ = seed
    found = [
        e
        for e in chronology.events
        if all(any(norm(ev) in norm(s.sentence) for s in e.sources) for ev in gold["evidence"])
    ]
    assert len(found) == 1, f"{gold['key']}: {[e.id for e in found]}"
    event = found[0]
    assert start_accepted(event.start, gold["start"]), (event.start, gold["start"])
    if "end" in gold:
        assert event.end >= gold["end"]
    if "kind" in gold:
        assert event.kind == gold["kind"], (gold["key"], event.kind)


@pytest.mark.parametrize("gold", GOLD["context"], ids=lambda g: g["key"])
def test_gold_context_items_are_context_not_events(seed, gold):
    _, _, chronology, _ = seed
    assert events_citing(chronology, gold["evidence"]) == []
    found = [
        c
        for c in chronology.context
        if any(norm(gold["evidence"]) in norm(s.sentence) for s in c.sources)
    ]
    assert len(found) == 1, [c.text for c in chronology.context]
    item = found[0]
    assert item.start <= item.end and item.event is None
    assert display_date(item.start, item.end, item.precision, item.value)


def test_a_statement_is_dated_when_made_and_keeps_what_it_is_about(seed):
    _, _, chronology, _ = seed
    (event,) = events_citing(chronology, "les frappes ont touché 112 cibles")
    assert (event.kind, event.start, event.end) == ("statement", "2015-10-07", "2015-10-07")
    assert event.about is not None
    assert (event.about.start, event.about.end) == ("2015-09-30", "2015-10-07")
    assert "30 septembre" in event.about.expression


@pytest.mark.parametrize("pair", GOLD["merges"], ids=lambda p: p[0][:30])
def test_gold_merges(seed, pair):
    _, _, chronology, _ = seed
    ids = {e.id for ev in pair for e in events_citing(chronology, ev)}
    assert len(ids) == 1, ids


def test_no_evidence_sentence_cited_by_two_events(seed):
    _, _, chronology, _ = seed
    for gold in GOLD["events"]:
        for evidence in gold["evidence"]:
            assert len(events_citing(chronology, evidence)) == 1, evidence


def test_event_count_in_range(seed):
    _, _, chronology, _ = seed
    assert 11 <= len(chronology.events) <= 20


def entity_by_name(chronology, name):
    matches = [e for e in chronology.entities if norm(e.name).casefold() == norm(name).casefold()]
    return matches[0] if matches else None


@pytest.mark.parametrize("gold", GOLD["entities"], ids=lambda g: g["name"])
def test_gold_entities_with_aliases(seed, gold):
    _, _, chronology, _ = seed
    entity = entity_by_name(chronology, gold["name"])
    assert entity is not None, gold["name"]
    assert entity.kind == gold["kind"]
    aliases = {norm(a) for a in entity.aliases}
    assert {norm(a) for a in gold["aliases"]} <= aliases
    assert entity.url == f"entites/{entity.id}/"


def test_an_alias_is_never_its_own_entity(seed):
    _, _, chronology, _ = seed
    for gold in GOLD["entities"]:
        owner = entity_by_name(chronology, gold["name"])
        others = {norm(e.name).casefold() for e in chronology.entities if e is not owner}
        for alias in gold["aliases"]:
            assert norm(alias).casefold() not in others, alias


@pytest.mark.parametrize(
    "gold", [g for g in GOLD["events"] if "actors" in g or "places" in g], ids=lambda g: g["key"]
)
def test_gold_actors_and_places(seed, gold):
    _, _, chronology, _ = seed
    event = events_citing(chronology, gold["evidence"][0])[0]
    for field in ("actors", "places"):
        for name in gold.get(field, []):
            entity = entity_by_name(chronology, name)
            assert entity is not None and entity.id in getattr(event, field), (field, name)
            assert event.id in entity.events


@pytest.mark.parametrize(
    ("evidence", "display", "precision", "dated_by"),
    [
        ("a lancé mercredi une vaste opération", "mercredi 7 octobre 2015", "day", "explicit"),
        ("lors du week-end", "week-end des 3 et 4 octobre 2015", None, "explicit"),
        ("effectuent, depuis le 30 septembre", "depuis le 30 septembre 2015", "day", "explicit"),
        ("convoqué mardi au ministère", "mardi 6 octobre 2015", "day", "explicit"),
        ("Les autorités turques sont prêtes", "mercredi 7 octobre 2015", "inferred", "inherited"),
    ],
)
def test_dates_as_displayed(seed, evidence, display, precision, dated_by):
    _, _, chronology, _ = seed
    event = events_citing(chronology, evidence)[0]
    assert event.display_date == display
    assert precision is None or event.precision == precision
    assert event.dated_by == dated_by
    assert event.audit["explanation"]
    assert event.audit["article"] in {s.article for s in event.sources}


def test_inherited_report_has_no_timex_but_explicit_event_keeps_its_date(seed):
    _, _, chronology, _ = seed
    event = events_citing(chronology, "ont détruit onze cibles")[0]
    inherited = [s for s in event.sources if "onze cibles" in s.sentence][0]
    assert inherited.timex is None and inherited.role == "report"
    assert event.dated_by == "explicit" and event.audit["expression"] == "mercredi"


def test_background_sentence_is_not_an_event(seed):
    _, _, chronology, _ = seed
    for event in chronology.events:
        for source in event.sources:
            if "La province d'Idleb est contrôlée" in source.sentence:
                assert source.role == "context"


def test_titles_are_short_readable_and_dateless(seed):
    _, _, chronology, _ = seed
    for event in chronology.events:
        assert 10 <= len(event.title) <= 90, event.title
        assert event.title[0].isupper(), event.title
        last = event.title.split()[-1].lower()
        assert last not in {"de", "du", "des", "le", "la", "les", "et", "à", "en", "sur"}, (
            event.title
        )
        assert "mercredi" not in event.title, event.title
        assert event.summary


LEXICON = yaml.safe_load((ROOT / "timeline/lang/fr/headline.yml").read_text(encoding="utf-8"))

# What the title of each gold event must name (who, and what they did or said), as words
# of the title; the generic checks below apply to every title.
TITLE_NAMES = [
    ("russian-air-campaign-begins", ["russes", "frappes"]),
    ("shoigu-112-targets", ["Choïgou", "112 cibles"]),
    ("turkey-airspace-violations", ["Turquie", "violations"]),
    ("russian-envoy-summoned-again", ["émissaire russe", "convoqué"]),
    ("syrian-ground-offensive-hama", ["L'armée syrienne", "opération terrestre"]),
    ("putin-strikes-will-intensify", ["Poutine", "vont s'intensifier"]),
    ("putin-air-support-for-offensive", ["Poutine", "armée syrienne"]),
    ("caspian-cruise-missiles", ["Caspienne", "missiles"]),
    ("russia-proposes-coordination", ["Russie", "coordination"]),
    ("davutoglu-two-of-57", ["Davutoglu", "deux raids"]),
]


def readable_title_problems(title: str) -> list[str]:
    """What makes a title read badly on its own (empty when it reads well)."""
    problems = []
    if not 10 <= len(title) <= LEXICON["title_max_length"]:
        problems.append("length")
    if not title[0].isupper():
        problems.append("no capital")
    words = [w.strip(',;:()«»"').lower() for w in title.split()]
    fillers = {f.lower() for f in LEXICON["title_fillers"]}
    lowered = f" {title.lower()} "
    problems += [f"filler {f!r}" for f in fillers if f" {f} " in lowered or f" {f}," in lowered]
    if words[-1] in {w.lower() for w in LEXICON["title_trailing_drop"]}:
        problems.append("dangling end")
    if title[-1] in ",;:-'’(" or ". " in title:
        problems.append("punctuation")
    if title.count("«") != title.count("»") or title.count('"') % 2:
        problems.append("quotes")
    if title.endswith(("allaient", "allait")) or " allaient " in title:
        problems.append("tense of reported speech")
    return problems


@pytest.mark.parametrize(("key", "names"), TITLE_NAMES, ids=[k for k, _ in TITLE_NAMES])
def test_gold_event_titles_name_who_did_what(seed, key, names):
    _, _, chronology, _ = seed
    gold = next(g for g in GOLD["events"] if g["key"] == key)
    (event,) = events_citing(chronology, gold["evidence"][0])
    assert readable_title_problems(event.title) == [], event.title
    for name in names:
        assert name.casefold() in event.title.casefold(), (name, event.title)


def test_every_title_reads_alone(seed):
    _, _, chronology, _ = seed
    for event in chronology.events:
        assert readable_title_problems(event.title) == [], event.title


def test_a_speaker_relaying_a_happening_merges_with_its_other_reports(seed):
    """Poutine's "des bâtiments de la Flottille ... participent aux frappes" and Choïgou's
    "quatre croiseurs ... ont tiré mercredi 26 missiles" report the same strike."""
    _, _, chronology, _ = seed
    flotilla = events_citing(chronology, "participent aux frappes contre l'Etat islamique")
    strike = events_citing(chronology, "ont tiré mercredi 26 missiles de croisière")
    assert [e.id for e in flotilla] == [e.id for e in strike]
    # ... while two speakers' statements stay apart
    putin = events_citing(chronology, "Vladimir Poutine a déclaré mercredi que les frappes")
    shoigu = events_citing(chronology, "les frappes ont touché 112 cibles")
    assert putin[0].id != shoigu[0].id


def test_a_follow_up_naming_its_events_speaker_stays_with_it(seed):
    """ "Le président russe a également évoqué une possible offensive terrestre ..." goes on
    with Poutine's statement (after "Le président français aurait en revanche parlé ...",
    an event of its own): not an event of its own merged with "La Russie a évoqué ... une
    coordination"."""
    _, _, chronology, _ = seed
    [coordination] = events_citing(chronology, "La Russie a évoqué plus tôt mercredi")
    said = " ".join(s.sentence for s in coordination.sources)
    assert "également évoqué une possible offensive" not in said
    assert "n'a pas précisé d'où" not in said  # nor a detail of the Caspian strike


def test_sources_quote_the_article_exactly(seed):
    articles, _, chronology, _ = seed
    texts = {a.slug: a for a in articles}
    for event in chronology.events:
        for source in event.sources:
            article = texts[source.article]
            assert article.text[source.start : source.end] == source.sentence
            p_start, p_end = article.paragraphs()[source.paragraph - 1]
            assert p_start <= source.start < source.end <= p_end
            assert source.role in ("report", "follow-up", "context")


def test_events_sorted_ids_unique_urls(seed):
    _, _, chronology, _ = seed
    starts = [e.start for e in chronology.events]
    assert starts == sorted(starts)
    ids = [e.id for e in chronology.events]
    assert len(set(ids)) == len(ids)
    for event in chronology.events:
        assert event.id.startswith(event.start)
        assert event.url == f"evenements/{event.id}/"


def test_article_timexes_point_to_the_event_they_date(seed):
    _, _, chronology, _ = seed
    convoked = events_citing(chronology, "convoqué mardi au ministère")[0]
    ref = next(a for a in chronology.articles if a.slug == convoked.sources[0].article)
    by_text = {}
    for timex in ref.timexes:
        by_text.setdefault(timex["text"], []).append(timex["event"])
    assert convoked.id in by_text["mardi"]
    assert ref.body_start > 0 and ref.path.startswith("content/")


def test_chronology_is_deterministic_and_json(seed):
    articles, extractions, chronology, content = seed
    again = assemble_chronology(articles, extractions, content)
    assert chronology_record(show(again)) == chronology_record(chronology)
    assert chronology.generated == dt.datetime(2015, 10, 7, tzinfo=dt.UTC).isoformat()
    assert Chronology.from_dict(json.loads(json.dumps(again.to_dict()))) == again


def test_batch_and_single_extraction_agree_and_serialize(seed):
    articles, extractions, _, _ = seed
    assert [extract_article(a) for a in articles] == extractions
    through_json = json.loads(json.dumps([dump(x) for x in extractions]))
    assert [load(Extraction, x) for x in through_json] == extractions


@pytest.mark.parametrize(
    ("body", "roles", "dated_by"),
    [
        # background only: the lead stands for the article, dated by its publication
        (
            "La province d'Idleb est contrôlée par des rebelles.\n\nLe régime tient Damas.\n",
            ["event", "context"],
            "publication",
        ),
        # a lead in the present with an action verb is news, the state after it background
        (
            "L'armée syrienne lance une offensive près de Hama.\n\n"
            "La province voisine est contrôlée par des rebelles.\n",
            ["event", "context"],
            "publication",
        ),
        # a past-tense report without date: the narrative (publication) day
        (
            "L'armée a repris trois villages. Elle tient la route.\n",
            ["event", "follow-up"],
            "inherited",
        ),
        ("Lire aussi\n\nSamedi, l'armée a repris Morek.\n", ["heading", "event"], "explicit"),
    ],
)
def test_roles_and_dating_of_a_small_article(seed, body, roles, dated_by):
    text = f'---\ntitle: "Essai"\ndate: 2015-10-12\nsource: essai\n---\n\n{body}'
    article = parse_article(text, Path("content/2015-10-12-essai.md"))
    extraction = extract_article(article)
    assert [s.role for s in extraction.sentences] == roles
    [candidate] = extraction.candidates
    assert candidate.dated_by == dated_by
    expected = "2015-10-10" if dated_by == "explicit" else "2015-10-12"
    assert candidate.start == expected


def test_committed_registry_already_names_every_seed_event(seed, tmp_path):
    """content/ids.yml is committed: a build of the seed finds every ID there (if this
    fails after a rules change, run `make site` and commit content/ids.yml)."""
    articles, extractions, _, _ = seed
    shutil.copy(ROOT / "content" / "ids.yml", tmp_path / "ids.yml")
    shutil.copy(ROOT / "content" / "entities.yml", tmp_path / "entities.yml")
    before = (tmp_path / "ids.yml").read_text(encoding="utf-8")
    chronology = assemble_chronology(articles, extractions, tmp_path)
    assert (tmp_path / "ids.yml").read_text(encoding="utf-8") == before
    committed = {r.id for r in ids.load(tmp_path / "ids.yml")}
    assert {e.id for e in chronology.events} <= committed


ROLES = ("event", "follow-up", "context", "background", "aside", "heading")
WORDS = [
    "Poutine",
    "a",
    "annoncé",
    "mercredi",
    "que",
    "les",
    "frappes",
    "«",
    "»",
    ".",
    ",",
    "Samedi",
    "l'armée",
    "est",
    "contrôlée",
    "par",
    "M.",
    "Hama",
    "\n\n",
    "EI",
    "?",
    '"',
]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_body_gives_a_consistent_extraction_and_chronology(seed, tmp_path, words):
    body = " ".join(words).strip() or "Texte."
    text = f'---\ntitle: "Essai"\ndate: 2015-10-12\nsource: essai\n---\n\n{body}\n'
    article = parse_article(text, tmp_path / "2015-10-12-essai.md")
    extraction = extract_article(article)
    for sentence in extraction.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.role in ROLES
    chronology = assemble_chronology([article], [extraction], tmp_path)
    for event in chronology.events:
        assert event.start <= event.end and len(event.title) <= 120


def test_headline_limits_of_the_gold(seed):
    """At most ``max_chars`` each, median at most ``median_chars`` (seed gold)."""
    _, _, chronology, _ = seed
    limits = GOLD["headlines"]
    lengths = sorted(len(e.title) for e in chronology.events)
    assert lengths[-1] <= limits["max_chars"], lengths
    assert statistics.median(lengths) <= limits["median_chars"], lengths


def test_no_headline_points_back_to_what_the_reader_has_not_seen(seed):
    _, _, chronology, _ = seed
    for event in chronology.events:
        words = {w.strip(',.;:«»"').lower() for w in event.title.split()}
        assert not words & {"cette", "ces", "tels", "telles"}, event.title
