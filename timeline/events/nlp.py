"""spaCy's French pipeline, loaded lazily once per process with only what we use.

We use the tagger-side components (tok2vec, morphologizer for tense and parts of speech,
attribute_ruler) and NER for names on every paragraph; the dependency parser runs only on
the sentences that make events (``parse``), for their headlines and the clause that dates
them; the lemmatizer only on the words whose lemma is read (``lemma``: verbs and content
words), not on every token of every paragraph. Sentence boundaries come from ``sentences``.
The networks' word embeddings are computed once per word (``embeddings``: the same values),
and the tokenizer's patterns are matched once per string (``memoize_tokenizer``: the same
tokens).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

MODEL = "fr_core_news_md"
EXCLUDED = ("senter",)
#: left out of the analysis of whole paragraphs (run by ``parse`` on chosen sentences)
PARSER = "parser"
#: left out of the analysis of whole paragraphs (run by ``lemma`` on the words read)
LEMMATIZER = "lemmatizer"
#: left out: it only copies each part of speech into the fine-grained tag (read by no
#: component we run: the NER reads word shapes, the parser the shared token vectors) and
#: marks whitespace tokens, which ``lemma`` and the features recognise themselves
ATTRIBUTE_RULER = "attribute_ruler"
#: the components not run on whole paragraphs
SKIPPED = (PARSER, LEMMATIZER, ATTRIBUTE_RULER)

_NLP: Any = None
#: (form, part of speech) -> lemma: what spaCy's French rule lemmatizer depends on
_LEMMAS: dict[tuple[int, int], str] = {}


def get_nlp() -> Any:
    """The loaded pipeline (loaded on first call, then kept for the life of the process)."""
    global _NLP
    if _NLP is None:
        import spacy

        from timeline.events.embeddings import memoize

        nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
        memoize_tokenizer(nlp.tokenizer)
        for _, component in nlp.pipeline:
            model = getattr(component, "model", None)
            if model is not None:
                memoize(model)  # word embeddings once per word (the same values)
        _NLP = nlp
    return _NLP


#: the tokenizer's patterns, each a function of the one string it is given (a stretch of
#: text between spaces, or what is left of it as prefixes and suffixes are cut off):
#: spaCy's French ``token_match`` alone is one regular expression of 1.4 million
#: characters, tried about 600 times an article (the tokenizer's own cache leaves out
#: every stretch holding a special case, as "l'" or "d'": most French words)
TOKENIZER_PATTERNS = ("token_match", "url_match", "prefix_search", "suffix_search")
#: strings kept per pattern; when full, the memo starts again
TOKENIZER_MEMO_LIMIT = 200_000


class Memo:
    """``function(text)``, computed once per distinct text and then looked up: the same
    value (the match, or None) for the same text, whatever came before."""

    def __init__(self, function: Callable[[str], Any], limit: int = TOKENIZER_MEMO_LIMIT):
        self.function = function
        self.limit = limit
        self.found: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        found = self.found
        try:
            return found[text]
        except KeyError:
            pass
        if len(found) >= self.limit:
            found.clear()
        result = found[text] = self.function(text)
        return result


def memoize_tokenizer(tokenizer: Any) -> None:
    """Give ``tokenizer`` (spaCy's) its own patterns behind a ``Memo`` each: the same
    tokens, the patterns matched once per distinct string (``tests/test_events_nlp.py``
    tokenizes every text of ``tests/data`` both ways)."""
    for name in TOKENIZER_PATTERNS:
        function = getattr(tokenizer, name)
        if function is not None and not isinstance(function, Memo):
            setattr(tokenizer, name, Memo(function))


def lemma(token: Any) -> str:
    """The lemma of a token: the one the pipeline set (attribute ruler, or a hand-made
    token's), else spaCy's French rule lemmatizer's, computed on first use (it reads only
    the form and the part of speech, so it is kept per form and part of speech). The same
    lemma the lemmatizer component would have given, for only the words that are read."""
    found = str(token.lemma_)
    if found:
        return found
    if token.is_space:
        return str(token.text).lower()  # what the lemmatizer gives a whitespace token
    key = (token.orth, token.pos)
    cached = _LEMMAS.get(key)
    if cached is None:
        forms = get_nlp().get_pipe(LEMMATIZER).rule_lemmatize(token)
        cached = _LEMMAS[key] = str(forms[0]) if forms else str(token.text).lower()
    return cached


#: form -> the verb it is a past participle of ("" when none), ``verb_of_participle``
_PARTICIPLES: dict[str, str] = {}


@cache
def _known_verbs() -> frozenset[str]:
    """The infinitives spaCy's French rule lemmatizer knows (its index of verbs)."""
    table = get_nlp().get_pipe(LEMMATIZER).lookups.get_table("lemma_index")
    return frozenset(str(verb) for verb in table["verb"])


def verb_of_participle(form: str, endings: dict[str, str]) -> str:
    """The verb whose past participle ``form`` (lower case) is, by its ending (``endings``:
    ending -> the infinitive's, "ées" -> "er") and the verbs spaCy's French lemmatizer
    knows ("diffusés" -> "diffuser", "nommé" -> "nommer"); "" when none. It reads the form
    only, whatever part of speech the tagger gave the word."""
    found = _PARTICIPLES.get(form)
    if found is None:
        verbs = _known_verbs()
        found = ""
        for ending, infinitive in endings.items():
            if form.endswith(ending) and len(form) > len(ending) + 1:
                candidate = form[: -len(ending)] + infinitive
                if candidate in verbs:
                    found = candidate
                    break
        _PARTICIPLES[form] = found
    return found


#: a morphological analysis (its key in the vocabulary) -> its values by feature
_MORPHS: dict[int, dict[str, list[str]]] = {}


def morph(token: Any, feature: str) -> list[str]:
    """``token.morph.get(feature)`` (the values of one morphological feature: ``["Fin"]``
    for "VerbForm"), each distinct analysis read once: spaCy parses the analysis' text
    again at every ``get``, and the features read each token's several times."""
    return morph_features(token).get(feature, [])


def is_finite(token: Any) -> bool:
    """Is ``token`` in a finite form (``VerbForm=Fin``: "a", "survolait", "fermera"; not
    an infinitive or a participle)?"""
    return "Fin" in morph(token, "VerbForm")


def finite_verb(token: Any) -> bool:
    """Is ``token`` a verb or an auxiliary in a finite form (a clause's conjugated verb)?"""
    return token.pos_ in ("VERB", "AUX") and is_finite(token)


def morph_features(token: Any) -> dict[str, list[str]]:
    """Every feature of ``token``'s morphological analysis with its values (``morph``'s
    reading, of several features at once); not to be changed."""
    analysis = token.morph
    values = _MORPHS.get(analysis.key)
    if values is None:
        values = {name: list(analysis.get(name)) for name in analysis.to_dict()}
        _MORPHS[analysis.key] = values
    return values


def sentence_doc(span: Any, analysis: Any) -> Any:
    """A new Doc of the tokens of ``span`` with what the parser needs and the features
    read: parts of speech and morphology (``analysis``: its paragraph's ``to_array`` of
    ``ANALYSIS``) and the paragraph's token vectors (``tensor``, what the parser's
    tok2vec listener reads). Not ``Span.as_doc``, which also averages the span's static
    vectors and copies what is not read (a third of the parse's cost)."""
    from spacy.tokens import Doc

    tokens = list(span)  # (each token object made once)
    words = [t.text for t in tokens]
    spaces = [bool(t.whitespace_) for t in tokens]
    doc = Doc(span.doc.vocab, words=words, spaces=spaces)
    doc.from_array(ANALYSIS, analysis[span.start : span.end])
    doc.tensor = span.doc.tensor[span.start : span.end]
    return doc


def token_starts(doc: Any) -> list[int]:
    """The character offset in ``doc``'s text of each of its tokens (``token.idx``), read
    as one array: no token object made (a paragraph's, read for every sentence of it)."""
    offsets: list[int] = doc.to_array("IDX").tolist()
    return offsets


def tree_starts(words: list[str]) -> list[bool]:
    """Where, among a sentence's ``words``, the parser may start a tree of its own: the first
    word, and a word after a mark that may end a sentence (``tree_ending_marks``: a quoted
    sentence's end, a colon, a semicolon), the closing and the opening marks right after it
    passing that on ("« Vingt ans ! » réclamaient-ils", "a confié à la presse : « Nous
    sommes ..."); never between two words ("La suppression des vols bloque 38 000
    passagers", four trees when the parser is left free), nor after a comma, a dash or a
    hyphen ("l'état-major")."""
    ending, closing, opening = _tree_marks()
    starts = []
    may_start = True
    for text in words:
        starts.append(may_start)
        if text in ending:
            may_start = True
        elif not (may_start and (text in closing or text in opening)):
            may_start = False
    return starts


@cache
def _tree_marks() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The marks after which a tree may start (``tree_starts``): those that may end a
    sentence, and the closing and the opening marks, which pass that on."""
    from timeline.events.lexicon import lexicon

    lex = lexicon()
    return (
        frozenset(lex["tree_ending_marks"]),
        frozenset(lex["tree_closing_marks"]),
        frozenset(lex["tree_opening_marks"]),
    )


def _roots(doc: Any) -> list[Any]:
    """The heads of a parse's trees, punctuation apart."""
    return [t for t in doc if t.head.i == t.i and t.pos_ != "PUNCT"]


def _takes_one_tree(free: Any, joined: Any) -> bool:
    """Is the parse made with trees starting only where ``tree_starts`` allows (``joined``)
    to be kept instead of the parser's own (``free``)? When every tree's head in it is one
    of the parser's own trees' heads, and a verb when one of those is: the sentence is then
    one clause under a predicate the parser proposed itself ("Le chef d'état-major ... a
    présenté sa démission": "présenté", not "chef" apart); not a parse the constraint bent
    into making a day or a name the predicate ("Le président sortant a téléphoné lundi
    matin ...": "lundi")."""
    own = {t.i for t in _roots(free)}
    heads = _roots(joined)
    if not heads or any(t.i not in own for t in heads):
        return False
    verbal = ("VERB", "AUX")
    return any(t.pos_ in verbal for t in heads) or not any(t.pos_ in verbal for t in _roots(free))


#: the token attributes a sentence's Doc takes from its paragraph (``sentence_doc``)
ANALYSIS: list[int | str] = ["POS", "MORPH"]


def parse(spans: list[Any]) -> list[Any]:
    """Dependency parses of the given spans of analysed docs (one new Doc each, with the
    tagger's analysis and the shared token vectors of its paragraph): one tree per sentence
    where the parser can make one under a predicate of its own (``_takes_one_tree``)."""
    if not spans:
        return []
    parser = get_nlp().get_pipe(PARSER)
    arrays: dict[int, Any] = {}  # id of a paragraph's Doc -> its analysis, read once
    docs = []
    for span in spans:
        key = id(span.doc)
        if key not in arrays:
            arrays[key] = span.doc.to_array(ANALYSIS)
        docs.append(sentence_doc(span, arrays[key]))
    parsed = list(parser.pipe(docs))
    # a sentence the parser cut where no sentence may end is parsed again as one tree
    # (``tree_starts``: the parser keeps the boundaries set before it)
    again: list[int] = []
    joined = []
    for k, doc in enumerate(parsed):
        tokens = list(doc)  # (each token object made once)
        starts = tree_starts([t.text for t in tokens])
        if any(t.is_sent_start and not may for t, may in zip(tokens, starts, strict=True)):
            again.append(k)
            one = sentence_doc(spans[k], arrays[id(spans[k].doc)])
            for token, may in zip(one, starts, strict=True):
                if not may:
                    token.is_sent_start = False
            joined.append(one)
    for k, doc in zip(again, parser.pipe(joined), strict=True):
        if _takes_one_tree(parsed[k], doc):
            for token in doc:
                if token.head.i == token.i and token.dep_ != "ROOT":
                    # a tree's head is its root, whatever label the parser gave it when it
                    # was kept from starting a tree there ("advcl")
                    token.dep_ = "ROOT"
            parsed[k] = doc
    return parsed
