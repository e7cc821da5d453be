"""Find and normalise temporal expressions (the ``dates`` stage).

``extract`` returns atomic expressions (one per TIMEX3, as TimeML corpora
annotate them) plus the pairs that form a range; ``tag_dates`` merges the pairs
into one ``Timex`` with ``value``/``value_end`` for the pipeline.

Matching is here; turning a match into a value is ``normalise.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise, takewhile

from chronik.document import Document, Span, Timex
from chronik.lang import load
from chronik.linebreaks import headline_breaks
from chronik.temporal import calendar as cal
from chronik.temporal.grammar import Grammar, grammar, span_of
from chronik.temporal.normalise import Context, Normaliser

# split after . ! ? (or a closing quote right after them: "zukunftsfähig?“ Einen …")
# unless the period closes a day number ("am 25. Februar"; not a decimal: "am Samstag 144,9. Die …")
_SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][“”\"»«\])]))(?<!(?<![,\w])\d\.)(?<!(?<![,\w])\d\d\.)\s+"
                         r"(?=[A-ZÄÖÜ\"„(\[0-9])"  # also around a bracketed note: "statt.⏎[Wenn Sie …]⏎Im Frühjahr"
                         r"|(?<=[.!?])\n(?=[A-ZÄÖÜ\"„])"  # a line ending a sentence ("um 14 Uhr 35.\nVon Mittwoch an")
                         r"|\n\s*\n|\n(?=\s*[•\-–*])"
                         r"|(?<=[a-zäöüß]{3}\.)(?=[A-ZÄÖÜ][a-zäöüß]{2})")  # lost space: "statt.Hülkenberg"


@dataclass
class Extraction:
    timexes: list[Timex]
    ranges: list[tuple[int, int]] = field(default_factory=list)  # index pairs into timexes


@cache
def _sentence_split(lang: str) -> re.Pattern[str]:
    """``_SENT_SPLIT``, and a split after a number whose next word cannot follow an ordinal
    ("am Dienstag 51. Das Hochfahren …": no "51." day)."""
    after_number = "|".join(load(lang).words("temporal/sentence_openers_after_numbers.txt"))
    return re.compile(rf"{_SENT_SPLIT.pattern}|(?<=(?<![,\w])\d\.)\s+(?=(?:{after_number})\b)"
                      rf"|(?<=(?<![,\w])\d\d\.)\s+(?=(?:{after_number})\b)")


@cache
def _abbreviation_before(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load(lang).words("temporal/sentence_abbreviations.txt"))
    return re.compile(rf"(?<![\w.])(?:{words})\.$")


_DAY_NUMBER_END = re.compile(r"(?<![,\w])\d\d?\.$")
_NEXT_WORD = re.compile(r"\s*(\w+)")


def split_sentences(text: str, lang: str = "de") -> list[Span]:
    """Fallback sentence split when the sentence stage has not run."""
    spans, start = [], 0
    abbreviation = _abbreviation_before(lang)
    months = grammar(lang).lexicon.months
    breaks = [m.span() for m in _sentence_split(lang).finditer(text)
              if not abbreviation.search(text, max(0, m.start() - 8), m.start())  # not "St. Gisela das …"
              and not (_DAY_NUMBER_END.search(text, max(0, m.start() - 4), m.start())  # nor "am 31.⏎Dezember"
                       and (nxt := _NEXT_WORD.match(text, m.end())) and nxt.group(1).lower() in months)]
    for b, e in sorted(set(breaks + headline_breaks(text))):
        if b >= start:
            spans.append(Span(start, b))
            start = e
    spans.append(Span(start, len(text)))
    return [s for s in spans if s.end > s.start]


def _reference(doc: Document) -> dt.date | None:
    ref = cal.parse_iso(doc.date)
    if ref is None and doc.date_range:
        lo, hi = (cal.parse_iso(x) for x in doc.date_range)
        if lo and hi and (hi - lo).days <= 31:
            ref = lo + (hi - lo) / 2
    return ref


def tag_dates(doc: Document, narrative: bool = False) -> Document:
    """Fill ``doc.timexes`` from ``doc.text``, ranges merged into one Timex.

    ``narrative`` resolves relative expressions against the last mentioned date
    instead of the document date (histories, Wikipedia-style texts)."""
    ex = extract(doc.text, _reference(doc), doc.sentences, doc.lang, narrative=narrative)
    persons = [(p.start, p.end) for p in doc.mentions if p.label == "PER"]
    doc.timexes = [t for t in merge_ranges(ex, doc.text)  # "der Abgeordnete Torsten Herbst": a name
                   if not any(s <= t.start and t.end <= e for s, e in persons)]
    return doc


def merge_ranges(ex: Extraction, text: str) -> list[Timex]:
    """One Timex per range ("vom 18. bis zum 20. September"): value … value_end."""
    out, skip = [], set()
    partner = dict(ex.ranges)
    for i, t in enumerate(ex.timexes):
        if i in skip:
            continue
        j = partner.get(i)
        if j is None:
            out.append(t)
            continue
        b = ex.timexes[j]
        skip.add(j)
        out.append(replace(t, end=b.end, text=text[t.start:b.end], value_end=b.value,
                           relative=t.relative or b.relative))
    return out


def extract(text: str, ref: dt.date | None, sentences: list[Span] | None = None,
            lang: str = "de", narrative: bool = False) -> Extraction:
    """Atomic temporal expressions in ``text`` resolved against ``ref``."""
    g = grammar(lang)
    sents = sentences or split_sentences(text, lang)
    matches = _select(g, text)
    if ref is not None and ref.year not in REF_YEARS:
        ref = None  # a date from broken metadata (year 1, 9999): relative expressions stay unresolved
    ctx = Context(ref=ref, narrative=narrative)
    if narrative:
        ctx.last_day = ref
    norm = Normaliser(g, text, sents, ctx, lang)
    found: list[tuple[Timex, re.Match[str], str]] = []
    for rule, m in matches:
        t = norm.run(rule, m)
        if t is not None:
            found.append((t, m, rule))
    timexes = [t for t, _, _ in found]
    # day-only halves ("vom 18. bis zum 20. September", "Nacht vom 8. auf den 9. Mai")
    # and list items take month/year from the right
    for k in reversed(range(len(found) - 1)):  # from the right: "am 5., 6. und 7. Dezember"
        t, m, rule = found[k]
        nxt = found[k + 1][0].value
        if rule in ("day_only", "night_of_day") and len(nxt) >= 7 and found[k + 1][0].start - t.end <= DAY_JOIN_GAP:
            month, d = nxt[:7], int(m.group("d"))
            if _DAY.match(nxt) and d > int(nxt[8:10]):  # "vom 28. November bis 2. Dezember", written "vom 28. bis
                y, mo = int(nxt[:4]), int(nxt[5:7])  # 2. Dezember": the month before
                month = f"{y:04d}-{mo - 1:02d}" if mo > 1 else f"{y - 1:04d}-12"
            t.value = f"{month}-{d:02d}" + t.value[10:]
    for (t, m, rule), (nxt, _, _) in pairwise(found):
        if rule == "daypart_of_date" and t.relative and not nxt.relative and _DAY.match(t.value) \
                and _DAY.fullmatch(nxt.value) and g.night_join.fullmatch(text[t.end:nxt.start]):
            # "in der Nacht vom 8. Februar auf den 9. Februar 1904": the year told with the night's second day is
            # the first's too (the one before from 31 December)
            t.value = f"{int(nxt.value[:4]) - (t.value[5:10] > nxt.value[5:10]):04d}{t.value[4:]}"
        # "am Mittwoch (23. März)": the bracket names the day
        if rule == "weekday" and _BRACKET_GAP.fullmatch(text[t.end:nxt.start]) and text[nxt.end:].lstrip()[:1] == ")":
            d, named = cal.parse_iso(t.value), cal.parse_iso(nxt.value)
            if d and named and len(t.value) == len(nxt.value) == 10 and d.isoweekday() == named.isoweekday():
                t.value = nxt.value
        if rule == "anchored_daypart" and m.groupdict().get("adc") and _DAY.fullmatch(nxt.value) \
                and g.eve_gap.fullmatch(text, t.end, nxt.start):  # "am Vorabend von Allerheiligen": the eve of that day
            n = g.lexicon.anchored_daypart_compounds[m.group("adc").lower()][0]
            t.value = cal.day(cal.parse_iso(nxt.value) + dt.timedelta(days=n)) + t.value[10:]
        if rule == "weekday" and t.type == "TIME" and _DAY.match(t.value) and _DAY.fullmatch(nxt.value) \
                and g.weekday_date_gap.fullmatch(text, t.end, nxt.start):  # "am Samstagabend, 12. März, um 20 Uhr":
            d, named = cal.parse_iso(t.value[:10]), cal.parse_iso(nxt.value)  # the date names the day of the part
            if d and named and d != named and d.isoweekday() == named.isoweekday():
                old_day, t.value = t.value[:10], nxt.value + t.value[10:]
                _move_times(timexes[timexes.index(nxt) + 1:], old_day, nxt.value)
    found = _count_range_firsts(found, text, g)
    timexes = [t for t, _, _ in found]
    _times_of_day_after(timexes, text, g.time_day_gap)
    _date_weekday_lists(found, text, g.range_join)
    _times_of_each_day(timexes, text, g)  # after the listed weekdays took their dates
    for t, nxt in pairwise(timexes):
        if t.type == nxt.type == "TIME" and g.alternative_gap.fullmatch(text, t.end, nxt.start):
            _afternoon_start(t, nxt, g)  # "halb elf oder elf Uhr abends"
    ranges = _ranges(g, text, timexes)
    for i, j in ranges:  # "vom Montag bis Freitag", "(April bis Juni)": the end follows the start
        start, end = timexes[i], timexes[j]
        if start.type == end.type == "TIME":
            _afternoon_start(start, end, g)
        if start.type == end.type == "TIME" and end.value.startswith("XXXX-XX-XXT") and start.value[:4].isdigit():
            start.value = "XXXX-XX-XX" + start.value[10:]  # "zwischen 21 und 5 Uhr eine nächtliche Ausgangssperre":
            continue  # the end's daily context dates the start too
        if start.relative and _MONTH.fullmatch(start.value) and not end.relative and _YEAR.fullmatch(end.value) \
                and end.mod in _PART_LAST_MONTH:  # "von September bis Jahresende 2015": that year's September;
            before = int(start.value[5:]) > _PART_LAST_MONTH[end.mod]  # "von Oktober bis Mitte 2015": the year before
            start.value = f"{int(end.value) - before:04d}{start.value[4:]}"
            continue
        if start.relative and not end.relative and _DAY.fullmatch(start.value) and _DAY.fullmatch(end.value):
            before = start.value[5:] > end.value[5:]  # "zwischen dem 1. März und dem 30. Juni 2020": that year's
            start.value = f"{int(end.value[:4]) - before:04d}{start.value[4:]}"  # March; "vom 1. Dezember bis zum
            continue  # 30. Januar 2020": the December before
        lo, hi = cal.parse_iso(start.value), cal.parse_iso(end.value)
        if lo and hi and hi < lo and found[j][2] == "weekday" and len(end.value) == 10:
            moved, end.value = end.value, cal.day(hi + dt.timedelta(days=7 * ((lo - hi).days // 7 + 1)))
            _move_times(timexes[j + 1:], moved, end.value)  # "bis Samstag von 10 bis 18 Uhr"
        elif found[j][2] == "month" and end.relative and _MONTH.fullmatch(start.value) \
                and _MONTH.fullmatch(end.value) and (end.value < start.value or end.value[:4] > start.value[:4]
                                                     and end.value[5:] >= start.value[5:]):
            if "/" in text[start.end:end.start]:  # "für Ende Mai/Anfang Juni" (May): alternatives, the second the
                later = int(end.value[5:7]) < int(start.value[5:7])  # first one's year or the one after ("Dezember/
                end.value = f"{int(start.value[:4]) + later:04d}{end.value[4:]}"  # Januar")
            elif end.value > start.value:  # "für die Monate April bis Juni" (an aim set in April): that June,
                end.value = f"{start.value[:4]}{end.value[4:]}"  # not a year on
            elif int(end.value[5:]) < int(start.value[5:]):  # "von Oktober bis Februar": the February after
                end.value = f"{int(start.value[:4]) + 1:04d}{end.value[4:]}"
            elif start.relative and ref and (start.value == f"{ref:%Y-%m}" or start.value < f"{ref:%Y-%m}" > end.value
                                             and int(end.value[5:]) - ref.month > GONE_STRETCH_AHEAD):
                start.value = f"{end.value[:4]}{start.value[4:]}"  # both ends read as gone, a stretch told in the
                continue  # past: "Von Januar bis September registrierte die Polizei" (January), "Zwischen Jänner und
                # November wurden … festgestellt" (March): last year's, not one around the paper's month (not "Proben,
                # die von März bis Oktober im Kalender standen, wurden gestrichen", September)
            elif ref and start.relative:  # "in den Monaten März bis August" (October): the stretch nearest
                year = _nearest_stretch_year(start.value, end.value, ref)  # the paper, this one gone by
                start.value, end.value = f"{year}{start.value[4:]}", f"{year}{end.value[4:]}"
            else:
                end.value = f"{start.value[:4]}{end.value[4:]}"
        if ref and start.relative and end.relative and _MONTH.fullmatch(start.value) and _MONTH.fullmatch(end.value) \
                and "/" not in text[start.end:end.start]:  # "im März/April": alternatives, no stretch of months
            _range_around(start, end, ref)
    _moves(found, text, lang)
    return Extraction(timexes, ranges)


def _afternoon_start(start: Timex, end: Timex, g: Grammar) -> None:
    """ "von 8 bis 10 Uhr abends", "halb elf oder elf Uhr abends": the afternoon or evening told at the end of a
    range (or of alternatives) is its start's too, when the start read twelve hours later still comes before the
    end (not "von 11 bis 3 Uhr nachmittags")."""
    s, e = _CLOCK_VALUE.fullmatch(start.value), _CLOCK_VALUE.fullmatch(end.value)
    if not (s and e) or not any(g.lexicon.day_parts.get(w.lower()) in ("AF", "EV") for w in end.text.split()):
        return
    hour = int(s.group(2))
    if hour < 12 and hour + 12 <= int(e.group(2)) and s.group(1) == e.group(1):
        start.value = f"{s.group(1)}T{hour + 12:02d}:{s.group(3)}"


def _count_range_firsts(found: list[tuple[Timex, re.Match[str] | None, str]], text: str,
                        g: Grammar) -> list[tuple[Timex, re.Match[str] | None, str]]:
    """ "zwei oder drei Tage", "zwei bis drei Monate": the first count is a duration of the second's unit, an
    expression of its own (as WikiWarsDE annotates it); only where the second, a bare count and unit, was tagged."""
    out: list[tuple[Timex, re.Match[str] | None, str]] = []
    for item in found:
        t = item[0]
        value = _COUNT_VALUE.fullmatch(t.value) if t.type == "DURATION" and not t.mod else None
        first = g.count_range_first.search(text, max(0, t.start - 24), t.start) if value else None
        if first and value.group(3) == "Y" and any(p.search(text, max(0, first.start() - 80), first.start())
                                                   for p in g.age_contexts):
            first = None  # "Kinder im Alter von acht bis zehn Jahren": an age, untagged in news
        if first and g.lexicon.number(t.text.split()[0]) is not None \
                and not g.every_before.search(text, max(0, first.start() - 12), first.start()):  # (not "alle zwei bis
            # drei Tage", a set)
            n = g.lexicon.number(first.group("n"))
            s, e = first.span("n")
            if n is not None and 0 < n < float(value.group(2)) and not (out and out[-1][0].end > s):
                # (not a number tagged already: "2019 bis 2020")
                out.append((Timex(s, e, text[s:e], "DURATION", f"P{value.group(1)}{n:g}{value.group(3)}"), None,
                            "count_range_first"))
        out.append(item)
    return out


def _times_of_day_after(timexes: list[Timex], text: str, gap: re.Pattern[str]) -> None:
    """ "bis 5 Uhr am Montag", "seit 21 Uhr am Donnerstag", "seit 6 Uhr Montag früh": a clock time is of the day
    told right after it."""
    for t, nxt in pairwise(timexes):
        if t.type == "TIME" and t.value[:1].isdigit() and _DAY.match(nxt.value) and (
                nxt.type == "DATE" and len(nxt.value) == 10 and gap.fullmatch(text, t.end, nxt.start)
                or nxt.type == "TIME" and nxt.value[10:11] == "T" and not text[t.end:nxt.start].strip()):
            t.value = nxt.value[:10] + t.value[10:]


def _times_of_each_day(timexes: list[Timex], text: str, g: Grammar) -> None:
    """ "heute und morgen, jeweils 7-17 Uhr", "vom 21. bis 23. Dezember jeweils von 14 bis 18 Uhr": the times of
    each of several days told are dated by the first (a set has no single day; KRAUTS dates them so)."""
    for i, t in enumerate(timexes):
        if t.type != "TIME" or i < 2 or not _DAY.fullmatch(timexes[i - 1].value) \
                or not g.each_day_gap.fullmatch(text, timexes[i - 1].end, t.start):
            continue
        first = i - 1
        while first > 0 and _DAY.fullmatch(timexes[first - 1].value) \
                and _joined(text, timexes[first - 1], timexes[first], g.range_join):
            first -= 1
        last_day, first_day = timexes[i - 1].value, timexes[first].value
        if first == i - 1 or t.value[:10] != last_day:
            continue
        for time in takewhile(lambda x: x.type == "TIME", timexes[i:]):
            if time.value.startswith(last_day + "T"):
                time.value = first_day + time.value[10:]


def _move_times(later: list[Timex], old_day: str, new_day: str) -> None:
    """Clock times right after a day whose value moved from ``old_day`` to ``new_day`` move with it."""
    for time in takewhile(lambda x: x.type == "TIME", later):
        if time.value.startswith(old_day + "T"):
            time.value = new_day + time.value[10:]


def _moves(found: list[tuple[Timex, re.Match[str], str]], text: str, lang: str) -> None:
    """ "von 22. November auf 24. Januar" (a postponement written in October): the date moved to lies
    after the one moved from, in the next year when read half a year or more before it."""
    moves = load(lang).patterns("temporal/move_patterns.txt")
    for (a, _, _), (b, _, _) in pairwise(found):
        lo, hi = cal.parse_iso(a.value), cal.parse_iso(b.value)
        if lo and hi and b.relative and len(b.value) == 10 and (lo - hi).days >= 180 \
                and any(p.match(text[a.end:b.start]) for p in moves):
            try:
                b.value = cal.day(hi.replace(year=hi.year + 1))
            except ValueError:  # 29 February
                continue


def _nearest_stretch_year(start: str, end: str, ref: dt.date) -> str:
    """Of the years the two ends of a stretch of months were read in ("2021-03", "2020-08"), the one
    whose stretch lies nearest the paper's day ("Für Januar bis September verzeichnen wir einen Rückgang",
    2 November: the one that ended a month ago, not the one two months ahead); the start's on a tie."""
    def distance(year: str) -> int:
        y, first, last = int(year), int(start[5:7]), int(end[5:7])
        lo, after = dt.date(y, first, 1), dt.date(y + last // 12, last % 12 + 1, 1)
        return 0 if lo <= ref < after else min(abs((lo - ref).days), abs((ref - after).days) + 1)
    return min((start[:4], end[:4]), key=distance)


def _range_around(start: Timex, end: Timex, ref: dt.date) -> None:
    """ "Anträge für die Monate September bis Dezember können gestellt werden" in November: a range of
    months that holds the paper's month in its own year is that one, whatever the tense put on its ends."""
    month = f"{ref.year:04d}-{ref.month:02d}"
    for shift in (-1, 1):
        lo, hi = (f"{int(t.value[:4]) + shift:04d}{t.value[4:]}" for t in (start, end))
        if lo <= month <= hi and not start.value <= month <= end.value:
            start.value, end.value = lo, hi
            return


_MONTH = re.compile(r"\d{4}-\d\d")
_COUNT_VALUE = re.compile(r"P(T?)(\d+)([YMWDH]|DE|CE)")  # a whole count of one unit: "P3D", "PT5H"
_YEAR = re.compile(r"\d{4}")
_CLOCK_VALUE = re.compile(r"(.{10})T(\d\d):(\d\d)")  # a day (or XXXX-XX-XX) and its hours and minutes
REF_YEARS = range(100, 9900)  # years of a usable reference date: a century of room on either side of the calendar
DAY_JOIN_GAP = 30  # characters: a day alone takes its month from a date at most this far on ("vom 8. auf den 9. Mai")
GONE_STRETCH_AHEAD = 3  # months: a stretch told in the past that would end further after the paper is last year's
_PART_LAST_MONTH = {"START": 3, "MID": 6, "END": 12}  # the last month of a year's start, middle and end
_BRACKET_GAP = re.compile(r"\s*\(\s*")
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:und|sowie|oder|bis|,)\s*")
_DAY_AFTER = re.compile(r"\s*,\s*(\d{1,2})\.\s*,?\s*(?:und|sowie|oder|bis)\s+")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _joined(text: str, a: Timex, b: Timex, range_join: re.Pattern[str]) -> bool:
    """Whether two expressions are items of one list or the ends of one range ("heute und morgen")."""
    gap = text[a.end:b.start]
    return bool(_LIST_GAP.fullmatch(gap) or range_join.match(gap))


def _date_weekday_lists(found: list[tuple[Timex, re.Match[str], str]], text: str, range_join: re.Pattern[str]) -> None:
    """Weekdays listed before the dates they name take those dates: "am Samstag und Sonntag, 19.
    und 20. September", "Von Montag bis Donnerstag (12. bis 15. Oktober)" (as many dates as weekdays,
    each on its weekday), "am Freitag, 5., und Samstag, 6. Juni" (a bare day after the weekday, month
    from the dated weekday after it)."""
    def dated(t: Timex) -> dt.date | None:
        return cal.parse_iso(t.value) if len(t.value) == 10 else None

    k = 0
    while k < len(found):
        n = 1
        while k + n < len(found) and found[k + n][2] == "weekday" and found[k][2] == "weekday" \
                and _joined(text, found[k + n - 1][0], found[k + n][0], range_join):
            n += 1
        days = [t for t, _, _ in found[k + n:k + 2 * n]]
        if n >= 2 and len(days) == n and re.fullmatch(r"\s*[,(]\s*", text[found[k + n - 1][0].end:days[0].start]) \
                and all(_joined(text, a, b, range_join) for a, b in pairwise(days)):
            pairs = [(found[k + i][0], dated(days[i]), dated(found[k + i][0])) for i in range(n)]
            if all(d and w and d.isoweekday() == w.isoweekday() for _, d, w in pairs):
                for t, d, _ in pairs:
                    t.value = cal.day(d)
        k += n
    for (t, _, rule), (nxt, _, _) in pairwise(found):  # "am Freitag, 5., und Samstag, 6. Juni"
        m = _DAY_AFTER.match(text, t.end)
        later, own = dated(nxt), dated(t)
        if rule != "weekday" or not (m and m.end() == nxt.start and later and own):
            continue
        try:
            day = later.replace(day=int(m.group(1)))
        except ValueError:
            continue
        if day.isoweekday() == own.isoweekday() and 0 < (later - day).days <= 7:
            t.value = cal.day(day)


def _select(g: Grammar, text: str) -> list[tuple[str, re.Match[str]]]:
    """All rule matches, longest first, earlier rules winning ties, no overlaps."""
    cands = []
    for prio, rule in enumerate(g.rules):
        for m in rule.pattern.finditer(text):
            start, end = span_of(m)
            if end > start:
                cands.append((start, start - end, prio, rule.name, m, rule.pattern))
    cands.sort(key=lambda c: (c[1], c[2], c[0]))
    occupied = bytearray(len(text))
    for idiom in g.idioms:
        for m in idiom.finditer(text):
            occupied[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    idiomatic = bytes(occupied)
    keep = []
    for start, neg, _, name, m, pattern in cands:
        end = start - neg
        cut_at = idiomatic.find(1, start, end)  # an idiom begins inside the match: "am Dienstag darauf verständigt"
        if cut_at > start and not any(occupied[start:cut_at]):
            cut = pattern.match(text, start, cut_at)  # the weekday without the idiom's "darauf"
            if cut and span_of(cut)[1] > start:
                m, end = cut, span_of(cut)[1]
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        keep.append((start, name, m))
    keep.sort(key=lambda k: k[0])
    return [(name, m) for _, name, m in keep]


def _ranges(g: Grammar, text: str, ts: list[Timex]) -> list[tuple[int, int]]:
    """Index pairs of neighbouring expressions joined into a range ("von 1950 bis 1953")."""
    out = []
    i = 0
    while i + 1 < len(ts):
        a, b = ts[i], ts[i + 1]
        gap = text[a.end:b.start]
        joined = g.range_join.match(gap) if len(gap) <= 12 else None
        if joined and a.type == b.type and a.type in ("DATE", "TIME"):
            opened = g.range_open.search(text[max(0, a.start - 16):a.start])
            if opened or joined.group("j").lower() not in g.lexicon.range_join_opened:
                if b.mod in g.lexicon.point_mods.values():
                    b.mod = None  # "bis" here joins the range, it does not bound the end
                out.append((i, i + 1))
                i += 2
                continue
        i += 1
    return out
