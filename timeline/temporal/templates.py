"""Value templates of the rules: ``{group}``, ``{group|table}``, ``{n,u|dur}``...

A template is compiled once into a list of literal parts and fields; rendering a match
fills the fields from its groups. Functions are the few number conversions French needs;
everything else is a lookup in a normalization table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from timeline.temporal.numbers import format_number, parse_number, roman_to_int

_FIELD = re.compile(r"\{([^{}|]+)(?:\|(\w+))?\}")
_UNIT_CODE = re.compile(r"^(T?)([0-9]*)([A-Z]+)$")
_SPACES = re.compile(r"\s+")

Tables = Mapping[str, Mapping[str, str]]


class TemplateError(ValueError):
    """A template refers to an unknown group, table or function."""


class NoValue(Exception):
    """A field cannot be filled from this match (an unknown word, a bad number)."""


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


def _lookup(tables: Tables, table: str, text: str) -> str:
    entries = tables[table]
    key = _key(text)
    if key in entries:
        return entries[key]
    raise NoValue(f"'{text}' is not in table '{table}'")


def _number(tables: Tables, text: str) -> float:
    value = parse_number(text, tables["number"])
    if value is None:
        raise NoValue(f"'{text}' is not a number")
    return value


def _num(tables: Tables, text: str) -> str:
    return format_number(_number(tables, text))


def _num2(tables: Tables, text: str) -> str:
    return f"{int(_number(tables, text)):02d}"


def _day(tables: Tables, text: str) -> str:
    key = _key(text)
    if key in tables["ordinal"]:
        return f"{int(tables['ordinal'][key]):02d}"
    day = int(_number(tables, text))
    if not 1 <= day <= 31:
        raise NoValue(f"'{text}' is not a day of the month")
    return f"{day:02d}"


def _pm(tables: Tables, text: str) -> str:
    """An afternoon or evening hour: "8" (du soir) -> "20"."""
    hour = int(_number(tables, text))
    return f"{hour + 12 if hour < 12 else hour:02d}"


def _year(tables: Tables, text: str) -> str:
    digits = text.strip().lstrip("'")
    if len(digits) == 4:
        return digits
    if len(digits) == 2 and digits.isdigit():
        return ("19" if int(digits) >= 30 else "20") + digits
    raise NoValue(f"'{text}' is not a year")


def _decade(tables: Tables, text: str) -> str:
    digits = text.strip()
    if len(digits) == 4:
        return digits[:3]
    return _year(tables, digits)[:3]


def _century(tables: Tables, text: str) -> str:
    value = roman_to_int(text)
    if value is None or not 1 <= value <= 21:
        raise NoValue(f"'{text}' is not a century")
    return f"{value - 1:02d}"


def _duration(amount: float, code: str) -> str:
    match = _UNIT_CODE.match(code)
    if match is None:
        raise NoValue(f"bad unit code '{code}'")
    time_mark, multiplier, unit = match.groups()
    value = amount * (int(multiplier) if multiplier else 1)
    return f"P{time_mark}{format_number(value)}{unit}"


def _dur(tables: Tables, number: str, unit: str) -> str:
    return _duration(_number(tables, number), _lookup(tables, "unit", unit))


def _dur_approx(tables: Tables, number: str, unit: str) -> str:
    amount = float(_lookup(tables, "approx_number", number))
    return _duration(amount, _lookup(tables, "unit", unit))


def _dur_vague(tables: Tables, unit: str) -> str:
    match = _UNIT_CODE.match(_lookup(tables, "unit", unit))
    if match is None:
        raise NoValue(f"bad unit '{unit}'")
    return f"P{match.group(1)}X{match.group(3)}"


_HALF = {"Y": ("M", 6), "M": ("D", 15), "D": ("TH", 12), "TH": ("M", 30), "W": ("D", 3.5)}


def _dur_and_half(tables: Tables, number: str, unit: str) -> str:
    amount = format_number(_number(tables, number))
    match = _UNIT_CODE.match(_lookup(tables, "unit", unit))
    if match is None or match.group(2):
        raise NoValue(f"bad unit '{unit}'")
    code = match.group(1) + match.group(3)
    small, half = _HALF[code]
    if code == "TH":
        return f"PT{amount}H{half}M"
    if small == "TH":
        return f"P{amount}DT{half}H"
    return f"P{amount}{code}{format_number(half)}{small}"


def _given(tables: Tables, text: str) -> str:
    """Nothing: the group only chooses the template (it renders when the group matched)."""
    return ""


UNARY: dict[str, Callable[[Tables, str], str]] = {
    "given": _given,
    "num": _num,
    "num2": _num2,
    "pm": _pm,
    "day": _day,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "dur_vague": _dur_vague,
}
BINARY: dict[str, Callable[[Tables, str, str], str]] = {
    "dur": _dur,
    "dur_approx": _dur_approx,
    "dur_and_half": _dur_and_half,
}


@dataclass(frozen=True)
class Template:
    """A compiled value template."""

    source: str
    parts: tuple[str | tuple[tuple[str, ...], str | None], ...]

    def render(self, groups: Callable[[str], str | None], tables: Tables) -> str | None:
        """The filled template, or None when a group it needs did not take part."""
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            names, func = part
            texts = [groups(name) for name in names]
            if any(t is None for t in texts):
                return None
            args = [t for t in texts if t is not None]
            if func is None:
                out.append(args[0])
            elif func in UNARY:
                out.append(UNARY[func](tables, args[0]))
            elif func in BINARY:
                out.append(BINARY[func](tables, args[0], args[1]))
            else:
                out.append(_lookup(tables, func, args[0]))
        return "".join(out)


def compile_template(source: str, group_names: set[str], tables: Tables) -> Template:
    """Compile ``source``; unknown groups, tables or functions raise TemplateError."""
    parts: list[str | tuple[tuple[str, ...], str | None]] = []
    pos = 0
    for match in _FIELD.finditer(source):
        if match.start() > pos:
            parts.append(source[pos : match.start()])
        names = tuple(n.strip() for n in match.group(1).split(","))
        func = match.group(2)
        for name in names:
            if name != "0" and name not in group_names:
                raise TemplateError(f"template '{source}' uses unknown group '{name}'")
        if func is None or func in UNARY:
            arity = 1
        elif func in BINARY:
            arity = 2
        elif func in tables:
            arity = 1
        else:
            raise TemplateError(f"template '{source}' uses unknown table or function '{func}'")
        if len(names) != arity:
            raise TemplateError(f"template '{source}': '{func}' takes {arity} group(s)")
        parts.append((names, func))
        pos = match.end()
    if pos < len(source):
        parts.append(source[pos:])
    return Template(source, tuple(parts))
