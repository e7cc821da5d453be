"""Readers for the NER corpora in /work/shared/data, with GermEval 2014's 12 labels.

GermEval 2014 TSV carries an outer and an inner (embedded) column; the CoNLL-style
files (WikiNEuRal, WikiANN, EuroParl, CoNLL-2003) carry one tag column, IOB1 or IOB2.
Labels keep the GermEval inventory: PER/LOC/ORG/OTH (MISC → OTH) and their ``deriv``
("deutsche") and ``part`` ("FIFA-Schiedsrichter") forms. Only the four plain types are
names (:data:`LABELS`, :func:`name_type`); deriv/part chunks are scored by the official
metric but are not entity mentions in the pipeline.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PER", "LOC", "ORG", "OTH")
GERMEVAL_LABELS = tuple(t + s for t in LABELS for s in ("", "deriv", "part"))
_LABEL_MAP = {"MISC": "OTH", **{label: label for label in GERMEVAL_LABELS}}


@dataclass
class Sentence:
    """Gold tokens with chunk spans ``(first_token, end_token, label)``; ``missing`` lists the
    tokens whose label the corpus does not say (trained as unknown, not as O)."""

    words: list[str]
    outer: list[tuple[int, int, str]]
    inner: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)


def map_label(raw: str) -> str | None:
    """Corpus label → one of the 12 GermEval labels (MISC → OTH), or None if unknown."""
    return _LABEL_MAP.get(raw.upper() if raw.islower() else raw)


def name_type(label: str) -> str | None:
    """The name type of a label (PER/LOC/ORG/OTH), None for ``*deriv``/``*part`` labels."""
    return label if label in LABELS else None


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Chunks from IOB1 or IOB2 tags (conlleval rule: I-X after a different type starts a chunk).

    Labels are mapped with :func:`map_label`; unmappable chunks are dropped.
    """
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and label != kind) or prefix == "O"
        if kind and (begins or tag == "O"):
            mapped = map_label(kind)
            if mapped:
                spans.append((start, i, mapped))
            kind = ""
        if prefix in ("B", "I", "S", "E") and label and (begins or not kind):
            start, kind = i, label
    return spans


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def _is_tag(value: str) -> bool:
    return value == "O" or (len(value) > 2 and value[0] in "BIES" and value[1] == "-")


def _blocks(path: Path) -> Iterator[list[list[str]]]:
    """Sentence blocks of split rows; skips CoNLL-U ``# `` comments and GermEval ``#<TAB>url`` headers."""
    block: list[list[str]] = []
    with _open(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            row = line.split("\t") if "\t" in line else line.split()
            if line.startswith("# ") or (row[0] == "#" and not block and not _is_tag(row[-1])):
                continue
            block.append(row)
    if block:
        yield block


def read_germeval(path: Path) -> list[Sentence]:
    """GermEval 2014 TSV: ``index  token  outer  inner`` per line."""
    out = []
    for block in _blocks(path):
        words = [row[1] for row in block]
        outer = chunks([row[2] for row in block])
        inner = chunks([row[3] if len(row) > 3 else "O" for row in block])
        out.append(Sentence(words, outer, inner))
    return out


def read_conll(path: Path) -> list[Sentence]:
    """CoNLL-style columns: token first (or after a numeric index), NER tag last; ``-DOCSTART-`` skipped."""
    out = []
    for block in _blocks(path):
        rows = [r for r in block if r and r[0] != "-DOCSTART-"]
        if not rows:
            continue
        tok_col = 1 if len(rows[0]) > 2 and all(r[0].isdigit() for r in rows) else 0
        out.append(Sentence([r[tok_col] for r in rows], chunks([r[-1] for r in rows])))
    return out


def read(path: Path, fmt: str) -> list[Sentence]:
    if fmt == "germeval":
        return read_germeval(path)
    if fmt == "conll":
        return read_conll(path)
    raise ValueError(f"unknown NER corpus format {fmt!r} (use 'germeval' or 'conll')")


def split_germeval(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic halves of the GermEval dev file: even positions train, odd positions held out."""
    return sentences[0::2], sentences[1::2]


# --- corpora without deriv/part labels -----------------------------------------------------

_DERIV_PART = ("deriv", "part")
_HYPHEN = re.compile(r"[-‐]")


@dataclass(frozen=True)
class DerivPartCues:
    """What a deriv/part token looks like, learnt from data: word forms labelled deriv/part in
    gold, word endings shared by several lower-case derived forms ("-ischen"), and one-token
    names, which make a hyphenated compound containing one a part candidate ("SPD-Chef")."""

    forms: frozenset[str]
    suffixes: frozenset[str]
    names: frozenset[str]
    suffix_len: int = 5

    def match(self, word: str) -> bool:
        if word in self.forms:
            return True
        if "-" in word[1:-1] and any(piece in self.names for piece in _HYPHEN.split(word)):
            return True
        return word.islower() and len(word) > self.suffix_len and word[-self.suffix_len :] in self.suffixes


def deriv_part_cues(
    gold: Iterable[Sentence], labelled: Iterable[Sentence] = (), suffix_len: int = 5, min_count: int = 2
) -> DerivPartCues:
    """Cues from the one-token ``*deriv``/``*part`` chunks of ``gold``, and the one-token
    names (seen ≥ ``min_count`` times) of ``gold`` and ``labelled``."""
    forms: set[str] = set()
    endings: Counter[str] = Counter()
    names: Counter[str] = Counter()
    gold = list(gold)
    for sent in [*gold, *labelled]:
        for a, b, label in sent.outer:
            if b - a == 1 and label in LABELS:
                names[sent.words[a]] += 1
    for sent in gold:
        for a, b, label in sent.outer:
            if b - a == 1 and label.endswith(_DERIV_PART):
                word = sent.words[a]
                forms.add(word)
                if word.islower() and len(word) > suffix_len and label.endswith("deriv"):
                    endings[word[-suffix_len:]] += 1
    return DerivPartCues(
        frozenset(forms),
        frozenset(e for e, n in endings.items() if n >= min_count),
        frozenset(w for w, n in names.items() if n >= min_count),
        suffix_len,
    )


def mark_unannotated(sent: Sentence, cues: DerivPartCues) -> Sentence:
    """A sentence from a corpus that has no deriv/part labels, with the tokens that may be
    deriv/part set to missing: O tokens matching ``cues``, and one-token OTH chunks that match
    (silver corpora label some nationality adjectives MISC, GermEval calls them LOCderiv)."""
    outer, missing = [], []
    labelled = set()
    for a, b, label in sent.outer:
        labelled.update(range(a, b))
        if b - a == 1 and label == "OTH" and cues.match(sent.words[a]):
            missing.append(a)
        else:
            outer.append((a, b, label))
    missing += [i for i, w in enumerate(sent.words) if i not in labelled and cues.match(w)]
    return Sentence(sent.words, outer, sent.inner, sorted(missing))
