"""Kinds of sentence: what a dated sentence of a news article reports.

* ``happening``: something that took place ("L'armée a lancé mercredi une offensive");
* ``statement``: a claim or declaration; the saying is the event, dated on the day it was
  made, and the period it speaks of is kept apart as what it is *about*;
* ``announcement``: something scheduled ("Le sommet aura lieu le 12 novembre");
* ``context``: background that is not a happening of the dossier's period ("une coalition
  qui procède depuis plus d'un an à des frappes", "depuis 2011", "en 2019, la croissance
  était de 2 %", a history: "à plusieurs reprises", "qu'à quatre reprises", "par le
  passé"): the chronology's ``context`` list when dated, never an event;
* ``not-event``: captions, forecasts, poll commentary, commentary ("augure d'une sortie
  de crise"), headings, a list's labels ("• LOT : 17C0012 - DLUO 15/02/2019"), what may
  or must happen on a day (a possibility, a rule: "pourraient se retrouver en prison dès
  ce soir"), a nominal sentence over a period ("Les trois derniers jours du procès").

A follow-up that cannot tell its event's happening becomes an event of its own only when
it ``stands_alone``: news told with a verb, not a description nor a quotation of nobody.

Pure functions of a sentence's extraction record (``records.Sentence``), its dating
expression and the publication date; the French cues are in ``lang/fr/events.yml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from timeline.events import dates
from timeline.events.dates import is_open_length
from timeline.events.features import goes_on_narrating, passe_simple
from timeline.events.lexicon import alternation, families, lexicon, pattern, regex_cues
from timeline.events.sentences import (
    is_caption,
    is_list_item,
    normalize,
    opens_with_pronoun,
    split_paragraph,
)
from timeline.records import Sentence
from timeline.temporal.model import Timex
from timeline.word_patterns import letter_tree, shared_boundaries

HAPPENING = "happening"
STATEMENT = "statement"
ANNOUNCEMENT = "announcement"
CONTEXT = "context"
NOT_EVENT = "not-event"
#: kinds that make an event of the chronology
EVENT_KINDS = (HAPPENING, STATEMENT, ANNOUNCEMENT)
KINDS = (*EVENT_KINDS, CONTEXT, NOT_EVENT)


@cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    """The words listed under ``key`` (``words_pattern``)."""
    return words_pattern(lexicon()[key])


def words_pattern(listed: Iterable[str]) -> re.Pattern[str]:
    """``listed`` as whole words, any case, the longest first where several match at one
    position. Lower-case words (all the cue lists' today) are a tree of letters
    (``letter_tree``: the same matches, a few tests of a letter at a word start instead of
    one test a word); words with a capital are an alternation, longest first, since a
    capital and its small letter would be two branches of the tree that match one text."""
    words = sorted(set(listed), key=lambda w: (-len(w), w))
    if all(w == w.lower() for w in words):
        body = letter_tree(words)
    else:
        body = "|".join(re.escape(w) for w in words)
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return text.split()


def caption_paragraphs(paragraphs: Sequence[str]) -> set[int]:
    """Numbers (1-based) of the paragraphs that are no part of the story.

    Captions and credit lines: a paragraph with a caption or credit line (``is_caption``
    anywhere in it), a paragraph of more than one sentence closed by a credit glued after
    its last ("Un pompier dans une rue inondée. La crue a fait cinq morts. /Photo prise le
    13 mars 2011/REUTERS/Jean Dupont": ``glued_credit``; not a paragraph's only sentence,
    the story's, with the credit glued), the page's copy of that caption just before or
    just after it ("... la nouvelle école.(Photo: AFP)" / "... la nouvelle école."), the one
    short sentence under a credit line alone ("PHOTO LOÏC VENANCE, AGENCE
    FRANCE-PRESSE"; not a quotation, which tells the story: "(Photo Reuters)" / "« Le
    périmètre est une scène de crime », a expliqué le policier"; nor a lead opened by a
    dateline in parentheses, ``parenthesized_dateline``: "PHOTO X, ASSOCIATED PRESS" /
    "(Washington) Vendredi, le démocrate a dépassé ...").
    Embedded posts: a paragraph with a link of a social network, and the post's text just
    before its signature line ("— Procureure Tours (@ProcureureTours) August 16, 2024").
    The page's head: the paragraphs a page prints before the body's dateline, when that
    dateline opens one of its first paragraphs (``head_max_blocks`` or fewer before it:
    ``body_datelines``): a standfirst ("Après la faillite, les Suisses découvrent les vertus
    de l'Etat." / "Genève de notre correspondant"), a teaser of the story cut short
    ("LYON - Le maire a démissionné jeudi, au pouvoir depuis..." / "LYON (Reuters) - Le
    maire a démissionné jeudi, ..."), a caption.
    """
    lex = lexicon()
    texts = [" ".join(p.split()) for p in paragraphs]
    signature = pattern("embed_signature")
    out: set[int] = set()
    dateline = next(
        (n for n, text in enumerate(texts[: lex["head_max_blocks"] + 1]) if _opens_body(text)),
        0,
    )
    out.update(range(1, dateline + 1))  # the page's head, before the body's dateline
    for n, text in enumerate(texts, start=1):
        previous = texts[n - 2] if n > 1 else ""
        if any(marker in text for marker in lex["embed_markers"]):
            out.add(n)
        if signature.search(text):
            out.update((n, n - 1) if n > 1 else (n,))
        glued = pattern("glued_credit", re.IGNORECASE).search(text) is not None
        if glued and len(split_paragraph(text)) > 1:
            out.add(n)  # a caption's sentences, closed by the page's credit
            continue
        if _credited_caption(text, first=n == 1):
            out.add(n)  # a caption with its picture's credit glued before or after it
            continue
        if _dash_credited_caption(text, previous, first=n == 1, later=texts[n:]):
            out.add(n)
            if _copied_before(text, previous):
                out.add(n - 1)  # the picture's text, then its caption
            continue
        if not is_caption(text):
            continue
        out.add(n)
        copy = previous.rstrip(" ,.")
        if copy and text.startswith(copy):
            out.add(n - 1)  # the caption written twice (image text, then with its credit)
        following = texts[n] if n < len(texts) else ""
        after = following.rstrip(" ,.")
        if after and text.startswith(after):
            out.add(n + 1)  # ... or with its credit first, then the image text
        alone = (
            pattern("credit_line", re.IGNORECASE).match(text) is not None
            and len(_words(text)) <= lex["heading_max_words"]
            and not text.endswith(".")
        )
        marks = lex["quotes"]
        quotation = following.startswith((*marks["open"], *marks["toggle"]))
        dateline = pattern("parenthesized_dateline").match(following) is not None
        if (
            alone
            and following
            and not quotation
            and not dateline
            and len(split_paragraph(following)) == 1
            and len(_words(following)) <= lex["caption_max_words"]
        ):
            out.add(n + 1)  # the caption under a credit line alone
    return out


def _credited_caption(text: str, first: bool) -> bool:
    """A caption with its picture's credit glued to it: an agency's name glued before its
    first word, with no space ("REUTERSDes feux de forêt font rage près de la ville.":
    ``credit_glued_before``), or, the page's first block, one sentence and the agency's
    name after it, alone or with the photographer's ("Des pilotes manifestent à Genève.
    Keystone", "... près de la ville, le 6 mai 2016. REUTERS/Jean Dupont":
    ``credit_glued_after``; further down, a story's last sentence signed by its agency
    stays the story's: "..., a déclaré le magistrat. AFP"), or, anywhere, one sentence and
    a labelled credit after its stop ("... le jeudi 16 janvier 2003. crédit : NASA":
    ``credit_labelled_after``)."""
    if pattern("credit_glued_before").match(text):
        return True
    labelled = pattern("credit_labelled_after", re.IGNORECASE).search(text)
    if labelled is not None and len(split_paragraph(text[: labelled.start()].strip())) == 1:
        return True  # "... le jeudi 16 janvier 2003. crédit : NASA", anywhere on the page
    after = pattern("credit_glued_after").search(text) if first else None
    return after is not None and len(split_paragraph(text[: after.start()].strip())) == 1


def _dash_credited_caption(
    text: str, previous: str, first: bool, later: Sequence[str] = ()
) -> bool:
    """A block of one sentence closed by a credit in capitals after a spaced dash
    (``credit_dashed_after``: "Kevin Escoffier a été secouru par Jean Le Cam, le 1er
    décembre. — PRB"), the page's first block, the block before it (``previous``, ""
    when it is no copy) written again with the credit added ("Le jeune homme a fait sa
    découverte par hasard." / "Le jeune homme a fait sa découverte par hasard. - AFP"), or
    a block the story goes on after (``later``: the page's blocks after it, one of them of
    several sentences: "Le chef de l'État a signé seul la grâce. - AFP" / "Condamnée à deux
    reprises, ... Un combat auquel ..."): a picture's caption. (At the story's end, a
    story's sentence signed, whatever furniture lines follow it: "Les recherches se
    poursuivent. - AFP" / "Crédits images : ...".)"""
    dashed = _dashed_credit(text)
    if dashed is None:
        return False
    caption = text[: dashed.start()].strip()
    if len(split_paragraph(caption)) != 1:
        return False
    if first or _copied_before(text, previous):
        return True
    return any(len(split_paragraph(block)) > 1 for block in later)


def _dashed_credit(text: str) -> re.Match[str] | None:
    """The credit after a spaced dash closing ``text``: after a stop (``credit_dashed_after``:
    "... le 1er décembre. — PRB"), or ending with an agency's name with no stop before the
    dash (``credit_dashed_agency``: "... à Francfort le 14 septembre 2015 — ODD ANDERSEN
    AFP")."""
    return pattern("credit_dashed_after").search(text) or pattern("credit_dashed_agency").search(
        text
    )


def _copied_before(text: str, previous: str) -> bool:
    """The block before (``previous``) is ``text`` without its credit after a dash: the
    picture's text, then its caption."""
    dashed = _dashed_credit(text)
    caption = text[: dashed.start()] if dashed is not None else text
    return bool(previous) and previous.rstrip(" ,.") == caption.strip().rstrip(" ,.")


@cache
def _body_datelines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon()["body_datelines"])


def _opens_body(text: str) -> bool:
    """The block opens with the body's dateline (``body_datelines``: "Genève de notre
    correspondant", "NANTES (Reuters) - La tempête ...")."""
    return any(p.match(text) for p in _body_datelines())


def caption_blocks(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (offsets in ``text``) of the blocks that are no part of the story
    (``caption_paragraphs``), a block being one line of a paragraph (``paragraphs``: its
    spans): a page whose text keeps its paragraphs apart by single line breaks loses an
    embedded post's or a caption's lines only, not the story told around them ("... a
    informé le Conseil constitutionnel de sa démission" / "#Urgent" / "— APS (@APS_DZ) 2
    avril 2019" / "Un concert de klaxons a accueilli la nouvelle")."""
    lines: list[tuple[int, int]] = []
    for start, end in paragraphs:
        at = start
        for line in text[start:end].split("\n"):
            if line.strip():
                lines.append((at, at + len(line)))
            at += len(line) + 1
    out = caption_paragraphs([text[first:last] for first, last in lines])
    return [lines[n - 1] for n in sorted(out)]


def _as_title(text: str) -> str:
    """A line as a title compares: its words, with no stop after them, in any case."""
    return " ".join(normalize(text).split()).rstrip(" .…").casefold()


def title_printed_again(
    title: str, text: str, paragraphs: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The span (offsets in ``text``) of the body's first sentence when it is the page's
    title printed again, the same words with a stop after them ("Aucune maison n'a résisté
    au séisme." under the title "Aucune maison n'a résisté au séisme"): the headline, not
    the story, which the sentences after it tell; else none. (Not a lead that goes on after
    the title's words: "Le CAC 40 a franchi les 8 000 points ce jeudi" under "Le CAC 40 a
    franchi les 8 000 points".) An agency's or a bulletin's dateline may open it
    (``dateline``: "05/04/2016 (Agence Europe) - Le Premier ministre contraint à la
    démission." under "Le Premier ministre contraint à la démission")."""
    if not paragraphs or not _as_title(title):
        return []
    start, end = paragraphs[0]
    line = normalize(text[start:end]).split("\n", 1)[0]
    first, last = split_paragraph(line)[0]
    dateline = dates.dateline().match(line[first:last])
    words = line[first + dateline.end() : last] if dateline is not None else line[first:last]
    if _as_title(words) != _as_title(title):
        return []
    return [(start + first, start + last)]


def standfirst(sentences: Sequence[Sentence], captions: Iterable[tuple[int, int]]) -> int | None:
    """The index in ``sentences`` of the page's standfirst (chapô), if it has one: the
    first paragraph of the story (headings and the spans ``captions`` aside) is one sentence
    alone, and the paragraphs after it tell ``standfirst_body_sentences`` sentences or more
    on average. A text of long paragraphs that opens on one sentence set apart prints its
    summary above the story ("La faillite de la compagnie a été prononcée hier." over
    paragraphs of eight sentences that tell it); a wire's lead is one sentence over
    paragraphs of one to three sentences, which go on telling it ("Le maire a démissionné
    lundi." / "Il a remis sa lettre au préfet. Son adjoint assure l'intérim.")."""
    spans = list(captions)
    story = [
        (i, s)
        for i, s in enumerate(sentences)
        if not s.heading and not mostly_within(s.start, s.end, spans)
    ]
    counts: dict[int, int] = {}
    for _, s in story:
        counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
    if len(counts) < 2:
        return None
    first, *after = counts
    if counts[first] != 1:
        return None
    mean = sum(counts[p] for p in after) / len(after)
    return story[0][0] if mean >= lexicon()["standfirst_body_sentences"] else None


def mostly_within(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Most of the sentence from ``start`` to ``end`` lies within ``spans`` (a sentence run
    across lines: an embedded post's "#Urgent", its signature and its text, all out of the
    story; not "(Photo Reuters)" glued before a quotation that tells the story)."""
    inside = sum(max(0, min(end, last) - max(start, first)) for first, last in spans)
    return 2 * inside > end - start


def is_dated_caption(sentence: Sentence, timex: Timex | None) -> bool:
    """A photo caption: a sentence that ends on the day the picture was taken, set apart by
    a comma, with no verb ("La rivière Alzon en crue, à Collias, dans le Gard, le 10
    octobre.") or in the present with the day's full year, quoting nobody ("Le Premier
    ministre s'adresse à la presse à Matignon, le 13 mars 2024."), or closing on its day in
    parentheses with no verb (a document's title: "Communiqué du ministère sur les crues (5
    mai 2001)"); not a lead naming its day
    ("Clap de fin ce samedi soir pour le Festival", "Le Premier ministre s'est adressé à
    la presse, le 13 mars 2024")."""
    if timex is None or not names_day(timex):
        return False
    shown = _unquoted(sentence) and told_tense(sentence) == "present"
    if not (is_verbless(sentence) or shown):
        return False
    text = sentence.text.rstrip(" .|\n")
    if shown:
        # the picture's day closes the sentence after its last comma, the year last ("...,
        # le 29 et 30 octobre 2024": the tagger may read "le 29" alone)
        comma = text.rfind(", ")
        at = timex.start - sentence.start
        year = pattern("caption_day").search(text) is not None
        return year and 0 < comma < at
    if text.endswith(")") and 0 <= text.rfind("(") < timex.start - sentence.start:
        return True  # a document's title closing on its day: "Information orale ... (5 mai 2001)"
    if not text.endswith(timex.text):
        return False
    return text[: len(text) - len(timex.text)].rstrip().endswith(",")


def shows_picture(sentence: Sentence) -> bool:
    """A caption told as a sentence: it points at its picture ("comme ici à Quimper",
    "ci-dessus"), or a picture is its subject in the present, quoting nobody ("Ces images
    montrent l'ampleur des dégâts"): what a picture shows, no happening."""
    text = normalize(sentence.text).strip()
    if regex_cues("picture_cues").search(text):
        return True
    tense = told_tense(sentence)
    return (
        _unquoted(sentence)
        and tense == "present"
        and pattern("picture_subjects", re.IGNORECASE).match(text) is not None
    )


def is_judgement(sentence: Sentence) -> bool:
    """What the article thinks of what happened: "être" and an adjective in a past tense,
    quoting nobody ("Le procès a été exceptionnel par sa durée", "Leur saison a été
    décevante"), or in the present with an adjective of appraisal (``appraisal_adjectives``:
    "Le scénario est passionnant"); not an act told with "être" and a participle ("Le
    procès a été suspendu mardi")."""
    tense = sentence.content_tense or sentence.tense
    if not _told_by_nobody(sentence) or sentence.predicate != "attribute":
        return False
    if tense in lexicon()["past_tenses"]:
        return True
    # a review's word in the present ("Le discours sur la religion est intéressant au
    # début"; not "Trois personnes sont mortes", "Le bilan est lourd")
    appraisals = set(lexicon()["appraisal_adjectives"])
    return tense == "present" and any(word in appraisals for _, word in sentence.words)


def is_passive_state(sentence: Sentence, timex: Timex | None) -> bool:
    """How things stand, told in a present passive of a verb whose participle tells a
    state (``state_participle_lemmas``), by nobody quoted, past the article's first
    sentence, with no day of its own ("L'usine est classée Seveso seuil haut", "Les
    téléphones des jurés sont confisqués jusqu'au soir", "Le collier est estimé à plusieurs
    millions d'euros"), what it is by included ("Le hameau est toujours menacé par des
    chutes de pierres": a state's "par" names no act): a description. (Not an act told in
    the present: "La perpétuité est requise contre deux autres accusés"; the lead's present
    passive may be news: "Un homme est mis en examen après la mort d'un cycliste".)"""
    tense = told_tense(sentence)
    return (
        _told_by_nobody(sentence)
        and sentence.predicate in ("passive", "passive-by")
        and sentence.verb in lexicon()["state_participle_lemmas"]
        and tense == "present"
        and (sentence.index_in_paragraph > 0 or sentence.paragraph > 1)
        and (timex is None or not names_day(timex))
    )


def is_comparison(sentence: Sentence) -> bool:
    """A comparison told with a verb of state ("être", "rester") in the present or the
    imperfect by nobody quoted or cited ("Les chiffres de l'Institut restent moins sévères
    que ceux de Pôle emploi", "le coupable est le même"): a description. (Not a change:
    "Les prix augmentent plus vite que prévu".)"""
    lex = lexicon()
    state = (
        sentence.verb in lex["stative_lemmas"]
        or sentence.verb in lex["past_state_lemmas"]
        or sentence.predicate == "attribute"
    )
    return (
        _told_by_nobody(sentence)
        and state
        and told_tense(sentence) in lex["state_tenses"]
        and bool(regex_cues("comparison_cues").search(normalize(sentence.text)))
    )


def restates_figure(sentence: Sentence) -> bool:
    """A figure told just before, given again as its equivalent by nobody quoted ("Ce qui
    représente huit fois la superficie de Paris", "Cela équivaut à un an de pluie":
    ``equivalence_openings``): a comparison, no happening."""
    return _unquoted(sentence) and bool(
        regex_cues("equivalence_openings").search(normalize(sentence.text).strip())
    )


def is_plan(sentence: Sentence) -> bool:
    """What was to happen, told in the imperfect by nobody quoted with a verb of plan
    ("Leur programme prévoyait une visite", "Il devait y inaugurer jeudi une ligne de
    tramway"): not what happened."""
    tense = sentence.content_tense or sentence.tense
    return (
        _told_by_nobody(sentence)
        and tense == "imperfect"
        and sentence.verb in lexicon()["plan_lemmas"]
    )


def plans_its_day(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """A plan (``is_plan``) whose subject is the happening planned, told with a verb of
    taking place (``plan_of_occurrence``) for a day not gone by at publication ``dct``:
    "Une veillée funèbre devait se tenir lundi soir à Tokyo" (published that Monday), "Une
    minute de silence était prévue ce dimanche à midi": the schedule told in the future in
    the past, an announcement. (Not what someone was to do, which what happened may have
    stopped: "Il devait se produire à Bruxelles le 26 octobre", "Leur programme prévoyait
    une visite plus tard dimanche"; not a day gone by: "La remise en liberté était prévue
    lundi", published on Wednesday.)"""
    if timex is None or not names_day(timex) or timex.span is None:
        return False
    if timex.span[1] < dct.isoformat() or not is_plan(sentence):
        return False
    return regex_cues("plan_of_occurrence").search(normalize(sentence.text)) is not None


def is_projection(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """An estimate for a period to come, told in the conditional by nobody quoted, by the
    article, or after "selon" when it is a rate ("Le marché progresserait encore au second
    semestre", "Selon l'OFCE, ce budget coûterait 0,8 point de croissance en 2025"): a
    projection. (Not a schedule: "Le sommet se tiendrait en juin, selon des diplomates";
    of a day: "Cette lecture devrait débuter mercredi"; the conditional of a period gone by is a
    figure estimated for it: "les prix augmenteraient de 0,6 % en avril", published at the
    end of April.)"""
    tense = sentence.content_tense or sentence.tense
    figure = regex_cues("forecast_quantity").search(normalize(sentence.text)) is not None
    return (
        (_told_by_nobody(sentence) or (_unquoted(sentence) and figure))
        and tense == "conditional"
        and timex is not None
        and not names_day(timex)
        and timex.span is not None
        and timex.span[0] > dct.isoformat()
    )


def is_expected_length(sentence: Sentence, timex: Timex | None) -> bool:
    """How long something is expected to last, told in the conditional by nobody quoted up
    to a day ("L'opération de rapatriement devrait durer jusqu'au 6 octobre": the dating
    expression is an end, ``until_*``): a forecast, no day of a happening. (Not "Le sommet
    devrait se tenir jeudi", a schedule.)"""
    tense = sentence.content_tense or sentence.tense
    return (
        _told_by_nobody(sentence)
        and tense == "conditional"
        and timex is not None
        and timex.rule.startswith("until_")
    )


def is_act_of_day(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """An act told in the compound past on a day up to publication, by nobody quoted ("La
    Banque de France a relevé mardi sa prévision de croissance pour 2025"): news, whatever
    forecast it is about."""
    return (
        _unquoted(sentence)
        and told_tense(sentence) == "past"
        and timex is not None
        and names_day(timex)
        and timex.span is not None
        and timex.span[1] <= dct.isoformat()
    )


def has_governing_cue(text: str) -> bool:
    """Does ``text`` hold a cue that counts only where it governs the sentence (a history, a
    poll, a commentary: ``governing_text``)? Such a sentence is parsed for its set-off
    stretches (``features.set_off_stretches``)."""
    return _governing_cues().search(normalize(text)) is not None


@cache
def _governing_cues() -> re.Pattern[str]:
    """The history, poll and commentary cues as one expression (``has_governing_cue``): one
    search of the sentence instead of three, their opening word boundaries shared."""
    lex = lexicon()
    cues = [*lex["history_cues"], _cue_pattern("poll_cues").pattern, *lex["commentary_cues"]]
    return re.compile(shared_boundaries(str(p) for p in cues), re.IGNORECASE)


def governing_text(sentence: Sentence) -> str:
    """What the sentence says where it governs: its normalised text with each set-off
    stretch (``Sentence.set_off``: an apposition, a participle or a clause that modifies a
    word, a cleft's frame) cut to a comma. "Il sera remplacé par Anne Dubois, jusqu'ici
    chargée du Logement" tells a replacement, not a history; "Pour un Premier ministre
    affaibli dans les sondages, le ministre a commis une faute" no poll; "Ce que l'on sait,
    c'est que le maire a démissionné" no commentary (``pseudo_cleft_frame``: the frame read
    by its form, the parser reading it either way). The whole text when it was not parsed."""
    text = normalize(sentence.text)
    for start, end in reversed(sentence.set_off):
        text = text[:start] + "," + text[end:]
    return pattern("pseudo_cleft_frame", re.IGNORECASE).sub("", text)


def is_poll(text: str) -> bool:
    """Commentary of an opinion poll ("selon un sondage Ifop ...", "intentions de vote")."""
    return bool(_cue_pattern("poll_cues").search(text))


def is_opinion_share(sentence: Sentence) -> bool:
    """An opinion's share in the present or the imperfect ("54 % des Français soutiennent
    le mouvement"): a poll's figure; not a happening ("30 % des salariés ont fait grève")."""
    return (
        told_tense(sentence) in lexicon()["state_tenses"]
        and pattern("poll_shares").search(normalize(sentence.text)) is not None
    )


def told_tense(sentence: Sentence) -> str | None:
    """The tense of what the sentence tells, a present passive read as the present ("Les
    cheminots sont attendus", "L'usine est classée"; ``features.tense_of`` labels it a
    compound past unless the tagger marks its participle passive)."""
    if sentence.predicate in ("passive", "passive-by"):
        return "present"
    return sentence.content_tense or sentence.tense


def _unquoted(sentence: Sentence) -> bool:
    return sentence.report is None and not sentence.quote


@cache
def _attribution() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon()["attribution_openings"])
    return re.compile(rf"(?:^|,\s*)(?:{words})\s", re.IGNORECASE)


def _told_by_nobody(sentence: Sentence) -> bool:
    """Unquoted, and attributed to nobody at its start or after a comma ("Selon la
    préfecture, ...", "..., selon les pompiers")."""
    return _unquoted(sentence) and not _attribution().search(normalize(sentence.text))


def is_attributed_claim(
    sentence: Sentence, tense: str | None, timex: Timex | None = None, dct: dt.date | None = None
) -> bool:
    """What a source named after "selon" or "d'après" holds to be so, told in the
    conditional of unconfirmed information, the verb no modal (``attribution_openings``,
    ``modal_lemmas``: "La moitié des ravisseurs seraient arabes, selon le chef de la
    police", "Selon les pompiers, il y aurait deux blessés légers", "Selon le médecin, la
    propagation de l'épidémie montrerait un ralentissement"): the source's claim, its
    statement of the day it was made, not a forecast. (Not what a modal's conditional
    says may or must come, "Selon les sondeurs, elle devrait totaliser dix millions de
    voix", "Selon le maire, le bilan pourrait s'alourdir"; nor a projection of a figure,
    "Selon l'institut, la croissance atteindrait 1 %": ``forecast_quantity``; nor what is
    dated by a time to come, ``timex`` after publication ``dct``: a schedule reported, "Le
    ministre se rendrait jeudi à Marseille, selon son entourage".)"""
    if not _unquoted(sentence) or tense != "conditional":
        return False
    if timex is not None and timex.span and dct is not None and timex.span[0] > dct.isoformat():
        return False
    if sentence.verb is None or sentence.verb in lexicon()["modal_lemmas"]:
        return False
    text = normalize(sentence.text)
    if _attribution().search(text) is None:
        return False
    return regex_cues("forecast_quantity").search(text) is None


def is_commentary(sentence: Sentence) -> bool:
    """What the article makes of what happened, in the present and quoting nobody
    ("L'annonce survenue lundi augure d'une sortie de crise", "les spécialistes voient
    dans cette première un véritable exploit", "Reste à savoir si ...", "C'est l'un des
    villages qui ont été frappés", "à analyser avec prudence"); in any tense, whether it
    surprised anyone ("La nomination du Premier ministre n'a pas créé de surprise":
    ``surprise_cues``), what unnamed people read in it, what it failed to do, rumours going
    round ("Certains ont vu dans son discours un jugement de Salomon", "X n'a ni désamorcé
    la crise ni rassuré", "Plusieurs hypothèses circulaient": ``reading_cues``), the
    outlet's metaphor for what ended ("Ce soir, une page de l'histoire s'est tournée":
    ``metaphor_cues``)."""
    tense = sentence.content_tense or sentence.tense
    if not _unquoted(sentence):
        return False
    text = normalize(sentence.text)
    if regex_cues("surprise_cues").search(text) or regex_cues("reading_cues").search(text):
        return True  # in any tense: "La nomination n'a pas créé de surprise"
    if regex_cues("metaphor_cues").search(text):
        return True  # in any tense: "Ce soir, une page de l'histoire s'est tournée"
    if "present" not in (tense, sentence.tense):
        return False
    return bool(regex_cues("commentary_cues").search(governing_text(sentence)))


def is_silence(sentence: Sentence) -> bool:
    """Someone said nothing, told in a negated compound past (``silence_cues``: "Masquée à
    ses côtés, sa colistière n'a pas pris la parole, comme la veille", "Le CHU n'a pas
    souhaité réagir", "X n'a pas pu être jointe"), quoting nobody,
    opening on no condition ("Si X n'a pas encore réagi, ..."), nothing told after it
    (``silence_not_after``: "n'a pas voulu parler, mais a répété une prière"): no event."""
    if not _unquoted(sentence):
        return False
    text = normalize(sentence.text).replace("’", "'")
    found = regex_cues("silence_cues").search(text)
    if found is None or re.match(r"\W*si\b", text, re.IGNORECASE):
        return False
    return regex_cues("silence_not_after").search(text, found.end()) is None


def is_outlet_voice(sentence: Sentence) -> bool:
    """What a reporting clause gives to the outlet's own reporter, unnamed
    (``outlet_voice_speakers``: "Le club, lui, ne peut pas se passer d'un président, estime
    le journaliste"): the article's commentary, no one's statement of the day."""
    report = sentence.report
    if report is None or report.speaker is None:
        return False
    speaker = normalize(
        sentence.text[report.speaker[0] - sentence.start : report.speaker[1] - sentence.start]
    )
    words = " ".join(speaker.lower().replace("’", "'").split()).strip(" ,.")
    return words in lexicon()["outlet_voice_speakers"]


def is_presentative_comment(sentence: Sentence, timex: Timex | None) -> bool:
    """What the article makes of what it told, in a presentative by nobody quoted, past the
    article's first sentence, naming no day: "ce" and "être" present a noun phrase that
    tells no act (``Sentence.predicate`` "presentative", ``features.presents_noun``: "C'est
    la fin d'une longue attente pour les familles", "C'était un moment très fort"), in any
    tense. (Not a cleft, which tells its act: "C'est la police qui a arrêté le suspect";
    not the article's opening, which presents its news: "C'est le premier jour des soldes";
    not a day presented, the day the narration has reached: "Et hier, c'était mardi".)"""
    return (
        timex is None
        and sentence.predicate == "presentative"
        and _told_by_nobody(sentence)
        and (sentence.paragraph > 1 or sentence.index_in_paragraph > 0)
    )


def is_bracketed_aside(sentence: Sentence) -> bool:
    """A sentence wholly between round brackets with no finite verb: a credit, a source or
    a note set aside from the story ("(Jean Dupuis, édité par Marie Martin)", "(Avec
    AFP)", "(Photo : Reuters)"), whatever participle it holds."""
    text = normalize(sentence.text).strip().rstrip(".").strip()
    return (
        text.startswith("(")
        and text.endswith(")")
        and not {"(", ")"} & set(text[1:-1])
        and sentence.tense is None
        and sentence.content_tense is None
    )


def is_furniture(sentence: Sentence) -> bool:
    """A web page's furniture, by nobody quoted: a link to another page ("A lire aussi :
    ..."), where to follow ("Pour retrouver le live de cet après-midi, c'est par ici",
    "Rendez-vous dès 7h sur 20minutes.fr"), a live page's farewell ("Merci de nous avoir
    suivis"): ``furniture_cues``."""
    return _unquoted(sentence) and bool(
        regex_cues("furniture_cues").search(normalize(sentence.text).strip())
    )


def is_profile(sentence: Sentence, timex: Timex | None) -> bool:
    """What a company or a body does or holds as a rule, told in the present by nobody
    quoted with no date, past the article's first sentence ("Tour opérateur et compagnie
    aérienne, le groupe emploie environ 20 000 personnes", "Il possède aussi des chaînes
    hôtelières": ``generic_present_lemmas``, ``holding_lemmas``): a profile. (Not a change:
    "Le groupe emploie désormais 300 intérimaires"; not the lead.)"""
    return (
        timex is None
        and sentence.report is None
        and _told_by_nobody(sentence)
        and told_tense(sentence) == "present"
        and (sentence.index_in_paragraph > 0 or sentence.paragraph > 1)
        and bool({sentence.verb, sentence.action} & _profile_verbs())
        and not tells_now(sentence.text)
    )


@cache
def _profile_verbs() -> frozenset[str]:
    """The verbs of a profile (``is_profile``: ``generic_present_lemmas``,
    ``holding_lemmas``)."""
    lex = lexicon()
    return frozenset(lex["generic_present_lemmas"]) | frozenset(lex["holding_lemmas"])


@cache
def _office_held() -> re.Pattern[str]:
    """ "être" in the imperfect (``office_held_copulas``) with an office for attribute
    ("était aussi ministre d'Etat", ``office_held_adverbs`` between them,
    ``office_held_determiners`` before it, ``office_nouns``)."""
    lex = lexicon()
    offices = alternation(lex["office_nouns"])
    adverbs = alternation(lex["office_held_adverbs"])
    copulas = alternation(lex["office_held_copulas"])
    determiners = alternation(lex["office_held_determiners"])
    return re.compile(
        rf"\b(?:{copulas})\s+(?:(?:{adverbs})\s+)*(?:(?:{determiners})\s*)?(?:{offices})\b",
        re.IGNORECASE,
    )


def held_office(sentence: Sentence) -> bool:
    """The office someone held then, told with "être" in the imperfect by nobody quoted
    ("Installé dans le bureau voisin, ce dernier était aussi ministre d'Etat"): a career's
    state, background, not what happened. (Not an office taken: "Il a été nommé ministre";
    not words quoted.)"""
    if told_tense(sentence) != "imperfect" or sentence.report is not None:
        return False
    if not _told_by_nobody(sentence):
        return False
    return _office_held().search(normalize(sentence.text)) is not None


def is_reminder(sentence: Sentence, timex: Timex | None) -> bool:
    """The article reminding its reader of what is known already, in its own voice at the
    sentence's start ("Rappelons que les grévistes dénonçaient aussi les cadences", "Pour
    rappel, l'usine avait déjà fermé": ``reminder_openings``), with no day of its own:
    background, not a happening of the story. (Not "Pour rappel, le suspect a été interpellé
    dimanche", a day of the story; not someone's words: "« Rappelons que ... », a dit le
    maire".)"""
    if (timex is not None and names_day(timex)) or not _unquoted(sentence):
        return False
    opening = normalize(sentence.text).lstrip(' «"“').lower().replace("\u2019", "'")
    connectives = lexicon()["career_connectives"]
    words = opening.split(" ", 1)
    if len(words) > 1 and words[0] in connectives:
        opening = words[1]
    return _reminder_openings().match(opening) is not None


@cache
def _reminder_openings() -> re.Pattern[str]:
    """The reminders' openings (``reminder_openings``), each a word of its own, as one
    expression: it matches at a text's start where one of them does."""
    cues = lexicon()["reminder_openings"]
    return re.compile("|".join(rf"(?:{re.escape(cue)}\b)" for cue in cues))


def tells_middle(sentence: Sentence, timex: Timex | None) -> bool:
    """How something goes on or what it is like, told with a pronominal verb in the present
    (the middle voice: "Le chantier se distingue par sa durée", "La question du
    financement se pose", "Les loyers s'échelonnent entre 400 et 900 euros") by
    nobody quoted, past the article's first sentence, with no date: no agent acts, a
    description. (Not a verb whose pronominal form names an act, ``pronominal_lemmas``:
    "Un incendie se déclare dans l'entrepôt", nor one that tells what people do in the
    narrative present, ``pronominal_act_lemmas``: "Les gardes se ruent sur le tireur",
    "Des camions s'engouffrent sur l'autoroute"; not a day: "Le sommet se tient lundi"; not a
    toll, its subject a toll or its dead, ``toll_subject_lemmas``: "Le bilan s'élève pour le
    moment à trois morts", "Le nombre de victimes s'alourdit": what a happening has done so
    far, news.)"""
    if timex is not None or sentence.quoted is not None or not _told_by_nobody(sentence):
        return False
    if told_tense(sentence) != "present" or (
        sentence.index_in_paragraph == 0 and sentence.paragraph == 1
    ):
        return False
    lex = lexicon()
    if sentence.verb is None or sentence.verb in _pronominal_acts():
        return False
    if tells_act_in_clause(sentence):
        return False  # "Le démocrate se voit déjà président : il a parlé de ..."
    at = next((offset for offset, word in sentence.words if word == sentence.verb), None)
    if at is None:
        return False
    if any(offset < at and word in lex["toll_subject_lemmas"] for offset, word in sentence.words):
        return False  # a toll however it is counted: "Le bilan s'élève à trois morts"
    before = normalize(sentence.text[: at - sentence.start]).lower()
    reflexives = lex["reflexive_pronouns"]
    elided = tuple(f" {r}" for r in reflexives if r.endswith("'"))
    whole = tuple(f" {r} " for r in reflexives if not r.endswith("'"))
    return f" {before}".endswith(elided + whole)


@cache
def _pronominal_acts() -> frozenset[str]:
    """The verbs whose pronominal present tells an act (``tells_middle``):
    ``pronominal_lemmas`` and ``pronominal_act_lemmas``."""
    lex = lexicon()
    return frozenset(lex["pronominal_lemmas"]) | frozenset(lex["pronominal_act_lemmas"])


def is_presenting(sentence: Sentence) -> bool:
    """A sentence that presents what follows ("Voici ce que l'on sait", "Voilà un chiffre
    que le gouvernement ne va pas mettre en valeur", "Retour sur ..."), in any tense."""
    return _unquoted(sentence) and bool(
        regex_cues("presenting_openings").match(normalize(sentence.text).strip())
    )


@cache
def _quotations() -> re.Pattern[str]:
    """A quotation between a pair of the lexicon's quotation marks."""
    marks = lexicon()["quotes"]
    pairs = [(o, c) for o, c in zip(marks["open"], marks["close"], strict=False)]
    pairs += [(t, t) for t in marks["toggle"]]
    return re.compile("|".join(f"{re.escape(o)}[^{re.escape(c)}]*{re.escape(c)}" for o, c in pairs))


def quotes_speech(sentence: Sentence) -> bool:
    """The sentence quotes someone's words between quotation marks, at least
    ``speech_quote_min_words`` of them, wherever the quotation stands ("De son côté,
    Emmanuel Macron « ne tolèrera aucune attaque contre la France », a indiqué l'Elysée"):
    what it tells in the future is what was said, no forecast of the article's. (Not a
    title: "le film « Anatomie d'une chute »".)"""
    least = lexicon()["speech_quote_min_words"]
    return any(
        len(re.findall(r"\w+", m.group())) >= least
        for m in _quotations().finditer(normalize(sentence.text))
    )


def addresses_reader(sentence: Sentence) -> bool:
    """The article speaking to its reader, in the present by nobody quoted: the second
    person out of any quotation, with no first person singular ("Notre critique vous
    explique pourquoi", "Vous pouvez revoir la représentation", "Pour suivre l'étape,
    consultez notre page"; or its advice, ``advice_openings``: "Il est conseillé de ne pas
    consommer ces produits"): a verb of the second person plural by spaCy's morphology,
    ``Sentence.second_plural``; not an interview's answer, "voilà tout ce que je peux vous
    dire": ``reader_pronouns``, ``speaker_pronouns``)."""
    tense = sentence.content_tense or sentence.tense
    text = normalize(sentence.text)
    quoted = [m.span() for m in _quotations().finditer(text)]
    second = any(
        not any(first <= at < last for first, last in quoted)
        for at in sentence.second_plural
        if _second_plural_form(sentence.text, at)
    )
    # (the second person out of quotations names the reader in any tense, or none: an
    # imperative the tagger misread as an infinitive, "Lisez aussi"; "Vous n'êtes pas sans
    # savoir qu'on a récemment changé de président", whose "savoir" it read as a future)
    present = second or "present" in (tense, sentence.tense)
    if not _unquoted(sentence) or not present:
        return False
    lex = lexicon()
    # a hyphenated compound is one word ("donne rendez-vous aux avocats")
    words = set(re.findall(r"\w+(?:-\w+)*", _quotations().sub(" ", text.lower())))
    if words & set(lex["speaker_pronouns"]):
        return False
    return (
        second
        or bool(words & set(lex["reader_pronouns"]))
        or bool(regex_cues("advice_openings").search(text.strip()))
    )


def _second_plural_form(text: str, at: int) -> bool:
    """The word at offset ``at`` of ``text`` ends as a verb of the second person plural does
    (``second_plural_endings``: "consultez", "êtes", "faites"): spaCy's tagger marks some
    names, numbers and other persons so ("l'album Asterios Polyp", "9.240 sapeurs-pompiers",
    "mettra"), which address nobody."""
    word = re.match(r"\w+", text[at:])
    return word is not None and word.group().lower().endswith(
        tuple(lexicon()["second_plural_endings"])
    )


def reads_figure(sentence: Sentence, timex: Timex | None) -> bool:
    """A reading of a figure told before, what contributed to its change, by nobody quoted
    and naming no day ("L'industrie a le plus contribué à cette hausse":
    ``figure_reading_cues``)."""
    if not _unquoted(sentence) or (timex is not None and names_day(timex)):
        return False
    return bool(regex_cues("figure_reading_cues").search(normalize(sentence.text)))


def is_case_rule(sentence: Sentence, timex: Timex | None) -> bool:
    """A rule for a case, in the present or the imperfect by nobody quoted, naming no day
    ("En cas de dissolution, les élections ont lieu dans un délai de vingt à quarante jours",
    "Le risque augmente en cas de fortes pluies": ``case_rule_clause``); a verb in "-ir"
    read as a passé simple whose form is also the present's is the present ("En cas de
    démission, le Conseil se réunit de plein droit")."""
    tense = sentence.content_tense or sentence.tense
    if tense == "past" and present_homograph(sentence):
        tense = "present"
    if not _unquoted(sentence) or tense not in lexicon()["state_tenses"]:
        return False
    if timex is not None and names_day(timex):
        return False
    text = normalize(sentence.text).strip()
    return pattern("case_rule_clause", re.IGNORECASE).search(text) is not None


def present_homograph(sentence: Sentence) -> bool:
    """The main verb is one in "-ir" whose third person singular is written in the sentence
    as the present's, which is also the passé simple's ("réunit", "choisit", "agit"): the
    tagger's "past" may be a present. "fut", "vint", "prit" are no present."""
    verb = sentence.verb or ""
    if not verb.endswith("ir"):
        return False
    form = verb[:-1] + "t"
    return form in re.findall(r"\w+", normalize(sentence.text).lower())


def is_nominal_comment(sentence: Sentence) -> bool:
    """A nominal sentence whose only verb is in a relative clause, by nobody quoted ("Un
    résultat qui les maintient en troisième position": ``nominal_relative_opening``): the
    writer's word on what was told."""
    if not _unquoted(sentence) or sentence.verb is not None:
        return False
    text = normalize(sentence.text).strip()
    return pattern("nominal_relative_opening", re.IGNORECASE).match(text) is not None


def is_overview(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """An overview the article gives of what follows, in the present by nobody quoted and
    naming no day up to the publication's ("Le Parisien fait le point sur les nouvelles
    règles", "Nous passons en revue les mesures du budget": ``overview_cues``); not "Le
    ministre fait le point ce mardi avec les syndicats"."""
    tense = sentence.content_tense or sentence.tense
    if not _unquoted(sentence) or "present" not in (tense, sentence.tense):
        return False
    if timex is not None and timex.span is not None and timex.span[0] <= dct.isoformat():
        return False
    return bool(regex_cues("overview_cues").search(normalize(sentence.text)))


def is_generic(sentence: Sentence) -> bool:
    """What holds as a rule, a habit or a definition, told in the present or the imperfect
    by nobody quoted ("Chaque année, des milliers de pèlerins se rendent à ...", "L'Insee
    mesure le chômage au sens du BIT", "on est chômeur dès qu'on est inscrit", "Cela
    s'explique par ..."), or a routine to come, in the future ("A partir de lundi, un point
    sera fait tous les deux jours": no one act, even from a day on); not "Comme chaque
    année, le président a présenté ses vœux"."""
    tense = sentence.content_tense or sentence.tense
    lex = lexicon()
    if not _unquoted(sentence) or tense not in lex["state_tenses"] + lex["future_tenses"]:
        return False
    return bool(regex_cues("generic_cues").search(normalize(sentence.text)))


def is_expectation(sentence: Sentence, timex: Timex | None) -> bool:
    """What is awaited or risks coming, with no day of its own and quoting nobody ("des
    fortes pluies sont attendues", "Le bilan risque de s'alourdir"): a forecast. ("Le
    verdict est attendu mercredi": a schedule.) In the imperfect, what was awaited then,
    day or not ("Un second hélicoptère était attendu dans la matinée"): the narration's
    expectation, not what came. The cue counts in the main clause only, not in a trailing
    clause of contrast (``trailing_contrast_clause``: "Selon lui, le voyage ne serait
    envisageable qu'avec peu de passagers, alors qu'une dégradation de la météo est
    attendue": the speaker's judgement)."""
    tense = told_tense(sentence)
    if not _unquoted(sentence) or tense in lexicon()["past_tenses"]:
        return False
    if timex is not None and names_day(timex) and tense != "imperfect":
        return False
    main = pattern("trailing_contrast_clause", re.IGNORECASE).split(
        normalize(sentence.text), maxsplit=1
    )[0]
    return bool(regex_cues("expectation_cues").search(main))


def is_outlook(sentence: Sentence) -> bool:
    """How a time to come looks, told in no past tense by nobody quoted, day named or not
    (``outlook_cues``: "L'opération s'annonce extrêmement délicate", "Cela promet une
    situation très compliquée demain matin"; a happening or a time that promises,
    ``promises_outlook``: "L'instruction de cette affaire promet de nombreux
    rebondissements"): a forecast, no event. (Not a promise: "Le ministre promet un audit";
    not someone's words: "« La journée s'annonce longue », a prévenu le préfet".)"""
    if not _unquoted(sentence) or told_tense(sentence) in lexicon()["past_tenses"]:
        return False
    text = normalize(sentence.text)
    return bool(regex_cues("outlook_cues").search(text)) or promises_outlook(text)


def promises_outlook(text: str) -> bool:
    """ "promettre" whose subject, opening the clause after a determiner (after an opening
    phrase closed by a comma at most), is a happening or a time (``outlook_promise_verb``,
    ``outlook_promise_subjects``: "L'instruction de cette affaire hors normes promet de
    nombreux rebondissements", "Cette saison promet d'être longue"), not someone ("Le
    ministre promet de nombreuses réformes")."""
    lex = lexicon()
    verb = pattern("outlook_promise_verb", re.IGNORECASE).search(text)
    if verb is None:
        return False
    before = text[: verb.start()].lower()
    heads = [before, before.partition(", ")[2]]
    nouns = set(lex["outlook_promise_subjects"])
    determiners = set(lex["definite_determiners"]) | {"un", "une", "son", "sa", "leur"}
    for head in heads:
        words = head.replace("'", "' ").replace("’", "’ ").split()
        if len(words) >= 2 and words[0] in determiners and words[1] in nouns:
            return True
    return False


def awaits_decision(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """A decision still to take, its question open, told by nobody quoted with "devoir" in
    the present, the future or the conditional (``pending_decision_cues``: "Au terme de 24
    heures de garde à vue, vers 14H00 dimanche, le parquet doit se prononcer sur une
    prolongation", "L'UCI devra ensuite décider si ..."), naming no day after publication
    ``dct``: what the story waits for, no event. (A day to come makes it a schedule: "La
    cour doit se prononcer le 12 mars sur la demande".)"""
    if not _unquoted(sentence):
        return False
    if timex is not None and timex.span is not None and timex.span[0] > dct.isoformat():
        return False
    return regex_cues("pending_decision_cues").search(normalize(sentence.text)) is not None


def open_outcome(sentence: Sentence) -> bool:
    """An outcome left open between alternatives, told in the future or the conditional by
    nobody quoted (``open_outcome_cues``: "Jérôme Kerviel sera ensuite soit relâché, soit
    déféré au parquet"): what may come, no event."""
    if not _unquoted(sentence) or told_tense(sentence) not in lexicon()["future_tenses"]:
        return False
    return regex_cues("open_outcome_cues").search(normalize(sentence.text)) is not None


def is_rumoured_day(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """What the media say will befall someone on a day after publication ``dct``, told in
    the conditional, quoting nobody (``rumour_sources``: "Par ailleurs, le PDG serait démis
    de ses fonctions ce vendredi, selon des sources proches du dossier citées par le
    quotidien", "Selon le quotidien Tagesspiegel, le patron devrait pourtant être démis
    vendredi"): a rumour of what is to come, no event. (The tagger reads "serait démis" as a
    past conditional: either counts, the day being to come. Not a schedule given by the
    actor's side, "Le ministre se rendrait jeudi à Marseille, selon son entourage", an
    announcement.)"""
    if sentence.quote or sentence.report is not None:
        return False
    if (sentence.content_tense or sentence.tense) not in ("conditional", "past-conditional"):
        return False
    day = dct.isoformat()
    if not any(names_day(t) and t.span is not None and t.span[0] > day for t in others):
        return False
    sources = pattern("rumour_sources", re.IGNORECASE).search(normalize(sentence.text))
    return sources is not None


def etre_compound_past(sentence: Sentence) -> bool:
    """The sentence tells, with no reporting clause and quoting nobody, the compound past of
    a verb that takes "être" and has no passive (``etre_compound_past``: "La cabine est
    tombée vers 12H30", "Trois personnes sont mortes peu après les faits"), which the tagger
    reads as a present: a happening told as done, not a state."""
    if not _unquoted(sentence):
        return False
    found = pattern("etre_compound_past", re.IGNORECASE).search(normalize(sentence.text))
    return found is not None


def tells_when_known(sentence: Sentence, tense: str | None) -> bool:
    """When something will be known, told in the future or the conditional by nobody quoted
    (``known_cues``: "La composition du gouvernement devrait être connue mercredi", "Les
    résultats ne seront pas connus avant des semaines"): a forecast of what will be learnt,
    day or not, no act of that day. (Said by someone, it is that someone's statement: "Les
    résultats seront connus dans six semaines, a précisé le porte-parole".)"""
    if tense not in lexicon()["future_tenses"] or sentence.report is not None:
        return False
    if not _told_by_nobody(sentence):
        return False
    return regex_cues("known_cues").search(normalize(sentence.text)) is not None


def is_forecast(text: str, tense: str | None) -> bool:
    """A projection ("la croissance devrait atteindre 1 % en 2025, selon les prévisions",
    "L'institut prévoit une croissance de 0,8 % en 2025": a rate, ``forecast_quantity``;
    "La police prévoit « entre 600 et 800 000 personnes »": a count of people expected,
    ``forecast_count``)."""
    cue = _cue_pattern("forecast_cues").search(text)
    if cue is None:
        return False
    return (
        tense in lexicon()["future_tenses"]
        or bool(_cue_pattern("forecast_nouns").search(text))
        or bool(regex_cues("forecast_quantity").search(text))
        or pattern("forecast_count", re.IGNORECASE).match(text[cue.end() :]) is not None
    )


def is_weather_bulletin(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """A bulletin's verbless sentence on the weather of the day of publication or of a day
    to come ("Ce samedi, temps globalement ensoleillé en matinée", "Rafales à proximité
    des foyers orageux"): a forecast. (Not what the weather did on a day gone by: "Rafales
    à 150 km/h mardi soir en Corse", published Wednesday.)"""
    if not is_verbless(sentence) or sentence.quote:
        return False
    if timex is not None and timex.span is not None and timex.span[1] < dct.isoformat():
        return False
    return _weather_subject(sentence)


def _weather_subject(sentence: Sentence) -> bool:
    """The weather is the sentence's subject: among its first words, or the first words
    after an opening phrase closed by a comma or a colon ("Dans le Jura vers 1000 m :
    minimales 2 à 6°": ``weather_subjects``); not a word the next one makes another noun
    ("Le temps de rédiger un communiqué": the time it takes, ``weather_words_otherwise``)."""
    text = normalize(sentence.text).strip().lower()
    starts = [text]
    opening = re.search(r"[,:]\s", text)
    if opening is not None and len(text[: opening.start()].split()) <= 6:
        starts.append(text[opening.end() :])
    weather = set(lexicon()["weather_subjects"])
    otherwise = lexicon()["weather_words_otherwise"]
    forms = pattern("weather_word_forms")
    for start in starts:
        words = start.replace("'", "' ").replace("’", "’ ").split()
        for at, word in enumerate(words[:4]):
            after = words[at + 1] if at + 1 < len(words) else ""
            if word in weather and after not in otherwise.get(word, ()):
                return True  # not "Le temps de rédiger ...": the time it takes
            if forms.match(word):
                return True
    return False


def is_weather_forecast(sentence: Sentence, tense: str | None) -> bool:
    """The weather to come, told in the future by nobody quoted, the weather being the
    subject ("Demain, le ciel sera dégagé sur l'ensemble du pays": ``weather_subjects``)."""
    if not _unquoted(sentence) or tense not in lexicon()["future_tenses"]:
        return False
    return _weather_subject(sentence)


def forecasts_weather(sentence: Sentence) -> bool:
    """The weather that had been forecast, told in the pluperfect, quoting nobody: the main
    verb one of forecasting (``weather_forecast_lemmas``), its object the weather
    (``weather_forecast_forms`` then a word of ``weather_subjects``: "Mercredi, le navire
    avait annoncé des vents de 35 noeuds jusqu'à jeudi", its forecaster as subject or as a
    leading clause's speaker): a forecast made before the time the narration tells, no
    event. (Not "Le maire avait annoncé des aides après les orages"; in the present, an
    authority's forecast is its statement, as gold dev9 has it.)"""
    report = sentence.report
    if sentence.quote or (report is not None and report.kind != "leading"):
        return False
    if told_tense(sentence) != "pluperfect":
        return False
    if sentence.verb not in lexicon()["weather_forecast_lemmas"]:
        return False
    return _weather_forecast().search(normalize(sentence.text)) is not None


@cache
def _weather_forecast() -> re.Pattern[str]:
    lex = lexicon()
    words = alternation(lex["weather_subjects"])
    return re.compile(rf"{lex['weather_forecast_forms']}(?:{words})\b", re.IGNORECASE)


def is_conditional_forecast(sentence: Sentence, tense: str | None) -> bool:
    """What will be if something is so, told in the future by nobody quoted, its condition
    opening the sentence (after a connective phrase at most): "Autrement dit, même si la
    croissance devait être nulle au quatrième trimestre, le PIB augmentera de 1,1 %"
    (``condition_openings``): a projection, no event."""
    if not _unquoted(sentence) or tense not in lexicon()["future_tenses"]:
        return False
    text = normalize(sentence.text).lstrip(' «"“').lower()
    head, comma, rest = text.partition(", ")
    openings = tuple(lexicon()["condition_openings"])
    return text.startswith(openings) or bool(
        comma and len(head.split()) <= 3 and rest.startswith(openings)
    )


def is_not_before(sentence: Sentence, tense: str | None) -> bool:
    """What will not happen before a time, told in the future or the conditional by nobody
    quoted ("Les secours ne devraient pas atteindre la zone avant mardi soir", "Le pont ne
    rouvrira pas avant l'été": ``not_before_cues``): a forecast of a limit, no event, the
    day being no day of the act. (Not "Les secours atteindront la zone mardi soir".)"""
    if not _unquoted(sentence) or sentence.report is not None:
        return False
    if tense not in lexicon()["future_tenses"]:
        return False
    return regex_cues("not_before_cues").search(normalize(sentence.text)) is not None


def is_history(text: str) -> bool:
    """A history rather than one happening: repeated over a period ("a affirmé à plusieurs
    reprises au cours des débats"), a record or a count of times before ("n'avait été
    prononcée qu'à quatre reprises", "la 100e fois depuis sa création"), a person's past
    ("a été condamné par le passé"), told by the sentence's own clauses: a relative clause
    set off by a comma tells of its antecedent ("Selon son avocat, qui lui a rendu visite à
    plusieurs reprises en prison, elle se satisfait du verdict": ``outside_relatives``)."""
    return bool(regex_cues("history_cues").search(outside_relatives(normalize(text))))


@cache
def _appositive_relative() -> re.Pattern[str]:
    """A relative clause a comma opens, up to the next comma or the sentence's end."""
    pronouns = "|".join(re.escape(w) for w in lexicon()["relative_pronouns"])
    return re.compile(rf",\s*(?:{pronouns})(?:\s|(?<=')|$)[^,;:]*(?=[,;:]|$)", re.IGNORECASE)


def outside_relatives(text: str) -> str:
    """``text`` without its relative clauses set off by a comma ("..., qui lui a rendu
    visite à plusieurs reprises, ..."): what its main clauses tell. A cleft's relative tells
    the news ("C'est X, qui l'a annoncé à plusieurs reprises": ``cleft_openings``) and stays."""
    opening = text.lstrip(' «"“').lower().replace("\u2019", "'")
    if opening.startswith(_cleft_openings()):
        return text
    return _appositive_relative().sub(",", text)


@cache
def _cleft_openings() -> tuple[str, ...]:
    """A cleft's openings (``cleft_openings``), each with the space after it."""
    return tuple(c + " " for c in lexicon()["cleft_openings"])


def lasted_years(sentence: Sentence, timex: Timex | None) -> bool:
    """What went on for years, told in a sentence that names no day ("Il a détourné les
    fonds pendant plus de dix ans", ``history_durations``), by the sentence itself, not in
    the words it quotes (the years of "a évoqué des « stocks saisis depuis des années »"
    are the speaker's, of a thing named, not of what the sentence tells): a history."""
    if timex is not None and names_day(timex) and not _is_age(sentence, timex):
        return False
    told = _quotations().sub(" ", normalize(sentence.text))
    return bool(regex_cues("history_durations").search(told))


def _is_age(sentence: Sentence, timex: Timex) -> bool:
    """The day is that of a person's age, in an apposition ("Dominique Pelicot, 72 ans
    aujourd'hui, ...": ``age_before_day``), not the day of what the sentence tells."""
    before = sentence.text[: max(0, timex.start - sentence.start)]
    return pattern("age_before_day").search(before) is not None


def is_record(sentence: Sentence, timex: Timex | None) -> bool:
    """A count to date naming no day ("Il s'agit du 20e homicide depuis le début de
    l'année": ``record_cues``; "Les deux clubs se sont affrontés à huit reprises":
    ``times_cues``), or a streak told in no past tense either ("Les Parisiens
    restent sur cinq victoires consécutives": ``streak_cues``): context; not "Le club a
    remporté dimanche son 5e titre depuis 2019", "Le PSG a signé sa cinquième victoire
    consécutive"."""
    if timex is not None and names_day(timex):
        return False
    text = normalize(sentence.text)
    if regex_cues("record_cues").search(text) or regex_cues("times_cues").search(text):
        return True
    past = told_tense(sentence) in lexicon()["past_tenses"]
    return not past and bool(regex_cues("streak_cues").search(text))


def is_told_before(
    sentence: Sentence, timex: Timex | None, others: Sequence[Timex], dct: dt.date
) -> bool:
    """What had happened or held long before the story, told in the pluperfect, the
    imperfect or the present with no date of its own, every period it names a year or more
    before publication ("Sorti en 2019, son précédent long métrage avait attiré deux
    millions de spectateurs", "Révélé en 1983, le chanteur enchaînait les tournées": the
    year is the apposition's, not the main clause's): a history. (Not "Condamné en 2015, il
    a été placé en garde à vue", a happening of the story's undated days.)"""
    told = told_tense(sentence)
    if timex is not None or not others:
        return False
    if told != "pluperfect" and told not in lexicon()["state_tenses"]:
        return False
    return _all_long_before(others, dct)


def tells_passe_simple(sentence: Sentence, timex: Timex | None) -> bool:
    """A past told in the passé simple, quoting nobody, past the article's first sentence,
    naming no day: the tense of a history or a portrait ("Ministre des Affaires étrangères
    pendant la crise, il reçut les syndicats pour leur expliquer sa réforme", "Quelques
    douze villages furent touchés par la vague"), which news French never uses for the
    day's news (told in the compound past or the present): context. The main verb is a
    simple form that can only be a passé simple's third person (``passe_simple_form``:
    spaCy's tagger reads many a passé simple as a present, "reconstruisirent"), or the passé
    simple of an auxiliary opens its verb group ("furent touchés", a copula "fut";
    ``passe_simple_auxiliaries``), not in a clause of its own ("après que le ministre se fut
    félicité", "Le traité qui fut signé en 1920 prévoit ..."). (Not a day of the story: "Ce
    monument fut inauguré hier"; not someone's words: "« Il fut un grand maire », a déclaré
    le préfet"; a source named with "selon" tells a history all the same.)"""
    if not _unquoted(sentence) or sentence.quoted is not None:
        return False
    if timex is not None and names_day(timex):
        return False
    lex = lexicon()
    if told_tense(sentence) not in lex["passe_simple_read_as"]:
        return False
    if sentence.index_in_paragraph == 0 and sentence.paragraph == 1:
        return False  # the lead tells the news
    text = sentence.text
    verb = sentence.verb or ""
    at = next((offset for offset, word in sentence.words if word == verb), None)
    if at is not None:
        found = re.match(r"\w+", text[at - sentence.start :])
        if found is not None and passe_simple_form(found.group().lower(), verb):
            return True
    # an auxiliary's passé simple before the main verb ("furent touchés"), or the copula
    # (no lexical verb: "Il fut pendant trente ans le maire du village")
    end = len(text)
    if at is not None:
        found = re.match(r"\w+", text[at - sentence.start :])
        end = at - sentence.start + (found.end() if found is not None else 0)
    main = _quotations().sub(" ", normalize(text[:end])).lower()
    if at is None:
        main = outside_relatives(main)
    auxiliaries = set(lex["passe_simple_auxiliaries"])
    clauses = {*lex["passe_simple_subordinators"], *lex["relative_pronouns"]}
    for word in re.findall(r"\w+", main):
        if word in clauses:
            return False
        if word in auxiliaries:
            return True
    return False


def passe_simple_form(form: str, lemma: str) -> bool:
    """``form`` of the verb ``lemma`` can only be the passé simple's third person: it ends as
    one (``passe_simple_narration``: "reçut", "passa", "vinrent") and is neither the
    present's (``features.passe_simple``; the verbs in "-vre", "-oudre" and "-indre" make
    theirs by the stem's end and "t": "vit", "poursuit", "résout", "atteint", also the
    participle "s'est éteint") nor the future's ("passera": the lemma and "a"), nor ends as
    a present or an imperfect of another group does (``passe_simple_not``: "va", "reçoit",
    "peut", "vaut", "finissait")."""
    lex = lexicon()
    endings = lex["passe_simple_narration"]
    group = endings["er"] if lemma.endswith("er") else endings["other"]
    if not form.endswith(tuple(group)) or form.endswith(tuple(lex["passe_simple_not"])):
        return False
    if form == lemma + "a" or (lemma.endswith("re") and form == lemma[:-3] + "t"):
        return False
    return passe_simple(form, lemma)


def _all_long_before(periods: Sequence[Timex], dct: dt.date) -> bool:
    """Every period of ``periods`` ends a year or more before publication
    (``context_past_days``)."""
    days = lexicon()["context_past_days"]
    return all(t.span is not None and _days_before(t.span[1], dct) >= days for t in periods)


def tells_history(
    sentence: Sentence,
    timex: Timex | None = None,
    others: Sequence[Timex] = (),
    dct: dt.date | None = None,
) -> bool:
    """Dated background told in a past tense or the imperfect ("Un glissement de terrain
    s'était produit en 2015", "Son premier roman est paru en 2009"): a past before the
    story, which the sentences after it may go on telling (``goes_on_history``). (Not a
    state that holds since then, in the present: "La ferme est depuis 2008 sous le coup
    d'un arrêté de péril".) So is context told by nobody that no date dates, whose dates
    (``others``) all lie a year or more before publication ``dct``, held by a noun and not
    by its verb ("Le pays commémore l'anniversaire du séisme du 12 janvier 2010", a
    happening named with its day): what follows it goes on telling that happening."""
    lex = lexicon()
    if sentence.role == "background" and told_tense(sentence) in lex["history_tenses"]:
        return True
    if (
        sentence.role == "background"
        and told_tense(sentence) == "present"
        and timex is not None
        and dct is not None
        and names_day(timex)
        and timex.span is not None
        and _days_before(timex.span[1], dct) >= lex["historic_present_days"]
    ):
        return True  # the historic present of a day a month gone by: a biography's narration
    periods = _periods(others)
    return (
        sentence.role == "context"
        and timex is None
        and dct is not None
        and bool(periods)
        and sentence.report is None
        and _told_by_nobody(sentence)
        and sentence.quoted is None
        and _all_long_before(periods, dct)
        and any(_dated_noun(sentence, t) is not None for t in periods)
    )


def _dated_noun(sentence: Sentence, timex: Timex) -> str | None:
    """The noun (lemma) whose complement the date ``timex`` is, the date following it after
    "du" or "de" ("le tsunami du 26 décembre 2004", "la crise de 2008":
    ``dated_noun_link``), else None (not "la faillite de Monarch il y a deux ans")."""
    before = [(at, lemma) for at, lemma in sentence.words if at < timex.start]
    if not before:
        return None
    at, lemma = max(before)
    gap = sentence.text[at - sentence.start : timex.start - sentence.start]
    word = re.match(r"\w+", gap)
    link = pattern("dated_noun_link", re.IGNORECASE)
    return lemma if word is not None and link.match(gap[word.end() :]) else None


def dated_nouns(sentences: Sequence[Sentence], timexes: Sequence[Timex], dct: dt.date) -> set[str]:
    """The nouns (lemmas) an article names an older happening by: a noun whose complement
    is a date a year or more before publication, which dates nothing in its sentence ("le
    tsunami du 26 décembre 2004", "la crise de 2008": ``dated_noun_link``)."""
    nouns: set[str] = set()
    for sentence in sentences:
        for index in sentence.timexes:
            timex = timexes[index]
            if index == sentence.timex or timex.type == "DURATION" or timex.span is None:
                continue
            noun = _dated_noun(sentence, timex)
            if noun is not None and _all_long_before([timex], dct):
                nouns.add(noun)
    return nouns


def tells_dated_happening(
    sentence: Sentence, nouns: Collection[str], others: Sequence[Timex], dct: dt.date
) -> bool:
    """A sentence told in a past tense by nobody quoted, with no date of its own but
    periods long before publication, whose first word of content is a noun by which the
    article named an older happening with its date (``dated_nouns``: "Le séisme du 12
    janvier 2010 ... Le séisme a également détruit le palais présidentiel"): that
    happening's past, told again. (Not one of another subject: "Les secours ont retrouvé
    dimanche un survivant".)"""
    if not nouns or not sentence.words:
        return False
    return min(sentence.words)[1] in nouns and _past_told_by_nobody(sentence, others, dct)


def _periods(timexes: Sequence[Timex]) -> list[Timex]:
    """The expressions of ``timexes`` that name a time, not a length ("en quarante ans de
    carrière", "pendant trois mois")."""
    return [t for t in timexes if t.type != "DURATION"]


def goes_on_history(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """A sentence right after one that tells history (``tells_history``) in its paragraph,
    told in a past tense or the imperfect by nobody quoted, with no date of its own but
    periods long before publication ("Un glissement de terrain s'était produit en 2015.
    Des filets avaient alors été posés sur la pente.", "Son premier roman est paru en
    2009. Traducteur aussi, il a adapté les poèmes de Rilke en 1998."; a length is no
    date: "pendant trois mois"): the narration stays in that past, the same history (the
    caller checks the sentence before). (Not one that names a period of the story: "Les
    ventes avaient reculé de 3 % en mars. Le groupe a supprimé en avril 400 postes"; not
    someone's words: "..., a-t-il rappelé".)"""
    return _past_told_by_nobody(sentence, others, dct)


def latest_day(timexes: Sequence[Timex], until: str | None = None) -> str | None:
    """The last day of the periods ``timexes`` name (lengths aside) and of ``until``."""
    ends = [t.span[1] for t in _periods(timexes) if t.span is not None]
    return max([*ends, *([until] if until else [])], default=None)


def lapse_reaches_story(
    sentence: Sentence, others: Sequence[Timex], until: str | None, dct: dt.date
) -> bool:
    """The sentence opens on a lapse of years counted on from the history told before it
    (``lapse_after``: "Plus d'un siècle après, l'épave a enfin été retrouvée", "107 ans
    plus tard, ..."), which, from the last day that history named (``until``), reaches
    the year of publication ``dct``: at least the lapse ("plus d'un siècle", MORE_THAN)
    reaches it when it ends by then, an exact one when it ends within a year of it. The
    narration is back in the story's time, no longer in that past. (Not "Un siècle plus
    tard, la tour Eiffel était construite", nor "Plus d'un siècle plus tard", after 1789:
    "more than" stretches the lapse by a share of itself at most, ``lapse_more_than``.)"""
    if until is None:
        return False
    text = normalize(sentence.text)
    for timex in others:
        at = timex.start - sentence.start
        years = _lapse_years(timex)
        if years is None or text[:at].strip(' «"-–—') != "":
            continue
        if not pattern("lapse_after", re.IGNORECASE).match(text[timex.end - sentence.start :]):
            continue
        reached = int(until[:4]) + years
        if timex.mod == "MORE_THAN":
            stretch: float = lexicon()["lapse_more_than"]
            return reached <= dct.year <= reached + years * stretch
        return abs(dct.year - reached) <= 1
    return False


def _lapse_years(timex: Timex) -> int | None:
    """The years of a length told in years, decades or centuries ("P100Y", "P3DE"), else
    None."""
    found = re.fullmatch(r"P(\d+)(Y|DE|CE)", timex.value) if timex.type == "DURATION" else None
    if found is None:
        return None
    return int(found.group(1)) * {"Y": 1, "DE": 10, "CE": 100}[found.group(2)]


def tells_earlier(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """Undated context that tells a past before the story, which a pluperfect after it goes
    on telling (``goes_on_earlier``): an office held then ("Elle était jusque-là juriste au
    Conseil constitutionnel": ``held_office``), a person's past or a recent past the story
    does not date ("Il a récemment reporté sa tournée": ``is_history``), a narration in the
    passé simple, what had held long before (``is_told_before``)."""
    return sentence.role == "context" and (
        held_office(sentence)
        or is_history(governing_text(sentence))
        or tells_passe_simple(sentence, None)
        or is_told_before(sentence, None, others, dct)
    )


def goes_on_earlier(sentence: Sentence) -> bool:
    """A sentence in the pluperfect by nobody quoted, with no date of its own, right after
    context that tells a past before the story (``tells_earlier``; the caller checks the
    sentence before and the date): the pluperfect tells what came before a past, and the
    past it refers to is that one ("Elle était jusque-là juriste au Conseil
    constitutionnel. Elle y avait été nommée par son président."), not the story's. (Not the
    compound past, the story's own tense: "Il a récemment reporté sa tournée. Les
    promoteurs ont annoncé jeudi ..."; not after the story's events: "Le maire a été
    réélu dimanche. Il avait été battu en 2014 ..." has a date of its own.)"""
    return (
        told_tense(sentence) == "pluperfect"
        and sentence.report is None
        and _told_by_nobody(sentence)
        and sentence.quoted is None
    )


def goes_on_historic_present(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """A sentence in the present right after history told in the historic present (a day
    a month or more gone by: ``tells_history``), by nobody quoted, with no date of its own:
    the narration of that past goes on ("Le 8 février 2006, il publie des caricatures.
    Attaqué en justice, le journal gagne son procès")."""
    return _long_before_told_by_nobody(sentence, ("present",), others, dct)


def _past_told_by_nobody(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """Told in a past tense or the imperfect (``history_tenses``) by nobody quoted, every
    period it names long before publication (``_long_before_told_by_nobody``): a past
    before the story, if what comes before it tells one (``goes_on_history``,
    ``tells_career``)."""
    return _long_before_told_by_nobody(sentence, lexicon()["history_tenses"], others, dct)


def _long_before_told_by_nobody(
    sentence: Sentence, tenses: Sequence[str], others: Sequence[Timex], dct: dt.date
) -> bool:
    """Told in one of ``tenses`` by nobody quoted (no reporting clause, no quotation), every
    period it names (``others``, its expressions; lengths aside) over a year or more before
    publication."""
    return (
        told_tense(sentence) in tenses
        and sentence.report is None
        and _told_by_nobody(sentence)
        and sentence.quoted is None
        and _all_long_before(_periods(others), dct)
    )


def deceased_names(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The names of the person an obituary tells the death of: a sentence of the article's
    first two paragraphs whose act is a death (``death_lemmas``) at an age ("Le peintre X
    est mort à 81 ans", "est décédé à l'âge de 81 ans": ``death_age``), and the persons it
    names out of its reporting clause, or when it names none ("Il est mort à 81 ans"),
    those of the sentence before it; when neither names anyone (the death told of a
    description: "Le grand couturier français est décédé à l'âge de 71 ans"), the first
    person the next sentences of those paragraphs name ("C'est une figure de la mode qui nous
    a quittés. Yves Saint Laurent, l'homme qui ..."); () for any other article (a disaster's
    toll names no age: "Trois personnes sont mortes")."""
    lex = lexicon()
    death: int | None = None
    for i, sentence in enumerate(sentences):
        if sentence.paragraph > 2:
            break
        if sentence.action not in lex["death_lemmas"] or not pattern(
            "death_age", re.IGNORECASE
        ).search(normalize(sentence.text)):
            continue
        death = i if death is None else death
        for told in (sentence, sentences[i - 1] if i else None):
            if told is not None and _persons(told):
                return _persons(told)
    if death is None:
        return ()
    # the death told of a description ("Le grand couturier français est décédé à l'âge de 71
    # ans"): the person the next sentences of the first two paragraphs name first
    for told in sentences[death + 1 :]:
        if told.paragraph > 2:
            break
        if _persons(told):
            return _persons(told)[:1]
    return ()


def _persons(sentence: Sentence) -> tuple[str, ...]:
    """The persons a sentence names out of its reporting clause, in order."""
    report = sentence.report
    return tuple(
        m.text
        for m in sentence.mentions
        if m.label == "PER" and (report is None or not report.start <= m.start < report.end)
    )


def tells_career(
    sentence: Sentence, names: Sequence[str], others: Sequence[Timex], dct: dt.date
) -> bool:
    """A sentence of an obituary (``deceased_names``: ``names``) whose subject is the
    deceased, a pronoun or the name opening it (after a phrase set off by a comma: "En une
    trentaine de romans, il a raconté ..."), told in a past tense or the imperfect by nobody
    quoted, with no date of the story: the career, context. Past the first paragraph, any of
    those tenses; in the first, which tells the death, only those of a past before the story
    (``career_past_tenses``: the pluperfect, the imperfect), not the compound past of the
    death's news ("Elle a succombé à une longue maladie"). So is a thing of the deceased's,
    a possessive opening it (``career_possessives``), told in those tenses only ("Sa vie de
    combats en avait fait l'une des figures les plus appréciées des Français"; not "Ses
    obsèques ont été célébrées dans l'intimité", the story's). (Not the death itself, nor a
    day of the story: "Il avait été hospitalisé jeudi"; not what someone else did: "Le
    président a salué un géant de la chanson"; not what the deceased's own said: "Sa
    famille a annoncé ...", a verb of speech.)"""
    if not names:
        return False
    lex = lexicon()
    before_story = told_tense(sentence) in lex["career_past_tenses"]
    if sentence.paragraph < 2 and not before_story:
        return False
    if sentence.action in lex["death_lemmas"] or not _past_told_by_nobody(sentence, others, dct):
        return False
    if {sentence.verb, sentence.action} & set(lex["speech_lemmas"]):
        return False
    subjects = {*lex["career_subjects"], *(n.lower() for n in names)}
    subjects.update(n.split()[-1].lower() for n in names)
    if before_story:
        subjects.update(lex["career_possessives"])
    text = normalize(sentence.text).strip().lower()
    lead, comma, rest = text.partition(", ")
    openings = [text]
    if comma and len(lead.split()) <= lex["career_lead_max_words"]:
        openings.append(rest)
    connectives = tuple(f"{w} " for w in lex["career_connectives"])
    for opening in openings:
        for word in connectives:
            if opening.startswith(word):
                opening = opening[len(word) :]
        if any(opening.startswith(f"{subject} ") for subject in subjects):
            return True
    return False


def said_long_before(
    sentence: Sentence, timex: Timex | None, others: Sequence[Timex], dct: dt.date
) -> bool:
    """A statement made long before the story, its reporting clause in the pluperfect and
    every period it names a year or more before publication ("En 2014, le parti avait
    estimé que ce risque relevait du conte de fées"): context. (Not "Lundi, le ministre
    avait estimé que le pont était sûr", of the story's days.)"""
    if sentence.report is None or sentence.tense != "pluperfect" or not others:
        return False
    if timex is not None and timex not in others:
        return False
    return _all_long_before(others, dct)


def is_street_voice(sentence: Sentence) -> bool:
    """A passer-by's feeling, opinion or memory, told in the present or the imperfect by a
    speaker named with an indefinite determiner ("« C'est une honte », estime un habitant")
    or by a given name alone and what the speaker is ("« Mon père y travaillait déjà »,
    raconte Jean-Pierre, retraité", "confie Sandrine, 45 ans"), with a verb of opinion or
    testimony (``opinion_reporting_verbs``): a voice of the street, no statement of its own
    even in a paragraph of its own (it goes on with the story it reacts to). (Not what a
    witness saw happen: "« Ils ont tout cassé », raconte un habitant".)"""
    report = sentence.report
    lex = lexicon()
    if (
        report is None
        or report.speaker is None
        or report.verb not in lex["opinion_reporting_verbs"]
    ):
        return False
    if sentence.content_tense not in lex["state_tenses"]:
        return False
    first, last = (at - sentence.start for at in report.speaker)
    who = sentence.text[first:last].split()
    if set(w.lower() for w in who[:1]) & set(lex["indefinite_speakers"]):
        return True
    after = sentence.text[last : report.end - sentence.start]
    return len(who) == 1 and pattern("street_voice_apposition").match(after) is not None


def is_recalled(sentence: Sentence) -> bool:
    """What a reporting clause recalls (``reminder_verbs``: "rappelle Le Monde", "a
    rappelé le préfet"), told in a past tense ("L'usine avait déjà connu
    une fuite de gaz en 2013, rappelle Le Monde"): not what was said that day but what
    had happened, to be told as such (a history when it is old)."""
    lex = lexicon()
    return (
        sentence.report is not None
        and sentence.report.verb in lex["reminder_verbs"]
        and sentence.content_tense in lex["recalled_tenses"]
    )


def is_statement(
    sentence: Sentence,
    timex: Timex | None = None,
    dct: dt.date | None = None,
    said: Timex | None = None,
) -> bool:
    """The saying is the event: a reported claim, judgement, forecast or state (not a
    happening relayed by whoever reports it: "quatre croiseurs ont tiré ..., a souligné le
    ministre", nor what was so on the day its content names, told in the imperfect: "Les
    habitants pouvaient regagner dès jeudi soir leur domicile, ont précisé les autorités";
    ``timex``: the expression that dates the sentence, a day up to publication ``dct``;
    not "que l'audience reprendrait mercredi", to come). A reporting clause that names the
    day it was said (``said``) while what it reports is dated by a period ("le chômage est
    reparti à la hausse au troisième trimestre, a annoncé l'Insee jeudi") is a statement
    too: a figure published that day about that period. A claim verb relaying an act on a
    day of its own is not one (``relays_dated_act``)."""
    report = sentence.report
    if not report:
        return False
    lex = lexicon()
    lemma = sentence.action
    action = families().get(lemma, lemma) if lemma else None
    told_day = (
        sentence.content_tense in lex["reported_day_tenses"]
        and dct is not None
        and _content_day(sentence, timex, dct)
    )
    published = (
        said is not None
        and names_day(said)
        and timex is not None
        and timex is not said
        and not names_day(timex)
    )
    return (
        published
        or (
            report.verb in lex["claim_reporting_verbs"]
            and not (dct is not None and relays_dated_act(sentence, timex, dct))
        )
        or (sentence.content_tense not in ("past", "pluperfect", "present") and not told_day)
        or action is None
        or action == "~saying"
        or lemma in lex["stative_lemmas"]
    )


def _content_day(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """The reported content names a day of its own up to publication ``dct`` (``timex``,
    the expression dating the sentence, is a day outside its reporting clause)."""
    report = sentence.report
    return (
        report is not None
        and timex is not None
        and names_day(timex)
        and timex.span is not None
        and timex.span[1] <= dct.isoformat()
        and not report.start <= timex.start < report.end
    )


def relays_dated_act(sentence: Sentence, timex: Timex | None, dct: dt.date) -> bool:
    """A plain verb of saying among the claim verbs (``plain_saying_verbs``: "a déclaré",
    "a dit") in an incise after what it reports (``relaying_clause_kinds``), relaying an
    act told done (``relayed_act_tenses``) on a day of its own: "Le ferry a été remorqué
    jeudi jusqu'au port, a déclaré le préfet" relays the happening, which keeps its day,
    as with "a indiqué" or "selon" (a relayed act is the happening). Not words quoted (« Ce
    soir, nous avons écrit une page d'histoire », a déclaré le capitaine): what was said."""
    lex = lexicon()
    report = sentence.report
    return (
        report is not None
        and not sentence.quote
        and report.kind in lex["relaying_clause_kinds"]
        and report.verb in lex["plain_saying_verbs"]
        and sentence.content_tense in lex["relayed_act_tenses"]
        and _content_day(sentence, timex, dct)
    )


def _days_before(iso: str, dct: dt.date) -> int:
    return (dct - dt.date.fromisoformat(iso)).days


def is_background(
    timex: Timex, tense: str | None, dct: dt.date, others: Sequence[Timex] = (), text: str = ""
) -> bool:
    """Dated background: an open start ("depuis plus d'un an"), a state or comparison
    dated by a period that began long before publication ("depuis 2011", "en 2019, la
    croissance était ...", a verbless "ces hommes scrutés depuis dix mois"), anything that
    ended a year or more before publication, what had happened in a past period over well
    before the story ("La reprise, au deuxième trimestre, avait été entravée", published in
    October; not "Le suspect avait été arrêté en mai", in early July: the story's recent
    past) or over a vague recent period ("Ces dernières semaines, la mairie avait dû fermer
    deux écoles"), and a comparison of
    periods ("94 en 2023, contre 118 en 2022": ``others``, the sentence's expressions).
    ``text``: the sentence, for a pluperfect told as done already ("il avait déjà renoncé
    en mars": background however recent the month)."""
    lex = lexicon()
    span = timex.span
    if not span:
        return False
    if timex.open_start:
        return True
    first, last = span
    if _days_before(last, dct) >= lex["context_past_days"]:
        return True
    coarse = set(lex["context_coarse_precisions"])
    if (
        timex.precision in coarse
        and tense in lex["background_tenses"]
        and last < dct.isoformat()
        and (
            _days_before(last, dct) >= lex["story_past_days"]
            or _cue_pattern("already_adverbs").search(normalize(text)) is not None
        )
    ):
        return True  # what had happened in a period over well before the story
    if timex.rule in lex["recent_period_rules"] and tense in lex["background_tenses"]:
        return True  # what had happened in the weeks before the story: "ces dernières semaines"
    if (
        timex.precision in lex["past_year_precisions"]
        and tense in lex["past_tenses"]
        and last < f"{dct.year}-01-01"
    ):
        return True  # a year's record before the year of publication
    years = set(lex["context_comparison_precisions"])
    if timex.precision in years:
        periods = {t.value for t in others if t.precision in years and t.span}
        if len(periods) >= 2:
            return True
    state = tense in lex["state_tenses"] or tense is None
    if state and names_day(timex) and _days_before(last, dct) >= lex["historic_present_days"]:
        return True  # a day a month gone by, told in the present: a biography's, no news
    return state and _days_before(first, dct) >= lex["context_state_days"]


def names_day(timex: Timex) -> bool:
    """The expression names a day ("ce samedi soir"), not a length ("les trois derniers
    jours") nor a longer period ("en septembre")."""
    return timex.type != "DURATION" and timex.precision in lexicon()["nominal_event_precisions"]


def is_since(timex: Timex, dct: dt.date | None = None) -> bool:
    """The time since which something holds, as a length or a period ("depuis trois
    jours", "depuis 2011"; the temporal rules that read "depuis" are named ``since_*``),
    not a day ("depuis lundi", "depuis jeudi 31 août, date à laquelle ...": that day's
    happening is told), unless that day lies a year or more before publication ``dct``
    (``context_past_days``: "La sonde a voyagé depuis le 15 octobre 1997 avec l'orbiteur",
    told in 2005: the start of years gone by)."""
    if not timex.rule.startswith("since_"):
        return False
    if not names_day(timex):
        return True
    return (
        dct is not None
        and timex.span is not None
        and _days_before(timex.span[0], dct) >= lexicon()["context_past_days"]
    )


def opens_on_since(sentence: Sentence, others: Sequence[Timex], dct: dt.date) -> bool:
    """The sentence opens on the time since which what it tells holds, an expression that
    dates nothing of its own ("Depuis 2011, six attaques de requins, dont deux mortelles, ont
    été recensées à La Réunion", told in 2012: ``is_since``): a tally since then, as when
    that time dates the sentence."""
    opening = normalize(sentence.text).lstrip(' «"“').lower()
    return any(is_since(t, dct) and opening.startswith(f"depuis {t.text.lower()}") for t in others)


def tells_now(text: str) -> bool:
    """The sentence tells where things stand on the day it is told ("La cour s'est
    désormais retirée", "pour l'heure")."""
    return bool(_cue_pattern("now_adverbs").search(normalize(text)))


def named_subject_acts(sentence: Sentence) -> bool:
    """A person named opens the sentence as the subject of its verb, after at most a title
    or a determiner (``named_subject_max_words``: "Le centriste Gilles de Robien quitte le
    ministère des Transports", "Sa consœur Laure Chabaud prend ensuite la parole", "Catherine
    Colonna, ancienne porte-parole de la présidence, devient ministre"): someone's act, told
    in the present of narration; also after a past participle's phrase that opens the
    sentence ("Nommée garde des Sceaux, Nicole Belloubet succède à François Bayrou":
    ``_fronted_participle``); or the one just named pointed back to by a demonstrative and a
    noun of a person (``pointed_person_subject``: "Patron de Porsche jusqu'ici, ..., cet
    homme de 62 ans prend les commandes"), or described by the noun of what they are
    (``described_person_subject``: "Le candidat démocrate empoche les 16 grands électeurs",
    "L'ancien vice-président, qui a comblé son retard, mène désormais de 917 voix"; not a
    state, ``described_subject_states``: "Le président dispose de neuf jours"). (Not a name
    before a colon, a title's: "X en faillite : sa filiale maintient ses vols".)"""
    verb_at = [at for at, lemma in sentence.words if lemma == sentence.verb]
    if not verb_at:
        return False
    before_verb = normalize(sentence.text[: verb_at[0] - sentence.start])
    if pattern("pointed_person_subject", re.IGNORECASE).match(before_verb):
        return True  # "Patron de Porsche jusqu'ici, ..., cet homme de 62 ans prend ..."
    if pattern("described_person_subject", re.IGNORECASE).match(before_verb):
        # "Le candidat démocrate empoche les 16 grands électeurs de l'État" (not a state:
        # "Le président dispose de neuf jours")
        return sentence.verb not in lexicon()["described_subject_states"]
    most = lexicon()["named_subject_max_words"]
    for m in sentence.mentions:
        if m.label != "PER" or m.end > verb_at[0]:
            continue
        before = sentence.text[: m.start - sentence.start]
        between = sentence.text[m.end - sentence.start : verb_at[0] - sentence.start]
        if ":" in between:
            continue
        if len(before.split()) <= most and "," not in before:
            return True
        if _fronted_participle(before):
            return True
    return False


def body_tells(sentence: Sentence) -> bool:
    """A sentence in the present whose own verb says, asks or finds (``speech_lemmas``,
    ``finding_lemmas``, or a phrase of ``finding_phrases``), its subject named, not a
    pronoun, with no reporting clause ("La préfecture de police demande aux Parisiens
    d'éviter le secteur", "Le bilan provisoire fait état de deux morts, selon le parquet",
    "Le rapport relève des manquements"), or what it means to do (``intention_cues``:
    "Volkswagen compte inscrire 6,5 milliards d'euros de provisions"): what a body or a
    person says, finds or intends the day it is told, a statement of its own when it opens
    a paragraph (``extract._classify``), not a description. A sentence with a reporting
    clause ("La société rappelle qu'en l'absence de sinistre, le contrat est reconduit") is
    left to ``is_statement``, as are quotations."""
    if sentence.report is not None or sentence.quote or sentence.hypothetical:
        return False
    if opens_with_pronoun(sentence.text):
        return False
    lex = lexicon()
    if sentence.verb in lex["speech_lemmas"] or sentence.verb in lex["finding_lemmas"]:
        return True
    if tells_intention(sentence):
        return True  # what it means to do: "Volkswagen compte inscrire 6,5 milliards ..."
    return _cue_pattern("finding_phrases").search(normalize(sentence.text)) is not None


@cache
def _view_opening() -> re.Pattern[str]:
    """An opening that says whose view follows, its holder up to the comma that sets it
    off (a gloss in brackets may close it: "Pour Gérard Simon (FO), ...")."""
    openings = alternation(lexicon()["view_openings"])
    return re.compile(
        rf"\W*(?:{openings})(?:(?<=')|\s+)(?P<holder>[^,;:«»\"“”()]{{1,80}}?)"
        r"(?:\s*\([^()]{1,30}\))?\s*,",
        re.IGNORECASE,
    )


def view_holder(sentence: Sentence) -> bool:
    """The sentence opens on whose view it tells, set off by a comma (``view_openings``:
    "Pour le porte-parole du gouvernement, Luc Bernard, ...", "Aux yeux de la CGT, ..."),
    quoting nobody. The holder is a person or a body the parse names inside it
    (``view_holder_labels``), or its words before any "de" hold a noun of a person who
    speaks (``view_holder_people``) or of a body (``view_holder_bodies``). Not "Pour l'heure,
    ...", "Pour les victimes, ...", "Pour beaucoup, ...", "Pour ce vote, ...", nor what is so
    for someone set against another (``view_beneficiary_cues``: "Pour Jean Le Cam, ..., la
    compensation sera plus importante que pour les deux autres marins")."""
    if not _unquoted(sentence):
        return False
    text = normalize(sentence.text)
    found = _view_opening().match(text)
    if found is None or regex_cues("view_beneficiary_cues").search(text, found.end()):
        return False
    start, end = sentence.start + found.start("holder"), sentence.start + found.end("holder")
    labels = lexicon()["view_holder_labels"]
    if any(m.label in labels and start <= m.start and m.end <= end for m in sentence.mentions):
        return True
    head = re.split(r"\b(?:de|du|des|d')(?:\s|(?<=')|$)", found.group("holder").lower())[0]
    return any(
        _cue_pattern(nouns).search(head) is not None
        for nouns in ("view_holder_people", "view_holder_bodies")
    )


def opens_on_view(sentence: Sentence, tense: str | None) -> bool:
    """A view opened by whom it is of (``view_holder``), told in the present, the future or
    the conditional (``view_tenses``): "Pour Gérard Simon (FO), la mobilisation est d'une
    ampleur exceptionnelle et aura des suites", "Pour le Premier secrétaire du PS, Alain
    Roux, la seule décision valable serait un retrait total": the holder's statement of the
    day it is told, not a happening, a forecast or a description."""
    return tense in lexicon()["view_tenses"] and view_holder(sentence)


@cache
def _channel_opening() -> re.Pattern[str]:
    """A channel of speech opening the sentence (``channel_nouns`` after a preposition and
    a determiner, at most three words between, or one of ``channel_openings``)."""
    lex = lexicon()
    prepositions = alternation(lex["channel_prepositions"])
    determiners = alternation(lex["channel_determiners"])
    nouns = alternation(lex["channel_nouns"])
    listed = shared_boundaries(str(p) for p in lex["channel_openings"])
    fronted = (
        rf"(?:{prepositions})\s+(?:{determiners})(?:(?<=')|\s+)"
        rf"(?:[^\s,;:.]+\s+){{0,3}}?(?:[«\"“]\s*)?(?:{nouns})\b"
    )
    return re.compile(rf"\W*(?:{fronted}|{listed})", re.IGNORECASE)


def _recalls_rule(sentence: Sentence) -> bool:
    """A reminder verb before a present ("la loterie rappelle qu'en l'absence de gagnant, le
    montant est remis en jeu"): a standing rule recalled, not news (``reminder_verbs``)."""
    report = sentence.report
    return (
        report is not None
        and report.verb in lexicon()["reminder_verbs"]
        and sentence.content_tense == "present"
    )


def opens_on_channel(sentence: Sentence) -> bool:
    """The channel the sentence's words were said in opens it, set off by a comma before
    its verb, the verb in the present of narration (``channel_tenses``): "Dans un
    communiqué, le directeur de campagne reproche aux autorités de ...", "Sur son blog, la
    députée dénonce une décision « brutale »", "Dans un message au peuple publié par le
    quotidien officiel, le dirigeant explique que ...", "Interrogé par un quotidien, l'expert
    assure que ...": the speaker's statement of the day it is told, an event of its own when
    it opens its paragraph (``extract._classify``), never context nor a forecast. A verb the
    tagger read as a noun ("juge", "pointe": the sentence has no tense) is found by its form
    (``channel_unread_verbs``). Not a quotation, nor what was said told in a past tense
    ("Dans un communiqué, l'Académie a salué ..."), nor a rule recalled ("Sur son site, la
    loterie rappelle qu'en l'absence de gagnant, le montant est remis en jeu")."""
    if sentence.quote or _recalls_rule(sentence):
        return False
    text = normalize(sentence.text)
    found = _channel_opening().match(text)
    if found is None:
        return False
    verb_at: int | None = None
    if sentence.tense is None:
        unread = _cue_pattern("channel_unread_verbs").search(text, found.end())
        verb_at = unread.start() if unread is not None else None
    elif sentence.tense not in lexicon()["channel_tenses"]:
        return False
    elif sentence.report is not None and sentence.report.kind == "leading":
        verb_at = sentence.report.end - sentence.start  # the clause up to its verb
    else:
        at = [at for at, lemma in sentence.words if lemma == sentence.verb]
        verb_at = at[0] - sentence.start if at else None
    return verb_at is not None and "," in text[found.end() : verb_at]


def tells_intention(sentence: Sentence) -> bool:
    """What a body or a person says it means to do, in the present before an infinitive,
    quoting nobody (``intention_cues``: "Pour couvrir les coûts du scandale, Volkswagen
    compte inscrire 6,5 milliards d'euros de provisions", "La direction entend poursuivre
    les discussions"; the tagger may read "compte" as a noun and find no verb)."""
    if not _unquoted(sentence) or sentence.hypothetical:
        return False
    return regex_cues("intention_cues").search(normalize(sentence.text)) is not None


def _fronted_participle(before: str) -> bool:
    """The text before the name is a past participle's phrase closed by a comma
    (``fronted_participle``): "Nommée garde des Sceaux, Nicole Belloubet succède à François
    Bayrou" (not "Mardi, ...", "Selon le ministère, ...", "Côté gouvernement, ...")."""
    return pattern("fronted_participle", re.IGNORECASE).match(before) is not None


def tells_act_in_clause(sentence: Sentence) -> bool:
    """The sentence tells its act in a clause of its own, in a compound past, behind a
    frame that only sets it: an affirmative cleft opening it ("C'est l'Office de la
    biodiversité qui a procédé à l'identification", "C'est à son domicile que le chanteur a
    été pris d'un malaise"; not a presentative with an indefinite focus, "C'est une annonce
    qui a fait l'effet d'une bombe", nor a connective, "C'est ainsi que ..."), or a scene in
    the imperfect cut by an act ("Le rappeur chantait au festival lorsqu'il a lancé au
    public ..."). Its verb is "être" or the imperfect's, and the act is told in the past:
    a happening of the story (``extract._classify``), not the frame's state or scene.
    (``_act_clauses``, the vocabulary in ``act_cleft_openings``, ``cleft_focus_not_told``,
    ``interrupting_conjunctions``, ``act_clause_past``.)"""
    cleft, frame = _act_clauses()
    text = normalize(sentence.text)
    if sentence.tense == "imperfect" and frame.search(text) is not None:
        return True
    if sentence.tense == "present" and _act_after_colon(sentence, text):
        return True
    return sentence.verb == "être" and cleft.match(text) is not None


def _act_after_colon(sentence: Sentence, text: str) -> bool:
    """A clause in the present sets a judgement or a feeling, and a colon after its verb
    opens the act it is about, told in the compound past ("La saison ne fait que commencer,
    mais le coureur peut déjà se réjouir : il a remporté dimanche le Tour de Bretagne", "Le
    démocrate se voit déjà président : il a parlé de la crise ...": ``act_clause_past``
    after the colon, quoting nobody)."""
    if sentence.quote or sentence.report is not None:
        return False
    if sentence.verb is None:
        return False
    # the verb's place; a modal's is not among the words ("peut déjà se réjouir")
    at = next((offset for offset, word in sentence.words if word == sentence.verb), None)
    found = _colon_act().search(text, 0 if at is None else at - sentence.start)
    return found is not None and "«" not in text[: found.start()]


@cache
def _colon_act() -> re.Pattern[str]:
    """A colon, then a clause of ``act_clause_past`` (``_act_after_colon``)."""
    return re.compile(rf"\s:\s+(?:{lexicon()['act_clause_past']})", re.IGNORECASE)


@cache
def _act_clauses() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cleft whose relative tells an act in the past, read from the sentence's start,
    and the conjunction that cuts a scene with an act, anywhere (``tells_act_in_clause``).
    The cleft's "qui" follows its focus with no comma: after one, it is a relative of
    its own about a name listed ("Ce sont X (...), qui a reçu six heures, et Y (...), qui
    a reçu dix heures"); "que" may follow a comma ("C'est à son domicile, un manoir qu'il
    louait, que le chanteur a été pris d'un malaise")."""
    lex = lexicon()
    clause = lex["act_clause_past"]
    openings = alternation(lex["act_cleft_openings"])
    focus = alternation(lex["cleft_focus_not_told"])
    # "lorsqu'il", "lorsque le", "quand il": an elided conjunction glued to its subject
    conjunctions = alternation(
        [c if c.endswith("'") else c + " " for c in lex["interrupting_conjunctions"]]
    )
    cleft = re.compile(
        rf"\s*(?:[^,«\"“]{{0,80}},\s*)?(?:{openings})\s+(?!(?:{focus})\b)[^«\"“]*?"
        rf"(?:(?<![,\s])\s+qui\s+|\bque\s+|\bqu')(?:{clause})",
        re.IGNORECASE,
    )
    frame = re.compile(rf"\b(?:{conjunctions})(?:{clause})", re.IGNORECASE)
    return cleft, frame


def opens_on_moment(sentence: Sentence, timexes: Sequence[Timex]) -> bool:
    """The sentence opens on a moment of a day of the story, a clock time or a part of the
    day (a TIMEX3 of type TIME on a calendar day), after at most ``moment_opening_max_words``
    words ("En fin de journée, le président était toujours retenu dans sa résidence", "Vers
    15 heures, des centaines de personnes attendaient devant la gare"): told in the imperfect,
    the scene at that moment of the day, not how things stood before the story. (Not a
    duration after something: "Dix heures après le déraillement"; not a moment inside a
    participle or a relative: "le communiqué diffusé vers midi".)"""
    most = lexicon()["moment_opening_max_words"]
    for timex in timexes:
        if timex.type != "TIME" or timex.span is None:
            continue
        before = sentence.text[: max(0, timex.start - sentence.start)]
        if len(before.split()) <= most and not re.search(r"[^\w\s'’-]", before):
            return True
    return False


def tells_consequence(sentence: Sentence) -> bool:
    """What the act just told brings about, told in the present with "ainsi" after its verb
    (``outcome_adverbs``: "À 81 ans, l'un des derniers dirigeants communistes met ainsi
    fin à près d'un demi-siècle de pouvoir", "La France devient ainsi le quatorzième pays à
    ...", "Le club empoche ainsi son troisième titre"), quoting nobody, its verb no state's
    ("Les fuites constituent ainsi le plus grave accident", a judgement): more of that act,
    not a description (``extract._classify``)."""
    if not _unquoted(sentence) or sentence.tense != "present":
        return False
    if sentence.verb is None or sentence.verb in lexicon()["stative_lemmas"]:
        return False
    at = next((offset for offset, word in sentence.words if word == sentence.verb), None)
    if at is not None:
        return _consequence().match(normalize(sentence.text[at - sentence.start :])) is not None
    # a light verb's place is not among the words ("met ainsi fin à"): any verb's form
    return _consequence().search(normalize(sentence.text)) is not None


@cache
def _consequence() -> re.Pattern[str]:
    """The verb, then an adverb of ``outcome_adverbs`` (not "ainsi que": "and")."""
    adverbs = alternation(lexicon()["outcome_adverbs"])
    return re.compile(rf"(?<![\w'’])[a-zà-ÿ]\S*\s+(?:{adverbs})\b(?!\s+qu)", re.IGNORECASE)


def is_change_now(sentence: Sentence) -> bool:
    """A change told in a present passive with "désormais" or "à présent" by nobody quoted,
    its verb an act's ("Treize départements sont désormais placés en vigilance orange par
    Météo France"): what was done on the day it is told, news. (Not a state: "Le site est
    désormais fermé au public", ``state_participle_lemmas``.)"""
    return (
        _told_by_nobody(sentence)
        and sentence.predicate in ("passive", "passive-by")
        and sentence.verb not in lexicon()["state_participle_lemmas"]
        and regex_cues("change_now_cues").search(normalize(sentence.text)) is not None
    )


def is_list_label(sentence: Sentence) -> bool:
    """An item of a list (a line opening with a mark of ``bullet_marks``) with no finite verb
    and no reporting clause: a label of what the article lists ("• LOT : 17C0012 - DLUO
    15/02/2019", "– Pain de mie complet, lot 21A334, à consommer avant le 02/10/2021", "—
    Le club (@club) 21 août 2015"), whose date is a mark on a thing (a best-before date, a
    post's stamp), not the day of a happening. (An item told with a verb is a sentence:
    "• Samedi soir, une foule envahit la place".)"""
    return is_list_item(sentence.text) and is_verbless(sentence)


def is_verbless(sentence: Sentence) -> bool:
    """A nominal sentence: no finite verb and no reporting clause ("Ultime journée
    d'audience de ce procès-fleuve, commencé en septembre", "Coude ensanglanté, maillot
    tout transpercé")."""
    return sentence.tense is None and sentence.content_tense is None and sentence.report is None


def is_description(sentence: Sentence) -> bool:
    """What a sentence describes rather than tells as news: the imperfect ("Il y avait de
    la sincérité", "Il était recherché"), a state ("La peine est la plus lourde prévue",
    "est resté impassible", in any tense), or no verb at all."""
    lex = lexicon()
    tense = sentence.content_tense or sentence.tense
    if is_verbless(sentence) or tense == "imperfect":
        return True
    if sentence.verb in lex["past_state_lemmas"]:
        return True
    # (a cleft tells its action: "C'est Salah Abdeslam qui s'est exprimé en dernier")
    action = sentence.action if sentence.action not in lex["auxiliary_lemmas"] else None
    state = sentence.verb in lex["stative_lemmas"] and action in (None, sentence.verb)
    return tense == "present" and state


def stands_alone(sentence: Sentence) -> bool:
    """Whether a follow-up, once it cannot tell its event's happening, can be an event of
    its own: a happening, statement or announcement told as news (a verb, not a
    description), not a quotation with nobody saying it ("« Il y avait de la sincérité,
    de l'émotion pour tous. »": a reaction going on with what was told)."""
    if sentence.kind not in EVENT_KINDS:
        return False
    if sentence.quote and sentence.report is None:
        return False
    return sentence.report is not None or not is_description(sentence)


def is_question(sentence: Sentence, timex: Timex | None = None) -> bool:
    """A question the article asks ("Que retiendra-t-on de ce procès ?"), not one it reports
    ("« Pourquoi ? », a demandé l'avocat"): no happening. A happening told in the past on
    its day before the question that closes the sentence is no question ("Le budget a été
    présenté hier en conseil des ministres et on va en parler, mais d'abord, quelle est
    votre réaction ... ?", an interviewer's): its first clause asks nothing
    (``interrogative_cues``)."""
    if sentence.report is not None or not sentence.text.rstrip(' »"”)').endswith("?"):
        return False
    told = (
        sentence.tense in lexicon()["past_tenses"]
        and timex is not None
        and names_day(timex)
        and timex.start - sentence.start < len(sentence.text.split(",")[0])
    )
    first = normalize(sentence.text).split(",")[0]
    return not told or regex_cues("interrogative_cues").search(first) is not None


def _within_days_ahead(timexes: Sequence[Timex], dct: dt.date) -> bool:
    """One of ``timexes`` is a length of no given count ahead of publication ("dans les
    prochains jours", "dans les semaines à venir")."""
    return any(
        is_open_length(t) and t.span is not None and t.span[0] >= dct.isoformat() for t in timexes
    )


def is_act_announced(sentence: Sentence, tense: str | None, before: Sentence | None = None) -> bool:
    """An act announced for the day of the article, told by the present of a verb of
    schedule before an infinitive (``schedule_lemmas``) by nobody quoted, affirmative, with
    no date (checked by the caller), after what its paragraph told of the day ("Le ministre
    arrive à Brest. Le ministre doit visiter le port en bateau": the next act the narration
    leads to, news of that day), its subject opening the sentence and definite
    (``scheduled_subject_openers``, or a name); not a rule nor a requirement, whose subject is
    counted or indefinite ("Douze jurés doivent se prononcer"), nor what must not be done
    ("Les chiffres ne doivent pas être utilisés"), nor a paragraph's opening (a requirement
    stated under a subheading: "L'homme doit être présenté à un juge"). ``before``: the
    sentence before it in its paragraph, when the caller knows it; a description or a
    judgement there (``is_description``: "La grande surprise est le retour de X au
    gouvernement. Le président du parti doit retrouver son poste") narrates no day: what
    follows it is the article's forecast of what is to come, not the day's next act."""
    lex = lexicon()
    if tense != "present" or sentence.verb not in lex["schedule_lemmas"]:
        return False
    if sentence.index_in_paragraph == 0:
        return False  # what the paragraph's narration of the day leads to, not its opening
    if before is not None and is_description(before):
        return False  # no narration of the day before it: a forecast
    if not _unquoted(sentence) or lex.negation.search(sentence.text):
        return False
    text = sentence.text
    found = re.search(rf"\b(?:{'|'.join(lex['schedule_forms'])})\b", text)
    if found is None or "," in text[: found.start()]:
        return False
    first = re.split(r"[\s'’]", text.lstrip(), maxsplit=1)[0].lower()
    opener = text.lstrip()[: len(first) + 1].lower()
    if first in lex["scheduled_subject_openers"] or opener in lex["scheduled_subject_openers"]:
        return True
    named = set(lex["scheduled_subject_names"])
    return any(
        m.label in named and m.start == sentence.start + len(text) - len(text.lstrip())
        for m in sentence.mentions
    )


def goes_on_day_plan(sentence: Sentence, tense: str | None, told_before: Sentence | None) -> bool:
    """The program of a day going on: an act told in the future (``plan_tenses``) with no
    day of its own (checked by the caller) by nobody quoted, affirmative, not what may or
    must be (``modal_lemmas``), that the sentence before it in the article (``told_before``)
    places in a day the story tells: right after an announcement of that day in its
    paragraph, or a step of its program ("Le 20 janvier, le président prêtera serment. Il
    prononcera son discours d'investiture"), or, with a connective of sequence on its verb
    or opening it (``narrative_sequels``), right after the narration of a happening, in the
    past or the present of narration ("Les alpinistes sont arrivés au camp de base. Ils vont
    ensuite rejoindre le village"): the next act of that day, not a forecast. Not after
    what is set aside as to come or described ("Seize corps devaient être transférés. Ils
    seront ensuite transportés à l'Institut": a procedure), nor a connective joining two
    noun phrases ("Huygens ouvrira un premier parachute puis un second")."""
    lex = lexicon()
    if tense not in lex["plan_tenses"] or told_before is None:
        return False
    if told_before.role not in ("event", "follow-up") or told_before.quote:
        return False
    if not _unquoted(sentence) or sentence.hypothetical or lex.negation.search(sentence.text):
        return False
    if {sentence.verb, sentence.action} & set(lex["modal_lemmas"]):
        return False
    if told_before.kind == ANNOUNCEMENT and told_before.paragraph == sentence.paragraph:
        return True
    told = told_before.content_tense or told_before.tense
    return (
        told_before.kind == HAPPENING
        and (told in lex["past_tenses"] or told == "present")
        and _sequence_on_verb(sentence.text)
    )


def _sequence_on_verb(text: str) -> bool:
    """A connective of sequence (``narrative_sequels``) opens the sentence ("Puis l'équipe
    repartira"), or stands before its first comma ahead of no article (``article_words``: an
    adverb on the verb, "Ils vont ensuite rejoindre le village", not a conjunction joining
    two noun phrases, "un premier parachute puis un second")."""
    lex = lexicon()
    if goes_on_narrating(text):
        return True
    head = normalize(text).split(",")[0]
    articles = {str(w) for w in lex["article_words"]}
    sequels = alternation(lex["narrative_sequels"])
    for found in re.finditer(rf"\b(?:{sequels})\b\s*(\S*)", head, re.IGNORECASE):
        following = found.group(1).lower().replace("\u2019", "'")
        after = following.split("'")[0] + "'" if "'" in following else following
        if after not in articles and not after[:1].isdigit():
            return True
    return False


def _unread_conditional(sentence: Sentence) -> str | None:
    """ "conditional" when the tagger found no verb in a sentence whose words hold a
    conditional's ending (``conditional_forms``: "Les prix du tabac accéléreraient
    également", tagged with no verb), else None."""
    if sentence.report is not None:
        return None
    found = pattern("conditional_forms", re.IGNORECASE).search(normalize(sentence.text))
    return "conditional" if found else None


def sentence_kind(
    sentence: Sentence,
    timex: Timex | None,
    dct: dt.date,
    others: Sequence[Timex] = (),
    said: Timex | None = None,
    before: Sentence | None = None,
    told_before: Sentence | None = None,
) -> str:
    """The kind of one sentence (see the module's docstring), given the expression that
    dates it (``None`` when it has none), all its expressions (``others``), the one of
    its reporting clause that says when it was said (``said``), the sentence before it
    in its paragraph (``before``, None for a paragraph's first) and the one before it in
    the article (``told_before``, its kind and role given)."""
    text = sentence.text
    governing = governing_text(sentence)
    if sentence.heading or is_caption(text) or is_poll(governing) or is_question(sentence, timex):
        return NOT_EVENT
    if is_list_label(sentence):
        return NOT_EVENT
    if is_opinion_share(sentence):
        return NOT_EVENT
    tense = sentence.content_tense or sentence.tense or _unread_conditional(sentence)
    if is_dated_caption(sentence, timex):
        return NOT_EVENT
    claim = (
        is_attributed_claim(sentence, tense, timex, dct)
        or opens_on_view(sentence, tense)
        or opens_on_channel(sentence)
    )
    if not claim and is_forecast(text, tense) and not is_act_of_day(sentence, timex, dct):
        return NOT_EVENT
    if is_commentary(sentence) or is_presenting(sentence) or addresses_reader(sentence):
        return NOT_EVENT
    if is_outlet_voice(sentence) or is_silence(sentence):
        return NOT_EVENT
    if is_presentative_comment(sentence, timex) or is_bracketed_aside(sentence):
        return NOT_EVENT
    if is_furniture(sentence):
        return NOT_EVENT
    if is_overview(sentence, timex, dct) or reads_figure(sentence, timex):
        return NOT_EVENT
    if is_nominal_comment(sentence) or is_case_rule(sentence, timex):
        return NOT_EVENT
    if is_weather_forecast(sentence, tense) or is_weather_bulletin(sentence, timex, dct):
        return NOT_EVENT
    if forecasts_weather(sentence):
        return NOT_EVENT
    if plans_its_day(sentence, timex, dct):
        return ANNOUNCEMENT  # not what was awaited then (``is_expectation``): its schedule
    if is_generic(sentence) or is_expectation(sentence, timex) or is_outlook(sentence):
        return NOT_EVENT
    if awaits_decision(sentence, timex, dct) or open_outcome(sentence):
        return NOT_EVENT
    if is_rumoured_day(sentence, others, dct):
        return NOT_EVENT
    if tells_when_known(sentence, tense):
        return NOT_EVENT
    if is_conditional_forecast(sentence, tense) or is_not_before(sentence, tense):
        return NOT_EVENT
    if shows_picture(sentence) or is_judgement(sentence) or is_plan(sentence):
        return NOT_EVENT
    if is_comparison(sentence) or restates_figure(sentence):
        return NOT_EVENT
    if is_passive_state(sentence, timex) or is_projection(sentence, timex, dct):
        return NOT_EVENT
    if is_expected_length(sentence, timex):
        return NOT_EVENT
    if said_long_before(sentence, timex, others, dct) or is_profile(sentence, timex):
        return CONTEXT
    if is_reminder(sentence, timex) or held_office(sentence):
        return CONTEXT
    if tells_middle(sentence, timex):
        return CONTEXT
    lex = lexicon()
    recalled = is_recalled(sentence)
    statement = not recalled and is_statement(sentence, timex, dct, said)
    speech = statement or (sentence.quote and not recalled) or sentence.hypothetical
    if not speech and (is_history(governing) or lasted_years(sentence, timex)):
        return CONTEXT
    if not speech and is_record(sentence, timex):
        return CONTEXT
    if not speech and is_told_before(sentence, timex, others, dct):
        return CONTEXT
    if not speech and tells_passe_simple(sentence, timex):
        return CONTEXT
    if timex is not None and not speech and is_background(timex, tense, dct, others, text):
        return CONTEXT
    since = (timex is not None and is_since(timex, dct)) or (
        timex is None and opens_on_since(sentence, others, dct)
    )
    if (
        since
        and not speech
        and tense in lex["since_state_tenses"]
        and not tells_act_in_clause(sentence)
    ):
        # a state that holds since then ("Il était recherché depuis trois jours"), a recap
        # or a record ("la plus forte abstention depuis 1969"): the period is no date of a
        # happening (not the scene an act cuts: "Il chantait depuis une heure lorsqu'il a
        # lancé au public ...")
        return CONTEXT
    if (
        not claim
        and is_verbless(sentence)
        and (
            (timex is not None and not names_day(timex))
            or (timex is None and sentence.action is None)
        )
    ):
        # a nominal sentence is news only when it names its day ("Clap de fin ce samedi
        # soir pour le 76e Festival"), not over a period ("Les trois derniers jours du
        # procès", "Ultime journée d'audience de ce procès-fleuve, commencé en septembre")
        # nor with no date at all when it has no verb of any form either (a glued
        # subheading, a credit: "Un fonds de 500 millions d'euros.", "RFI")
        return NOT_EVENT
    if statement or claim:
        return STATEMENT
    if sentence.tense == "present" and _act_after_colon(sentence, normalize(text)):
        # "X peut déjà se réjouir : il a remporté dimanche le Tour": the act after the
        # colon, not what the frame's modal may bring
        return HAPPENING
    reported = sentence.report is not None or sentence.quote or quotes_speech(sentence)
    if sentence.modal_date and not reported and tense not in lex["modal_done_tenses"]:
        # when something may or must happen: a possibility, a rule (not "ont pu être
        # évacués hier matin", the compound past of "pouvoir": what was done that day)
        return NOT_EVENT
    if not reported and timex is None and _within_days_ahead(others, dct):
        # what may come within some days ("Le gouvernement voit le risque de se faire
        # renverser dans les prochains jours"): a forecast, with no day of its own
        return NOT_EVENT
    if not reported and timex is None and is_act_announced(sentence, tense, before):
        return HAPPENING
    if not reported and timex is None and goes_on_day_plan(sentence, tense, told_before):
        return ANNOUNCEMENT
    if (
        not reported
        and timex is None
        and (
            tense in lex["future_tenses"]
            or (tense not in lex["past_tenses"] and sentence.verb in lex["modal_lemmas"])
        )
    ):
        return NOT_EVENT  # what may or must come, with no day: a forecast, a rule
    if tense in lex["future_tenses"] and not reported:
        return ANNOUNCEMENT
    if timex is not None and timex.span and timex.span[0] > dct.isoformat() and tense != "past":
        return ANNOUNCEMENT
    return HAPPENING
