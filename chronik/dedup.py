"""Near-duplicate detection: agency copies of one article must count once.

Outlets reprint wire copy with small edits (a changed headline, a dropped
sentence, their own photo credit). Each text is reduced to word shingles over a
normalised form and summarised by a MinHash signature; an LSH index finds the
candidates and the estimated Jaccard similarity confirms them. Signatures are
plain lists of ints, so they persist as JSON (no pickles).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.8
LSH_SLACK = 0.7
_SEED = 1
_SCHEME = "affine32"  # pinned: signatures stored by one datasketch version must stay comparable
_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """Words of ``text``, case- and punctuation-insensitive (quotes, dashes and
    hyphenation differ between outlets reprinting the same copy)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = normalise(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> list[int]:
    """MinHash hash values of ``text``'s shingles; empty for a text without words."""
    grams = shingles(text)
    if not grams:
        return []
    mh = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return [int(v) for v in mh.hashvalues]


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def _minhash(sig: list[int]) -> MinHash:
    return MinHash(seed=_SEED, scheme=_SCHEME, hashvalues=np.asarray(sig, dtype=np.uint64))


@dataclass
class NearDuplicateIndex:
    """Signatures of the documents seen so far, with an LSH index over them."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    signatures: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # candidates from a looser LSH band setting, confirmed by the estimated Jaccard: banding at the
        # threshold itself misses a good share of pairs just above it
        self._lsh = MinHashLSH(threshold=self.threshold * LSH_SLACK, num_perm=self.num_perm)
        loaded, self.signatures = self.signatures, {}
        for doc_id, sig in loaded.items():
            self.add_signature(doc_id, sig)

    def signature(self, text: str) -> list[int]:
        return signature(text, self.num_perm)

    def query(self, sig: list[int]) -> list[str]:
        """Indexed ids whose estimated Jaccard with ``sig`` is ≥ the threshold, most similar first."""
        if not sig:
            return []
        mh = _minhash(sig)
        scored = [(jaccard(sig, self.signatures[c]), c) for c in self._lsh.query(mh)]
        return [c for s, c in sorted(scored, key=lambda x: (-x[0], x[1])) if s >= self.threshold]

    def add_signature(self, doc_id: str, sig: list[int]) -> None:
        """Index a stored signature (texts without words are remembered but never match)."""
        if doc_id in self.signatures:
            return
        self.signatures[doc_id] = list(sig)
        if sig:
            mh = _minhash(sig)
            self._lsh.insert(doc_id, mh)

    def add(self, doc_id: str, text: str) -> list[str]:
        """Index ``text`` and return the ids of near-duplicates indexed before it."""
        sig = self.signature(text)
        twins = [t for t in self.query(sig) if t != doc_id]
        self.add_signature(doc_id, sig)
        return twins

    def __len__(self) -> int:
        return len(self.signatures)

    def to_json(self) -> str:
        return json.dumps({"threshold": self.threshold, "num_perm": self.num_perm, "signatures": self.signatures})

    @classmethod
    def from_json(cls, data: str) -> NearDuplicateIndex:
        obj = json.loads(data)
        return cls(threshold=obj["threshold"], num_perm=obj["num_perm"], signatures=obj["signatures"])
