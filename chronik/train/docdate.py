"""Learn how mentioned dates relate to the publication date (for ``chronik.temporal.docdate``).

Reads dated German news (FANG-COVID, /work/shared/data/news-de/fang-covid; only
the training outlets, zeit.de is held out), tags every article without its date,
and counts for each evidence class (kind|tense|modifier) the histogram of
expression − publication date in days (weekdays: weekday difference). The
posterior temperature is calibrated on every fifth training article (counts
from the other four fifths) by the mean log posterior of the true day (the
naive-Bayes sum over correlated mentions is overconfident at temperature 1).
Writes derived counts only (no text) to ``chronik/temporal/docdate_model.json``;
deterministic (same input, byte-identical output).

Run: ``python -m chronik.train.docdate [--limit N] [--out PATH]`` (about 3.5 minutes on one core).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from chronik.temporal.docdate import (
    HDI_MASS,
    MODEL_PATH,
    DocDateModel,
    Evidence,
    collect_evidence,
    log_likelihood,
    offsets,
    summarise,
    window,
)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news-de" / "fang-covid"
TRAIN_OUTLETS = ("tagesspiegel.de", "sueddeutsche.de")
TEMPERATURES = (1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24)
CALIBRATION_DOCS = 1500


def _edges() -> dict[str, list[int]]:
    """Bin edges per kind: fine near the publication date, coarse far from it."""
    def sym(fine: list[int], coarse: list[int]) -> list[int]:
        right = sorted(set(fine + coarse))
        return sorted({-e for e in right} | set(right))
    return {
        "D": sym(list(range(0, 31)), [45, 60, 90, 120, 180, 270, 365, 730, 1825, 3650, 36500]),
        "d": sym(list(range(0, 31)), [45, 60, 90, 120, 150, 184]),
        "M": sym(list(range(0, 127, 7)), [182, 273, 365, 730, 1825, 3650, 36500]),
        "m": sym(list(range(0, 127, 7)), [154, 184]),
        "Y": sym(list(range(0, 721, 30)), [1095, 1825, 3650, 7300, 18250, 36500]),
        "L": sym(list(range(0, 721, 30)), [1095, 1825, 3650, 7300, 18250, 36500]),
        "W": list(range(8)),
    }


def read_articles(outlet: str, data: Path = DATA) -> Iterator[tuple[str, dt.date]]:
    """(title + text, publication day) of one outlet's articles, in file order."""
    with gzip.open(data / f"{outlet}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            yield f"{a['title']}\n\n{a['text']}", dt.date.fromisoformat(a["date"][:10])


def count(docs: list[tuple[int, list[Evidence]]], edges: dict[str, list[int]]) -> dict[str, list[int]]:
    """Histogram counts per evidence key of expression − publication day."""
    counts: dict[str, np.ndarray] = {}
    for pub, items in docs:
        day = np.array([pub])
        for ev in items:
            x = offsets(ev, day)[0]
            e = edges[ev.kind]
            if np.isnan(x) or not e[0] <= x < e[-1]:
                continue
            k = int(np.searchsorted(e, x, side="right")) - 1
            counts.setdefault(ev.key, np.zeros(len(e) - 1, dtype=int))[k] += 1
    return {k: [int(c) for c in v] for k, v in sorted(counts.items())}


def calibrate(model: DocDateModel, docs: list[tuple[int, list[Evidence]]]) -> tuple[float, dict]:
    """Temperature with the best mean log posterior of the true day on ``docs``
    (a proper score: sharp where the evidence allows, wide where it does not),
    with each temperature's interval coverage for the record."""
    lls = []
    for pub, items in docs:
        days = window(items)
        if days is not None and days[0] <= pub <= days[-1]:
            lls.append((pub, days, log_likelihood(model, items, days)))
    report = {}
    for t in TEMPERATURES:
        score = inside = 0.0
        for pub, days, ll in lls:
            z = ll / t
            score += z[pub - days[0]] - z.max() - np.log(np.exp(z - z.max()).sum())
            lo, hi, _ = summarise(ll, days, t)
            inside += lo <= pub <= hi
        report[t] = {"mean_log_p": round(score / len(lls), 3), "coverage": round(inside / len(lls), 3)}
    best = max(TEMPERATURES, key=lambda t: (report[t]["mean_log_p"], -t))
    return best, report


def main(argv: list[str]) -> None:
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else MODEL_PATH
    t0 = time.time()
    docs: list[tuple[int, list[Evidence]]] = []
    for outlet in TRAIN_OUTLETS:
        for n, (text, pub) in enumerate(read_articles(outlet)):
            if limit is not None and n >= limit:
                break
            docs.append((pub.toordinal(), collect_evidence(text)[0]))
    t1 = time.time()
    edges = _edges()
    fit = [d for i, d in enumerate(docs) if i % 5]
    held = [d for i, d in enumerate(docs) if i % 5 == 0][:CALIBRATION_DOCS]
    temperature, coverage = calibrate(DocDateModel(edges, count(fit, edges), 1.0), held)
    model = {"about": "chronik document-date model: histograms of (expression - publication day) "
                      "per evidence class kind|tense|modifier; built by python -m chronik.train.docdate",
             "trained_on": {"outlets": list(TRAIN_OUTLETS), "articles": len(docs)},
             "hdi_mass": HDI_MASS, "temperature": temperature, "calibration_coverage": coverage,
             "alpha": 0.5, "min_count": 30, "edges": edges, "counts": count(docs, edges)}
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps({"articles": len(docs), "tagging_s": round(t1 - t0), "total_s": round(time.time() - t0),
                      "temperature": temperature, "calibration_coverage": coverage,
                      "bytes": out.stat().st_size}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
