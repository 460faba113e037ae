"""What one analysed sentence tells us: tense, reported speech, quotes, content words.

Pure functions over spaCy tokens of one sentence and its normalised text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.events.lexicon import alternation, lexicon, pattern, pronominal, reporting_finite
from timeline.events.nlp import is_finite, lemma, morph, morph_features
from timeline.events.sentences import normalize, opens_with_pronoun
from timeline.records import Sentence

_QUOTE_START = re.compile(r"^\s*[«\"“]")
_QUOTE_MARKS = re.compile(r"[«»\"“”]")


def tense_of(tokens: list[Any], spoken: bool = False) -> str | None:
    """Tense label of the main clause's first finite verb group among ``tokens``.

    past (passé composé, passé simple), pluperfect, imperfect, present, future (simple,
    periphrastic "vont s'intensifier", antérieur), conditional, past-conditional (the
    conditionnel passé of an unconfirmed past happening: "s'en serait suivie une
    altercation", "aurait tué"); None when there is no verb. ``spoken``: the tokens are
    direct speech, where a form the tagger calls past is the present unless it can only be
    a passé simple (``passe_simple``).
    """
    lex = lexicon()
    reflexives = lex["reflexive_pronouns"]
    finite, main = _verb_groups(tokens)
    # the main clause's verb, not that of a clause opened by a conjunction or a relative
    # pronoun ("Même si la croissance devait être nulle, le PIB augmentera": a future)
    for i in main or finite:
        tok = tokens[i]
        tense = (morph(tok, "Tense") or [""])[0]
        mood = (morph(tok, "Mood") or [""])[0]
        following = tokens[i + 1 : i + 5]
        participle = _participle(tokens, i)
        compound = lemma(tok) in ("avoir", "être") and participle is not None
        if mood == "Cnd" or (tense in ("Imp", "Pres") and is_conditional_form(tok)):
            return "past-conditional" if compound else "conditional"
        if (tense == "Past" or (tense == "Pres" and "3" in morph(tok, "Person"))) and (
            is_future_form(tok)
        ):
            # "Le président recevra son homologue": the future in "-ra" read as the passé
            # simple in "-a" of a verb in "-er"; "Le président n'en tirera aucun gain": read
            # as the present (a first person's is left as read: an interview's "Nous
            # jugerons aux actes", the speaker's word of the day, not the article's forecast)
            tense = "Fut"
        elif tense == "Fut" and present_read_as_future(tok):
            # "Deux détonations se font entendre": the present in "-ont" read as a future
            tense = "Pres"
        # "s'est retirée", "se sont vu infliger", "s'est de nouveau excusé": a pronominal
        # verb's compound past (whatever the tagger made of the participle), never a
        # present passive
        if lemma(tok) == "être" and i > 0 and tokens[i - 1].lower_ in reflexives:
            return {"Pres": "past", "Imp": "pluperfect", "Fut": "future"}.get(tense, "past")
        passive = participle is not None and "Pass" in morph(participle, "Voice")
        if lemma(tok) == "être" and tense == "Pres" and passive:
            return "present"  # present passive: "est contrôlée par"
        if (
            lemma(tok) == "être"
            and tense == "Imp"
            and participle is not None
            and lemma(participle) not in lex["etre_auxiliary_lemmas"]
        ):
            # "Il était recherché", "Certains étaient essoufflés": an imperfect passive or
            # a participle as adjective; only the verbs conjugated with "être" make a
            # pluperfect ("Il était arrivé la veille")
            return "imperfect"
        if lemma(tok) in ("avoir", "être") and participle is not None:
            return {"Pres": "past", "Imp": "pluperfect", "Fut": "future"}.get(tense, "past")
        if lemma(tok) == "aller" and tense == "Pres":
            nxt = [t for t in following[:3] if t.pos_ in ("VERB", "AUX")]
            if nxt and "Inf" in morph(nxt[0], "VerbForm"):
                return "future"
        if spoken and tense == "Past" and not passe_simple(tok.lower_, lemma(tok)):
            # spoken French has no passé simple: in direct speech, the tagger's past on a
            # form the present shares is the present ("« Il s'agit de ... »")
            return "present"
        return {
            "Pres": "present",
            "Imp": "imperfect",
            "Fut": "future",
            "Past": "past",
        }.get(tense, "present")
    return None


def passe_simple(form: str, lemma_: str) -> bool:
    """A simple verb form can be a passé simple and not the present: it ends as the
    passé simple of its lemma's group does (``passe_simple_endings``: "passa" of passer,
    "prit" of prendre), and is not the present's form too ("agit" of agir, "dit" of dire,
    "inclut" of inclure, the same in both tenses: news French writes the present)."""
    endings = lexicon()["passe_simple_endings"]
    if lemma_.endswith("er"):
        return form.endswith(tuple(endings["er"]))
    if not form.endswith(tuple(endings["other"])):
        return False
    stem = lemma_[:-2] if lemma_.endswith("re") else lemma_[:-1]
    return form not in (stem + "t", stem + "s", lemma_[:-1] + "t", lemma_[:-1] + "s")


def set_off_stretches(tokens: Sequence[Any]) -> list[tuple[int, int]]:
    """The stretches of a parsed sentence (offsets of its ``tokens``, a dependency parse)
    that do not govern it: what tells of a noun or frames the news rather than the main
    clause's verb and its arguments. A clause or a participle that modifies a word
    (``set_off_dependencies``, not finite: "Anne Dubois, jusqu'ici chargée du Logement",
    "un Premier ministre affaibli dans les sondages"; not a gerund, the verb's own
    circumstance), a relative clause ("la place qu'occupait jusqu'alors Claire Martin",
    whatever the parser calls it), and a noun with no determiner that a comma sets after a
    noun or a name: an apposition ("Paul Renaud, jusqu'à présent ministre de la Jeunesse"),
    or opens the sentence before its subject (``_opening_apposition``); and an aside between
    parentheses. Only under a verb: a sentence whose root is a noun or
    an adjective ("Ce qui frappe, c'est la violence des heurts") says what it says with its
    frame."""
    lex = lexicon()
    dependencies = set(lex["set_off_dependencies"])
    stretches: list[tuple[int, int]] = []
    for tok in tokens:
        if tok.dep_ == "ROOT" or tok.head.pos_ == "PUNCT":
            continue
        root = tok.head
        while root.dep_ != "ROOT" and root.head.i != root.i:
            root = root.head
        if root.pos_ not in ("VERB", "AUX"):
            continue
        first, last = tok.left_edge, tok.right_edge
        if _gerund(tok):
            continue  # "a tenté de peser en intervenant à plusieurs reprises": how it was done
        finite = _finite_clause(tok)
        if tok.dep_ in dependencies and tok.pos_ in ("VERB", "ADJ") and not finite:
            if tok.i > tok.head.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                # French puts a noun's own complements before its participle: what follows
                # the participle up to a comma is the participle's ("affaibli dans les
                # sondages", whichever word the parser hangs "sondages" on)
                doc = tok.doc
                for later in doc[tok.i + 1 : tok.head.right_edge.i + 1]:
                    if later.text == ",":
                        break
                    last = later if later.i > last.i else last
        elif tok.pos_ in ("VERB", "AUX") and finite:
            # a relative clause, whatever the parser calls it; not another finite clause,
            # which the parser may take for the main one ("Bayrou a commenté ..., alors que
            # sa qualité lui imposait ..." read with "imposait" as the root)
            # (opened by a relative pronoun, maybe after its preposition: "qu'occupait",
            # "à laquelle il a pris part"; not a conjunction the parser hung there: "Cela
            # fait dix ans qu'une secousse a détruit ...")
            opening = tok.doc[first.i : min(first.i + 2, tok.i)]
            if not any("Rel" in morph(t, "PronType") and t.pos_ == "PRON" for t in opening):
                continue
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("nsubj", "nsubj:pass"):
            if not _apposed(tok, first):
                continue
        else:
            continue
        stretches.append((first.idx, last.idx + len(last.text)))
    return _outermost(stretches + _parentheses(tokens) + _opening_apposition(tokens))


def _opening_apposition(tokens: Sequence[Any]) -> list[tuple[int, int]]:
    """A noun with no determiner opening the sentence, its phrase closed by a comma before
    the subject of the main verb: an apposition to that subject ("Patron de Porsche
    jusqu'ici, présenté par les médias comme un « pur produit Volkswagen », cet homme de 62
    ans prend les commandes", whether the parse makes it a tree of its own or a second
    subject), what it tells of the subject's past, not the main clause's."""
    if not tokens:
        return []
    first = tokens[0]
    if first.pos_ != "NOUN" or any(c.dep_ == "det" for c in first.children):
        return []
    last = first.right_edge
    after = [t for t in tokens if t.i > last.i]
    if not after or after[0].text != ",":
        return []
    subjects = ("nsubj", "nsubj:pass")
    if not any(t.dep_ in subjects and t.head.pos_ in ("VERB", "AUX") for t in after):
        return []
    return [(first.idx, last.idx + len(last.text))]


def _parentheses(tokens: Sequence[Any]) -> list[tuple[int, int]]:
    """The asides between parentheses ("Le non, qui caracolait en tête (il oscillait entre
    52 et 53 % sur les sept derniers jours), l'a emporté"), marks included."""
    asides: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in tokens:
        if tok.text == "(" and opened is None:
            opened = tok.idx
        elif tok.text == ")" and opened is not None:
            asides.append((opened, tok.idx + 1))
            opened = None
    return asides


def _finite_clause(verb: Any) -> bool:
    """Is ``verb`` the head of a finite clause: a finite form, or a participle or an
    infinitive with a finite auxiliary ("a commenté", "avait été nommée")?"""
    return is_finite(verb) or any(c.dep_.startswith("aux") and is_finite(c) for c in verb.children)


def _apposed(noun: Any, first: Any) -> bool:
    """Is ``noun`` (its phrase opening at ``first``) apposed to the noun or name before it:
    a comma between them, no determiner, no conjunction ("Paul Renaud, jusqu'à présent
    ministre de la Jeunesse"; not an incise of the verb: "a commenté, et à plusieurs
    reprises, l'affaire")?"""
    if first.i < 2 or first.pos_ == "CCONJ" or any(c.dep_ == "det" for c in noun.children):
        return False
    comma, before = noun.doc[first.i - 1], noun.doc[first.i - 2]
    return comma.text == "," and before.pos_ in ("NOUN", "PROPN")


def _gerund(token: Any) -> bool:
    """A present participle after "en" (``gerund_markers``): a gerund, the main verb's own
    circumstance (same subject, same time), not a modifier set off."""
    return (
        "Part" in morph(token, "VerbForm")
        and "Pres" in morph(token, "Tense")
        and any(c.lower_ in lexicon()["gerund_markers"] for c in token.children if c.i < token.i)
    )


def _outermost(stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``stretches`` without those inside another, in the order of the text."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(stretches, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], end))
            continue
        kept.append((start, end))
    return kept


def predicate_of(tokens: list[Any]) -> str | None:
    """What the main clause's first verb group says with "être", by spaCy's morphology:
    ``attribute`` when "être" links its subject to an adjective ("a été exceptionnel",
    "est restée stable" is not: "rester" is a verb of its own), ``passive`` when a past
    participle of a verb conjugated with "avoir" follows "être" in the present: a present
    passive ("sont attendus", "est classé", which ``tense_of`` reads as a compound past
    unless the tagger marks the participle passive), ``passive-by`` when that passive
    names who acts ("est retenu par sa garde"); None for any other verb ("a lancé", "est
    arrivé", "s'est retiré", "ont été emportés"), and for a happening told from who suffered
    it ("a été victime d'un incendie": ``_suffers``) or as what was perceived of it, in a
    past told as done ("a été visible à 11 h 20": ``perceived_adjectives``); ``presentative``
    when "ce" and "être" present a noun phrase and tell nothing else (``presents_noun``)."""
    lex = lexicon()
    finite, main = _verb_groups(tokens)
    if presents_noun(tokens, finite):
        return "presentative"
    for i in main or finite:
        tok = tokens[i]
        if lemma(tok) not in ("avoir", "être"):
            return None
        if i > 0 and tokens[i - 1].lower_ in lex["reflexive_pronouns"]:
            return None
        copula = lemma(tok) == "être"
        present = copula and "Pres" in morph(tok, "Tense")
        compound = False  # "a été", "avait été": a past told as done
        for t in tokens[i + 1 : i + 6]:
            if t.pos_ == "ADV" or t.is_punct:
                continue
            participle = "Part" in morph(t, "VerbForm")
            if lemma(t) == "être" and participle:
                copula, present, compound = True, False, True  # "a été", "avait été"
                continue
            if t.lower_ in lex["floating_quantifiers"]:
                continue  # "sont tous arrivés": the auxiliary's participle follows
            if copula and t.pos_ == "ADJ" and not participle:
                if _suffers(tokens, t.i - tokens[0].i):
                    return None
                if compound and t.lower_ in lex["perceived_adjectives"]:
                    return None  # "a été visible à 11 h 20": the happening seen
                return "attribute"
            if present and participle and t.pos_ in ("VERB", "ADJ"):
                if lemma(t) in lex["etre_auxiliary_lemmas"]:
                    return None
                return "passive-by" if _has_agent(tokens, t.i - tokens[0].i) else "passive"
            return None
        return None
    return None


def presents_noun(tokens: list[Any], finite: Sequence[int]) -> bool:
    """The presentative: "ce" (``presentative_pronouns``) and "être", the clause's first
    finite verb, open the sentence (or follow what a comma sets off before them: "Pour ses
    proches, c'est encore l'attente") and present a noun phrase ("C'est la fin d'une
    attente", "C'était un moment très fort"), with nothing in it that tells an act: no
    other finite verb, participle or clause opened by a conjunction before what a comma
    sets off ("C'est l'avertissement lancé hier par la ministre", "C'est l'annonce qu'a
    faite le ministre", "C'est la première fois qu'un robot se pose"), and no relative
    pronoun in the whole sentence, nor "que" after a noun or a comma (a cleft, whose relative
    may follow an apposition: "C'est la police qui a arrêté le suspect", "C'est l'avocat du
    journal, Jean Dupuis, qui l'a annoncé", "C'est rue Pasteur, à Nîmes, que les pompiers
    sont intervenus"; not a conjunction's "que": "..., alors qu'il était en campagne").
    spaCy's parts of speech and morphology."""
    if not finite or lemma(tokens[finite[0]]) != "être":
        return False
    verb = finite[0]
    pronoun = verb - 1
    if pronoun < 0 or tokens[pronoun].lower_ not in lexicon()["presentative_pronouns"]:
        return False
    if pronoun > 0 and tokens[pronoun - 1].text != ",":
        return False
    if any("Rel" in morph(t, "PronType") for t in tokens):
        return False
    if any(
        t.lower_ in lexicon()["cleft_conjunctions"]
        and t.i > tokens[0].i
        and (t.nbor(-1).pos_ in ("NOUN", "PROPN", "NUM") or t.nbor(-1).text == ",")
        for t in tokens
    ):
        return False  # "C'est rue de Provence, à Nîmes, que les pompiers sont intervenus"
    rest = list(itertools.dropwhile(lambda t: t.pos_ == "ADV", tokens[verb + 1 :]))
    if not rest or rest[0].pos_ not in ("DET", "NOUN", "PROPN", "NUM"):
        return False
    phrase = list(itertools.takewhile(lambda t: t.text != ",", rest))
    return not any(t.pos_ == "SCONJ" or {"Fin", "Part"} & set(morph(t, "VerbForm")) for t in phrase)


def _suffers(tokens: list[Any], at: int) -> bool:
    """The word at ``tokens[at]``, after "être", names who suffers a happening and the
    happening follows ("a été victime d'un incendie", "sont victimes de la tempête"): the
    happening told from its sufferer's side, a noun the tagger may read as an adjective
    (``sufferer_nouns``), not an attribute. Not with a possessive ("victime de son
    succès": what became of it, a judgement)."""
    if tokens[at].lower_ not in lexicon()["sufferer_nouns"]:
        return False
    after = tokens[at + 1 : at + 3]
    if not after or after[0].lower_ not in lexicon()["sufferer_prepositions"]:
        return False
    return not (len(after) > 1 and "Yes" in morph(after[1], "Poss"))


def _has_agent(tokens: list[Any], participle: int) -> bool:
    """The passive whose participle is ``tokens[participle]`` names who acts ("est retenu
    par sa garde"): "par" before the clause's next comma."""
    for t in tokens[participle + 1 :]:
        if t.text in (",", ";", ":"):
            return False
        if t.lower_ == "par":
            return True
    return False


def is_conditional_form(tok: Any) -> bool:
    """A verb the tagger read as an imperfect (or a present: "augmenteraient") that is a
    conditional: the future's stem
    (the infinitive, less the final "e" of "-re": "progresser-ait", "atteindr-ait", or an
    irregular stem: "ser-ait", "pourr-aient", ``conditional_stems``) before an imperfect
    ending; an imperfect has the stem of the present ("progress-ait", "assur-ait")."""
    return _future_stem_before(tok, "conditional_endings")


def is_future_form(tok: Any) -> bool:
    """A verb the tagger read as another tense that is a simple future: the future's stem
    (the infinitive, less the final "e" of "-re", or an irregular stem:
    ``conditional_stems``) before a future ending ("recevr-a", "annoncer-ont", "ser-a");
    a passé simple has the stem of the present ("annonç-a", "reçut")."""
    return _future_stem_before(tok, "future_endings")


def present_read_as_future(tok: Any) -> bool:
    """A verb the tagger read as a future that is a present in "-ont" ("font", "sont",
    "vont": ``present_endings_read_as_future``), the future's third person plural ending
    with no future's stem before it (the future's stem ends in "r": "feront", "seront",
    "iront")."""
    word = tok.lower_
    return any(
        word.endswith(ending) and not word.endswith("r" + ending)
        for ending in lexicon()["present_endings_read_as_future"]
    )


def _future_stem_before(tok: Any, endings: str) -> bool:
    """Is ``tok`` the future's stem of its lemma (the infinitive, less the final "e" of
    "-re", or an irregular stem of ``conditional_stems``) before one of the endings listed
    under ``endings`` in the events lexicon?"""
    word = tok.lower_
    base = lemma(tok)
    stems = {base, base[:-1] if base.endswith("re") else base}
    stems.update(lexicon()["conditional_stems"].get(base, ()))
    return any(
        word.endswith(ending) and word[: -len(ending)] in stems for ending in lexicon()[endings]
    )


#: the most words an incise between an auxiliary and its participle holds ("a, selon la
#: police du canton, tué ...")
_INCISE_WORDS = 8


def _past_incise(tokens: list[Any], i: int) -> int:
    """Where the verb group of the auxiliary ``tokens[i]`` goes on: after an incise set
    between commas right after it ("a, par ailleurs, acheminé", "a, pour sa part,
    participé", "a, selon la police, tué": French puts an aside between the auxiliary and
    the participle), else right after it."""
    if i + 1 < len(tokens) and tokens[i + 1].text == ",":
        for k in range(i + 2, min(len(tokens), i + 3 + _INCISE_WORDS)):
            if tokens[k].text == ",":
                return k + 1
            if is_finite(tokens[k]):
                break  # a finite verb: another clause, no incise
    return i + 1


def _participle(tokens: list[Any], i: int) -> Any:
    """The past participle of the compound form whose auxiliary is ``tokens[i]`` ("a
    lancé", "a une nouvelle fois été convoqué"), or None. After "être", a noun or an
    adjective before the participle makes "être" a copula ("La peine est la plus lourde
    prévue par le Code pénal": a present, not a compound past), but a floating quantifier
    does not (``floating_quantifiers``: "Les migrants sont tous arrivés en Espagne")."""
    copula = lemma(tokens[i]) == "être"
    after = _past_incise(tokens, i)
    floating = lexicon()["floating_quantifiers"]
    for t in tokens[after : after + 4]:
        if t.pos_ in ("VERB", "AUX") and ("Part" in morph(t, "VerbForm") or _misread_infinitive(t)):
            return t
        if _misread_participle(t):
            return t
        if copula and t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and t.lower_ not in floating:
            return None
    return None


def _misread_participle(tok: Any) -> bool:
    """A past participle the tagger could not tag (X), right after its auxiliary, written as
    a participle (``participle_endings``): "Anelka avait insulté Domenech", "insulté" read
    X. (A finite verb so written is left as read: reading "ont assumé" as a compound past
    where the tagger made it a present made one more event of no happening on a
    development set and on a blind one.)"""
    return tok.pos_ == "X" and bool(tok.lower_.endswith(tuple(lexicon()["participle_endings"])))


def _present_read_as_infinitive(tokens: Sequence[Any], i: int) -> bool:
    """A pronominal verb's present the tagger read as an infinitive, the form after "se"
    it expects ("Le bilan s'alourdit", "Le bilan des inondations s'aggrave"): right after a
    reflexive pronoun (``reflexive_pronouns``), written as no infinitive is
    (``_misread_infinitive``): a finite verb, the sentence's present."""
    return (
        i > 0
        and tokens[i].pos_ == "VERB"
        and tokens[i - 1].lower_ in lexicon()["reflexive_pronouns"]
        and _misread_infinitive(tokens[i])
    )


def _misread_infinitive(tok: Any) -> bool:
    """A verb the tagger read as an infinitive whose written form is none: every French
    infinitive ends in "-r" or "-re" ("débloquer", "finir", "prendre"); "a débloqué",
    "a fini" are a participle after their auxiliary (``infinitive_endings``)."""
    return "Inf" in morph(tok, "VerbForm") and not tok.lower_.endswith(
        tuple(lexicon()["infinitive_endings"])
    )


def main_verb_lemma(tokens: list[Any]) -> str | None:
    """Lemma of the main clause's first verb group's lexical verb ("a lancé" -> "lancer";
    not a relative clause's: "Après ce procès qui a duré 10 mois, les rescapés disent ..."
    -> "dire"); None when every finite verb is a subordinate clause's ("Bloquant l'une des
    routes, qui assure le passage de 10 % du commerce")."""
    for i in _verb_groups(tokens)[1]:
        tok = tokens[i]
        if lemma(tok) in ("avoir", "être"):
            copula = False
            after = _past_incise(tokens, i)
            for following in tokens[after : after + 4]:
                if following.pos_ == "VERB":
                    if copula and "Part" in morph(following, "VerbForm"):
                        return "être"  # "La peine est la plus lourde prévue ..."
                    return lemma(following)
                copula = copula or (
                    lemma(tok) == "être"
                    and following.pos_ in ("ADJ", "NOUN", "PROPN", "NUM")
                    and following.lower_ not in lexicon()["floating_quantifiers"]
                )
        return lemma(tok)
    return None


def action_lemma(tokens: list[Any]) -> str | None:
    """What the clause says happened: its main verb's lemma ("ont tiré" -> "tirer"), past
    auxiliaries and periphrases ("vont s'intensifier" -> "intensifier"); after a light verb
    ("mènent des frappes", "participent aux frappes") the noun it governs ("frappe"); a
    verb whose pronominal form names another act, after a reflexive pronoun, as "se VERB"
    ("un incendie s'est déclaré" -> "se déclarer": ``pronominal_lemmas``)."""
    lex = lexicon()
    skip = set(lex["periphrastic_lemmas"])
    light = set(lex["light_verbs"])
    pronominal_verbs = set(lex["pronominal_lemmas"])
    reflexives = set(lex["reflexive_pronouns"])
    # the main clause's verbs first: not those of a clause opened by a conjunction or a
    # relative pronoun ("Avant que la cour ne se retire, il s'est exprimé", "X, membre des
    # commandos qui ont fait 130 morts, a été reconnu coupable")
    finite, main = _verb_groups(tokens)
    # no finite verb found (the tagger reads "bombarde" as a participle): the first verb
    verbs = main or finite or [i for i, t in enumerate(tokens) if t.pos_ == "VERB"][:1]
    for i in verbs:
        tok = tokens[i]
        j, verb = i, lemma(tok)
        while verb in skip or verb in ("avoir", "être"):
            nxt = _next_verb(tokens, j)
            if nxt is None:
                break
            j, verb = nxt, lemma(tokens[nxt])
        reflexive = any(k > 0 and tokens[k - 1].lower_ in reflexives for k in (i, j))
        verb_form = pronominal(verb, reflexive, pronominal_verbs)
        if verb_form is not None:
            return verb_form  # "s'est déclaré": broke out, said nothing
        if verb in light:
            noun = next((t for t in tokens[j + 1 : j + 6] if t.pos_ == "NOUN"), None)
            if noun is not None:
                return lemma(noun).lower()
        return verb.lower()
    return None


def _next_verb(tokens: Sequence[Any], at: int) -> int | None:
    """The verb after an auxiliary or a periphrasis at ``at`` (within seven words): never
    past a mark that may end a sentence (``tree_ending_marks``: a colon, a semicolon), which
    no verb group crosses ("la ministre a cité Nietzsche : « Les vérités tuent »", "cité"
    read as a noun: the quotation's "tuent" is no act of hers). A quotation mark may
    ("a « remercié »", "a été \"ligotée\"")."""
    stops = _verb_group_stops()
    for k in range(at + 1, min(at + 8, len(tokens))):
        if tokens[k].text in stops:
            return None
        if tokens[k].pos_ == "VERB":
            return k
    return None


@cache
def _verb_group_stops() -> frozenset[str]:
    """The marks no verb group crosses: those that may end a sentence."""
    return frozenset(lexicon()["tree_ending_marks"])


def second_plural_verbs(tokens: list[Any]) -> list[Any]:
    """The main clause's verbs of the second person plural among ``tokens``, by spaCy's
    morphology (Person=2, Number=Plur, Mood=Ind or Imp: "Consultez notre carte", "N'hésitez
    pas"), and in a sentence with no finite verb, a verb opening its clause (after a
    punctuation mark or an adverb, "ne" at most) the tagger reads as an infinitive whose word
    is not its lemma (an imperative misread: "Lisez aussi" of "lire", "Découvrez les
    résultats"; not a participle misread, "ont évacué", nor a present after its subject, "La
    découverte de victimes aggrave le bilan"): what speaks to someone in the second person.
    (Not a word of another part of speech that ends alike: "assez", "chez", "Chavez".)"""
    finite, main = _verb_groups(tokens)
    out = [
        tokens[i]
        for i in main
        if "2" in morph(tokens[i], "Person")
        and "Plur" in morph(tokens[i], "Number")
        and set(morph(tokens[i], "Mood")) & {"Ind", "Imp"}
    ]
    if finite:
        return out
    return [
        t
        for i, t in enumerate(tokens)
        if t.pos_ == "VERB"
        and "Inf" in morph(t, "VerbForm")
        and t.lower_ != lemma(t).lower()
        and (i == 0 or tokens[i - 1].is_punct or tokens[i - 1].pos_ == "ADV")
    ]


#: the verb groups of the token lists read last (``_verb_groups``), by their Doc and their
#: tokens' indexes: a sentence's features read the same tokens several times over
_VERB_GROUPS: dict[tuple[Any, tuple[int, ...]], tuple[tuple[int, ...], tuple[int, ...]]] = {}
#: token lists kept there (the Docs they hold stay alive while they are); when full, the
#: memo starts again
_VERB_GROUPS_KEPT = 32


def _verb_groups(tokens: Sequence[Any]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The indexes of the finite verbs among ``tokens`` (spaCy's morphology), and of those
    that are not the verb of a clause opened by a subordinating conjunction or a relative
    pronoun (spaCy's part of speech and morphology): the main clause's; such a clause holds
    one verb group, and ends at a comma. Read in one walk of the tokens, once for a list of
    the same tokens of the same Doc (a Doc's analysis does not change once made)."""
    if not tokens:
        return (), ()
    doc = getattr(tokens[0], "doc", None)
    key = (doc, tuple([t.i for t in tokens])) if doc is not None else None
    found = _VERB_GROUPS.get(key) if key is not None else None
    if found is None:
        found = _walk_verb_groups(tokens)
        if key is not None:
            if len(_VERB_GROUPS) >= _VERB_GROUPS_KEPT:
                _VERB_GROUPS.clear()  # full: starts again
            _VERB_GROUPS[key] = found
    return found


def _walk_verb_groups(tokens: Sequence[Any]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``_verb_groups``, read from the tokens."""
    finite: list[int] = []
    main: list[int] = []
    opened = False
    for i, tok in enumerate(tokens):
        features = morph_features(tok)
        form = features.get("VerbForm", ())
        verb = (
            "Fin" in form or ("Inf" in form and _present_read_as_infinitive(tokens, i))
        ) and not tok.is_space
        if verb:
            finite.append(i)
        if tok.text == ",":
            opened = False
        elif tok.pos_ == "SCONJ" or "Rel" in features.get("PronType", ()):
            opened = True
        elif verb:
            if opened:
                opened = False
            else:
                main.append(i)
    return tuple(finite), tuple(main)


def _introduces_que(rest: str) -> bool:
    """ "..., Ahmet Davutoglu, a estimé mercredi que ...": the clause after the verb is a
    completive, so the reporting clause leads the sentence (its subject has a comma)."""
    return bool(re.match(r"[^,]{0,40}?\b(?:que\s|qu')", rest))


def _names(match: re.Match[str]) -> bool:
    """The trailing clause's verb is a participle naming what comes before it ("Ce
    programme, dit PRI, concerne ...": ``naming_incise``), no reporting verb."""
    if match.group("aux"):
        return False
    return pattern("naming_incise").match(match.string[match.start("verb") :]) is not None


def apposed_subject(content: Sequence[Any]) -> bool:
    """Are the tokens before a trailing clause's verb its own subject with an apposition
    ("Le ministre de l'Intérieur, Jean Dupuis, a annoncé mardi un plan", "Mardi, le
    président, en visite à Lyon, a annoncé ..."), not words it reports? A reported content
    not quoted is a clause with a verb of its own; one with none and a comma inside is a
    noun phrase and its aside."""
    marks = lexicon()["quotes"]  # the quotation marks the sentence splitter reads
    if any(t.text in {*marks["open"], *marks["close"], *marks["toggle"]} for t in content):
        return False
    words = [t for t in content if t.pos_ != "PUNCT" or t.text == ","]
    while words and words[-1].text == ",":
        words.pop()
    return any(t.text == "," for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _pronominal_act(match: re.Match[str]) -> bool:
    """The trailing clause's auxiliary is reflexive ("s'est", "se sont") and its verb a
    participle of a verb whose pronominal form names another act (``pronominal_lemmas``:
    "Le brasseur, fondé en 1920, s'est déclaré mardi en faillite": declared itself
    bankrupt, said nothing), no reporting verb: the participle opens with the verb's stem
    (its infinitive less its two-letter ending: "déclar-")."""
    lex = lexicon()
    aux = (match.group("aux") or "").strip().lower().replace("’", "'")
    if not aux.startswith(tuple(lex["reflexive_pronouns"])):
        return False
    verb = match.group("verb").lower()
    return any(verb.startswith(str(lemma)[:-2]) for lemma in lex["pronominal_lemmas"])


@dataclass(frozen=True)
class FoundReport:
    """A reporting clause as ``reporting_clause`` finds it, offsets into the sentence's
    normalised text: the clause itself (``start``, ``end``), its kind ("trailing":
    "..., a déclaré le ministre"; "leading": "Le ministre a déclaré que ..."), its verb, the
    speaker's noun phrase (None when nobody is named) and the reported content."""

    kind: str
    start: int
    end: int
    verb: str
    speaker: tuple[int, int] | None
    content: tuple[int, int]


def reporting_clause(text: str) -> FoundReport | None:
    """Where the sentence says who said it, as offsets into ``text`` (normalised): the
    reporting clause itself, the speaker's noun phrase, and the reported content."""
    lex = lexicon()
    body = text.rstrip().rstrip(".…!?").rstrip()
    match = lex.trailing_report.search(body)
    if (
        match
        and (match.group("rest").strip() or "-t-" in (match.group("aux") or ""))
        and not _introduces_que(match.group("rest"))
        and not _names(match)
        and not _pronominal_act(match)
        and not _subject_with_relative(body[: match.start()])
    ):
        start = match.start()
        rest_start = match.start("rest")
        rest = body[rest_start:]
        adverbs = re.match(rf"\s*(?:(?:{lex.adverbs}),?\s+)*", rest)
        lead = adverbs.end() if adverbs else 0
        cut = _speaker_end(rest, lead - 1 if lead else 0)
        aux = match.group("aux") or ""
        inverted = "-t-" in aux or aux.startswith("-")
        finite = bool(aux) or match.group("verb").lower() in reporting_finite(lex.data)
        inserted = _after_complement(rest, lead) if finite and not inverted else None
        if inserted is not None:
            lead = inserted
            cut = _speaker_end(rest, lead)
        s_start = rest_start + lead
        s_end = rest_start + cut
        speaker = (s_start, s_end) if s_end > s_start else None
        if " ".join(aux.split()).lower() in lex["reporting_impersonal_auxiliaries"]:
            speaker = None  # "», est-il précisé dans le communiqué": nobody named
        return FoundReport(
            kind="trailing",
            start=start,
            end=len(body),
            verb=match.group("verb"),
            speaker=speaker,
            content=(0, start),
        )
    match = lex.leading_report.search(body)
    if match and _leads(match):
        return FoundReport(
            kind="leading",
            start=0,
            end=match.end(),
            verb=match.group("verb"),
            speaker=(match.start("subject"), match.end("subject")),
            content=(match.end(), len(body)),
        )
    return None


def _subject_with_relative(before: str) -> bool:
    """Is ``before`` (what comes before the comma of a verb of saying set after it) a noun
    phrase and the relative clause that comma closes ("La société Dupuis, qui fabrique des
    jouets depuis 1950, a annoncé mercredi la suppression de 40 postes")? The verb is then
    the subject's own, no reporting clause: a relative clause is no clause reported. One
    comma, a relative pronoun right after it, no quotation."""
    head, comma, relative = before.partition(",")
    if not comma or "," in relative or _QUOTE_MARKS.search(before):
        return False
    lex = lexicon()
    pronouns = lex["relative_pronouns"]

    def relative_pronoun(word: str) -> bool:
        word = word.lower().replace("’", "'")
        return word in pronouns or (word.split("'", 1)[0] + "'") in pronouns

    words = head.split()
    first = relative.split(maxsplit=1)[0] if relative.strip() else ""
    # a noun phrase: no relative clause of its own, no subject pronoun opening a clause
    # ("Nous ressentons l'importance de ce moment qui vient ..., que ...": a clause)
    return (
        bool(words)
        and relative_pronoun(first)
        and not any(relative_pronoun(w) for w in words)
        and words[0].lower() not in lex["anaphoric_subjects"]
        and words[0].lower() not in lex["own_voice_pronouns"]
    )


def _speaker_end(rest: str, start: int) -> int:
    """Where the speaker's noun phrase ends in ``rest`` (what follows the reporting verb):
    at the first of ``speaker_stops`` from ``start`` ("le ministre lors d'un déplacement",
    "le maire, qui ..."), else at the end."""
    found = (rest.find(stop, start) for stop in lexicon()["speaker_stops"])
    return min((pos for pos in found if pos >= 0), default=len(rest))


def _after_complement(rest: str, lead: int) -> int | None:
    """Where the speaker of an inverted reporting clause starts in ``rest`` (what follows
    its verb) when a complement comes first ("lors d'une conférence de presse la ministre X",
    "à l'AFP Léa Fournel": ``inserted_complements``): the first word after the
    complement's own noun that opens a noun phrase (``speaker_openers``) or a capitalised
    name not right after a preposition. None when no complement comes first, or no speaker
    follows it. A gerund is no complement ("a ajouté en souriant la sélectionneuse": how it
    was said, ``gerund_opening``)."""
    lex = lexicon()
    if not rest[lead:].startswith(tuple(lex["inserted_complements"])):
        return None
    if pattern("gerund_opening").match(rest[lead:]):
        return None
    openers = {w.lower() for w in lex["speaker_openers"]}
    prepositions = set(lex["complement_prepositions"])
    words = list(re.finditer(r"[^\s']+'?", rest[lead:]))
    for n, word in enumerate(words[2:], start=2):
        text = word.group()
        before = words[n - 1].group().lower()
        if before in prepositions | openers or before.endswith(("'", ",")):
            continue  # the complement's own noun phrase goes on
        if text.lower() in openers or (text[:1].isupper() and text.lower() not in prepositions):
            return lead + word.start()
    return None


def quoted_speaker(text: str) -> tuple[int, int] | None:
    """Who a sentence quotes when ``reporting_clause`` finds no speaker in it, as offsets
    into ``text`` (normalised), or None: a reporting verb after a comma or a closing quote,
    with a quotation before it and its speaker after it ("«Il est essentiel d'informer la
    population», a expliqué le ministre de l'Intérieur, selon lequel ..."; "..., indique la
    préfecture, qui espère ..."), or an attribution opening the sentence ("Selon la
    préfecture de Seine-Maritime, « ... »": ``attribution_openings``), or a speaker
    described before a reporting verb opening the sentence that reports no "que" ("L'un des
    responsables du programme dit ne pas comprendre ...", "Le chef de l'Autorité du canal
    aurait parlé de 3,5 jours": ``leading_speech_forms`` too; not a pronoun, "Il dit
    regretter ses paroles")."""
    after, before, leading = _quote_patterns()
    found = after.search(text)
    if found is not None and not re.search(r"[«\"“”]", text[: found.start() + 1]):
        found = None  # what went before quotes nobody ("Puis l'accusé [...], prévient la
        # cour : « ... »": the court is who he speaks to)
    found = found or before.match(text)
    if found is None:
        found = leading.match(text)
        said = found.group("speaker").lower() if found is not None else ""
        last = said.replace("'", "' ").replace("’", "’ ").split()[-1:]
        if said in lexicon()["anaphoric_subjects"] or (
            last and last[0] in lexicon()["not_speaker_endings"]
        ):
            found = None  # "Il dit ...", "L'enquête se poursuit", "X le répète"
        elif found is not None and _declaring(found.group(0), text):
            found = None  # "La société s'est déclarée en faillite": an act, no speaker
    if found is not None:
        verb = text[found.start() : found.start("speaker")] + " "
        verb += text[found.end("speaker") : found.end()]
        # "Le couturier s'était lancé dans ...": "se lancer", no speech
        found = None if _pronominal_not_speech(verb) else found
    return None if found is None else (found.start("speaker"), found.end("speaker"))


def _pronominal_not_speech(clause: str) -> bool:
    """The verb of a reporting clause (``clause``: what a ``quoted_speaker`` pattern matched,
    its speaker left out) is a pronominal verb of motion or beginning, no verb of speech: a
    pronominal auxiliary, adverbs, then one of ``pronominal_not_speech`` ("s'était aussi
    lancé": "se lancer dans", not "a lancé le maire")."""
    lex = lexicon()
    aux = alternation(lex["pronominal_auxiliaries"])
    adverbs = alternation(lex["reporting_adverbs"])
    verbs = alternation(lex["pronominal_not_speech"])
    pattern = rf"(?<!\w)(?:{aux})\s+(?:(?:{adverbs}),?\s+)*(?:{verbs})\b"
    return re.search(pattern, clause) is not None


@cache
def _quote_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a reporting verb after a comma or a closing quote, then its speaker; an
    attribution opening the sentence, then its source; a speaker opening the sentence,
    then a reporting verb)."""
    lex = lexicon()
    verbs = alternation(lex["reporting_participles"] + reporting_finite(lex.data))
    aux = alternation(lex["reporting_auxiliaries"])
    opens = r"(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|M\.|Mme|[A-ZÉÈ])"
    speaker = rf"(?P<speaker>{opens}[^,;:«»\"“”()]{{1,80}})"
    after = re.compile(rf"[,»\"”]\s*(?:(?:{aux})\s+)?(?:{verbs})\s+{speaker}")
    opening = alternation(lex["attribution_openings"])
    # (an acronym or a gloss in brackets may close the source: "Selon l'Organisation
    # mondiale de la santé (OMS), ...")
    before = re.compile(rf"\W*(?i:{opening})\s+{speaker}(?:\s*\([^()]{{1,30}}\))?,")
    spoken = alternation(
        lex["reporting_participles"] + reporting_finite(lex.data) + lex["leading_speech_forms"]
    )
    adverbs = alternation(lex["reporting_adverbs"])
    leading = re.compile(
        rf"[^\w«\"“]*(?P<speaker>{opens}[^,;:«»\"“”()]{{1,80}}?)\s+"
        rf"(?:(?:{aux})\s+)?(?:(?:{adverbs}),?\s+)*(?:{spoken})\b"
    )
    return after, before, leading


def _leads(match: re.Match[str]) -> bool:
    """A leading reporting clause: a participle after its auxiliary ("a déclaré"), or a
    present with none ("L'entourage du ministre assure pourtant que ..."), whose subject
    does not end with a relative pronoun ("Le ministre, qui dit que ...": a clause about
    the subject, not what the sentence reports)."""
    lex = lexicon()
    if match.group("aux") is None and match.group("verb") not in reporting_finite(lex.data):
        return False
    last = match.group("subject").split()[-1].lower().replace("’", "'")
    return last not in lex["relative_pronouns"]


def is_quote(text: str) -> bool:
    """The sentence opens with direct speech, or with a connective and then direct speech
    (« Mais "c'est fini, ça va faire un vide". »)."""
    if _QUOTE_START.match(text):
        return True
    first, _, rest = text.lstrip().partition(" ")
    opener = first.lower().rstrip(",")
    return opener in lexicon()["quote_openers"] and bool(_QUOTE_START.match(rest))


def is_continuation(text: str) -> bool:
    """ "..., a poursuivi le président." / "Elle précise que ..." : more of the same speech."""
    lex = lexicon()
    if lex.continuation.search(text.rstrip().rstrip(".…!?")):
        return True
    lowered = text.lstrip().lower()
    for pronoun in lex["anaphoric_subjects"]:
        if lowered.startswith(pronoun + " "):
            rest = lowered[len(pronoun) + 1 :]
            verbs = reporting_finite(lex.data) + lex["reporting_participles"]
            words = rest.replace(",", " ").split()[:4]
            if any(w in verbs for w in words):
                return True
    return False


def speaks_anew(verb: str, speaker: str) -> bool:
    """A trailing reporting clause (its ``verb`` and ``speaker``, as written) that names who
    speaks with a verb that does not say the same speech goes on ("a expliqué le ministre des
    Finances", not "a ajouté le ministre", "a-t-il précisé", "précise-t-elle"), and is no
    voice of the street giving an opinion ("estime un habitant": ``indefinite_speakers``,
    ``opinion_reporting_verbs``)."""
    lex = lexicon()
    who = speaker.strip().lower()
    determiner = who.split()[:1]  # as written: "d'autres" is one of them
    street = verb in lex["opinion_reporting_verbs"] and bool(
        set(determiner) & set(lex["indefinite_speakers"])
    )
    return (
        verb not in lex["same_speech_verbs"]
        and bool(who)
        and not who.startswith("-")
        and who not in lex["anaphoric_subjects"]
        and not street
    )


WORD = re.compile(r"\w+")


def _declaring(leading: str, text: str) -> bool:
    """The verb closing a leading clause (``quoted_speaker``) is one of declaring, and the
    sentence declares something so ("Le voyagiste s'est déclaré en cessation de
    paiements", "Le tribunal a déclaré la société en liquidation": ``declares_so``): the
    subject does an act in saying it, it reports no words."""
    verb = WORD.findall(normalize(leading).lower())[-1:]
    return any(
        verb and verb[0].startswith(lemma[:-2]) and declares_so(text, lemma)
        for lemma in lexicon()["declaring_lemmas"]
    )


def declares_so(text: str, verb: str | None) -> bool:
    """A verb of declaring whose object is given what the declaring makes it
    (``declaring_lemmas``, ``declared_attributes``: "a déclaré les Jeux officiellement
    ouverts", "a proclamé l'équipe vainqueur", "déclare la société en liquidation"): an act
    done in saying it, not a statement ("a déclaré la situation préoccupante")."""
    lex = lexicon()
    if verb not in lex["declaring_lemmas"]:
        return False
    words = WORD.findall(normalize(text).lower())
    # the object's attribute comes before any clause the verb opens ("a déclaré que nul
    # n'est au-dessus des lois": what is declared, not what the declaring makes)
    openers = lex["declared_clause_openers"]
    before_clause = itertools.takewhile(lambda word: word not in openers, words)
    return not set(before_clause).isdisjoint(lex["declared_attributes"])


def contrasted_clause(tokens: list[Any]) -> list[Any] | None:
    """The tokens of a main clause set against the first by "mais" when it tells what
    happened (a past tense) and the first does not (a state, a present, a negation: "L'origine
    n'est pas encore connue mais le directeur de la Sûreté a évoqué des matières
    explosives", "Les autorités n'ont pas communiqué de bilan, mais le maire a évoqué une
    dizaine de disparus": the second clause carries the news); None otherwise (spaCy's
    part of speech: "mais" a coordinating conjunction)."""
    past = set(lexicon()["past_tenses"])
    for i, tok in enumerate(tokens):
        if tok.lower_ not in lexicon()["coordinating_contrasts"] or tok.pos_ != "CCONJ" or i < 2:
            continue
        first, second = tokens[:i], tokens[i + 1 :]
        if tense_of(second) not in past or not _verb_groups(second)[0]:
            return None
        text = "".join(t.text_with_ws for t in first)
        told = tense_of(first) in past and not lexicon().negation.search(text)
        return None if told else second
    return None


def is_negated(text: str) -> bool:
    """ "M. Choïgou n'a pas précisé ...": what did not happen is no happening. The first
    clause's negation only, not that of a clause set against it ("Un concert de klaxons a
    accueilli la nouvelle, mais les Algérois ne sont pas sortis dans la rue":
    ``contrast_clause``)."""
    first = pattern("contrast_clause").split(text, maxsplit=1)[0]
    return bool(lexicon().negation.search(first))


def is_impersonal(text: str) -> bool:
    """ "Dans le texte, il est notamment précisé qu'il s'agit ...": a verb of saying in the
    impersonal passive (``impersonal_passives`` then a reporting participle), said by
    nobody."""
    return bool(_impersonal_pattern().search(normalize(text)))


@cache
def _impersonal_pattern() -> re.Pattern[str]:
    lex = lexicon()
    opening = alternation(lex["impersonal_passives"])
    verbs = alternation(lex["reporting_participles"])
    adverbs = alternation(lex["reporting_adverbs"])
    return re.compile(rf"(?:^|[,;:]\s*|\s)(?i:{opening})\s+(?:(?:{adverbs}),?\s+)*(?:{verbs})\b")


def has_pronoun_subject(text: str) -> bool:
    """ "Il a été arrêté ...", "Elle condamne ...": the subject is someone already named."""
    return opens_with_pronoun(text)


def tells_speech(text: str) -> bool:
    """ "Certains étaient émus, disant leur peur du verdict": a present participle of a
    verb of saying (``reporting_gerunds``) carries what someone said."""
    words = set(WORD.findall(text.lower()))
    return bool(words & set(lexicon()["reporting_gerunds"]))


def opens_with_anaphor(text: str) -> bool:
    """ "Il a été arrêté", "Ceux-ci sont invités à ...": a subject that stands for something
    of the sentence before (``anaphoric_subjects``, ``demonstrative_subjects``)."""
    lowered = text.lstrip(' «"“').lower()
    return has_pronoun_subject(text) or any(
        lowered.startswith(p + " ") for p in lexicon()["demonstrative_subjects"]
    )


def headline_opens_with_anaphor(text: str) -> bool:
    """Does the sentence's headline open with a subject pronoun (``opens_with_anaphor``):
    the sentence does, or once the phrase before its first comma goes ("En tout, ils ont
    été condamnés", "Pourtant, elle a pris des mesures": a headline drops it)?"""
    if opens_with_anaphor(text):
        return True
    lead, comma, rest = text.partition(", ")
    return (
        bool(comma)
        and len(lead.split()) <= lexicon()["headline_lead_max_words"]
        and (opens_with_anaphor(rest))
    )


def pronoun_is_speaker(said_by: str, reported: str) -> bool:
    """Does the subject pronoun opening what a reporting clause relays stand for its
    speaker, so that no sentence before is needed to read it: one of the speaker's
    determiner (``reported_speaker_pronouns``: "les gendarmes ont assuré qu'ils ..."), or a
    pronoun of one person after a name ("Malvoisin a fait savoir qu'il ...")? Not after a
    possessive ("Son avocat a annoncé qu'il ne ferait pas appel": his client), nor a
    pronoun of another number ("Gérard Manfredi raconte qu'ils ...")."""
    lex = lexicon()
    pronoun = reported.lstrip(' «"“').split(" ", 1)[0].lower()
    phrase = said_by.strip()
    if not phrase or not pronoun:
        return False
    first = phrase.split(" ", 1)[0].lower().replace("’", "'")
    by_determiner = lex["reported_speaker_pronouns"]
    elided = [d for d in by_determiner if str(d).endswith("'") and first.startswith(str(d))]
    key = str(elided[0]) if elided else first
    if key in by_determiner:
        return pronoun in by_determiner[key]
    if phrase[:1].isupper() and key not in lex["reported_speaker_determiners"]:
        return pronoun in lex["reported_name_pronouns"]  # a name
    return False


def goes_on(text: str) -> bool:
    """ "« ... », a-t-il poursuivi." : the same speech going on (not "Il a également
    affirmé que ...", a new claim)."""
    lex = lexicon()
    return bool(lex.continuation.search(text.rstrip().rstrip(".…!?"))) and not is_additive(text)


def is_additive(text: str) -> bool:
    return bool(lexicon().additive.search(text))


def is_hypothetical(text: str) -> bool:
    lowered = text.lstrip(' «"“').lower()
    return any(lowered.startswith(o) for o in lexicon()["hypothetical_openings"])


def number_value(token: Any) -> int | None:
    """11 for "11" or "onze", 1500 for "1.500"; None for anything else."""
    words = lexicon()["number_words"]
    lowered = token.lower_ if hasattr(token, "lower_") else str(token).lower()
    if lowered in words:
        return int(words[lowered])
    digits = lowered.replace(".", "").replace(" ", "").replace("\u202f", "")
    if digits.isdigit() and len(digits) < 10:
        return int(digits)
    return None


def content_tokens(tokens: list[Any], offset: int, skip: list[tuple[int, int]]) -> list[list[Any]]:
    """[[file offset, normalised lemma], ...] for the words that carry the content.

    Nouns, proper nouns, verbs, adjectives and numbers; stop words, reporting verbs and the
    words of time expressions (``skip``: file offsets) are left out; numbers become digits.
    """
    stop, ignored_numbers = _content_left_out()
    out: list[list[Any]] = []
    for tok in tokens:
        pos = offset + tok.idx
        if any(s <= pos < e for s, e in skip):
            continue
        pos_ = tok.pos_
        value = number_value(tok) if pos_ in ("NUM", "DET", "NOUN", "PRON", "ADJ") else None
        if value is not None:
            if value not in ignored_numbers:
                out.append([pos, str(value)])
            continue
        if (
            pos_ not in ("NOUN", "PROPN", "VERB", "ADJ")
            or tok.is_stop
            or tok.is_punct
            or tok.is_space
        ):
            continue
        word = (lemma(tok) or tok.text).lower()
        if word in stop or len(word) < 2:
            continue
        out.append([pos, word])
    return out


@cache
def _content_left_out() -> tuple[frozenset[str], frozenset[Any]]:
    """What ``content_tokens`` leaves out: the stop and reporting lemmas
    (``stop_lemmas``, ``reporting_lemmas``) and the numbers ``ignored_numbers``."""
    lex = lexicon()
    stop = frozenset(lex["stop_lemmas"]) | frozenset(lex["reporting_lemmas"])
    return stop, frozenset(lex["ignored_numbers"])


def _opens_with(text: str, words: list[str]) -> str | None:
    """The rest of ``text`` after one of ``words`` opening it (a word of its own), or None."""
    lowered = text.lstrip(' «"“').lower().replace("\u2019", "'")
    for word in sorted(words, key=len, reverse=True):
        if lowered.startswith(word) and (
            word.endswith("'") or len(lowered) == len(word) or not lowered[len(word)].isalnum()
        ):
            return lowered[len(word) :]
    return None


def is_attributed(text: str) -> bool:
    """ "Selon le ministre, ce résultat ne remet pas en cause ...": what follows is what a
    source said (a short phrase naming it, then a comma)."""
    rest = _opens_with(text, lexicon()["attribution_openings"])
    if rest is None:
        return False
    comma = rest.find(",")
    return comma > 0 and len(rest[:comma].split()) <= 8


def continues_paragraph(text: str) -> bool:
    """ "Pourtant, elle a pris des mesures", "Il a été interpellé": the first sentence of a
    paragraph that goes on with what the previous paragraph told (a connective of
    ``paragraph_sequels``, or a pronoun subject standing for someone named there)."""
    return (
        has_pronoun_subject(text) or _opens_with(text, lexicon()["paragraph_sequels"]) is not None
    )


def placed_by_previous(text: str) -> bool:
    """ "Avant elle, deux chefs de service ont démissionné", "Peu avant, ...", "Puis ...": the
    sentence's act came just before or just after the one told in the sentence before it
    (``ordering_openings``, ``narrative_sequels``)."""
    lex = lexicon()
    return _opens_with(text, lex["ordering_openings"] + lex["narrative_sequels"]) is not None


def goes_on_narrating(text: str) -> bool:
    """ "Puis l'accusé prévient la cour : ...": the narration goes on (a next step)."""
    return _opens_with(text, lexicon()["narrative_sequels"]) is not None


def time_locators() -> str:
    """Regex alternation of the prepositions of time (``time_locators``), an initial "à"
    matching its capital written without accent ("A l'ouverture du sommet")."""
    return alternation(lexicon()["time_locators"]).replace("à", "[àa]")


@cache
def _gathering_pattern() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"(?:^|\s)(?:{time_locators()})\s*"
        rf"(?:(?:{alternation(lex['definite_links'])})\s*|"
        rf"(?:(?:{alternation(lex['time_locator_links'])})\s*)?"
        rf"(?:{alternation(lex['definite_determiners'])})\s*)(\w{{4,}})",
        re.IGNORECASE,
    )


def told_gathering(text: str) -> str | None:
    """The noun of a gathering the sentence places itself in with a definite determiner ("A
    l'ouverture du sommet, le président a dénoncé ...", "Lors de la séance, l'opposition a
    quitté la salle"): one the article has told already, or None."""
    found = _gathering_pattern().search(text)
    return found.group(1) if found else None


@dataclass(frozen=True)
class Source:
    """Who a sentence says its words are from, as the article describes them: the words of
    the description (its speaker, and the apposition after it naming the office held: "le
    colonel X, un porte-parole de l'armée de l'air"), and the words of the institution that
    office is held in ("armée", "air"), empty when it names none."""

    words: frozenset[str]
    institution: frozenset[str]

    def same_as(self, other: Source) -> bool:
        """One source under two descriptions: the words of one are all words of the other
        ("le porte-parole" / "le colonel X, un porte-parole de l'armée"; "M. Dupont" /
        "Jean Dupont"), or an office-holder and the institution it speaks for ("le directeur
        général de la compagnie" / "la compagnie Air France")."""
        if not (self.words and other.words):
            return False
        return (
            self.words <= other.words
            or other.words <= self.words
            or bool(self.institution and self.institution <= other.words)
            or bool(other.institution and other.institution <= self.words)
        )


def source_of(text: str, start: int, end: int) -> Source | None:
    """The source described at ``text[start:end]`` (a reporting clause's speaker, or whom a
    sentence quotes), with the apposition after it that names an office (``office_nouns``,
    after an optional determiner: ", un porte-parole de l'armée", ", directeur général de la
    compagnie,"); None for a pronoun ("il", "a-t-elle dit": who it stands for is another
    question) or a description with no word of its own."""
    lex = lexicon()
    said = " ".join(text[start:end].split())
    if said.lower() in lex["anaphoric_subjects"]:
        return None
    described = said
    apposition = _office_apposition().match(text, end)
    if apposition is not None:
        described += " " + apposition.group("office")
    words = _source_words(described)
    if not words:
        return None
    institution: frozenset[str] = frozenset()
    link = _office_link().search(described)
    if link is not None and _source_words(described[: link.start()]) & _offices():
        institution = _source_words(described[link.end() :])
    return Source(words=words, institution=institution)


def _source_words(text: str) -> frozenset[str]:
    """The words of a source's description, lower case, its determiners, prepositions and
    courtesy titles left out (``source_stop_words``, ``honorifics``)."""
    lex = lexicon()
    stop = {w.lower() for w in lex["source_stop_words"]} | {w.lower() for w in lex["honorifics"]}
    found = re.findall(r"[\w][\w.-]*", text.lower().replace("’", "'").replace("'", "' "))
    return frozenset(w.rstrip(".") for w in found if w not in stop and w.rstrip(".") not in stop)


@cache
def _offices() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["office_nouns"])


@cache
def _office_apposition() -> re.Pattern[str]:
    """An apposition naming an office after a speaker (", un porte-parole de l'armée",
    ", directeur général de la compagnie"), up to the next comma or the end."""
    offices = alternation(lexicon()["office_nouns"])
    return re.compile(
        rf",\s*(?:(?:un|une|le|la|l['’])\s*)?(?P<office>(?:{offices})\b[^,;:«»\"“”()]*)",
        re.IGNORECASE,
    )


@cache
def _office_link() -> re.Pattern[str]:
    """The preposition between an office and its institution ("porte-parole de l'armée")."""
    return re.compile(r"\s(?:de|du|des|d['’])\s*", re.IGNORECASE)


def speaking_occasion(sentence: Sentence) -> bool:
    """Does a happening tell an occasion where its subject speaks: a verb of speech or of
    address (``speech_lemmas``, ``address_lemmas``: "Il s'adresse aux jurés"), or an
    audience or the floor among its words (``audience_nouns``: "est arrivé hier devant les
    journalistes", "a pris la parole devant la cour")?"""
    lex = lexicon()
    verbs = {*lex["speech_lemmas"], *lex["address_lemmas"]}
    audience = set(lex["audience_nouns"])
    return bool({sentence.verb, sentence.action} & verbs) or any(
        lemma.lower() in audience for _, lemma in sentence.words
    )


@cache
def _reporting_cleft() -> re.Pattern[str]:
    """A cleft of reporting opening the sentence (``reporting_cleft_openings``: "c'est ce
    qu'", "voilà ce que"), perhaps an auxiliary (``cleft_auxiliaries``), the verb, then its
    subject after it ("C'est ce qu'a déclaré le maire", "C'est ce qu'affirme un
    communiqué")."""
    lex = lexicon()
    openings = alternation(lex["reporting_cleft_openings"])
    auxiliaries = alternation(lex["cleft_auxiliaries"])
    return re.compile(
        rf"^\W*(?:{openings})\s*(?:(?:{auxiliaries})\s+)?(\w+)\s+(?=\w)", re.IGNORECASE
    )


def reporting_cleft(text: str, verb: str | None) -> int | None:
    """Where the speaker of a cleft of reporting opening ``text`` begins, None when it is
    none (events.sequels.reporting_cleft: the reporting clause of the sentence before); its
    verb one of saying (``speech_lemmas``) by the parse's lemma of the sentence's main verb
    (``verb``: "C'est ce qu'a dit le maire" is "dire"; "C'est ce qu'affiche le tableau" is
    "afficher", no verb of saying), the word after the opening being that verb (it opens
    as its lemma does: not "on" of "C'est ce qu'on appelle ...")."""
    found = _reporting_cleft().search(text.replace("\u2019", "'"))
    if found is None or verb is None or verb.lower() not in _speech_lemmas():
        return None
    word = found.group(1).lower()
    return found.end() if word[:2] == verb.lower()[:2] else None


@cache
def _speech_lemmas() -> frozenset[str]:
    return frozenset(str(lemma).lower() for lemma in lexicon()["speech_lemmas"])
