"""The archive index (timeline.archive_index): a dossier build parses only the archive's
articles it has not seen valid before, and gets exactly what a full load gives."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_dossier import ARCHIVE, fake_assemble, fake_extract, make_archive

from timeline import archive_index
from timeline.articles import load_articles
from timeline.dossier import Dossier, select
from timeline.errors import TimelineError
from timeline.pipeline import BuildSettings, run_build

SELECTED = ("title", "date", "source", "body_start", "text", "slug", "path")


def counting_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = archive_index.parse_article

    def parse(text, path, build_day=None):
        parsed.append(path.stem)
        return real(text, path, build_day)

    monkeypatch.setattr(archive_index, "parse_article", parse)
    return parsed


def counting_reads(monkeypatch) -> list[str]:
    """Files read by the scan and by the full loads after it."""
    import timeline.articles

    reads: list[str] = []
    real = timeline.articles.read_article_text

    def read(path):
        reads.append(path.stem)
        return real(path)

    monkeypatch.setattr(archive_index, "read_article_text", read)
    monkeypatch.setattr(timeline.articles, "read_article_text", read)
    return reads


def fields(article, names=SELECTED):
    return tuple(getattr(article, name) for name in names)


def test_a_second_scan_parses_only_what_changed_and_selects_the_same(tmp_path, monkeypatch):
    content = make_archive(tmp_path)
    cache_file = tmp_path / ".timeline" / "cache.sqlite"
    parsed = counting_parses(monkeypatch)
    first = archive_index.scanned(content, cache_file)
    assert sorted(parsed) == sorted(ARCHIVE)  # all parsed, then indexed
    parsed.clear()
    onu = content / "2015-09-28-onu.md"
    onu.write_text(onu.read_text(encoding="utf-8").replace("coalition", "alliance"), "utf-8")
    second = archive_index.scanned(content, cache_file)
    assert parsed == ["2015-09-28-onu"]  # only the changed text
    full = load_articles(content)
    assert [fields(a) for a in second] == [fields(a) for a in full]
    assert [a.slug for a in first] == [a.slug for a in second]
    for dossier in (Dossier(outlets=("lemonde.fr",)), Dossier(keywords=("alliance",))):
        chosen = select(second, dossier, content).articles
        expected = select(full, dossier, content).articles
        assert archive_index.full(chosen) == expected  # every field, meta and url too


def test_a_dossier_build_is_the_same_with_or_without_the_index(tmp_path, monkeypatch):
    content = make_archive(tmp_path)
    settings = BuildSettings(
        root=tmp_path,
        content_dir_name=content.name,
        workers=1,
        dossier=Dossier(keywords=("Syrie",)),
    )

    def build(**changes):
        return run_build(
            dataclasses.replace(settings, **changes),
            extract_batch=fake_extract,
            assemble=fake_assemble,
        )

    uncached = build(use_cache=False)
    assert not (tmp_path / ".timeline").exists()
    build()
    parsed = counting_parses(monkeypatch)
    indexed = build()
    assert parsed == []  # the whole archive came from the index
    assert indexed.articles == uncached.articles
    assert indexed.chronology.to_dict() == uncached.chronology.to_dict()
    assert indexed.stats.archive == len(ARCHIVE)


def test_an_invalid_article_is_never_indexed(tmp_path):
    content = make_archive(tmp_path)
    cache_file = tmp_path / ".timeline" / "cache.sqlite"
    bad = content / "2015-10-03-syriens.md"
    bad.write_text(bad.read_text(encoding="utf-8").replace("source:", "origine:"), "utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(TimelineError) as caught:
            archive_index.scanned(content, cache_file)
        messages.append(str(caught.value))
    with pytest.raises(TimelineError) as direct:
        load_articles(content)
    assert messages == [str(direct.value)] * 2
    assert "2015-10-03-syriens.md" in messages[0]


def test_a_row_is_trusted_from_its_day_of_check_on(tmp_path, monkeypatch):
    """An article dated tomorrow is refused today whatever the index holds."""
    content = make_archive(tmp_path)
    index = archive_index.ArchiveIndex(tmp_path / "archive.sqlite")
    day = dt.date(2015, 11, 20)
    archive_index.scan(content, index, day)
    key = archive_index.content_key((content / "2015-11-13-paris.md").read_text("utf-8"))
    assert set(index.get_many([key], day)) == {key}
    assert index.get_many([key], day - dt.timedelta(days=1)) == {}  # the clock went back
    with pytest.raises(TimelineError, match="future"):
        archive_index.scan(content, index, dt.date(2015, 11, 12))
    index.close()


@pytest.mark.parametrize("damage", [b"not a database at all", b""])
def test_a_damaged_index_is_rebuilt_and_a_preview_never_writes_one(tmp_path, damage):
    content = make_archive(tmp_path)
    cache_file = tmp_path / ".timeline" / "cache.sqlite"
    read_only = archive_index.scanned(content, cache_file, writable=False)
    assert not (tmp_path / ".timeline").exists()
    path = archive_index.index_path(cache_file)
    path.parent.mkdir()
    path.write_bytes(damage)
    rebuilt = archive_index.scanned(content, cache_file)
    assert [fields(a) for a in rebuilt] == [fields(a) for a in read_only]
    index = archive_index.ArchiveIndex(path, writable=False)
    assert len(
        index.get_many([archive_index.content_key(a.text) for a in rebuilt], dt.date.today())
    ) == len(ARCHIVE)
    index.close()


@pytest.mark.parametrize(
    ("dossier", "read"),
    [
        # dates and outlets: unchanged files are not read; the dossier's are, in full
        (
            Dossier(outlets=("lemonde.fr",)),
            {"2015-09-28-onu", "2015-09-30-frappes", "2015-11-13-paris"},
        ),
        (
            Dossier(start=dt.date(2015, 10, 3), end=dt.date(2015, 10, 5)),
            {"2015-10-03-syriens", "2015-10-05-poutinisme"},
        ),
        # words need every text
        (Dossier(keywords=("Syrie",)), set(ARCHIVE)),
    ],
)
def test_unchanged_files_are_read_only_when_the_dossier_needs_their_words(
    tmp_path, monkeypatch, dossier, read
):
    content = make_archive(tmp_path)
    cache_file = tmp_path / ".timeline" / "cache.sqlite"
    expected = select(load_articles(content), dossier, content)
    archive_index.scanned(content, cache_file)  # the index made
    reads = counting_reads(monkeypatch)
    parsed = counting_parses(monkeypatch)
    got = archive_index.load_dossier(content, dossier, cache_file)
    assert got.articles == expected.articles and got.matched == expected.matched
    assert parsed == [] and set(reads) == read
    # a file changed (its stamp with it) is read again and its change seen
    reads.clear()
    caspienne = content / "2015-10-07-caspienne.md"
    caspienne.write_text(
        caspienne.read_text(encoding="utf-8").replace("fr.sputniknews.com", "www.lemonde.fr"),
        encoding="utf-8",
    )
    again = archive_index.load_dossier(content, dossier, cache_file)
    assert "2015-10-07-caspienne" in reads
    assert again.articles == select(load_articles(content), dossier, content).articles


def test_extracting_the_archive_indexes_it_for_the_dossier_builds(tmp_path, monkeypatch):
    from timeline.pipeline import extract_archive

    content = make_archive(tmp_path)
    settings = BuildSettings(root=tmp_path, content_dir_name=content.name, workers=1)
    extract_archive(settings, extract_batch=fake_extract)
    reads = counting_reads(monkeypatch)
    parsed = counting_parses(monkeypatch)
    again = extract_archive(settings, extract_batch=fake_extract)  # nothing to extract
    assert (again.extracted, again.cached, parsed) == (0, len(ARCHIVE), [])
    assert sorted(reads) == sorted(ARCHIVE)  # read for their keys, not parsed
    reads.clear()
    dossier = Dossier(outlets=("sputniknews.com",))
    built = run_build(
        dataclasses.replace(settings, dossier=dossier),
        extract_batch=fake_extract,
        assemble=fake_assemble,
    )
    assert [a.slug for a in built.articles] == ["2015-10-03-syriens", "2015-10-07-caspienne"]
    assert (built.stats.cached, built.stats.extracted, parsed) == (2, 0, [])
    assert sorted(reads) == ["2015-10-03-syriens", "2015-10-07-caspienne"]


@pytest.mark.parametrize(
    "dossier",
    [
        Dossier(outlets=("lemonde.fr",)),
        Dossier(start=dt.date(2015, 9, 30), end=dt.date(2015, 10, 31)),
        Dossier(outlets=("lemonde.fr",), start=dt.date(2015, 9, 29)),
        Dossier(end=dt.date(2015, 9, 1)),  # nothing
        Dossier(keywords=("Syrie",), outlets=("lemonde.fr",)),  # reads every text
        Dossier(),  # the whole archive
    ],
)
def test_a_dossier_through_the_index_is_the_selection_of_the_full_archive(
    tmp_path, monkeypatch, dossier
):
    """On dates and outlets alone, the files left unread and out of the dossier get no
    light article: the selection (articles, what each matched, the archive's size) is still
    that of selecting over every article loaded in full, and a changed file is read."""
    content = make_archive(tmp_path)
    cache_file = tmp_path / ".timeline" / "cache.sqlite"
    expected = select(load_articles(content), dossier, content)
    archive_index.load_dossier(content, dossier, cache_file)  # indexes the archive
    onu = content / "2015-09-28-onu.md"
    onu.write_text(onu.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", "utf-8")
    changed = select(load_articles(content), dossier, content)
    made: list[str] = []
    light = archive_index._light

    def counted(path, text, fields_):
        made.append(path.stem)
        return light(path, text, fields_)

    monkeypatch.setattr(archive_index, "_light", counted)
    reads = counting_reads(monkeypatch)
    got = archive_index.load_dossier(content, dossier, cache_file)
    assert got.articles == changed.articles
    assert got.matched == changed.matched and got.archive == changed.archive == len(ARCHIVE)
    assert [a.slug for a in expected.articles] == [a.slug for a in changed.articles]
    chosen = [a.slug for a in changed.articles]
    if dossier.keywords:
        assert sorted(made) == sorted(ARCHIVE)  # every text read and listed
    else:  # the unread files out of the dossier: no article made
        assert sorted(made) == sorted({*chosen, "2015-09-28-onu"})
        assert sorted(reads) == sorted([*chosen, "2015-09-28-onu"])  # changed, then loaded


# what a content folder may hold beside its articles: each entry and whether the scan
# lists it (as ``article_paths`` does: every ``*.md`` entry but hidden ones)
FOLDER_ENTRIES = [
    ("un-article.md", "file", True),
    ("Majuscules.MD", "file", False),
    (".cache.md", "file", False),
    ("notes.txt", "file", False),
    ("dossier.md", "folder", True),
    ("tube.md", "fifo", True),
    ("lien.md", "link", True),
    ("lien-mort.md", "dangling", True),
    ("md", "file", False),
]


def test_the_scan_lists_and_stamps_the_files_article_paths_lists(tmp_path):
    """The scan reads the folder in one pass (``_listed``): the same names, in the same
    order, as ``article_paths``, each with the stamp ``stamp`` gives its path."""
    import os

    from timeline.articles import article_paths

    folder = tmp_path / "content"
    folder.mkdir()
    (tmp_path / "ailleurs.md").write_text("x", encoding="utf-8")
    for name, kind, _ in FOLDER_ENTRIES:
        path = folder / name
        if kind == "file":
            path.write_text("texte", encoding="utf-8")
        elif kind == "folder":
            path.mkdir()
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "link":
            path.symlink_to(tmp_path / "ailleurs.md")
        else:
            path.symlink_to(tmp_path / "absent.md")
    listed = archive_index._listed(folder, stamped=True)
    expected = [p.name for p in article_paths(folder)]
    assert [name for name, _ in listed] == expected
    assert sorted(name for name, _, kept in FOLDER_ENTRIES if kept) == expected
    for name, stamp in listed:
        assert stamp == archive_index.stamp(folder / name), name
    assert dict(listed)["un-article.md"] is not None  # a regular file: stamped
    assert dict(listed)["dossier.md"] is None  # anything else: read every time
    assert all(stamp is None for _, stamp in archive_index._listed(folder, stamped=False))
    with pytest.raises(TimelineError, match="content folder not found"):
        archive_index._listed(tmp_path / "absent", stamped=True)
