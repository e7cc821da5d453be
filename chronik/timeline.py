"""Per-story timelines: dated sentences, sorted and de-duplicated across documents.

An event is a sentence carrying a calendar date (day, week, month or year). Its
status is ``planned`` when the date lies after the reporting document's date,
else ``reported``. The first sentence of a dated article without a date of its
own is the article's news peg and gets the article's date (``anchor=
"document"``). Every entry keeps its source document and character span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

from chronik.document import Document, Span, Timex

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
SAME_EVENT_SIMILARITY = 70  # rapidfuzz token_set_ratio above which two dated sentences tell one event


@dataclass
class Event:
    date: str
    date_end: str | None
    status: str  # reported | planned
    text: str
    doc_id: str
    char_start: int
    char_end: int
    entity_ids: list[int] = field(default_factory=list)
    timex: str | None = None  # the expression the date came from
    anchor: str = "timex"  # timex | document
    also_in: list[str] = field(default_factory=list)  # other documents telling the same event
    doc_date: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def calendar_value(value: str | None) -> tuple[str, str | None] | None:
    """(start, end) ISO calendar values of a TIMEX3 value, or None if not a calendar date."""
    if not value:
        return None
    if _CALENDAR.match(value):
        return value, None
    week = _WEEK.match(value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    return None


def _granularity(value: str) -> int:
    return 3 if len(value) == 10 else 2 if len(value) == 7 else 1


def _event_date(timex: Timex) -> tuple[str, str | None] | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value[:10] if timex.type == "TIME" else timex.value
    start = calendar_value(value)
    if start is None:
        return None
    end = calendar_value(timex.value_end) if timex.value_end else None
    return start[0], (end[1] or end[0]) if end else start[1]


def _status(start: str, doc_date: str | None) -> str:
    if doc_date and start[: len(doc_date)] > doc_date[: len(start)]:
        return "planned"
    return "reported"


def document_events(doc: Document) -> list[Event]:
    """The dated sentences of one document."""
    events: list[Event] = []
    for index, sent in enumerate(doc.sentences):
        timexes = [t for t in doc.timexes if sent.start <= t.start < sent.end]
        dated = [(t, d) for t in timexes if (d := _event_date(t))]
        if dated:
            timex, (start, end) = max(dated, key=lambda td: (_granularity(td[1][0]), -td[0].start))
            events.append(_event(doc, sent, start, end, timex.text, "timex"))
        elif index == 0 and doc.date and not doc.date_estimated:
            events.append(_event(doc, sent, doc.date, None, None, "document"))
    return events


def _event(doc: Document, sent: Span, start: str, end: str | None, timex: str | None, anchor: str) -> Event:
    ids = sorted({m.entity_id for m in doc.mentions
                  if m.entity_id is not None and sent.start <= m.start < sent.end})
    return Event(
        date=start, date_end=end if end != start else None, status=_status(start, doc.date),
        text=doc.text[sent.start:sent.end], doc_id=doc.id, char_start=sent.start, char_end=sent.end,
        entity_ids=ids, timex=timex, anchor=anchor, doc_date=doc.date,
    )


def _same_event(a: Event, b: Event) -> bool:
    if a.doc_id == b.doc_id or (a.date, a.date_end) != (b.date, b.date_end):
        return False
    if fuzz.token_set_ratio(a.text, b.text) >= SAME_EVENT_SIMILARITY:
        return True
    shared = set(a.entity_ids) & set(b.entity_ids)
    return len(shared) >= 2 and len(shared) >= 0.6 * min(len(a.entity_ids), len(b.entity_ids))


def build(docs: list[Document]) -> list[Event]:
    """A story's timeline from its documents (spans loaded), earliest first."""
    events: list[Event] = []
    for doc in sorted(docs, key=lambda d: (d.date or "", d.id)):
        for event in document_events(doc):
            twin = next((e for e in events if _same_event(e, event)), None)
            if twin is None:
                events.append(event)
            elif event.doc_id not in twin.also_in:
                twin.also_in.append(event.doc_id)
    return sorted(events, key=lambda e: (e.date, e.date_end or "", e.doc_date or "", e.char_start))
