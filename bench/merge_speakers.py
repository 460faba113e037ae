"""Who speaks, as merging reads it (issue 9): the gold pairs the speaker vetoes keep apart,
by how each side names its speaker, and the voices the build read.

    .venv/bin/python bench/merge_speakers.py [--sets dev dev2 ... dev17 fresh heldout]
                                             [--pairs] [--voices]

For every pair of reports of one gold event, told by two articles, days overlapping, that
merging leaves in two groups and that "said by another", "other people" or "clauses differ"
vetoes (``merge_explain.veto``), the faces of its two sides: *named* (``Report.speaker``),
*described* (a reporting clause whose subject names nobody: "le premier ministre"),
*pronoun* (an "il" left unresolved), *quote, no clause* (opens with a quotation mark, no
verb of saying), *no clause*. ``--pairs`` prints each pair with each side's speaker, voice,
clause agent and follow-up link; ``--voices`` the reports whose voice was read from a title
or carried (``speakers.Voice.how``). The reports are ``bench/merge_pairs.py``'s; blind sets
(and this round's unseen dev33) are refused.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import merge_explain  # noqa: E402  (bench/merge_explain.py)
import merge_pairs  # noqa: E402  (bench/merge_pairs.py)
from merge_pairs import set_folders  # noqa: E402

from timeline.events import merge, speakers  # noqa: E402
from timeline.events.dates import spans_overlap  # noqa: E402
from timeline.events.lexicon import lexicon  # noqa: E402
from timeline.events.merging_words import QUOTE_OPENERS  # noqa: E402
from timeline.events.report import Report  # noqa: E402

#: the sets whose texts and golds are never read (figures only: bench/events.py)
BLIND = merge_pairs.BLIND
#: the vetoes whose pairs are counted by face
SPEAKER_VETOES = ("said by another", "other people", "clauses differ")
DEVELOPMENT = merge_pairs.DEVELOPMENT


def face(report: Report) -> str:
    """How a report names who speaks in it."""
    if report.speaker:
        return "named"
    if report.quoted:
        return "pronoun" if report.quoted in lexicon()["anaphoric_subjects"] else "described"
    if report.sentence.lstrip()[:1] in QUOTE_OPENERS:
        return "quote, no clause"
    return "no clause"


def _side(report: Report) -> str:
    agent = report.clause.agent if report.clause is not None else None
    voice = f"{report.voice.person},{report.voice.how}" if report.voice.person else "-"
    return (
        f"speaker={report.speaker} voice={voice} agent={agent} follows={report.follows} "
        f"clause={report.quoted!r} persons={sorted(report.persons)} {report.sentence[:80]!r}"
    )


def count(
    name: str, folder: Path, show_pairs: bool, show_voices: bool, show_sides: bool = False
) -> Counter[str]:
    """The vetoed gold pairs of one set by veto and faces (printed with ``show_pairs``)."""
    reports, cited = merge_pairs.cited_reports(name, folder)
    group_of = {r.key: g for g in merge.group_reports(reports) for r in g.reports}
    out: Counter[str] = Counter()
    for (a, one), (b, other) in itertools.combinations(cited, 2):
        if one != other or a.key[0] == b.key[0] or group_of[a.key] is group_of[b.key]:
            continue
        if not spans_overlap(a.span, b.span):
            continue
        found = merge_explain.veto(a, b)
        veto = found.split(":")[0] if found else None
        if veto not in SPEAKER_VETOES:
            continue
        faces = " / ".join(sorted((face(a), face(b))))
        out[f"{veto} | {faces}"] += 1
        if show_pairs:
            print(f"{name} {one} | {veto} | {faces}\n    {_side(a)}\n    {_side(b)}")
    if show_voices:
        for r in reports:
            if r.voice.how in (speakers.TITLED, speakers.CARRIED) or (
                r.voice.title and r.speaker is None
            ):
                print(
                    f"{name} voice {r.voice.how or '-'} {r.voice.person} | {r.voice.title} | "
                    f"{r.sentence[:70]!r}"
                )
    if show_sides:
        for r in reports:
            if len(r.voice.side) > 1:
                side = ", ".join(sorted(r.voice.side))
                print(f"{name} side {r.voice.person} | {side} | {r.sentence[:70]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=DEVELOPMENT)
    parser.add_argument("--pairs", action="store_true", help="each vetoed pair")
    parser.add_argument("--voices", action="store_true", help="the voices read from titles")
    parser.add_argument(
        "--sides", action="store_true", help="the voices of a body and its head (one side)"
    )
    args = parser.parse_args(argv)
    blind = sorted(set(args.sets) & BLIND)
    if blind:
        parser.error(f"blind sets are scored, never read: {', '.join(blind)}")
    total: Counter[str] = Counter()
    for name, folder in set_folders(args.sets):
        total += count(name, folder, args.pairs, args.voices, args.sides)
    print("\n| veto | faces | pairs |\n|---|---|---|")
    for key, n in total.most_common():
        print(f"| {key} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
