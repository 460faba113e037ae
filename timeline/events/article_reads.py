"""What assembly reads of one article that depends on that article alone, read when the
article is extracted and kept in the cache with its extraction.

Most of assembly reads the build's articles together (their names are resolved across the
set, merging compares them), but some of it is a function of one extraction record and
nothing else: the headlines of each sentence's stored clause (``titles.clause_read``, the
largest share of an event's title), and its reporting clause's speaker without the time
expressions set among its words (``titles.without_times``: the temporal tagger, whose rules
a process that only assembles would otherwise compile for it). An archive is extracted
once, on workers, long before a dossier is carved from it and built; reading that share at
extraction leaves a dossier's first assembly less to do. Assembly reads the same whether
it finds it here or reads it on the spot (``titles.make_title``'s ``read``,
``titles.told_subject``'s ``timeless``).

It is kept beside the extraction in the cache's row (``PAYLOAD_KEY`` of the stored payload,
which ``records.load`` does not read) with the version of assembly's code and data it was
read by (``versions.assembly_version``): a change of headlines or titles, which re-assembles
without re-extracting, makes it stale, and assembly then reads it again (``found`` gives
None). Its stored form is plain JSON, checked as it is read: anything malformed is None.

What assembly reads on the spot because it was not found (a stale version, an article
extracted before this was read) is given back to the driver (``assemble``'s ``read_now``),
which keeps it in the article's row (``pipeline``, ``ExtractionCache.set_in_payloads``): the
next build finds it. Headlines are read there only for the sentences assembly titled, so a
kept read may hold only some sentences; assembly reads the others on the spot. The
speakers' words of an article whose reads were not found are all kept (assembly tagged
them): else every build after a change of assembly's code would compile the temporal
tagger again for them, until the archive were extracted again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from timeline.events import titles
from timeline.records import Extraction, Sentence

#: where it is kept in an extraction's stored payload (``records.dump``'s other keys:
#: "schema", "record", "data")
PAYLOAD_KEY = "read_alone"


@dataclass(frozen=True)
class ArticleReads:
    """What assembly reads of one article alone."""

    #: sentence index -> its clause's headlines, alone and after a speaker's name
    #: (``titles.clause_read``), for every sentence that has a stored clause
    headlines: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: a speaker's words of a reporting clause (``titles.speaker_words``) -> those words
    #: without their time expressions (``titles.without_times``), for every sentence
    #: whose reporting clause names a speaker: a function of the words alone
    speakers: dict[str, str] = field(default_factory=dict)


def read_article(extraction: Extraction) -> ArticleReads:
    """What assembly reads of the article of ``extraction`` alone."""
    headlines: dict[int, tuple[str, str]] = {}
    for index, sentence in enumerate(extraction.sentences):
        read = titles.clause_read(sentence, extraction.timexes)
        if read is not None:
            headlines[index] = read
    return ArticleReads(headlines, speakers_read(extraction))


def speakers_read(extraction: Extraction) -> dict[str, str]:
    """``ArticleReads.speakers`` of the article of ``extraction``: the speakers' words of
    its reporting clauses without their time expressions."""
    speakers: dict[str, str] = {}
    for sentence in extraction.sentences:
        said = titles.speaker_words(sentence)
        if said:
            speakers[said] = titles.without_times(said)
    return speakers


def stored(reads: ArticleReads, version: str) -> dict[str, Any]:
    """The JSON form of ``reads``, read by assembly's code and data of ``version``."""
    return {
        "version": version,
        "headlines": [[index, alone, said] for index, (alone, said) in reads.headlines.items()],
        "speakers": [[said, timeless] for said, timeless in reads.speakers.items()],
    }


def found(data: Any, version: str) -> ArticleReads | None:
    """The reads ``stored`` gave ``data`` for, when read by the code and data of
    ``version``; None when absent, of another version or malformed (its speakers may be
    absent: none read)."""
    if not isinstance(data, dict) or data.get("version") != version:
        return None
    rows = data.get("headlines")
    if not isinstance(rows, list):
        return None
    speakers = _speakers(data.get("speakers", []))
    if speakers is None:
        return None
    headlines: dict[int, tuple[str, str]] = {}
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 3
            and type(row[0]) is int
            and isinstance(row[1], str)
            and isinstance(row[2], str)
        ):
            return None
        headlines[row[0]] = (row[1], row[2])
    return ArticleReads(headlines, speakers)


def _speakers(rows: Any) -> dict[str, str] | None:
    """The speakers' words of a stored form (``stored``), None when malformed."""
    if not isinstance(rows, list):
        return None
    speakers: dict[str, str] = {}
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 2
            and isinstance(row[0], str)
            and isinstance(row[1], str)
        ):
            return None
        speakers[row[0]] = row[1]
    return speakers


def amended(
    reads: ArticleReads | None, read_now: dict[int, tuple[str, str]], extraction: Extraction
) -> ArticleReads:
    """``reads`` (None: nothing found) with the headlines assembly read on the spot
    (``assemble``'s ``read_now``), to be kept in their place: what a stale or missing read
    costs once, not at every build. With nothing found, the speakers' words of
    ``extraction`` are read too (assembly tagged them on the spot: ``titles.without_times``
    keeps its answers), so that the next build need not compile the temporal tagger."""
    headlines = dict(reads.headlines) if reads is not None else {}
    headlines.update(read_now)
    speakers = dict(reads.speakers) if reads is not None else speakers_read(extraction)
    return ArticleReads(dict(sorted(headlines.items())), speakers)


def headline_read(
    reads: ArticleReads | None, extraction: Extraction, index: int, sentence: Sentence
) -> tuple[str, str] | None:
    """The headlines read ahead of sentence ``index`` of ``extraction`` for ``sentence``
    (its record, or assembly's copy of it), when what they were read from is what
    ``sentence`` holds (its text, offset, clause and time expressions); else None."""
    if reads is None:
        return None
    read = reads.headlines.get(index)
    if read is None or not 0 <= index < len(extraction.sentences):
        return None
    extracted = extraction.sentences[index]
    if sentence is not extracted and (
        sentence.text != extracted.text
        or sentence.start != extracted.start
        or sentence.timexes != extracted.timexes
        or sentence.clause != extracted.clause
    ):
        return None
    return read
