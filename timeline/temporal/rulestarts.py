"""Which rules can match at a position, told by the three characters found there.

The tagger tries at a word start only the rules whose match can begin with the (up to) three
characters there, or end within them. Each rule is asked once per three characters (the
answers are kept), through the ``regex`` package's public partial matching:
``probe.match(key, partial=True)`` finds a match of a prefix of ``key`` or reaches the end
of ``key`` on the way to one. The probe is the rule's pattern without its zero-width
assertions (look-arounds, ``\\b``, ``^``...), which would judge the three characters without
the text around them: it matches whatever the rule matches, and more, so a rule is never
skipped where it could match. A pattern the probe cannot be made from is always tried.

The rules run on Python's ``re``; the probes on ``regex``. Both agree, class by class and
case by case, on the characters of ``AGREED`` (tests/test_temporal_rulestarts.py checks
it); three characters holding any other character are answered with every rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, TypeVar

import regex

Item = TypeVar("Item")
#: a rule's compiled probe, or None: the rule is always tried
Probe = regex.Pattern[str] | None

# Latin letters, digits, spaces and signs, less those the two engines class differently
# (information separators: spaces for ``re`` only; superscript digits and vulgar fractions:
# word characters for ``re`` only; dotless and dotted i: case pairs for ``re`` only).
_READ_APART = "\x1c\x1d\x1e\x1f\u00b2\u00b3\u00b9\u00bc\u00bd\u00be\u0130\u0131"
AGREED = frozenset(map(chr, (*range(0x09, 0x0E), *range(0x20, 0x250)))) - set(_READ_APART)

# One token of a pattern: an escape, a character class, the opening of a look-around or of a
# conditional, a parenthesis, or any other character.
_TOKEN = re.compile(
    r"""\\.
    | \[\^?\]?(?:\\.|[^\]\\])*\]
    | \(\?<?[=!]
    | \(\?\(
    | [()]
    | [^\\\[()]""",
    re.VERBOSE | re.DOTALL,
)
# Inline flags turning verbose mode on or off: comments may hold parentheses, not read.
_VERBOSE_FLAG = re.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*x")
_ZERO_WIDTH = frozenset({"\\b", "\\B", "\\A", "\\Z", "^", "$"})
_LOOK_AROUND = frozenset({"(?=", "(?!", "(?<=", "(?<!"})


def without_assertions(pattern: str) -> str | None:
    """``pattern`` without its zero-width assertions; None when it cannot be read."""
    if _VERBOSE_FLAG.search(pattern):
        return None
    out: list[str] = []
    skipped_depth = 0  # inside a look-around being left out: its parenthesis depth
    pos = 0
    while pos < len(pattern):
        token = _TOKEN.match(pattern, pos)
        if token is None:
            return None
        text, pos = token.group(), token.end()
        if text == "(?(":  # a conditional group: not read
            return None
        if skipped_depth:
            if text.startswith("("):
                skipped_depth += 1
            elif text == ")":
                skipped_depth -= 1
        elif text in _LOOK_AROUND:
            skipped_depth = 1
        elif text not in _ZERO_WIDTH:
            out.append(text)
    return None if skipped_depth else "".join(out)


def _probe(pattern: str, flags: int) -> regex.Pattern[str] | None:
    """The compiled probe of ``pattern`` (``re`` flags), or None: always try the rule."""
    source = without_assertions(pattern)
    if source is None or flags & re.VERBOSE:
        return None
    regex_flags = regex.IGNORECASE if flags & re.IGNORECASE else 0
    try:
        return regex.compile(source, regex_flags)
    except regex.error:
        return None


class RuleStarts(Generic[Item]):
    """The items (rules) whose pattern may match at a position, by its next characters."""

    def __init__(self, patterns: Sequence[tuple[Item, str]], flags: int = 0):
        self._patterns = patterns  # in the order the answers keep
        self._flags = flags
        self._probing: dict[str, tuple[tuple[Item, Probe], ...]] = {}  # prefix -> (item, probe)
        self._answers: dict[str, tuple[Item, ...]] = {}

    def at(self, key: str) -> tuple[Item, ...]:
        """The items whose match may begin with ``key`` (the text's next three characters,
        or fewer at its end) or end within it, in their given order."""
        known = self._answers.get(key)
        if known is None:
            known = self._answers[key] = tuple(item for item, _ in self._candidates(key))
        return known

    def _candidates(self, prefix: str) -> tuple[tuple[Item, Probe], ...]:
        """The items (with their probes) whose match may begin with ``prefix`` or end
        within it: those of ``prefix`` less its last character whose probe reaches the end
        of ``prefix`` (a character outside ``AGREED`` filters nothing)."""
        known = self._probing.get(prefix)
        if known is not None:
            return known
        if not prefix:
            found = tuple((item, _probe(pattern, self._flags)) for item, pattern in self._patterns)
        else:
            shorter = self._candidates(prefix[:-1])
            if not AGREED.issuperset(prefix):
                found = shorter
            else:
                found = tuple(
                    (item, probe)
                    for item, probe in shorter
                    if probe is None or probe.match(prefix, partial=True) is not None
                )
        self._probing[prefix] = found
        return found
