"""The rules version: what the cached per-article extractions depend on besides the text.

``rules_version()`` combines the tagger's ``RULES_VERSION`` with a hash of the source and
data files of the stages that produce an extraction (``timeline/temporal``,
``timeline/events``, ``timeline/lang``, ``timeline/articles.py``) and the versions of the NLP
libraries they use. Editing any of them changes the version, so stale cache rows are never
used (they simply stop matching).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Parts of the package whose code or data shape an extraction.
EXTRACTION_SOURCES = ("temporal", "events", "lang", "articles.py")
SOURCE_SUFFIXES = (".py", ".yml", ".yaml", ".txt", ".json", ".tsv")
#: Distributions whose behaviour shapes an extraction.
DISTRIBUTIONS = ("spacy", "fr-core-news-md", "dateparser", "rapidfuzz")


def _source_files(package_dir: Path) -> list[Path]:
    files: list[Path] = []
    for name in EXTRACTION_SOURCES:
        target = package_dir / name
        if target.is_file():
            files.append(target)
        elif target.is_dir():
            files.extend(
                p
                for p in target.rglob("*")
                if p.is_file() and p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts
            )
    return sorted(files)


def sources_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over (relative path, content) of every extraction source file."""
    digest = hashlib.sha256()
    for path in _source_files(package_dir):
        digest.update(path.relative_to(package_dir).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


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
    for part in (tagger, sources_hash(), distribution_versions()):
        digest.update(part.encode("utf-8") + b"\0")
    return f"{tagger[:16]}+{digest.hexdigest()[:16]}"
