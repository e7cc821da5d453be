"""Name-type lexicon: how the team's annotators typed each name, shipped beside the NER model.

The CNN tagger sometimes types a name it has seen annotated many times against its annotation
("Suriname" PER, "Airbus" OTH) and leaves compounds that hold a name untagged ("NRW-Förderung").
``name_types.tsv`` in the model folder counts, for every name in the model's labelled training
sentences (the team's annotations and the GermEval sentences it trained on), how often each of
the four types was given. Two small steps use it (:func:`apply`):

* a model span whose exact text the annotators gave another type at least ``RETYPE_SHARE`` of the
  time is retyped;
* a hyphenated token the model left alone whose first pieces hold a name typed the same way at
  least ``PART_MIN`` times becomes a partial name of that type ("NRW-Förderung" LOCpart), as
  GermEval 2014 annotates them.

Built by ``python -m chronik.train.name_types``; a model folder without the file skips both steps.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronik.document import Mention

FILE = "name_types.tsv"
TYPES = ("PER", "LOC", "ORG", "OTH")
RETYPE_SHARE = 0.75  # share of the annotations a type needs to overrule the model on that exact name
PART_MIN, PART_SHARE = 2, 0.8  # a compound piece counts as a name: seen this often, this consistently
_COMPOUND = re.compile(r"(?<![\w-])\w+(?:-\w+)+(?![\w-])")


@dataclass(frozen=True)
class NameTypes:
    counts: dict[str, Counter]

    def majority(self, name: str, min_count: int = 1, min_share: float = 0.0) -> str | None:
        """The type most often given to ``name`` if it was seen ``min_count`` times and has that share."""
        c = self.counts.get(name)
        if not c:
            return None
        total = sum(c.values())
        label, n = c.most_common(1)[0]
        return label if total >= min_count and n / total >= min_share else None

    def save(self, path: Path) -> None:
        lines = ["# name\t" + "\t".join(TYPES) + "  (how often the annotators gave each type)"]
        for name in sorted(self.counts):
            lines.append(name + "\t" + "\t".join(str(self.counts[name][t]) for t in TYPES))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path) -> NameTypes:
    counts: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# name\t") or "\t" not in line:
            continue
        name, *numbers = line.split("\t")
        counts[name] = Counter({t: int(n) for t, n in zip(TYPES, numbers, strict=True) if int(n)})
    return NameTypes(counts)


@cache
def for_model(model_path: Path | None) -> NameTypes | None:
    """The lexicon shipped in a model folder, or None."""
    if model_path is None or not (Path(model_path) / FILE).exists():
        return None
    return read(Path(model_path) / FILE)


def apply(text: str, spans: list[Mention], types: NameTypes) -> list[Mention]:
    """Retype model spans by the annotators' majority and add partial names in untagged compounds."""
    out = []
    for m in spans:
        label = types.majority(m.text, 1, RETYPE_SHARE) if m.label in TYPES else None
        out.append(Mention(m.start, m.end, label, m.text) if label and label != m.label else m)
    taken = [(m.start, m.end) for m in out]
    for c in _COMPOUND.finditer(text):
        if any(s < c.end() and c.start() < e for s, e in taken):
            continue
        *head, last = c.group().split("-")
        if types.majority(last, PART_MIN, PART_SHARE):
            continue  # "Nord-Korea"-like: a name itself, not a compound of one
        kinds = [types.majority(p, PART_MIN, PART_SHARE) for p in head if len(p) >= 2 and p.isalpha()]
        kind = next((k for k in kinds if k), None)
        if kind:
            out.append(Mention(c.start(), c.end(), kind + "part", c.group()))
    out.sort(key=lambda m: (m.start, m.end))
    return out
