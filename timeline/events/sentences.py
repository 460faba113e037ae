"""Split an article body into paragraphs and sentences (offsets into the whole file text).

spaCy's parser splits French news badly around quotes ("« ... » , a-t-il dit" becomes
three pieces), so sentences come from a small rule set instead: a boundary after . ! ? or
… (and any closing quote), before an upper-case letter or an opening quote, never after an
abbreviation ("M. Poutine") and never inside a quotation that closes in the paragraph.
spaCy then analyses each sentence (tense, lemmas, names) in ``extract``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from timeline.articles import Article
from timeline.events.lexicon import alternation, calendar_words, lexicon, pattern

_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+(?:\s*[»"”)])?)   # final punctuation, maybe a closing quote
        (?P<space>\s+)
        (?=[«"“(]?\s*[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ0-9])  # next sentence starts with a capital
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"([\w.\-°]+)\.$")
# after a period: a word opening with a capital (maybe after a quote mark), not a figure
_CAPITAL_NEXT = re.compile(r"\s+[«\"“(]?\s*[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ][a-zàâäçéèêëîïôöùûüÿœ']")
# "lundi.Dans la nuit": a full stop glued to the next sentence (a lower-case word before it,
# a capitalised word after it; "M.Poutine", "J.-C." and "lemonde.fr" are no such case)
_GLUED = re.compile(
    r"(?<=[a-zàâäçéèêëîïôöùûüÿœ]{2})(?P<end>[.!?…]+)(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ][a-zàâäçéèêëîïôöùûüÿœ])"
)

# a subheading in capitals glued to the sentence after it by the page's copy ("...,
# a-t-il précisé. GOUVERNEMENTS EUROPÉENS CONCERNÉS « Le gouvernement français est
# concerné »"): two words or more in capitals opening a sentence, before an opening quote or
# a capitalised word in lower case; the boundary is after them (not "L'ONU a annoncé", one
# word; not a dateline's "NEW YORK (AFP) -", whose next word is no sentence's)
_CAPITALS = r"[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’-]+"
_CAPS_HEADING = re.compile(
    rf"(?:^|(?<=[.!?…»\"”]\s))(?:{_CAPITALS}\s+)+(?P<end>{_CAPITALS})(?P<space>\s+)"
    r"(?=[«\"“]|[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ])"
)

_CAPS_ONLY = re.compile(rf"(?:{_CAPITALS}\s+)+{_CAPITALS}")


#: an apostrophe typed as an opening quotation mark or a modifier letter between two
#: letters ("il n‘y a", "l‘homme", "dʼautres"): the tokenizer would split the word there
_OTHER_APOSTROPHES = re.compile(r"(?<=[^\W\d_])[\u2018\u02bc](?=[^\W\d_])")


def normalize(text: str) -> str:
    """Same-length normalisation: no-break and thin spaces to spaces, ’ to ', and an
    apostrophe typed as ‘ or ʼ between two letters to ' (1:1 replacements: offsets keep
    pointing into the original text)."""
    text = (
        text.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2009", " ")
        .replace("\u2019", "'")
    )
    if "\u2018" in text or "\u02bc" in text:
        text = _OTHER_APOSTROPHES.sub("'", text)
    return text


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the article's whole file text
    end: int
    paragraph: int  # 1-based paragraph number in the body
    index_in_paragraph: int  # 0-based
    heading: bool  # a paragraph that is a heading ("Lire aussi", "Bientôt une rencontre ?")


@cache
def _quote_marks(marks: tuple[str, ...]) -> re.Pattern[str]:
    """One character of ``marks`` (the search skips the text between quotation marks)."""
    return re.compile("[" + re.escape("".join(marks)) + "]")


def _quote_depths(text: str) -> list[int]:
    """Quotation depth before each character; quotes left open in the text are ignored."""
    marks = lexicon()["quotes"]
    opening, closing, toggle = set(marks["open"]), set(marks["close"]), set(marks["toggle"])
    events: list[tuple[int, int]] = []  # (position, +1 open / -1 close)
    depth = 0
    for found in _quote_marks(tuple(marks["open"] + marks["close"] + marks["toggle"])).finditer(
        text
    ):
        i, ch = found.start(), found.group()
        if ch in opening or (ch in toggle and depth == 0):
            depth += 1
            events.append((i, 1))
        elif (ch in closing or ch in toggle) and depth > 0:
            depth -= 1
            events.append((i, -1))
    # Drop openings that never close (a quote running past the paragraph).
    stack: list[int] = []
    matched: list[tuple[int, int]] = []
    for pos, kind in events:
        if kind == 1:
            stack.append(pos)
        elif stack:
            matched.append((stack.pop(), pos))
    # each quote adds one to the depth from after its opening to its closing, included
    steps = [0] * (len(text) + 2)
    for open_pos, close_pos in matched:
        steps[open_pos + 1] += 1
        steps[close_pos + 1] -= 1
    return list(accumulate(steps[: len(text) + 1]))


def is_abbreviation(chunk: str, following: str = "") -> bool:
    """Does ``chunk`` end with an abbreviation's period, not a sentence's? ``following``:
    the text after the period. An abbreviation that is also a word (``word_abbreviations``:
    "etc.", "vol.", "sept.") ends the sentence before a capitalised word."""
    match = _LAST_WORD.search(chunk)
    if not match:
        return False
    word = match.group(1)
    lex = lexicon()
    if word in lex["word_abbreviations"]:
        return not _CAPITAL_NEXT.match(following)
    return word in lex["abbreviations"] or (len(word) == 1 and word.isupper())


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph (``text`` normalised)."""
    depths = _quote_depths(text)
    spans: list[tuple[int, int]] = []
    start = 0
    boundaries = [
        (m.start("end"), m.end("end"), m.end("space"), m) for m in _BOUNDARY.finditer(text)
    ]
    boundaries += [(m.start("end"), m.end("end"), m.end("end"), m) for m in _GLUED.finditer(text)]
    boundaries += [
        (m.start("end"), m.end("end"), m.end("space"), m) for m in _CAPS_HEADING.finditer(text)
    ]
    for first, end, following, match in sorted(boundaries, key=lambda b: b[0]):
        if first < start:
            continue
        if depths[first] > 0 and depths[end] > 0:
            continue  # inside a quotation that closes later in the paragraph
        if match.group("end") == "." and is_abbreviation(text[start:end], text[end:]):
            continue
        spans.append((start, end))
        start = following
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@cache
def _date_line() -> re.Pattern[str]:
    """One or more stamps of a day, each maybe labelled and timed (``date_line_labels``,
    ``date_line_zones``: "Mercredi 29 juin 2022", "Publié le 12/03/2023 à 10h", "Article
    publié le 28/01/2008 Dernière mise à jour le 28/01/2008 à 15:07 TU")."""
    days, month_names = calendar_words()
    lex = lexicon()
    weekdays = "|".join(days)
    months = "|".join(month_names)
    labels = alternation(lex["date_line_labels"]).replace(r"\ ", r"\s+")
    zones = alternation(lex["date_line_zones"]).replace(r"\ ", r"\s+")
    stamp = rf"""(?:(?:{labels})\w*\s+(?:le\s+)?)?
        (?:(?:{weekdays})\s+)?
        (?:\d{{1,2}}(?:er)?\s+(?:{months})(?:\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})
        (?:\s*(?:à|,|-)?\s*\d{{1,2}}\s*[h:]\s*\d{{0,2}})?(?:\s+(?:{zones})\b)?"""
    return re.compile(
        rf"^{stamp}(?:[\s,|-]+{stamp})*\W*$",
        re.IGNORECASE | re.VERBOSE,
    )


def is_date_line(text: str) -> bool:
    """A line that is only a date, or a page's stamps of its publication and update
    ("Mercredi 29 juin 2022", "Publié le 12/03/2023 à 10h", "Article publié le 28/01/2008
    Dernière mise à jour le 28/01/2008 à 15:07 TU": ``_date_line``)."""
    return bool(_date_line().match(" ".join(text.split())))


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split()
    if is_date_line(stripped):
        return True
    if stripped.endswith((".", "…")):
        return False
    lex = lexicon()
    return len(words) <= lex["heading_max_words"] or bool(
        pattern("numbered_heading").match(stripped)
    )


@cache
def caption_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of a photo caption or credit line (``caption_patterns``)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon()["caption_patterns"])


def is_caption(text: str) -> bool:
    """A photo caption or credit line ("(Photo AFP)", "© Reuters", "Photo : ...", "Le
    capitaine et le trophée (1280x640) Jean DUPONT / AFP"), whatever its length: a line of
    it is no part of a sentence (``_blocks``), a paragraph with one is a caption (``kinds``)."""
    return any(p.search(text.strip()) for p in caption_patterns())


def is_web_address(text: str) -> bool:
    """A web address alone ("http://fr.news.yahoo.com/ap/20080528/tfr-justice.html",
    ``web_address``): a link the page's copy left, no sentence."""
    return pattern("web_address", re.IGNORECASE).fullmatch(text.strip()) is not None


def is_list_item(line: str) -> bool:
    """Does the line open with the mark of an item of a list (``bullet_marks``)?"""
    item = line.lstrip()
    return item.startswith(tuple(lexicon()["bullet_marks"])) and item[1:2].isspace()


def _opens_line(text: str, marks: tuple[str, ...] = (), figures: bool = False) -> bool:
    """Does ``text`` open as a line of its own would: a capital (or, with ``figures``, a
    figure), maybe after an opening quotation mark or one of ``marks`` and a space ("«
    Retournez à bord »", "– Lens a officialisé ...", "41 passagers manquent à l'appel")?"""
    stripped = text.lstrip()
    if stripped.startswith(marks) and stripped[1:2].isspace():
        stripped = stripped[1:].lstrip()
    first = stripped.lstrip(' «"“')[:1]
    return first.isupper() or (figures and first.isdigit())


def opens_with_pronoun(text: str) -> bool:
    """ "Il a été arrêté ...", "Elle condamne ...": the subject is someone or something
    already named (``anaphoric_subjects``)."""
    lowered = text.lstrip(' «"“').lower()
    return any(lowered.startswith(p + " ") for p in lexicon()["anaphoric_subjects"])


def _ends_sentence(line: str) -> bool:
    """Does the line end a sentence (final punctuation, maybe then a closing quote)?"""
    return line.rstrip().rstrip('»"”)').rstrip().endswith((".", "!", "?", "…"))


def _invites_reader(line: str) -> bool:
    """A line inviting the reader to look or listen, closed by a colon (``reader_invitation``:
    "Regardez ces images du paquebot échoué :"), or presenting what follows
    (``presenting_openings``: "Voici l'intégralité du communiqué diffusé par la préfecture
    :"), not a sentence introducing a quote ("Le ministre a déclaré :")."""
    stripped = line.strip()
    if not stripped.endswith(":"):
        return False
    if pattern("reader_invitation", re.IGNORECASE).match(stripped) is not None:
        return True
    return any(re.match(p, stripped, re.IGNORECASE) for p in lexicon()["presenting_openings"])


def _blocks(paragraph: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the parts of a paragraph: a short line with no final
    punctuation (or a date alone) glued above the text by a single line break, opening the
    paragraph or after a line that ends a sentence, is a "heading" of its own when it opens
    with a capital or a figure, maybe quoted, over a line that opens with a capital, maybe
    as a list's item ("41 passagers manquent à l'appel", "« Retournez à bord »", "A
    l'échelle nationale\n– Lens a officialisé ...") (a longer one,
    up to ``heading_max_words``, when it has no final punctuation at all, "!" and "?"
    included: "Le maire annonce la fermeture du pont pour trois mois\nLe pont ...") ("Dépôt de
    motion de censure\nChaque groupe ...", "... entrent en vigueur.\nNouveaux tarifs
    dentaires\nCe 1er janvier ..."; not there above a pronoun subject, which stands for
    what the line names: "... en vigueur.\nHausse du forfait hospitalier\nIl passe à 20
    euros", kept one sentence); each item of a
    list of two items or more (a line opening with a mark of ``bullet_marks``, kept: the
    item's first character) and the text that leads it are "listed" (never a heading,
    however short); a line linking to another article (``link_marks``) is a "text" of its
    own; a line inviting the reader to look or listen, closed by a colon, over what it shows
    ("Regardez ces images du paquebot échoué :\n« Nous avons organisé ... »":
    ``_invites_reader``) is a "heading", and so is a credit line closing the paragraph under
    a line that ends a sentence ("... depuis le 24 juin.\njvia avec ats"); the rest is
    "text"."""
    blocks: list[tuple[int, int, str]] = []
    start = 0
    pos = 0
    previous = ""  # the line before
    links = tuple(lexicon()["link_marks"])
    lines = paragraph.split("\n")
    items = [is_list_item(line) for line in lines]
    listed = sum(items) > 1  # a line alone between dashes is a heading ("- La consommation -")
    for line, is_item in zip(lines, items, strict=True):
        end = pos + len(line)
        rest = paragraph[end:].strip()
        item = line.lstrip()
        if listed and is_item:
            # an item of a list ("  • Samedi soir, une foule ..."): a text of its own
            if paragraph[start:pos].strip():
                blocks.append((start, pos, "listed"))
            blocks.append((end - len(item), end, "listed"))
            start = end + 1
        elif item.startswith(links) and rest:
            # a line linking to another article (">> Giflé, enfariné, boudé... Trois moments
            # difficiles dans la campagne"): a text of its own, which a heading may follow
            if paragraph[start:pos].strip():
                blocks.append((start, pos, "text"))
            blocks.append((pos, end, "text"))
            start = end + 1
        elif _line_of_its_own(line, rest, previous, start == pos):
            if start != pos:
                blocks.append((start, pos, "text"))  # the text the heading closes
            blocks.append((pos, end, "heading"))
            start = end + 1
        previous = line
        pos = end + 1
    if paragraph[start:].strip():
        blocks.append((start, len(paragraph), "text"))
    return blocks


def _line_of_its_own(line: str, rest: str, previous: str, opens_block: bool) -> bool:
    """Is ``line`` (``rest``: the paragraph after it; ``previous``: the line before it;
    ``opens_block``: nothing of the paragraph's current block before it) a "heading", a
    line of its own, for ``_blocks``?"""
    if not line.strip():
        return False
    if (opens_block or _ends_sentence(previous)) and _byline_line(line):
        # the page's byline or reading time under the lead's last line ("... a constaté un
        # journaliste de l'AFP.\npar\nBelga\nTemps de lecture 1 min."), whatever follows
        return True
    if rest and _invites_reader(line):
        # an invitation to look or listen, closed by a colon ("Regardez ces images du
        # paquebot échoué :"), over what it shows
        return True
    if not rest and _ends_sentence(previous) and is_caption(line):
        # a credit or a signature closing the paragraph under its last sentence ("... depuis
        # le 24 juin.\njvia avec ats")
        return True
    if rest and (is_caption(line) or is_web_address(line)):
        # a caption or credit line glued above the text by a single line break ("(Photo
        # Reuters)\n« Le périmètre est une scène de crime », a expliqué le policier"),
        # or a web address alone on its line (the page's copy of its link): however long,
        # whatever follows it
        return True
    most = lexicon()["heading_line_max_words"]
    most_bare = lexicon()["heading_max_words"]
    return bool(
        rest
        and (opens_block or (_ends_sentence(previous) and not opens_with_pronoun(rest)))
        and (
            is_date_line(line)
            or len(line.split()) <= most
            or (len(line.split()) <= most_bare and not _ends_sentence(line))
        )
        and _is_heading(line)
        # a capital or a figure, maybe quoted ("41 passagers manquent à l'appel", "«
        # Retournez à bord »"), over a line that opens with a capital, maybe as a list's
        # item ("A l'échelle internationale\n– Lens a officialisé ..."): a wrapped line
        # goes on in lower case
        and _opens_line(line, figures=True)
        and _opens_line(rest, tuple(lexicon()["bullet_marks"]))
        and not line.rstrip().endswith((":", ",", ";", "«", "-"))
        and (not line.rstrip().endswith('"') or _quoted_whole(line))
    )


@cache
def _byline_lines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon()["byline_lines"])


def _byline_line(line: str) -> bool:
    """A page's byline or reading time alone on its line (``byline_lines``: "par", "par
    Rédaction en ligne", "Temps de lecture 2 min.")."""
    stripped = normalize(line).strip()
    return any(p.match(stripped) for p in _byline_lines())


def _quoted_whole(line: str) -> bool:
    """Is the line a quotation whole, its closing mark the one ('"') that ends it ('"Le
    pire cauchemar possible"', a page's quoted subheading), not a quotation it opens at
    its end ('Le ministre a déclaré : "')?"""
    text = line.strip()
    return text.startswith('"') and text.count('"') % 2 == 0


def _long_heading(block: str, number: int, paragraphs: Sequence[str]) -> bool:
    """A paragraph of one line with no final punctuation, up to
    ``heading_long_max_words``, between two paragraphs that end a sentence (the page
    punctuates its paragraphs), past the first: a subheading, however long ("Donald Trump,
    qui avait dénoncé des fraudes supposées, assure avoir « gagné cette élection »", "«
    Nous travaillons à un retour à la normale le plus rapidement possible »"), never a
    sentence of the story."""
    if number < 2 or number >= len(paragraphs) or "\n" in block.strip():
        return False
    if _ends_sentence(block) or len(block.split()) > lexicon()["heading_long_max_words"]:
        return False
    if is_caption(block) or re.search(r"[.!?…]\s|:|\s[-–—]\s", block):
        # a picture's caption or a link's label, set aside as such ("... par la mairie ©
        # X", "... de la ville. - AFP", "... le 14 septembre — JEAN DUPONT AFP", "À ce sujet:
        # ...")
        return False
    return (
        _ends_sentence(paragraphs[number - 2])
        and _ends_sentence(paragraphs[number])
        and _opens_line(block, figures=False)
    )


def split_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article body, in order."""
    sentences: list[Sentence] = []
    spans_of = article.paragraphs()
    texts = [article.text[a:b] for a, b in spans_of]
    for number, (p_start, p_end) in enumerate(spans_of, start=1):
        paragraph = normalize(article.text[p_start:p_end])
        index = 0
        for b_start, b_end, kind in _blocks(paragraph):
            block = paragraph[b_start:b_end]
            if kind == "heading":
                lead = len(block) - len(block.lstrip())
                span = (b_start + lead, b_start + len(block.rstrip()))
                sentences.append(Sentence(p_start + span[0], p_start + span[1], number, 0, True))
                index = 0  # the text under a heading starts afresh
                continue
            spans = split_paragraph(block)
            alone = (
                kind == "text"
                and len(spans) == 1
                and (_is_heading(block) or _long_heading(block, number, texts))
            )
            for s, e in spans:
                start, end = p_start + b_start + s, p_start + b_start + e
                # (a subheading in capitals split from the sentence after it: a heading)
                caps = _CAPS_ONLY.fullmatch(block[s:e]) is not None
                sentences.append(Sentence(start, end, number, index, alone or caps))
                index += 1
    return sentences
