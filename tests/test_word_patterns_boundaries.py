"""``word_patterns.shared_boundaries``: an alternation of cue expressions whose consecutive
ones open on a word boundary tests that boundary once for them, and is the same expression:
the same matches, at the same places, with the same groups, the branches tried in the same
order. Invented patterns and sentences, then every cue list of the language data that
``kinds`` compiles so, on the seed's sentences and invented ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.articles import load_articles
from timeline.events import kinds
from timeline.events.lexicon import lexicon, regex_cues
from timeline.events.sentences import normalize, split_sentences
from timeline.word_patterns import boundary_first, shared_boundaries, top_level_alternation

ROOT = Path(__file__).resolve().parent.parent

#: a pattern's text -> does it hold a "|" outside its groups and classes
TOP_LEVEL = [
    ("a|b", True),
    (r"\ba|b", True),
    ("(a)|b", True),
    ("(?:a|b)", False),
    ("(?:a|(?:b|c))d", False),
    ("[|]", False),
    ("[]|]x", False),
    ("[^]|]x", False),
    (r"[\]|]x", False),
    (r"a\|b", False),
    (r"\(a|b\)", True),
    ("(?#a|b)c", False),
    ("(?#a(b)c|d", True),
    ("(?<!x|y)z", False),
    ("abc", False),
]


@pytest.mark.parametrize(("pattern", "expected"), TOP_LEVEL)
def test_top_level_alternation(pattern, expected):
    assert top_level_alternation(pattern) is expected


#: a pattern's text -> the same with its opening word boundary first (None: none there)
BOUNDARY_FIRST = [
    (r"\bjusque-là\b", r"\bjusque-là\b"),
    (r"\b(?:a|ont) toujours\b", r"\b(?:a|ont) toujours\b"),
    (r"(?<!ce qui )\bdésigne", r"\b(?<!ce qui )désigne"),
    (r"(?<!\ble )(?<!\bun )\brisque", r"\b(?<!\ble )(?<!\bun )risque"),
    (r"(?<!a|b)\bc", r"\b(?<!a|b)c"),
    (r"(?<=\()\bx", r"\b(?<=\()x"),
    (r"(?<![)])\bx", r"\b(?<![)])x"),
    # no boundary first: left as they are
    (r"\bX|Y", None),
    (r"(?:^|, )on dit\b", None),
    (r"^il s'agit", None),
    (r"(?=\w)\bx", None),
    (r"(?<!x)y\b", None),
    (r"\b?x", None),
    (r"\b{2}x", None),
    (r"\\bx", None),
]


@pytest.mark.parametrize(("pattern", "expected"), BOUNDARY_FIRST)
def test_boundary_first(pattern, expected):
    assert boundary_first(pattern) == expected


#: patterns, and texts in which the shared alternation must find what the plain one finds
ALTERNATIONS = {
    "all open on a boundary": (
        [r"\bpar le passé\b", r"\bjusque-là\b", r"\bà chaque fois\b"],
        ["Il l'avait dit par le passé, et jusque-là à chaque fois.", "jusque-làs", "rien"],
    ),
    "a branch with no boundary between two": (
        [r"\bab", "b(c)", r"\babc"],
        ["abc xabc bc", "xbc abc", "ab"],
    ),
    "the order of the branches decides the match": (
        [r"\b(a)", r"\b(ab)", "(b)"],
        ["ab", "xab", "b ab"],
    ),
    "a top-level alternation kept whole": (
        [r"\bX|Y", r"\bZ"],
        ["aY", "aX X", "aZ Z", "Y"],
    ),
    "lookbehinds before the boundary": (
        [r"(?<!ce qui )\bdésigne\b", r"(?<!\bqui )\bencourt\b", r"\bsignifie\b"],
        ["ce qui désigne", "le mot désigne", "qui encourt", "il encourt", "cela signifie"],
    ),
    "anchored at the start": (
        ["^il s'agit", r"\bil\b"],
        ["il s'agit de", "dit-il", "Il s'agit"],
    ),
}


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(ALTERNATIONS))
def test_shared_boundaries_find_what_the_plain_alternation_finds(name):
    patterns, texts = ALTERNATIONS[name]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    shared = re.compile(shared_boundaries(patterns), re.IGNORECASE)
    for text in texts:
        assert _matches(shared, text) == _matches(plain, text), text
        assert bool(shared.match(text)) == bool(plain.match(text)), text


def test_the_boundary_is_tested_once_for_consecutive_patterns():
    assert shared_boundaries([r"\ba", r"\bb", "c", r"(?<!x)\bd"]) == (
        r"\b(?:(?:a)|(?:b))|(?:c)|\b(?:(?:(?<!x)d))"
    )


def _seed_texts() -> list[str]:
    """The seed's sentences, normalised, and invented ones that hold cues."""
    texts = [
        "Il avait à plusieurs reprises été condamné par le passé.",
        "Selon un sondage publié mardi, 40 % des personnes interrogées approuvent.",
        "Reste à savoir si la réforme laisse présager une reprise.",
        "Le mot désigne ce qui, jusque-là, n'avait jamais été nommé.",
        "La ville était prévue pour accueillir chaque année 3 000 visiteurs.",
    ]
    for article in load_articles(ROOT / "content"):
        for sentence in split_sentences(article):
            texts.append(normalize(article.text[sentence.start : sentence.end]))
    return texts


#: the cue lists ``kinds`` and ``dates`` compile with ``lexicon.regex_cues``
CUE_KEYS = sorted(
    {
        key
        for module in ("kinds", "dates")
        for key in re.findall(
            r'\bregex_cues\("(\w+)"\)', (ROOT / f"timeline/events/{module}.py").read_text()
        )
    }
)


def test_every_cue_list_finds_what_its_plain_alternation_finds():
    texts = _seed_texts()
    assert CUE_KEYS
    for key in CUE_KEYS:
        cues = [str(p) for p in lexicon()[key]]
        plain = re.compile("|".join(f"(?:{p})" for p in cues), re.IGNORECASE)
        for text in texts:
            assert _matches(regex_cues(key), text) == _matches(plain, text), (key, text)


def test_governing_cues_as_one_expression():
    """``has_governing_cue`` finds a cue where one of the three lists does."""
    lex = lexicon()
    separate = [
        re.compile("|".join(f"(?:{p})" for p in lex[key]), re.IGNORECASE)
        for key in ("history_cues", "commentary_cues")
    ] + [kinds._cue_pattern("poll_cues")]
    found = 0
    for text in _seed_texts():
        expected = any(p.search(text) for p in separate)
        assert kinds.has_governing_cue(text) is expected, text
        found += expected
    assert found >= 3  # the invented sentences' history, poll and commentary cues
