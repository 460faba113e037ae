"""TempEval-3 style scoring of temporal expressions, and the seed gold as gold documents.

Gold documents are mappings ``{"doc_id", "dct", "text", "timexes": [...], "negatives": [...]}``;
each gold timex has ``start``, ``end`` (Python character offsets into ``text``), ``text``,
``type`` and ``value``, and may carry:

- ``accept``: other values that are also correct;
- ``accept_spans``: other extents ``[start, end]`` that also count as a strict match
  (``accept_text`` strings are turned into spans by :func:`gold_doc_from_seed`);
- ``optional: true``: neither required (no miss when absent) nor a false positive when a
  system expression matches it.

``negatives`` are ``{"start", "end", "text"}`` stretches that no system expression may overlap.

System documents are ``{"doc_id", "timexes": [...]}`` with timex mappings (or ``Timex``
objects) carrying at least ``start``, ``end``, ``type`` and ``value``.

Matching is one-to-one: within each cluster of overlapping expressions, the pairing with the
most matches wins, then the most exact extents, then the most right values and types.
Scores:

- strict extent P/R/F1: matched pairs with the exact gold extent (or an accepted one);
- relaxed extent P/R/F1: matched pairs (extents overlap);
- type and value accuracy: share of relaxed matches with the right type / an accepted value;
- type-F1 and value-F1: a relaxed match with the right type / value is a true positive,
  precision over system expressions, recall over gold ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.content.files import decode_utf8, read_bytes
from timeline.errors import TimelineError
from timeline.jsonl import is_doc_id, is_offset, json_line

# Characters the seed gold matches as plain spaces (one character each: offsets are kept).
SPACE_LIKE = "\u00a0\u202f\u2009\u2007\u2002\u2003"
_SPACE_TABLE = str.maketrans(SPACE_LIKE, " " * len(SPACE_LIKE))

# Matching weights: one more pair always beats any gain in extent, value or type.
_PAIR = 1_000_000_000
_STRICT = 10_000
_VALUE = 1_000
_TYPE = 100


def normalize_spaces(text: str) -> str:
    """The text with no-break and thin spaces as ordinary spaces (same length)."""
    return text.translate(_SPACE_TABLE)


# --------------------------------------------------------------------------- records


@dataclass
class PRF:
    """True positives against system and gold totals."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "system": self.system,
            "gold": self.gold,
        }


@dataclass
class TypeCounts:
    """Per-type breakdown: recall side keyed on the gold type, spurious on the system type."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    value_ok: int = 0
    system: int = 0
    spurious: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class Score:
    """The result of :func:`evaluate`."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    strict_matched: int = 0
    value_ok: int = 0
    type_ok: int = 0
    optional_matched: int = 0
    negatives_total: int = 0
    negatives_tagged: list[dict[str, Any]] = field(default_factory=list)
    per_type: dict[str, TypeCounts] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def _prf(self, tp: int) -> PRF:
        return PRF(tp=tp, system=self.system, gold=self.gold)

    @property
    def strict(self) -> PRF:
        return self._prf(self.strict_matched)

    @property
    def relaxed(self) -> PRF:
        return self._prf(self.matched)

    @property
    def value(self) -> PRF:
        return self._prf(self.value_ok)

    @property
    def type(self) -> PRF:
        return self._prf(self.type_ok)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.matched if self.matched else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.matched if self.matched else 0.0

    def to_dict(self, errors: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "docs": self.docs,
            "gold": self.gold,
            "system": self.system,
            "strict": self.strict.to_dict(),
            "relaxed": self.relaxed.to_dict(),
            "type_accuracy": round(self.type_accuracy, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "type_f1": self.type.to_dict(),
            "value_f1": self.value.to_dict(),
            "optional_matched": self.optional_matched,
            "negatives": {
                "total": self.negatives_total,
                "tagged": len(self.negatives_tagged),
                "hits": self.negatives_tagged,
            },
            "per_type": {name: c.to_dict() for name, c in sorted(self.per_type.items())},
        }
        if errors:
            data["errors"] = self.errors
        return data


# --------------------------------------------------------------------------- matching


def _as_dict(timex: Any) -> dict[str, Any]:
    if isinstance(timex, Mapping):
        return dict(timex)
    to_dict = getattr(timex, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"not a timex: {timex!r}")
    return dict(to_dict())


def _spans(gold: Mapping[str, Any]) -> set[tuple[int, int]]:
    spans = {(int(gold["start"]), int(gold["end"]))}
    spans.update((int(s), int(e)) for s, e in gold.get("accept_spans") or ())
    return spans


def _values(gold: Mapping[str, Any]) -> set[str]:
    return {str(gold.get("value"))} | {str(v) for v in gold.get("accept") or ()}


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"]))


def _gold_overlap(gold: Mapping[str, Any], system: Mapping[str, Any]) -> int:
    """Overlap of a system extent with the gold extent or any accepted one."""
    best = 0
    for s, e in _spans(gold):
        best = max(best, min(e, int(system["end"])) - max(s, int(system["start"])))
    return best


def _is_strict(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    return (int(system["start"]), int(system["end"])) in _spans(gold)


def _value_ok(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    return str(system.get("value")) in _values(gold)


def _type_ok(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    return str(system.get("type", "")).upper() == str(gold.get("type", "")).upper()


def _weight(gold: Mapping[str, Any], system: Mapping[str, Any]) -> int:
    overlap = _gold_overlap(gold, system)
    if overlap <= 0:
        return 0
    return (
        _PAIR
        + _STRICT * _is_strict(gold, system)
        + _VALUE * _value_ok(gold, system)
        + _TYPE * _type_ok(gold, system)
        + min(overlap, 99)
    )


def _assignment(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment (Hungarian algorithm); pairs of positive weight only."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    n = max(rows, cols)
    if n == 0:
        return []
    cost = [[-(weights[i][j] if i < rows and j < cols else 0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return pairs


def _clusters(
    golds: Sequence[Mapping[str, Any]], systems: Sequence[Mapping[str, Any]]
) -> list[tuple[list[int], list[int]]]:
    """Groups of gold and system indexes whose extents chain by overlap."""
    items = []
    for i, g in enumerate(golds):
        lo = min(s for s, _ in _spans(g))
        hi = max(e for _, e in _spans(g))
        items.append((lo, hi, 0, i))
    for j, s in enumerate(systems):
        items.append((int(s["start"]), int(s["end"]), 1, j))
    items.sort()
    groups: list[tuple[list[int], list[int]]] = []
    reach = None
    for lo, hi, side, index in items:
        if reach is None or lo >= reach:
            groups.append(([], []))
            reach = hi
        reach = max(reach, hi)
        groups[-1][side].append(index)
    return [g for g in groups if g[0] and g[1]]


def match(
    golds: Sequence[Mapping[str, Any]], systems: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping expressions."""
    pairs: list[tuple[int, int]] = []
    for gold_ids, system_ids in _clusters(golds, systems):
        weights = [[_weight(golds[i], systems[j]) for j in system_ids] for i in gold_ids]
        pairs.extend((gold_ids[a], system_ids[b]) for a, b in _assignment(weights))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _brief(timex: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("start", "end", "text", "type", "value", "accept", "rule")
    return {k: timex[k] for k in keys if timex.get(k) not in (None, "", [])}


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = normalize_spaces(text[max(0, start - width) : start]).replace("\n", " ")
    right = normalize_spaces(text[end : end + width]).replace("\n", " ")
    return f"{left}[{normalize_spaces(text[start:end])}]{right}"


def score_document(
    score: Score, gold_doc: Mapping[str, Any], system_timexes: Iterable[Any]
) -> None:
    """Add one document's counts, negatives and errors to ``score``."""
    doc_id = str(gold_doc.get("doc_id"))
    text = str(gold_doc.get("text", ""))
    all_gold = [dict(t) for t in gold_doc.get("timexes") or ()]
    required = [t for t in all_gold if not t.get("optional")]
    optional = [t for t in all_gold if t.get("optional")]
    systems = sorted((_as_dict(t) for t in system_timexes), key=lambda t: (t["start"], t["end"]))

    pairs = match(required, systems)
    matched_system = {j for _, j in pairs}
    leftover = [j for j in range(len(systems)) if j not in matched_system]
    optional_pairs = match(optional, [systems[j] for j in leftover])
    optional_system = {leftover[j] for _, j in optional_pairs}
    counted = [j for j in range(len(systems)) if j not in optional_system]

    score.docs += 1
    score.gold += len(required)
    score.system += len(counted)
    score.optional_matched += len(optional_pairs)

    def types(name: str) -> TypeCounts:
        return score.per_type.setdefault(str(name).upper(), TypeCounts())

    for gold in required:
        types(gold.get("type", "?")).gold += 1
    for j in counted:
        types(systems[j].get("type", "?")).system += 1

    def error(kind: str, gold: Mapping[str, Any] | None, system: Mapping[str, Any] | None) -> None:
        where = gold or system or {}
        score.errors.append(
            {
                "doc_id": doc_id,
                "kind": kind,
                "gold": _brief(gold) if gold else None,
                "system": _brief(system) if system else None,
                "context": _context(text, int(where["start"]), int(where["end"])),
            }
        )

    matched_gold = set()
    for i, j in pairs:
        gold, system = required[i], systems[j]
        matched_gold.add(i)
        counts = types(gold.get("type", "?"))
        counts.found += 1
        score.matched += 1
        strict = _is_strict(gold, system)
        value_ok = _value_ok(gold, system)
        type_ok = _type_ok(gold, system)
        score.strict_matched += strict
        score.value_ok += value_ok
        score.type_ok += type_ok
        counts.strict += strict
        counts.value_ok += value_ok
        if not strict:
            error("wrong_extent", gold, system)
        if not value_ok:
            error("wrong_value", gold, system)
        elif not type_ok:
            error("wrong_type", gold, system)
    for i, gold in enumerate(required):
        if i not in matched_gold:
            error("missed", gold, None)
    for j in counted:
        if j not in matched_system:
            types(systems[j].get("type", "?")).spurious += 1
            error("spurious", None, systems[j])

    for negative in gold_doc.get("negatives") or ():
        score.negatives_total += 1
        hits = [s for s in systems if _overlap(negative, s) > 0]
        if hits:
            score.negatives_tagged.append(
                {
                    "doc_id": doc_id,
                    "negative": negative.get("text"),
                    "start": negative["start"],
                    "tagged": [_brief(s) for s in hits],
                }
            )


def evaluate(
    gold_docs: Iterable[Mapping[str, Any]],
    system_docs: Iterable[Mapping[str, Any]] | Mapping[str, Iterable[Any]],
) -> Score:
    """Score system documents against gold documents (matched on ``doc_id``).

    ``system_docs`` is an iterable of ``{"doc_id", "timexes"}`` or a mapping doc_id ->
    timexes. A gold document without system output counts as an empty system answer.
    """
    if isinstance(system_docs, Mapping):
        by_id = {str(k): list(v) for k, v in system_docs.items()}
    else:
        by_id = {str(d["doc_id"]): list(d.get("timexes") or ()) for d in system_docs}
    score = Score()
    seen = set()
    for gold_doc in gold_docs:
        doc_id = str(gold_doc.get("doc_id"))
        seen.add(doc_id)
        score_document(score, gold_doc, by_id.get(doc_id, []))
    unknown = sorted(set(by_id) - seen)
    if unknown:
        raise ValueError(f"system documents not in the gold: {', '.join(unknown[:5])}")
    return score


# --------------------------------------------------------------------------- text report


def format_score(score: Score, title: str = "") -> str:
    """A plain-text table of the scores."""
    lines = [title] if title else []
    lines.append(
        f"documents {score.docs}   gold {score.gold}   system {score.system}"
        f"   optional matched {score.optional_matched}"
    )
    lines.append(f"{'':16}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}")
    for name, prf in (
        ("strict extent", score.strict),
        ("relaxed extent", score.relaxed),
        ("type", score.type),
        ("value", score.value),
    ):
        lines.append(f"{name:16}{prf.precision:8.3f}{prf.recall:8.3f}{prf.f1:8.3f}{prf.tp:6d}")
    lines.append(
        f"type accuracy {score.type_accuracy:.3f}   value accuracy {score.value_accuracy:.3f}"
        f"   (over {score.matched} relaxed matches)"
    )
    if score.per_type:
        lines.append(
            f"{'type':10}{'gold':>6}{'found':>7}{'strict':>8}{'value':>7}{'system':>8}{'spur.':>7}"
        )
        for name, c in sorted(score.per_type.items()):
            lines.append(
                f"{name:10}{c.gold:6d}{c.found:7d}{c.strict:8d}{c.value_ok:7d}"
                f"{c.system:8d}{c.spurious:7d}"
            )
    if score.negatives_total:
        tagged = ", ".join(repr(n["negative"]) for n in score.negatives_tagged) or "none"
        lines.append(
            f"negatives tagged {len(score.negatives_tagged)}/{score.negatives_total}: {tagged}"
        )
    return "\n".join(lines)


def format_errors(score: Score, limit: int | None = None) -> str:
    """One line per error: kind, document, gold and system text/value, context."""
    lines = []
    for err in score.errors[:limit]:
        gold, system = err["gold"] or {}, err["system"] or {}
        lines.append(
            f"{err['kind']:12} {err['doc_id']}: gold {gold.get('text')!r}={gold.get('value')} "
            f"system {system.get('text')!r}={system.get('value')}  «{err['context']}»"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- JSON Lines


def read_jsonl(
    path: str | Path, required: Sequence[str] = ("doc_id", "timexes")
) -> list[dict[str, Any]]:
    """Documents of a JSON Lines file; a bad line raises TimelineError naming file and line."""
    return [doc for _, doc in read_jsonl_lines(path, required)]


#: JSON Lines files of a corpus may be far larger than an article.
MAX_JSONL_BYTES = 500_000_000


def _timex_problem(timex: Any, length: int | None) -> str | None:
    """Why ``timex`` is not a valid span of a text of ``length`` characters (None: valid)."""
    if not isinstance(timex, dict):
        return "each timex must be an object"
    start, end = timex.get("start"), timex.get("end")
    if not (is_offset(start) and is_offset(end)):
        return "each timex needs integer 'start' and 'end' (offsets from 0)"
    if start >= end:
        return f"timex 'start' {start} is not before 'end' {end}"
    if length is not None and end > length:
        return f"timex 'end' {end} is past the end of the text ({length} characters)"
    for name in ("value", "type", "text"):
        if timex.get(name) is not None and not isinstance(timex[name], str):
            return f"timex '{name}' must be a string"
    return None


def read_jsonl_lines(
    path: str | Path,
    required: Sequence[str] = ("doc_id", "timexes"),
    lengths: Mapping[str, int] | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """(line number, document) pairs of a JSON Lines file, each checked: an object with
    the ``required`` fields, a ``doc_id`` (string or integer) given once in the file,
    ``timexes`` a list of spans ``start < end`` within the document's ``text`` (or within
    ``lengths[doc_id]``, the gold text's length, for a system file)."""
    path = Path(path)
    text = decode_utf8(read_bytes(path, MAX_JSONL_BYTES), path)
    docs = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        doc = json_line(line, path, number)
        if not isinstance(doc, dict):
            raise TimelineError("expected a JSON object", path, number)
        for key in required:
            if key not in doc:
                raise TimelineError(f"missing field '{key}'", path, number)
        if "doc_id" in doc:
            if not is_doc_id(doc["doc_id"]):
                raise TimelineError("'doc_id' must be a string or an integer", path, number)
            doc_id = str(doc["doc_id"])
            if doc_id in seen:
                raise TimelineError(
                    f"doc_id {doc_id!r} already given at line {seen[doc_id]}", path, number
                )
            seen[doc_id] = number
        if "text" in doc and not isinstance(doc["text"], str):
            raise TimelineError("'text' must be a string", path, number)
        timexes = doc.get("timexes")
        if not isinstance(timexes, list):
            raise TimelineError("'timexes' must be a list", path, number)
        length = len(doc["text"]) if isinstance(doc.get("text"), str) else None
        if lengths is not None and "doc_id" in doc:
            length = lengths.get(str(doc["doc_id"]), length)
        for timex in timexes:
            problem = _timex_problem(timex, length)
            if problem:
                raise TimelineError(problem, path, number)
        docs.append((number, doc))
    return docs


def evaluate_files(gold_path: str | Path, system_path: str | Path) -> Score:
    """Score a system JSON Lines file against a gold one (TimelineError on bad input)."""
    gold = read_jsonl(gold_path, ("doc_id", "text", "timexes"))
    lengths = {str(d["doc_id"]): len(d["text"]) for d in gold}
    system = []
    for number, doc in read_jsonl_lines(system_path, lengths=lengths):
        if str(doc["doc_id"]) not in lengths:
            raise TimelineError(f"doc_id {doc['doc_id']!r} is not in the gold", system_path, number)
        system.append(doc)
    return evaluate(gold, system)


# --------------------------------------------------------------------------- seed gold


@dataclass(frozen=True)
class SeedGold:
    """The seed gold YAML: expected, optional and negative expressions located by context."""

    dct: dt.date
    timexes: tuple[dict[str, Any], ...]
    optional: tuple[dict[str, Any], ...]
    negatives: tuple[str, ...]
    path: str = ""


def load_seed_gold(path: str | Path) -> SeedGold:
    """Read the seed gold YAML (``tests/data/seed/seed-timex.yml``)."""
    path = Path(path)
    try:
        data = yamlsafe.load(
            path.read_text(encoding="utf-8"), path, what="invalid YAML", dates=True
        )
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror}", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TimelineError("invalid YAML", path, mark.line + 1 if mark else None) from None
    if not isinstance(data, dict) or "timexes" not in data:
        raise TimelineError("expected a mapping with 'timexes'", path)
    dct = data.get("dct")
    if not isinstance(dct, dt.date):
        dct = dt.date.fromisoformat(str(dct))
    for entry in [*data["timexes"], *(data.get("optional") or ())]:
        if not isinstance(entry, dict) or "text" not in entry or "context" not in entry:
            raise TimelineError(f"each entry needs 'text' and 'context': {entry!r}", path)
        if entry["text"] not in entry["context"]:
            raise TimelineError(f"context does not contain {entry['text']!r}", path)
    return SeedGold(
        dct=dct,
        timexes=tuple(data["timexes"]),
        optional=tuple(data.get("optional") or ()),
        negatives=tuple(str(n) for n in data.get("negatives") or ()),
        path=str(path),
    )


def _find_all(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos != -1:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def _locate(entry: Mapping[str, Any], flat: str, where: str) -> tuple[int, int] | None:
    """Offsets of the entry's surface in ``flat`` (space-normalized), None if absent."""
    context = normalize_spaces(str(entry["context"]))
    hits = _find_all(flat, context)
    if not hits:
        return None
    if len(hits) > 1:
        raise TimelineError(f"context {entry['context']!r} occurs {len(hits)} times in {where}")
    offset = context.find(normalize_spaces(str(entry["text"])))
    start = hits[0] + offset
    return start, start + len(str(entry["text"]))


def _accept_spans(entry: Mapping[str, Any], flat: str, start: int, end: int) -> list[list[int]]:
    """Extents of ``accept_text`` alternatives that overlap the main extent."""
    spans = []
    for alternative in entry.get("accept_text") or ():
        alt = normalize_spaces(str(alternative))
        lo = max(0, start - len(alt))
        for pos in _find_all(flat[lo : end + len(alt)], alt):
            s = lo + pos
            if s < end and s + len(alt) > start and [s, s + len(alt)] not in spans:
                spans.append([s, s + len(alt)])
    return spans


def gold_doc_from_seed(
    seed: SeedGold, doc_id: str, text: str, dct: dt.date | str | None = None
) -> dict[str, Any]:
    """The gold document for ``text``: the seed entries whose context occurs in it.

    Works for the raw seed page and for each article split from it (offsets into the text
    as given, e.g. the whole Markdown file). An entry whose context is not in ``text``
    belongs to another article (or, for the page header's publication date, to none).
    """
    flat = normalize_spaces(text)
    timexes: list[dict[str, Any]] = []
    for entries, optional in ((seed.timexes, False), (seed.optional, True)):
        for entry in entries:
            place = _locate(entry, flat, doc_id)
            if place is None:
                continue
            start, end = place
            timex: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
            for key in ("type", "value", "accept", "span", "mod", "open_start", "role"):
                if entry.get(key) is not None:
                    timex[key] = entry[key]
            spans = _accept_spans(entry, flat, start, end)
            if spans:
                timex["accept_spans"] = spans
                timex["accept_text"] = [text[s:e] for s, e in spans]
            if optional:
                timex["optional"] = True
            timexes.append(timex)
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    negatives: list[dict[str, Any]] = []
    for negative in seed.negatives:
        for pos in _find_all(flat, normalize_spaces(negative)):
            negatives.append({"start": pos, "end": pos + len(negative), "text": negative})
    negatives.sort(key=lambda n: n["start"])
    return {
        "doc_id": doc_id,
        "dct": str(dct or seed.dct),
        "text": text,
        "timexes": timexes,
        "negatives": negatives,
    }


def unplaced_seed_entries(seed: SeedGold, texts: Iterable[str]) -> list[dict[str, Any]]:
    """Expected seed entries whose context is in none of ``texts`` (to check a split)."""
    flats = [normalize_spaces(t) for t in texts]
    return [
        entry
        for entry in seed.timexes
        if not any(normalize_spaces(str(entry["context"])) in flat for flat in flats)
    ]
