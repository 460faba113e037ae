"""Phase 1 (HeidelTime style): find temporal expressions with the rules of ``lang/fr``.

Rules are compiled once: ``%name`` references expand to the pattern lists (longest
alternative first) and every rule becomes one regular expression.

Finding is cheap because every match contains a trigger word ("mercredi", "hier", "ans"...)
or trigger digits (a year, a clock time): only word starts at most ``WINDOW_BACK``
characters before a trigger are tried, and at such a start only the rules whose matches can
begin with its next three characters (``rulestarts.py``: asked once per three characters;
trying these few one by one is cheaper than one alternation of all the rules). Where some
match, the longest rule match wins (ties: priority, then file order) and the scan resumes
after it, so expressions never overlap. Blocking rules (type NONE) win the same way and
report nothing. The tagger emits partly specified values
("UNDEF-weekday-3"); the resolver anchors them. A rule with a ``date`` template also hands
the date part of its match ("1er octobre", "07/10/2015") to dateparser through the resolver
(``absolute.py``): its value is then ``UNDEF-date`` (optionally ``-last``/``-next`` and a
time suffix).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError
from timeline.temporal.resources import LanguageData, load_language
from timeline.temporal.rulestarts import AGREED, RuleStarts
from timeline.temporal.templates import NoValue, Template, TemplateError, compile_template
from timeline.word_patterns import letter_tree

TYPES = ("DATE", "TIME", "DURATION", "SET", "NONE")
_REF = re.compile(r"%([a-z][a-z0-9_]*)")
_FLAGS = re.IGNORECASE
_WORD_START = r"(?<!\w)"  # matches start with a word character (checked at load time)
_WORD_END = r"(?:(?!\w)|(?<=\W))"  # a word ends here, or the match ends with a sign
_WHOLE_WORD = re.compile(r"\w+")
_WORD_AT = re.compile(r"(?<!\w)\w")
_WORD_CHAR = re.compile(r"\w")
DATE_VALUE = "UNDEF-date"  # the value of a rule with a ``date`` template, by default
_DIGITS = r"[0-9]+"  # trigger digits when the language data gives none
# Rules are only tried at word starts at most this many characters before a trigger,
# whose first characters begin some rule's match.
WINDOW_BACK = 36
KEY_LENGTH = 3  # rules are indexed by the first three characters of their matches


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class Rule:
    """One compiled rule."""

    name: str
    path: Path
    order: int
    pattern: str  # expanded, with its named groups
    regex: re.Pattern[str]
    type: str
    values: tuple[Template, ...]
    mods: tuple[Template, ...]
    precision: str | None
    tense: str | None
    spans: tuple[Template, ...]
    priority: int
    examples: tuple[dict[str, Any], ...]
    default_dct: str | None
    dates: tuple[Template, ...] = ()  # the date string handed to dateparser


@dataclass(frozen=True)
class Candidate:
    """An expression found by a rule, its value still partly specified."""

    start: int
    end: int
    rule: Rule
    value: str
    mod: str | None
    span_mode: str | None
    date_text: str | None = None  # for dateparser (rules with a ``date`` template)


class Rules:
    """The compiled rule set of one language."""

    def __init__(self, data: LanguageData):
        self.data = data
        self.tables = data.tables
        self._expanded: dict[str, str] = {}
        rules: list[Rule] = []
        for path, content in data.rule_files:
            default_dct = content.get("dct")
            for raw in content["rules"]:
                rules.append(self._compile_rule(path, raw, len(rules), default_dct))
        names = [r.name for r in rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise TimelineError(f"rule names used twice: {', '.join(dupes)}", data.folder)
        self.rules = tuple(rules)
        self._index_starts()
        self.triggers = frozenset(w.lower() for w in data.patterns.get("trigger_words", ()))
        bad = sorted(w for w in self.triggers if not _WHOLE_WORD.fullmatch(w))
        if bad:
            raise TimelineError(
                f"trigger words must be whole words (letters, digits): {', '.join(bad)}",
                data.folder,
            )
        # One pass finds every trigger word: an alternation shaped as a tree of letters
        # ("j(?:an(?:v)?|eudi...)"), so that each word start costs a few character tests.
        self._trigger_words = re.compile(rf"(?<!\w)(?:{letter_tree(self.triggers)})(?!\w)")
        digits = data.patterns.get("trigger_digits", [_DIGITS])
        self._trigger_digits = re.compile("|".join(digits))

    def _index_starts(self) -> None:
        """Index the rules by the three characters their matches can begin with.

        A match must begin with a letter or a digit (the tagger tries word starts only):
        a rule whose match may begin with a sign or a space is refused.
        """
        self._starts = RuleStarts([(rule, rule.pattern) for rule in self.rules], _FLAGS)
        signs = sorted(ch for ch in AGREED if not _WORD_CHAR.match(ch))
        for rule in self.rules:
            if any(rule in self._starts.at(sign) for sign in signs):
                raise TimelineError(
                    f"rule '{rule.name}': a match must start with a letter or a digit "
                    "(use a look-behind for what comes before)",
                    rule.path,
                )

    # -- compilation -------------------------------------------------------------------
    def expand(self, name: str, path: Path, rule: str, stack: tuple[str, ...] = ()) -> str:
        """The regex of pattern list ``name``, alternatives longest first."""
        if name in self._expanded:
            return self._expanded[name]
        if name not in self.data.patterns:
            raise TimelineError(f"rule '{rule}' refers to unknown pattern '%{name}'", path)
        if name in stack:
            raise TimelineError(f"pattern '%{name}' refers to itself", path)
        alternatives = sorted(self.data.patterns[name], key=len, reverse=True)
        parts = [self.expand_refs(a, path, rule, (*stack, name)) for a in alternatives]
        regex = "(?:" + "|".join(parts) + ")"
        self._expanded[name] = regex
        return regex

    def expand_refs(self, pattern: str, path: Path, rule: str, stack: tuple[str, ...] = ()) -> str:
        return _REF.sub(lambda m: self.expand(m.group(1), path, rule, stack), pattern)

    def _compile_rule(self, path: Path, raw: Any, order: int, default_dct: Any) -> Rule:
        if not isinstance(raw, dict) or "name" not in raw or "pattern" not in raw:
            raise TimelineError(f"rule #{order + 1} needs a 'name' and a 'pattern'", path)
        name = str(raw["name"])
        where = f"rule '{name}'"
        rtype = str(raw.get("type", "DATE"))
        if rtype not in TYPES:
            raise TimelineError(f"{where}: unknown type '{rtype}'", path)
        pattern = self.expand_refs(str(raw["pattern"]), path, name)
        try:
            regex = re.compile(f"{_WORD_START}(?:{pattern}){_WORD_END}", _FLAGS)
        except re.error as exc:
            raise TimelineError(f"{where}: bad pattern: {exc}", path) from None
        if regex.match(""):
            raise TimelineError(f"{where}: the pattern matches the empty string", path)
        groups = set(regex.groupindex)

        def templates(key: str) -> tuple[Template, ...]:
            value = raw.get(key)
            if value is None:
                return ()
            sources = value if isinstance(value, list) else [value]
            try:
                return tuple(compile_template(str(s), groups, self.tables) for s in sources)
            except TemplateError as exc:
                raise TimelineError(f"{where}: {exc}", path) from None

        dates = templates("date")
        values = templates("value")
        if dates and not values:
            values = (compile_template(DATE_VALUE, groups, self.tables),)
        if dates and any(not v.source.startswith(DATE_VALUE) for v in values):
            raise TimelineError(f"{where}: with a 'date', the value must be {DATE_VALUE}...", path)
        if rtype != "NONE" and not values:
            raise TimelineError(f"{where}: a 'value' is required", path)
        span = templates("span")
        tense = raw.get("tense")
        if tense not in (None, "past", "future", "present"):
            raise TimelineError(f"{where}: tense must be past, future or present", path)
        examples = raw.get("examples") or []
        if not isinstance(examples, list):
            raise TimelineError(f"{where}: 'examples' must be a list", path)
        return Rule(
            name=name,
            path=path,
            order=order,
            pattern=pattern,
            regex=regex,
            type=rtype,
            values=values,
            mods=templates("mod"),
            precision=raw.get("precision"),
            tense=tense,
            spans=span,
            priority=int(raw.get("priority", 0)),
            examples=tuple(examples),
            default_dct=str(default_dct) if default_dct is not None else None,
            dates=dates,
        )

    # -- matching ----------------------------------------------------------------------
    def _best_at(self, text: str, pos: int) -> tuple[Rule, re.Match[str]] | None:
        return self._best_of(self._rules_at(text, pos), text, pos)

    @staticmethod
    def _best_of(rules: tuple[Rule, ...], text: str, pos: int) -> tuple[Rule, re.Match[str]] | None:
        """The longest match of ``rules`` at ``pos`` (ties: priority, then file order)."""
        best: tuple[Rule, re.Match[str]] | None = None
        for rule in rules:
            match = rule.regex.match(text, pos)
            if match is None:
                continue
            if best is None:
                best = (rule, match)
                continue
            length, best_length = match.end(), best[1].end()
            if length > best_length or (length == best_length and rule.priority > best[0].priority):
                best = (rule, match)
        return best

    def _rules_at(self, text: str, pos: int) -> tuple[Rule, ...]:
        """The rules whose match may start at ``pos`` (by its next three characters), in
        file order."""
        return self._starts.at(text[pos : pos + KEY_LENGTH])

    def _candidate(self, rule: Rule, match: re.Match[str]) -> Candidate | None:
        def group(name: str) -> str | None:
            return match.group(0 if name == "0" else name)

        try:
            value = _first(rule.values, group, self.tables)
            if value is None:
                return None
            mod = _first(rule.mods, group, self.tables)
            span = _first(rule.spans, group, self.tables)
            date_text = _first(rule.dates, group, self.tables)
        except NoValue:
            return None
        if rule.dates and date_text is None:
            return None
        if "x" in rule.regex.groupindex and match.group("x") is not None:
            start, end = match.span("x")
        else:
            start, end = match.span()
        return Candidate(start, end, rule, value, mod, span, date_text)

    def starts(self, text: str, lowered: str) -> list[int]:
        """Word starts of ``text`` where a rule match may begin: at most ``WINDOW_BACK``
        characters before a trigger word or trigger digits (every match contains one), and
        beginning like some rule's match."""
        if len(lowered) != len(text):  # rare letters whose lower case is longer: try all
            found = [m.start() for m in _WORD_AT.finditer(text)]
        else:
            positions = [m.start() for m in self._trigger_digits.finditer(text)]
            if self.triggers:
                positions += [m.start() for m in self._trigger_words.finditer(lowered)]
            positions.sort()
            regions: list[tuple[int, int]] = []
            for p in positions:
                start = max(0, p - WINDOW_BACK)
                if regions and start <= regions[-1][1]:
                    regions[-1] = (regions[-1][0], p + 1)
                else:
                    regions.append((start, p + 1))
            found = [m.start() for lo, hi in regions for m in _WORD_AT.finditer(text, lo, hi)]
        at = self._starts.at
        return [i for i in found if at(text[i : i + KEY_LENGTH])]

    def find(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates in ``text`` (already normalised), in order.

        At each possible start (left to right) the few rules that may begin there are tried;
        where some match, the longest match wins and the scan resumes after it.
        """
        found: list[Candidate] = []
        pos = 0
        starts = self.starts(text, text.lower()) if self.triggers else range(len(text))
        for start in starts:
            if start < pos:
                continue
            best = self._best_at(text, start)
            if best is None:
                continue
            rule, match = best
            if "x" in rule.regex.groupindex and match.start("x") > match.start():
                # The extent starts after a preposition ("dès octobre 98"): a rule matching
                # from the extent on may reach further.
                inner = self._best_at(text, match.start("x"))
                if inner is not None and inner[1].end() > match.end():
                    rule, match = inner
            pos = match.end()
            if rule.type == "NONE":
                continue
            candidate = self._candidate(rule, match)
            if candidate is not None:
                found.append(candidate)
        return found


def _first(templates: tuple[Template, ...], group: Any, tables: Any) -> str | None:
    for template in templates:
        value = template.render(group, tables)
        if value is not None:
            return value
    return None


@lru_cache(maxsize=4)
def compiled_rules(lang: str = "fr") -> Rules:
    """The compiled rules of ``lang`` (compiled once per process)."""
    return Rules(load_language(lang))
