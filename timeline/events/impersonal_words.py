"""Is "il" impersonal, read from the words after it ("y a", "faut", "est difficile de",
"ne nous reste que", "a été décidé de", "pleuvait")? The one reading of the words for every
stage that has them: the titles (a pronoun replaced by what it stands for, a speaker made
the subject) and the headlines' parse-tree cuts (``headline``: a pronoun opening what the
cuts kept), beside the parse's own reading (``events.impersonal``). French words from
``lang/fr/headline.yml`` (``headline_impersonal_*``) and ``events.yml``."""

from __future__ import annotations

from timeline.events.lexicon import lexicon, quote_marks, title_words, titling


def after_il(rest: str) -> bool:
    """Is "il" impersonal before ``rest`` ("y a", "faut", "est difficile de", "est 6
    heures"), not someone named before ("est soupçonné d'avoir ...")?"""
    lex = titling()
    # a quotation mark set apart ("est « indéniable » que") is no word
    words = [w.strip(quote_marks().all) for w in rest.lower().split()]
    words = [w for w in words if w]
    if words[:1] == [lex["headline_negation"]]:
        words = words[1:]  # "Il ne faut pas", "Il ne s'est pas présenté"
    clitics = lex["headline_object_clitics"]
    while (
        len(words) > 1 and words[0] in clitics and words[0] not in lex["headline_impersonal_after"]
    ):
        words = words[1:]  # "Il nous restait deux réservoirs"
    if not words:
        return False
    if words[0] in lex["headline_impersonal_after"] or (
        " ".join(words[:2]) in lex["headline_impersonal_after"]  # "Il a fallu dix minutes"
    ):
        return True
    if _weather(words):
        return True
    # "Il s'est vendu 3000 billets", "Il est tombé 80 millimètres": the subject comes after
    if (
        words[0] in lex["headline_impersonal_auxiliaries"]
        and len(words) > 2
        and words[1].isalpha()
        and words[2][:1].isdigit()
    ):
        return True
    compound = " ".join(words[:2]) in lex["headline_impersonal_passive_auxiliaries"]
    if compound:
        after = words[2:]  # "Il a été décidé de ..."
    elif words[0] in lex["headline_impersonal_copulas"]:
        after = words[1:]
    else:
        return False
    for adverb in lex["headline_impersonal_skipped_adverbs"]:
        size = len(str(adverb).split())
        if " ".join(after[:size]) == adverb and len(after) > size:
            after = after[size:]  # "Il ne sera nulle part possible de ..."
            break
    if not after:
        return False
    attribute = after[0]
    return (
        attribute[:1].isdigit()
        or any(
            attribute == w or (w.endswith("'") and attribute.startswith(w))
            for w in lex["headline_impersonal_attributes"]
        )
        or _passive_of_clause(after, compound)
    )


def _passive_of_clause(words: list[str], compound: bool = False) -> bool:
    """Do ``words`` (after "il" and the auxiliary of the passive) open with the participle of
    a verb whose object is the clause it governs and its mark ("décidé de", "convenu que":
    ``impersonal_passive_participles``), or of a verb of saying and "que" ("précisé que":
    ``reporting_participles``, not ``impersonal_person_participles``), or, after the
    auxiliary of a compound tense ("a été": ``compound``), of any verb and a bare "que"
    ("il a été prouvé que ...", not "Il a été prévenu que ..."), as ``events.impersonal``
    reads them from the parse?"""
    if len(words) < 2:
        return False
    participle, mark = words[0], words[1]
    person = title_words("impersonal_person_participles")
    said = {str(w).lower() for w in lexicon()["reporting_participles"]} - person

    def opens(marks: frozenset[str]) -> bool:
        return any(mark == m or (m.endswith(("'", "’")) and mark.startswith(m)) for m in marks)

    if participle in title_words("impersonal_passive_participles"):
        return opens(title_words("impersonal_clause_marks"))
    if compound and participle not in person and participle.isalpha():
        return opens(title_words("impersonal_said_marks"))
    return participle in said and opens(title_words("impersonal_said_marks"))


def _weather(words: list[str]) -> bool:
    """Do ``words`` (after "il", lower case) tell the weather: a verb of weather ("pleuvait",
    "a neigé"), or "faire" before a word of weather ("faisait nuit noire", "a fait très
    froid"; ``headline_weather_words``), not "fait un don"?"""
    lex = titling()
    for size in (2, 1):
        verb = " ".join(words[:size])
        if verb in lex["headline_weather_verbs"]:
            return True
        if verb in lex["headline_weather_makers"]:
            after = words[size : size + 2]
            if after[:1] and after[0] in lex["headline_weather_degrees"]:
                after = after[1:]
            return bool(after) and after[0] in lex["headline_weather_words"]
    return False
