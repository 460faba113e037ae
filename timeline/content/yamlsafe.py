"""The one YAML loader of the project: safe, bounded, with line numbers in its errors.

Every YAML file the project reads (``content/`` files, front matter, the language data,
the site's ``mkdocs.yml`` settings it needs) goes through ``load`` or ``compose``. Before
any object is built, the event stream of the text is screened, so that no input can make
the loader hang, eat memory or recurse without end:

* anchors and aliases (``&a`` / ``*a``) are refused: content files never need them, and
  an alias bomb (a few lines that expand to billions of items) is then impossible;
* nesting is bounded (``MAX_DEPTH`` levels of lists and mappings);
* explicit tags other than YAML's core ones (``!!python/...``, ``!!binary``, ``!!set``...)
  are refused;
* a mapping key must be a plain value (``? [a, b]`` is refused), and a key appears once;
* ``<<`` is an ordinary key (no merge).

Content files keep dates as text (``2015-02-30`` is then reported with its line by the
validator, not raised by the parser); the project's own data may ask for YAML dates.
Problems raise ``TimelineError`` naming the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.errors import TimelineError

#: Deeper nesting of lists and mappings is refused (content files use two or three levels).
MAX_DEPTH = 40
_CORE_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml
_DROPPED = {"tag:yaml.org,2002:merge", "tag:yaml.org,2002:timestamp"}


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """Safe loader: plain keys only, each once; dates as text, no merge keys."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "a key must be a plain value, not a list or mapping",
                    key_node.start_mark,
                )
            key = self.construct_object(key_node)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return dict(super().construct_mapping(node, deep=True))


class _DatesLoader(_Loader):
    """The same, reading ``2015-10-07`` as a date (the project's own data files)."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:merge"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


class _SettingsLoader(_DatesLoader):
    """For a file written for another tool (``mkdocs.yml``): its own tags read as None."""


_SettingsLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _error(exc: yaml.YAMLError, path: Path | str, line_offset: int, what: str) -> TimelineError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 + line_offset if mark is not None else 1 + line_offset
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0] or "invalid YAML"
    return TimelineError(f"{what}: {problem}", path, line)


def _why(exc: Exception) -> str:
    """A value Python cannot build (a 5,000-digit number...), in a few words."""
    return "unreadable value (" + str(exc).split(":")[0][:100] + ")"


def _screen(
    text: str, path: Path | str, line_offset: int, what: str, other_tags: bool = False
) -> None:
    """Refuse aliases, anchors, unknown tags and deep nesting, reading events only (the
    parser keeps no recursion of its own, so this pass is safe on any text)."""
    depth = 0
    for event in yaml.parse(text, Loader=_BASE):
        mark = event.start_mark
        line = (mark.line if mark is not None else 0) + 1 + line_offset
        if isinstance(event, yaml.AliasEvent):
            raise TimelineError(
                f"{what}: YAML aliases (*{event.anchor}) are not allowed", path, line
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise TimelineError(f"{what}: YAML anchors (&{anchor}) are not allowed", path, line)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _CORE_TAGS and not other_tags:
            raise TimelineError(f"{what}: YAML tag {tag!r} is not allowed", path, line)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise TimelineError(f"{what}: nested more than {MAX_DEPTH} levels deep", path, line)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def compose(
    text: str, path: Path | str, *, line_offset: int = 0, what: str = "malformed YAML"
) -> yaml.Node | None:
    """The node tree of one YAML document (None when empty); errors name file and line
    (``line_offset``: lines of the file before ``text``)."""
    try:
        _screen(text, path, line_offset, what)
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _error(exc, path, line_offset, what) from None
    except (UnicodeError, ValueError) as exc:  # e.g. a lone surrogate given as text
        raise TimelineError(f"{what}: {_why(exc)}", path, line_offset + 1) from None


def construct(
    node: yaml.Node, path: Path | str, *, line_offset: int = 0, what: str = "malformed YAML"
) -> Any:
    """The Python value of a node of ``compose`` (plain types: dict, list, str, int...)."""
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _error(exc, path, line_offset, what) from None
    except (ValueError, OverflowError) as exc:  # e.g. a number too long to read
        raise TimelineError(
            f"{what}: {exc}", path, node.start_mark.line + 1 + line_offset
        ) from None
    finally:
        loader.dispose()


def load(
    text: str,
    path: Path | str,
    *,
    line_offset: int = 0,
    what: str = "malformed YAML",
    dates: bool = False,
    other_tags: bool = False,
) -> Any:
    """The value of one YAML document (None when empty). ``dates``: read YAML dates as
    ``datetime.date`` (the project's own data); content keeps them as text.
    ``other_tags``: a tag other than YAML's core ones reads as None (another tool's
    settings file) instead of being refused."""
    loader = _SettingsLoader if other_tags else _DatesLoader if dates else _Loader
    try:
        _screen(text, path, line_offset, what, other_tags)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise _error(exc, path, line_offset, what) from None
    except (UnicodeError, ValueError, OverflowError) as exc:
        raise TimelineError(f"{what}: {_why(exc)}", path, line_offset + 1) from None


def load_file(
    path: Path, *, what: str = "malformed YAML", dates: bool = False, other_tags: bool = False
) -> Any:
    """``load`` of a UTF-8 file of the project (a read error names the file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"cannot read file: {exc}", path) from None
    return load(text, path, what=what, dates=dates, other_tags=other_tags)
