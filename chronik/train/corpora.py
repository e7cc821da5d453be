"""Readers for the NER corpora in /work/shared/data, mapped to PER/LOC/ORG/OTH.

GermEval 2014 TSV carries an outer and an inner (embedded) column; the CoNLL-style
files (WikiNEuRal, WikiANN, EuroParl, CoNLL-2003) carry one tag column, IOB1 or IOB2.
Labels are mapped to chronik's four types: MISC → OTH; GermEval ``*deriv`` and
``*part`` tags ("deutsche", "FIFA-Schiedsrichter") are not names and become O.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PER", "LOC", "ORG", "OTH")
_LABEL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "OTH", "MISC": "OTH"}


@dataclass
class Sentence:
    """Gold tokens with chunk spans ``(first_token, end_token, label)``."""

    words: list[str]
    outer: list[tuple[int, int, str]]
    inner: list[tuple[int, int, str]] = field(default_factory=list)


def map_label(raw: str) -> str | None:
    """Corpus label → PER/LOC/ORG/OTH, or None for derived/partial names."""
    return _LABEL_MAP.get(raw.upper() if raw.islower() else raw)


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
