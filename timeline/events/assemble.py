"""Assembly: per-article extractions -> event drafts (merging, entities, titles).

Deterministic: the same articles and extractions give the same drafts. Reads
``entities.yml`` of the content folder. IDs, corrections and the chronology itself are
``timeline.chronology``'s business: a draft has no ID, URL or display text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.articles import Article
from timeline.events import dates, entities, ids, titles
from timeline.events.lexicon import families, lexicon
from timeline.events.merge import Report, group_reports
from timeline.records import Candidate, Entity, EventDraft, Extraction, Sentence, Source
from timeline.temporal.model import Timex

ENTITIES_FILE = "entities.yml"


@dataclass
class _Sentence:
    """A sentence of one article with what assembly adds: its entity mentions."""

    article: int
    index: int
    data: Sentence
    mentions: list[entities.Mention] = field(default_factory=list)


def _words(sentence: _Sentence) -> list[str]:
    """Content lemmas, synonyms folded into their family, with the words of a name replaced
    by its entity id (once)."""
    fold = families()
    out: list[str] = []
    seen: set[int] = set()
    for offset, lemma in sentence.data.words:
        mention = next((m for m in sentence.mentions if m.start <= offset < m.end), None)
        if mention is None:
            out.append(fold.get(lemma, lemma))
        elif id(mention) not in seen:
            seen.add(id(mention))
            out.append("@" + mention.entity)
    return out


def _is_statement(data: Sentence, action: str | None) -> bool:
    """The saying is the event: a reported claim, judgement, forecast or state (not a
    happening relayed by whoever reports it)."""
    report = data.report
    if not report:
        return False
    lex = lexicon()
    return (
        report.verb in lex["claim_reporting_verbs"]
        or data.content_tense not in ("past", "pluperfect", "present")
        or action is None
        or action == "~saying"
        or data.action in lex["stative_lemmas"]
    )


def _speaker(sentence: _Sentence, registry: entities.Registry) -> str | None:
    report = sentence.data.report
    if not report or not report.speaker:
        return None
    start, end = report.speaker
    for m in sentence.mentions:
        if start <= m.start < end and registry.entities[m.entity].kind == "person":
            return m.entity
    return None


def _report(sentence: _Sentence, candidate: Candidate, registry: entities.Registry) -> Report:
    lemma = sentence.data.action
    action = families().get(lemma, lemma) if lemma else None
    return Report(
        key=(sentence.article, sentence.index),
        span=(candidate.start, candidate.end, bool(candidate.open_start)),
        words=_words(sentence),
        entities={m.entity for m in sentence.mentions},
        numbers=set(sentence.data.numbers),
        speaker=_speaker(sentence, registry),
        explicit=candidate.dated_by == "explicit",
        action=action,
        statement=_is_statement(sentence.data, action),
    )


def _audit(
    article: Article, sentence: Sentence, date: Candidate, timexes: list[Timex]
) -> dict[str, Any]:
    """How the date was found. For a date not read in the sentence, the French
    ``explanation`` is left to the presentation (``timeline.present``)."""
    context = titles.clean(sentence.text)
    if sentence.timex is not None:
        t = timexes[sentence.timex]
        return {
            "expression": t.text,
            "context": context,
            "rule": t.rule,
            "anchor": t.anchor,
            "value": t.value,
            "explanation": t.explanation or "",
            "article": article.slug,
            "dated_by": "explicit",
        }
    return {
        "expression": None,
        "context": context,
        "rule": date.dated_by,
        "anchor": f"dct:{article.date.isoformat()}",
        "value": date.start,
        "explanation": "",
        "article": article.slug,
        "dated_by": date.dated_by,
    }


def _source(article: Article, sentence: Sentence, timexes: list[Timex], role: str) -> Source:
    timex = timexes[sentence.timex] if sentence.timex is not None and role == "report" else None
    return Source(
        article=article.slug,
        url=article.url,
        paragraph=sentence.paragraph,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        timex=None if timex is None else timex.to_dict(),
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
    if previous is None or previous.data.paragraph != here.data.paragraph:
        return []
    return _entity_roles(previous.mentions, registry)[0]


def _rank(candidate: Candidate, key: tuple[int, int]) -> tuple[int, int, tuple[int, int]]:
    return (
        dates.DATED_BY_RANK[candidate.dated_by],
        dates.PRECISION_RANK[candidate.precision],
        key,
    )


@dataclass
class _Collected:
    registry: entities.Registry
    sentences: dict[tuple[int, int], _Sentence]
    candidates: dict[tuple[int, int], Candidate]
    reports: list[Report]


def _paired(articles: list[Article], extractions: list[Extraction]) -> list[Extraction]:
    """The extraction of each article, found by its slug (not by list position)."""
    by_slug = {x.article: x for x in extractions}
    missing = [a.slug for a in articles if a.slug not in by_slug]
    if missing:
        raise ValueError(f"no extraction for {', '.join(missing)}")
    return [by_slug[a.slug] for a in articles]


def _collect(
    articles: list[Article], extractions: list[Extraction], content_dir: Path
) -> _Collected:
    """Entities, sentences with their mentions, and the candidate events as reports."""
    registry = entities.Registry()
    for entity in entities.load_curated(content_dir / ENTITIES_FILE):
        registry.add(entity, curated=True)
    sentences: dict[tuple[int, int], _Sentence] = {}
    candidates: dict[tuple[int, int], Candidate] = {}
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        for s, data in enumerate(extraction.sentences):
            sentence = _Sentence(a, s, data)
            if data.role != "heading":
                sentence.mentions = entities.find_mentions(
                    registry, article.text, data.start, data.end, data.mentions
                )
            sentences[(a, s)] = sentence
        for candidate in extraction.candidates:
            candidates[(a, candidate.sentence)] = candidate
    reports = [_report(sentences[k], c, registry) for k, c in sorted(candidates.items())]
    return _Collected(registry, sentences, candidates, reports)


def merge_reports(
    articles: list[Article], extractions: list[Extraction], content_dir: Path
) -> list[Report]:
    """The reports merging compares (one per candidate event), for diagnostics and benches."""
    return _collect(articles, _paired(articles, extractions), Path(content_dir)).reports


@dataclass
class Assembly:
    """The drafts of a set of articles, in chronological order, and what the chronology
    needs besides them: the entities found, and which expression dated which draft."""

    drafts: list[EventDraft]
    entities: list[Entity]  # every entity the texts name (their ``events`` still empty)
    #: (article slug, index of the expression in its extraction) -> index in ``drafts``
    dated: dict[tuple[str, int], int]


def assemble(articles: list[Article], extractions: list[Extraction], content_dir: Path) -> Assembly:
    """The event drafts of ``articles`` (with their extractions, in any order)."""
    content_dir = Path(content_dir)
    extractions = _paired(articles, extractions)
    collected = _collect(articles, extractions, content_dir)
    registry, sentences = collected.registry, collected.sentences
    candidates, reports = collected.candidates, collected.reports
    groups = group_reports(reports)

    children: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for (a, s), sentence in sorted(sentences.items()):
        parent = sentence.data.parent
        if sentence.data.role in ("follow-up", "context") and parent is not None:
            children.setdefault((a, parent), []).append((a, s))

    keys_of = _report_keys(articles, extractions)
    made: list[tuple[tuple[str, str, tuple[int, int]], EventDraft, list[tuple[int, int]]]] = []
    for group in groups:
        keys = sorted(r.key for r in group.reports)
        main_key = min(keys, key=lambda k: _rank(candidates[k], k))
        main = sentences[main_key]
        date = candidates[main_key]
        a_main = articles[main_key[0]]
        timexes_main = extractions[main_key[0]].timexes
        start, end = date.start, date.end
        if date.dated_by == "explicit" and start != end:
            # an ongoing interval ("depuis le 30 septembre") lasts as long as its latest report
            end = max(
                [end]
                + [
                    candidates[k].end
                    for k in keys
                    if candidates[k].start == start and candidates[k].dated_by == "explicit"
                ]
            )
        members: list[tuple[tuple[int, int], str]] = []
        for key in keys:
            members.append((key, "report"))
            for child in children.get(key, []):
                members.append((child, sentences[child].data.role))
        members.sort()
        sources = [
            _source(articles[k[0]], sentences[k].data, extractions[k[0]].timexes, role)
            for k, role in members
        ]
        mentions = [m for k, role in members if role != "context" for m in sentences[k].mentions]
        actors, places, organizations = _entity_roles(mentions, registry)
        if not actors:
            actors = _implicit_actors(main_key, sentences, registry)
        speaker_id = _speaker(main, registry)
        speaker = registry.entities[speaker_id].name if speaker_id else None
        headlines = [a_main.title] + [
            s.text for s in extractions[main_key[0]].sentences if s.role == "heading"
        ]
        title = titles.make_title(main.data, timexes_main, speaker, headlines)
        follow = [
            sentences[k].data.text
            for k, role in members
            if role == "follow-up" and k[0] == main_key[0]
        ]
        summary = titles.make_summary([main.data.text, *follow[:1]])
        draft = EventDraft(
            start=start,
            end=end,
            precision=date.precision,
            value=date.value,
            title=title,
            summary=summary,
            dated_by=date.dated_by,
            actors=actors,
            places=places,
            organizations=organizations,
            sources=sources,
            audit=_audit(a_main, main.data, date, timexes_main),
            keys=keys_of(keys),
        )
        made.append(((start, end, keys[0]), draft, keys))
    made.sort(key=lambda m: m[0])

    dated: dict[tuple[str, int], int] = {}
    for index, (_, _, keys) in enumerate(made):
        for a, s in keys:
            timex = sentences[(a, s)].data.timex
            if timex is not None:
                dated[(articles[a].slug, timex)] = index
    found = [e for e in entities.finalize(registry) if e.id in registry.surfaces]
    return Assembly(drafts=[m[1] for m in made], entities=found, dated=dated)


def _report_keys(
    articles: list[Article], extractions: list[Extraction]
) -> Callable[[list[tuple[int, int]]], list[str]]:
    """Registry keys of reports given as (article, sentence) indexes (``ids.source_keys``:
    a sentence repeated in its article has a key of its own)."""
    cache: dict[int, list[str]] = {}

    def keys_of(sentences: list[tuple[int, int]]) -> list[str]:
        out = []
        for a, s in sentences:
            if a not in cache:
                texts = (data.text for data in extractions[a].sentences)
                cache[a] = ids.source_keys(articles[a].slug, texts)
            out.append(cache[a][s])
        return out

    return keys_of
