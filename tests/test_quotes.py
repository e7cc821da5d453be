"""Quotation extraction and speaker attribution on sentences written for these tests."""

from __future__ import annotations

import re

from chronik.document import Document, Mention
from chronik.lang import load
from chronik.quotes import extract_quotes, find_statements


def _doc(text: str, mentions: list[tuple[str, str, str, str | None]] = ()) -> Document:
    """A document with mentions given as (surface, label, entity key, role) in order of appearance."""
    doc = Document(id="t", raw=text, text=text)
    pos = 0
    for surface, label, key, role in mentions:
        start = text.index(surface, pos)
        doc.mentions.append(Mention(start, start + len(surface), label, surface, entity=key, role=role))
        pos = start + len(surface)
    return extract_quotes(doc)


def _only(doc: Document):
    assert len(doc.quotes) == 1, [(q.kind, q.text, q.speaker) for q in doc.quotes]
    return doc.quotes[0]


def test_direct_quote_with_trailing_attribution():
    doc = _doc("„Wir bleiben hart“, sagte Müller am Dienstag in Bremen.", [("Müller", "PER", "mueller", None)])
    q = _only(doc)
    assert (q.kind, q.text, q.speaker, q.cue, q.speaker_entity) == (
        "direct",
        "„Wir bleiben hart“",
        "Müller",
        "sagte",
        "mueller",
    )
    assert doc.text[q.speaker_start : q.speaker_end] == "Müller"
    assert doc.text[q.cue_start : q.cue_end] == "sagte"


def test_direct_quote_after_colon_takes_the_subject_with_its_role():
    doc = _doc("Die Ministerin Anna Berg erklärte: „Das Gesetz kommt.“", [("Anna Berg", "PER", "berg", None)])
    q = _only(doc)
    assert q.kind == "direct" and q.speaker == "Die Ministerin Anna Berg" and q.speaker_entity == "berg"
    assert q.text == "„Das Gesetz kommt.“"


def test_all_quotation_styles():
    for opening, closing in [("„", "“"), ("»", "«"), ("«", "»"), ('"', '"'), ("“", "”")]:
        doc = _doc(f"{opening}Die Brücke bleibt gesperrt{closing}, sagte der Bürgermeister.")
        q = _only(doc)
        assert q.kind == "direct" and q.text == f"{opening}Die Brücke bleibt gesperrt{closing}"
        assert q.speaker == "der Bürgermeister"


def test_nested_single_quotes_stay_inside():
    q = _only(_doc("„Er nannte das ‚Unsinn‘ und ging“, sagte Vogt."))
    assert q.text == "„Er nannte das ‚Unsinn‘ und ging“" and q.speaker == "Vogt"


def test_quote_split_by_its_attribution_is_one_statement():
    doc = _doc("„Wir prüfen das“, sagte Berg, „aber nicht mehr in diesem Jahr.“")
    q = _only(doc)
    assert q.kind == "direct" and q.speaker == "Berg"
    assert q.text == "„Wir prüfen das“ … „aber nicht mehr in diesem Jahr.“"
    (st,) = find_statements(doc)
    assert len(st.message) == 2


def test_multi_sentence_quote_is_one_statement():
    doc = _doc("„Das ist der erste Satz. Und hier kommt der zweite“, sagte die Sprecherin.")
    q = _only(doc)
    assert q.text == "„Das ist der erste Satz. Und hier kommt der zweite“"
    assert q.speaker == "die Sprecherin"


def test_pronoun_resolves_to_the_last_speaker_not_to_a_name_inside_the_quote():
    text = "Laut Minister Jan Roth sind die Kassen leer. „Frau Berg hat das gewusst“, sagte er."
    doc = _doc(text, [("Jan Roth", "PER", "roth", None), ("Berg", "PER", "berg", None)])
    second = doc.quotes[1]
    assert second.speaker == "er" and second.speaker_entity == "roth"


def test_pronoun_without_earlier_statement_takes_the_recent_subject():
    text = "Anna Berg besuchte am Montag die Werft. „Hier entstehen Arbeitsplätze“, sagte sie."
    doc = _doc(text, [("Anna Berg", "PER", "berg", None)])
    q = _only(doc)
    assert q.speaker == "sie" and q.speaker_entity == "berg"


def test_role_phrase_speaker_gets_the_person_key():
    text = (
        "Innenminister Jan Roth war in Kiel. "
        "„Wir schicken mehr Polizei“, sagte der schleswig-holsteinische Innenminister."
    )
    doc = _doc(
        text,
        [
            ("Jan Roth", "PER", "roth", None),
            ("der schleswig-holsteinische Innenminister", "PER", "roth", "Innenminister"),
        ],
    )
    q = _only(doc)
    assert q.speaker == "der schleswig-holsteinische Innenminister" and q.speaker_entity == "roth"


def test_institution_with_separable_verb():
    text = "Die Lage sei stabil, teilte das Innenministerium in Wien mit."
    doc = _doc(text, [("Innenministerium", "ORG", "bmi", None), ("Wien", "LOC", "wien", None)])
    q = _only(doc)
    assert (q.kind, q.text, q.cue, q.speaker, q.speaker_entity) == (
        "indirect",
        "Die Lage sei stabil",
        "teilte mit",
        "das Innenministerium",
        "bmi",
    )


def test_indirect_speech_after_speech_verb_and_its_continuation():
    doc = _doc("Berg sagte, die Reform sei nötig. Sie komme aber sehr spät. Am Abend regnete es.")
    first, second = doc.quotes
    assert (first.kind, first.text, first.speaker) == ("indirect", "die Reform sei nötig", "Berg")
    assert second.kind == "indirect" and second.text == "Sie komme aber sehr spät." and second.speaker == "Berg"
    assert second.cue is None


def test_dass_clause_and_inverted_subject():
    q = _only(_doc("Am Freitag erklärte der Landrat, dass die Schulen geschlossen bleiben."))
    assert q.kind == "indirect" and q.speaker == "der Landrat" and q.cue == "erklärte"
    assert q.text == "dass die Schulen geschlossen bleiben"


def test_non_verbal_cues():
    cases = {
        "Laut Polizei wurden drei Menschen verletzt.": ("Laut", "Polizei"),
        "Der Feuerwehr zufolge brach das Feuer nachts aus.": ("zufolge", "Der Feuerwehr"),
        "Nach Angaben des Roten Kreuzes fehlen Decken.": ("Nach", "Angaben des Roten Kreuzes"),
        "Man sei zuversichtlich, hieß es aus dem Kanzleramt.": ("hieß es", "dem Kanzleramt"),
        "Die Zahl der Fälle steige, so der Gesundheitsminister.": ("so", "der Gesundheitsminister"),
    }
    for text, (cue, speaker) in cases.items():
        q = _only(_doc(text))
        assert (q.kind, q.cue, q.speaker) == ("indirect", cue, speaker), text


def test_reported_speech_act():
    q = _only(_doc("Die Gewerkschaft kündigte neue Streiks an."))
    assert (q.kind, q.cue, q.speaker) == ("reported", "kündigte an", "Die Gewerkschaft")


def test_outlet_reporter_is_no_speaker():
    doc = _doc(
        "Unser Korrespondent Paul Weiß berichtet aus Kiew. Unsere Reporterin kritisierte die Lage vor Ort.",
        [("Paul Weiß", "PER", "weiss", None)],
    )
    assert doc.quotes == []


def test_person_named_inside_the_quote_is_not_the_speaker():
    doc = _doc("„Roth hat gelogen“, sagte ein Sprecher.", [("Roth", "PER", "roth", None)])
    q = _only(doc)
    assert q.speaker == "ein Sprecher" and q.speaker_entity is None


def test_passive_cue_has_no_speaker():
    q = _only(_doc("Dem Kassierer wird vorgeworfen, Geld unterschlagen zu haben."))
    assert q.kind == "indirect" and q.speaker is None


def test_anaphoric_object_points_at_the_previous_sentence():
    doc = _doc("Der Verein trennt sich von seinem Trainer. Das gab der Präsident am Abend bekannt.")
    q = _only(doc)
    assert q.text.startswith("Der Verein trennt sich von seinem Trainer") and q.speaker == "der Präsident"


def test_heading_quote_continues_nobody():
    text = "„Es gibt keinen Plan B“, sagte Vogt.\n\n„Wir bleiben dabei“\n\nDie Sitzung endete spät."
    doc = _doc(text)
    assert [q.speaker for q in doc.quotes] == ["Vogt", None]


def test_uses_given_sentences_and_falls_back_without_them():
    from chronik.sentences import split_sentences

    text = "Vogt sagte, er sei müde. Der Zug fuhr ab."
    with_stage = extract_quotes(split_sentences(Document(id="s", raw=text, text=text)))
    without = extract_quotes(Document(id="f", raw=text, text=text))
    assert [q.text for q in with_stage.quotes] == [q.text for q in without.quotes] == ["er sei müde"]


def test_resources_are_data_with_header_comments():
    lang = load("de")
    for name in (
        "speech_verbs.txt",
        "speech_nouns.txt",
        "quote_cues.txt",
        "pronouns.tsv",
        "quote_function_words.tsv",
        "quote_subjunctive.tsv",
        "quote_passive.tsv",
        "quote_inflection.tsv",
    ):
        first = (lang.path / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), name
    assert any(re.match(r"sagen\b", line) for line in lang.words("speech_verbs.txt"))


def test_names_in_quotation_marks_are_no_statements():
    assert _doc("Die Sonde „Rosetta“ erreichte den Kometen „Tschurjumow-Gerassimenko“.").quotes == []


def test_short_quotation_next_to_a_statement_gets_its_speaker():
    doc = _doc("Berg kritisierte die Stadt scharf. Für sie ist das Vorgehen „völlig planlos“.")
    assert [(q.kind, q.text, q.speaker) for q in doc.quotes] == [
        ("reported", "Berg kritisierte die Stadt scharf.", "Berg"),
        ("direct", "„völlig planlos“", "Berg"),
    ]


def test_addressee_and_dative_before_the_speaker():
    doc = Document(id="a", raw="", text="„Wir ziehen uns zurück“, sagte Berg gegenüber der Presse.")
    (st,) = find_statements(doc)
    assert doc.text[st.addressee[0] : st.addressee[1]] == "der Presse"
    q = _only(_doc("Am Montag sagte dem Radiosender ein Parteisprecher, die Lage sei ernst."))
    assert q.speaker == "ein Parteisprecher"


def test_passive_citation_keeps_its_speaker():
    q = _only(_doc("Vogt wird mit den Worten zitiert: „Wir sind bereit.“"))
    assert q.kind == "direct" and q.speaker == "Vogt"


def test_coordinated_speakers_name_no_single_entity():
    doc = _doc(
        "„Wir verhandeln weiter“, sagten Berg und Roth.", [("Berg", "PER", "berg", None), ("Roth", "PER", "roth", None)]
    )
    q = _only(doc)
    assert q.speaker == "Berg und Roth" and q.speaker_entity is None
