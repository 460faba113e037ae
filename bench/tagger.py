"""Benchmark of the temporal tagger: accuracy and speed, side by side with two baselines.

Run: ``.venv/bin/python bench/tagger.py`` (or ``make bench``).

Accuracy on (a) the seed page (dct 2015-10-07, gold ``tests/data/seed/seed-timex.yml``) and
(b) French TimeBank dev (56 documents, 230 expressions), (c) real French news, development
part, (d) its first held-out part, (e) held-out batch 2, (f) held-out batch 3, (g) held-out
batch 4, (h) held-out batch 5, fresh texts annotated before the tagger ran on them, and (i)
all held-out texts (``tests/data/news``),
for timeline's tagger, dateparser's ``search_dates`` and HeidelTime (cached in
``bench/baselines/``). Then speed and memory on a ~1 MiB corpus of varied French news.
Prints tables with the targets, writes ``bench/results/tagger.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import dateparser_baseline  # noqa: E402
import heideltime_baseline  # noqa: E402

from timeline.fileio import write_atomic  # noqa: E402
from timeline.temporal.evaluate import Score, evaluate, format_errors  # noqa: E402

BENCH = Path(__file__).resolve().parent
BASELINES = BENCH / "baselines"
RESULTS = BENCH / "results" / "tagger.json"
OUT = BENCH / "out"  # git-ignored: gold and system JSONL for `timeline eval`, speed corpus
SPEED_CORPUS = OUT / "speed-corpus.jsonl"

TARGETS = {
    "seed": {"value_f1": 1.00, "strict_f1": 0.95, "negatives_tagged": 0},
    "ftib": {"value_f1": 0.90, "strict_f1": 0.92},
    "news": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout-2": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout-3": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout-4": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout-5": {"value_f1": 0.90, "strict_f1": 0.85},
    "news-heldout-all": {"value_f1": 0.90, "strict_f1": 0.85},
    "speed": {"mb_per_s": 1.0, "ratio_dateparser": 10.0, "max_rss_mb": 300.0},
}


# --------------------------------------------------------------------------- systems


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def timeline_tagger() -> tuple[Any, str | None]:
    """timeline.temporal.tag, or None and the reason it cannot be used."""
    try:
        from timeline.temporal import tag
    except ImportError as exc:
        return None, f"timeline.temporal.tag is not available yet ({exc})"
    return tag, None


def timeline_documents(tag: Any, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"doc_id": d["doc_id"], "timexes": [t.to_dict() for t in tag(d["text"], _date(d["dct"]))]}
        for d in docs
    ]


def heideltime_documents(
    name: str, docs: list[dict[str, Any]], refresh: bool
) -> tuple[list[dict[str, Any]] | None, str]:
    """HeidelTime's output for a dataset (from the committed cache when it is up to date)."""
    path = BASELINES / f"heideltime-{name}.jsonl"
    cached = {}
    if path.exists() and not refresh:
        cached = {d["doc_id"]: d for d in corpus.read_jsonl(path)}
    fresh = all(
        d["doc_id"] in cached
        and cached[d["doc_id"]].get("text_sha256") == heideltime_baseline.text_sha256(d["text"])
        for d in docs
    )
    if fresh:
        return [cached[d["doc_id"]] for d in docs], f"cached {path.relative_to(corpus.ROOT)}"
    reason = heideltime_baseline.unavailable_reason()
    if reason:
        return None, f"cannot run: {reason}"
    print(f"  running HeidelTime on {name} ({len(docs)} documents, ~3-5 s each)...", flush=True)
    results = heideltime_baseline.tag_documents(docs, cached=cached)
    corpus.write_jsonl(path, results)
    return results, f"computed now, saved to {path.relative_to(corpus.ROOT)}"


# --------------------------------------------------------------------------- accuracy


def _summary(score: Score) -> dict[str, Any]:
    data = score.to_dict(errors=False)
    data.pop("per_type")
    data["negatives"].pop("hits")
    data["negatives_hits"] = [n["negative"] for n in score.negatives_tagged]
    return data


def accuracy(refresh: bool, show_errors: bool) -> dict[str, Any]:
    datasets = {
        "seed": corpus.seed_gold_docs(),
        "ftib": corpus.ftib_gold_docs(),
        "news": corpus.news_gold_docs("dev"),
        "news-heldout": corpus.news_gold_docs("heldout"),
        "news-heldout-2": corpus.news_gold_docs("heldout-2"),
        "news-heldout-3": corpus.news_gold_docs("heldout-3"),
        "news-heldout-4": corpus.news_gold_docs("heldout-4"),
        "news-heldout-5": corpus.news_gold_docs("heldout-5"),
    }
    datasets["news-heldout-all"] = [
        doc for split in ("", "-2", "-3", "-4", "-5") for doc in datasets[f"news-heldout{split}"]
    ]
    tag, why_not = timeline_tagger()
    results: dict[str, Any] = {}
    for name, gold in datasets.items():
        systems: dict[str, tuple[list | None, str]] = {}
        if tag is not None:
            start = time.perf_counter()
            try:
                output = timeline_documents(tag, gold)
            except Exception as exc:  # report, do not hide the baselines
                systems["timeline"] = (None, f"failed: {type(exc).__name__}: {exc}")
            else:
                systems["timeline"] = (output, f"{time.perf_counter() - start:.2f} s")
        else:
            systems["timeline"] = (None, why_not or "")
        start = time.perf_counter()
        systems["dateparser"] = (
            dateparser_baseline.tag_documents(gold),
            f"{time.perf_counter() - start:.2f} s",
        )
        systems["heideltime"] = heideltime_documents(name, gold, refresh)
        corpus.write_jsonl(OUT / f"gold-{name}.jsonl", gold)
        results[name] = {}
        for system, (output, note) in systems.items():
            if output is not None:
                corpus.write_jsonl(OUT / f"{system}-{name}.jsonl", output)
            if output is None:
                results[name][system] = {"available": False, "note": note}
                continue
            score = evaluate(gold, output)
            results[name][system] = {"available": True, "note": note, **_summary(score)}
            if show_errors and system == "timeline" and not name.startswith("news-heldout"):
                print(f"\n-- timeline errors on {name} --\n{format_errors(score)}\n")
    return results


def print_accuracy(results: dict[str, Any]) -> None:
    titles = {
        "seed": "(a) seed page, dct 2015-10-07: 20 expressions, 14 negatives",
        "ftib": "(b) French TimeBank 1.1 dev: 56 documents, 230 expressions",
        "news": "(c) real French news 2017-2025, development part (tests/data/news/dev.jsonl)",
        "news-heldout": "(d) real French news, held-out part, never tuned on"
        " (tests/data/news/heldout.jsonl; its errors were read by phenomenon once)",
        "news-heldout-2": "(e) real French news, held-out batch 2: fresh texts annotated before"
        " the tagger ran on them (tests/data/news/heldout-2.jsonl; errors read once)",
        "news-heldout-3": "(f) real French news, held-out batch 3: outlets, countries and topics"
        " new to the corpus, annotated before the tagger ran (tests/data/news/heldout-3.jsonl)",
        "news-heldout-4": "(g) real French news, held-out batch 4: outlets and kinds of writing"
        " new to the corpus (live page, court, obituaries, quarters, agenda, Lebanon),"
        " annotated before the tagger ran (tests/data/news/heldout-4.jsonl)",
        "news-heldout-5": "(h) real French news, held-out batch 5: outlets, countries and kinds of"
        " writing new to the corpus (strike notice, school and election calendars, Morocco,"
        " Algeria, Côte d'Ivoire, cycling programme, Luxembourg night, Belgium), annotated"
        " before the tagger ran (tests/data/news/heldout-5.jsonl)",
        "news-heldout-all": "(i) real French news, all held-out texts: (d) + (e) + (f) + (g) + (h)",
    }
    for name, systems in results.items():
        print(f"\n{titles[name]}")
        header = (
            f"{'system':12}{'strict F1':>10}{'relax F1':>10}{'type acc':>10}{'value acc':>10}"
            f"{'value F1':>10}{'P(val)':>8}{'R(val)':>8}{'sys':>5}{'gold':>5}"
        )
        if name == "seed":
            header += f"{'neg.':>6}"
        print(header + "   note")
        for system, r in systems.items():
            if not r["available"]:
                print(f"{system:12}  n/a   {r['note']}")
                continue
            line = (
                f"{system:12}{r['strict']['f1']:10.3f}{r['relaxed']['f1']:10.3f}"
                f"{r['type_accuracy']:10.3f}{r['value_accuracy']:10.3f}"
                f"{r['value_f1']['f1']:10.3f}{r['value_f1']['precision']:8.3f}"
                f"{r['value_f1']['recall']:8.3f}{r['system']:5d}{r['gold']:5d}"
            )
            if name == "seed":
                line += f"{r['negatives']['tagged']:6d}"
            print(f"{line}   {r['note']}")
        for system, r in systems.items():
            if r["available"] and r.get("negatives_hits"):
                counts = Counter(r["negatives_hits"])
                hits = ", ".join(f"{n!r}" + (f" x{c}" if c > 1 else "") for n, c in counts.items())
                print(f"  {system} tagged negatives: {hits}")


# --------------------------------------------------------------------------- speed


def run_child(system: str, passes: int, sample_docs: int) -> dict[str, Any]:
    """Time one system in a fresh process (see speed_child.py)."""
    cmd = [sys.executable, str(BENCH / "speed_child.py"), system, str(SPEED_CORPUS)]
    cmd += [str(passes), str(sample_docs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=corpus.ROOT)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["failed"]
        raise RuntimeError(f"{system} speed run failed: {lines[-1]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def speed(sample_docs: int, heideltime_docs: int, passes: int) -> dict[str, Any]:
    """Start-up, throughput and peak memory of the three systems on the speed corpus."""
    docs = corpus.speed_corpus()
    corpus.write_jsonl(SPEED_CORPUS, docs)
    size = corpus.corpus_bytes(docs)
    out: dict[str, Any] = {
        "corpus": {
            "docs": len(docs),
            "bytes": size,
            "chars": sum(len(d["text"]) for d in docs),
            "seed": corpus.SPEED_SEED,
            "path": str(SPEED_CORPUS.relative_to(corpus.ROOT)),
        }
    }
    sample_bytes = corpus.corpus_bytes(docs[:sample_docs])
    out["loadavg_before"] = os.getloadavg()

    dp = run_child("dateparser", 1, sample_docs)
    dp.update(
        kb_per_s=dp["bytes"] / 1000 / dp["best_s"],
        kb_per_cpu_s=dp["bytes"] / 1000 / dp["best_cpu_s"],
        extrapolated_s=dp["best_s"] * size / dp["bytes"],
    )
    out["dateparser"] = dp

    tag, why_not = timeline_tagger()
    if tag is None:
        out["timeline"] = {"available": False, "note": why_not}
    else:
        try:
            tl = run_child("timeline", passes, sample_docs)
        except RuntimeError as exc:
            tl = {"available": False, "note": str(exc)}
        else:
            tl.update(
                available=True,
                kb_per_s=size / 1000 / tl["best_s"],
                kb_per_cpu_s=size / 1000 / tl["best_cpu_s"],
                ratio_dateparser_cpu=(size / tl["best_cpu_s"]) / (dp["bytes"] / dp["best_cpu_s"]),
                mb_per_s=size / 1e6 / tl["best_s"],
                sample_bytes=sample_bytes,
                ratio_dateparser=(size / tl["best_s"]) / (dp["bytes"] / dp["best_s"]),
                ratio_same_sample_cold=dp["best_s"] / tl["first_sample_s"],
            )
        out["timeline"] = tl

    out["loadavg_after"] = os.getloadavg()
    reason = heideltime_baseline.unavailable_reason()
    if heideltime_docs <= 0:
        out["heideltime"] = {"available": False, "note": "not timed (--heideltime-docs 0)"}
    elif reason:
        out["heideltime"] = {"available": False, "note": f"cannot run: {reason}"}
    else:
        with heideltime_baseline.HeidelTime() as heideltime:
            _, probe = heideltime.run("Le 7 octobre 2015.", "2015-10-07")
            runs = [heideltime.run(d["text"], d["dct"])[1] for d in docs[:heideltime_docs]]
        seconds = sum(r["seconds"] for r in runs)
        hd_bytes = corpus.corpus_bytes(docs[:heideltime_docs])
        net = seconds - probe["seconds"] * len(runs)
        out["heideltime"] = {
            "available": True,
            "startup_s": probe["seconds"],
            "sample_docs": len(runs),
            "sample_bytes": hd_bytes,
            "seconds": seconds,
            "kb_per_s": hd_bytes / 1000 / seconds,
            "kb_per_s_after_startup": hd_bytes / 1000 / net if net > 0 else None,
            "max_rss_mb": max(r["max_rss_mb"] for r in [*runs, probe]),
        }
    return out


def print_speed(s: dict[str, Any]) -> None:
    c = s["corpus"]
    print(
        f"\nSpeed corpus: {c['docs']} documents, {c['bytes']:,} bytes UTF-8 ({c['chars']:,} chars),"
        f" sentences drawn at random (seed {c['seed']}) from the seed page and FTiB dev."
        "\nEach system timed in its own fresh process; start-up = import + data/rule loading"
        " + first call; KB/s after start-up; peak = max RSS of that process."
    )
    load = max(s["loadavg_before"][0], s["loadavg_after"][0])
    cpus = os.cpu_count() or 1
    print(
        f"Load average (1 min) {s['loadavg_before'][0]:.1f} before, {s['loadavg_after'][0]:.1f}"
        f" after, on {cpus} CPUs"
        + (
            ": the machine is busy, wall-clock figures are pessimistic (CPU-time KB/s shown too)"
            if load > cpus * 0.75
            else ""
        )
    )
    print(
        f"{'system':12}{'start-up s':>11}{'KB/s':>10}{'KB/cpu-s':>10}{'peak MB':>9}   measured on"
    )
    t, d, h = s["timeline"], s["dateparser"], s["heideltime"]
    if t.get("available"):
        print(
            f"{'timeline':12}{t['startup_s']:11.2f}{t['kb_per_s']:10.0f}{t['kb_per_cpu_s']:10.0f}"
            f"{t['max_rss_mb']:9.0f}"
            f"   whole corpus, best of {len(t['pass_s'])} passes "
            f"({', '.join(f'{x:.2f}' for x in t['pass_s'])} s; {t['found_per_pass']} timexes)"
        )
    else:
        print(f"{'timeline':12}  n/a   {t['note']}")
    if d["docs"] == c["docs"]:
        where = f"whole corpus, one pass ({d['best_s']:.1f} s)"
    else:
        where = (
            f"first {d['docs']} documents only ({d['bytes']:,} bytes, {d['best_s']:.1f} s);"
            f" whole corpus extrapolated: {d['extrapolated_s']:.0f} s"
        )
    print(
        f"{'dateparser':12}{d['startup_s']:11.2f}{d['kb_per_s']:10.1f}{d['kb_per_cpu_s']:10.1f}"
        f"{d['max_rss_mb']:9.0f}"
        f"   {where}"
    )
    if h.get("available"):
        print(
            f"{'heideltime':12}{h['startup_s']:11.2f}{h['kb_per_s']:10.1f}{'':>10}"
            f"{h['max_rss_mb']:9.0f}"
            f"   first {h['sample_docs']} documents ({h['sample_bytes']:,} bytes, "
            f"{h['seconds']:.1f} s); a JVM + TreeTagger per document, start-up paid each time"
            + (
                f" ({h['kb_per_s_after_startup']:.1f} KB/s net of it)"
                if h["kb_per_s_after_startup"]
                else " (net of it: not measurable, the probe was as slow as the documents)"
            )
            + "; peak = java + TreeTagger"
        )
    else:
        print(f"{'heideltime':12}  n/a   {h['note']}")
    if t.get("available"):
        print(
            f"timeline / dateparser throughput: {t['ratio_dateparser']:.1f}x wall-clock,"
            f" {t['ratio_dateparser_cpu']:.1f}x CPU time"
            f" (on the same {d['docs']} documents, timeline's cold first pass took "
            f"{t['first_sample_s']:.3f} s vs {d['best_s']:.2f} s: "
            f"{t['ratio_same_sample_cold']:.1f}x)"
        )


# --------------------------------------------------------------------------- targets


def targets(acc: dict[str, Any], spd: dict[str, Any] | None) -> list[tuple[str, str, str, Any]]:
    """(target, wanted, measured, passed) rows; passed is None when not measured."""
    rows: list[tuple[str, str, str, Any]] = []

    def add(name: str, wanted: str, value: float | None, ok: bool | None, fmt: str = ".3f"):
        if value is None:
            rows.append((name, wanted, "n/a", None))
        else:
            rows.append((name, wanted, format(value, fmt), ok))

    for name, label in (
        ("seed", "seed"),
        ("ftib", "FTiB dev"),
        ("news", "news dev"),
        ("news-heldout", "news held-out"),
        ("news-heldout-2", "news held-out 2"),
        ("news-heldout-3", "news held-out 3"),
        ("news-heldout-4", "news held-out 4"),
        ("news-heldout-5", "news held-out 5"),
        ("news-heldout-all", "news held-out all"),
    ):
        r = acc.get(name, {}).get("timeline", {})
        have = r.get("available", False)
        want = TARGETS[name]
        v = r["value_f1"]["f1"] if have else None
        add(f"{label} value-F1", f">= {want['value_f1']:.2f}", v, have and v >= want["value_f1"])
        v = r["strict"]["f1"] if have else None
        add(f"{label} strict F1", f">= {want['strict_f1']:.2f}", v, have and v >= want["strict_f1"])
        if "negatives_tagged" in want:
            v = r["negatives"]["tagged"] if have else None
            add("seed negatives tagged", "0", v, have and v == 0, "d")
    t = (spd or {}).get("timeline", {})
    have = t.get("available", False)
    want = TARGETS["speed"]
    add(
        "speed MB/s", ">= 1.0", t.get("mb_per_s"), have and t["mb_per_s"] >= want["mb_per_s"], ".2f"
    )
    v = t.get("ratio_dateparser")
    add("speed vs dateparser", ">= 10x", v, have and v >= want["ratio_dateparser"], ".0f")
    v = t.get("max_rss_mb")
    add("peak memory MB", "<= 300", v, have and v <= want["max_rss_mb"], ".0f")
    if spd is None:
        rows[-3:] = [(n, w, "not run", None) for n, w, _, _ in rows[-3:]]
    return rows


def print_targets(rows: list[tuple[str, str, str, Any]]) -> None:
    print("\nTargets (timeline's tagger)")
    for name, wanted, measured, ok in rows:
        mark = "PASS" if ok else ("-" if ok is None else "FAIL")
        print(f"  {mark:5} {name:24} {measured:>8}  (target {wanted})")


def write_results(data: dict[str, Any]) -> None:
    write_atomic(RESULTS, json.dumps(data, ensure_ascii=False, indent=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--refresh-baselines", action="store_true", help="re-run HeidelTime and rewrite its cache"
    )
    parser.add_argument("--skip-speed", action="store_true", help="accuracy only")
    parser.add_argument("--errors", action="store_true", help="list timeline's errors")
    parser.add_argument(
        "--dateparser-docs",
        type=int,
        default=corpus.SPEED_DOCS,
        help="speed documents timed for dateparser (default: all; fewer = extrapolate)",
    )
    parser.add_argument(
        "--heideltime-docs", type=int, default=2, help="speed documents timed for HeidelTime"
    )
    parser.add_argument("--passes", type=int, default=3, help="timed passes for timeline")
    args = parser.parse_args(argv)

    started = time.time()
    print("Temporal tagger benchmark: timeline vs dateparser search_dates vs HeidelTime")
    acc = accuracy(args.refresh_baselines, args.errors)
    print_accuracy(acc)
    spd = None
    if not args.skip_speed:
        spd = speed(args.dateparser_docs, args.heideltime_docs, args.passes)
        print_speed(spd)
    rows = targets(acc, spd)
    print_targets(rows)
    t = (spd or {}).get("timeline", {})
    if t.get("available"):
        print(
            f"  (speed judged on wall-clock time; on CPU time, as an idle machine would show:"
            f" {t['kb_per_cpu_s'] / 1000:.2f} MB/s, {t['ratio_dateparser_cpu']:.0f}x dateparser)"
        )
    write_results(
        {
            "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "systems": {
                "dateparser": dateparser_baseline.SYSTEM,
                "heideltime": heideltime_baseline.SYSTEM,
            },
            "accuracy": acc,
            "speed": spd,
            "targets": [
                {"target": n, "wanted": w, "measured": m, "pass": ok} for n, w, m, ok in rows
            ],
            "seconds": round(time.time() - started, 1),
        }
    )
    print(f"\nwritten {RESULTS.relative_to(corpus.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
