"""Document-date estimation on hand-written article snippets."""

from chronik.temporal.docdate import estimate_document_date


def test_past_and_future_dates_bound_the_document_date():
    text = ("Die Minister trafen sich am 3. Mai 2017 in Brüssel. "
            "Das nächste Treffen soll am 20. Mai 2017 stattfinden.")
    d = estimate_document_date(text)
    assert (d.earliest, d.latest) == ("2017-05-03", "2017-05-20")
    assert d.earliest <= d.best <= d.latest
    assert d.evidence


def test_months_without_year_read_in_the_year_of_the_evidence():
    text = ("Beim Gipfel 2016 in Genf gab es keine Einigung. "
            "Im Juni hatten die Gespräche begonnen. "
            "Die nächste Runde soll vom 18. bis zum 20. September stattfinden.")
    d = estimate_document_date(text)
    assert d.earliest >= "2016-06-01"
    assert d.latest <= "2016-09-20"


def test_deadline_is_not_evidence_of_the_past():
    text = "Am 2. Juli 2018 hatte das Land die Abrüstung bis 2021 angekündigt."
    d = estimate_document_date(text)
    assert d.earliest == "2018-07-02"
    assert d.latest < "2021-01-01"


def test_weekday_hint_fixes_the_weekday():
    text = ("Am 3. Mai 2017 trat der Minister zurück. "
            "Gestern (Dienstag) wurde der Nachfolger gewählt.")
    d = estimate_document_date(text)
    assert d.best is not None
    import datetime as dt
    assert dt.date.fromisoformat(d.best).isoweekday() == 3  # the day after a Tuesday


def test_no_dates_no_estimate():
    d = estimate_document_date("Der Minister sagte, man werde sehen.")
    assert d.best is None and d.earliest is None


def test_past_and_future_weekdays_restrict_the_weekday():
    import datetime as dt
    text = ("Der Gipfel im Juni 2018 blieb folgenlos. Das gab die Sprecherin am Montag bekannt. "
            "Die Gespräche sollen am Donnerstag stattfinden.")
    d = estimate_document_date(text)
    assert dt.date.fromisoformat(d.best).isoweekday() in (1, 2, 3)
