"""What the document-level consistency steps of entity merging change, listed for reading by hand.

There is no gold for them, so the type vote and the name propagation
(:func:`chronik.merge.merge_mentions`, ``consistent=True``) are judged by reading what they
change: this samples articles, runs the entities stage and merging with and without them, and
prints every mention retyped or added, with its context, and the counts as a last JSON line.

Run: ``python -m chronik.evaluate.consistency /work/shared/data/news-de/fang-covid -n 300 --seed 11``
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
    """``(old type or "-", new type, name, context)`` for each mention that merging with
    ``consistent=True`` retypes or adds in ``text``."""
    doc = tag_entities(Document(id="v", raw=text, text=text, lang=lang))
    data = load(lang)
    plain = {(m.start, m.end): m.label for m in merge_mentions(copy.deepcopy(doc), data, consistent=False).mentions}
    out = []
    for m in merge_mentions(doc, data).mentions:
        old = plain.get((m.start, m.end), "-")
        if old != m.label:
            context = f"…{text[max(0, m.start - 60) : m.start]}[[{m.text}]]{text[m.end : m.end + 30]}…"
            out.append((old, m.label, m.text, context.replace("\n", " ")))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder of *.jsonl.gz articles (a 'text' field each)")
    parser.add_argument("-n", type=int, default=300, help="articles to sample")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    texts = list(news_texts(args.folder))
    sample = random.Random(args.seed).sample(range(len(texts)), min(args.n, len(texts)))
    retyped = added = 0
    for i in sample:
        for old, new, name, context in changes(texts[i]):
            retyped += old != "-"
            added += old == "-"
            print(f"{i}\t{old}->{new}\t{name}\t{context}")
    print(json.dumps({"articles": len(sample), "mentions_retyped": retyped, "mentions_added": added}))


if __name__ == "__main__":
    main()
