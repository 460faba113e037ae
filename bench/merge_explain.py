"""Why each gold merge is missed (issue 9): for every pair of reports of one gold event,
told by two articles, that merging leaves in two groups, the decisive reason.

    .venv/bin/python bench/merge_explain.py [--sets dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9
                                            fresh heldout] [--quiet]
                                            [--false | --alike]

The reports and their gold events are those of ``bench/merge_pairs.py`` (a report citing
exactly one gold event; blind sets refused). The groups are merging's own
(``merge.group_reports``). A pair left apart is explained by the first of:

* "days apart": their spans share no day (dating's, not merging's), with how each side's
  day was found: "explicit" (an expression of its own), "narration" (its article's
  narration: the page's day or one carried from another sentence) or "follow-up" (its
  event's day), the pair's two in that order;
* a veto of ``merge.blocked``, by name ("clauses differ" with the part of the clause that
  differs);
* "alike, group refused": similarity above the threshold, but a report of the other's
  group is another happening (``Group.admits``, the veto named) or the report is not
  anchored (``Group._anchored``);
* "below the threshold": the evidence absent (no entity in common, no act in common, no
  clause word in common, a statement against a happening, a follow-up, ...).

Per set, the pairs by gold event with their reason and the sentences' first words; then
the reasons counted over pairs and over gold events (an event counts each reason once).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import merge_pairs  # noqa: E402  (bench/merge_pairs.py)
from merge_pairs import set_folders  # noqa: E402

from timeline.events import merge  # noqa: E402
from timeline.events.dates import spans_overlap  # noqa: E402

Veto = Callable[[merge.Report, merge.Report], bool]

#: the vetoes of ``merge.blocked``, in its order, by name
VETOES: list[tuple[str, Veto]] = [
    ("said by another", lambda a, b: merge.said_by_another(a, b) or merge.said_by_another(b, a)),
    (
        "scheduled against took place",
        lambda a, b: bool(a.kind and b.kind) and a.scheduled != b.scheduled,
    ),
    ("to come against past", lambda a, b: {a.time, b.time} == {"to come", "past"}),
    (
        "announced to come against done",
        lambda a, b: merge.announced_to_come(a, b) or merge.announced_to_come(b, a),
    ),
    ("acts reversed", merge.acts_reversed),
    ("earlier act of the kind", lambda a, b: merge.earlier_act(a, b) or merge.earlier_act(b, a)),
    ("others against not", lambda a, b: a.distinct != b.distinct),
    ("speakers differ", merge.speakers_differ),
    ("elsewhere", merge.elsewhere),
    ("other offices", merge.other_offices),
    (
        "reaction against happening",
        lambda a, b: merge.reacts_to_happening(a, b) or merge.reacts_to_happening(b, a),
    ),
    ("other people", merge.other_people),
    ("counted differently", merge.counted_differently),
    ("clauses differ", merge.clauses_differ),
]


def clause_part(a: merge.Report, b: merge.Report) -> str:
    """Which part of the main clauses makes ``merge.clauses_differ`` fire."""
    one, other = a.clause, b.clause
    assert one is not None and other is not None
    if one.negated != other.negated:
        return "negation"
    if (one.modal is None) != (other.modal is None):
        return "modal"
    if any(
        x and y and x != y
        for x, y in (
            (one.agent_number, other.agent_number),
            (one.patient_number, other.patient_number),
        )
    ) and not merge.one_thing_counted_anew(a, b):
        return "number of agent or patient"
    if merge._subjects_differ(one, other):
        return f"subjects {one.agent} / {other.agent}"
    if merge.other_things_took_place(a, b):
        return "what took place"
    if merge._genders_differ(one.agent, other.agent) or merge._genders_differ(
        one.patient, other.patient
    ):
        return "genders"
    if merge._patients_differ(a, b):
        return f"patients {one.patient} / {other.patient}"
    for name, x, y in (
        ("agents", one.agent, other.agent),
        ("patients", one.patient, other.patient),
        ("places", one.place, other.place),
    ):
        if merge._names_differ(x, y, a, b):
            return f"{name} {x} / {y}"
    return "?"


def veto(a: merge.Report, b: merge.Report) -> str | None:
    """The first veto of ``merge.blocked`` that fires on the pair, named."""
    for name, test in VETOES:
        if test(a, b):
            return f"clauses differ: {clause_part(a, b)}" if name == "clauses differ" else name
    return None


def absent(a: merge.Report, b: merge.Report) -> str:
    """The evidence of sameness a pair below the threshold lacks (or has against it)."""
    out = []
    if a.follows is not None or b.follows is not None:
        out.append("a follow-up")
    if a.entities.isdisjoint(b.entities):
        out.append("no entity in common")
    if not merge.same_act(a, b):
        out.append("no act in common")
    if a.clause is not None and b.clause is not None and not a.clause.core & b.clause.core:
        out.append("no clause word in common")
    if a.statement != b.statement:
        out.append("statement against happening")
    if a.places and b.places and a.places.isdisjoint(b.places):
        out.append("places clash")
    if a.numbers and b.numbers and a.figures.isdisjoint(b.figures):
        out.append("numbers clash")
    frame = merge.frame_of(a)
    if frame is not None and frame == merge.frame_of(b):
        # stages of one frame of acts (``merge.same_frame``): what keeps them apart
        staged = merge.same_frame(a, b)
        out.append(f"stages of {frame}" if staged else f"{frame}, not one protagonist or day")
    return ", ".join(out) or "weak overlap of words"


def reason(
    a: merge.Report,
    b: merge.Report,
    group_of: dict[tuple[int, int], merge.Group],
    idf: dict[str, float],
) -> tuple[str, str]:
    """(class, detail) of why ``a`` and ``b`` are in two groups."""
    if not spans_overlap(a.span, b.span):
        dated = " / ".join(sorted((_dated_by(a), _dated_by(b)), key=DATED_BY.index))
        return f"days apart: {dated}", f"{a.span[:2]} / {b.span[:2]}"
    found = veto(a, b)
    if found is not None:
        return f"veto: {found}", ""
    score = merge.similarity(a, b, idf)
    if score >= merge.THRESHOLD:
        for report, other in ((a, b), (b, a)):
            group = group_of[other.key]
            for member in group.reports:
                refused = veto(report, member)
                if refused is not None:
                    return f"alike, group refused: {refused}", member.sentence[:60]
            if not group._anchored(report):
                return "alike, group refused: not anchored", ""
        return "alike, groups not joined", f"{score:.2f}"
    return f"below the threshold: {absent(a, b)}", f"{score:.2f}"


#: how a report's day was found, as "days apart" names it
DATED_BY = ["explicit", "narration", "follow-up"]


def _dated_by(report: merge.Report) -> str:
    """How a report's day was found: its own expression, its article's narration (the
    page's day or one carried from another sentence), or its event's (a follow-up)."""
    if report.follows is not None:
        return "follow-up"
    return "explicit" if report.explicit else "narration"


def explain(name: str, folder: Path, quiet: bool) -> tuple[Counter[str], Counter[str]]:
    """Print the pairs of ``name`` left apart; (reasons over pairs, over gold events)."""
    reports, cited = merge_pairs.cited_reports(name, folder)
    groups = merge.group_reports(reports)
    group_of = {r.key: g for g in groups for r in g.reports}
    idf = merge.rarity(reports)
    by_event: dict[str, list[merge.Report]] = {}
    for report, key in cited:
        by_event.setdefault(key, []).append(report)
    pairs: Counter[str] = Counter()
    events: Counter[str] = Counter()
    print(f"\n## {name}\n")
    for key, told in sorted(by_event.items()):
        seen: set[str] = set()
        lines = []
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if a.key[0] == b.key[0] or group_of[a.key] is group_of[b.key]:
                    continue
                why, detail = reason(a, b, group_of, idf)
                pairs[why] += 1
                seen.add(why)
                lines.append(
                    f"  - {why} {detail}\n      {a.sentence[:70]!r}\n      {b.sentence[:70]!r}"
                )
        events.update(seen)
        if lines and not quiet:
            print(f"- {key}: {len(lines)} pairs apart")
            print("\n".join(lines))
    return pairs, events


def false_merges(name: str, folder: Path) -> int:
    """Print every group of ``name`` holding reports of two gold events: its reports (gold
    event, follow-up or not, sentence) and, for each report not a follow-up, the earlier
    report of the group it is most alike to (the link that let it in), with the score and
    the evidence; the number of such groups."""
    reports, cited = merge_pairs.cited_reports(name, folder)
    gold_of = {report.key: key for report, key in cited}
    idf = merge.rarity(reports)
    found = 0
    print(f"\n## {name}: groups of several gold events\n")
    for group in merge.group_reports(reports):
        told = {gold_of[r.key] for r in group.reports if r.key in gold_of}
        if len(told) < 2:
            continue
        found += 1
        print(f"- {', '.join(sorted(told))}")
        ordered = sorted(group.reports, key=merge._order)
        for i, report in enumerate(ordered):
            mark = "  follows" if report.follows is not None else ""
            print(
                f"    {report.key} {gold_of.get(report.key, '-')}{mark} {report.span[:2]}"
                f" {report.sentence[:90]!r}"
            )
            earlier = [o for o in ordered[:i] if o.follows is None]
            if report.follows is not None or not earlier:
                continue
            score, link = max((merge.similarity(report, o, idf), o.key) for o in earlier)
            other = next(o for o in earlier if o.key == link)
            print(
                f"        linked to {link} at {score:.2f}: acts "
                f"{sorted(_acts(report))} / {sorted(_acts(other))}; "
                f"clause score {merge.clause_score(report, other):.2f}{alike(report, other)}"
            )
    return found


def alike(a: merge.Report, b: merge.Report) -> str:
    """ "; acts alike: WORD ~ WORD (cosine)" when their main clauses share no act and
    ``merge.acts_alike`` makes them one (the word vectors' evidence), else ""."""
    one, other = a.clause, b.clause
    if one is None or other is None or (one.acts & other.acts) - merge.vocabulary().saying_acts:
        return ""
    if not merge.acts_alike(one, other):
        return ""
    words = merge.alike_words(one.told, other.told)
    return "; acts alike: " + ", ".join(f"{x} ~ {y} ({c:.2f})" for x, y, c in words)


def alike_pairs(name: str, folder: Path) -> tuple[int, int]:
    """Print every pair of reports of two articles that ``merge.acts_alike`` makes tell one
    act and that merging's score puts above the threshold, with its gold ("same": one gold
    event, "different": two, "?": a report citing none or several) and the words alike;
    the numbers of "same" and "different" pairs."""
    reports, cited = merge_pairs.cited_reports(name, folder)
    gold_of = {report.key: key for report, key in cited}
    idf = merge.rarity(reports)
    counts: Counter[str] = Counter()
    print(f"\n## {name}: pairs whose acts are alike\n")
    for i, a in enumerate(reports):
        for b in reports[i + 1 :]:
            if a.key[0] == b.key[0] or not spans_overlap(a.span, b.span):
                continue
            why = alike(a, b)
            if not why or merge.similarity(a, b, idf) < merge.THRESHOLD:
                continue
            one, other = gold_of.get(a.key), gold_of.get(b.key)
            label = "?" if one is None or other is None else "same" if one == other else "different"
            counts[label] += 1
            print(f"- {label}{why}\n    {a.sentence[:100]!r}\n    {b.sentence[:100]!r}")
    return counts["same"], counts["different"]


def _acts(report: merge.Report) -> set[str]:
    """Its action and its main clause's acts."""
    acts = set(report.clause.acts) if report.clause is not None else set()
    return acts | ({report.action} if report.action else set())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=merge_pairs.DEVELOPMENT)
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    parser.add_argument(
        "--false", action="store_true", help="the groups of several gold events instead"
    )
    parser.add_argument(
        "--alike",
        action="store_true",
        help="the pairs above the threshold whose acts are alike (word vectors) instead",
    )
    args = parser.parse_args(argv)
    refused = merge_pairs.BLIND & set(args.sets)
    if refused:
        parser.error(f"blind sets are never explained: {', '.join(sorted(refused))}")
    if args.alike:
        for name, folder in set_folders(args.sets):
            same, different = alike_pairs(name, folder)
            print(f"\n{name}: {same} same, {different} different")
        return 0
    if args.false:
        for name, folder in set_folders(args.sets):
            false_merges(name, folder)
        return 0
    pairs: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for name, folder in set_folders(args.sets):
        p, e = explain(name, folder, args.quiet)
        pairs.update(p)
        events.update(e)
    print("\n## reasons, all sets\n\n| reason | pairs | gold events |\n|---|---|---|")
    for why, count in pairs.most_common():
        print(f"| {why} | {count} | {events[why]} |")
    broad: Counter[str] = Counter()
    for why, count in pairs.items():
        broad[coarse(why)] += count
    print("\n## reasons by class, all sets\n\n| class | pairs |\n|---|---|")
    for why, count in broad.most_common():
        print(f"| {why} | {count} |")
    return 0


def coarse(why: str) -> str:
    """The class of a reason: a veto by name (the part of a clause left out), a group's
    refusal, days apart, or, below the threshold, the first evidence absent in the order
    act, entity, clause word (the rest: "other")."""
    kind, _, detail = why.partition(": ")
    if kind == "below the threshold":
        first = detail.split(", ")
        for absent in ("no act in common", "no entity in common", "no clause word in common"):
            if absent in first:
                return f"below the threshold: {absent}"
        return "below the threshold: other"
    if kind in ("veto", "alike, group refused"):
        return f"{kind}: {detail.split(':')[0]}"
    if kind == "days apart":
        return kind
    return why


if __name__ == "__main__":
    raise SystemExit(main())
