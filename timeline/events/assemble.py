"""Assembly: per-article extractions -> one Chronology (merging, entities, stable IDs).

Deterministic: the same articles and extractions give the same chronology (apart from
``generated``, fixed by ``SOURCE_DATE_EPOCH`` when set). Reads ``entities.yml`` and the ID
registry ``ids.yml`` of the content folder, and appends newly assigned IDs to the registry.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from timeline.articles import Article
from timeline.errors import TimelineError
from timeline.events import dates, entities, ids, kinds, titles
from timeline.events.lexicon import families, lexicon
from timeline.events.merge import Report, group_reports
from timeline.events.model import ArticleRef, Chronology, ContextItem, Entity, Event, Source

ENTITIES_FILE = "entities.yml"
#: days before its article's publication an undated happening may have taken place
NARRATION_REACH = 3


def generated_at() -> str:
    """Build time (UTC, ISO), or ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise TimelineError(
                f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}"
            ) from None
    else:
        moment = dt.datetime.now(tz=dt.UTC)
    return moment.replace(microsecond=0).isoformat()


@dataclass
class _Sentence:
    """A sentence of one article with what assembly adds: its entity mentions."""

    article: int
    index: int
    data: dict[str, Any]
    mentions: list[entities.Mention] = field(default_factory=list)


def _words(sentence: _Sentence) -> list[str]:
    """Content lemmas, synonyms folded into their family, with the words of a name replaced
    by its entity id (once)."""
    fold = families()
    out: list[str] = []
    seen: set[int] = set()
    for offset, lemma in sentence.data["words"]:
        mention = next((m for m in sentence.mentions if m.start <= offset < m.end), None)
        if mention is None:
            out.append(fold.get(lemma, lemma))
        elif id(mention) not in seen:
            seen.add(id(mention))
            out.append("@" + mention.entity)
    return out


def _speaker(sentence: _Sentence, registry: entities.Registry) -> str | None:
    """The entity who said it: a person named in the reporting clause's subject, else an
    organisation or a place speaking for a state ("Moscou", "le Kremlin")."""
    report = sentence.data.get("report")
    if not report or not report.get("speaker"):
        return None
    start, end = report["speaker"]
    named = [m for m in sentence.mentions if start <= m.start < end]
    for m in named:
        if registry.entities[m.entity].kind == "person":
            return m.entity
    # "Moscou", "le Kremlin": the name is the whole speaker (not "de la Défense" inside
    # "le ministère russe de la Défense")
    words = sentence.data["text"][start - sentence.data["start"] : end - sentence.data["start"]]
    for m in named:
        if len(m.surface) * 2 >= len(words.strip()):
            return m.entity
    return None


def _is_pronoun_speaker(sentence: _Sentence, text: str) -> bool:
    report = sentence.data.get("report")
    if not report or not report.get("speaker"):
        return False
    start, end = report["speaker"]
    said = " ".join(text[start:end].split()).lower()
    return said in lexicon()["anaphoric_subjects"]


def _speakers(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
) -> dict[tuple[int, int], str]:
    """Who said each reported sentence; a pronoun ("Il a également affirmé que ...") is
    the speaker of the sentence before it in the article, when that one is known."""
    out: dict[tuple[int, int], str] = {}
    last: dict[int, str | None] = {}
    for (a, s), sentence in sorted(sentences.items()):
        found = _speaker(sentence, registry)
        if found is None and _is_pronoun_speaker(sentence, articles[a].text):
            found = last.get(a)
        if found is not None:
            out[(a, s)] = found
        if sentence.data.get("report"):
            last[a] = found
    return out


def _report(
    sentence: _Sentence,
    candidate: dict[str, Any],
    speaker: str | None,
    more: list[_Sentence],
) -> Report:
    """What merging compares of one candidate event; ``more`` are the sentences that go on
    with the same speech ("..., a-t-il poursuivi"): what was said there was said too."""
    lemma = sentence.data.get("action")
    if lemma in lexicon()["auxiliary_lemmas"]:
        lemma = None  # "seraient coordonnées": the verb was not found, only its auxiliary
    action = families().get(lemma, lemma) if lemma else None
    words = _words(sentence)
    for other in more:
        words += [w for w in _words(other) if w not in words]
    span = (candidate["start"], candidate["end"], bool(candidate.get("open_start")))
    if candidate["dated_by"] != "explicit" and candidate.get("kind") == kinds.HAPPENING:
        # the narration's day is an upper bound: what an article tells without a date
        # happened that day or shortly before ("les accusés ont pu s'exprimer", told the
        # next morning), so it may be the same happening as another report of those days
        first = dt.date.fromisoformat(candidate["start"]) - dt.timedelta(days=NARRATION_REACH)
        span = (first.isoformat(), candidate["end"], False)
    return Report(
        key=(sentence.article, sentence.index),
        span=span,
        words=words,
        entities={m.entity for m in sentence.mentions},
        numbers=set(sentence.data["numbers"]),
        speaker=speaker,
        explicit=candidate["dated_by"] == "explicit",
        action=action,
        statement=candidate.get("kind") == kinds.STATEMENT,
    )


def _audit(
    article: Article, sentence: dict[str, Any], date: dict[str, Any], timexes: list[dict[str, Any]]
) -> dict[str, Any]:
    context = titles.clean(sentence["text"])
    if sentence["timex"] is not None:
        t = timexes[sentence["timex"]]
        return {
            "expression": t["text"],
            "context": context,
            "rule": t.get("rule"),
            "anchor": t.get("anchor"),
            "value": t.get("value"),
            "explanation": t.get("explanation") or "",
            "article": article.slug,
            "dated_by": "explicit",
        }
    template = lexicon()["explanations"][date["dated_by"]]
    published = dates.display_date(article.date.isoformat(), article.date.isoformat(), "day")
    shown = dates.display_date(date["start"], date["end"], "day")
    return {
        "expression": None,
        "context": context,
        "rule": date["dated_by"],
        "anchor": f"dct:{article.date.isoformat()}",
        "value": date["start"],
        "explanation": template.format(date=shown, published=published),
        "article": article.slug,
        "dated_by": date["dated_by"],
    }


def _source(
    article: Article, sentence: dict[str, Any], timexes: list[dict[str, Any]], role: str
) -> Source:
    timex = (
        timexes[sentence["timex"]]
        if sentence.get("timex") is not None and role in ("report", "context")
        else None
    )
    return Source(
        article=article.slug,
        url=article.url,
        paragraph=sentence["paragraph"],
        sentence=sentence["text"],
        start=sentence["start"],
        end=sentence["end"],
        timex=timex,
        role=role,
    )


def _entity_roles(
    mentions: list[entities.Mention], registry: entities.Registry
) -> tuple[list[str], list[str], list[str]]:
    actors: list[str] = []
    places: list[str] = []
    organizations: list[str] = []
    for m in mentions:
        kind = registry.entities[m.entity].kind
        if kind == "person":
            target = actors
        elif kind == "organization":
            target = organizations
        else:
            target = places
            if entities.is_actor_place(m) and m.entity not in actors:
                actors.append(m.entity)
        if m.entity not in target:
            target.append(m.entity)
    return actors, places, organizations


def _implicit_actors(
    key: tuple[int, int], sentences: dict[tuple[int, int], _Sentence], registry: entities.Registry
) -> list[str]:
    """Actors of a sentence that names none ("L'émissaire a été convoqué mardi"): those of
    the sentence before it in the same paragraph, who are still the topic."""
    here = sentences[key]
    previous = sentences.get((key[0], key[1] - 1))
    if previous is None or previous.data["paragraph"] != here.data["paragraph"]:
        return []
    return _entity_roles(previous.mentions, registry)[0]


def _rank(candidate: dict[str, Any], key: tuple[int, int]) -> tuple[int, int, tuple[int, int]]:
    return (
        dates.DATED_BY_RANK[candidate["dated_by"]],
        dates.PRECISION_RANK[candidate["precision"]],
        key,
    )


@dataclass
class _Collected:
    registry: entities.Registry
    sentences: dict[tuple[int, int], _Sentence]
    candidates: dict[tuple[int, int], dict[str, Any]]
    reports: list[Report]
    speakers: dict[tuple[int, int], str]


def _collect(
    articles: list[Article], extractions: list[dict[str, Any]], content_dir: Path
) -> _Collected:
    """Entities, sentences with their mentions, and the candidate events as reports."""
    registry = entities.Registry()
    for entity in entities.load_curated(content_dir / ENTITIES_FILE):
        registry.add(entity, curated=True)
    sentences: dict[tuple[int, int], _Sentence] = {}
    candidates: dict[tuple[int, int], dict[str, Any]] = {}
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        for s, data in enumerate(extraction["sentences"]):
            sentence = _Sentence(a, s, data)
            if data["role"] != "heading":
                sentence.mentions = entities.find_mentions(
                    registry, article.text, data["start"], data["end"], data["mentions"]
                )
            sentences[(a, s)] = sentence
        for candidate in extraction["candidates"]:
            candidates[(a, candidate["sentence"])] = candidate
    speakers = _speakers(articles, sentences, registry)
    going_on: dict[tuple[int, int], list[_Sentence]] = {}
    for (a, _), sentence in sorted(sentences.items()):
        parent = sentence.data.get("parent")
        data = sentence.data
        if data["role"] == "follow-up" and parent is not None and data.get("goes_on"):
            going_on.setdefault((a, parent), []).append(sentence)
    reports = [
        _report(sentences[k], c, speakers.get(k), going_on.get(k, []))
        for k, c in sorted(candidates.items())
    ]
    return _Collected(registry, sentences, candidates, reports, speakers)


def merge_reports(
    articles: list[Article], extractions: list[dict[str, Any]], content_dir: Path
) -> list[Report]:
    """The reports merging compares (one per candidate event), for diagnostics and benches."""
    return _collect(articles, extractions, Path(content_dir)).reports


def assemble(
    articles: list[Article], extractions: list[dict[str, Any]], content_dir: Path
) -> Chronology:
    """The chronology of ``articles`` (with their ``extract_article`` results)."""
    content_dir = Path(content_dir)
    collected = _collect(articles, extractions, content_dir)
    registry, sentences = collected.registry, collected.sentences
    candidates, reports = collected.candidates, collected.reports
    groups = group_reports(reports)

    children: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for (a, s), sentence in sorted(sentences.items()):
        parent = sentence.data.get("parent")
        if sentence.data["role"] in ("follow-up", "context") and parent is not None:
            children.setdefault((a, parent), []).append((a, s))

    drafts: list[dict[str, Any]] = []
    for group in groups:
        keys = sorted(r.key for r in group.reports)
        main_key = min(keys, key=lambda k: _rank(candidates[k], k))
        main = sentences[main_key]
        date = candidates[main_key]
        a_main = articles[main_key[0]]
        timexes_main = extractions[main_key[0]]["timexes"]
        start, end = date["start"], date["end"]
        if date["dated_by"] == "explicit" and start != end:
            # an ongoing interval ("depuis le 30 septembre") lasts as long as its latest report
            end = max(
                [end]
                + [
                    candidates[k]["end"]
                    for k in keys
                    if candidates[k]["start"] == start and candidates[k]["dated_by"] == "explicit"
                ]
            )
        members: list[tuple[tuple[int, int], str]] = []
        for key in keys:
            members.append((key, "report"))
            for child in children.get(key, []):
                members.append((child, sentences[child].data["role"]))
        members.sort()
        sources = [
            _source(articles[k[0]], sentences[k].data, extractions[k[0]]["timexes"], role)
            for k, role in members
        ]
        mentions = [m for k, role in members if role != "context" for m in sentences[k].mentions]
        actors, places, organizations = _entity_roles(mentions, registry)
        if not actors:
            actors = _implicit_actors(main_key, sentences, registry)
        speaker_id = collected.speakers.get(main_key)
        speaker = None
        if speaker_id is not None:
            said_by = registry.entities[speaker_id]
            person = said_by.kind == "person"
            speaker = titles.short_name(said_by.name) if person else said_by.name
        headlines = [a_main.title] + [
            s["text"] for s in extractions[main_key[0]]["sentences"] if s["role"] == "heading"
        ]
        title = titles.make_title(main.data, timexes_main, speaker, headlines)
        follow = [
            sentences[k].data["text"]
            for k, role in members
            if role == "follow-up" and k[0] == main_key[0]
        ]
        summary = titles.make_summary([main.data["text"], *follow[:1]])
        drafts.append(
            {
                "keys": keys,
                "event": Event(
                    id="",
                    start=start,
                    end=end,
                    precision=date["precision"],
                    display_date=dates.display_date(
                        start, end, date["precision"], date.get("value")
                    ),
                    title=title,
                    summary=summary,
                    dated_by=date["dated_by"],
                    actors=actors,
                    places=places,
                    organizations=organizations,
                    sources=sources,
                    audit=_audit(a_main, main.data, date, timexes_main),
                    kind=date.get("kind", kinds.HAPPENING),
                    about=_about(date.get("about"), timexes_main),
                ),
            }
        )

    drafts.sort(key=lambda d: (d["event"].start, d["event"].end, d["keys"][0]))
    registry_path = content_dir / ids.FILE_NAME
    records = ids.load(registry_path)
    before = ids.size(records)
    keys_of = _report_keys(articles, extractions)
    assignments = ids.assign(
        records,
        [
            (partial(ids.propose_id, d["event"].start, d["event"].title), keys_of(d["keys"]))
            for d in drafts
        ],
    )
    if ids.size(records) != before or not registry_path.exists():
        ids.save(registry_path, records)
    events: list[Event] = []
    sentence_event: dict[tuple[int, int], str] = {}
    for draft, assignment in zip(drafts, assignments, strict=True):
        event = draft["event"]
        event.id = assignment.id
        event.aliases = assignment.aliases
        event.url = f"evenements/{event.id}/"
        events.append(event)
        for key in draft["keys"]:
            sentence_event[key] = event.id

    mentioned: dict[str, list[str]] = {}
    for (a, _), sentence in sorted(sentences.items()):
        for m in sentence.mentions:
            slugs = mentioned.setdefault(m.entity, [])
            if articles[a].slug not in slugs:
                slugs.append(articles[a].slug)
    entity_list = _entities(registry, events, mentioned)
    dating: dict[int, dict[int, str]] = {}  # article -> timex index -> event id
    for (a, s), event_id in sentence_event.items():
        timex = sentences[(a, s)].data.get("timex")
        if timex is not None:
            dating.setdefault(a, {})[timex] = event_id
    refs = [
        _article_ref(articles[a], extractions[a], dating.get(a, {}), content_dir)
        for a in range(len(articles))
    ]
    context = _context(articles, extractions, sentences, registry)
    return Chronology(
        generated=generated_at(),
        events=events,
        entities=entity_list,
        articles=refs,
        context=context,
    )


def _about(about: dict[str, Any] | None, timexes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """What a statement speaks of: the period its content names."""
    if about is None:
        return None
    return {
        "start": about["start"],
        "end": about["end"],
        "precision": about["precision"],
        "expression": timexes[about["timex"]]["text"],
        "display_date": dates.display_date(
            about["start"], about["end"], about["precision"], about.get("value")
        ),
    }


def _context(
    articles: list[Article],
    extractions: list[dict[str, Any]],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
) -> list[ContextItem]:
    """The dated background sentences, one item per distinct sentence text, oldest first."""
    items: dict[str, ContextItem] = {}
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        for found in extraction.get("background", []):
            data = sentences[(a, found["sentence"])].data
            text = titles.clean(data["text"])
            source = _source(article, data, extraction["timexes"], "context")
            if text in items:
                items[text].sources.append(source)
                continue
            mentions = sentences[(a, found["sentence"])].mentions
            actors, places, organizations = _entity_roles(mentions, registry)
            items[text] = ContextItem(
                text=text,
                start=found["start"],
                end=found["end"],
                precision=found["precision"],
                display_date=dates.display_date(
                    found["start"], found["end"], found["precision"], found.get("value")
                ),
                sources=[source],
                entities=list(dict.fromkeys(actors + places + organizations)),
            )
    return sorted(items.values(), key=lambda c: (c.start, c.end, c.text))


def _report_keys(
    articles: list[Article], extractions: list[dict[str, Any]]
) -> Callable[[list[tuple[int, int]]], list[str]]:
    """Registry keys of reports given as (article, sentence) indexes (``ids.source_keys``:
    a sentence repeated in its article has a key of its own)."""
    cache: dict[int, list[str]] = {}

    def keys_of(sentences: list[tuple[int, int]]) -> list[str]:
        out = []
        for a, s in sentences:
            if a not in cache:
                texts = (data["text"] for data in extractions[a]["sentences"])
                cache[a] = ids.source_keys(articles[a].slug, texts)
            out.append(cache[a][s])
        return out

    return keys_of


def _entities(
    registry: entities.Registry, events: list[Event], mentioned: dict[str, list[str]]
) -> list[Entity]:
    found = entities.finalize(registry)
    by_entity: dict[str, list[str]] = {}
    for event in events:
        for entity_id in dict.fromkeys(event.actors + event.places + event.organizations):
            by_entity.setdefault(entity_id, []).append(event.id)
    out = []
    for entity in found:
        if entity.id not in registry.surfaces:
            continue  # curated but never mentioned
        entity.events = by_entity.get(entity.id, [])
        entity.mentioned_in = mentioned.get(entity.id, [])
        out.append(entity)
    return out


def _article_ref(
    article: Article, extraction: dict[str, Any], dating: dict[int, str], content_dir: Path
) -> ArticleRef:
    timexes = [dict(t, event=dating.get(i)) for i, t in enumerate(extraction["timexes"])]
    try:
        path = article.path.relative_to(content_dir.parent).as_posix()
    except ValueError:
        path = article.path.as_posix()
    return ArticleRef(
        slug=article.slug,
        title=article.title,
        date=article.date.isoformat(),
        source=article.source,
        url=article.url,
        path=path,
        body_start=article.body_start,
        timexes=timexes,
    )
