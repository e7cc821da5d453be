"""How well story grouping works, measured rather than guessed.

* SemEval-2022 task 8 German pairs: the pairwise ``similarity`` against the human
  "Overall" rating (1 = same story … 4 = unrelated): precision/recall/F1 of the
  same-story decision at ``stories.THRESHOLD`` (gold: Overall ≤ 2 and ≤ 1.5),
  ROC-AUC and Pearson r (negative: more similar = lower Overall).
* FANG-COVID: incremental assignment of 1,000 articles in date order must not
  collapse into one giant story (all are about COVID-19); reports story count,
  largest story and throughput.
* Timeline17 (English, four topics): stories must not mix topics (B-cubed precision).

    python -m chronik.evaluate.stories --data …/de-de_train_pairs_with_text.jsonl [--duplicates]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from chronik import dedup, stories
from chronik.document import Document

FANG = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news-de" / "fang-covid"
T17 = FANG.parents[1] / "tls" / "timeline17"
CUTOFFS = (2.0, 1.5)


def _pair_docs(row: dict) -> tuple[Document, Document]:
    return tuple(Document(id=f"{row['pair_id']}-{i}", raw=row[f"text{i}"], title=row[f"title{i}"] or "",
                          text=row[f"text{i}"]) for i in (1, 2))


def _decisions(gold: np.ndarray, scores: np.ndarray, threshold: float) -> dict:
    pred = scores >= threshold
    tp = int(np.sum(pred & gold))
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int(gold.sum()), 1)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def _best_f1(gold: np.ndarray, scores: np.ndarray) -> dict:
    best = max(((_decisions(gold, scores, t)["f1"], t) for t in np.unique(scores)), default=(0.0, 0.0))
    return {"f1": best[0], "threshold": round(float(best[1]), 3)}


def _annotated(doc: Document) -> Document:
    """``doc`` through the document pipeline (entity mentions feed story features); as is if a stage fails."""
    from chronik.pipeline import StageError, process

    try:
        return process(Document(id=doc.id, raw=doc.raw, title=doc.title))
    except StageError:
        return doc


def semeval(data: Path, threshold: float = stories.THRESHOLD, annotate: bool = False) -> dict:
    """Pairwise same-story scores on SemEval-2022 task 8 pairs (pairs with an empty text are skipped).

    ``annotate`` runs the document pipeline first, so entity keys take part;
    without it, features come from title and text alone.
    """
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("text1") and r.get("text2")]
    docs = [d for r in rows for d in _pair_docs(r)]
    if annotate:
        docs = [_annotated(d) for d in docs]
    feats = stories.docs_features(docs)
    scores = np.array([stories.similarity(feats[2 * i], feats[2 * i + 1]) for i in range(len(rows))])
    embed_only = np.array([float(feats[2 * i].embedding @ feats[2 * i + 1].embedding) for i in range(len(rows))])
    overall = np.array([float(r["Overall"]) for r in rows])
    out: dict = {"pairs": len(rows), "threshold": threshold,
                 "docs_with_entities": sum(1 for f in feats if f.entities),
                 "pearson_overall": round(float(np.corrcoef(scores, overall)[0, 1]), 3),
                 "pearson_overall_embedding_only": round(float(np.corrcoef(embed_only, overall)[0, 1]), 3)}
    for cutoff in CUTOFFS:
        gold = overall <= cutoff
        out[f"overall<={cutoff}"] = {
            "positives": int(gold.sum()),
            **_decisions(gold, scores, threshold),
            "roc_auc": round(float(roc_auc_score(gold, scores)), 3),
            "roc_auc_embedding_only": round(float(roc_auc_score(gold, embed_only)), 3),
            "best_f1": _best_f1(gold, scores),
        }
    return out


def _fang_articles(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def grouping(folder: Path = FANG, sample: int = 1000, seed: int = 0, window_days: int | None = None) -> dict:
    """Assign ``sample`` FANG-COVID articles incrementally (date order); story sizes and speed.

    ``window_days`` draws the sample from consecutive days starting 2020-04-01
    instead of the whole 14 months, so many articles share a story.
    """
    articles = _fang_articles(folder)
    if window_days:
        start = "2020-04-01"
        days = sorted({a["date"][:10] for a in articles if a["date"][:10] >= start})[:window_days]
        articles = [a for a in articles if a["date"][:10] in set(days)]
    picked = random.Random(seed).sample(articles, min(sample, len(articles)))
    picked.sort(key=lambda a: (a["date"], a["id"]))
    docs = [Document(id=a["id"], raw=a["text"], title=a["title"], text=a["text"], date=a["date"][:10],
                     outlet=a.get("source")) for a in picked]
    t0 = time.perf_counter()
    feats = stories.docs_features(docs)
    t_features = time.perf_counter() - t0

    index = dedup.NearDuplicateIndex()
    t0 = time.perf_counter()
    twins = {d.id: index.add(d.id, d.text) for d in docs}
    t_dedup = time.perf_counter() - t0

    t0 = time.perf_counter()
    labels, profiles = stories.group(feats)
    t_assign = time.perf_counter() - t0
    members: list[list[int]] = [[] for _ in profiles]
    for i, k in enumerate(labels):
        members[k].append(i)

    sizes = Counter(len(m) for m in members)
    largest = max(members, key=len)
    multi = sorted((m for m in members if len(m) > 1), key=len, reverse=True)
    return {
        "articles": len(docs), "date_span": [docs[0].date, docs[-1].date],
        "stories": len(profiles), "largest_story": len(largest), "singletons": sizes[1],
        "largest_story_dates": [docs[largest[0]].date, docs[largest[-1]].date],
        "stories_with_2+": len(multi), "docs_in_multi_doc_stories": sum(len(m) for m in multi),
        "largest_story_title": stories.story_title(profiles[members.index(largest)], [docs[i].title for i in largest]),
        "example_stories": [[docs[i].title for i in m[:4]] for m in multi[:3]],
        "near_duplicates": sum(1 for t in twins.values() if t),
        "features_docs_per_s": round(len(docs) / t_features, 1),
        "assign_docs_per_s": round(len(docs) / t_assign, 1),
        "dedup_docs_per_s": round(len(docs) / t_dedup, 1),
    }


def duplicates(folder: Path = FANG, threshold: float = dedup.THRESHOLD) -> dict:
    """Near-duplicates in the whole of FANG-COVID (28k articles, date order), checked against true Jaccard."""
    articles = sorted(_fang_articles(folder), key=lambda a: (a["date"], a["id"]))
    text = {a["id"]: a["text"] for a in articles}
    index = dedup.NearDuplicateIndex(threshold=threshold)
    t0 = time.perf_counter()
    pairs = [(twin, a["id"]) for a in articles for twin in index.add(a["id"], a["text"])]
    seconds = time.perf_counter() - t0
    true = [len(x & y) / len(x | y) for x, y in ((dedup.shingles(text[a]), dedup.shingles(text[b])) for a, b in pairs)]
    return {"articles": len(articles), "pairs": len(pairs), "docs_with_earlier_twin": len({b for _, b in pairs}),
            "identical_text_pairs": sum(" ".join(text[a].split()) == " ".join(text[b].split()) for a, b in pairs),
            "true_jaccard_below_threshold": sum(j < threshold for j in true),
            "min_true_jaccard": round(min(true), 3) if true else None, "docs_per_s": round(len(articles) / seconds)}


def _bcubed(labels: list[int], gold: list[str]) -> dict:
    """B-cubed precision/recall of a clustering against gold classes."""
    by_story: dict[int, list[int]] = {}
    by_gold: dict[str, list[int]] = {}
    for i, (k, g) in enumerate(zip(labels, gold, strict=True)):
        by_story.setdefault(k, []).append(i)
        by_gold.setdefault(g, []).append(i)
    p = np.mean([sum(gold[j] == gold[i] for j in by_story[labels[i]]) / len(by_story[labels[i]])
                 for i in range(len(labels))])
    r = np.mean([sum(labels[j] == labels[i] for j in by_gold[gold[i]]) / len(by_gold[gold[i]])
                 for i in range(len(labels))])
    return {"bcubed_precision": round(float(p), 3), "bcubed_recall": round(float(r), 3)}


def topic_purity(folder: Path = T17, sample: int = 1000, seed: int = 0) -> dict:
    """Timeline17 (English; 4 topics over 2009–2011): do stories mix topics?

    A topic (the BP oil spill, say) holds many stories, so B-cubed recall
    against topics is low by design; precision is the figure that matters: a
    story should not mix articles of different topics.
    """
    articles = []
    for path in sorted(folder.glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            articles.extend(a for a in map(json.loads, fh) if a.get("text", "").strip())
    picked = random.Random(seed).sample(articles, min(sample, len(articles)))
    docs = [Document(id=a["id"], raw=a["text"], text=a["text"], date=a["date"], lang="de") for a in picked]
    labels, profiles = stories.group(stories.docs_features(docs))
    return {"articles": len(docs), "topics": len({a["topic"] for a in picked}), "stories": len(profiles),
            "largest_story": max(Counter(labels).values()), **_bcubed(labels, [a["topic"] for a in picked])}


def evaluate(data: Path, fang: Path | None = FANG, sample: int = 1000, annotate: bool = False) -> dict:
    """SemEval pair scores, plus FANG-COVID and Timeline17 grouping figures when those corpora are present."""
    out = {"semeval": semeval(data, annotate=annotate)}
    if fang is not None and fang.is_dir():
        out["fang_random"] = grouping(fang, sample)
        out["fang_7_days"] = grouping(fang, sample, window_days=7)
    if T17.is_dir():
        out["timeline17_topics"] = topic_purity(T17, sample)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="SemEval-2022 task 8 pairs with text (JSONL)")
    ap.add_argument("--fang", type=Path, default=FANG, help="FANG-COVID folder (skipped when missing)")
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--annotate", action="store_true", help="run the document pipeline on SemEval texts first")
    ap.add_argument("--duplicates", action="store_true", help="also run near-duplicate detection on all of FANG-COVID")
    args = ap.parse_args()
    out = evaluate(args.data, args.fang, args.sample, args.annotate)
    if args.duplicates and args.fang.is_dir():
        out["fang_duplicates"] = duplicates(args.fang)
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
