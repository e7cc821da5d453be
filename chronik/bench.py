"""``chronik bench``: throughput and peak memory of the whole pipeline on a JSONL corpus.

Every article goes through every stage and into a real SQLite file, as in
``chronik ingest``. Reports docs/s overall, per-stage time (total and median
per document) and the process's peak resident memory.
"""

from __future__ import annotations

import platform
import resource
import statistics
import tempfile
import time
from itertools import islice
from pathlib import Path

from chronik import ingest, pipeline


def run(corpus: Path, n: int = 2000, db: str | None = None, workers: int = 1) -> dict:
    from chronik.api import Chronik, IngestReport

    docs = [d for d in islice(ingest.read([corpus]), n) if not isinstance(d, ingest.Failure)]
    chars = sum(len(d.raw) for d in docs)
    timings: dict[str, list[float]] = {name: [] for name, _ in pipeline.STAGES}
    timings["store"] = []
    original = list(pipeline.STAGES)

    def timed(name, stage):
        def wrapper(doc):
            t = time.perf_counter()
            out = stage(doc)
            timings[name].append(time.perf_counter() - t)
            return out
        return wrapper

    tmp = tempfile.TemporaryDirectory()
    db_path = db or str(Path(tmp.name) / "bench.db")
    ck = Chronik(db_path)
    # warm-up: load models and caches outside the measurement
    pipeline.process(ingest.document_from_record({"text": "Berlin. Am Montag sagte sie: „Ja.“"}, "warmup", "w"))
    report = IngestReport()
    started = time.perf_counter()
    if workers > 1:  # stages run in Dask worker processes: only the overall rate is measured
        from chronik.scale import process_parallel

        for result in process_parallel(docs, workers):
            if isinstance(result, pipeline.StageError):
                report.failures.append(ingest.Failure(result.doc.id, str(result)))
            else:
                ck._store(result, report)
    else:
        pipeline.STAGES[:] = [(name, timed(name, stage)) for name, stage in original]
        try:
            for doc in docs:
                t = time.perf_counter()
                ck.add(doc, report)
                timings["store"].append(time.perf_counter() - t)
        finally:
            pipeline.STAGES[:] = original
    elapsed = time.perf_counter() - started
    stage_total = {k: sum(v) for k, v in timings.items() if k != "store"}
    story_count = ck.store.count("stories")
    store_only = sum(timings["store"]) - sum(stage_total.values())
    ck.close()
    tmp.cleanup()
    return {
        "corpus": str(corpus),
        "documents": len(docs),
        "characters": chars,
        "seconds": round(elapsed, 2),
        "docs_per_s": round(len(docs) / elapsed, 2),
        "chars_per_s": round(chars / elapsed),
        "workers": workers,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stages_s": ({k: round(v, 2) for k, v in stage_total.items()} | {"corpus+store": round(store_only, 2)})
        if workers == 1 else None,
        "stage_median_ms_per_doc": {k: round(1000 * statistics.median(v), 2) for k, v in timings.items() if v},
        "added": len(report.added), "failed": len(report.failures), "near_duplicates": len(report.duplicates),
        "stories": story_count,
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
    }
