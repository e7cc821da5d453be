"""Calendar arithmetic and TIMEX3 value formatting (language-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


def parse_iso(value: str | None) -> dt.date | None:
    """A day from an ISO string (``2018-09-10``, ``2018-09-10T12:00``); None if coarser."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day(d: dt.date) -> str:
    return d.isoformat()


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_value(ref: dt.date, unit: str, n: int) -> str | None:
    """The calendar period ``n`` units away from ``ref`` ("vergangene Woche")."""
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "W":
        return week(ref + dt.timedelta(weeks=n))
    if unit == "WE":
        return week(ref + dt.timedelta(weeks=n)) + "-WE"
    if unit == "D":
        return day(ref + dt.timedelta(days=n))
    if unit == "DE":
        return f"{ref.year // 10 + n:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + n:02d}"
    if unit == "Q":
        q = (ref.month - 1) // 3 + n
        return f"{ref.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "HY":
        h = (ref.month - 1) // 6 + n
        return f"{ref.year + h // 2:04d}-H{h % 2 + 1}"
    return None


def shift_date(ref: dt.date, unit: str, n: int) -> dt.date | None:
    """Move a day by ``n`` units (for "zwei Tage später"); None outside the calendar."""
    try:
        return _shift_date(ref, unit, n)
    except (ValueError, OverflowError):
        return None  # "2000 Jahre zuvor" from a year before 2000


def _shift_date(ref: dt.date, unit: str, n: int) -> dt.date | None:
    if unit == "D":
        return ref + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return ref + dt.timedelta(weeks=n)
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return _clamp(y, m, ref.day)
    if unit == "Y":
        return _clamp(ref.year + n, ref.month, ref.day)
    if unit == "H":  # "zwei Stunden später": that day; "48 Stunden später": two days on
        return ref + dt.timedelta(days=int(n / 24))
    if unit == "MIN":  # "zehn Minuten später": that day
        return ref + dt.timedelta(days=int(n / (24 * 60)))
    return None


def granularity_of(unit: str) -> str:
    """How precisely a shifted anchor should be written ("zwei Jahre später" → year)."""
    return {"D": "D", "W": "D", "WE": "D", "M": "M", "Y": "Y", "H": "D", "MIN": "D", "S": "D"}.get(unit, "Y")


def fmt(d: dt.date, gran: str) -> str:
    return {"Y": f"{d.year:04d}", "M": f"{d.year:04d}-{d.month:02d}"}.get(gran, day(d))


def season_near(ref: dt.date, code: str) -> int:
    """The year of the season ``code`` whose middle lies nearest ``ref`` (a winter counts by its December)."""
    first, last = SEASON_MONTHS[code]
    def middle(y: int) -> dt.date:
        return dt.date(y + 1, 1, 15) if code == "WI" else dt.date(y, (first + last) // 2, 15)
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((middle(y) - ref).days))


def unknown(gran: str) -> str:
    """A value of that granularity whose date is not known ("XXXX-XX" for a month)."""
    return {"Y": "XXXX", "M": "XXXX-XX"}.get(gran, "XXXX-XX-XX")


def _clamp(y: int, m: int, d: int) -> dt.date:
    for dd in (d, 30, 29, 28):
        try:
            return dt.date(y, m, dd)
        except ValueError:
            continue
    raise ValueError((y, m, d))


_SMALLER_UNIT = {"CE": ("DE", 10), "DE": ("Y", 10), "Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def whole(n: float, unit: str) -> tuple[float, str]:
    """A part of one unit in the next smaller one when that makes it whole ("ein halbes Jahr" → 6 M)."""
    if 0 < n < 1 and unit in _SMALLER_UNIT:
        smaller, factor = _SMALLER_UNIT[unit]
        if (n * factor).is_integer():
            return n * factor, smaller
    return n, unit


def duration(n: float, unit: str) -> str:
    """ISO duration; fractions of more than one unit stay decimal as in TIMEX3 ("eineinhalb Jahre" →
    P1.5Y), a part of one unit goes whole into the next smaller ("eine halbe Stunde" → PT30M)."""
    if unit == "HY":  # "ein Halbjahr": ISO durations have no half-year
        n, unit = n * 6, "M"
    n, unit = whole(n, unit)
    num = f"{n:g}"
    if unit in TIME_UNITS:
        return f"PT{num}{TIME_UNITS[unit]}"
    return f"P{num}{unit}"


def vague_duration(unit: str) -> str:
    if unit in TIME_UNITS:
        return f"PTX{TIME_UNITS[unit]}"
    return f"PX{unit}"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return dt.date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def holiday(spec: str, year: int) -> dt.date:
    """A holiday from its spec: fixed ``MM-DD``, Easter offset ``E+n``/``E-n``, or
    the n-th weekday ``w`` strictly before/after a day, ``MM-DD-w*n``/``MM-DD+w*n``
    (first Advent = ``12-25-7*4``, the fourth Sunday before Christmas Day)."""
    if spec.startswith("E"):
        return easter(year) + dt.timedelta(days=int(spec[1:]))
    base = dt.date(year, int(spec[:2]), int(spec[3:5]))
    if len(spec) == 5:
        return base
    sign, wd, n = (1 if spec[5] == "+" else -1), int(spec[6]), int(spec[8:])
    first = weekday_near(base, wd, "FUTURE" if sign > 0 else "PAST", strict=True)
    return first + dt.timedelta(weeks=sign * (n - 1))


def weekday_near(ref: dt.date, wd: int, direction: str, strict: bool = False) -> dt.date:
    """The weekday ``wd`` (1 = Monday) before (``PAST``), after (``FUTURE``) or in
    the same ISO week (``WEEK``) as ``ref``; ``strict`` excludes ``ref`` itself."""
    cur = ref.isoweekday()
    if direction == "PAST":
        back = (cur - wd) % 7
        if strict and back == 0:
            back = 7
        return ref - dt.timedelta(days=back)
    if direction == "WEEK":
        return ref + dt.timedelta(days=wd - cur)
    ahead = (wd - cur) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date | None:
    """The ``n``-th weekday ``wd`` of a month (``n`` = -1: the last); None if there is none."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


SOON_DAYS = 150  # an event up to about five months ahead is the one a past clause means ("bei der Wahl im November")
DROPPED_DAYS = 120  # an original date of an event since moved or cancelled: this far ahead still the coming one
YEAR_END_GONE_MONTHS = 3  # in a paper of the year's first three months, a past "Ende des Jahres" is last year's
PRESENT_AHEAD_DAYS = 62  # a month or day of next year this close ahead is the one a present clause means
PRESENT_MONTHS_BACK = 2  # the two months before the paper's, in a present clause, are the ones just gone (January:
# November and December); a period ending there only the month before ("das zweite Halbjahr" in February is ahead)
PERIOD_MONTHS_BACK = 1


def year_for_month(ref: dt.date, month: int, day_: int | None, tense: str,
                   months_back: int = PRESENT_MONTHS_BACK) -> int:
    """Year of an underspecified "im Juni"/"am 12. Juni": the last one in a past
    clause, the next one in a future clause, the nearest one for ``NEAR`` (a date an
    announcement aims at), for ``SOON`` the next one when it is at most ``SOON_DAYS`` ahead and else
    the last one (``DROPPED``: within ``DROPPED_DAYS``); in a present clause a month or day up to
    ``PRESENT_AHEAD_DAYS`` ahead is next year's, else the document's year (in January, November and
    December are last year's)."""
    y = ref.year
    if tense in ("SOON", "DROPPED"):
        ahead = y if (month, day_ or 31) >= (ref.month, ref.day) else y + 1
        if (dt.date(ahead, month, min(day_ or 1, 28)) - ref).days <= (SOON_DAYS if tense == "SOON" else DROPPED_DAYS):
            return ahead
        tense = "PAST"
    if tense == "NEAR":
        return min((y - 1, y, y + 1), key=lambda yy: abs((dt.date(yy, month, min(day_ or 15, 28)) - ref).days))
    later = (month, day_ or 0) > (ref.month, ref.day if day_ else 0)
    earlier = (month, day_ or 99) < (ref.month, ref.day if day_ else 0)
    if tense == "PAST" and later:
        return y - 1
    if tense == "FUTURE" and earlier:
        return y + 1
    if tense == "PRESENT" and (dt.date(y + 1, month, min(day_ or 1, 28)) - ref).days <= PRESENT_AHEAD_DAYS:
        return y + 1  # "Die Feier findet am 6. Jänner statt" in November: the coming January
    if tense == "PRESENT" and day_ is None and 0 < ref.month + 12 - month <= months_back:
        return y - 1  # "gibt es im Dezember nur 8000 Arbeitslose mehr" in January: the December just gone
    return y


def day_near(ref: dt.date, day_in: Callable[[int], dt.date], reach: int) -> dt.date | None:
    """The day ``day_in(year)`` of this, last or next year that lies within ``reach`` days of
    ``ref`` (None if none): "am 2. August" or "Silvester" written a few days before is this one,
    whatever the tense says. ``day_in`` may raise ValueError for a year without that day."""
    for y in (ref.year, ref.year - 1, ref.year + 1):
        try:
            d = day_in(y)
        except ValueError:
            continue
        if abs((d - ref).days) <= reach:
            return d
    return None
