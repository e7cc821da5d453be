"""Build the name-type lexicon (:mod:`chronik.name_types`) from the labelled sentences the NER
model trains on: the team's annotations (surfaces cut from the texts in ``../shared``) and the
GermEval 2014 dev sentences of the training half (``--all-germeval``: all of them, as the shipped
model). Only the four name types are counted; deriv/part chunks are not names.

Run: ``python -m chronik.train.name_types --out chronik/models/ner-de/name_types.tsv --all-germeval``
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from chronik.name_types import TYPES, NameTypes
from chronik.train import newsner
from chronik.train.corpora import read, split_germeval


def build(shared: Path = newsner.SHARED, all_germeval: bool = False) -> NameTypes:
    counts: dict[str, Counter] = {}

    def add(name: str, label: str) -> None:
        if label in TYPES:
            counts.setdefault(name, Counter())[label] += 1

    for text, rec in newsner.annotated_texts(shared):  # the versions the model trains on
        for e in rec.entities:
            add(text[e.start:e.end], e.label)
    train_half, held_out = split_germeval(read(shared / "germeval2014" / "NER-de-dev.tsv", "germeval"))
    for sent in [s for i, s in enumerate(train_half) if i % 5] + (held_out if all_germeval else []):
        for a, b, label in sent.outer:
            add(" ".join(sent.words[a:b]), label)
    return NameTypes(counts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--all-germeval", action="store_true", help="count the held-out GermEval half too")
    args = parser.parse_args(argv)
    types = build(all_germeval=args.all_germeval)
    types.save(args.out)
    print(f"{len(types.counts)} names -> {args.out}")


if __name__ == "__main__":
    main()
