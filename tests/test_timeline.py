from chronik import timeline
from chronik.document import Document, Mention, Span, Timex


def _doc(doc_id, date, sentences, timexes, mentions=()):
    text, spans, pos = "", [], 0
    for s in sentences:
        spans.append(Span(pos, pos + len(s)))
        text += s + " "
        pos = len(text)
    out = Document(id=doc_id, raw=text, text=text, date=date, sentences=spans, mentions=list(mentions))
    for phrase, value, end in timexes:
        start = text.index(phrase)
        out.timexes.append(Timex(start, start + len(phrase), phrase, "DATE", value, end))
    return out


def test_events_are_dated_sorted_and_get_a_status():
    doc = _doc("a", "2021-03-24", [
        "Der Frachter blockiert den Kanal.",
        "Am Dienstag lief er auf Grund.",
        "Vom 1. bis zum 3. April soll verhandelt werden.",
        "Das Schiff ist 400 Meter lang.",
    ], [("Am Dienstag", "2021-03-23", None), ("Vom 1. bis zum 3. April", "2021-04-01", "2021-04-03")])
    events = timeline.build([doc])
    assert [(e.date, e.date_end, e.status, e.anchor) for e in events] == [
        ("2021-03-23", None, "reported", "timex"),
        ("2021-03-24", None, "reported", "document"),  # the lead carries the article's own date
        ("2021-04-01", "2021-04-03", "planned", "timex"),
    ]
    first = events[0]
    assert doc.text[first.char_start:first.char_end] == first.text


def test_same_event_in_two_documents_is_listed_once_with_both_sources():
    m = [Mention(0, 3, "ORG", "SCA", entity_id=1)]
    a = _doc("a", "2021-03-30", ["Am Montag wurde das Schiff befreit."], [("Am Montag", "2021-03-29", None)], m)
    b = _doc("b", "2021-04-02", ["Das Schiff wurde am Montag befreit, nach sechs Tagen."],
             [("am Montag", "2021-03-29", None)])
    events = [e for e in timeline.build([a, b]) if e.anchor == "timex"]
    assert len(events) == 1 and events[0].doc_id == "a" and events[0].also_in == ["b"]


def test_week_values_become_ranges_and_non_calendar_values_are_ignored():
    assert timeline.calendar_value("2018-W37") == ("2018-09-10", "2018-09-16")
    assert timeline.calendar_value("PRESENT_REF") is None
    assert timeline.calendar_value("P1Y") is None
