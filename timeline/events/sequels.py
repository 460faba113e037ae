"""Follow-ups that open another happening than the event they were attached to.

Extraction attaches to the event before it a sentence that goes on with its narration
(``extract._classify``: a pronoun subject, an undated sentence of the same paragraph);
assembly keeps it as the same happening unless something says otherwise
(``merge.apart``, ``assemble._promote``). This module reads, in the follow-up's own
clause, an adverb of succession on its verb ("Il a finalement été interpellé", after "Le
propriétaire a incendié sa maison"; "Les Bleus se sont immédiatement dirigés vers
l'Élysée", after the parade): the next act of the narration, not a detail of the one
before. A follow-up that goes on with the same act stays one ("Le bilan s'est alourdi";
"Le suspect a ensuite été placé en garde à vue", after his arrest: ``narrative_sequels``;
"S'en serait alors suivie une altercation": a verb of ensuing, ``ensuing_lemmas``).

A quotation whose speaker does an act in saying it, in the first person present ("«
Aujourd'hui, j'annonce la démission de ce gouvernement », a-t-il dit", after "Le chef du
gouvernement a rendu la classe politique responsable"), is that act, another happening than
the speaker's other act told before it (``performs_act``).

A toll or an assessment told in the present by a source of its own ("Selon le préfet, 300
familles sont sans logement" after "D'après la mairie, l'effondrement était dû à une crue";
"La gendarmerie n'a pas connaissance de victimes" after "La route a été coupée") is
that source's statement, not a detail of the happening told before it
(``assessed_by_own_source``; the gold's rule 3 of "Statements and what they relay").

An act told in the present with an adverb of consequence on its verb after a speaker's
statement ("Le syndicat quitte donc la table des négociations", after its secretary's
announcement) is the act the statement announced, told done: a happening of its own
(``tells_consequence``).

The words are those of ``events.yml`` (``succession_adverbs``, ``ensuing_lemmas``,
``performative_forms``, ``assessment_lemmas``, ``consequence_adverbs``).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.events import features, kinds, merge, merging_words, report_reads
from timeline.events.lexicon import alternation, lexicon
from timeline.events.report import Report
from timeline.records import NounPhrase, Sentence

#: letters a verb's written form shares with its lemma ("invite" / "inviter", "exige" /
#: "exiger"): the word before the adverb is the clause's own verb, not "mais", not a
#: participle of a relative clause ("qui font également état de ...": another verb)
STEM = 4


@cache
def _succession() -> re.Pattern[str]:
    """An adverb of succession right after a word of the clause (a finite verb or an
    auxiliary: "a finalement été", "remportent alors"), so not opening the sentence (an
    opening "Puis, ..." goes on with the narration: ``narrative_sequels``), and not
    opening a subordinate clause ("alors que", "alors qu'")."""
    adverbs = alternation(lexicon()["succession_adverbs"])
    return re.compile(rf"\w\s+(?:{adverbs})\b(?!\s*(?:que\b|qu'))", re.IGNORECASE)


def tells_next_act(follow: Sentence) -> bool:
    """The follow-up's own clause places its act after the one told before it with an
    adverb of succession on its verb ("Il a finalement été interpellé et mis en garde à
    vue", "Ces deux réalisateurs remportent alors leur deuxième prix"): the next act of the
    narration, a happening of its own; in the pluperfect, the act back then ("Un système
    d'alarme avait alors été installé"), a time of its own too. Not in a quotation (the
    speaker's words), not in a statement (what is said goes on), not with a verb of ensuing
    (the consequence of the act before: one happening)."""
    if follow.quote or follow.kind == kinds.STATEMENT:
        return False
    if {follow.verb, follow.action} & set(lexicon()["ensuing_lemmas"]):
        return False
    return _succession().search(merging_words.outside_quotes(follow.text)) is not None


def _quotations(text: str) -> list[str]:
    """What the sentence quotes, apostrophes written one way, lower case."""
    quotation = merging_words.vocabulary().quotation
    return [q.group(0).lower() for q in quotation.finditer(text.replace("\u2019", "'"))]


@cache
def _performatives() -> list[tuple[str, re.Pattern[str]]]:
    """(lemma, its first person forms as a pattern) of ``performative_forms``."""
    return [
        (lemma, re.compile(rf"(?<!\w)(?:{alternation(forms)})\b"))
        for lemma, forms in lexicon()["performative_forms"].items()
    ]


def performed_act(follow: Sentence) -> str | None:
    """The act the follow-up's quotation does in saying it, by its lemma ("j'annonce la
    démission": "annoncer"), or None."""
    quoted = _quotations(follow.text)
    for lemma, pattern in _performatives():
        if any(pattern.search(q) for q in quoted):
            return lemma
    return None


def performs_act(follow: Sentence, event: Sentence) -> bool:
    """The follow-up quotes its speaker doing an act in saying it, another act than the
    event's ("« J'annonce la démission de ce gouvernement », a-t-il dit" after "Le chef du
    gouvernement a rendu la classe politique responsable"; not after "Le Premier ministre
    a annoncé la démission de son gouvernement": the same act, quoted)."""
    act = performed_act(follow)
    return act is not None and act not in {event.verb, event.action}


@cache
def _adverb_after_word(words: str) -> re.Pattern[str]:
    """A word, then an adverb of the lexicon's list ``words`` (``additive_act_adverbs``,
    ``consequence_adverbs``)."""
    adverbs = alternation(lexicon()[words])
    return re.compile(rf"([\w']+)\s+(?:{adverbs})\b", re.IGNORECASE)


def adds_act(follow: Sentence) -> bool:
    """The follow-up adds an act with an adverb right after its verb in the present ("La
    Sûreté du Québec invite également les proches des disparus à se rendre à la
    polyvalente"), not after an auxiliary, a copula or a passive ("sont également invités":
    ``additive_not_acts``), in the narration's words (not a quotation, not a statement)."""
    return _act_with_adverb(follow, "additive_act_adverbs")


def tells_consequence(follow: Sentence, event: Sentence) -> bool:
    """The follow-up tells in the present, in the narration's words, an act concluded from
    the speaker's statement before it, with an adverb of consequence right after its verb
    ("Le syndicat quitte donc la table des négociations", after "Son secrétaire général a
    annoncé qu'il retirait sa signature"): the act the statement announced, told done, a
    happening of its own, not a detail of the speaker's occasion (tests/data/realnews/
    README.md, "Statements and what they relay"). Not after a happening ("Les gendarmes
    décident donc d'entrer", after the fire: the next step of one story), not a state ("Le
    législateur a donc un an devant lui": ``additive_not_acts``), not a quotation."""
    return event.kind == kinds.STATEMENT and _act_with_adverb(follow, "consequence_adverbs")


def _act_with_adverb(follow: Sentence, adverbs: str) -> bool:
    """An adverb of the list ``adverbs`` right after the follow-up's verb in the present,
    not after an auxiliary, a copula or a passive (``additive_not_acts``), not after a verb
    of description, in the narration's words (not a quotation, not a statement, not a
    speaker's first person)."""
    if follow.tense != "present" or follow.quote or follow.kind == kinds.STATEMENT:
        return False
    if follow.report is not None:
        return False
    lex = lexicon()
    narrated = merging_words.outside_quotes(follow.text)
    words = set(narrated.lower().replace("'", "' ").split())
    if words & set(lex["first_person_subjects"]):
        return False  # "Je pense également à mes petits-enfants": a speaker's words
    describing = {
        *lex["stative_lemmas"],
        *lex["generic_present_lemmas"],
        *lex["holding_lemmas"],
        *lex["describing_lemmas"],
    }
    if {follow.verb, follow.action} & describing:
        return False  # "Le procès se distingue aussi par ...": what it is like
    blocked = set(lex["additive_not_acts"])
    verbs = {v.lower()[:STEM] for v in (follow.verb, follow.action) if v}
    return any(
        found.group(1).lower() not in blocked and found.group(1).lower()[:STEM] in verbs
        for found in _adverb_after_word(adverbs).finditer(narrated)
    )


def speaks_after_act(follow: Sentence, event: Sentence) -> bool:
    """The follow-up's main verb is a verb of saying told done ("Il a déclaré que la
    réforme attendra", "Il a toutefois affirmé ne pas connaître la cause", not direct
    speech), after an act the narration tells that is no saying ("La candidate a remporté
    le second tour"; "La mairie a ouvert un gymnase, d'après son directeur"): saying is an
    act of its own, the speaker's statement on their own occasion (tests/data/realnews/
    README.md: a statement is dated when made and is an event of its own), not a detail
    of the act before it. After a saying or a declaring ("Le maire a annoncé sa
    démission", "La présidente a proclamé les résultats"), or a sentence with a
    reporting clause of its own (a relayed act and its speaker going on), it goes on
    with it; so does direct speech (the words of that occasion), and an act told done
    and relayed by a reporting clause after it ("Le corps a été retrouvé, a précisé le
    magistrat": rule 2, the act is the happening)."""
    lex = lexicon()
    if follow.quote or follow.text.lstrip()[:1] in merging_words.QUOTE_OPENERS:
        return False
    if follow.tense != "past" or follow.verb not in lex["speech_lemmas"]:
        return False
    relayed = follow.report is not None and follow.report.kind != "leading"
    if relayed and follow.content_tense in lex["past_tenses"]:
        return False  # "Le corps a été retrouvé, a précisé X": the act it relays
    if event.report is not None or event.kind != kinds.HAPPENING:
        return False
    saying = {*lex["speech_lemmas"], *lex["declaring_lemmas"], *lex["performative_forms"]}
    return not {event.verb, event.action} & saying


@cache
def _incidence() -> re.Pattern[str]:
    """A conjunction of time (``incidence_conjunctions``), a subject pronoun (the scene's
    subject going on: ``anaphoric_subjects``), then in its clause (no punctuation between)
    an auxiliary (``incidence_auxiliaries``), perhaps one word, and a past participle
    (``participle_endings``): "lorsqu'il est entré", "quand elle a soudain perdu"; the
    participle is the group. Not a clause with a subject of its own ("lorsque les secours
    sont arrivés": the moment the scene's state is told at, "Il ne respirait plus lorsque
    les secours sont arrivés")."""
    lex = lexicon()
    conjunctions = alternation(lex["incidence_conjunctions"])
    pronouns = alternation(lex["anaphoric_subjects"])
    auxiliaries = alternation(lex["incidence_auxiliaries"])
    endings = alternation(lex["participle_endings"])
    return re.compile(
        rf"(?<!\w)(?:{conjunctions})\s*(?:{pronouns})\s[^,;:.!?«»]*?(?<!\w)(?:{auxiliaries})"
        rf"\s+(?:\w+\s+)?(\w+(?:{endings}))\b",
        re.IGNORECASE,
    )


def interrupted_by_act(follow: Sentence, event: Sentence) -> bool:
    """The follow-up tells a scene in the imperfect interrupted by a clause of "lorsque" or
    "quand" in the past ("L'avion quittait la zone de contrôle lorsqu'il est entré dans
    une zone de turbulence", after "Des navires ont fouillé l'océan"): the clause's act, at
    its own moment, is a happening of its own (the imperfect is its background), not a
    detail of the event before it. Not the event's own act told again ("Il traversait la
    place quand il a été renversé", after "Un piéton a été renversé": the participle of
    the event's verb), not a quotation, not a statement."""
    if follow.tense != "imperfect" or follow.quote or follow.kind == kinds.STATEMENT:
        return False
    found = _incidence().search(merging_words.outside_quotes(follow.text))
    if found is None:
        return False
    stem = found.group(1).lower()[:STEM]
    return not any(v and v.lower()[:STEM] == stem for v in (event.verb, event.action))


@cache
def _cleft_source() -> re.Pattern[str]:
    """A cleft opening the sentence (``cleft_openings``): its focus, "qui", a pronoun
    standing for what was told (``told_object_pronouns``), perhaps an auxiliary
    (``cleft_auxiliaries``), then the verb, a group ("C'est le site TMZ, souvent bien
    renseigné, qui l'annonce", "C'est la préfecture qui l'a confirmé"); or "ce" or a noun
    (a group), "qu'", an auxiliary and the verb, a group, its subject after it ("C'est
    l'annonce qu'a faite la ministre"; with "ce", "C'est ce qu'a affirmé le maire", a cleft
    of reporting: ``reporting_cleft``)."""
    lex = lexicon()
    openings = alternation(lex["cleft_openings"])
    pronouns = alternation(lex["told_object_pronouns"])
    auxiliaries = alternation(lex["cleft_auxiliaries"])
    return re.compile(
        rf"^\W*(?:{openings})\s+(?:[^.;:!?«»]+?\squi\s+(?:{pronouns})\s*"
        rf"(?:(?:{auxiliaries})\s+)?(\w+)|(?:ce|(?:l'|la\s|le\s)(\w+))\s+qu'\s*"
        rf"(?:{auxiliaries})\s+(\w+))",
        re.IGNORECASE,
    )


def reporting_cleft(sentence: Sentence) -> int | None:
    """Where the speaker of a cleft of reporting begins in the sentence's text, None when
    it is none: "C'est ce qu'a déclaré le Premier ministre samedi", "Voilà ce qu'affirme
    la préfecture", after a sentence telling what was said. French puts the reporting
    clause of the sentence before in a sentence of its own this way ("ce" stands for what
    was just told, the speaker comes after the verb): the two are one statement of that
    speaker, not an act of saying of its own. The verb is one of saying (``speech_lemmas``,
    by the parse's lemma: "a annoncé", "affirme", "a dit"); not "C'est ce qu'on appelle ..."
    (the subject before the verb: no reporting clause), not a quotation's words, not
    "Voici ce qu'a déclaré ..." (what follows, not what was told)."""
    return (
        None
        if sentence.quote
        else features.reporting_cleft(merging_words.outside_quotes(sentence.text), sentence.verb)
    )


def names_its_source(follow: Sentence) -> bool:
    """The follow-up is a cleft naming who reports what was just told ("C'est le site
    people TMZ, souvent bien renseigné, qui l'annonce", after "Le chanteur a été emmené à
    l'hôpital"): that source's report, a statement of its own (tests/data/realnews/
    README.md, "Statements and what they relay"), not a detail of the act it relays. Its
    verb is one of reporting (``speech_lemmas``, ``reporting_lemmas``, ``source_lemmas``,
    read by their first letters: "annonce", "a confirmé"), or its focus a noun of one
    ("C'est l'annonce qu'a faite la ministre"); not a cleft telling an act ("C'est la
    préfecture qui l'a évacué")."""
    if follow.quote or reporting_cleft(follow) is not None:
        return False  # (a cleft of reporting: the reporting clause of the sentence before)
    found = _cleft_source().search(merging_words.outside_quotes(follow.text))
    if found is None:
        return False
    lex = lexicon()
    lemmas = (*lex["speech_lemmas"], *lex["reporting_lemmas"], *lex["source_lemmas"])
    stems = {lemma[:STEM] for lemma in lemmas}
    return any(w is not None and w.lower()[:STEM] in stems for w in found.groups())


def _may_be_someone(phrase: NounPhrase, event: Sentence) -> bool:
    """A noun phrase that may be the subject of an act: a person's name (within a person
    the sentence names: "Albert" of "Albert II"), a noun of a person (merging.yml's
    ``describing_nouns``, ``gendered_nouns``: "le suspect", "sa mère") or of an
    institution or its head (``speaker_roles``: "du ministère public", "le préfet"); not a
    thing, not a place."""
    if phrase.proper:
        end = event.start + phrase.end
        return any(m.start < end <= m.end and m.label == "PER" for m in event.mentions)
    vocab = merging_words.vocabulary()
    head = phrase.words.lower().split()[0] if phrase.words.strip() else ""
    persons = vocab.describing | vocab.male | vocab.female
    return head in persons or vocab.role(phrase.words) is not None


def stands_for_complement(follow: Sentence, event: Sentence) -> NounPhrase | None:
    """The noun phrase of ``event`` (the sentence just before) that the follow-up's opening
    demonstrative of one stands for ("ce dernier", "celle-ci": ``demonstrative_genders``),
    when it comes after the event's verb, outside its reporting clause: the last noun
    phrase of its gender and number, when it may be someone ("... presque conforme aux
    réquisitions du ministère public. Ce dernier avait réclamé la perpétuité": "ministère
    public", not the person the event names first). French uses the demonstrative, not
    "il", precisely to name the last one told when it is not the subject: the follow-up
    tells the act of someone the event tells of as its object or complement, another
    one's act than the event's, not a detail of it. None when it does not open so, when
    that phrase is the event's subject (before its verb) or its speaker, or when the event
    keeps no noun phrases."""
    opening = follow.text.lstrip(' «"“').lower()
    gender = next(
        (
            str(g)
            for p, g in lexicon()["demonstrative_genders"].items()
            if opening.startswith((f"{p} ", f"{p},"))
        ),
        None,
    )
    if gender is None or not event.phrases:
        return None
    found = next(
        (p for p in reversed(event.phrases) if p.number == "singular" and p.gender in (gender, "")),
        None,
    )
    verbs = {v.removeprefix("se ") for v in (event.action, event.verb) if v}  # "se rendre"
    action = next((at for at, lemma in event.words if lemma in verbs), None)
    if found is None or action is None or not _may_be_someone(found, event):
        return None
    end = event.start + found.end
    if event.report is not None and event.report.start < end <= event.report.end:
        return None  # "..., a annoncé le procureur. Ce dernier a ajouté": its speaker going on
    return found if end > action else None


def opens_at_another_moment(follow: Sentence) -> bool:
    """The follow-up opens with a phrase of time placing its act at another moment of the
    story than its event's (``moment_openers``: "Plus de trois heures plus tard, l'homme est
    retrouvé", "Le lendemain, ...", "Au deuxième jour de la prise d'otages, ...", a
    chronicle's "Le 3, les Verts décident ..."): French fronts the time that moves a
    narration on, so what follows it is the next happening, not a detail of the one told
    before. Not in a quotation (the speaker's words), not in a statement (what is said goes
    on)."""
    if follow.quote or follow.kind == kinds.STATEMENT:
        return False
    narrated = merging_words.outside_quotes(follow.text).lower()
    return any(p.search(narrated) for p in merging_words.vocabulary().moment_openers)


def tells_others_too(follow: Sentence) -> bool:
    """The follow-up tells others or another place doing the like (``others_too``: "En
    Suisse aussi, l'importante communauté kosovare est descendue dans la rue", "Le Japon et
    le Canada ont eux aussi ouvert une enquête"): a round-up's item, the act of other doers
    or of elsewhere, a happening of its own, not a detail of the one before. Not in a
    quotation, not in a statement."""
    if follow.quote or follow.kind == kinds.STATEMENT:
        return False
    narrated = merging_words.outside_quotes(follow.text).lower()
    return any(p.search(narrated) for p in merging_words.vocabulary().others_too)


def tells_recent_act(follow: Sentence) -> bool:
    """The follow-up tells, in the narration's words, an act just done: "venir de" and an
    infinitive in the present on its main verb (merging.yml ``recent_past``: "Le club
    anglais de Leeds vient de recruter Marc Lenoir", after "Paul Durand a signé à Nantes"),
    the recent past, an act told done as the compound past tells it, which extraction reads
    as a happening of its own (its narrative tenses): the next happening, not a detail of
    the one before. The parse reads "venir" as its verb and the infinitive as its action,
    among the three words after "de" ("vient d'être nommé"; "La listeria vient d'une
    famille de bactéries qui contient ...": no infinitive, no act); not in a quotation,
    not in a statement."""
    if follow.quote or follow.kind == kinds.STATEMENT or follow.tense != "present":
        return False
    action = follow.action
    if follow.verb != "venir" or action is None or action == "venir":
        return False
    narrated = merging_words.outside_quotes(follow.text)
    return any(
        any(w.lower().startswith(action[:STEM]) for w in re.findall(r"\w+", after)[:3])
        for found in merging_words.vocabulary().recent_past.finditer(narrated)
        for after in [narrated[found.end() : found.end() + 40]]
    )


def opens_another_happening(follow: Sentence, event: Sentence) -> bool:
    """A follow-up whose own clause opens a happening of its own after ``event``, the
    sentence of the event it was attached to (``tells_next_act``, ``opens_at_another_moment``,
    ``tells_others_too``, ``performs_act``, ``adds_act``, ``tells_consequence``,
    ``interrupted_by_act``, ``names_its_source``, ``tells_recent_act``)."""
    return (
        tells_next_act(follow)
        or tells_recent_act(follow)
        or opens_at_another_moment(follow)
        or tells_others_too(follow)
        or performs_act(follow, event)
        or adds_act(follow)
        or tells_consequence(follow, event)
        or interrupted_by_act(follow, event)
        or names_its_source(follow)
    )


@cache
def _subject_opening() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a phrase fronted before the clause's subject, up to its comma; a connective opening
    the clause; a subject naming responders: its openers, then one of ``responder_nouns``)."""
    lex = lexicon()
    fronted = re.compile(
        rf"^\W*(?:{alternation(lex['fronted_openers'])})(?!\w)[^,;:.!?]*,\s*", re.IGNORECASE
    )
    connective = re.compile(
        rf"^\W*(?:{alternation(lex['clause_connectives'])})\b,?\s*", re.IGNORECASE
    )
    openers = alternation(lex["subject_openers"])
    responders = re.compile(
        rf"^\W*(?:(?:{openers}|\d[\d\s.,]*)(?<=')\s*|(?:{openers}|\d[\d\s.,]*)\s+"
        rf"(?:(?:de|d')\s*)?)*(?:{alternation(lex['responder_nouns'])})\b",
        re.IGNORECASE,
    )
    return fronted, connective, responders


def _clause_opening(sentence: Sentence) -> str:
    """The sentence from its clause's subject on: after a leading reporting clause ("Selon
    les pompiers, ..."), the phrases fronted before the subject ("A la tombée de la nuit,
    ...", "Lors de l'intervention, ...") and a connective opening it ("Mais ..."),
    apostrophes written one way."""
    text = sentence.text
    report = sentence.report
    if report is not None and report.kind != "trailing":
        text = text[report.end - sentence.start :]
    text = text.replace("\u2019", "'").lstrip(" ,:")
    fronted, connective, _ = _subject_opening()
    for _ in range(3):  # "A la tombée de la nuit, dans les décombres, des secouristes ..."
        cut = fronted.sub("", text, count=1)
        cut = connective.sub("", cut, count=1)
        if cut == text:
            break
        text = cut
    return text


def names_responders(sentence: Sentence) -> bool:
    """The sentence's subject names responders to a happening (``responder_nouns``: "Les
    secours", "Plus de 90 marins-pompiers", "des centaines de secouristes"), the words
    opening its clause (``_clause_opening``) read without a parse: determiners, numbers
    and words counting them (``subject_openers``), then the noun."""
    return _subject_opening()[2].match(_clause_opening(sentence)) is not None


def responders_intervene(follow: Sentence, event: Sentence) -> bool:
    """The follow-up tells, in the narration's words, what the responders to a happening
    do, its subject naming them ("Les secours n'ont pas réussi à le réanimer", after "Le
    chanteur est décédé jeudi"; "Plus de 90 marins-pompiers sont sur place", after "Deux
    immeubles se sont effondrés"), or its act their operation told of whoever it saves
    (``tells_operation``: "Les passagers ont été évacués"), after an event whose subject is
    not them: the intervention answering the happening (the rescue, the search, the arrest) is a
    happening of its own, not a detail of the accident, the collapse or the death it
    answers (the golds keep the rescue deployed apart from the collapse it answers:
    tests/data/realnews/README.md, the fourth and fifth sets' errors).
    Not a quotation (the words of whoever speaks), not after an event told of the
    responders themselves ("Les pompiers ont déployé un dispositif. Une équipe de plongeurs
    les accompagne": their own operation going on)."""
    if follow.quote or follow.text.lstrip()[:1] in merging_words.QUOTE_OPENERS:
        return False
    return (names_responders(follow) or tells_operation(follow, event)) and not names_responders(
        event
    )


def tells_operation(follow: Sentence, event: Sentence) -> bool:
    """The follow-up's act is an operation answering a happening (merging.yml
    ``operation_acts``: an evacuation, a rescue), whoever its subject ("Les passagers ont
    été évacués par hélicoptère", after "Le navire s'est échoué vendredi soir"; "Trois
    randonneurs ont été secourus", after the avalanche): the responders' intervention told
    of the people it saves, a happening of its own, as when its subject names the
    responders. Not after an event that is such an operation itself (the same operation
    going on: "Les habitants ont été évacués. Une centaine ont été hélitreuillés")."""
    operations = merging_words.vocabulary().operation_acts
    fold = merging_words.vocabulary().fold
    acts = {fold.get(v, v) for v in (follow.verb, follow.action) if v}
    their = {fold.get(v, v) for v in (event.verb, event.action) if v}
    return bool(acts & operations) and not their & operations


def _source(report: Report) -> tuple[str, str]:
    """Who a report says its words are from, as (description, institution): its reporting
    clause ("Selon le préfet de la Drôme", "..., a indiqué la préfecture": prefect), not
    a pronoun standing for someone told before; else the institution its subject names
    when it tells what that institution knows or judges ("La gendarmerie n'a pas
    connaissance de victimes": ``speaker_roles``, ``assessment_lemmas``); ("", "") when
    neither."""
    quoted = report.quoted or _attributed(report.sentence)
    pronouns = {*lexicon()["anaphoric_subjects"], *lexicon()["stressed_pronouns"]}
    if quoted and quoted not in pronouns:
        role = merging_words.vocabulary().role(quoted)
        return quoted, role[0] if role is not None else ""
    if report.actor and _assesses(report):
        return "", report.actor
    return "", ""


def _attributed(sentence: str) -> str:
    """Who a sentence's closing attribution names (``report_reads.closing_attribution``)."""
    return report_reads.closing_attribution(sentence)


def _assesses(report: Report) -> bool:
    """Its words tell a knowledge, a judgment or a hope (``assessment_lemmas``: "n'a pas
    connaissance de", "ignore si"), a lemma or a verb left without its ending ("ignor")."""
    lemmas = set(lexicon()["assessment_lemmas"])
    return any(w in lemmas or f"{w}er" in lemmas for w in report.words)


def assessed_by_own_source(follow: Report, event: Report) -> bool:
    """A toll or an assessment told in the present and given by a source of its own (a
    reporting clause naming someone, "Selon le préfet, 300 familles sont sans logement";
    an institution as subject, "La gendarmerie n'a pas connaissance de victimes", "Le
    parquet ignore si ..."), after a happening told in the past by the narration or by
    another source: what a source says of how things stand when it speaks is its statement
    (tests/data/realnews/README.md, "Statements and what they relay", rule 3), an event of
    its own, not a detail of the happening. Not direct speech (the words of whoever was
    quoted last, going on), not the event's own source going on ("D'après la préfecture,
    ... Selon le préfet, ..."), not after a happening told in the present."""
    if follow.tense != "present" or event.tense in (None, "present", "future"):
        return False
    if follow.sentence.lstrip()[:1] in merging_words.QUOTE_OPENERS:
        return False
    said, role = _source(follow)
    if not (said or role) or merge.same_speaker(follow, event):
        return False
    their_said, their_role = _source(event)
    their_role = their_role or event.actor  # whatever its act ("La police a bouclé ...")
    return (said, role) != (their_said, their_role) and not (role and role == their_role)


def another_body_acts(follow: Report, event: Report) -> bool:
    """The follow-up's subject names an institution or a body (``Report.actor``: "La cour
    d'assises n'a pas retenu la co-action", "Près de 200 policiers sont sur le terrain")
    after an event whose own clause names another agent, one that is no institution (its
    parse's subject or "par" complement: "Me X, le conseil de l'accusée, avait souhaité
    ...", "Les recherches ont permis de trouver ...", "Le pont s'est effondré"): that
    body's act is a happening of its own, not a detail of another's. Not after a passive
    that names nobody ("Un jeune homme a été condamné lundi. Le tribunal n'a pas retenu la
    circonstance aggravante": the body may be who did the act, told again), nor after an
    agent that is a pronoun (whom it stands for is not read), nor after an institution (the
    same one goes on; another one is ``merge.apart``'s), nor when the body is the one the
    event acts on, its patient, going on as the subject of the next sentence ("Le
    gouvernement envoyait 3.000 gendarmes. « Les premiers gendarmes ont rejoint les
    vallées »": the deployment, done)."""
    if not follow.actor or event.actor:
        return False
    vocab = merging_words.vocabulary()
    if event.clause is not None and vocab.subject_role(event.clause.patient) == follow.actor:
        return False
    if words_of_another(follow, event):
        return True
    return event.clause is not None and event.clause.agent is not None


def words_of_another(follow: Report, event: Report) -> bool:
    """The event is someone's words, and the follow-up, told by the narration (not a
    quotation, no reporting clause of its own), names an institution that is not who says
    them (``Report.actor``): the agent of a statement is its speaker. The event is direct
    speech ("« Quand sa décision a été prise, elle m'a appelé », then "La cour d'assises
    n'a pas retenu la préméditation") or what a reporting clause relays ("Selon X, le
    dossier traîne depuis trop longtemps", then "Le Premier ministre réunissait un conseil
    restreint"), its speaker not that institution nor its head ("Selon le préfet, ... La
    préfecture a ouvert un gymnase": the same body going on); a pronoun speaker is not read
    (whom it stands for)."""
    if follow.quoted or follow.sentence.lstrip()[:1] in merging_words.QUOTE_OPENERS:
        return False
    said = event.quoted
    if said:
        if said in {*lexicon()["anaphoric_subjects"], *lexicon()["stressed_pronouns"]}:
            return False
        role = merging_words.vocabulary().role(said)
        return role is None or role[0] != follow.actor
    return event.sentence.lstrip()[:1] in merging_words.QUOTE_OPENERS


def tells_earlier(follow: Report, event: Report) -> bool:
    """The follow-up is told in the pluperfect by the narration after an event told in the
    present ("Le préfet signale que 80 sauvetages ont été réalisés. A Fréjus, des habitants
    s'étaient réfugiés sur leur toit"; "Le président s'adresse à la nation. [...] Il avait
    refusé de prononcer un discours"): the pluperfect places its act
    before the moment the event is told at, a time and a happening of its own, not a detail
    of what the present tells. Not a quotation (the speaker's words)."""
    return (
        follow.tense == "pluperfect"
        and event.tense == "present"
        and not follow.quoted
        and follow.sentence.lstrip()[:1] not in merging_words.QUOTE_OPENERS
    )


@cache
def _demonstratives() -> re.Pattern[str]:
    """A demonstrative determiner and the word after it ("ce rendez-vous", "cette
    décision"; ``demonstrative_determiners``), the word as group 1."""
    determiners = alternation(lexicon()["demonstrative_determiners"])
    return re.compile(rf"\b(?:{determiners})\s+([\w-]+)", re.IGNORECASE)


def _acts(sentence: Sentence) -> frozenset[str]:
    """Its verb and its action, folded into their families as merging reads them."""
    fold = merging_words.vocabulary().fold
    return frozenset(fold.get(w, w) for w in (sentence.verb, sentence.action) if w)


def earlier_act_on_named_back(follow: Sentence, event: Sentence) -> bool:
    """The follow-up tells in the pluperfect an act done, after its verb, to what it names
    back by a demonstrative ("Rome avait menacé d'annuler ce rendez-vous", after "Giuseppe
    Conte a maintenu sa rencontre à Paris avec Emmanuel Macron"), an act neither its verb
    nor its action has in common with its event's: the pluperfect places that act before
    the one told, and what it is done to is the happening told, named back; an act of its
    own, not a detail of the happening. A demonstrative that refers back goes on with its
    event when the act agrees ("Il avait déjà maintenu cette rencontre"). The demonstrative's
    word is a content word of the sentence (``Sentence.words``: not a day, "ce dimanche",
    which a time expression takes; not "ce que"), not "ce dernier" (a person named before:
    ``named_back_pronoun_words``). Not in the pluperfect after an event in the pluperfect (one
    step back told on), not a quotation, not after an event told in the present
    (``tells_earlier``'s)."""
    if follow.tense != "pluperfect" or event.tense != "past" or follow.quote:
        return False
    acts, others = _acts(follow), _acts(event)
    if not acts or not others or acts & others:
        return False
    verb_at = next((at for at, lemma in follow.words if lemma == follow.verb), None)
    if verb_at is None:
        return False
    content = {at - follow.start: lemma for at, lemma in follow.words}
    excluded = set(lexicon()["named_back_pronoun_words"])
    for found in _demonstratives().finditer(follow.text):
        lemma = content.get(found.start(1))
        if found.start() > verb_at - follow.start and lemma and lemma not in excluded:
            return True
    return False


def told_before_statement(follow: Sentence, kind: str, event: Sentence, before: bool) -> bool:
    """A sentence of the narration (``kind``: not a statement, not a quotation) told
    ``before`` the event it was attached to, in another paragraph, when that event is
    someone's statement: extraction attaches what an article tells before its first event
    to that event (``extract``'s pending follow-ups), and the narration told before a
    speaker's words ("Ses livraisons sont suspendues", then, in the next paragraph, « Les
    écoles recevront d'autres produits », a assuré X) is not what they say. Told after
    them, it goes on with them."""
    return (
        before
        and follow.paragraph != event.paragraph
        and event.kind == kinds.STATEMENT
        and kind != kinds.STATEMENT
        and not follow.quote
    )
