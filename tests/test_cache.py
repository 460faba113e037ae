"""The SQLite extraction cache: round trip, versions, corruption, atomic writes."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

from timeline.cache import SQLITE_MAGIC, ExtractionCache, encode_payload, full_check

PAYLOAD = {"timexes": [{"start": 3, "value": "2015-10-07"}], "text": "« mercredi »", "n": 1.5}


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / ".timeline" / "cache.sqlite"


def fill(path: Path, version: str = "v1", n: int = 3) -> None:
    with ExtractionCache(path, version) as cache:
        cache.put_many((f"k{i}", {**PAYLOAD, "i": i}) for i in range(n))


def test_round_trip_and_versions(cache_path: Path):
    fill(cache_path)
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None
        found = cache.get_many(["k0", "k1", "k2", "absent"])
        assert found == {f"k{i}": {**PAYLOAD, "i": i} for i in range(3)}
        assert list(found["k0"]) == list({**PAYLOAD, "i": 0})  # key order kept
    with ExtractionCache(cache_path, "v2") as cache:
        assert cache.get_many(["k0"]) == {}  # another rules version never matches
        cache.put_many([("k0", {"new": True})])
        assert cache.prune_other_versions() == 3
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.get_many(["k0"]) == {}


def test_encoded_payloads_are_stored_as_the_workers_sent_them(cache_path: Path):
    """What extraction workers send (``encode_payload`` text) is stored without a second
    encoding: the same rows as ``put_many`` of the decoded payload, read back alike."""
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.put_many([("a", PAYLOAD)]) == 1
        assert cache.put_encoded([("b", encode_payload(PAYLOAD))]) == 1
        assert cache.get_many(["a", "b"]) == {"a": PAYLOAD, "b": PAYLOAD}
    with sqlite3.connect(cache_path) as conn:
        rows = conn.execute("SELECT payload, checksum FROM extractions ORDER BY article_key")
        first, second = rows.fetchall()
    assert first == second


def test_many_keys_are_looked_up_in_chunks(cache_path: Path):
    fill(cache_path, n=1200)
    with ExtractionCache(cache_path, "v1") as cache:
        assert len(cache.get_many([f"k{i}" for i in range(1300)])) == 1200


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()


def _wrong_schema_version(path: Path) -> None:
    fill(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def _root_pages(path: Path) -> dict[str, int]:
    """The first page of each table and index of the SQLite file at ``path``, by name."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT name, rootpage FROM sqlite_master").fetchall())


def _trash_pages(path: Path, pages: Iterable[int]) -> bytes:
    """The b-tree header of each of ``pages`` overwritten (SQLite reads them as damaged);
    the file's bytes after the damage."""
    data = bytearray(path.read_bytes())
    for page in pages:
        offset = (page - 1) * 4096
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    return bytes(data)


def _damaged_meta(path: Path) -> None:
    """Damage in a small table (``meta``), which an open checks page by page."""
    fill(path, n=400)
    _trash_pages(path, [_root_pages(path)["meta"]])


def _damaged_payloads(path: Path) -> bytes:
    """Damage in every page holding payloads (all but the schema's and meta's), which an
    open does not read."""
    fill(path, n=400)
    with ExtractionCache(path, "v1") as cache:
        cache.put_chronology("d", CHRONOLOGY)
    roots = _root_pages(path)
    small = {1, roots["meta"], roots["sqlite_autoindex_meta_1"]}
    pages = path.stat().st_size // 4096
    return _trash_pages(path, [page for page in range(1, pages + 1) if page not in small])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a database at all\n" * 50), "not an SQLite"),
        (lambda p: p.write_bytes(SQLITE_MAGIC + b"\x00" * 50), "database error"),
        (_foreign_sqlite, "foreign schema"),
        (_wrong_schema_version, "outdated schema"),
        (_damaged_meta, "malformed"),
    ],
    ids=["text-file", "truncated-sqlite", "foreign-schema", "schema-version", "damaged-meta"],
)
def test_foreign_or_corrupt_file_is_moved_aside_and_rebuilt(cache_path: Path, make, reason):
    cache_path.parent.mkdir(parents=True)
    make(cache_path)
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is not None and reason in cache.reset_reason
        assert cache.get_many(["k0"]) == {}  # never trusted
        cache.put_many([("k0", PAYLOAD)])
    assert cache_path.with_name("cache.sqlite.corrupt").exists()
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None
        assert cache.get_many(["k0"]) == {"k0": PAYLOAD}


@pytest.mark.parametrize(
    "read",
    [
        lambda cache: cache.get_many(["k0", "k399"]) == {},
        lambda cache: cache.known(["k0", "k399"]) == set(),
        lambda cache: cache.get_chronology("d") is None,
        lambda cache: cache.has_chronology("d") is False,
    ],
    ids=["payloads", "keys", "chronology", "chronology-key"],
)
def test_damage_in_payloads_is_found_when_read_and_the_file_set_aside(
    cache_path: Path, read, caplog
):
    """An open checks the small tables only: a file damaged in its payloads opens, and the
    first read of a damaged page finds it: nothing is returned, the file is moved aside
    whole (never deleted) with a warning naming it, and the next open makes a new cache."""
    cache_path.parent.mkdir(parents=True)
    damaged = _damaged_payloads(cache_path)
    assert full_check(cache_path) is not None  # a full check would have refused it
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None
        assert read(cache)
        assert not cache.enabled and cache.put_many([("k0", PAYLOAD)]) == 0
    assert cache_path.with_name("cache.sqlite.corrupt").read_bytes() == damaged
    assert f"{cache_path} unusable" in caplog.text and "moved aside" in caplog.text
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None and cache.get_many(["k0"]) == {}
        cache.put_many([("k0", PAYLOAD)])
        assert cache.get_many(["k0"]) == {"k0": PAYLOAD}
    assert full_check(cache_path) is None


def test_a_read_only_cache_damaged_in_use_is_left_where_it_is(cache_path: Path):
    cache_path.parent.mkdir(parents=True)
    damaged = _damaged_payloads(cache_path)
    with ExtractionCache(cache_path, "v1", read_only=True) as cache:
        assert cache.get_many(["k0"]) == {}
    assert cache_path.read_bytes() == damaged
    assert not cache_path.with_name("cache.sqlite.corrupt").exists()


def test_a_locked_cache_is_not_taken_for_a_damaged_one(cache_path: Path):
    """Only SQLite's word for damage moves a file aside: a write that waited too long for
    another build's lock leaves the cache where it is."""
    fill(cache_path)
    other = sqlite3.connect(cache_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with ExtractionCache(cache_path, "v1", timeout=0.05) as cache:
            assert cache.put_many([("k9", PAYLOAD)]) == 0 and not cache.enabled
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not cache_path.with_name("cache.sqlite.corrupt").exists()
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.count() == 3


def test_row_with_wrong_checksum_is_a_miss(cache_path: Path):
    fill(cache_path)
    conn = sqlite3.connect(cache_path)
    conn.execute("UPDATE extractions SET payload = '{\"forged\": 1}' WHERE article_key = 'k1'")
    conn.commit()
    conn.close()
    with ExtractionCache(cache_path, "v1") as cache:
        assert set(cache.get_many(["k0", "k1", "k2"])) == {"k0", "k2"}
        assert cache.count() == 2  # the damaged row was dropped


def test_exception_inside_the_transaction_keeps_previous_content(cache_path: Path):
    fill(cache_path)

    def rows():
        yield "k0", {"overwritten": True}
        yield "k9", {"new": True}
        raise RuntimeError("extractor crashed mid-write")

    with ExtractionCache(cache_path, "v1") as cache:
        with pytest.raises(RuntimeError):
            cache.put_many(rows())
        assert cache.get_many(["k0", "k9"]) == {"k0": {**PAYLOAD, "i": 0}}
        assert cache.count() == 3


def test_killed_writer_leaves_the_previous_cache_usable(cache_path: Path):
    fill(cache_path)
    script = textwrap.dedent(
        f"""
        import sys, time
        from timeline.cache import ExtractionCache
        def rows():
            for i in range(100000):
                if i == 50:
                    print("writing", flush=True)
                    time.sleep(60)
                yield f"new{{i}}", {{"i": i}}
        with ExtractionCache({str(cache_path)!r}, "v1") as cache:
            cache.put_many(rows())
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        proc.kill()
    finally:
        proc.wait(timeout=30)
    assert proc.returncode != 0
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None
        assert cache.count() == 3
        assert cache.get_many(["k0", "new0"]) == {"k0": {**PAYLOAD, "i": 0}}


def test_concurrent_writer_waits_instead_of_failing(cache_path: Path):
    fill(cache_path)
    locked = threading.Event()

    def other_build() -> None:  # holds the write lock for a moment
        conn = sqlite3.connect(cache_path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(0.3)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=other_build)
    thread.start()
    locked.wait(5)
    with ExtractionCache(cache_path, "v1", timeout=5) as cache:
        started = time.perf_counter()
        assert cache.put_many([("k7", {"x": 1})]) == 1
        assert time.perf_counter() - started >= 0.1
    thread.join()


# -- the chronology memo -------------------------------------------------------------------

CHRONOLOGY = {"generated": "2015-10-07T00:00:00+00:00", "events": [{"id": "é", "n": [1, 2.5]}]}


def test_memo_round_trip_keeps_only_the_latest(cache_path: Path):
    from timeline.cache import MEMO_KEEP

    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.get_chronology("d0") is None
        for i in range(MEMO_KEEP + 2):
            assert cache.put_chronology(f"d{i}", {**CHRONOLOGY, "i": i})
        cache.put_chronology("d2", {**CHRONOLOGY, "i": 2})  # stored again: the latest
        assert cache.chronology_digests() == ["d2", "d4", "d3"][:MEMO_KEEP]
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.get_chronology("d0") is None
        assert cache.get_chronology("d4") == {**CHRONOLOGY, "i": 4}
        assert list(cache.get_chronology("d4")) == list({**CHRONOLOGY, "i": 4})  # key order


@pytest.mark.parametrize(
    "damage",
    [
        'UPDATE chronologies SET json = \'{"generated": "forged"}\'',
        "UPDATE chronologies SET checksum = 'x'",
        "UPDATE chronologies SET json = 'not json', checksum = 'x'",
    ],
)
def test_damaged_memo_row_is_dropped(cache_path: Path, damage: str, caplog):
    with ExtractionCache(cache_path, "v1") as cache:
        cache.put_chronology("d", CHRONOLOGY)
    conn = sqlite3.connect(cache_path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.get_chronology("d") is None
        assert cache.chronology_digests() == []
    assert "damaged chronology memo" in caplog.text


def _schema_1(path: Path) -> None:
    """A cache written before the memo existed (schema version 1, no chronologies table)."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE extractions (article_key TEXT NOT NULL, rules_version TEXT NOT NULL,"
        " payload TEXT NOT NULL, checksum TEXT NOT NULL, stored_at TEXT NOT NULL,"
        " PRIMARY KEY (article_key, rules_version)) WITHOUT ROWID;"
        "INSERT INTO meta VALUES ('schema', 'timeline-extraction-cache'),"
        " ('schema_version', '1');"
    )
    conn.close()


def test_cache_of_schema_1_is_outdated_and_rebuilt(cache_path: Path):
    cache_path.parent.mkdir(parents=True)
    _schema_1(cache_path)
    with ExtractionCache(cache_path, "v1") as cache:
        assert "outdated schema" in cache.reset_reason and "'1'" in cache.reset_reason
        assert cache.put_chronology("d", CHRONOLOGY)
    with ExtractionCache(cache_path, "v1") as cache:
        assert cache.reset_reason is None and cache.get_chronology("d") == CHRONOLOGY
