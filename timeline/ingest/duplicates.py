"""Same article twice: identical normalised text, or near-duplicate (rapidfuzz ratio)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from rapidfuzz import fuzz

NEAR_DUPLICATE_RATIO = 90.0
_NON_WORD_RE = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case, accents-composition, punctuation and spacing removed: the words only."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD_RE.sub(" ", text).strip()


def _digest(norm: str) -> str:
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Match:
    name: str
    score: float  # 100 for identical text

    def describe(self) -> str:
        if self.score >= 100:
            return f"same text as {self.name}"
        return f"near-duplicate of {self.name} ({self.score:.0f}% similar)"


@dataclass
class BodyIndex:
    """Normalised bodies of known articles, to find a new one's twin."""

    threshold: float = NEAR_DUPLICATE_RATIO
    names: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, body: str) -> None:
        norm = normalise(body)
        self.names.append(name)
        self.bodies.append(norm)
        self.hashes.setdefault(_digest(norm), name)

    def find(self, body: str, exclude: str | None = None) -> Match | None:
        norm = normalise(body)
        digest = _digest(norm)
        if digest in self.hashes and self.hashes[digest] != exclude:
            return Match(self.hashes[digest], 100.0)
        best: Match | None = None
        cutoff = self.threshold / 100
        for name, other in zip(self.names, self.bodies, strict=True):
            if name == exclude:
                continue
            # ratio <= 2*min/(len1+len2): skip pairs whose lengths alone rule it out
            if 2 * min(len(norm), len(other)) < cutoff * (len(norm) + len(other)):
                continue
            score = fuzz.ratio(norm, other, score_cutoff=self.threshold)
            if score and (best is None or score > best.score):
                best = Match(name, score)
        return best


SHINGLE_WORDS = 5
#: keep one word 5-gram in SAMPLE_EVERY (by a stable hash): a fair sample of the text
SAMPLE_EVERY = 4
#: share of the smaller text's sampled shingles two texts must share to be compared closely
SHINGLE_OVERLAP = 0.5


def _shingles(norm: str) -> list[int]:
    """A stable sample of the text's word 5-grams (all of them for a very short text)."""
    words = norm.split()
    grams = {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))
        for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    sample = [g for g in grams if g % SAMPLE_EVERY == 0]
    return sample or sorted(grams)


def duplicate_pairs(
    items: list[tuple[str, str]], threshold: float = NEAR_DUPLICATE_RATIO
) -> list[tuple[str, Match]]:
    """(later name, Match of an earlier twin) for every near-duplicate in ``items``.

    Candidates come from shared word 5-grams (an inverted index over a stable sample of
    them), so a corpus of thousands of articles is checked without comparing every pair.
    """
    norms = [normalise(body) for _, body in items]
    shingles = [_shingles(n) for n in norms]
    postings: dict[int, list[int]] = {}
    found: list[tuple[str, Match]] = []
    for j, (name, _) in enumerate(items):
        shared = Counter(chain.from_iterable(postings.get(s, ()) for s in shingles[j]))
        best: Match | None = None
        for i, count in shared.items():
            if count < SHINGLE_OVERLAP * min(len(shingles[i]), len(shingles[j])):
                continue
            score = 100.0 if norms[i] == norms[j] else fuzz.ratio(norms[i], norms[j])
            if score >= threshold and (best is None or score > best.score):
                best = Match(items[i][0], score)
        if best is not None:
            found.append((name, best))
        for s in shingles[j]:
            postings.setdefault(s, []).append(j)
    return found
