"""Benchmark of the events stage: quality against the golds (issue 9), then speed.

    .venv/bin/python bench/events.py [--only seed dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9
                                             dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17
                                             dev18 dev19 dev20 dev21 dev22 dev23 dev24
                                             dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32
                                             dev33
                                             heldout heldout2 heldout3 heldout4 speed]
                                     [--titles]
                                     [--n 100] [--repeat 3] [--json bench/results/events.json]

Quality (bench/eventscore.py): the seed against tests/data/seed/seed-events.yml (every gold
event, merge and context item pass/fail, headline limits); then the real-news development
set (tests/data/realnews/dev), the second development set (tests/data/realnews/dev2: other
outlets, topics and years, to check that a change generalises), the third development set
(tests/data/realnews/dev3: three multi-outlet dossiers, for merging; only with ``--only
dev3``), the fourth (tests/data/realnews/dev4: two dossiers and genres the others lack;
only with ``--only dev4``), the fifth (tests/data/realnews/dev5: three dossiers of seven
outlets each and digests of one day, for merging; only with ``--only dev5``), the sixth
(tests/data/realnews/dev6: two dossiers, a sports final and a company's collapse, and
genres the others lack: interview, live page, court report, release, obituaries; only with
``--only dev6``), the seventh (tests/data/realnews/dev7: two dossiers of acts abroad told with
local clocks and the clock of Paris or Brussels, a flight lost at sea and a death in Los
Angeles, and single articles; only with ``--only dev7``), the eighth (tests/data/realnews/dev8:
genres and topics the others lack, a trial followed over days and a hostile takeover bid,
and single articles: obituaries, an epidemic's counts, a final, a local fait divers; only
with ``--only dev8``), the ninth (tests/data/realnews/dev9: a storm's tolls revised day by day
and a government's fall, and single articles: an election night, a high court's decision, a
festival's prizes, a results release, a strike's end, a regional weekly's faits divers; only
with ``--only dev9``), the tenth (tests/data/realnews/dev10: news of 2003-2005, a hostage-taking
followed over days and a referendum with its political sequel, and single articles: an
earthquake abroad and its aid, a space mission told over three days; only with ``--only
dev10``), the eleventh (tests/data/realnews/dev11: news of 1998-2001, a company's collapse
followed over days and an election night with its coalition, and single articles: a prison
escape and a minister's interview fifteen years on, a diplomatic threat and a swearing-in, a
bankruptcy; only with ``--only dev11``), the twelfth (tests/data/realnews/dev12: news of 1996,
1999, 2002, 2016 and 2021, a wildfire and its evacuation followed over days and a diplomatic
crisis with recalls of ambassadors, and single articles: a strike's end told in the narrative
present and from abroad 25 years on, an oil spill's forecasts and landfall, a flood's toll;
only with ``--only dev12``), the thirteenth (tests/data/realnews/dev13: news of 1995, 1997,
2017 and 2018, a cave rescue followed over days and a government reshuffle with its
resignations, and single articles: an encyclopaedia's chronicles whose paragraphs open on a
bare day number, an association's communiqué, an election-night declaration printed the next
day; only with ``--only dev13``), the fourteenth (tests/data/realnews/dev14: news of 2012,
2015, 2018 and 2022-2025, a shipwreck followed over days with the captain's judicial fate,
and single articles: two stock-market closing reports, a space launch, a food recall by two
outlets, two football transfer digests; only with ``--only dev14``), the fifteenth
(tests/data/realnews/dev15: news of 2011, 2015, 2022, 2023 and 2025, a series of attacks and
their manhunt followed over five days by fourteen outlets, and single articles: two
central-bank rate decisions, an art auction over two evenings, a volcanic eruption and its
air traffic by two outlets, a lottery jackpot; only with ``--only dev15``), the sixteenth
(tests/data/realnews/dev16: news of 2013, 2015, 2018 and 2022, a minister's resignation under a
judicial inquiry, his successor's handover and his confession and indictment two weeks later,
followed by fourteen outlets, and single articles: a solar eclipse in 2015 and in 2022, a royal
birth by two outlets; only with ``--only dev16``), the seventeenth (tests/data/realnews/dev17:
news of May and June 2010, a national football team's World Cup scandal followed over ten days
by sixteen outlets, from an insult revealed to the federation's president resigning, and an
art theft in a Paris museum by four outlets; only with ``--only dev17``), the eighteenth
(tests/data/realnews/dev18: news of December 2009 and of December 2017 - January 2018, an
infant-milk recall for salmonella followed over six weeks by sixteen outlets, from the first
recall to the maker's chief breaking his silence, and a Eurostar breakdown in the Channel tunnel
by four outlets; only with ``--only dev18``), the nineteenth (tests/data/realnews/dev19: news
of October 2020, November 2021 and April 2025, a hostage's release in Mali followed day by day
by fourteen outlets, from the prisoners freed in exchange to her welcome at a military airbase,
its epilogue a year later, and the Iberian blackout by five outlets over three days; only with
``--only dev19``), the twentieth (tests/data/realnews/dev20: news of May and December 2017 and
December 2015, the cyberattack WannaCry followed day by day by sixteen outlets, from British
hospitals and Renault's plants hit to the emergency departments back to normal, its epilogue
seven months later, and the Paris climate agreement adopted at the COP21 by three outlets; only
with ``--only dev20``), the twenty-first (tests/data/realnews/dev21: news of March and April
2011, the Fukushima nuclear accident followed day by day by eleven outlets, from the explosion
of reactor 1 to the helicopters' and water cannons' spraying and the accident rated level 5,
its epilogue a month and twelve years later, a bridge's collapse by two outlets and a manhunt;
only with ``--only dev21``), the twenty-second (tests/data/realnews/dev22: news of October
2012 and January 2013, Lance Armstrong's doping affair followed by sixteen outlets over three
months, from the anti-doping agency's report and the sponsors leaving to the Cycling Union
stripping his seven Tours and his televised confession, a heatwave's record by three outlets,
a scientific discovery announced by two and avalanches' tolls; only with ``--only dev22``),
the twenty-third (tests/data/realnews/dev23: news of December 2020 and January 2021, the
Vendée Globe sailing race followed by fifteen outlets over two months, from a skipper's wreck
and rescue by another and his transfer to a Navy frigate to the jury's time compensations
and a finish won on them, a meteor's fall over the Urals by three outlets, shark attacks at
Reunion and a nuclear test detected as an earthquake; only with ``--only dev23``), the
twenty-fourth (tests/data/realnews/dev24: news of 2016 to 2022 in genres no set had, the
beluga lost in the Seine followed by fourteen outlets over nine days, from its sighting near a
dam to its extraction from a lock and its being put down at Ouistreham, a celebrity's armed
robbery in Paris by three outlets, giant pandas born at a zoo and wartime bombs defused with an
evacuation; only with ``--only dev24``), the twenty-fifth (tests/data/realnews/dev25: news of
2007 to 2019 in genres no set had, an urban gas explosion, the bakery of the rue de Trévise in
Paris, followed by ten outlets over a year, from a resident's call for a smell of gas to the
experts' report, a marathon run under two hours by four outlets, an airliner's ditching in the
Hudson and the first iPhone presented on stage, with their anniversaries; its texts rewrites
of stored pages rather than copies; only with ``--only dev25``), the twenty-sixth
(tests/data/realnews/dev26: news of 2013 to 2023 in genres no set had, a cable car's fall at
Stresa-Mottarone and its inquiry followed by eleven outlets over a week, from a cable breaking
near the summit to three managers arrested for a blocked emergency brake and two of them freed,
an airliner vanished and its search (MH370), a mining dam's collapse at Brumadinho, Richard
III's remains identified and Charles III's coronation; its texts rewrites of stored pages as
dev25's; only with ``--only dev26``), the twenty-seventh (tests/data/realnews/dev27: news of
2014 to 2022 in genres no set had, the crowd crush of Itaewon in Seoul and its aftermath
followed by ten outlets over eight days, from the crush of Halloween night and its rising
tolls to the national mourning, the police chief's admission and the officials' apologies,
Juan Carlos's abdication, the Nobel Prize in Literature to Annie Ernaux, the European
Commission's fine against Google for Android, Carlos Ghosn's flight to Beirut and the Grenfell
Tower fire; its texts rewrites of stored pages as dev25's and dev26's; only with ``--only
dev27``), the twenty-eighth (tests/data/realnews/dev28: news of 2013 to 2022 in genres no set
had, the assassination of Shinzo Abe and its aftermath followed by thirteen outlets over seven
weeks, from the shots at a campaign speech in Nara and the gunman's arrest to the police
chiefs' admission and resignation, the election, the funeral and the state funeral announced,
Jacqueline Sauvage's presidential pardon, the final vote of the "mariage pour tous", the
Trump-Kim summit in Singapore and the global outage of Facebook, Instagram and WhatsApp; its
texts rewrites of stored pages as dev25's to dev27's; only with ``--only dev28``), the
twenty-ninth (tests/data/realnews/dev29: news of 2012 to 2022 in genres no set had, the
rescue ship Aquarius refused port by Italy and its week at sea followed by twelve outlets over
eight days, from Rome's refusal and Malta's to Spain's offer of Valencia, the transfer to two
Italian ships, the quarrel between Paris and Rome and the two leaders' lunch, to the arrival
at Valencia, the poisoning of Sergei and Yulia Skripal in Salisbury, Felix Baumgartner's
supersonic free fall, the wreck of Shackleton's Endurance found and Solar Impulse 2's
round-the-world flight completed; its texts rewrites of stored pages as dev25's to dev28's;
only with ``--only dev29``), the thirtieth (tests/data/realnews/dev30: news of 2003 to 2016 in
genres no set had, the Volkswagen emissions scandal followed by twelve outlets over four weeks,
from the US regulator's notice and the share's collapse to the group's admission, its chief
executive's apology and resignation, Matthias Müller named and the recall of 8.5 million cars
in Europe, the space shuttle Columbia lost on its return and its first anniversary, Jérôme
Kerviel's fraud at the Société Générale and Iceland's Prime Minister brought down by the
Panama Papers; its texts rewrites of stored pages as dev25's to dev29's; only with ``--only
dev30``), the thirty-first (tests/data/realnews/dev31: news of 2006 to 2011 in genres no set
had, the protest movement against the "contrat première embauche" followed by twelve outlets
over sixteen days, from the fourth national day of marches and the Constitutional Council's
approval to Jacques Chirac's address promulgating the law, the fifth day of marches and the
Élysée's communiqué replacing it, Saddam Hussein's execution, Kosovo's declaration of
independence and Zine El Abidine Ben Ali's flight from Tunisia; its texts rewrites of stored
pages as dev25's to dev30's; only with ``--only dev31``), the thirty-second
(tests/data/realnews/dev32: news of 2008, 2013 and 2020 in genres no set had, the count of
the US presidential election of 2020 followed by fifteen outlets over five days, from Donald
Trump's claim of victory in the night and the states projected for Joe Biden to the
campaign's suits, the President's address cut by the television channels, Joe Biden's lead
in Georgia and Pennsylvania, the media's projection of his victory, the leaders'
congratulations and the speech at Wilmington, Fidel Castro's message giving up the
presidency of Cuba and Nelson Mandela's death announced by Jacob Zuma; its texts rewrites of
stored pages as dev25's to dev31's; only with ``--only dev32``), the thirty-third
(tests/data/realnews/dev33: news of 2005 and 2023 in genres no set had, a multi-outlet
dossier of fifteen outlets over seventeen days, its texts rewrites of stored pages as
dev25's to dev32's; only with ``--only dev33``; this round's unseen check: figures only, its
stories described in tests/data/realnews/dev33-SOURCES.md until the round ends) and
the held-out set
(tests/data/realnews/heldout) and the fresh set (tests/data/realnews/fresh: outlets, topics
and years in no other set, its gold written before any run, a check of generality), each
with issue 9's table, and each multi-outlet dossier of a
set built apart (only its articles in the content folder) with the dossier table. Targets
are printed beside the figures. ``--only dev`` (or ``--only dev dev2``) scores the
development set(s) alone (what to run while developing; the held-out set is for final
figures only); ``--titles`` lists every published headline. Under each table of a set that
is not blind: the gold events not found, those misdated, and each report (evidence sentence,
second copies included) dated wrong: gold key, article, the start given (or "not
published") against the accepted ones, and the sentence's first 80 characters.

The second, third and fourth held-out sets (tests/data/realnews/heldout2, heldout3,
heldout4) are BLIND: each runs only when asked (``--only heldout2``, ``--only heldout3``,
``--only heldout4``, not by default) and prints
its two tables and nothing else (no missed or wrongly dated gold keys, no headlines, not
even with ``--titles``), so that its figures stay a measure of news nobody tuned on.
The round's unseen check (``eventscore.UNSEEN_SETS``) prints its tables alone as they do,
unless ``--unseen-details`` is given (the helper who wrote its gold, the end measurements):
printing its figures cannot show more of it by accident.

Speed (wall clock, one process): loading spaCy's model; extracting the four seed
articles (target < 2 s once the model is loaded); extracting N generated articles (the
seed's sentences re-dated and recombined by bench/make_corpus.py) and assembling their
chronology (merging, entities, IDs in a temporary registry); and the merging margin on the
seed alone and with the test fixtures of other outlets (weakest wanted link vs strongest
non-merge around ``merge.THRESHOLD``). Not run by ``make test``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.articles import Article, load_articles  # noqa: E402
from timeline.chronology import assemble_chronology as assemble  # noqa: E402
from timeline.events import embeddings, merge  # noqa: E402
from timeline.events.assemble import merge_reports  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402
from timeline.events.nlp import get_nlp  # noqa: E402


def timed(func, repeat: int) -> tuple[float, float, object]:
    """(first run, best run) in seconds, and the last result (all runs go to stderr)."""
    times: list[float] = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    print("runs:", " ".join(f"{t:.3f}" for t in times), file=sys.stderr)
    return times[0], min(times), result


def extract_cold(articles: list[Article]) -> list:
    """``extract_articles`` as a fresh worker runs it: no word embedding memoised yet (a
    repeated run would otherwise find every word of the same articles)."""
    embeddings.clear()
    return extract_articles(articles)


def corpus(n: int, out: Path) -> Path:
    """A content folder of ``n`` generated articles."""
    from make_corpus import make_corpus  # bench/make_corpus.py (editors' helper)

    make_corpus(n, out, seed=7)
    return out / "content"


FIXTURES = ("tests/data/other_outlet", "tests/data/second_article")
SEED_GOLD = ROOT / "tests/data/seed/seed-events.yml"
REALNEWS = ROOT / "tests/data/realnews"
SETS = eventscore.REALNEWS_SETS
DEFAULT_PARTS = [
    "seed",
    "dev",
    "dev2",
    "fresh",
    "heldout",
    "speed",
]  # a blind set runs only when asked


def build(files: list[Path], folder: Path, with_seed_content: bool = False) -> tuple:
    """(articles, chronology) of ``files`` built in a fresh content ``folder`` (never one
    inside tests/data: ``eventscore.build_folder``)."""
    eventscore.build_folder(folder)
    if with_seed_content:
        shutil.copytree(ROOT / "content", folder, dirs_exist_ok=True)
        (folder / "ids.yml").unlink(missing_ok=True)
    for path in files:
        shutil.copy(path, folder)
    articles = load_articles(folder)
    return articles, assemble(articles, extract_articles(articles), folder)


def outlets_of(articles: list[Article]) -> dict[str, str]:
    return {a.path.stem: a.source for a in articles}


def print_titles(scores: eventscore.Scores) -> None:
    for title in sorted(scores.titles, key=len, reverse=True):
        print(f"  {len(title):3d}  {title}")


def seed_quality(tmp: Path, titles: bool) -> dict[str, float | int]:
    """Every gold event, merge and context item of the seed, and the headline limits."""
    gold = eventscore.load_gold(SEED_GOLD)
    _, chronology = build([], tmp / "quality-seed", with_seed_content=True)
    events = eventscore.published(chronology)
    s = eventscore.score(gold, events)
    print(f"\n## Seed ({len(events)} events published) against {SEED_GOLD.relative_to(ROOT)}\n")
    for r in s.events:
        got = f"start {r.start}" if r.start else "not found"
        detail = "" if r.passes else f"  ({got}, accepted {r.gold.start}; events {r.event_ids})"
        print(f"  {'PASS' if r.passes else 'FAIL'}  event {r.gold.key}{detail}")
    for group in gold.merges:
        ok = any(all(e.cites(ev) for ev in group) for e in events)
        print(f"  {'PASS' if ok else 'FAIL'}  merge {' + '.join(ev.text[:35] for ev in group)}")
    in_context = eventscore.context_sentences(chronology)
    for item in gold.context:
        as_event = [e.id for e in events if any(e.cites(ev) for ev in item.evidence)]
        listed = all(any(ev.cited_by(r) for r in in_context) for ev in item.evidence)
        ok = not as_event and listed
        why = "" if ok else f"  (published as {as_event or 'no event'}; in context: {listed})"
        print(f"  {'PASS' if ok else 'FAIL'}  context {item.key}{why}")
    limits = s.median_chars <= gold.median_chars and s.over_max == 0
    print(
        f"  {'PASS' if limits else 'FAIL'}  headlines: median {s.median_chars:.0f} "
        f"(<= {gold.median_chars}), {s.over_max} over {gold.max_chars} (0), "
        f"longest {max((len(t) for t in s.titles), default=0)}"
    )
    if titles:
        print_titles(s)
    return {
        "seed_gold_events_passed": sum(r.passes for r in s.events),
        "seed_gold_events": len(s.events),
        "seed_merges_passed": s.merged,
        "seed_merges": s.merges,
        "seed_context_published_as_events": len(s.context_as_event),
        "seed_headline_median": s.median_chars,
        "seed_headlines_over_max": s.over_max,
    }


def set_quality(
    name: str, tmp: Path, titles: bool, unseen_details: bool = False
) -> dict[str, float | int]:
    """Issue 9's first table on a real-news set, then the second on each dossier, apart."""
    gold = eventscore.load_gold(REALNEWS / f"{name}-events.yml")
    files = sorted((REALNEWS / name).glob("*.md"))
    articles, chronology = build(files, tmp / f"quality-{name}")
    s = eventscore.score(gold, eventscore.published(chronology), outlets_of(articles))
    outlets = len({a.source for a in articles})
    print(
        f"\n## Real news, {SETS[name]}: {len(articles)} articles, {outlets} outlets, "
        f"{len(gold.events)} gold events, {len(gold.merges)} merges, "
        f"{len(gold.not_events)} not-events, {len(gold.context)} context items\n"
    )
    print(eventscore.render(eventscore.set_table(s)))
    blind = not eventscore.shows_details(name, unseen_details=unseen_details)
    if blind:
        print("\n(blind or unseen set: per-event results and headlines are not printed)")
    else:
        missed = [r.gold.key for r in s.events if not r.found]
        wrong = [
            f"{r.gold.key} ({r.start} not {r.gold.start})"
            for r in s.events
            if r.found and not r.dated_right
        ]
        print(f"\nnot found: {', '.join(missed) or '-'}\ndated wrong: {'; '.join(wrong) or '-'}")
        misdated = [m for r in s.events for m in r.misdated]
        print(f"reports dated wrong ({len(misdated)}):")
        for report in misdated:
            print(f"  {report.line()}")
    if titles and not blind:
        print_titles(s)
        if s.juxtaposed:
            print("\nheadlines where a cut left two noun phrases side by side:")
            for title in s.juxtaposed:
                print(f"  {title}")
        print("\nevents gathering several gold items, or publishing background:")
        for line in eventscore.explain(gold, eventscore.published(chronology)):
            print(f"  {line}")
    figures: dict[str, float | int] = {
        f"{name}_gold_found": s.found,
        f"{name}_gold_events": len(s.events),
        f"{name}_dated_right": s.dated_right,
        f"{name}_published": s.published,
        f"{name}_background_events": len(s.background),
        f"{name}_headline_median": s.median_chars,
        f"{name}_headlines_over_80": s.over_80,
        f"{name}_headlines_over_90": s.over_max,
        f"{name}_bad_starts": sum(len(v) for v in s.bad_starts.values()),
        f"{name}_holes": len(s.holes),
        f"{name}_dangling": len(s.dangling),
        f"{name}_juxtaposed": len(s.juxtaposed),
        f"{name}_merged": s.merged,
        f"{name}_merges": s.merges,
        f"{name}_false_merges": len(s.false_merges),
        f"{name}_reports_dated_right": s.reports_dated_right,
        f"{name}_reports": s.reports,
    }
    for position, (dossier_name, stems) in enumerate(gold.dossiers.items(), start=1):
        dossier = eventscore.dossier_label(dossier_name, position, shown=not blind)
        chosen = [REALNEWS / name / f"{stem}.md" for stem in stems]
        d_articles, d_chronology = build(chosen, tmp / f"quality-{name}-{dossier}")
        d = eventscore.score(
            gold.restricted(stems), eventscore.published(d_chronology), outlets_of(d_articles)
        )
        print(
            f"\n### Dossier {dossier} ({SETS[name]}), built apart: {len(d_articles)} articles, "
            f"{len({a.source for a in d_articles})} outlets, {len(d.events)} gold events of "
            f"which {d.multi_outlet} reported by several outlets\n"
        )
        print(eventscore.render(eventscore.dossier_table(d)))
        if not blind:
            apart = [r.gold.key for r in d.events if r.outlets > 1 and not r.outlets_gathered]
            print(f"\nreported by several outlets, not gathered: {', '.join(apart) or '-'}")
            misdated = [m for r in d.events for m in r.misdated]
            print(f"reports dated wrong, dossier apart ({len(misdated)}):")
            for report in misdated:
                print(f"  {report.line()}")
        figures.update(
            {
                f"{name}_{dossier}_gathered": d.multi_outlet_gathered,
                f"{name}_{dossier}_multi_outlet": d.multi_outlet,
                f"{name}_{dossier}_false_merges": len(d.false_merges),
                f"{name}_{dossier}_published": d.published,
                f"{name}_{dossier}_happenings": len(d.events),
                f"{name}_{dossier}_reports_dated_right": d.reports_dated_right,
                f"{name}_{dossier}_reports": d.reports,
                f"{name}_{dossier}_headline_median": d.median_chars,
                f"{name}_{dossier}_headlines_over_90": d.over_max,
            }
        )
    return figures


def margin_figures(tmp: Path) -> dict[str, float]:
    """Merging margins on the seed, then with each fixture folder added (and all of them)."""
    figures: dict[str, float] = {}
    sets = [("seed", [])] + [(Path(f).name, [f]) for f in FIXTURES] + [("all", list(FIXTURES))]
    for name, folders in sets:
        content = tmp / f"margin-{name}" / "content"
        shutil.copytree(ROOT / "content", content)
        (content / "ids.yml").unlink(missing_ok=True)
        for folder in folders:
            for path in sorted((ROOT / folder).glob("*.md")):
                shutil.copy(path, content)
        articles = load_articles(content)
        reports = merge_reports(articles, extract_articles(articles), content)
        link, across = merge.margins(reports, merge.group_reports(reports))
        figures[f"margin_{name}_weakest_link"] = link if link is not None else float("nan")
        figures[f"margin_{name}_strongest_non_merge"] = (
            across if across is not None else float("nan")
        )
    figures["merge_threshold"] = merge.THRESHOLD
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="generated articles (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best kept)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["seed", *SETS, "speed"],
        default=DEFAULT_PARTS,
        help="parts to run (default: all but dev3 to dev33 and the blind heldout2 to heldout4)",
    )
    parser.add_argument(
        "--titles",
        action="store_true",
        help="list every published headline, false merges and background events",
    )
    parser.add_argument(
        "--unseen-details",
        action="store_true",
        help="also print the round's unseen set's per-event results and headlines (its gold's "
        "author and the end measurements only)",
    )
    args = parser.parse_args(argv)

    start = time.perf_counter()
    get_nlp()
    speed: dict[str, float | int] = {"model_load_s": time.perf_counter() - start}
    if "speed" in args.only:  # first, so that "first call" figures are those of a fresh process
        speed.update(speed_figures(args.n, args.repeat))

    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "seed" in args.only:
            figures.update(seed_quality(Path(tmp), args.titles))
        for name in SETS:
            if name in args.only:
                figures.update(set_quality(name, Path(tmp), args.titles, args.unseen_details))

    print("\n## Speed\n")
    width = max(len(k) for k in speed)
    for key, value in speed.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    if "seed_extract_best_s" in speed:
        verdict = "OK" if speed["seed_extract_best_s"] < 2.0 else "TOO SLOW"
        print(f"seed extraction < 2 s after model load: {verdict}")
    write_json(args.json, {**figures, **speed})
    return 0


def speed_figures(n: int, repeat: int) -> dict[str, float | int]:
    """Extraction and assembly times on the seed and on ``n`` generated articles; margins."""
    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        seed_dir = Path(tmp) / "seed" / "content"
        shutil.copytree(ROOT / "content", seed_dir)
        (seed_dir / "ids.yml").unlink(missing_ok=True)
        seed = load_articles(seed_dir)
        size = sum(len(a.body) for a in seed)
        first, best, extractions = timed(lambda: extract_cold(seed), repeat)
        figures.update(seed_articles=len(seed), seed_chars=size)
        figures.update(seed_extract_first_s=first, seed_extract_best_s=best)
        _, assemble_best, chronology = timed(lambda: assemble(seed, extractions, seed_dir), repeat)
        figures.update(seed_assemble_best_s=assemble_best, seed_events=len(chronology.events))

        content = corpus(n, Path(tmp) / "corpus")
        articles = load_articles(content)
        size = sum(len(a.body) for a in articles)
        first, best, extractions = timed(lambda: extract_cold(articles), repeat)
        figures.update(corpus_articles=len(articles), corpus_chars=size)
        figures.update(corpus_extract_first_s=first, corpus_extract_best_s=best)
        figures["corpus_ms_per_article"] = 1000 * best / len(articles)
        figures["corpus_chars_per_s"] = size / best
        _, assemble_best, chronology = timed(
            lambda: assemble(articles, extractions, content), repeat
        )
        figures.update(
            corpus_assemble_best_s=assemble_best,
            corpus_events=len(chronology.events),
            corpus_entities=len(chronology.entities),
        )
        figures.update(margin_figures(Path(tmp)))
    return figures


def write_json(path: Path | None, figures: dict[str, float | int]) -> None:
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
