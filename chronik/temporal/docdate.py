"""Estimate when an undated article was written from the dates it mentions.

Each temporal expression the tagger finds (without a document date) becomes a
piece of evidence with a class: a full date ``D``, a month of a year ``M``, a
bare year ``Y``, a day or month without year ``d``/``m``, or a weekday ``W``,
each keyed further by its clause tense and modifier ("Ende August" → part,
"bis 2021" → before); the latest dated period told in the past or present is
one more piece of evidence, ``L``. ``chronik.train.docdate`` learned from dated
news how far each class lies from the publication date (histograms of
expression date minus publication date, in days; for weekdays the weekday
difference). Estimation
scores every candidate day in a window around the dated evidence by the summed
log densities of all evidence (a tempered naive-Bayes posterior, temperature
calibrated on training data), returns the argmax as ``best`` and the shortest
stretch of days holding 80 % of the posterior as the interval. Year-less days,
months and weekdays are read in the year nearest to each candidate day, so the
years named anywhere (captions included) pick their year.

Without a learned model file the older rule method (past → lower bound, future
→ upper bound, sweep line over the bounds) is used. Without any dated
expression (a year, month of a year or full date) nothing is known: all fields
of ``DocDate`` except ``evidence`` are None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from chronik.document import Span
from chronik.temporal.grammar import lexicon
from chronik.temporal.tagger import extract, split_sentences
from chronik.temporal.tense import FUTURE, PAST, tense_at

MODEL_PATH = Path(__file__).with_name("docdate_model.json")
HDI_MASS = 0.8
# Candidate days run from the earliest dated year (at most BACK_YEARS before the
# latest) to FORWARD_YEARS after the latest: essays name years decades back.
BACK_YEARS = 40
FORWARD_YEARS = 25
_FLOOR = 1e-7  # density (per day) outside the learned range

_YEAR = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$")
_PARTIAL = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)$")
_MOD_GROUP = {"START": "part", "MID": "part", "END": "part", "BEFORE": "before",
              "ON_OR_BEFORE": "before", "AFTER": "after", "ON_OR_AFTER": "after"}
DATED_KINDS = ("D", "M", "Y")


@dataclass
class DocDate:
    """Estimated document date: an interval, a point guess and the evidence used."""

    earliest: str | None
    latest: str | None
    best: str | None
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """One mentioned expression as evidence: class, tense, modifier group and what it names.

    ``year``/``month``/``day`` are the named calendar fields (``year`` None for
    year-less kinds), ``weekday`` is ISO 1–7 for kind ``W``."""

    kind: str  # D, M, Y (dated), d, m (year-less), W (weekday), L (latest dated, see _latest)
    tense: str
    mod: str  # "", part, before, after
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    text: str
    raw_mod: str | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}|{self.tense}|{self.mod}"


def _period(y: int, m: int | None, d: int | None, mod: str | None = None
            ) -> tuple[dt.date, dt.date] | None:
    """First and last day of a mentioned period; START/MID/END keep one third of it."""
    try:
        if d:
            day = dt.date(y, m, d)
            return day, day
        if m:
            first = dt.date(y, m, 1)
            last = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    third = (last - first) // 3
    if mod == "START":
        return first, first + third
    if mod == "MID":
        return first + third, last - third
    if mod == "END":
        return last - third, last
    return first, last


def _center(y: int, m: int | None, d: int | None, mod: str | None) -> int | None:
    """Ordinal of the middle day of the named period (None for impossible dates)."""
    p = _period(y, m, d, mod)
    return None if p is None else p[0].toordinal() + (p[1] - p[0]).days // 2


def collect_evidence(text: str, lang: str = "de") -> tuple[list[Evidence], list[tuple[int, str]]]:
    """Evidence items (deduplicated) and "gestern (Montag)"-style weekday hints
    (the document's ISO weekday, why). A text the tagger cannot read (a date shifted
    outside the calendar raises ValueError there) yields no evidence."""
    sents = split_sentences(text, lang)
    try:
        ex = extract(text, None, sents, lang)
    except ValueError:
        return [], []
    sent_of = _sentence_lookup(sents)
    rel_days = lexicon(lang).relative_days
    items: dict[tuple, Evidence] = {}
    hints: list[tuple[int, str]] = []
    timexes = ex.timexes
    for i, t in enumerate(timexes):
        if t.type not in ("DATE", "TIME"):
            continue
        value = t.value.split("T")[0]
        offset = rel_days.get(t.text.lower())
        if offset is not None and i + 1 < len(timexes):
            nxt = timexes[i + 1]
            wm = _WEEKDAY.match(nxt.value)
            if wm and nxt.start - t.end <= 4:
                # "gestern (Montag)" / "am gestrigen Montag": the article's weekday follows
                hints.append(((int(wm.group(1)) - 1 - offset) % 7 + 1, f"'{t.text} … {nxt.text}'"))
        ev = _evidence(value, t.mod, t.text)
        if ev is None:
            continue
        s = sents[sent_of(t.start)]
        tense = tense_at(text, s.start, s.end, t.start, lang)
        ev = Evidence(ev[0], tense, _MOD_GROUP.get(t.mod or "", ""), *ev[1:], t.text, t.mod)
        items.setdefault((ev.key, ev.year, ev.month, ev.day, ev.weekday), ev)
    out = list(items.values())
    latest = _latest(out)
    return out + ([latest] if latest else []), hints


def _latest(items: list[Evidence]) -> Evidence | None:
    """The latest dated period told in the past or present, as evidence of kind ``L``:
    articles rarely leave out the most recent year they are written in, which the
    per-mention histograms cannot see."""
    told = [(p[1], ev) for ev in items
            if ev.kind in DATED_KINDS and ev.tense != FUTURE and ev.mod in ("", "part")
            and (p := _period(ev.year, ev.month, ev.day, ev.raw_mod))]
    if not told:
        return None
    ev = max(told, key=lambda t: (t[0], t[1].text))[1]
    return Evidence("L", "ANY", "", ev.year, ev.month, ev.day, None, ev.text, ev.raw_mod)


def _evidence(value: str, mod: str | None, text: str) -> tuple | None:
    """(kind, year, month, day, weekday) of a TIMEX value, None if it names no calendar point."""
    if m := _YEAR.match(value):
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        kind = "D" if d else "M" if mo else "Y"
        return kind, y, int(mo) if mo else None, int(d) if d else None, None
    if m := _PARTIAL.match(value):
        mo, d = int(m.group(1)), m.group(2)
        return ("d" if d else "m"), None, mo, int(d) if d else None, None
    if (m := _WEEKDAY.match(value)) and not mod:
        return "W", None, None, None, int(m.group(1))
    return None


def offsets(ev: Evidence, days: np.ndarray) -> np.ndarray:
    """Expression minus candidate day, in days (weekday kind: weekday difference 0–6),
    for every candidate day ordinal in ``days``; year-less kinds are read in the
    year that puts them nearest to each day. NaN where the expression cannot exist."""
    if ev.kind == "W":
        iso = (days + 6) % 7 + 1  # ordinal 1 (0001-01-01) is a Monday
        return ((ev.weekday - iso) % 7).astype(float)
    if ev.year is not None:
        c = _center(ev.year, ev.month, ev.day, ev.raw_mod)
        return np.full(days.shape, np.nan) if c is None else (c - days).astype(float)
    y0 = dt.date.fromordinal(int(days.min())).year - 1
    y1 = dt.date.fromordinal(int(days.max())).year + 1
    centers = np.array([_center(y, ev.month, ev.day, ev.raw_mod) or np.nan for y in range(y0, y1 + 1)],
                       dtype=float)
    day_years = _years_of(days)
    best = np.full(days.shape, np.nan)
    for shift in (-1, 0, 1):
        x = centers[day_years + shift - y0] - days
        better = np.isnan(best) | (np.abs(x) < np.abs(best))
        best = np.where(better & ~np.isnan(x), x, best)
    return best


def _years_of(days: np.ndarray) -> np.ndarray:
    first, last = (dt.date.fromordinal(int(days.min())).year, dt.date.fromordinal(int(days.max())).year)
    starts = [dt.date(y, 1, 1).toordinal() for y in range(first, last + 2)]
    return first + np.searchsorted(starts, days, side="right") - 1


@dataclass
class DocDateModel:
    """Learned histograms of (expression − publication date) per evidence class."""

    edges: dict[str, list[int]]  # kind → bin edges in days (W: 0..7)
    counts: dict[str, list[int]]  # evidence key → counts per bin
    temperature: float
    alpha: float = 0.5
    min_count: int = 30

    def log_density(self, ev: Evidence, x: np.ndarray) -> np.ndarray:
        """Log density per day of offsets ``x`` under the class of ``ev`` (backs
        off from kind|tense|mod to kind|tense| to the kind's pooled counts)."""
        counts = self._counts_for(ev)
        edges = np.asarray(self.edges[ev.kind], dtype=float)
        c = np.asarray(counts, dtype=float) + self.alpha
        width = np.diff(edges) if ev.kind != "W" else np.ones(len(c))
        dens = c / c.sum() / width
        idx = np.searchsorted(edges, x, side="right") - 1
        inside = (idx >= 0) & (idx < len(c)) & ~np.isnan(x)
        out = np.full(x.shape, np.log(_FLOOR))
        out[inside] = np.log(dens[idx[inside]])
        return out

    def _counts_for(self, ev: Evidence) -> list[int]:
        for key in (ev.key, f"{ev.kind}|{ev.tense}|"):
            got = self.counts.get(key)
            if got and sum(got) >= self.min_count:
                return got
        pooled = [self.counts[k] for k in self.counts if k.startswith(ev.kind + "|")]
        return np.sum(pooled, axis=0).tolist() if pooled else [0] * (len(self.edges[ev.kind]) - 1)

    def knows(self, ev: Evidence) -> bool:
        return any(k.startswith(ev.kind + "|") for k in self.counts)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> DocDateModel | None:
    """The learned statistics (built by ``python -m chronik.train.docdate``); None if absent."""
    if not Path(path).exists():
        return None
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return DocDateModel(edges=raw["edges"], counts=raw["counts"], temperature=raw["temperature"],
                        alpha=raw.get("alpha", 0.5), min_count=raw.get("min_count", 30))


def window(items: list[Evidence]) -> np.ndarray | None:
    """Candidate day ordinals from the earliest dated year (at most BACK_YEARS back)
    to FORWARD_YEARS after the latest one; None without dated evidence. A year told
    in the future tense ("bis 2036 im Amt") may lie as far ahead of the article."""
    dated = [ev for ev in items if ev.kind in DATED_KINDS]
    if not dated:
        return None
    years = [ev.year for ev in dated]
    last = max(years) + FORWARD_YEARS
    first = min([max(min(years), max(years) - BACK_YEARS)]
                + [ev.year - FORWARD_YEARS for ev in dated if ev.tense == FUTURE])
    return np.arange(dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal() + 1)


def log_likelihood(model: DocDateModel, items: list[Evidence], days: np.ndarray) -> np.ndarray:
    """Summed log densities of all evidence for every candidate day."""
    ll = np.zeros(days.shape)
    for ev in items:
        if model.knows(ev):
            ll += model.log_density(ev, offsets(ev, days))
    return ll


def summarise(ll: np.ndarray, days: np.ndarray, temperature: float, mass: float = HDI_MASS
              ) -> tuple[int, int, int]:
    """(earliest, latest, best) day ordinals of the tempered posterior: the shortest
    stretch of days holding ``mass`` of it, and its argmax."""
    z = ll / temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    cum = np.concatenate([[0.0], np.cumsum(p)])
    # for each first day i, the first end j with cum[j] - cum[i] >= mass
    ends = np.searchsorted(cum, cum[:-1] + mass - 1e-12, side="left")
    ok = ends <= len(p)
    starts = np.flatnonzero(ok)
    i = int(starts[np.argmin(ends[ok] - starts)])
    j = min(int(ends[i]), len(p)) - 1
    return int(days[i]), int(days[j]), int(days[int(np.argmax(p))])


def estimate_document_date(text: str, lang: str = "de", model: DocDateModel | None = None) -> DocDate:
    """Interval and best guess for an undated text's date (ISO strings)."""
    items, hints = collect_evidence(text, lang)
    model = model or load_model()
    days = window(items)
    if days is None:
        return DocDate(None, None, None, ["no year, month of a year or full date found"])
    if model is None:
        return _by_bounds(text, lang)
    ll = log_likelihood(model, items, days)
    for wd, _ in hints:
        ll = np.where((days + 6) % 7 + 1 == wd, ll, ll + np.log(_FLOOR))
    lo, hi, best = summarise(ll, days, model.temperature)
    day = dt.date.fromordinal
    evidence = [f"'{ev.text}' ({ev.kind}, {ev.tense.lower()}{', ' + ev.mod if ev.mod else ''})"
                for ev in items] + [f"weekday hint {why}" for _, why in hints]
    return DocDate(day(lo).isoformat(), day(hi).isoformat(), day(best).isoformat(), evidence)


# --- rule fallback (no learned model) -------------------------------------------------------

# Without an upper bound the article is assumed to follow its latest past evidence
# within a span that grows with that evidence's precision (day, month, year).
HORIZON_DAYS = {"D": 14, "M": 62, "Y": 730}
NEAR_DAYS = 366  # a present-tense year/date is taken to be within about a year of the article


@dataclass
class _Bound:
    lo: dt.date
    hi: dt.date
    why: str
    gran: str = "D"


def _bound(first: dt.date, last: dt.date, tense: str, why: str) -> _Bound:
    span = (last - first).days
    gran = "D" if span == 0 else "M" if span < 40 else "Y"
    if tense == PAST:
        return _Bound(first, dt.date.max, f"{why} (past: after {first})", gran)
    if tense == FUTURE:
        return _Bound(dt.date.min, last, f"{why} (future: before {last})", gran)
    return _Bound(first, last + dt.timedelta(days=NEAR_DAYS), f"{why} (present: near {first})", gran)


def _best_segment(bounds: list[_Bound]) -> tuple[dt.date, dt.date, list[_Bound]]:
    """The latest stretch of days covered by the most bounds (sweep line)."""
    events: list[tuple[dt.date, int]] = []
    for b in bounds:
        events.append((b.lo, 1))
        if b.hi < dt.date.max:
            events.append((b.hi + dt.timedelta(days=1), -1))
    events.sort()
    best, cur, seg = -1, 0, (dt.date.min, dt.date.max)
    for i, (day, delta) in enumerate(events):
        cur += delta
        nxt = events[i + 1][0] if i + 1 < len(events) else dt.date.max
        if nxt == day:
            continue
        if cur >= best and cur > 0:
            best, seg = cur, (day, nxt - dt.timedelta(days=1) if nxt < dt.date.max else dt.date.max)
    used = [b for b in bounds if b.lo <= seg[0] and seg[1] <= b.hi]
    return seg[0], seg[1], used


def _by_bounds(text: str, lang: str) -> DocDate:
    """Rule estimate: past dates bound from below, future ones from above, the
    latest stretch covered by most bounds is the interval; weekdays told in the
    past and the future restrict ``best``'s weekday."""
    items, hints = collect_evidence(text, lang)
    bounds = []
    for ev in items:
        if ev.kind in DATED_KINDS and ev.mod != "before":
            p = _period(ev.year, ev.month, ev.day, ev.raw_mod)
            if p:
                bounds.append(_bound(p[0], p[1], ev.tense, f"'{ev.text}'"))
    if not bounds:
        return DocDate(None, None, None, ["no absolute dates found"])
    lo, hi, used = _best_segment(bounds)
    years_seen = {ev.year for ev in items if ev.year}
    first_year = lo.year if lo > dt.date.min else max(years_seen)
    last_year = min(hi.year, first_year + 2) if hi < dt.date.max else first_year + 1
    best_key = (len(used), False, 0)
    partials = [ev for ev in items if ev.kind in ("d", "m") and ev.mod != "before"]
    for year in range(first_year, last_year + 1):
        extra = [_bound(p[0], p[1], ev.tense, f"'{ev.text}' read as {year}")
                 for ev in partials if (p := _period(year, ev.month, ev.day, ev.raw_mod))]
        if not extra:
            break
        lo2, hi2, used2 = _best_segment(bounds + extra)
        key = (len(used2), year in years_seen, year)
        if key > best_key:
            best_key, (lo, hi, used) = key, (lo2, hi2, used2)
    if lo == dt.date.min:
        lo = min(b.hi for b in used) - dt.timedelta(days=NEAR_DAYS)
    if hi == dt.date.max:
        binding = max((b for b in used if b.hi == dt.date.max), key=lambda b: b.lo)
        hi = lo + dt.timedelta(days=HORIZON_DAYS[binding.gran])
    days = [lo + dt.timedelta(days=k) for k in range((hi - lo).days + 1)]
    allowed, why = _weekdays_between([ev for ev in items if ev.kind == "W"])
    hinted = [d for d in days if any(d.isoweekday() == wd for wd, _ in hints)]
    between = [d for d in days if d.isoweekday() in allowed]
    candidates = hinted or between or days
    evidence = [b.why for b in used] + [w for _, w in hints] + ([why] if between and not hinted else [])
    best = candidates[len(candidates) // 2]
    return DocDate(lo.isoformat(), hi.isoformat(), best.isoformat(), evidence)


def _weekdays_between(mentions: list[Evidence]) -> tuple[set[int], str]:
    """Weekdays the article can have been written on, from weekdays told in the
    past (on or before it) and in the future (after it) within the same week:
    "am Montag … bekannt gegeben", "soll am Donnerstag stattfinden" → Mon–Wed."""
    allowed = set(range(1, 8))
    used = []
    for p in mentions:
        if p.tense != PAST:
            continue
        for f in mentions:
            if f.tense != FUTURE or f.weekday == p.weekday:
                continue
            span = {(p.weekday - 1 + k) % 7 + 1 for k in range((f.weekday - p.weekday) % 7)}
            if allowed & span:
                allowed &= span
                used.append(f"'{p.text}' past, '{f.text}' future")
    return (allowed if used else set()), "weekday between " + "; ".join(used)


def _sentence_lookup(sents: list[Span]):
    starts = [s.start for s in sents]

    def find(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)
    return find
