"""What the one-type-per-name vote of entity merging changes, listed for reading by hand.

There is no gold for document-level types, so the vote (:func:`chronik.merge.merge_mentions`,
``vote=True``) is judged by reading what it changes: this samples articles, runs the entities
stage and merging with and without the vote, and prints every mention whose type differs,
with its context, and the counts as a last JSON line.

Run: ``python -m chronik.evaluate.typevote /work/shared/data/news-de/fang-covid -n 300 --seed 11``
"""

from __future__ import annotations

import argparse
import copy
import json
import random
from pathlib import Path

from chronik.document import Document
from chronik.entities import tag_entities
from chronik.lang import load
from chronik.merge import merge_mentions
from chronik.train.vectors import news_texts


def changes(text: str, lang: str = "de") -> list[tuple[str, str, str, str]]:
    """``(old type, new type, name, context)`` for each mention the vote retypes in ``text``."""
    doc = tag_entities(Document(id="v", raw=text, text=text, lang=lang))
    data = load(lang)
    plain = merge_mentions(copy.deepcopy(doc), data, vote=False)
    voted = merge_mentions(doc, data)
    out = []
    for a, b in zip(plain.mentions, voted.mentions, strict=True):
        if a.label != b.label:
            context = f"…{text[max(0, b.start - 60) : b.start]}[[{b.text}]]{text[b.end : b.end + 30]}…"
            out.append((a.label, b.label, b.text, context.replace("\n", " ")))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder of *.jsonl.gz articles (a 'text' field each)")
    parser.add_argument("-n", type=int, default=300, help="articles to sample")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    texts = list(news_texts(args.folder))
    sample = random.Random(args.seed).sample(range(len(texts)), min(args.n, len(texts)))
    changed = 0
    for i in sample:
        for old, new, name, context in changes(texts[i]):
            changed += 1
            print(f"{i}\t{old}->{new}\t{name}\t{context}")
    print(json.dumps({"articles": len(sample), "mentions_retyped": changed}))


if __name__ == "__main__":
    main()
