"""Load the French language data of ``timeline/lang/fr/``: patterns, tables, rules, cues.

The data files are YAML (see ``timeline/lang/fr/rules_dates.yml`` for the rule format):

- ``patterns*.yml``: named alternative lists, referenced in rules as ``%name``;
- ``normalization*.yml``: tables word -> value, used by value templates as ``{group|table}``;
- ``rules*.yml``: the rules, each with its examples;
- ``cues.yml``: the tense-cue vocabulary of the resolver;
- ``messages.yml``: the sentences of the resolver's explanations.

Every problem in the data raises ``TimelineError`` naming the file (and rule) at load time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.errors import TimelineError

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
TEMPORAL_DIR = Path(__file__).resolve().parent
DATA_PREFIXES = ("patterns", "normalization", "rules", "cues", "messages")
# The modules whose code decides the output (evaluate.py, the scorer, does not).
CODE_MODULES = (
    "__init__.py",
    "absolute.py",
    "model.py",
    "numbers.py",
    "periods.py",
    "resolver.py",
    "resources.py",
    "rulestarts.py",
    "tagger.py",
    "templates.py",
    "tense.py",
    "textnorm.py",
)


@dataclass(frozen=True)
class LanguageData:
    """The raw data of one language, as read from its folder."""

    lang: str
    folder: Path
    patterns: dict[str, list[str]]
    tables: dict[str, dict[str, str]]
    rule_files: tuple[tuple[Path, dict[str, Any]], ...]
    cues: dict[str, list[str]]
    messages: dict[str, str]


def _load_yaml(path: Path) -> Any:
    try:
        return yamlsafe.load(
            path.read_text(encoding="utf-8"), path, what="invalid YAML", dates=True
        )
    except OSError as exc:
        raise TimelineError(f"cannot read language data: {exc.strerror}", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise TimelineError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path, line) from None


def _merge_mapping(target: dict[str, Any], path: Path, data: Any, what: str) -> None:
    if not isinstance(data, dict):
        raise TimelineError(f"a {what} file must be a mapping of names", path)
    for name, value in data.items():
        if name in target:
            raise TimelineError(f"{what} '{name}' is defined twice", path)
        target[str(name)] = value


def _files(folder: Path, prefix: str) -> list[Path]:
    return sorted(folder.glob(f"{prefix}*.yml"))


@lru_cache(maxsize=4)
def load_language(lang: str = "fr", folder: Path | None = None) -> LanguageData:
    """Read (once) the data files of ``lang``."""
    folder = folder or LANG_DIR / lang
    if not folder.is_dir():
        raise TimelineError(f"no language data for '{lang}'", folder)
    patterns: dict[str, list[str]] = {}
    for path in _files(folder, "patterns"):
        _merge_mapping(patterns, path, _load_yaml(path), "pattern")
    for name, alternatives in patterns.items():
        if not isinstance(alternatives, list) or not alternatives:
            raise TimelineError(f"pattern '{name}' must be a non-empty list", folder)
        patterns[name] = [str(a) for a in alternatives]
    tables: dict[str, dict[str, str]] = {}
    for path in _files(folder, "normalization"):
        _merge_mapping(tables, path, _load_yaml(path), "table")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise TimelineError(f"table '{name}' must be a mapping", folder)
        tables[name] = {str(k).lower(): str(v) for k, v in table.items()}
    rule_files = tuple((path, _load_yaml(path)) for path in _files(folder, "rules"))
    for path, data in rule_files:
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise TimelineError("a rules file must have a 'rules:' list", path)
    cues: dict[str, list[str]] = {}
    cue_path = folder / "cues.yml"
    if cue_path.exists():
        _merge_mapping(cues, cue_path, _load_yaml(cue_path), "cue list")
    messages: dict[str, str] = {}
    message_path = folder / "messages.yml"
    if message_path.exists():
        _merge_mapping(messages, message_path, _load_yaml(message_path), "message")
    messages = {str(k): str(v) for k, v in messages.items()}
    return LanguageData(lang, folder, patterns, tables, rule_files, cues, messages)


def _hash_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def data_hash(lang: str = "fr", folder: Path | None = None) -> str:
    """A hash of the tagger's data files of the language folder (names and bytes)."""
    folder = folder or LANG_DIR / lang
    paths = sorted(p for p in folder.glob("*.yml") if p.name.startswith(DATA_PREFIXES))
    return _hash_files(paths)


def code_hash() -> str:
    """A hash of the temporal code that decides the output."""
    return _hash_files([TEMPORAL_DIR / name for name in CODE_MODULES])
