"""One line of a JSON Lines input (``timeline tag --jsonl``, ``timeline eval``): parsed
with bounds, so no line can end in a traceback (a 100,000-level nesting, a 5,000-digit
number) -- a ``TimelineError`` naming the file and line instead."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeGuard

from timeline.errors import TimelineError

#: Deeper nesting of arrays and objects is refused (inputs use three levels).
MAX_DEPTH = 32
TOO_DEEP = f"invalid JSON: nested more than {MAX_DEPTH} levels"


def _too_deep(value: Any) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def json_line(line: str, path: str | Path, number: int) -> Any:
    """The value of one JSON line; errors name ``path`` and ``number``."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise TimelineError(f"invalid JSON: {exc.msg}", path, number) from None
    except RecursionError:
        raise TimelineError(
            f"invalid JSON: nested more than {MAX_DEPTH} levels", path, number
        ) from None
    except ValueError as exc:  # a number too long to read
        raise TimelineError(f"invalid JSON: {str(exc).split(':')[0]}", path, number) from None
    if _too_deep(value):
        raise TimelineError(TOO_DEEP, path, number)
    return value


def is_offset(value: Any) -> TypeGuard[int]:
    """A character offset: an integer, not a boolean, not negative."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def is_doc_id(value: Any) -> bool:
    """A document id: a string or an integer (not a boolean)."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))
