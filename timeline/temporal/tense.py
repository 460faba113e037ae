"""Cheap local tense cues: is the clause around an expression in the past or the future?

No parser: regular expressions built from ``lang/fr/cues.yml`` find, in the sentence around
the expression (at most ``REACH`` characters each side), compound past forms (auxiliary +
participle), imperfect forms, future and conditional endings, "va/vont + infinitive" and a
few words ("depuis", "prochain"), staying within the clause of the expression. The nearest
cue wins; a cue before the expression wins a tie. Signals right before the expression
("jusqu'au", "reportée au") win over verbs; coordinated expressions ("jeudi et vendredi")
share a verb. Generic endings are matched on lower-case words only, so proper
nouns ("Front", "Ankara") are not read as verbs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REACH = 70
FAR_REACH = 200  # how far back the verb opening a long clause is looked for
#: how many words may stand between a governed infinitive and the expression ("chargée de
#: présenter la liste de son gouvernement dimanche": its complement)
GOVERNED_REACH = 5
#: the end of a sentence in a text (a full stop, "!" or "?" before a capital; a line break)
SENTENCE_BOUNDARY = re.compile(r"[.!?][\"»”)]?\s+(?=[\"«“(]?\s*[A-ZÀ-Ý])|\n")


@dataclass(frozen=True)
class Cue:
    tense: str  # "past" or "future"
    start: int
    end: int
    text: str
    kind: str = ""


def _alt(words: list[str], insensitive: bool = False) -> str:
    body = "|".join(sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if insensitive else f"(?:{body})"


class TenseCues:
    """Compiled cue patterns of one language."""

    def __init__(self, cues: dict[str, list[str]]):
        self.not_a_cue = frozenset(w.lower() for w in cues.get("not_a_cue", []))
        adverbs = f"(?:\\s+{_alt(cues['adverb'], True)})*"
        participle = _alt(cues["past_participle"])
        kinds = {
            "past_avoir": f"(?:n')?{_alt(cues['past_auxiliary'], True)}{adverbs}\\s+"
            f"(?P<w1>{participle})",
            "past_etre": f"(?:n')?{_alt(cues['past_auxiliary_etre'], True)}{adverbs}\\s+"
            f"{_alt(cues['etre_participle'])}",
            "past_reflexive": f"{_alt(cues['past_auxiliary_reflexive'], True)}{adverbs}\\s+"
            f"(?P<w2>{participle})",
            # before the conditional's endings, which would take them
            "past_imperfect": _alt(cues.get("past_imperfect_in_rait", ["(?!)"]), True),
            "future_periphrastic": _alt(cues["future_periphrastic"], True),
            "future_signal": _alt(cues.get("future_signal", ["(?!)"]), True),
            "future_signal_verb": _alt(cues.get("future_signal_verb", ["(?!)"]), True),
            "future_word": _alt(cues["future_word"], True),
            "past_word": _alt(cues["past_word"], True),
            "future_form": f"(?P<w3>{_alt(cues['future_form'])})",
            "past_form": f"(?P<w4>{_alt(cues['past_form'])})",
        }
        alternation = "|".join(f"(?P<{k}>{v})" for k, v in kinds.items())
        self.regex = re.compile(f"(?<![\\w'-])(?:{alternation})(?![\\w'-])")
        links = cues.get("coordination", [])
        self.coordination = re.compile(f"\\s*(?:{_alt(links, True)})?\\s*") if links else None
        # What may separate a future signal from its expression ("jusqu'au 30 juin"), what
        # must follow a participle signal ("reportée au 12 octobre").
        self.adjacent = re.compile(f"\\s*(?:{_alt(cues.get('signal_gap', ['(?!)']), True)}\\s*)?")
        self.verb_gap = re.compile(f"\\s+{_alt(cues.get('signal_verb_gap', ['(?!)']), True)}\\s")
        governors = cues.get("future_governor", [])
        infinitive = _alt(cues.get("infinitive", ["(?!)"]))
        self.governed = (
            re.compile(
                f"(?<![\\w'-]){_alt(governors, True)}\\s+(?:se\\s+|s'|y\\s+)?{infinitive}"
                f"(?:\\s+[\\w'-]+){{0,{GOVERNED_REACH}}}?\\s*$"
            )
            if governors
            else None
        )
        this = cues.get("demonstrative", [])
        self.this = re.compile(f"{_alt(this, True)}\\s+", re.IGNORECASE) if this else None
        purpose = cues.get("infinitive_clause", [])
        self.purpose = (
            re.compile(
                f"(?<![\\w'-]){_alt(purpose, True)}(?:\\s+|(?<='))"
                f"(?:se\\s+|s'|y\\s+|en\\s+)?{infinitive}(?![\\w'-])"
            )
            if purpose
            else None
        )
        openers = cues.get("verbless_phrase", [])
        self.verbless = (
            re.compile(f'\\s*[«"“(]?\\s*{_alt(openers, True)}\\s[^,;:.!?]*') if openers else None
        )
        determiners = cues.get("noun_complement_determiners", [])
        self.not_nouns = frozenset(w.lower() for w in cues.get("noun_complement_not_nouns", []))
        self.complement = (
            re.compile(
                f"(?:(?<![\\w'’-]){_alt(determiners, True)}\\s+"
                f"|(?<![\\w-]){_alt(cues.get('noun_complement_elided', []), True)})"
                f"(?P<noun>[\\w-]+)(?:\\s+(?P<adj>[\\w-]+))?\\s+"
                f"{_alt(cues.get('noun_complement_prepositions', []), True)}\\s+$"
            )
            if determiners
            else None
        )
        words = cues.get("clause_boundary", [])
        self.clause = re.compile(f"(?<![\\w'-]){_alt(words, True)}(?![\\w-])") if words else None

    def is_this(self, text: str, start: int) -> bool:
        """True when the expression at ``start`` opens with a demonstrative ("ce vendredi")."""
        if self.this is None:
            return False
        return self.this.match(text, start, min(len(text), start + 12)) is not None

    def completes_noun(self, text: str, start: int) -> bool:
        """Does the expression at ``start`` complete a noun after its determiner ("la
        catastrophe de mardi", "l'explosion dévastatrice de mardi", "le sommet de jeudi")?
        The tense of the clause around the noun is not the day's. Not a part of a day or a
        week ("la journée de dimanche sera ensoleillée": ``noun_complement_not_nouns``),
        which the clause places."""
        if self.complement is None:
            return False
        found = self.complement.search(text, max(0, start - 60), start)
        if found is None:
            return False
        words = {found.group("noun").lower(), (found.group("adj") or "").lower()}
        return not words & self.not_nouns

    def cues(self, text: str, lo: int, hi: int) -> list[Cue]:
        window = text[lo:hi]
        if window.isupper():  # a headline in capitals: read it in lower case
            window = window.lower()
        found: list[Cue] = []
        for match in self.regex.finditer(window):
            kind = match.lastgroup or ""
            if kind.startswith("w"):  # pragma: no cover - lastgroup is the outer kind
                continue
            word = next((match.group(g) for g in ("w1", "w2", "w3", "w4") if match.group(g)), None)
            if word is not None and word.lower() in self.not_a_cue:
                continue
            tense = "past" if kind.startswith("past") else "future"
            found.append(Cue(tense, lo + match.start(), lo + match.end(), match.group(0), kind))
        return found

    def coordinated(self, text: str, previous_end: int, start: int) -> bool:
        """True when only a coordination ("et", "ou", ",") lies between two expressions."""
        if self.coordination is None or not 0 <= start - previous_end <= 12:
            return False
        return self.coordination.fullmatch(text, previous_end, start) is not None

    def tense_at(self, text: str, start: int, end: int, speaker_only: bool = True) -> Cue | None:
        """The nearest tense cue of the sentence around ``text[start:end]``, if any. An
        expression inside a quotation takes the quotation's tense, not the reporting
        clause's, unless ``speaker_only`` is False (a day counted from the moment the
        speaker speaks, "« Aujourd'hui, j'annonce ... », a-t-il dit": told in the reporting
        clause's tense, it is the day of saying, not the present in general)."""
        lo = max(0, start - REACH)
        # (the boundary pattern looks ahead at the next capital: let it see past ``start``)
        for boundary in SENTENCE_BOUNDARY.finditer(text, lo, min(len(text), start + 4)):
            if boundary.end() <= start:
                lo = boundary.end()
        hi = min(len(text), end + REACH)
        after = SENTENCE_BOUNDARY.search(text, end, hi)
        if after is not None:
            hi = after.start() + 1
        if self.clause is not None:  # stay in the clause of the expression
            for word in self.clause.finditer(text, lo, start):
                lo = word.end()
            next_word = self.clause.search(text, end, hi)
            if next_word is not None:
                hi = next_word.start()
        if self.verbless is not None and self.verbless.fullmatch(text, lo, start):
            # "Après une journée chaude jeudi, la chaleur va monter": the expression is in a
            # phrase with no verb before the main clause; that clause's tense is not its own
            comma = text.find(",", end, hi)
            if comma != -1 and not self.cues(text, lo, comma):
                return None
        if self.governed is not None:  # "a appelé à se rassembler lundi": the infinitive's time
            governed = self.governed.search(text, lo, start)
            if governed is not None:
                words = governed.group(0).rstrip()
                return Cue(
                    "future", governed.start(), governed.start() + len(words), words, "governed"
                )
        best: Cue | None = None
        best_distance = REACH * 2
        # a verb inside a quotation the expression is not in is the speaker's tense, not
        # the reporting clause's ("« je vais rester », assurait-il en début de semaine"); a
        # day inside a quotation is the speaker's, told in the quotation's tense, not the
        # reporting clause's ("« L'ETA de rencontre nous porte au 7 décembre », a poursuivi")
        found = [
            cue
            for cue in self.cues(text, lo, hi)
            if not _quoted_apart(text, cue, start)
            and not (speaker_only and _quoted_alone(text, cue, start))
        ]
        if not found:  # no verb near: the verb that opens a long clause
            return self._clause_verb(text, lo, start, speaker_only)
        for cue in found:
            if cue.kind == "future_signal":
                if cue.end <= start and self.adjacent.fullmatch(text, cue.end, start):
                    return cue
                continue
            if cue.kind == "future_signal_verb":
                if cue.end <= start - 1 <= cue.end + 12 and self.verb_gap.match(text, cue.end):
                    return cue
                continue
            if cue.end <= start:
                distance = start - cue.end
            elif cue.start >= end:
                distance = cue.start - end + 1  # a cue before wins a tie
            else:
                continue
            if distance < best_distance:
                best, best_distance = cue, distance
        return best

    def _clause_verb(self, text: str, lo: int, start: int, speaker_only: bool) -> Cue | None:
        """The last verb cue between the start of the clause and ``lo`` (the near window's
        start), when the clause of the expression began before the window: "alors que l'on
        a noté de nouvelles tensions [...] après les dernières notes d'espoir du week-end"."""
        far = max(0, start - FAR_REACH)
        for boundary in SENTENCE_BOUNDARY.finditer(text, far, min(len(text), start + 4)):
            if boundary.end() <= start:
                far = boundary.end()
        if self.clause is not None:
            for word in self.clause.finditer(text, far, start):
                far = word.end()
        if far >= lo:  # the clause starts inside the near window: nothing more to see
            return None
        verbs = [
            cue
            for cue in self.cues(text, far, lo)
            if cue.end <= lo
            and cue.kind not in ("future_signal", "future_signal_verb")
            and not (speaker_only and _quoted_alone(text, cue, start))
        ]
        if not verbs:
            return None
        # "a annoncé avoir renoncé [...] pour pouvoir se présenter à l'élection du 28
        # décembre": the infinitive after the verb governs the expression, not the verb
        if self.purpose is not None and self.purpose.search(text, verbs[-1].end, start):
            return None
        return verbs[-1]


#: a quotation between French or curly quote marks, or straight ones (paired in the order
#: of the sentence)
_QUOTATION = re.compile(r'[«“][^«»“”]*[»”]|"[^"]*"')
#: how far back the sentence holding a cue is looked for
_SENTENCE_REACH = 600


def _quoted_apart(text: str, cue: Cue, at: int) -> bool:
    """Is ``cue`` inside a quotation (read from the start of its sentence) that does not
    hold offset ``at``?"""
    first = min(cue.start, at)
    lo = max(0, first - _SENTENCE_REACH)
    for boundary in SENTENCE_BOUNDARY.finditer(text, lo, first):
        lo = boundary.end()
    hi = min(len(text), max(cue.end, at) + REACH * 2)
    for quote in _QUOTATION.finditer(text, lo, hi):
        inside = quote.start() < cue.start and cue.end <= quote.end()
        if inside:
            return not quote.start() < at < quote.end()
    return False


def _quoted_alone(text: str, cue: Cue, at: int) -> bool:
    """Is offset ``at`` inside a quotation that does not hold ``cue``: a day the speaker
    names, the cue a verb of the reporting clause? Quotations are paired from the start of
    the line, as a quotation of several sentences opens before the sentence of ``at``."""
    first = min(cue.start, at)
    lo = text.rfind("\n", 0, first) + 1
    hi = text.find("\n", max(cue.end, at))
    for quote in _QUOTATION_IN_LINE.finditer(text, lo, len(text) if hi == -1 else hi):
        if quote.start() < at < quote.end():
            return not (quote.start() < cue.start and cue.end <= quote.end())
    return False


#: a direct quotation inside a line: between French or curly quote marks, or straight ones
#: paired in the order of the line
_QUOTATION_IN_LINE = re.compile(r'[«“][^«»“”\n]*[»”]|"[^"\n]*"')


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s direct quotations (from the opening mark to the closing one,
    both included), in text order; a quotation does not run over a line's end."""
    return [(m.start(), m.end()) for m in _QUOTATION_IN_LINE.finditer(text)]


_PARAGRAPH = re.compile(r"\n\s*\n")


def same_paragraph(text: str, a: int, b: int) -> bool:
    """True when no blank line lies between offsets ``a`` and ``b``."""
    if b < a:
        a, b = b, a
    return _PARAGRAPH.search(text, a, b) is None


def same_sentence(text: str, a: int, b: int) -> bool:
    """True when no sentence boundary lies between offsets ``a`` < ``b``."""
    if b < a:
        a, b = b, a
    boundary = SENTENCE_BOUNDARY.search(text, a, min(len(text), b + 4))
    return boundary is None or boundary.end() > b
