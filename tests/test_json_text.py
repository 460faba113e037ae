"""JSON text as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it."""

from __future__ import annotations

import enum
import json

import pytest

from timeline import json_text


class Rank(enum.IntEnum):
    FIRST = 1


VALUES = [
    None,
    True,
    False,
    0,
    -12,
    10**30,
    1.5,
    -0.0,
    1e-7,
    float("nan"),
    float("inf"),
    -float("inf"),
    Rank.FIRST,
    "",
    'texte « cité » é \u2028 \x01 \\ " / \n\t 😀',
    [],
    {},
    (),
    [[]],
    [{}],
    {"a": []},
    {"a": {}},
    [1, "deux", None, True, 3.5, [4, [5, [6]]], {"sept": 7}],
    (1, (2, 3), [4]),
    {"clé": "valeur", "n": None, "liste": ["a", None, {"b": [None]}], "vide": "", "x": 1},
    {2: "deux", 2.5: "deux et demi", True: "vrai", None: "rien", "t": {False: 0}},
    {"events": [{"id": "e1", "sources": [{"article": "a", "url": None}], "audit": {}}] * 3},
]


@pytest.mark.parametrize("value", VALUES)
def test_dumps_writes_what_json_dumps_writes(value):
    assert json_text.dumps(value) == json.dumps(value, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("value", [object(), {"a": {1, 2}}, [b"bytes"], {(1, 2): "tuple key"}])
def test_dumps_refuses_what_json_refuses(value):
    with pytest.raises(TypeError):
        json.dumps(value, ensure_ascii=False, indent=1)
    with pytest.raises(TypeError):
        json_text.dumps(value)
