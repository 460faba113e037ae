"""Text normalisation for the tagger, one character for one character.

No-break and thin spaces become ordinary spaces, typographic apostrophes become "'", and
non-breaking hyphens "-": offsets into the normalised text are offsets into the original.
"""

from __future__ import annotations

_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\t"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060"
_HYPHENS = "\u2011\u2010"

_REPLACEMENTS = tuple(
    [(c, " ") for c in _SPACES] + [(c, "'") for c in _APOSTROPHES] + [(c, "-") for c in _HYPHENS]
)


def normalize(text: str) -> str:
    """``text`` with the same length, spaces and apostrophes made plain."""
    # Successive str.replace calls run in C and skip absent characters quickly; this is
    # several times faster than str.translate on non-ASCII text.
    for char, plain in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, plain)
    return text
