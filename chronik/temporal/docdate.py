"""Estimate when an undated article was written from the dates it mentions.

Every absolute date is evidence, read together with the tense of its clause: a
date told in the past bounds the document date from below, a date in the future
bounds it from above, a present-tense one (a caption, "beim Gipfel 2018") puts
it near. Deictic day words next to a weekday ("gestern (Montag)") fix the
document's weekday. The estimate is the stretch of days consistent with the
most evidence; ``best`` is the median of its candidate days.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chronik.temporal.grammar import lexicon
from chronik.temporal.tagger import extract, split_sentences
from chronik.temporal.tense import FUTURE, PAST, tense_at

_YEAR = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$")
_PARTIAL = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)$")
# Without an upper bound the article is assumed to follow its latest past evidence
# within a span that grows with that evidence's precision (day, month, year).
HORIZON_DAYS = {"D": 14, "M": 62, "Y": 730}
NEAR_DAYS = 366  # a present-tense year/date is taken to be within about a year of the article


@dataclass
class DocDate:
    """Estimated document date: an interval, a point guess and the evidence used."""

    earliest: str | None
    latest: str | None
    best: str | None
    evidence: list[str] = field(default_factory=list)


@dataclass
class _Bound:
    lo: dt.date
    hi: dt.date
    why: str
    gran: str = "D"


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


def estimate_document_date(text: str, lang: str = "de") -> DocDate:
    """Interval and best guess for an undated text's date (ISO strings)."""
    sents = split_sentences(text)
    ex = extract(text, None, sents, lang)
    sent_of = _sentence_lookup(sents)
    bounds: list[_Bound] = []
    weekday_hints: list[tuple[int, str]] = []
    weekday_tenses: list[tuple[int, str, str]] = []
    partials: list[tuple[int, int | None, str, str, str | None]] = []
    years_seen: list[int] = []
    rel_days = lexicon(lang).relative_days
    timexes = ex.timexes
    for i, t in enumerate(timexes):
        if t.type not in ("DATE", "TIME") or t.mod == "ON_OR_BEFORE":
            continue  # "bis 2021" is a deadline: it says nothing about when it was written
        s = sents[sent_of(t.start)]
        tense = tense_at(text, s.start, s.end, t.start, lang)
        value = t.value.split("T")[0]
        m = _YEAR.match(value)
        if m:
            y = int(m.group(1))
            years_seen.append(y)
            p = _period(y, int(m.group(2)) if m.group(2) else None,
                        int(m.group(3)) if m.group(3) else None, t.mod)
            if p:
                bounds.append(_bound(p[0], p[1], tense, f"'{t.text}'"))
            continue
        m = _PARTIAL.match(value)
        if m:
            partials.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None, tense, t.text, t.mod))
            continue
        wm = _WEEKDAY.match(value)
        if wm and tense in (PAST, FUTURE) and not t.mod:
            weekday_tenses.append((int(wm.group(1)), tense, t.text))
        offset = rel_days.get(t.text.lower())
        if offset is not None and i + 1 < len(timexes):
            nxt = timexes[i + 1]
            wm = _WEEKDAY.match(nxt.value)
            if wm and nxt.start - t.end <= 4:
                # "gestern (Montag)" / "am gestrigen Montag": the article's weekday follows
                weekday_hints.append(((int(wm.group(1)) - 1 - offset) % 7 + 1, f"'{t.text} … {nxt.text}'"))
    if not bounds:
        return DocDate(None, None, None, ["no absolute dates found"])
    lo, hi, used = _best_segment(bounds)
    # months/days without a year: try each year the dated evidence allows
    first_year = lo.year if lo > dt.date.min else max(years_seen)
    last_year = min(hi.year, first_year + 2) if hi < dt.date.max else first_year + 1
    best_key = (len(used), False, 0)
    for year in range(first_year, last_year + 1):
        extra = [_bound(p[0], p[1], tense, f"'{txt}' read as {year}")
                 for mo, d, tense, txt, mod in partials if (p := _period(year, mo, d, mod))]
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
    allowed, why = _weekdays_between(weekday_tenses)
    hinted = [d for d in days if any(d.isoweekday() == wd for wd, _ in weekday_hints)]
    between = [d for d in days if d.isoweekday() in allowed]
    candidates = hinted or between or days
    if between and not hinted:
        weekday_hints.append((0, why))
    best = candidates[len(candidates) // 2]
    evidence = [b.why for b in used] + [w for _, w in weekday_hints]
    return DocDate(lo.isoformat(), hi.isoformat(), best.isoformat(), evidence)


def _weekdays_between(mentions: list[tuple[int, str, str]]) -> tuple[set[int], str]:
    """Weekdays the article can have been written on, from weekdays told in the
    past (on or before it) and in the future (after it) within the same week:
    "am Montag … bekannt gegeben", "soll am Donnerstag stattfinden" → Mon–Wed."""
    allowed = set(range(1, 8))
    used = []
    for p, tp, ptxt in mentions:
        if tp != PAST:
            continue
        for f, tf, ftxt in mentions:
            if tf != FUTURE or f == p:
                continue
            span = {(p - 1 + k) % 7 + 1 for k in range((f - p) % 7)}
            if allowed & span:
                allowed &= span
                used.append(f"'{ptxt}' past, '{ftxt}' future")
    return (allowed if used else set()), "weekday between " + "; ".join(used)


def _sentence_lookup(sents):
    starts = [s.start for s in sents]

    def find(pos: int) -> int:
        import bisect
        return max(0, bisect.bisect_right(starts, pos) - 1)
    return find
