"""How much of each article's part of assembly could be made at extraction, the article
alone, and taken by a build whose names differ from the article's alone only by their ids.

Each article's part (``assemble.ArticlePart``: speakers, follow-ups promoted, the reports
merging compares) reads the build's names: each mention's entity id and that entity's
kind. A part made at extraction, with the names the article gives alone, could serve a
dossier carved later from the archive when the dossier's names for that article are the
article's alone up to a renaming of ids ("macron" alone, "emmanuel-macron" in the dossier,
whose earlier article named him in full). This measures it, for each article of a set:

- its names alone (a registry of that article and the curated entities) against its names
  in the set: the same mentions (offsets, surfaces, the words before them, people's
  adjectives), their ids in one-to-one correspondence, the same kinds (else: "mentions
  differ", "not one to one", "kinds differ");
- for those, whether the correspondence keeps the order of the ids (the part sorts some of
  them), and whether the part made alone, with placeholders for its ids, renamed into the
  set's ids, is the set's part (the sentences' changed fields compared by value, the
  reports field by field; the fields that differ are named, never their text).

Counts and CPU seconds only are printed (no text, title or sentence): it may be run on any
set. ``--dossier`` reads the dossier of the archive bench (``bench/archive.py``: the
project under bench/out/archive, its ``mkdocs.yml`` and its cache), extracted already.

    python bench/parts_alone.py dev7 dev8 dev9
    python bench/parts_alone.py --dossier
"""

from __future__ import annotations

import argparse
import copy
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.articles import Article, load_articles  # noqa: E402
from timeline.events import assemble, entities, pronouns  # noqa: E402
from timeline.events.assemble import ArticlePart  # noqa: E402
from timeline.records import Extraction  # noqa: E402

REALNEWS = ROOT / "tests" / "data" / "realnews"
ARCHIVE = ROOT / "bench" / "out" / "archive" / "archive-10000-1"
#: an entity id of an article alone, as the part made alone holds it (no id is written so)
PLACEHOLDER = re.compile("\ue000(\\d{4})\ue001")


#: what is counted, in the order printed
ORDER = (
    "names the same up to the ids",
    "  some ids other than alone",
    "  the order of their ids kept",
    "  renamed part the same",
    "  renamed part differs",
    "mentions differ",
    "not one to one",
    "kinds differ",
)


class Parts:
    """A part keeper that keeps nothing from before and takes a copy of each part made."""

    def __init__(self) -> None:
        self.parts: dict[str, bytes] = {}

    def find(self, slug: str, reads: str) -> ArticlePart | None:
        return None

    def keep(self, slug: str, reads: str, part: ArticlePart) -> None:
        self.parts[slug] = pickle.dumps(part)  # merging changes its reports afterwards

    def part(self, slug: str) -> ArticlePart:
        found = pickle.loads(self.parts[slug])
        assert isinstance(found, ArticlePart)
        return found


def alone(
    article: Article, extraction: Extraction, content_dir: Path
) -> tuple[ArticlePart, dict[int, list[entities.Mention]], list[str], list[str]]:
    """The article's part made alone, its ids replaced by placeholders (numbered in the
    order of the ids), its mentions by sentence, and its entities' ids and kinds by
    placeholder."""
    registry = entities.Registry()
    for entity in entities.load_curated(content_dir / assemble.ENTITIES_FILE):
        registry.add(entity, curated=True)
    sentences: dict[tuple[int, int], Any] = {}
    written: list[tuple[int, int, list[entities.Mention]]] = []
    for s, data in enumerate(extraction.sentences):
        sentence = assemble._Sentence(0, s, data)
        if data.role != "heading":
            ner = entities.adjectives_out(data.mentions, data.start, data.clause)
            sentence.mentions = entities.find_mentions(
                registry, article.text, data.start, data.end, ner
            )
            written.append((data.start, data.end, sentence.mentions))
        sentences[(0, s)] = sentence
    candidates = {(0, c.sentence): c for c in extraction.candidates}
    entities.names_written_again(registry, article.text, written)
    assemble._join_names([article], sentences, registry)
    entities.organisations_named_short(registry)
    ids = sorted({m.entity for sentence in sentences.values() for m in sentence.mentions})
    placed = {e: f"\ue000{i:04d}\ue001" for i, e in enumerate(ids)}
    named = entities.Registry()
    for e in ids:
        named.entities[placed[e]] = replace(registry.entities[e], id=placed[e])
    for sentence in sentences.values():
        sentence.mentions = [replace(m, entity=placed[m.entity]) for m in sentence.mentions]
    resolver = pronouns.Resolver(assemble._told(sentences, named))
    made = Parts()
    assemble._kept([article], [extraction], sentences, candidates, named, resolver, made)
    mentions = {s: sentence.mentions for (_, s), sentence in sentences.items()}
    kinds = [named.entities[placed[e]].kind for e in ids]
    return made.part(article.slug), mentions, ids, kinds


def renamed(value: Any, names: dict[int, str], a: int) -> Any:
    """``value`` (a part made alone) with its placeholders replaced by ``names`` and its
    reports' keys given the article's index ``a``."""
    if isinstance(value, str):
        if "\ue000" not in value:
            return value
        return PLACEHOLDER.sub(lambda m: names[int(m.group(1))], value)
    if is_dataclass(value) and not isinstance(value, type):
        new = copy.copy(value)  # not ``replace``: a report's normalisation is not run again
        for f in fields(value):
            object.__setattr__(new, f.name, renamed(getattr(value, f.name), names, a))
        if isinstance(new, assemble.Report):
            new.key = (a, new.key[1])
            new.follows = None if new.follows is None else (a, new.follows[1])
        return new
    if isinstance(value, dict):
        return {renamed(k, names, a): renamed(v, names, a) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return type(value)(renamed(v, names, a) for v in value)
    return value


def correspondence(
    mine: dict[int, list[entities.Mention]], theirs: dict[int, list[entities.Mention]]
) -> tuple[str, dict[int, str]]:
    """Placeholder number -> the set's id, when the mentions are the same but for the ids
    and the ids correspond one to one; else why not."""
    names: dict[int, str] = {}
    for s, mentions in mine.items():
        other = theirs.get(s, [])
        if len(other) != len(mentions):
            return "mentions differ", {}
        for m, o in zip(mentions, other, strict=True):
            if (m.start, m.end, m.surface, m.preceding, m.demonym) != (
                o.start,
                o.end,
                o.surface,
                o.preceding,
                o.demonym,
            ):
                return "mentions differ", {}
            match = PLACEHOLDER.fullmatch(m.entity)
            assert match is not None
            if names.setdefault(int(match.group(1)), o.entity) != o.entity:
                return "not one to one", {}
    if len(set(names.values())) != len(names):
        return "not one to one", {}
    return "", names


def differences(got: ArticlePart, want: ArticlePart, extraction: Extraction) -> list[str]:
    """The fields in which two parts of one article differ (names only)."""
    out: list[str] = []
    for s in sorted(set(got.changed) | set(want.changed)):
        data = extraction.sentences[s]
        if replace(data, **got.changed.get(s, {})) != replace(data, **want.changed.get(s, {})):
            out.append("changed")
    for name in ("promoted", "speakers"):
        if getattr(got, name) != getattr(want, name):
            out.append(name)
    if len(got.reports) != len(want.reports):
        out.append("reports (count)")
    for mine, theirs in zip(got.reports, want.reports, strict=False):
        out += [f.name for f in fields(theirs) if getattr(mine, f.name) != getattr(theirs, f.name)]
    return out


def measure(
    name: str, articles: list[Article], extractions: list[Extraction], content: Path
) -> None:
    extractions = assemble._paired(articles, extractions)
    start = time.process_time()
    made = Parts()
    collected = assemble._collect(articles, extractions, content, keeper=made)
    together = time.process_time() - start
    by_article: dict[int, dict[int, list[entities.Mention]]] = {}
    for (a, s), sentence in collected.sentences.items():
        by_article.setdefault(a, {})[s] = sentence.mentions
    counts: Counter[str] = Counter()
    fields_differing: Counter[str] = Counter()
    kinds_changed: Counter[str] = Counter()  # alone -> in the set, by article
    cpu = 0.0
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        start = time.process_time()
        part, mentions, ids, kinds = alone(article, extraction, content)
        cpu += time.process_time() - start
        why, names = correspondence(mentions, by_article.get(a, {}))
        changed_kinds = {
            f"{kind} -> {collected.registry.entities[names[i]].kind}"
            for i, kind in enumerate(kinds)
            if i in names and collected.registry.entities[names[i]].kind != kind
        }
        if not why and changed_kinds:
            why = "kinds differ"
            kinds_changed.update(changed_kinds)
        if why:
            counts[why] += 1
            continue
        counts["names the same up to the ids"] += 1
        counts["  some ids other than alone"] += any(ids[i] != names[i] for i in names)
        ordered = [names[i] for i in sorted(names)]
        counts["  the order of their ids kept"] += ordered == sorted(ordered)
        differ = differences(renamed(part, names, a), made.part(article.slug), extraction)
        if differ:
            counts["  renamed part differs"] += 1
            fields_differing.update(set(differ))
        else:
            counts["  renamed part the same"] += 1
    print(
        f"{name}: {len(articles)} articles; their parts together {together:.2f} s of CPU "
        f"(names and parts), alone {cpu:.2f} s ({1000 * cpu / max(len(articles), 1):.1f} ms "
        "an article)"
    )
    for what in ORDER:
        print(f"  {what}: {counts[what]}")
    if kinds_changed:
        print(
            "  kinds alone -> in the set: "
            + ", ".join(f"{k} {n}" for k, n in kinds_changed.most_common())
        )
    if fields_differing:
        print("  fields differing: " + ", ".join(f"{f} {n}" for f, n in fields_differing.items()))


def a_set(name: str) -> tuple[list[Article], list[Extraction], Path]:
    from timeline.events.extract import extract_articles

    folder = Path(tempfile.mkdtemp()) / "content"
    folder.mkdir()
    source = ROOT / "content" if name == "seed" else REALNEWS / name
    for path in sorted(source.glob("*.md")):
        shutil.copy(path, folder)
    for extra in ("entities.yml",):
        if (source / extra).is_file():
            shutil.copy(source / extra, folder)
    articles = load_articles(folder)
    return articles, extract_articles(articles), folder


def the_dossier(project: Path) -> tuple[list[Article], list[Extraction], Path]:
    from timeline.cache import ExtractionCache
    from timeline.dossier import parse_dossier
    from timeline.pipeline import BuildSettings, extraction_record, read_inputs
    from timeline.versions import rules_version

    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    plugin = next(
        p["timeline"] for p in config["plugins"] if isinstance(p, dict) and "timeline" in p
    )
    settings = BuildSettings(
        root=project,
        content_dir_name=plugin["content_dir"],
        dossier=parse_dossier(plugin["dossier"]),
        read_only=True,
    )
    inputs = read_inputs(settings)
    with ExtractionCache(settings.cache_file, rules_version(), read_only=True) as cache:
        payloads = cache.get_many(inputs.keys)
    missing = [
        a.slug for a, k in zip(inputs.articles, inputs.keys, strict=True) if k not in payloads
    ]
    if missing:
        raise SystemExit(
            f"{len(missing)} articles of the dossier not extracted: run bench/archive.py"
        )
    records = [extraction_record(payloads[k]) for k in inputs.keys]
    return inputs.articles, records, settings.content_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="sets of tests/data/realnews (or seed)")
    parser.add_argument("--dossier", action="store_true", help="the archive bench's dossier")
    args = parser.parse_args()
    if args.dossier:
        measure("dossier", *the_dossier(ARCHIVE))
    for name in args.sets:
        measure(name, *a_set(name))


if __name__ == "__main__":
    main()
