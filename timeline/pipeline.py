"""One function builds the chronology from a project folder; the plugin and CLI call it.

articles (content/*.md) -> per-article ``Extraction`` (tagger + events, cacheable) ->
assembly (merging, entities: ``EventDraft``) -> the ID registry -> Chronology
(``timeline.chronology``).

Extraction results are cached per article in ``<root>/.timeline/cache.sqlite`` keyed by
(article key, extraction version: ``versions.rules_version``, which covers the tagger,
the language data and the extraction code only); only new or changed articles are
extracted, in batches, on Dask workers when there are many (``timeline.distributed``: a
local cluster, or the one at ``TIMELINE_SCHEDULER``); this process writes each finished
batch to the cache as it comes.
Every payload -- fresh or cached -- goes through the same JSON round trip, so the assembled
chronology is the same whatever the cache holds and whatever the number of workers.

The assembled chronology itself is memoised in the same cache, under an input digest
(``input_digest``: extraction and assembly versions, content folder name, every article's
key and file name in
order, the bytes of ``entities.yml`` and ``ids.yml``, ``SOURCE_DATE_EPOCH``). A build whose
digest is memoised returns ``Chronology.from_dict`` of the stored data without reading the
extractions or assembling. After a miss the chronology is stored under the digest computed
AFTER assembly, because assembly may append new IDs to ``ids.yml``: the next build sees the
updated registry and hits. The memo is used with the default extractor and assembler only
(or when ``run_build(memo=True)`` asks for it). A change to the assembly code alone (titles,
merging) misses the memo but finds every extraction in the cache.

A build may be started ahead (``start_build``: the site plugin does at ``on_config``): the
articles are read and the few new ones set extracting beside the build at once; ``run_build``
then takes what it read and what the worker sent.

``BuildSettings(read_only=True)`` (``timeline events``, ``link``): the same chronology,
but nothing is written: neither ``ids.yml`` nor the cache (read if present).

``generated``: with ``SOURCE_DATE_EPOCH`` set it is part of the digest, so a hit carries the
same stamp a fresh assembly would. With it unset, a hit returns the stored chronology with
its ORIGINAL ``generated`` stamp (the time of the build that assembled it): an unchanged
chronology keeps its date, and the exports built from it stay byte-identical across
rebuilds.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline import collector, distributed
from timeline.articles import Article, article_paths, load_articles
from timeline.dossier import Dossier
from timeline.errors import TimelineError
from timeline.records import Chronology, Extraction

if TYPE_CHECKING:
    from timeline.cache import ExtractionCache
    from timeline.events.article_reads import ArticleReads
    from timeline.part_memo import PartMemo
    from timeline.title_memo import TitleMemo

log = logging.getLogger(__name__)

ExtractBatch = Callable[[list[Article]], list[dict[str, Any]]]
Assemble = Callable[[list[Article], list[dict[str, Any]], Path], Chronology]
#: what receives each finished batch of extractions: (article index, JSON text) pairs
Store = Callable[[list[tuple[int, str]]], None]


@dataclass(frozen=True)
class BuildSettings:
    root: Path = Path(".")
    content_dir_name: str = "content"
    #: local extraction worker processes; 0 = automatic (this process for a handful of
    #: articles, one per CPU when at least ``distributed.LOCAL_THRESHOLD`` need extracting)
    workers: int = 0
    #: address of a Dask scheduler to extract on; None = ``TIMELINE_SCHEDULER`` if set
    scheduler: str | None = None
    use_cache: bool = True
    #: a progress bar of the extraction on stderr, shown only when stderr is a terminal
    progress: bool = True
    #: default ``<root>/.timeline/cache.sqlite``
    cache_path: Path | None = None
    #: the part of the content folder (an archive) to build; None = all of it
    dossier: Dossier | None = None
    #: write nothing (no ID appended to ids.yml, the cache only read): read-only commands
    read_only: bool = False
    #: a long-lived process (``mkdocs serve``): a few new articles are extracted in it, so
    #: the model it loads the first time serves every later rebuild, rather than beside it
    #: in a worker that loads the model again at each rebuild
    long_lived: bool = False

    @property
    def content_dir(self) -> Path:
        return self.root / self.content_dir_name

    @property
    def cache_file(self) -> Path:
        from timeline.cache import default_cache_path

        return self.cache_path if self.cache_path is not None else default_cache_path(self.root)


@dataclass
class BuildStats:
    articles: int = 0  # in the build (the dossier's when there is one)
    archive: int = 0  # in the content folder
    cached: int = 0
    extracted: int = 0
    workers: int = 1
    where: str = "this process"  # where extraction ran (``distributed.Plan.describe``)
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # per worker process
    worker_cpu_s: dict[str, float] = field(default_factory=dict)  # per worker process
    cache_reset: str | None = None
    cache_used: bool = False
    memo_hit: bool = False  # the chronology came from the memo (no assembly)
    titles_kept: int = 0  # events' titles found in the title memo (title_memo.py)
    parts_kept: int = 0  # articles' parts of assembly found in the part memo (part_memo.py)
    #: articles whose share of assembly read alone was found made at their extraction
    #: (``events.article_reads``), of this version of assembly
    reads_found: int = 0
    #: articles whose share read alone assembly read on the spot (stale, or lacking a
    #: sentence it titled), kept in the cache with their extraction for the next build
    reads_kept: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    #: the CPU seconds the building thread spent assembling (``time.thread_time``): what
    #: the wall of "assemble" cost on this machine's core, whatever else ran beside it (the
    #: host's other processes make a wall figure of assembly swing twofold; its CPU does not)
    assembly_cpu_s: float | None = None


@dataclass
class BuildResult:
    chronology: Chronology
    stats: BuildStats
    articles: list[Article]  # as read and validated for this build (the site renders them)
    digest: str = ""  # input digest (``input_digest``) the chronology is memoised under


def article_key(article: Article) -> str:
    """Cache key of an article: its file name (the slug is part of the output) and text."""
    digest = hashlib.sha256(article.slug.encode("utf-8") + b"\0")
    digest.update(article.text.encode("utf-8"))
    return digest.hexdigest()


_ABSENT = b"\0absent"
#: what assembly reads besides the extractions
MEMO_FILES = ("entities.yml", "ids.yml", "corrections.yml")


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return _ABSENT
    except OSError as exc:  # assembly reports it; the digest just cannot match a good build
        return b"\0unreadable " + type(exc).__name__.encode()


def input_digest(
    articles: Sequence[Article], keys: Sequence[str], content_dir: Path, rules: str
) -> str:
    """sha256 of everything the assembled chronology depends on (see the module docstring)."""
    digest = hashlib.sha256(b"timeline-chronology-memo/1\0")

    def part(data: bytes) -> None:
        digest.update(b"%d:" % len(data) + data)

    part(rules.encode("utf-8"))
    part(content_dir.name.encode("utf-8"))
    for article, key in zip(articles, keys, strict=True):
        part(key.encode("ascii"))
        part(article.path.name.encode("utf-8"))
    for name in MEMO_FILES:
        part(_file_bytes(content_dir / name))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    part(_ABSENT if epoch is None else epoch.encode("utf-8"))
    return digest.hexdigest()


#: this process has loaded the NLP model (``_default_extract_batch`` ran here): extracting
#: here costs no load any more
_model_here = False


def _default_extract_batch(articles: list[Article]) -> list[dict[str, Any]]:
    from timeline.events.extract import extract_articles
    from timeline.events.nlp import get_nlp
    from timeline.records import dump

    global _model_here
    with collector.paused():  # the model read in this process (once): kept whole
        get_nlp()
    _model_here = True
    return [_with_reads(dump(x), x) for x in extract_articles(articles)]


def _with_reads(payload: dict[str, Any], extraction: Extraction) -> dict[str, Any]:
    """An extraction's stored form with what assembly reads of its article alone
    (``events.article_reads``), read now and kept beside it in the cache's row."""
    from timeline.events import article_reads
    from timeline.versions import assembly_version

    read = article_reads.read_article(extraction)
    payload[article_reads.PAYLOAD_KEY] = article_reads.stored(read, assembly_version())
    return payload


def _decoded(
    reads: dict[str, ArticleReads], version: str, strings: dict[str, str], payload: Any
) -> Extraction:
    """``extraction_record`` of ``payload``, its repeated strings those of the build's
    other records (``record_strings.share``: ``strings``, one for the build); what was read
    of its article alone when it was extracted (``events.article_reads``), when of
    assembly's ``version``, put in ``reads`` under its slug."""
    from timeline import record_strings
    from timeline.events import article_reads

    record = record_strings.share(extraction_record(payload), strings)
    if isinstance(payload, dict):
        read = article_reads.found(payload.get(article_reads.PAYLOAD_KEY), version)
        if read is not None:
            reads[record.article] = read
    return record


def _default_assemble(
    articles: list[Article],
    payloads: list[Any],
    content_dir: Path,
    *,
    write_ids: bool = True,
    make_title: TitleMemo | None = None,
    keeper: PartMemo | None = None,
    reads: dict[str, ArticleReads] | None = None,
    read_now: dict[str, dict[int, tuple[str, str]]] | None = None,
    ids_index: Path | None = None,
) -> Chronology:
    """The chronology from the extractions' stored form (``records.dump``), or from the
    records themselves (``extraction_record``: decoded as they were read); ``make_title``:
    the titles of the last build, looked up (title_memo.py); ``keeper``: the articles'
    parts of assembly of the last build (part_memo.py); ``reads``: what was read of each
    article alone at its extraction, found as the records were decoded (``_decoded``);
    ``read_now``: receives what assembly read of them on the spot (``_keep_reads``);
    ``ids_index``: where the ID registry is looked up by key (``timeline.ids_index``)."""
    from timeline.chronology import assemble_chronology

    extractions = [p if isinstance(p, Extraction) else extraction_record(p) for p in payloads]
    return assemble_chronology(
        articles,
        extractions,
        content_dir,
        write_ids=write_ids,
        make_title=make_title,
        keeper=keeper,
        reads=reads,
        read_now=read_now,
        ids_index_path=ids_index,
    )


def _keep_reads(
    cache: ExtractionCache,
    articles: Sequence[Article],
    keys: Sequence[str],
    records: Sequence[Extraction],
    reads: dict[str, ArticleReads],
    read_now: dict[str, dict[int, tuple[str, str]]],
) -> int:
    """What assembly read on the spot of the articles (``read_now``: their reads at
    extraction were stale, or lacked a sentence it titled; the speakers' words of those
    whose reads were not found: ``article_reads.amended``) kept in their rows of the cache
    with what was found there, under this version of assembly, in one transaction: the next
    build finds them. How many articles' rows were changed."""
    from timeline.events import article_reads
    from timeline.versions import assembly_version

    version = assembly_version()
    values = {
        key: article_reads.stored(
            article_reads.amended(reads.get(a.slug), read_now.get(a.slug, {}), record), version
        )
        for a, key, record in zip(articles, keys, records, strict=True)
        if read_now.get(a.slug) or a.slug not in reads
    }
    return cache.set_in_payloads(article_reads.PAYLOAD_KEY, values)


def _title_memo(
    settings: BuildSettings, articles: Sequence[Article], keys: Sequence[str], payloads: list[Any]
) -> TitleMemo:
    """The titles of the last build (``title_memo.TitleMemo``) for these articles: their
    cache keys and extraction records (the payloads decoded as they were read)."""
    from timeline.title_memo import FILE_NAME, TitleMemo
    from timeline.versions import chronology_version

    records = {
        article.slug: (key, payload)
        for article, key, payload in zip(articles, keys, payloads, strict=True)
        if isinstance(payload, Extraction)
    }
    return TitleMemo(
        settings.cache_file.parent / FILE_NAME,
        chronology_version(),
        records,
        read_only=settings.read_only,
    )


def _ids_index(settings: BuildSettings) -> Path | None:
    """Where the build looks the ID registry up by key (``timeline.ids_index``): beside
    the cache; None for a read-only build (it writes nothing, the registry read whole)."""
    from timeline import ids_index

    return None if settings.read_only else settings.cache_file.parent / ids_index.FILE_NAME


def _part_memo(
    settings: BuildSettings, articles: Sequence[Article], keys: Sequence[str]
) -> PartMemo:
    """The articles' parts of assembly of the last build (``part_memo.PartMemo``) for
    these articles: their cache keys."""
    from timeline.part_memo import FILE_NAME, PartMemo
    from timeline.versions import chronology_version

    return PartMemo(
        settings.cache_file.parent / FILE_NAME,
        chronology_version(),
        {article.slug: key for article, key in zip(articles, keys, strict=True)},
        read_only=settings.read_only,
    )


def extraction_record(payload: Any) -> Extraction:
    """An extraction's stored form (``records.dump``) decoded into its record."""
    from timeline.records import load

    return load(Extraction, payload)


def _run_chunk(extract_batch: ExtractBatch, articles: list[Article]) -> list[str]:
    """Worker side: extract a chunk, return JSON texts (cheap to send back)."""
    from timeline.cache import encode_payload

    results = extract_batch(articles)
    if len(results) != len(articles):
        raise RuntimeError(f"extractor returned {len(results)} results for {len(articles)}")
    return [encode_payload(r) for r in results]


def _progress_bar(settings: BuildSettings, total: int) -> Any:
    if not (settings.progress and total and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="extraction", unit="article", file=sys.stderr, leave=False)


def _open_cache(settings: BuildSettings, stats: BuildStats, rules: str) -> Any:
    """The extraction cache, or None when it is off or cannot be used (never fails)."""
    if not settings.use_cache:
        return None
    from timeline.cache import ExtractionCache

    try:
        cache = ExtractionCache(settings.cache_file, rules, read_only=settings.read_only)
    except Exception as exc:  # never fail a build because of the cache
        log.info("cache %s not used: %s", settings.cache_file, exc)
        return None
    stats.cache_reset = cache.reset_reason
    stats.cache_used = True
    return cache


def _memoised(cache: Any, digest: str) -> Chronology | None:
    """The memoised chronology of ``digest``, or None (absent, damaged, unreadable)."""
    data = cache.get_chronology(digest)
    if data is None:
        return None
    try:
        return Chronology.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        log.warning("chronology memo %s unusable (%s): assembling", digest[:12], exc)
        cache.drop_chronology(digest)
        return None


#: cached extractions to read, at least, for a few new articles to be extracted beside
#: the building process (``_extract_beside``) rather than in it
BESIDE_MIN_CACHED = 500


def _extract_beside(
    settings: BuildSettings, plan: distributed.Plan, cached: int, *, model_here: bool = False
) -> bool:
    """Whether the few articles this process would extract (plan "in-process", workers
    chosen automatically) go to one local worker instead, started at once: its fork server
    loads the NLP model (about 8 s of CPU) on the other core while this process reads and
    decodes the ``cached`` extractions it needs anyway (about 2 s at 1,000 articles), and
    this process's heap never holds the model. Starting the worker costs this process
    about 0.5 s (importing Dask), so only worth it with many cached extractions; and not
    when the model is already loaded here (``model_here``: ``mkdocs serve`` after a first
    extraction in this process), where extracting costs no load, nor in a long-lived
    process (``settings.long_lived``), which loads it once for all its rebuilds."""
    return (
        plan.mode == "in-process"
        and settings.workers == 0
        and cached >= BESIDE_MIN_CACHED
        and not model_here
        and not settings.long_lived
    )


def _planned(
    settings: BuildSettings, todo: int, total: int, extract_batch: ExtractBatch
) -> tuple[distributed.Plan, bool]:
    """How ``todo`` of ``total`` articles would be extracted (``distributed.plan_run``), and
    whether they go to one local worker beside the build instead (``_extract_beside``)."""
    plan = distributed.plan_run(
        todo, workers=settings.workers, scheduler=distributed.scheduler_address(settings.scheduler)
    )
    beside = todo > 0 and _extract_beside(
        settings,
        plan,
        total - todo,
        model_here=extract_batch is _default_extract_batch and _model_here,
    )
    return plan, beside


@dataclass
class Inputs:
    """A build's articles as read (the dossier's when there is one), their cache keys, and
    how many articles the content folder holds."""

    archive: int
    articles: list[Article]
    keys: list[str]


def read_inputs(settings: BuildSettings) -> Inputs:
    """The articles of ``settings``' content folder, or of its dossier (chosen through the
    archive's index, see archive_index, then loaded in full), and their cache keys."""
    if settings.dossier is None:
        articles = load_articles(settings.content_dir)
        archive = len(articles)
    else:
        from timeline.archive_index import load_dossier

        selection = load_dossier(
            settings.content_dir,
            settings.dossier,
            settings.cache_file if settings.use_cache else None,
        )
        archive, articles = selection.archive, selection.articles
    return Inputs(archive, articles, [article_key(a) for a in articles])


@dataclass
class HeadStart:
    """A build's inputs read at its very start (``start_build``: the site plugin's
    ``on_config``), and the extraction of the few articles the cache lacks begun then, on
    one local worker (``_extract_beside``), whose fork server loads the NLP model while the
    build goes on with what does not need the new extractions (MkDocs' configuration,
    theme and files, the cache's records read and decoded). ``run_build`` takes it: it
    reuses the inputs, and stores what the worker sent in the cache once it is done, as it
    does for an extraction it starts itself (only the building thread writes the cache: a
    build killed meanwhile leaves the cache as it was). The cache ``start_build`` opened
    to look the keys up is handed over open (``cache``, taken by ``run_build``): one open
    (and its check of the file's small tables) a build is enough."""

    inputs: Inputs
    extract_batch: ExtractBatch
    todo: list[int]  # indexes of the articles being extracted (none: nothing started)
    cache_reset: str | None = None  # the cache was emptied when it was opened (why)
    #: the keys the cache held at the start (``cache.known``), or None when they were not
    #: looked up (the chronology memoised: the build will read no extraction)
    known: frozenset[str] | None = None
    sent: list[tuple[int, str]] = field(default_factory=list)
    running: Future[distributed.RunReport] | None = None
    #: the extraction cache as ``start_build`` opened it (None: off, unusable, or taken)
    cache: Any = None
    #: the local workers' fork server was started, loading the NLP model, for the build's
    #: extraction (``distributed.start_fork_server``): that run stops it
    fork_server: bool = False

    def take_cache(self) -> Any:
        """The open extraction cache, now the caller's to close (None if there is none)."""
        cache, self.cache = self.cache, None
        return cache

    def close_cache(self) -> None:
        """The extraction cache closed, if nobody took it (a build that failed before
        ``run_build``)."""
        cache = self.take_cache()
        if cache is not None:
            cache.close()

    def stop_fork_server(self) -> None:
        """The fork server started for the build's extraction stopped, if it still runs
        (a build that failed before it extracted)."""
        if self.fork_server:
            distributed.stop_fork_server_ahead()
            self.fork_server = False

    def wait(self) -> distributed.RunReport:
        """The extraction's report once it has ended (an empty one if none was started);
        its error, if it failed."""
        if self.running is None:
            return distributed.RunReport(distributed.Plan("in-process", 1))
        return self.running.result()


def _first_build_on_local_workers(settings: BuildSettings) -> bool:
    """Whether a build of ``settings`` will extract its articles on local workers, told
    before they are read: no extraction cache yet (a first build, or one without the
    cache: every article is extracted), no dossier, and as many article files as local
    workers are started for (``distributed.plan_run``)."""
    if settings.dossier is not None or (settings.use_cache and settings.cache_file.exists()):
        return False
    try:
        count = len(article_paths(settings.content_dir))
    except TimelineError:
        return False  # told by the reading of the articles
    plan = distributed.plan_run(
        count,
        workers=settings.workers,
        scheduler=distributed.scheduler_address(settings.scheduler),
    )
    return plan.mode == "local"


def start_build(
    settings: BuildSettings,
    *,
    extract_batch: ExtractBatch | None = None,
    memo: bool | None = None,
) -> HeadStart:
    """Read the build's inputs now and, when the few articles the cache lacks would be
    extracted beside the build (``_extract_beside``), start extracting them at once, on a
    thread that waits on the worker: ``run_build(settings, started=...)`` then finds them
    under way, or done, and takes the keys looked up here (``HeadStart.known``). When many
    articles are to be extracted on local workers with the default extractor (a cold
    build), their fork server is started instead (``HeadStart.fork_server``): before the
    articles are read when there is no cache yet, else once they are looked up in it.

    ``memo``: the build will use the chronology memo (as ``run_build``'s; None: with the
    default extractor). When the memo holds the chronology of these inputs (an unchanged
    rebuild) no key is looked up and nothing is started: the build reads no extraction."""
    if memo is None:
        memo = extract_batch is None
    extract_batch = extract_batch or _default_extract_batch
    default = extract_batch is _default_extract_batch
    # many articles for local workers (a cold build): their fork server loads the model
    # from now on, while the articles are read, MkDocs reads its configuration and files
    # and the build imports Dask, on the core that would otherwise wait; at once when
    # there is no cache yet, else once the articles are looked up in it
    ahead = default and _first_build_on_local_workers(settings)
    if ahead:
        distributed.start_fork_server([distributed.PRELOAD_MODEL])
    cache = None
    try:
        inputs = read_inputs(settings)
        stats = BuildStats()
        from timeline.versions import chronology_version, rules_version

        cache = _open_cache(settings, stats, rules_version())
        known: frozenset[str] | None = frozenset()
        if cache is not None:
            digest = input_digest(
                inputs.articles, inputs.keys, settings.content_dir, chronology_version()
            )
            if not (memo and cache.has_chronology(digest)):
                known = frozenset(cache.known(inputs.keys))
            else:
                known = None
    except BaseException:
        if cache is not None:
            cache.close()
        if ahead:
            distributed.stop_fork_server_ahead()
        raise
    started = HeadStart(inputs, extract_batch, [], stats.cache_reset, known, cache=cache)
    todo = [i for i, key in enumerate(inputs.keys) if known is not None and key not in known]
    plan, beside = _planned(settings, len(todo), len(inputs.articles), extract_batch)
    started.fork_server = known is not None and not beside and plan.mode == "local" and default
    if started.fork_server and not ahead:
        distributed.start_fork_server([distributed.PRELOAD_MODEL])
    elif ahead and not started.fork_server:
        distributed.stop_fork_server_ahead()
    if known is None or not beside:
        return started
    started.todo = todo
    pool = ThreadPoolExecutor(1, thread_name_prefix="timeline-head-start")
    started.running = pool.submit(
        distributed.run_batches,
        inputs.articles,
        todo,
        functools.partial(_run_chunk, extract_batch),
        started.sent.extend,
        plan=distributed.Plan("local", 1),
        load_model=default,
    )
    pool.shutdown(wait=False)  # its thread ends with the extraction
    return started


def _extract_all(
    settings: BuildSettings,
    stats: BuildStats,
    cache: Any,
    articles: list[Article],
    keys: list[str],
    extract_batch: ExtractBatch,
    *,
    keep: bool = True,
    progress: Callable[[int], None] | None = None,
    decode: Callable[[Any], Extraction] | None = None,
    started: HeadStart | None = None,
) -> list[Any]:
    """Every article's extraction payload: from the cache, or extracted (and cached).
    ``keep=False``: only fill the cache (an archive), payloads neither read nor kept.
    ``progress``: called with the number of articles each finished batch holds (instead
    of the terminal's progress bar). ``decode``: what each payload is turned into (the
    records assembly reads), the cached ones while new ones are extracted beside.
    ``started``: the extraction ``start_build`` began (of the same articles): its results
    are taken, the cache read while it ends."""
    clock = time.perf_counter()
    payloads: list[Any] = [None] * len(articles)
    if cache is None:
        known: set[str] | frozenset[str] = set()
    elif started is not None and started.known is not None:
        known = started.known  # looked up at the start (what changed since: ``rest``, ``lost``)
    else:
        known = cache.known(keys)
    todo = [i for i, key in enumerate(keys) if key not in known]
    plan, beside = _planned(settings, len(todo), len(articles), extract_batch)
    head_start = keep and started is not None and started.running is not None
    beside = keep and beside and not head_start
    if beside or head_start:
        plan = distributed.Plan("local", 1)
    stats.where, stats.workers = plan.describe(), plan.workers
    stats.seconds["lookup"] = time.perf_counter() - clock

    # the JSON texts the workers send are stored in the cache as they are (not decoded and
    # encoded again), and decoded as they arrive: the building process, waiting on the
    # workers, has the time (a text takes a few times less memory than its payload
    # decoded, which assembly needs anyway)
    decoding = [0.0]

    def store(done: list[tuple[int, str]]) -> None:
        if cache is not None:
            cache.put_encoded((keys[i], text) for i, text in done)
        if keep:
            start = time.perf_counter()
            with collector.paused(keep=True):  # payloads decoded, all kept until assembled
                for i, text in done:
                    payload = json.loads(text)
                    payloads[i] = payload if decode is None else decode(payload)
            decoding[0] += time.perf_counter() - start

    def read_cached() -> list[int]:
        """The cached payloads into ``payloads`` (decoded); the indexes of those that
        turned out damaged (known, but dropped when read)."""
        if not keep or cache is None:
            return []
        start = time.perf_counter()
        with collector.paused(keep=True):  # a thousand payloads decoded, all kept
            found = cache.get_many([key for key in keys if key in known])
            lost = []
            for i, key in enumerate(keys):
                if key in found:
                    payload = found.pop(key)
                    payloads[i] = payload if decode is None else decode(payload)
                elif key in known:
                    lost.append(i)
        stats.seconds["read"] = time.perf_counter() - start
        return lost

    def run(
        indexes: list[int],
        plan: distributed.Plan,
        store: Store,
        meanwhile: Callable[[], None] | None = None,
    ) -> distributed.RunReport:
        return distributed.run_batches(
            articles,
            indexes,
            functools.partial(_run_chunk, extract_batch),
            store,
            plan=plan,
            load_model=extract_batch is _default_extract_batch,
            progress=progress,
            meanwhile=meanwhile,
        )

    start = time.perf_counter()
    bar = _progress_bar(settings, len(todo)) if progress is None else None
    if bar is not None:
        progress = bar.update
    try:
        if head_start:
            assert started is not None
            lost = read_cached()
            report = started.wait()
            arrived = dict(started.sent)
            store([(i, arrived[i]) for i in todo if i in arrived])
            rest = [i for i in todo if i not in arrived]  # the cache changed since the start
            if rest:
                run(rest, distributed.plan_run(len(rest), workers=settings.workers), store)
        elif beside:
            # one thread waits on the worker; this one reads the cache meanwhile (only this
            # one touches the cache: what the worker sends is stored once it is done)
            sent: list[tuple[int, str]] = []
            with ThreadPoolExecutor(1, thread_name_prefix="timeline-extraction") as pool:
                running = pool.submit(run, todo, plan, sent.extend)
                lost = read_cached()
                report = running.result()
            store(sent)
        else:
            lost = read_cached()
            report = run(todo, plan, store, _assembly_warmer(plan, keep, extract_batch))
        if lost:  # damaged in the cache: extracted again here
            run(lost, distributed.Plan("in-process", 1), store)
    finally:
        if bar is not None:
            bar.close()
    stats.cached = len(articles) - len(todo) - len(lost)
    stats.extracted = len(todo) + len(lost)
    stats.workers, stats.worker_peak_mb = report.workers, report.peak_memory_mb
    stats.worker_cpu_s = report.cpu_seconds
    stats.seconds["extract"] = time.perf_counter() - start
    stats.seconds["decode"] = decoding[0]  # (while extracting: a part of "extract")
    if todo or lost:
        log.info("extraction of %d articles: %s", len(todo) + len(lost), stats.where)
    if cache is not None and (todo or lost):
        cache.prune_other_versions()
    return payloads


def _assembly_warmer(
    plan: distributed.Plan, keep: bool, extract_batch: ExtractBatch
) -> Callable[[], None] | None:
    """What the building thread does while a local cluster's fork server loads the model
    (``distributed.run_batches``' ``meanwhile``): gets ready to assemble
    (``warmup.warm_assembly``) when the build will assemble (``keep``) what the default
    extractor gives on local workers; None otherwise. Given only where the building thread
    waits on the run, doing nothing else: no two threads import at once."""
    if plan.mode != "local" or not keep or extract_batch is not _default_extract_batch:
        return None
    from timeline.warmup import warm_assembly

    return warm_assembly


def run_build(
    settings: BuildSettings | None = None,
    *,
    extract_batch: ExtractBatch | None = None,
    assemble: Assemble | None = None,
    memo: bool | None = None,
    started: HeadStart | None = None,
) -> BuildResult:
    """Build the chronology and say what it cost (cache hits, extractions, timings).

    ``memo``: use the chronology memo; None (default) = only with the default extractor
    and assembler (a stand-in's chronology must not be memoised as the real one).
    ``started``: what ``start_build(settings)`` read and began at the build's start (the
    same extractor: given here too, or the default in both).
    """
    from timeline.versions import assembly_version, chronology_version, rules_version

    settings = settings or BuildSettings()
    defaults = extract_batch is None and assemble is None
    if memo is None:
        memo = defaults
    # the titles of the last build (title_memo.py): kept for the real extractions only
    keep_titles = memo and defaults and settings.use_cache
    # the default assembler reads records: each extraction is decoded into one as it is
    # read (the cached ones while new ones are extracted beside this process), and what
    # was read of its article alone at extraction is kept for it
    reads: dict[str, ArticleReads] = {}
    # what assembly reads on the spot of them (stale, or not read then): kept in the cache
    read_now: dict[str, dict[int, tuple[str, str]]] = {}
    decode = partial(_decoded, reads, assembly_version(), {}) if assemble is None else None
    if assemble is None:
        assemble = partial(
            _default_assemble, write_ids=not settings.read_only, reads=reads, read_now=read_now
        )
    extract_batch = extract_batch or _default_extract_batch
    if started is not None and started.extract_batch is not extract_batch:
        raise ValueError("run_build: the build was started with another extractor")
    stats = BuildStats()
    clock = time.perf_counter()

    inputs = started.inputs if started is not None else read_inputs(settings)
    stats.archive, articles, keys = inputs.archive, inputs.articles, inputs.keys
    stats.articles = len(articles)
    rules = rules_version()
    versions = chronology_version()
    digest = input_digest(articles, keys, settings.content_dir, versions)
    stats.seconds["load"] = time.perf_counter() - clock

    cache = started.take_cache() if started is not None else None
    if cache is not None:  # opened (and checked) when the build started
        stats.cache_used = True
    else:
        cache = _open_cache(settings, stats, rules)
    if started is not None and started.cache_reset is not None:
        stats.cache_reset = started.cache_reset  # emptied when the build started
    try:
        start = time.perf_counter()
        with collector.paused(keep=True):  # the chronology, kept for the pages
            chronology = _memoised(cache, digest) if memo and cache is not None else None
        stats.seconds["memo"] = time.perf_counter() - start
        if chronology is not None:
            stats.memo_hit = True
            stats.cached = len(articles)
            if started is not None:  # what it extracted meanwhile, kept
                started.wait()
                if cache is not None:
                    cache.put_encoded((keys[i], text) for i, text in started.sent)
        else:
            payloads = _extract_all(
                settings,
                stats,
                cache,
                articles,
                keys,
                extract_batch,
                decode=decode,
                started=started,
            )
            titled = _title_memo(settings, articles, keys, payloads) if keep_titles else None
            parts = _part_memo(settings, articles, keys) if keep_titles else None
            if titled is not None:
                assemble = partial(
                    _default_assemble,
                    write_ids=not settings.read_only,
                    make_title=titled,
                    keeper=parts,
                    reads=reads,
                    read_now=read_now,
                    ids_index=_ids_index(settings),
                )
            stats.reads_found = len(reads)
            log.info(
                "assembly: %d of %d articles read alone at extraction", len(reads), len(articles)
            )
            try:
                start, cpu = time.perf_counter(), time.thread_time()
                with collector.paused(keep=True):  # records made in bulk, kept
                    chronology = assemble(list(articles), payloads, settings.content_dir)
                stats.seconds["assemble"] = time.perf_counter() - start
                stats.assembly_cpu_s = time.thread_time() - cpu
                # what assembly read on the spot, and the articles whose reads were not found
                records = [p for p in payloads if isinstance(p, Extraction)]
                decoded = len(records) == len(articles)  # the default assembler's records
                stale = decoded and len(reads) < len(articles)
                writable = cache is not None and not settings.read_only
                if (read_now or stale) and decoded and writable:
                    start = time.perf_counter()
                    stats.reads_kept = _keep_reads(cache, articles, keys, records, reads, read_now)
                    stats.seconds["reads"] = time.perf_counter() - start
                    log.info(
                        "assembly: what it read of %d articles kept with their extraction",
                        stats.reads_kept,
                    )
                if titled is not None:
                    start = time.perf_counter()
                    titled.store()
                    stats.seconds["memo"] += time.perf_counter() - start
                    stats.titles_kept = titled.hits
                    log.info(
                        "titles: %d of %d events' found in the title memo",
                        titled.hits,
                        len(titled.used) + titled.unkeyed,
                    )
                if parts is not None:
                    start = time.perf_counter()
                    parts.store()
                    stats.seconds["memo"] += time.perf_counter() - start
                    stats.parts_kept = parts.hits
                    log.info("assembly: %d of %d articles' parts kept", parts.hits, len(articles))
            finally:
                if titled is not None:
                    titled.close()
                if parts is not None:
                    parts.close()
            # assembly may have appended IDs to ids.yml: memoise under the digest the next
            # build will compute
            digest = input_digest(articles, keys, settings.content_dir, versions)
            if memo and cache is not None:
                start = time.perf_counter()
                cache.put_chronology(digest, chronology.to_dict())
                stats.seconds["memo"] += time.perf_counter() - start
    finally:
        if cache is not None:
            cache.close()
        if started is not None:  # its fork server, when the run did not stop it
            started.stop_fork_server()
    stats.seconds["total"] = time.perf_counter() - clock
    log.info(
        "chronology: %d articles (%d cached, %d extracted with %d worker(s)) in %.2fs%s",
        stats.articles,
        stats.cached,
        stats.extracted,
        stats.workers,
        stats.seconds["total"],
        " (memo)" if stats.memo_hit else "",
    )
    log.info("chronology phases: %s", phases(stats))
    return BuildResult(chronology, stats, articles, digest)


def phases(stats: BuildStats) -> str:
    """Where a build's chronology took its time, for the log: "load 1.20s, lookup 0.01s,
    extract 30.50s, decode 1.10s, assemble 14.20s (CPU 9.80s), memo 0.40s" (assembly's
    wall, then the building thread's CPU in it: ``BuildStats.assembly_cpu_s``), then the
    CPU seconds of each extraction worker when there were workers ("workers' CPU 40.1s +
    39.8s")."""
    told = ", ".join(
        f"{name} {seconds:.2f}s"
        + (
            f" (CPU {stats.assembly_cpu_s:.2f}s)"
            if name == "assemble" and stats.assembly_cpu_s is not None
            else ""
        )
        for name, seconds in stats.seconds.items()
        if name != "total"
    )
    if stats.worker_cpu_s:
        spent = " + ".join(f"{cpu:.1f}s" for _, cpu in sorted(stats.worker_cpu_s.items()))
        told += f"; workers' CPU {spent}"
    return told


@dataclass
class PrepareResult:
    """What ``prepare_articles`` did: payloads per article slug, and how many it extracted."""

    payloads: dict[str, dict[str, Any]]
    extracted: int
    cached: int


def prepare_articles(
    settings: BuildSettings, paths: Sequence[Path], *, extract_batch: ExtractBatch | None = None
) -> PrepareResult:
    """Extract the articles at ``paths`` (content files) into the cache now, so that the next
    build only assembles: ``timeline add`` calls it for what it added. Articles already in
    the cache are not extracted again."""
    from timeline.articles import load_article
    from timeline.versions import rules_version

    articles = [load_article(Path(p)) for p in paths]
    keys = [article_key(a) for a in articles]
    stats = BuildStats(articles=len(articles))
    cache = _open_cache(settings, stats, rules_version())
    try:
        payloads = _extract_all(
            settings, stats, cache, articles, keys, extract_batch or _default_extract_batch
        )
    finally:
        if cache is not None:
            cache.close()
    return PrepareResult(
        {a.slug: p for a, p in zip(articles, payloads, strict=True)}, stats.extracted, stats.cached
    )


def extract_archive(
    settings: BuildSettings,
    *,
    extract_batch: ExtractBatch | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildStats:
    """Extract every article of the content folder (the whole archive, whatever the
    dossier) that the cache lacks, into the cache; nothing is assembled. Dossier sites of
    the archive then find their articles extracted. ``progress(done, to_do)`` is called
    as batches finish (articles extracted so far, articles to extract)."""
    from timeline import archive_index
    from timeline.versions import rules_version

    clock = time.perf_counter()
    if not settings.use_cache:
        raise TimelineError("extracting an archive needs its cache (.timeline/cache.sqlite)")
    # the archive's index (kept up to date here for the dossier builds) spares parsing the
    # articles it knows valid; only those to extract are loaded in full
    articles = archive_index.scanned(settings.content_dir, settings.cache_file)
    keys = [article_key(a) for a in articles]
    stats = BuildStats(articles=len(articles), archive=len(articles))
    cache = _open_cache(settings, stats, rules_version())
    if cache is None:
        raise TimelineError("extracting an archive needs its cache (.timeline/cache.sqlite)")
    known = cache.known(keys)
    articles = [
        a if key in known else archive_index.full([a])[0]
        for a, key in zip(articles, keys, strict=True)
    ]
    stats.seconds["load"] = time.perf_counter() - clock
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, stats.extracted)

    try:
        _extract_all(
            settings,
            stats,
            cache,
            articles,
            keys,
            extract_batch or _default_extract_batch,
            keep=False,
            progress=advance if progress is not None else None,
        )
    finally:
        cache.close()
    stats.seconds["total"] = time.perf_counter() - clock
    return stats


def build_chronology(settings: BuildSettings | None = None) -> Chronology:
    """Build the chronology of ``settings.content_dir`` (through the cache)."""
    return run_build(settings).chronology
