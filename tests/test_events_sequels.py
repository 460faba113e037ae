"""A follow-up whose own clause places its act after the one before, with an adverb of
succession on its verb, is the next act of the narration: a happening of its own, not a
detail of the event it was attached to (``events.sequels``; issue 9, merging's
precision). Twin rows: the same sentence with and without what makes it another
happening."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from essai_article import chronology_of, extraction_of

from timeline.events import sequels


def follow_up(
    text: str, verb: str, *, tense: str = "past", kind: str = "happening", quote: bool = False
):
    """What ``tells_next_act`` reads of an extracted sentence."""
    return SimpleNamespace(text=text, verb=verb, action=verb, kind=kind, quote=quote, tense=tense)


NEXT_ACTS = [
    # (sentence, its verb's lemma, its tense, kind, quotation?, the next act?)
    (
        "Il a finalement été interpellé et placé en garde à vue.",
        "interpeller",
        "past",
        "happening",
        False,
        True,
    ),
    (
        "Il a été interpellé et placé en garde à vue.",
        "interpeller",
        "past",
        "happening",
        False,
        False,
    ),
    (
        "Les joueurs se sont immédiatement rendus à l'Élysée.",
        "rendre",
        "past",
        "happening",
        False,
        True,
    ),
    ("Les joueurs se sont rendus à l'Élysée.", "rendre", "past", "happening", False, False),
    (
        "Les deux lauréates reçoivent alors leur prix.",
        "recevoir",
        "present",
        "happening",
        False,
        True,
    ),
    ("Les deux lauréates reçoivent leur prix.", "recevoir", "present", "happening", False, False),
    # in the pluperfect, "alors" places the act back then: a time of its own too
    ("Un système d'alarme a alors été installé.", "installer", "past", "happening", False, True),
    (
        "Un système d'alarme avait alors été installé.",
        "installer",
        "pluperfect",
        "happening",
        False,
        True,
    ),
    (
        "Un système d'alarme avait été installé.",
        "installer",
        "pluperfect",
        "happening",
        False,
        False,
    ),
    # "alors que" opens a subordinate clause: no succession
    (
        "Les pompiers interviennent alors que le feu gagne.",
        "intervenir",
        "present",
        "happening",
        False,
        False,
    ),
    # an opening sequel goes on with the narration (``narrative_sequels``)
    ("Ensuite, il a été placé en garde à vue.", "placer", "past", "happening", False, False),
    ("Il a ensuite été placé en garde à vue.", "placer", "past", "happening", False, False),
    # a verb of ensuing: the consequence of the act before, one happening
    ("S'en est alors suivie une bagarre.", "suivre", "past", "happening", False, False),
    ("Une bagarre a alors éclaté.", "éclater", "past", "happening", False, True),
    # what a speaker says, or a statement, goes on with the speech
    (
        "« Nous avons finalement trouvé un accord », a déclaré le maire.",
        "déclarer",
        "past",
        "statement",
        True,
        False,
    ),
    (
        "Le maire a finalement déclaré que l'accord était trouvé.",
        "déclarer",
        "past",
        "statement",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("text", "verb", "tense", "kind", "quote", "next_act"), NEXT_ACTS)
def test_an_adverb_of_succession_on_the_verb_tells_the_next_act(
    text, verb, tense, kind, quote, next_act
):
    sentence = follow_up(text, verb, tense=tense, kind=kind, quote=quote)
    assert sequels.tells_next_act(sentence) is next_act  # type: ignore[arg-type]


def events_of(tmp_path: Path, body: str) -> list[list[str]]:
    """The sentences cited by each published event of one invented article."""
    chronology = chronology_of(tmp_path, body, "2024-03-06")
    return [[s.sentence for s in event.sources] for event in chronology.events]


def cited_with(events: list[list[str]], event_words: str, follow_words: str) -> bool:
    """Does the one event citing a sentence with ``event_words`` cite the follow-up (the
    sentence with ``follow_words``) too? Some event cites it."""
    [event] = [e for e in events if any(event_words in s for s in e)]
    assert any(any(follow_words in s for s in e) for e in events), events
    return any(follow_words in s for s in event)


FIRE = (
    "Mardi matin, un homme a volontairement incendié sa maison à Besançon pour échapper "
    "aux gendarmes. "
)

TOLD = [
    # (the follow-up, one happening with the fire?)
    ("Il a finalement été interpellé et placé en garde à vue.", False),
    ("Il a été interpellé et placé en garde à vue.", True),
]


@pytest.mark.parametrize(("follow", "one"), TOLD)
def test_the_next_act_of_a_narration_is_an_event_of_its_own(tmp_path, follow, one):
    """The arrest told with "finalement" after the fire is the next act, an event; told
    without it, the follow-up goes on with the fire's event (its detail)."""
    events = events_of(tmp_path, FIRE + follow)
    assert cited_with(events, "incendié", "interpellé") is one, events


MOMENTS = [
    # (the follow-up, its kind, a quotation?, opening at another moment?)
    ("Deux heures plus tard, le fugitif est retrouvé dans un bois.", "happening", False, True),
    ("Quelques jours après, la mairie rouvre l'école.", "happening", False, True),
    ("Le lendemain, les habitants regagnent leurs maisons.", "happening", False, True),
    ("Au troisième jour de la grève, les grévistes bloquent le dépôt.", "happening", False, True),
    ("Le 4, le Sénat adopte le texte en première lecture.", "happening", False, True),
    ("Au lendemain du scrutin, le maire a démissionné.", "happening", False, True),
    # a time that is no other moment of the story, or none fronted
    ("Plus tard, il faudra reconstruire.", "happening", False, False),
    ("Le fugitif est retrouvé deux heures plus tard dans un bois.", "happening", False, False),
    ("Après l'incendie, les habitants sont relogés.", "happening", False, False),
    ("Le 4 mars est un mardi.", "happening", False, False),
    # the speaker's words, what is said
    ("« Deux heures plus tard, tout était fini », raconte un voisin.", "happening", True, False),
    ("Deux heures plus tard, le maire a affirmé que tout était fini.", "statement", False, False),
]


@pytest.mark.parametrize(("text", "kind", "quote", "moment"), MOMENTS)
def test_a_fronted_phrase_of_another_moment_opens_another_happening(text, kind, quote, moment):
    sentence = follow_up(text, "", kind=kind, quote=quote)
    assert sequels.opens_at_another_moment(sentence) is moment  # type: ignore[arg-type]


OTHERS = [
    # (the follow-up, its kind, a quotation?, others or elsewhere doing the like?)
    ("En Belgique aussi, la communauté congolaise a manifesté.", "happening", False, True),
    ("À Madrid aussi, des centaines de supporters ont défilé.", "happening", False, True),
    ("Ailleurs également, les écoles ont fermé.", "happening", False, True),
    ("Le Canada et l'Australie ont eux aussi ouvert une enquête.", "happening", False, True),
    ("La Belgique, elle aussi, a rappelé son ambassadeur.", "happening", False, True),
    # the place without the adverb; the adverb on the act, not on who or where
    ("En Suisse, la communauté kosovare est descendue dans la rue.", "happening", False, False),
    ("La police a aussi interpellé deux suspects.", "happening", False, False),
    # the passive: one act befalling several (``changes.acted_on.shared``)
    ("Les deux autres otages ont eux aussi été libérés.", "happening", False, False),
    # the speaker's words, what is said
    ("« À Madrid aussi, on a fêté la victoire », raconte un supporter.", "happening", True, False),
    ("En Suisse aussi, le ministre a affirmé que tout était calme.", "statement", False, False),
]


@pytest.mark.parametrize(("text", "kind", "quote", "others"), OTHERS)
def test_others_or_elsewhere_doing_the_like_open_another_happening(text, kind, quote, others):
    sentence = follow_up(text, "", kind=kind, quote=quote)
    assert sequels.tells_others_too(sentence) is others  # type: ignore[arg-type]


CELEBRATION = (
    "Des milliers de supporters ont fêté dimanche soir dans les rues de Buenos Aires la "
    "victoire de l'Argentine. {}"
)

ELSEWHERE = [
    # (the follow-up, one happening with the celebration?)
    ("À Madrid aussi, la communauté argentine est descendue dans la rue.", False),
    ("La communauté argentine est descendue dans la rue.", True),
]


@pytest.mark.parametrize(("follow", "one"), ELSEWHERE)
def test_a_round_ups_item_elsewhere_is_an_event_of_its_own(tmp_path, follow, one):
    """The crowds told "À Madrid aussi" after the celebration at home are another place's
    happening, an event of its own; told without it, the follow-up goes on with the
    celebration's event."""
    events = events_of(tmp_path, CELEBRATION.format(follow))
    assert cited_with(events, "ont fêté", "descendue dans la rue") is one, events


ESCAPE = (
    "Un détenu s'est évadé lundi matin de la prison de Nivelles en escaladant le mur d'enceinte. {}"
)

LATER = [
    # (the follow-up, one happening with the escape?)
    ("Plus de trois heures plus tard, le fugitif est retrouvé, caché dans une forêt.", False),
    ("Le fugitif est retrouvé, caché dans une forêt.", True),
]


@pytest.mark.parametrize(("follow", "one"), LATER)
def test_a_happening_told_at_another_moment_is_an_event_of_its_own(tmp_path, follow, one):
    """The recapture told "Plus de trois heures plus tard" after the escape is the next
    happening of the story, an event of its own; told without it, the follow-up goes on
    with the escape's event."""
    events = events_of(tmp_path, ESCAPE.format(follow))
    assert cited_with(events, "évadé", "retrouvé") is one, events


RELEASED = (
    "Le maire de Villebrune a quitté mercredi matin la maison d'arrêt de Nevers, où il "
    "était détenu depuis samedi. {}"
)

DAY_AFTER = [
    # (the follow-up, one happening with the release?)
    (
        "Au lendemain de l'incendie de la salle des fêtes, le maire avait été écroué, le "
        "procureur craignant une fuite.",
        False,
    ),
    ("Le maire avait été écroué, le procureur craignant une fuite.", True),
]


@pytest.mark.parametrize(("follow", "one"), DAY_AFTER)
def test_a_happening_told_the_day_after_another_is_an_event_of_its_own(tmp_path, follow, one):
    """The imprisonment told "Au lendemain de l'incendie" after the release is another
    happening, at its own moment; told without it, the follow-up goes on with the
    release."""
    events = events_of(tmp_path, RELEASED.format(follow))
    assert cited_with(events, "quitté", "écroué") is one, events


RECENT = [
    # (the follow-up, its verb, its action, its tense, the recent past of an act?)
    ("Le club de Leeds vient de recruter Marc Lenoir.", "venir", "recruter", "present", True),
    ("Le maire vient d'être placé en garde à vue.", "venir", "placer", "present", True),
    # no infinitive after "de": where it comes from, no act
    (
        "La bactérie vient d'une famille qui contient dix espèces.",
        "venir",
        "contenir",
        "present",
        False,
    ),
    # in a relative clause, of "on", or told in the imperfect
    ("Ils parlent de la bagarre qui vient d'éclater.", "parler", "parler", "present", False),
    ("On vient d'apprendre la nouvelle.", "venir", "apprendre", "present", False),
    ("Le club de Leeds venait de recruter Marc Lenoir.", "venir", "recruter", "imperfect", False),
]


@pytest.mark.parametrize(("text", "verb", "action", "tense", "recent"), RECENT)
def test_venir_de_and_an_infinitive_tells_an_act_just_done(text, verb, action, tense, recent):
    sentence = follow_up(text, verb, tense=tense)
    sentence.action = action
    assert sequels.tells_recent_act(sentence) is recent  # type: ignore[arg-type]


SIGNED = "Le milieu Paul Durand a signé vendredi un contrat de trois ans en faveur du FC Nantes. "

JUST_DONE = [
    # (the follow-up, one happening with the signing?)
    ("Le club anglais de Leeds vient de recruter Marc Lenoir (23 ans).", False),
    ("Le club anglais de Leeds recrute Marc Lenoir (23 ans).", True),
]


@pytest.mark.parametrize(("follow", "one"), JUST_DONE)
def test_an_act_just_done_is_an_event_of_its_own(tmp_path, follow, one):
    """Leeds' recruit told in the recent past after Durand's signing is another transfer, a
    happening of its own; told in the present, the follow-up goes on with the signing."""
    events = events_of(tmp_path, SIGNED + follow)
    assert cited_with(events, "signé", "Leeds") is one, events


def event(verb: str):
    """What ``performs_act`` reads of the event's sentence."""
    return SimpleNamespace(verb=verb, action=verb)


PERFORMED = [
    # (the follow-up, the event's verb, another act?)
    ("« Aujourd'hui, j'annonce la démission de ce gouvernement », a-t-il dit.", "rendre", True),
    ("« Aujourd'hui, j'annonce la démission de ce gouvernement », a-t-il dit.", "annoncer", False),
    # told in the third person, or in the past, it is what he did, not done in saying it
    ("« Il annonce la démission de ce gouvernement », a-t-il dit.", "rendre", False),
    ("« Je déclare ouverts les Jeux », a lancé le président.", "saluer", True),
    ("« Je déclare ouverts les Jeux », a lancé le président.", "déclarer", False),
    (
        "« Nous suspendons toutes les liaisons aériennes », a indiqué la ministre.",
        "condamner",
        True,
    ),
    # outside a quotation, the narration's words
    ("Le ministre dit : je démissionne si la loi passe.", "rendre", False),
]


@pytest.mark.parametrize(("text", "verb", "other"), PERFORMED)
def test_a_quotation_doing_an_act_in_saying_it_is_that_act(text, verb, other):
    follow = follow_up(text, "dire", tense="present", kind="statement", quote=True)
    assert sequels.performs_act(follow, event(verb)) is other  # type: ignore[arg-type]


SAID_AFTER = [
    # (the event the quotation follows, one happening with it?)
    ("Le chef du gouvernement a rendu la classe politique responsable de la catastrophe.", False),
    ("Le chef du gouvernement a annoncé la démission de son cabinet.", True),
]


@pytest.mark.parametrize(("told", "one"), SAID_AFTER)
def test_an_act_done_in_saying_it_after_another_act_is_an_event_of_its_own(tmp_path, told, one):
    """ "J'annonce la démission de ce gouvernement" after the same speaker's blame is the
    resignation, another happening; after "a annoncé la démission", the same act quoted."""
    quote = " « Aujourd'hui, j'annonce la démission de ce gouvernement », a-t-il dit."
    events = events_of(tmp_path, told + quote)
    assert cited_with(events, "Le chef", "j'annonce") is one, events


ADDED = [
    # (the follow-up, its verb's lemma, an act added?)
    ("La police invite également les proches à se rendre à la mairie.", "inviter", True),
    ("Le ministre exige aussi qu'elle contribue à la reconstruction.", "exiger", True),
    # an auxiliary or a passive: a detail of the same happening
    ("Les proches sont également invités à se rendre à la mairie.", "inviter", False),
    ("Il y a aussi des blessés parmi les passants.", "avoir", False),
    # not the clause's own verb: "mais aussi", a relative clause's verb
    ("Une foule exige des explications, mais aussi la démission du maire.", "exiger", False),
    (
        "Le bilan s'alourdit, selon les secouristes, qui font également état de blessés.",
        "alourdir",
        False,
    ),
    # what a thing is like, a speaker's own words
    ("Le procès se distingue aussi par le nombre d'accusés.", "distinguer", False),
    ("Je pense également à mes petits-enfants.", "penser", False),
]


@pytest.mark.parametrize(("text", "verb", "added"), ADDED)
def test_an_adverb_adding_an_act_on_a_verb_in_the_present_tells_another_act(text, verb, added):
    sentence = follow_up(text, verb, tense="present")
    sentence.report = None
    assert sequels.adds_act(sentence) is added  # type: ignore[arg-type]


EVACUATION = (
    "Mardi, quelque 2000 personnes ont été évacuées à Lac-Vert après le déraillement "
    "d'un train.\n\n"
)

ADDED_AFTER = [
    # (the follow-up, one happening with the evacuation?)
    ("La police invite également les proches des disparus à se rendre à la mairie.", False),
    ("Les proches des disparus sont également invités à se rendre à la mairie.", True),
]


@pytest.mark.parametrize(("follow", "one"), ADDED_AFTER)
def test_an_act_added_in_the_present_is_an_event_of_its_own(tmp_path, follow, one):
    """The police's call, told with "également" on its verb after the evacuation, is
    another act; the same call told in the passive is a detail of the evacuation."""
    events = events_of(tmp_path, EVACUATION + follow)
    assert cited_with(events, "évacuées", "mairie") is one, events


def report(sentence: str, tense: str, *, quoted: str = "", actor: str = "", words=()):
    """What ``assessed_by_own_source`` reads of a report."""
    return SimpleNamespace(
        sentence=sentence, tense=tense, quoted=quoted, actor=actor, words=list(words)
    )


PAST_EVENT = report("Un pont s'est effondré mardi soir près de Vallorbe.", "past")
RELAYED_EVENT = report(
    "D'après la mairie, l'effondrement était dû à une crue.", "imperfect", quoted="la mairie"
)

ASSESSED = [
    # (the follow-up, the event it follows, the source's statement?)
    (
        report(
            "La gendarmerie n'a pas connaissance de victimes.",
            "present",
            actor="gendarmerie",
            words=["gendarmerie", "connaissance", "victime"],
        ),
        PAST_EVENT,
        True,
    ),
    # the lemmatiser may leave a quoted verb without its ending
    (
        report(
            'Le parquet "ignore" si le pont était inspecté.',
            "present",
            actor="prosecutor",
            words=["parquet", "ignor", "pont", "inspecter"],
        ),
        PAST_EVENT,
        True,
    ),
    # an institution's act, not what it knows or judges: no assessment
    (
        report(
            "La gendarmerie bloque la route.",
            "present",
            actor="gendarmerie",
            words=["gendarmerie", "bloquer", "route"],
        ),
        PAST_EVENT,
        False,
    ),
    # told in the past: what the institution knew then, the narration's
    (
        report(
            "La gendarmerie n'avait pas connaissance de victimes.",
            "imperfect",
            actor="gendarmerie",
            words=["gendarmerie", "connaissance", "victime"],
        ),
        PAST_EVENT,
        False,
    ),
    # a source of its own after a happening relayed by another
    (
        report(
            "Selon le préfet, 300 familles sont sans logement.",
            "present",
            quoted="le préfet",
        ),
        RELAYED_EVENT,
        True,
    ),
    # the event's source going on, or its institution, whatever the event's act
    (
        report(
            "La gendarmerie n'a pas connaissance de victimes.",
            "present",
            actor="gendarmerie",
            words=["gendarmerie", "connaissance", "victime"],
        ),
        report("La gendarmerie a bouclé le quartier.", "past", actor="gendarmerie"),
        False,
    ),
    (
        report(
            "Selon la mairie, 300 familles sont sans logement.",
            "present",
            quoted="la mairie",
        ),
        RELAYED_EVENT,
        False,
    ),
    (
        report(
            "Selon le maire, 300 familles sont sans logement.",
            "present",
            quoted="le maire",
        ),
        RELAYED_EVENT,
        False,
    ),
    # an attribution closing the sentence names its source too
    (
        report(
            "Un décompte recense quinze blessés, selon un porte-parole de la préfecture.",
            "present",
        ),
        PAST_EVENT,
        True,
    ),
    (report("Un décompte recense quinze blessés, selon lui.", "present"), PAST_EVENT, False),
    (
        report("Un décompte recense quinze blessés, selon la mairie.", "present"),
        RELAYED_EVENT,
        False,
    ),
    # a pronoun stands for someone told before; direct speech goes on with its speaker
    (
        report("Selon lui, 300 familles sont sans logement.", "present", quoted="il"),
        PAST_EVENT,
        False,
    ),
    (
        report(
            "« 300 familles sont sans logement », a dit le préfet.", "present", quoted="le préfet"
        ),
        PAST_EVENT,
        False,
    ),
    # after a happening told in the present: the same time, no assessment apart
    (
        report(
            "Selon le préfet, 300 familles sont sans logement.",
            "present",
            quoted="le préfet",
        ),
        report("Un pont s'effondre près de Vallorbe.", "present"),
        False,
    ),
]


@pytest.mark.parametrize(("follow", "told", "assessed"), ASSESSED)
def test_a_source_assessing_in_the_present_after_a_past_happening_is_its_statement(
    follow, told, assessed
):
    assert sequels.assessed_by_own_source(follow, told) is assessed  # type: ignore[arg-type]


BLAST = (
    "Mardi soir, une violente explosion a secoué le port de Vallorbe. D'après les "
    "autorités, ces explosions étaient dues à un stock d'engrais. "
)

GIVEN_BY = [
    # (the follow-up, one event with the authorities' cause?)
    ("Selon le maire de Vallorbe, deux cents habitants sont sans logement.", False),
    ("Selon les autorités, deux cents habitants sont sans logement.", True),
    # a source closed by its acronym in brackets
    ("Selon l'Office régional du logement (ORL), deux cents habitants sont sans logement.", False),
]


@pytest.mark.parametrize(("follow", "one"), GIVEN_BY)
def test_a_toll_given_by_a_source_of_its_own_is_an_event_of_its_own(tmp_path, follow, one):
    """The mayor's count of the homeless, after the cause the authorities give, is the
    mayor's statement, an event of its own; the authorities' count goes on with theirs."""
    events = events_of(tmp_path, BLAST + follow)
    assert cited_with(events, "engrais", "logement") is one, events


COLLAPSE = "Mardi soir, une violente explosion a détruit un entrepôt du port de Vallorbe. "

KNOWN_BY = [
    # (the follow-up, one event with the explosion?)
    ("Le parquet ignore encore si l'entrepôt avait été inspecté.", False),
    # no institution as subject: a pronoun, a person described (no source of its own)
    ("Il ignore encore si l'entrepôt avait été inspecté.", True),
    ("Le gardien ignore encore si l'entrepôt avait été inspecté.", True),
]


@pytest.mark.parametrize(("follow", "one"), KNOWN_BY)
def test_what_an_institution_knows_is_its_statement(tmp_path, follow, one):
    """What the prosecutor does not know, told in the present after the explosion, is the
    prosecutor's statement; the same words of no institution go on with the explosion."""
    events = events_of(tmp_path, COLLAPSE + follow)
    assert cited_with(events, "explosion", "inspecté") is one, events


EXPLOSIONS = "Mardi soir, deux détonations ont ébranlé les docks de Vallorbe, selon des riverains. "

COUNTED_BY = [
    # (the follow-up, one event with the explosions?)
    (
        "Un premier décompte, établi vers minuit, recense quinze blessés, selon un "
        "porte-parole de la préfecture.",
        False,
    ),
    ("Un premier décompte, établi vers minuit, recense quinze blessés, selon des riverains.", True),
    ("Un premier décompte, établi vers minuit, recense quinze blessés, selon eux.", True),
]


@pytest.mark.parametrize(("follow", "one"), COUNTED_BY)
def test_a_toll_attributed_at_its_end_to_a_source_of_its_own_is_its_statement(
    tmp_path, follow, one
):
    """The prefecture's toll, its source named at the end of the sentence, after the
    blasts the residents tell, is the prefecture's statement; the residents' toll, or one
    told "selon eux", goes on with the blasts."""
    events = events_of(tmp_path, EXPLOSIONS + follow)
    assert cited_with(events, "détonations", "décompte") is one, events


NARRATION = (
    "La fromagerie Dubreuil, fondée en 1952, est en faillite. Ses livraisons aux cantines "
    "de la ville sont suspendues et ses quarante employés vont devoir chercher un emploi."
)
WORDS = (
    "« Les écoles recevront d'autres produits dès lundi », a assuré Claire Morel, adjointe "
    "au maire chargée de l'éducation."
)

ORDERS = [
    # (the article's body, the suspended deliveries among the speaker's words?)
    (f"{NARRATION}\n\n{WORDS}", False),
    (f"{WORDS}\n\n{NARRATION}", True),
]


@pytest.mark.parametrize(("body", "one"), ORDERS)
def test_the_narration_told_before_a_statement_is_not_its_speakers(tmp_path, body, one):
    """The suspended deliveries, told in the opening paragraph before any event, are not
    what the official says in the next one; told after her words, they go on with them."""
    events = events_of(tmp_path, body)
    assert cited_with(events, "écoles recevront", "suspendues") is one, events


def saying(text: str, verb: str, tense: str, report: str | None, content: str | None = None):
    """What ``speaks_after_act`` reads of a follow-up: its main verb, its tense, the kind
    of its reporting clause (None: it has none) and the tense of what it says."""
    said = None if report is None else SimpleNamespace(kind=report)
    quote = text.lstrip()[:1] in '«"'
    return SimpleNamespace(
        text=text,
        verb=verb,
        action=verb,
        tense=tense,
        content_tense=content,
        report=said,
        quote=quote,
        kind="statement",
    )


def act(verb: str, *, kind: str = "happening", report: str | None = None):
    """What ``speaks_after_act`` reads of the event before it."""
    said = None if report is None else SimpleNamespace(kind=report)
    return SimpleNamespace(verb=verb, action=verb, kind=kind, report=said)


SPOKEN = [
    # (the follow-up, the event before it, a saying of its own?)
    (
        saying(
            "Elle a déclaré que la ville changeait d'époque.",
            "déclarer",
            "past",
            "leading",
            "imperfect",
        ),
        act("remporter"),
        True,
    ),
    (
        saying("Il a toutefois affirmé ne pas connaître la cause.", "affirmer", "past", None),
        act("ouvrir"),
        True,
    ),
    # a claim relayed by a reporting clause after it, in the present: the speaker's too
    (
        saying(
            "Il faudra trois semaines de travaux, a dit le responsable.",
            "dire",
            "past",
            "trailing",
            "future",
        ),
        act("fermer"),
        True,
    ),
    # after a saying, a declaring, an act done in saying it: the same occasion going on
    (
        saying(
            "Elle a déclaré que la ville changeait d'époque.",
            "déclarer",
            "past",
            "leading",
            "imperfect",
        ),
        act("annoncer"),
        False,
    ),
    (
        saying(
            "Elle a déclaré que la ville changeait d'époque.",
            "déclarer",
            "past",
            "leading",
            "imperfect",
        ),
        act("proclamer"),
        False,
    ),
    (
        saying(
            "Elle a déclaré que la ville changeait d'époque.",
            "déclarer",
            "past",
            "leading",
            "imperfect",
        ),
        act("démissionner"),
        False,
    ),
    # after an act someone relays with a reporting clause of its own: that speaker going on
    (
        saying("Il a toutefois affirmé ne pas connaître la cause.", "affirmer", "past", None),
        act("ouvrir", report="trailing"),
        False,
    ),
    # after a statement
    (
        saying("Il a toutefois affirmé ne pas connaître la cause.", "affirmer", "past", None),
        act("ouvrir", kind="statement"),
        False,
    ),
    # an act told done and relayed after it: the act is the happening (rule 2)
    (
        saying(
            "Le corps a été retrouvé dans la soirée, a précisé le procureur.",
            "préciser",
            "past",
            "trailing",
            "past",
        ),
        act("fouiller"),
        False,
    ),
    # direct speech: the words of that occasion
    (
        saying(
            "« Nous reconstruirons », a-t-elle déclaré.", "déclarer", "past", "trailing", "future"
        ),
        act("remporter"),
        False,
    ),
    # told in the present, or a verb that is no saying
    (
        saying(
            "Elle déclare que la ville change d'époque.",
            "déclarer",
            "present",
            "leading",
            "present",
        ),
        act("remporter"),
        False,
    ),
    (saying("Elle a salué ses électeurs.", "saluer", "past", None), act("remporter"), False),
]


@pytest.mark.parametrize(("follow", "told", "spoken"), SPOKEN)
def test_a_saying_told_after_an_act_that_is_no_saying_is_an_act_of_its_own(follow, told, spoken):
    assert sequels.speaks_after_act(follow, told) is spoken  # type: ignore[arg-type]


ELECTION = "Dimanche soir, la candidate écologiste Marie Lenoir a {} la mairie de Vannes. "
DECLARED = "Elle a déclaré que la ville entrait dans une époque nouvelle."

WON = [
    # (what the candidate did, her words one happening with it?)
    ("remporté", False),
    ("annoncé sa victoire à", True),
]


@pytest.mark.parametrize(("done", "one"), WON)
def test_what_someone_declares_after_an_act_is_their_statement(tmp_path, done, one):
    """Her declaration, told after she won the town hall, is her statement, an event of
    its own ("Lenoir : ..."); after she announced her victory, it goes on with that
    saying."""
    events = events_of(tmp_path, ELECTION.format(done) + DECLARED)
    assert cited_with(events, "Marie Lenoir", "époque nouvelle") is one, events


GYMNASIUM = (
    "« Nous ferons tout pour reloger chaque famille », a déclaré mardi Paul Morvan, le maire "
    "de Lorient.\n\nLa mairie a ouvert mardi un gymnase pour accueillir les sinistrés, "
    "d'après le maire.\n\n{}"
)

AFFIRMED = [
    # (what follows the gymnasium, among the mayor's words?)
    ("Il a toutefois affirmé ne pas connaître le nombre de familles concernées.", True),
    ("Il a toutefois été fermé le soir même faute de chauffage.", False),
]


@pytest.mark.parametrize(("follow", "said"), AFFIRMED)
def test_a_saying_by_a_pronoun_after_a_relayed_act_joins_its_speakers_statement(
    tmp_path, follow, said
):
    """What "il" affirmed, told after the gymnasium opened "d'après le maire", is the
    mayor's statement of that day, not a detail of the gymnasium; a detail of the
    gymnasium stays with it."""
    events = events_of(tmp_path, GYMNASIUM.format(follow))
    assert cited_with(events, "reloger", "Il a toutefois") is said, events


CONFERENCE = (
    "L'hélicoptère de la compagnie Héli-Nord s'est abîmé en mer : le ministre Paul Morvan "
    "l'a annoncé lundi 4 mars.\n\n« C'est avec tristesse que je dois vous informer que "
    "l'appareil a fini en mer », a dit Paul Morvan lors d'une conférence de presse.\n\n"
    "Des familles prévenues par SMS\n\nAvant la conférence, Héli-Nord avait informé les "
    "familles par SMS. {} a assuré ensuite que seules celles qui n'assistaient pas à la "
    "conférence avaient reçu ce message."
)

ASSURED = [
    # (who says it after the act, among the minister's words?)
    ("Il", True),
    ("La compagnie", False),
    ("Le transporteur", False),
]


@pytest.mark.parametrize(("sayer", "said"), ASSURED)
def test_a_saying_whose_sayer_a_noun_phrase_names_is_not_the_last_speakers(tmp_path, sayer, said):
    """A saying told after an act, its reporting clause naming its sayer by a noun phrase
    no speaker of the article is ("La compagnie a assuré ensuite que ..."), is a statement
    of its own, not the words of the last speaker quoted before it (the minister), nor a
    detail of the act; by a pronoun ("Il a assuré ..."), it is that speaker's."""
    events = events_of(tmp_path, CONFERENCE.format(sayer))
    assert cited_with(events, "tristesse", "ensuite") is said, events
    assert cited_with(events, "par SMS", "ensuite") is False, events


INTERRUPTED = [
    # (the follow-up, its tense, the event's verb, a sudden act of its own?)
    (
        "Le car longeait la falaise lorsqu'il a soudain quitté la route.",
        "imperfect",
        "fouiller",
        True,
    ),
    ("La skieuse descendait la piste noire quand elle est tombée.", "imperfect", "fermer", True),
    (
        "Le car longeait la falaise lorsqu'il a été percuté par un camion.",
        "imperfect",
        "retrouver",
        True,
    ),
    # the event's own act told again: its detail
    ("Le piéton traversait la place quand il a été renversé.", "imperfect", "renverser", False),
    # a clause with a subject of its own: the moment a state is told at
    (
        "Le blessé ne respirait plus lorsque les secours sont arrivés.",
        "imperfect",
        "fouiller",
        False,
    ),
    # no act in the clause, or no scene in the imperfect
    ("Le car longeait la falaise quand il faisait nuit.", "imperfect", "fouiller", False),
    ("Le car a quitté la route lorsqu'il a croisé un camion.", "past", "fouiller", False),
]


@pytest.mark.parametrize(("text", "tense", "verb", "sudden"), INTERRUPTED)
def test_a_scene_in_the_imperfect_interrupted_by_an_act_tells_that_act(text, tense, verb, sudden):
    sentence = follow_up(text, "longer", tense=tense)
    assert sequels.interrupted_by_act(sentence, event(verb)) is sudden  # type: ignore[arg-type]


SEARCH = (
    "Des hélicoptères et des bateaux ont fouillé mardi les gorges du Verdon à la recherche "
    "du car disparu. {}"
)

SCENES = [
    # (the follow-up, one happening with the search?)
    ("Celui-ci longeait la falaise lorsqu'il a quitté la route.", False),
    ("Celui-ci longeait la falaise sous une pluie battante.", True),
]


@pytest.mark.parametrize(("follow", "one"), SCENES)
def test_an_act_interrupting_a_scene_is_an_event_of_its_own(tmp_path, follow, one):
    """The coach leaving the road, told as what interrupted its drive along the cliff, is
    a happening of its own, not a detail of the search told before it; the drive alone, a
    scene in the imperfect, goes on with the search."""
    events = events_of(tmp_path, SEARCH.format(follow))
    assert cited_with(events, "fouillé", "longeait") is one, events


def cleft(text: str, verb: str):
    """What ``names_its_source`` reads of a follow-up (its main verb's lemma as the parse
    gives it: ``reporting_cleft`` reads it)."""
    return SimpleNamespace(text=text, verb=verb, quote=False)


CLEFTS = [
    # (the follow-up, its main verb's lemma, a cleft naming who reports what was told?)
    ("C'est le quotidien Le Progrès, souvent bien renseigné, qui l'annonce.", "annoncer", True),
    ("C'est la préfecture du Rhône qui l'a confirmé.", "confirmer", True),
    ("C'est l'hebdomadaire local qui l'a révélé en premier.", "révéler", True),
    # the cleft of reporting: the reporting clause of the sentence before (reporting_cleft)
    ("C'est ce qu'a affirmé le maire de la commune.", "affirmer", False),
    ("C'est l'annonce qu'a faite la ministre de la Culture.", "faire", True),
    # a cleft telling an act, or its place: no report
    ("C'est la préfecture du Rhône qui l'a évacué.", "évacuer", False),
    ("C'est la maison qu'a achetée le maire de la commune.", "acheter", False),
    ("C'est dans un hôpital de Lyon qu'il a été admis.", "admettre", False),
    # no cleft
    ("Le quotidien Le Progrès l'annonce.", "annoncer", False),
]


@pytest.mark.parametrize(("text", "verb", "source"), CLEFTS)
def test_a_cleft_naming_who_reports_what_was_told(text, verb, source):
    assert sequels.names_its_source(cleft(text, verb)) is source  # type: ignore[arg-type]


AMBULANCE = (
    "Selon des médias locaux, le chanteur Paul Dorval a été emmené en ambulance à l'hôpital "
    "de Lyon, après avoir été victime d'un malaise. {}"
)

SOURCES = [
    # (the follow-up, one happening with the transport?)
    ("C'est le quotidien Le Progrès, souvent bien renseigné, qui l'annonce.", False),
    ("C'est le quotidien Le Progrès, souvent bien renseigné, qui l'a photographié.", True),
]


@pytest.mark.parametrize(("follow", "one"), SOURCES)
def test_the_source_a_cleft_names_is_a_report_of_its_own(tmp_path, follow, one):
    """The daily that announces the singer's transport, named in a cleft after it, is its
    own report (a statement), not a detail of the transport; a cleft telling what the daily
    did to him goes on with it."""
    events = events_of(tmp_path, AMBULANCE.format(follow))
    assert cited_with(events, "ambulance", "Le Progrès") is one, events


INSOLVENCY = (
    "Le groupe laitier Dubreuil s'est déclaré en cessation de paiements et va demander son "
    "placement en redressement judiciaire, à l'issue d'un comité social mardi.\n\n"
    "« Les représentants du personnel ont rendu un avis favorable à l'unanimité sur le "
    "projet », a précisé la direction dans un communiqué."
)


def test_a_company_declaring_itself_insolvent_is_no_speaker(tmp_path):
    """ "s'est déclarée en cessation de paiements" is an act, not a reporting clause: the
    communiqué quoted after it is the management's own report, an event of its own (were
    the company the insolvency's speaker, the quotation of its management would go on
    with it)."""
    events = events_of(tmp_path, INSOLVENCY)
    assert not cited_with(events, "cessation de paiements", "avis favorable"), events


CLAIM = (
    "Dimanche soir, la présidente élue Claire Renaud a déclaré que la région entrait dans "
    "une époque nouvelle. {}"
)

OCCASIONS = [
    # (what follows her claim, one event with it?)
    ("Elle s'est exprimée devant 20 000 personnes réunies sur la place de l'Hôtel-de-Ville.", True),
    (
        "Elle a planté un chêne devant 20 000 personnes réunies sur la place de l'Hôtel-de-Ville.",
        False,
    ),
]


@pytest.mark.parametrize(("follow", "one"), OCCASIONS)
def test_the_speaker_speaking_after_a_claim_is_its_occasion(tmp_path, follow, one):
    """She spoke before the crowd: the occasion of her claim, one statement; planting a
    tree there is another act told after it (``merge.claim_then_act``)."""
    events = events_of(tmp_path, CLAIM.format(follow))
    assert cited_with(events, "époque nouvelle", "20 000") is one, events


VERDICT = (
    "Mercredi, la cour d'assises du Var a condamné Paul Ferrand à vingt ans de réclusion, "
    "une peine presque conforme aux réquisitions {}. {}"
)

DEMONSTRATIVES = [
    # (whom the verdict's last noun phrase names, the follow-up, one happening with it?)
    # "ce dernier" stands for the last one named, the prosecution of the complement: its
    # own act, told before, not a detail of the verdict
    ("du ministère public", "Ce dernier avait réclamé la réclusion à perpétuité.", False),
    ("de l'avocat général", "Ce dernier avait réclamé la réclusion à perpétuité.", False),
    # the last one named is a thing: "ce dernier" stands for no one's act
    ("du premier procès", "Ce dernier avait duré trois semaines.", True),
    # "il" stands for the subject: the convict's going on
    ("du ministère public", "Il a été reconduit en détention.", True),
]


@pytest.mark.parametrize(("named", "follow", "one"), DEMONSTRATIVES)
def test_a_demonstrative_standing_for_the_events_complement_tells_another_ones_act(
    tmp_path, named, follow, one
):
    """ "Ce dernier" names the last one told, not the subject: after a verdict whose last
    words name the prosecution, the prosecution's request told in the pluperfect is not a
    detail of the verdict."""
    events = events_of(tmp_path, VERDICT.format(named, follow))
    [verdict] = [e for e in events if any("condamné" in s for s in e)]
    cited = any(follow[:12] in s for s in verdict)
    assert cited is one, events


MEETING = (
    "Mercredi, « nous avons trouvé un terrain d'entente », a déclaré M. Paul Dupuis, "
    "ministre belge, reçu pendant une heure par son homologue.\n\n"
    "Les deux ministres ont fait un tour d'horizon de la situation régionale{}. "
    "« Sur toutes ces questions, nous sommes d'accord », a-t-il dit."
)

RELAYED_MEETINGS = [
    # (how the meeting is told, the quote with the meeting?)
    # relayed by an attribution closing it: the relaying minister's own words after it
    # are his statement, joined to what he said that day
    (", selon le ministre belge", False),
    # told by the narration: the quote goes on with it
    ("", True),
]


@pytest.mark.parametrize(("told", "one"), RELAYED_MEETINGS)
def test_the_direct_speech_of_who_relays_a_happening_is_their_statement(tmp_path, told, one):
    """A happening relayed by an attribution closing it (", selon X") is relayed as by a
    reporting clause: the direct speech of X told after it is X's statement (joined to
    what X said that day), not a detail of the meeting."""
    events = events_of(tmp_path, MEETING.format(told))
    assert cited_with(events, "tour d'horizon", "Sur toutes ces questions") is one, events
    if not one:
        assert cited_with(events, "terrain d'entente", "Sur toutes ces questions"), events


VISIT = (
    "Mardi, le Premier ministre Jean Morel s'est rendu chez le président Paul Vidal pour "
    "lui remettre sa démission. {}"
)

NAMED_LAST = [
    # (the follow-up, one happening with the visit?)
    # "celui-ci": the president named last, after the verb, his own decision
    ("Celui-ci a décidé de réserver sa réponse.", False),
    # "il": the subject going on
    ("Il a décidé de réserver sa réponse.", True),
]


@pytest.mark.parametrize(("follow", "one"), NAMED_LAST)
def test_a_demonstrative_standing_for_a_person_named_after_the_verb(tmp_path, follow, one):
    """ "Celui-ci" after a visit to someone named last (within a name the sentence names,
    "Paul" of "Paul Vidal"; the reflexive "se rendre" read as the verb) tells that one's act,
    an event of its own; "il" goes on with the subject."""
    events = events_of(tmp_path, VISIT.format(follow))
    assert cited_with(events, "s'est rendu", "décidé de réserver") is one, events


def said(kind: str):
    """What ``tells_consequence`` reads of the event's sentence."""
    return SimpleNamespace(kind=kind)


CONSEQUENCES = [
    # (the follow-up, its verb's lemma, the event's kind, an act concluded from a statement?)
    ("Le syndicat quitte donc la table des négociations.", "quitter", "statement", True),
    ("La fédération suspend par conséquent le championnat.", "suspendre", "statement", True),
    ("La ville renonce dès lors à son projet de tramway.", "renoncer", "statement", True),
    # after a happening: the next step of one story
    ("Le syndicat quitte donc la table des négociations.", "quitter", "happening", False),
    # a state, a passive, an impersonal verb: no act
    ("Le législateur a donc un an devant lui.", "avoir", "statement", False),
    ("Les élus sont donc appelés à voter mardi.", "appeler", "statement", False),
    ("Il faut donc attendre la décision du juge.", "falloir", "statement", False),
    # no adverb of consequence, or not on the clause's own verb
    ("Le syndicat quitte la table des négociations.", "quitter", "statement", False),
    ("Le syndicat, qui a donc voté contre, quitte la table.", "quitter", "statement", False),
    # a speaker's own words
    ("Nous quittons donc la table des négociations.", "quitter", "statement", False),
]


@pytest.mark.parametrize(("text", "verb", "kind", "concluded"), CONSEQUENCES)
def test_an_act_concluded_with_an_adverb_of_consequence_after_a_statement(
    text, verb, kind, concluded
):
    sentence = follow_up(text, verb, tense="present")
    sentence.report = None
    assert sequels.tells_consequence(sentence, said(kind)) is concluded  # type: ignore[arg-type]


ANNOUNCED = (
    "Jeudi, à l'issue d'une réunion de son bureau, la présidente du parti écologiste, "
    "Claire Martin, a annoncé que son parti retirait son soutien au gouvernement. "
)

CONCLUDED = [
    # (the follow-up, one event with the announcement?)
    ("Le parti écologiste quitte donc la majorité, après avoir refusé mercredi le budget.", False),
    ("Le parti écologiste quitte la majorité, après avoir refusé mercredi le budget.", True),
]


@pytest.mark.parametrize(("follow", "one"), CONCLUDED)
def test_an_act_concluded_from_a_statement_is_an_event_of_its_own(tmp_path, follow, one):
    """The party's leaving, told "donc" in the present after its president's announcement,
    is the act announced, done: a happening of its own; told without it, the follow-up goes
    on with the announcement (its detail)."""
    events = events_of(tmp_path, ANNOUNCED + follow)
    assert cited_with(events, "annoncé", "majorité") is one, events


def opening(text: str, quote: bool = False, verb: str | None = None):
    """What ``names_responders`` and ``responders_intervene`` read of a sentence."""
    return SimpleNamespace(text=text, report=None, start=0, quote=quote, verb=verb, action=verb)


FALLEN = "Un immeuble de trois étages s'est effondré mardi matin à Lille."

RESPONDERS = [
    # (the follow-up, its subject names responders and they answer the collapse?)
    ("Les secours n'ont pas réussi à dégager les deux occupants.", True),
    ("Une trentaine de sapeurs-pompiers sont sur place avec douze véhicules.", True),
    ("Plus de 40 policiers bouclent le quartier.", True),
    # phrases fronted before the subject, a connective opening the clause
    ("Dans la soirée, sous une pluie battante, des dizaines de secouristes fouillaient.", True),
    ("Lors de l'évacuation, deux gendarmes ont été légèrement blessés.", True),
    ("Mais les pompiers ont dû reculer devant les flammes.", True),
    # the responders in a complement, not the subject: the happening's detail
    ("A l'arrivée des secours, il était déjà trop tard pour les deux occupants.", False),
    ("Les deux occupants ont été dégagés par les pompiers.", False),
    ("C'est rue Nationale que les sapeurs-pompiers sont intervenus.", False),
    ("Les occupants n'ont pas réussi à sortir à temps.", False),
    # a quotation: whoever speaks
    ("« Les secours n'ont rien pu faire », a témoigné une voisine.", False),
]


@pytest.mark.parametrize(("text", "answer"), RESPONDERS)
def test_the_responders_named_as_subject_answer_the_happening(text, answer):
    follow = opening(text, quote=text.startswith("«"))
    assert sequels.responders_intervene(follow, opening(FALLEN)) is answer  # type: ignore[arg-type]


AGROUND = "Le cargo Saint-Malo s'est échoué dimanche soir sur des rochers au large de Brest."

OPERATIONS = [
    # (the follow-up, its verb's lemma, an operation answering the grounding?)
    ("Les marins ont été évacués par hélicoptère vers Brest.", "évacuer", True),
    ("Trois marins ont été secourus par une vedette de la SNSM.", "secourir", True),
    ("Les deux derniers marins ont été hélitreuillés à l'aube.", "hélitreuiller", True),
    # what befell them, no operation: the happening's detail
    ("Les marins ont été bloqués à bord pendant des heures.", "bloquer", False),
    # the words of whoever speaks
    ("« Nous avons évacué tout le monde », a raconté un marin.", "évacuer", False),
]


@pytest.mark.parametrize(("text", "verb", "answer"), OPERATIONS)
def test_an_operation_told_of_whoever_it_saves_answers_the_happening(text, verb, answer):
    follow = opening(text, quote=text.startswith("«"), verb=verb)
    grounded = opening(AGROUND, verb="échouer")
    assert sequels.responders_intervene(follow, grounded) is answer  # type: ignore[arg-type]


def test_an_operation_after_an_operation_goes_on():
    """After an event that is itself an evacuation, another operation goes on with it."""
    evacuated = opening("Les habitants du quai ont été évacués dimanche.", verb="évacuer")
    follow = opening("Une dizaine d'entre eux ont été hélitreuillés.", verb="hélitreuiller")
    assert not sequels.responders_intervene(follow, evacuated)  # type: ignore[arg-type]


EVACUATED = [
    # (the follow-up, one event with the grounding?)
    (
        "Les marins, de plusieurs nationalités, mais aussi le capitaine ont été évacués par "
        "hélicoptère vers Brest.",
        False,
    ),
    (
        "Les marins, de plusieurs nationalités, mais aussi le capitaine ont été bloqués à "
        "bord pendant des heures.",
        True,
    ),
]


@pytest.mark.parametrize(("follow", "one"), EVACUATED)
def test_an_evacuation_is_an_event_of_its_own(tmp_path, follow, one):
    """The sailors evacuated after the grounding is the evacuation, a happening of its own;
    the sailors stuck on board go on with the grounding (its detail)."""
    events = events_of(tmp_path, AGROUND + " " + follow)
    assert cited_with(events, "échoué", "marins") is one, events


def test_the_responders_own_operation_goes_on():
    """After an event told of the responders themselves, another of their sentences goes
    on with their own operation."""
    deployed = opening("Les marins-pompiers ont déployé un dispositif d'intervention.")
    follow = opening("Une centaine de pompiers sont mobilisés.")
    assert sequels.names_responders(follow)  # type: ignore[arg-type]
    assert not sequels.responders_intervene(follow, deployed)  # type: ignore[arg-type]


ANSWERED = [
    # (the follow-up, one event with the collapse?)
    ("Les secours n'ont pas réussi à dégager les deux occupants.", False),
    ("Les deux occupants n'ont pas réussi à sortir à temps.", True),
]


@pytest.mark.parametrize(("follow", "one"), ANSWERED)
def test_the_responders_intervention_is_an_event_of_its_own(tmp_path, follow, one):
    """The rescuers' failure told after the collapse is the rescue, a happening of its
    own; the occupants' failure goes on with the collapse (its detail)."""
    events = events_of(tmp_path, FALLEN + " " + follow)
    assert cited_with(events, "effondré", "occupants") is one, events


def test_the_responders_presence_is_no_detail_of_the_happening(tmp_path):
    """The rescuers on the spot, a state in the present, tell no detail of the collapse:
    not among its sources (a description, it is nobody's source)."""
    events = events_of(tmp_path, FALLEN + " Une trentaine de sapeurs-pompiers sont sur place.")
    [collapse] = [e for e in events if any("effondré" in s for s in e)]
    assert not any("sapeurs-pompiers" in s for s in collapse), events


def told(
    actor: str = "",
    agent: str | None = None,
    parsed: bool = True,
    patient: str | None = None,
    quoted: str = "",
    sentence: str = "Le tribunal a rendu son jugement.",
):
    """What ``another_body_acts`` reads of a report: the institution its subject names
    and the agent its parsed clause names (None: a pronoun, or a passive naming nobody),
    whom it acts on, who its reporting clause says it is from, and its sentence."""
    clause = SimpleNamespace(agent=agent, patient=patient) if parsed else None
    return SimpleNamespace(actor=actor, clause=clause, quoted=quoted, sentence=sentence)


BODIES = [
    # (the follow-up's institution, the event's, the event's agent, parsed?, another act?)
    ("court", "", "@paul-durand", True, True),  # "Paul Durand avait plaidé ...": his plea
    ("police", "", "=search", True, True),  # "Les recherches ont permis de ..."
    ("court", "", None, True, False),  # "Un homme a été condamné lundi": by the court
    ("court", "court", "#tribunal", True, False),  # the same institution goes on
    ("court", "", "@paul-durand", False, False),  # an event not parsed: its agent unread
    ("", "", "@paul-durand", True, False),  # the follow-up names no institution
]


def test_the_body_an_event_acts_on_goes_on_with_it():
    """ "Le gouvernement envoyait 3.000 gendarmes. « Les premiers gendarmes ont rejoint
    les vallées »": the gendarmes the event sends are no other agent (the deployment,
    done)."""
    sent = told("", "#gouvernement", patient="gendarme")
    assert not sequels.another_body_acts(told("gendarmerie"), sent)  # type: ignore[arg-type]
    assert sequels.another_body_acts(told("court"), sent)  # type: ignore[arg-type]


@pytest.mark.parametrize(("actor", "event_actor", "agent", "parsed", "other"), BODIES)
def test_an_institution_acting_after_another_agent_acts_apart(
    actor, event_actor, agent, parsed, other
):
    follow, event = told(actor), told(event_actor, agent, parsed)
    assert sequels.another_body_acts(follow, event) is other  # type: ignore[arg-type]


SPOKEN = [
    # (the follow-up's institution and sentence, who the event's reporting clause names,
    # the event's sentence, another body's act?)
    ("mayor", "Le maire réunissait son cabinet.", "paul durand", "Selon Paul Durand, ...", True),
    ("mayor", "La mairie réunissait son cabinet.", "le maire de lille", "Selon le maire", False),
    ("court", "La cour n'a pas retenu la préméditation.", "", "« Il m'a appelé. »", True),
    ("court", "La cour n'a pas retenu la préméditation.", "il", "« ... », a-t-il dit.", False),
    # the follow-up a quotation, or with a reporting clause of its own: not the narration's
    ("court", "« La cour n'a pas retenu la préméditation. »", "", "« Il m'a appelé. »", False),
]


@pytest.mark.parametrize(("actor", "sentence", "speaker", "said", "other"), SPOKEN)
def test_an_institution_acting_after_someones_words_acts_apart(
    actor, sentence, speaker, said, other
):
    """The agent of a statement is its speaker: an institution the narration tells acting
    after someone else's words (direct speech, "Selon X, ...") does an act of its own; the
    same institution or its head going on does not, nor one after a pronoun's words (whom
    it stands for is not read)."""
    follow = told(actor, sentence=sentence)
    event = told("", None, parsed=False, quoted=speaker, sentence=said)
    assert sequels.another_body_acts(follow, event) is other  # type: ignore[arg-type]


SPEAKER_THEN_BODY = [
    # (the article, the statement's words, the follow-up's words, one event?)
    (
        "Les écologistes ont quitté la majorité municipale de Lille. Selon Paul Durand, le "
        "dossier du tramway traîne depuis mardi. A l'issue de cette déclaration, le maire "
        "réunissait à 13h00 son cabinet.",
        "Selon Paul Durand",
        "le maire réunissait",
        False,
    ),
    (
        "Les écologistes ont quitté la majorité municipale de Lille. « Le dossier du tramway "
        "traîne depuis mardi. » A l'issue de cette déclaration, le maire réunissait à 13h00 "
        "son cabinet.",
        "« Le dossier",
        "le maire réunissait",
        False,
    ),
    # the mayor's words, then the town hall: the same body going on
    (
        "Les écologistes ont quitté la majorité municipale de Lille. Selon le maire de Lille, "
        "le dossier du tramway traîne depuis mardi. A l'issue de cette déclaration, la mairie "
        "réunissait à 13h00 son cabinet.",
        "Selon le maire",
        "la mairie réunissait",
        True,
    ),
]


@pytest.mark.parametrize(("body", "event", "follow", "one"), SPEAKER_THEN_BODY)
def test_what_an_institution_does_after_someones_words_is_no_detail_of_them(
    tmp_path, body, event, follow, one
):
    """The mayor's meeting told after a councillor's words is not what those words say:
    not among the statement's sources; after the mayor's own words, the town hall goes
    on with them."""
    events = events_of(tmp_path, body)
    [statement] = [e for e in events if any(event in s for s in e)]
    assert any(follow in s for s in statement) is one, events


PARTY_AFTER_WORDS = [
    "Le Parti de l'avenir récuse cet argument, qu'il qualifie de prétexte.",
    "L'Alliance des écologistes récuse cet argument, qu'elle qualifie de prétexte.",
]


@pytest.mark.parametrize("follow", PARTY_AFTER_WORDS)
def test_a_partys_answer_to_someones_words_is_its_own(tmp_path, follow):
    """A political party is a body (``speaker_roles``: "parti", "alliance"): its answer,
    told by the narration after a dismissed man's words, is its own statement, not a
    detail of his."""
    dismissed = (
        "Le maire de Lille a limogé samedi son premier adjoint. « J'ai préféré que le maire "
        "assume la responsabilité de la séparation », confie l'ancien adjoint. "
    )
    events = events_of(tmp_path, dismissed + follow)
    assert not cited_with(events, "J'ai préféré", "récuse cet argument"), events


BODY_ACTS = [
    # (the event, the follow-up, one event?)
    (
        "La veille, Paul Durand avait plaidé l'acquittement de son client.",
        "La cour d'assises du Nord n'a pas retenu la préméditation.",
        False,
    ),
    (
        "Les recherches ont permis mardi de retrouver deux nouvelles victimes à Lille.",
        "Près de 200 policiers sont sur le terrain pour participer à l'enquête.",
        False,
    ),
    # a passive naming nobody: the court is who condemned, its judgment told on
    (
        "Un homme de 30 ans a été condamné lundi à cinq ans de prison ferme à Lille.",
        "Le tribunal correctionnel de Lille n'a pas retenu la récidive.",
        True,
    ),
]


@pytest.mark.parametrize(("event", "follow", "one"), BODY_ACTS)
def test_what_an_institution_does_after_anothers_act_is_its_own_happening(
    tmp_path, event, follow, one
):
    """A court's judgment after a lawyer's plea, the police on the spot after the search's
    finds: an institution's act after another agent's is a happening of its own; after a
    passive naming nobody, the institution is who did the act, and its words go on with
    it."""
    events = events_of(tmp_path, event + " " + follow)
    assert cited_with(events, event[:25], follow[:25]) is one, events


LEAD = "Un homme de 40 ans a reconnu mardi être l'auteur des coups à Lille. "

SUBJECTS = [
    # (the follow-up, the words of its parsed subject: "" when it has none)
    ("Selon le procureur, les deux voisins se connaissaient très bien.", "les deux voisins"),
    ("Une soixantaine de policiers sont sur le terrain.", "Une soixantaine de policiers"),
    ("La cour, qui siégeait depuis lundi, n'a pas retenu la préméditation.", "La cour"),
    (
        "Les équipes des pompiers sont engagées, les chiens sont activés.",
        "Les équipes des pompiers",
    ),
    ("Il y a toujours deux disparus.", ""),
]


@pytest.mark.parametrize(("follow", "subject"), SUBJECTS)
def test_a_follow_ups_subject_is_read_from_its_parse(follow, subject):
    """Extraction parses the follow-ups too and keeps the subject of their main clause
    (``Sentence.subject``): its noun phrase, not a phrase fronted before it ("Selon le
    procureur, ..."), not what a comma sets off after its head, and the first of two
    main clauses juxtaposed."""
    [sentence] = [
        s for s in extraction_of(LEAD + follow, "2024-03-06").sentences if s.text == follow
    ]
    assert sentence.role == "follow-up"
    assert sentence.subject is not None
    read = sentence.subject
    assert (sentence.text[read.start : read.end] if read.pos else "") == subject


def test_an_institution_named_beside_a_follow_ups_subject_is_not_its_actor(tmp_path):
    """A source fronted before the subject ("Selon le procureur de Lille, les deux voisins
    ...") names no institution acting: the follow-up tells the confession's detail, not
    another body's act (``another_body_acts`` reads the parsed subject)."""
    events = events_of(
        tmp_path, LEAD + "Selon le procureur de Lille, les deux voisins se connaissaient très bien."
    )
    assert cited_with(events, "a reconnu", "les deux voisins"), events


def tensed(tense: str, text: str = "Des habitants s'étaient réfugiés sur leur toit."):
    """What ``tells_earlier`` reads of a report: its tense, its sentence, whom it quotes."""
    return SimpleNamespace(tense=tense, sentence=text, quoted="")


EARLIER = [
    # (the follow-up's tense, the event's, its sentence, an earlier happening?)
    ("pluperfect", "present", "Des habitants s'étaient réfugiés sur leur toit.", True),
    ("pluperfect", "past", "Des habitants s'étaient réfugiés sur leur toit.", False),
    ("past", "present", "Des habitants se sont réfugiés sur leur toit.", False),
    ("pluperfect", "present", "« Nous nous étions réfugiés sur le toit », dit-il.", False),
]


@pytest.mark.parametrize(("tense", "event_tense", "text", "earlier"), EARLIER)
def test_the_pluperfect_after_a_present_tells_an_earlier_happening(
    tense, event_tense, text, earlier
):
    follow, event = tensed(tense, text), tensed(event_tense)
    assert sequels.tells_earlier(follow, event) is earlier  # type: ignore[arg-type]


PREFECT = "Le préfet du Var {} mardi que 80 sauvetages {} réalisés durant la nuit. "
REFUGE = "A Fréjus, des habitants s'étaient réfugiés sur leur toit."


@pytest.mark.parametrize(
    ("said", "one"), [(("signale ce", "ont été"), False), (("a indiqué", "avaient été"), True)]
)
def test_a_pluperfect_narration_after_a_statement_in_the_present_is_its_own(tmp_path, said, one):
    """The prefect's toll told in the present, then the inhabitants' refuge in the
    pluperfect: what happened before the moment of his words, a happening of its own (the
    storm's); after the toll told in the past, the pluperfect goes on with it."""
    events = events_of(tmp_path, PREFECT.format(*said) + REFUGE)
    assert cited_with(events, "80 sauvetages", "A Fréjus") is one, events


def reported(text: str, verb: str | None, quote: bool = False):
    """What ``reporting_cleft`` reads of a sentence: its text and its main verb's lemma as
    the parse gives it."""
    return SimpleNamespace(text=text, verb=verb, quote=quote)


REPORTING_CLEFTS = [
    # (the sentence, its main verb's lemma, the reporting clause of the sentence before: its
    #  speaker's words?)
    ("C'est ce qu'a déclaré le maire de Brignoles mardi soir.", "déclarer", "le maire"),
    (
        "C’est ce qu’a annoncé la présidente de la région, Claire Dumas.",
        "annoncer",
        "la présidente",
    ),
    ("C'est ce qu'affirme un communiqué de la préfecture du Var.", "affirmer", "un communiqué"),
    ("C'est ce que précise le parquet de Toulon.", "préciser", "le parquet"),
    ("C'était ce qu'avait indiqué la ministre de la Santé.", "indiquer", "la ministre"),
    ("Voilà ce qu'a confirmé le directeur de l'hôpital.", "confirmer", "le directeur"),
    # a verb of saying whose forms do not begin as its lemma ends: read by the lemma
    ("C'est ce qu'a dit le maire de Brignoles mardi soir.", "dire", "le maire"),
    # a verb that begins as one of saying does and is none ("affiche" / "affirmer")
    ("C'est ce qu'affiche le tableau des départs de la gare.", "afficher", None),
    # the subject before the verb, a verb that is no saying, what follows, no cleft
    ("C'est ce qu'on appelle une crue éclair.", "appeler", None),
    ("C'est ce qu'a acheté le maire de Brignoles.", "acheter", None),
    ("C'est ce qu'ont vu les habitants du quartier.", "voir", None),
    ("Voici ce qu'a déclaré le maire de Brignoles : nous reconstruirons.", "déclarer", None),
    ("C'est la préfecture du Var qui l'a confirmé.", "confirmer", None),
    ("Le maire de Brignoles a déclaré l'état de catastrophe naturelle.", "déclarer", None),
    # no verb parsed
    ("C'est ce qu'a déclaré le maire de Brignoles mardi soir.", None, None),
]


@pytest.mark.parametrize(("text", "verb", "speaker"), REPORTING_CLEFTS)
def test_a_cleft_of_reporting_names_the_speaker_after_its_verb(text, verb, speaker):
    at = sequels.reporting_cleft(reported(text, verb))  # type: ignore[arg-type]
    assert (None if at is None else text[at:]) == (
        None if speaker is None else text[text.index(speaker) :]
    )
    assert sequels.reporting_cleft(reported(text, verb, quote=True)) is None  # type: ignore[arg-type]


FLOOD = (
    "De violents orages ont frappé le Var dans la nuit de lundi à mardi. "
    "Au moins douze personnes ont péri dans la crue de l'Argens. {}"
)

CLEFT_SAID = [
    # (the sentence after the toll, told as an event apart?)
    ("C'est ce qu'a déclaré le préfet du Var, Jean Morel, mardi soir.", False),
    ("C’est ce qu’a annoncé mardi la préfecture du Var.", False),
    ("C'est ce qu'a confirmé le maire de Draguignan, Paul Brun, mardi.", False),
    ("C'est ce qu'a dit le préfet du Var, Jean Morel, mardi soir.", False),
    # the speaker's own act told after the toll: an event of its own
    ("Le préfet du Var, Jean Morel, a déclenché mardi le plan Orsec.", True),
]


@pytest.mark.parametrize(("follow", "apart"), CLEFT_SAID)
def test_a_cleft_of_reporting_is_the_statement_of_the_sentence_before(tmp_path, follow, apart):
    """The cleft "C'est ce qu'a déclaré X" is the reporting clause of the toll told just
    before it: one statement, the cleft no event of its own (no headline "C'est ce qu'a
    déclaré le préfet"); the prefect's act told after it is one."""
    events = events_of(tmp_path, FLOOD.format(follow))
    words = follow.split(",")[0][:25]
    assert cited_with(events, "Au moins douze", words) is not apart, events


RETURN = (
    "Les eaux de l'Argens ont commencé à baisser mardi à Brignoles. "
    "Les habitants évacués pourront regagner leur domicile dès le 12 mars. {}"
)

REPORTED_TO_COME = [
    # (the sentence after what is to come, an event telling it with its reporting clause?)
    ("C'est ce qu'a annoncé le préfet du Var, Jean Morel.", True),
    ("C’est ce qu’a indiqué mercredi la préfecture du Var.", True),
    # no cleft of reporting: what is to come stays aside (a forecast)
    ("Le préfet du Var, Jean Morel, a visité mardi le centre d'accueil.", False),
]


@pytest.mark.parametrize(("follow", "told"), REPORTED_TO_COME)
def test_what_is_to_come_reported_by_a_cleft_is_the_speakers_announcement(tmp_path, follow, told):
    """What is to come, told with no speaker ("pourront regagner leur domicile dès le 12
    mars"), is set aside as a forecast; a cleft of reporting after it ("C'est ce qu'a
    annoncé le préfet") makes it the speaker's announcement, an event citing both, dated by
    its own day, the cleft no event of its own."""
    chronology = chronology_of(tmp_path, RETURN.format(follow), "2024-03-06")
    events = {e.start: [s.sentence for s in e.sources] for e in chronology.events}
    cited = [s for e in events.values() for s in e]
    if told:
        assert any("pourront regagner" in s for s in events.get("2024-03-12", [])), events
        assert [s for s in events["2024-03-12"] if s.startswith("C")], events
        assert not any(e.title.startswith(("C'est", "C’est")) for e in chronology.events)
    else:
        assert not any("pourront regagner" in s for s in cited), events


def named_back(text: str, verb: str, tense: str, lemmas: dict[str, str], *, quote: bool = False):
    """What ``earlier_act_on_named_back`` reads of an extracted sentence: its content words
    (``lemmas``: each word as written and its lemma) at their offsets."""
    words = [(text.index(word), lemma) for word, lemma in lemmas.items()]
    return SimpleNamespace(
        text=text, start=0, verb=verb, action=verb, tense=tense, quote=quote, words=words
    )


MAINTAINED = named_back(
    "Le club a maintenu lundi le match contre Lyon.", "maintenir", "past", {"maintenu": "maintenir"}
)
PRESENT = named_back("Le club maintient le match contre Lyon.", "maintenir", "present", {})

NAMED_BACK = [
    # (follow-up, event, an earlier act on the happening named back?)
    (
        named_back(
            "La ligue avait menacé d'annuler ce rendez-vous après les incidents.",
            "menacer",
            "pluperfect",
            {"menacé": "menacer", "annuler": "annuler", "rendez-vous": "rendez-vous"},
        ),
        MAINTAINED,
        True,
    ),
    (
        named_back(
            "La préfecture avait contesté cette décision en justice.",
            "contester",
            "pluperfect",
            {"contesté": "contester", "décision": "décision", "justice": "justice"},
        ),
        MAINTAINED,
        True,
    ),
    # the act agrees: the same happening told on
    (
        named_back(
            "Le club avait déjà maintenu cette rencontre en 2019.",
            "maintenir",
            "pluperfect",
            {"maintenu": "maintenir", "rencontre": "rencontre"},
        ),
        MAINTAINED,
        False,
    ),
    # a day, not a happening named back: no content word after the demonstrative
    (
        named_back(
            "La ligue avait menacé ce dimanche d'annuler le match.",
            "menacer",
            "pluperfect",
            {"menacé": "menacer", "annuler": "annuler", "match": "match"},
        ),
        MAINTAINED,
        False,
    ),
    # a person named before
    (
        named_back(
            "La ligue avait sanctionné ce dernier en 2019.",
            "sanctionner",
            "pluperfect",
            {"sanctionné": "sanctionner", "dernier": "dernier"},
        ),
        MAINTAINED,
        False,
    ),
    # the demonstrative before the verb: the subject, not what the act is done to
    (
        named_back(
            "Ce rendez-vous avait été menacé par la ligue.",
            "menacer",
            "pluperfect",
            {"rendez-vous": "rendez-vous", "menacé": "menacer", "ligue": "ligue"},
        ),
        MAINTAINED,
        False,
    ),
    # not in the pluperfect; after an event in the present (``tells_earlier``'s)
    (
        named_back(
            "La ligue a menacé d'annuler ce rendez-vous.",
            "menacer",
            "past",
            {"menacé": "menacer", "annuler": "annuler", "rendez-vous": "rendez-vous"},
        ),
        MAINTAINED,
        False,
    ),
    (
        named_back(
            "La ligue avait menacé d'annuler ce rendez-vous.",
            "menacer",
            "pluperfect",
            {"menacé": "menacer", "annuler": "annuler", "rendez-vous": "rendez-vous"},
        ),
        PRESENT,
        False,
    ),
    # a quotation: the speaker's words
    (
        named_back(
            "« La ligue avait menacé d'annuler ce rendez-vous », a-t-il dit.",
            "menacer",
            "pluperfect",
            {"menacé": "menacer", "annuler": "annuler", "rendez-vous": "rendez-vous"},
            quote=True,
        ),
        MAINTAINED,
        False,
    ),
]


@pytest.mark.parametrize(("follow", "event", "earlier"), NAMED_BACK)
def test_an_earlier_act_on_the_happening_named_back_is_another(follow, event, earlier):
    assert sequels.earlier_act_on_named_back(follow, event) is earlier  # type: ignore[arg-type]


THREATENED = [
    # (the follow-up, one happening with the meeting?)
    ("Bruxelles avait menacé d'annuler ce rendez-vous faute de garanties.", False),
    ("Bruxelles avait maintenu ce rendez-vous malgré la grève.", True),
]


@pytest.mark.parametrize(("follow", "one"), THREATENED)
def test_a_threat_told_before_on_the_meeting_named_back_is_an_event_of_its_own(
    tmp_path, follow, one
):
    """The visit maintained, then, in the pluperfect, a threat to cancel "ce
    rendez-vous": another act, an event of its own; told with the act that agrees, the
    follow-up goes on with the meeting."""
    body = (
        "Le Premier ministre belge a maintenu mardi sa visite à Madrid auprès du chef du "
        "gouvernement espagnol. " + follow
    )
    events = events_of(tmp_path, body)
    assert cited_with(events, "maintenu mardi", follow.split()[2]) is one, events
