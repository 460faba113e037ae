"""The SQLite extraction cache: round trip, versions, corruption, atomic writes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from timeline.cache import SQLITE_MAGIC, ExtractionCache, encode_payload

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


def _damaged_pages(path: Path) -> None:
    fill(path, n=400)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # trash every page after the first
        data[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a database at all\n" * 50), "not an SQLite"),
        (lambda p: p.write_bytes(SQLITE_MAGIC + b"\x00" * 50), "database error"),
        (_foreign_sqlite, "foreign schema"),
        (_wrong_schema_version, "outdated schema"),
        (_damaged_pages, ""),
    ],
    ids=["text-file", "truncated-sqlite", "foreign-schema", "schema-version", "damaged-pages"],
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
