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


def test_a_headline_line_is_a_sentence_of_its_own():
    text = "Das sei schwierig.\nDie Lockerung gilt bis Ende Juli\nDer Vorsitzende meinte, es sei gut."
    assert _sentences(text) == ["Das sei schwierig.", "Die Lockerung gilt bis Ende Juli",
                                "Der Vorsitzende meinte, es sei gut."]


def test_hard_wrapped_lines_stay_in_their_sentence():
    text = "Die Zahl ist \nim August gestiegen, im\nJuli auch und\nnicht nur die\nFirma im\n Juli."
    assert _sentences(text) == [text]
    assert _sentences("Sie haben am Sonntag 10.976\nNeuansteckungen übermittelt.") == [
        "Sie haben am Sonntag 10.976\nNeuansteckungen übermittelt."]
