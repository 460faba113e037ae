"""``jsontext.dumps`` writes the text ``json.dumps(..., ensure_ascii=False, indent=N)``
writes, byte for byte: on any JSON value, and on the exports of a chronology."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import jsontext

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()  # quotes, backslashes, control characters, any Unicode
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(VALUES, st.integers(min_value=0, max_value=3))
def test_the_text_of_json_dumps(value, indent):
    assert jsontext.dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [{}]},
        {1: "un", 2.5: "x", False: "faux", None: "rien"},
        [math.inf, -math.inf, 1e300, -0.0, 10**30],
        '« guillemets » \u2028 \x00 \\ "',
    ],
)
def test_edge_values(value):
    assert jsontext.dumps(value, 1) == json.dumps(value, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("value", [{"x": object()}, [{1, 2}], {(1, 2): "clé"}])
def test_what_json_refuses_is_refused(value):
    with pytest.raises(TypeError):
        json.dumps(value, ensure_ascii=False, indent=1)
    with pytest.raises(TypeError):
        jsontext.dumps(value, 1)
