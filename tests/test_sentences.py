from chronik.document import Document
from chronik.sentences import split_sentences


def _sentences(text):
    doc = split_sentences(Document(id="t", raw=text, text=text))
    return [text[s.start:s.end] for s in doc.sentences]


def test_abbreviations_and_dates_do_not_end_sentences():
    text = "Dr. Meier kam am 12. Juni nach Bonn, u.a. mit Prof. Roth. Danach ging es z. B. um Geld."
    assert _sentences(text) == ["Dr. Meier kam am 12. Juni nach Bonn, u.a. mit Prof. Roth.",
                                "Danach ging es z. B. um Geld."]


def test_paragraph_break_ends_a_sentence_and_offsets_point_into_text():
    text = "Erster Absatz ohne Punkt\n\nZweiter Absatz. Noch ein Satz."
    assert _sentences(text) == ["Erster Absatz ohne Punkt", "Zweiter Absatz.", "Noch ein Satz."]
