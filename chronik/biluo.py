"""Names from BILUO tagger components: one or several softmax taggers averaged, then decoded.

chronik's NER model (since v0.6.0) is not spaCy's transition-based ``ner`` but token taggers
whose labels are BILUO tags ("B-ORG", "I-ORG", "L-ORG", "U-PER", "O"). A tagger is one
matrix product per token on top of its CNN, so two independently trained CNN+tagger pairs
cost what one CNN+``ner`` did, and their averaged tag probabilities make a better model than
either (a two-model ensemble, ``docs/models/ner-de.md``). The tag sequence is decoded with
the BILUO constraints (an "I-" or "L-" only after a "B-"/"I-" of the same type) by Viterbi,
which only runs where the best tag per token breaks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np

NEG = -1e9  # log-score of a forbidden transition


def _parts(tag: str) -> tuple[str, str | None]:
    return ("O", None) if tag == "O" else (tag[0], tag[2:])


@dataclass(frozen=True)
class Constraints:
    """Allowed tag transitions as additive log-scores (0 allowed, ``NEG`` forbidden)."""

    tags: tuple[str, ...]
    step: np.ndarray  # (tags, tags): from row tag to column tag
    first: np.ndarray  # (tags,): may start a sentence
    last: np.ndarray  # (tags,): may end a sentence

    @classmethod
    def of(cls, tags: Iterable[str]) -> Constraints:
        return _constraints(tuple(tags))

    def valid(self, path: np.ndarray) -> bool:
        return bool(self.first[path[0]] == 0 and self.last[path[-1]] == 0
                    and (self.step[path[:-1], path[1:]] == 0).all())


@cache
def _constraints(tags: tuple[str, ...]) -> Constraints:
    """The constraints of one tag set, built once (every batch of every document asks for them)."""
    parts = [_parts(t) for t in tags]
    opens = np.array([p in ("O", "B", "U") for p, _ in parts])
    closes = np.array([p in ("O", "L", "U") for p, _ in parts])
    inside = [(p in ("I", "L"), label) for p, label in parts]
    step = np.array([
        [opens[j] if closes[i] else (inside[j][0] and inside[j][1] == parts[i][1]) for j in range(len(tags))]
        for i in range(len(tags))
    ])
    as_score = lambda ok: np.where(ok, 0.0, NEG)  # noqa: E731
    return Constraints(tags, as_score(step), as_score(opens), as_score(closes))


def decode(log_probs: np.ndarray, rules: Constraints) -> np.ndarray:
    """The best tag index per token under the BILUO constraints (``log_probs``: tokens × tags)."""
    best = log_probs.argmax(1)
    if rules.valid(best):
        return best
    score = log_probs[0] + rules.first
    back = np.zeros(log_probs.shape, dtype=np.intp)
    for t in range(1, len(log_probs)):
        candidates = score[:, None] + rules.step
        back[t] = candidates.argmax(0)
        score = candidates.max(0) + log_probs[t]
    path = [int((score + rules.last).argmax())]
    for t in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return np.array(path[::-1])


def spans(tags: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of a valid BILUO tag sequence."""
    start = 0
    for i, tag in enumerate(tags):
        kind, label = _parts(tag)
        if kind == "U":
            yield i, i + 1, label
        elif kind == "B":
            start = i
        elif kind == "L":
            yield start, i + 1, label


def tagger_names(nlp) -> list[str]:
    """The pipeline's components that tag BILUO names (labels like "U-PER"), in pipeline order."""
    names = []
    for name, pipe in nlp.components:
        labels = getattr(pipe, "labels", ()) if hasattr(pipe, "model") else ()
        if "O" in labels and any(str(label).startswith("U-") for label in labels):
            names.append(name)
    return names


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(1, keepdims=True)
    return x - np.log(np.exp(x).sum(1, keepdims=True))


def name_spans(nlp, docs: list, taggers: list[str]) -> list[list[tuple[int, int, str]]]:
    """Token spans per doc from the mean tag probabilities of ``taggers`` (``docs`` have been
    through the pipeline's other components, so a tagger listening to a shared tok2vec finds
    its output in ``doc.tensor``)."""
    pipes = [nlp.get_pipe(name) for name in taggers]
    tags = tuple(pipes[0].labels)
    rules = Constraints.of(tags)
    columns = [[list(p.labels).index(t) for t in tags] for p in pipes]
    scores = [p.model.predict(docs) for p in pipes]
    found = []
    for k, doc in enumerate(docs):
        if len(doc) == 0:
            found.append([])
            continue
        probs = np.mean([np.exp(_log_softmax(np.asarray(s[k])[:, cols]))
                         for s, cols in zip(scores, columns, strict=True)], 0)
        path = decode(np.log(probs + 1e-12), rules)
        found.append(list(spans(tags[i] for i in path)))
    return found
