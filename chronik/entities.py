"""Entities stage: named-entity mentions (PER/LOC/ORG/OTH) with offsets into ``doc.text``.

A spaCy pipeline (by default the shipped ``chronik/models/ner-de``: two BILUO name taggers whose
probabilities are averaged, :mod:`chronik.biluo`; or any pipeline with an ``ner`` component) tags
the text in paragraph-sized chunks, so 300k-character articles stay cheap; a small rule layer
from language data (``lang/<code>/entity_names.tsv``: news agencies and similar
fixed names) adds mentions the model missed, without overriding the model.
The shipped model also tags GermEval's derived and partial names ("deutsche" LOCderiv,
"SPD-Chef" ORGpart); :func:`labelled_spans` returns them (for evaluation), but they are
not mentions of an entity, so :func:`tag_entities` keeps only the four name types.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from chronik import biluo, name_types
from chronik.document import Document, Mention
from chronik.lang import load as load_lang

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner-de"
CHUNK_CHARS = 5_000  # spaCy cost is linear, but chunks keep memory flat and let nlp.pipe batch
PIPE_BATCH = 64  # lines per model batch: spaCy's default 1000 pads the CNN input and runs 25 % slower
GAZETTEER = "entity_names.tsv"
NAME_TYPES = ("PER", "LOC", "ORG", "OTH")

# Labels of other pipelines (spaCy de/en, OntoNotes) mapped to chronik's four types; unlisted labels
# (DATE, CARDINAL, …) are not names and are dropped. GermEval deriv/part labels pass unchanged.
_LABELS = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "ORG": "ORG",
    "OTH": "OTH", "MISC": "OTH", "NORP": "OTH", "EVENT": "OTH", "PRODUCT": "OTH", "WORK_OF_ART": "OTH",
    "LAW": "OTH", "LANGUAGE": "OTH",
    **{t + form: t + form for t in NAME_TYPES for form in ("deriv", "part")},
}  # fmt: skip
_NOT_NEEDED = ("parser", "tagger", "morphologizer", "lemmatizer", "trainable_lemmatizer", "attribute_ruler", "senter")


class ModelNotFound(FileNotFoundError):
    pass


@cache
def load_model(name_or_path: str | Path | None = None):
    """Load (once) a spaCy pipeline with BILUO name taggers (:mod:`chronik.biluo`) or an ``ner``
    component: the shipped model, a folder or a package name."""
    import spacy

    target = MODEL_DIR if name_or_path is None else name_or_path
    path = Path(target)
    if name_or_path is None or path.exists() or "/" in str(target):
        if not (path / "config.cfg").exists():
            raise ModelNotFound(
                f"NER model folder {path} is missing or incomplete (no config.cfg); "
                "train it with `python -m chronik.train.ner --out chronik/models/ner-de` "
                "or pass another spaCy pipeline to load_model()"
            )
        nlp = spacy.load(path)
    else:
        try:
            nlp = spacy.load(str(target))
        except OSError as err:
            raise ModelNotFound(f"spaCy pipeline {target!r} not found: {err}") from err
    vectors = nlp.vocab.vectors
    if vectors.data.dtype == "float16":  # chronik's model stores its table at half size
        vectors.data = vectors.data.astype("float32")
    taggers = biluo.tagger_names(nlp)
    if "ner" not in nlp.pipe_names and not taggers:
        raise ValueError(f"spaCy pipeline {target!r} has no 'ner' component and no BILUO name tagger")
    for name in (*_NOT_NEEDED, *taggers):  # the name taggers run from model_mentions_many, not nlp.pipe
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``: every line on its own (a name never crosses a line
    break, and the model then sees paragraphs as it was trained), lines longer than ``limit`` cut
    at sentence ends, else spaces."""
    for line in re.finditer(r"[^\n]+", text):
        pos, n = line.start(), line.end()
        while pos < n:
            end = min(pos + limit, n)
            if end < n:
                window = text[pos:end]
                found = [m.end() for m in re.finditer(r"[.!?]\s", window)]
                cut = found[-1] if found and found[-1] >= limit // 4 else window.rfind(" ")
                if cut > 0:
                    end = pos + cut
            if text[pos:end].strip():
                yield pos, end
            pos = end


@cache
def _gazetteer(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """Pattern over the gazetteer's names, name → type, and the names that replace the model's
    span of the same extent (third column ``replace``)."""
    data = load_lang(lang)
    if not data.has(GAZETTEER):
        return None, {}, frozenset()
    rows = [row for row in data.table(GAZETTEER) if len(row) >= 2]
    if not rows:
        return None, {}, frozenset()
    table = {row[0]: row[1] for row in rows}
    replace = frozenset(row[0] for row in rows if row[2:3] == ("replace",))
    names = sorted(table, key=len, reverse=True)
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    return re.compile(pattern), table, replace


def rule_mentions(text: str, lang: str = "de") -> list[Mention]:
    """Mentions of fixed names listed in the language's gazetteer (exact, case-sensitive)."""
    pattern, table, _ = _gazetteer(lang)
    if pattern is None:
        return []
    return [Mention(m.start(), m.end(), table[m.group()], m.group()) for m in pattern.finditer(text)]


def model_mentions(text: str, nlp) -> list[Mention]:
    """Spans predicted by the spaCy pipeline ``nlp`` over ``text``, chunk by chunk (incl. deriv/part)."""
    return model_mentions_many([text], nlp)[0]


def model_mentions_many(texts: list[str], nlp) -> list[list[Mention]]:
    """:func:`model_mentions` of several texts in one pass of the model, ``PIPE_BATCH`` lines per
    batch across articles (faster than one article at a time, whose batches are mostly short)."""
    pieces = [(i, s, e) for i, text in enumerate(texts) for s, e in chunks(text)]
    found: list[list[Mention]] = [[] for _ in texts]
    for (i, start, _end), sdoc, names in zip(pieces, *_tagged([texts[i][s:e] for i, s, e in pieces], nlp),
                                             strict=True):
        for first, end, label in names:
            label = _LABELS.get(label)
            span = _trimmed(sdoc[first:end]) if label else None
            if span is not None:
                found[i].append(Mention(start + span.start_char, start + span.end_char, label, span.text))
    return found


def _tagged(lines: list[str], nlp) -> tuple[list, list[list[tuple[int, int, str]]]]:
    """spaCy docs of ``lines`` and their names as token spans ``(start, end, label)``: from the
    pipeline's BILUO taggers (chronik's model, :mod:`chronik.biluo`) or its ``ner`` component."""
    taggers = biluo.tagger_names(nlp)
    docs, names = [], []
    for k in range(0, len(lines), PIPE_BATCH):
        batch = list(nlp.pipe(lines[k:k + PIPE_BATCH], batch_size=PIPE_BATCH))
        docs += batch
        if taggers:
            names += biluo.name_spans(nlp, batch, taggers)
        else:
            names += [[(e.start, e.end, e.label_) for e in doc.ents] for doc in batch]
    return docs, names


_EDGE_JUNK = set("•·‣◦▪●*-–—|/©\"'„“”‚‘’«»›‹")


def _trimmed(span):
    """``span`` without edge tokens made only of bullets, dashes, quotes or © (the CNN sometimes
    pulls such a token of a scraped page into a name: "• Kim"); None when nothing is left.
    Other symbols stay: currency signs are names (OTH), "Yahoo !" keeps its "!"."""
    start, end = span.start, span.end
    while start < end and not set(span.doc[start].text) - _EDGE_JUNK:
        start += 1
    while end > start and not set(span.doc[end - 1].text) - _EDGE_JUNK:
        end -= 1
    return span.doc[start:end] if end > start else None


def labelled_spans(text: str, nlp, rules: bool = True, lang: str = "de") -> list[Mention]:
    """Model spans (all labels, deriv/part included) plus rule-layer names where the model found
    nothing overlapping, sorted by offset; a ``replace`` name also retypes a model span of exactly
    its extent ("5 Mrd. EUR" typed ORG). With the model's name-type lexicon (:mod:`chronik.name_types`)
    spans are retyped as the annotators typed that name, and untagged compounds of a name become
    partial names."""
    return _with_rules(text, model_mentions(text, nlp), nlp, rules, lang)


def _with_rules(text: str, spans: list[Mention], nlp, rules: bool, lang: str) -> list[Mention]:
    types = name_types.for_model(getattr(nlp, "path", None)) if rules else None
    if types is not None:
        spans = name_types.apply(text, spans, types)
    if rules:
        extras = rule_mentions(text, lang)
        replace = _gazetteer(lang)[2]
        replaced = {(x.start, x.end) for x in extras if x.text in replace}
        spans = [m for m in spans if (m.start, m.end) not in replaced]
        taken = [(m.start, m.end) for m in spans]
        for extra in extras:
            if not any(s < extra.end and extra.start < e for s, e in taken):
                spans.append(extra)
        spans.sort(key=lambda m: (m.start, m.end))
    return spans


def tag_entities(doc: Document, nlp=None, rules: bool = True) -> Document:
    """Fill ``doc.mentions`` with the names (PER/LOC/ORG/OTH) found by the NER model (``nlp`` or
    the cached default) plus the rule layer; derived/partial names are not mentions."""
    return tag_entities_many([doc], nlp, rules)[0]


def tag_entities_many(docs: list[Document], nlp=None, rules: bool = True) -> list[Document]:
    """:func:`tag_entities` of several documents, the model running over all their texts at once."""
    nlp = nlp if nlp is not None else load_model()
    for doc, spans in zip(docs, model_mentions_many([d.text for d in docs], nlp), strict=True):
        doc.mentions = [m for m in _with_rules(doc.text, spans, nlp, rules, doc.lang) if m.label in NAME_TYPES]
    return docs
