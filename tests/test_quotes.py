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


def _statements(text: str):
    doc = Document(id="t", raw=text, text=text)
    return [
        (st.kind, [text[a:b] for a, b in st.message], text[st.source[0] : st.source[1]] if st.source else None)
        for st in find_statements(doc)
    ]


def test_titles_with_short_function_words_are_no_quotes_but_slogans_after_a_verb_are():
    assert _doc("Das Bündnis „Allianz zur Europäischen Integration“ gewann die Wahl.").quotes == []
    assert _doc("Er gehört zur „People's Alliance for Democracy“ in Bangkok.").quotes == []
    q = _only(_doc("Die Demonstranten riefen „Stoppt den Wahn“ vor dem Rathaus."))
    assert q.kind == "direct" and q.text == "„Stoppt den Wahn“"


def test_hearsay_modal_right_after_a_statement_continues_it():
    found = _statements(
        "Die Polizei teilte mit, der Mann sei festgenommen worden. Er soll zuvor drei Autos beschädigt haben."
    )
    assert found[-1] == ("indirect", ["Er soll zuvor drei Autos beschädigt haben."], "Die Polizei")
    assert _statements("Die neue Brücke soll im Jahr 2030 fertig werden.") == []


def test_name_particles_stay_inside_the_speaker():
    found = _statements("OPEC-Generalsekretär Abdalla al Badri sagte, man wolle die Entwicklung beobachten.")
    assert found == [("indirect", ["man wolle die Entwicklung beobachten"], "OPEC-Generalsekretär Abdalla al Badri")]


def test_separable_particle_after_an_apposition_and_before_the_verb():
    found = _statements("Kein Notsignal wurde gesendet, teilte der Direktor der Behörde, Bagus Puruhito, mit.")
    assert found == [("indirect", ["Kein Notsignal wurde gesendet"], "der Direktor der Behörde, Bagus Puruhito")]
    found = _statements("Wie die Zentralbank in Rom bekannt gab, soll der Chef zurücktreten.")
    assert found[0][1:] == (["soll der Chef zurücktreten"], "die Zentralbank")


def test_preposition_with_article_opens_content_not_a_relative_clause():
    found = _statements("Fischer sagten, in der Region eine Explosion gesichtet zu haben.")
    assert found == [("indirect", ["in der Region eine Explosion gesichtet zu haben"], "Fischer")]


def test_apposition_with_a_prepositional_phrase_is_part_of_the_speaker():
    found = _statements("Fritz Tack, Agrarexperte der Fraktion im Landtag, kritisierte, die Kommission habe versagt.")
    assert found == [("indirect", ["die Kommission habe versagt"], "Fritz Tack, Agrarexperte der Fraktion im Landtag")]


def test_agentless_passive_act_is_no_statement():
    assert _statements("In Italien waren Entschädigungen für die Opfer gefordert worden.") == []


def test_attribution_phrase_in_a_later_clause_claims_that_clause():
    found = _statements(
        "Die Mutter soll einiges gewusst haben, diese Taten seien aber laut der Staatsanwältin verjährt."
    )
    laut = [f for f in found if f[2] == "der Staatsanwältin"]
    assert laut and laut[0][1][0] == "diese Taten seien aber"


def test_speaker_the_tagger_missed_takes_the_same_name_elsewhere():
    doc = _doc(
        "Präsident Moon Jae-in traf Trump. Moon sagte, er sei zuversichtlich.", [("Moon Jae-in", "PER", "moon", None)]
    )
    assert _only(doc).speaker_entity == "moon"


def test_place_after_a_preposition_is_not_the_speaking_institution():
    doc = _doc(
        "Das Verteidigungsministerium in Seoul teilte mit, die Gespräche gingen weiter.",
        [("Seoul", "LOC", "seoul", None)],
    )
    q = _only(doc)
    assert q.speaker == "Das Verteidigungsministerium in Seoul" and q.speaker_entity is None


def test_personal_pronoun_skips_an_organisation_that_spoke_before():
    doc = _doc(
        "Moon reiste ab. Die Regierung teilte mit, der Gipfel finde statt. „Das ist ein guter Tag“, sagte er.",
        [("Moon", "PER", "moon", None), ("Die Regierung", "ORG", "regierung", None)],
    )
    assert [q.speaker_entity for q in doc.quotes] == ["regierung", "moon"]


def test_quotes_in_captions_and_video_teasers_are_nobodys():
    text = (
        "Video: „Wir lieben uns“ – Trump über Kim\n\n"
        "Kim in Hanoi: „Das besprechen wir gerade.“ (Foto: dpa)\n\n"
        "„Wir haben Zeit“, sagte Trump."
    )
    doc = _doc(text, [("Trump", "PER", "trump", None), ("Kim", "PER", "kim", None), ("Trump", "PER", "trump", None)])
    caption = [q for q in doc.quotes if "lieben" in q.text or "besprechen" in q.text]
    assert len(caption) == 2 and all(q.speaker is None and q.speaker_entity is None for q in caption)
    assert [q.speaker_entity for q in doc.quotes if "Zeit" in q.text] == ["trump"]


def test_konjunktiv_sentence_without_a_statement_before_is_still_reported_speech():
    found = _statements("Ein Bus explodierte im Zentrum. Dort seien auch viele Passanten verletzt worden.")
    assert found == [("indirect", ["Dort seien auch viele Passanten verletzt worden."], None)]
    assert _statements("Ein Bus explodierte im Zentrum. Dort wurden viele Passanten verletzt.") == []


def test_a_name_in_a_genitive_or_von_complement_is_not_the_speaker():
    assert _only(_doc("Der Sprecher von Kim sagte, man warte.", [("Kim", "PER", "kim", None)])).speaker_entity is None
    doc = _doc("Ein Berater des Präsidenten Trump sagte, man warte.", [("Trump", "PER", "trump", None)])
    assert _only(doc).speaker_entity is None
    doc = _doc("Der Präsident der USA Donald Trump sagte, man warte.", [("Donald Trump", "PER", "trump", None)])
    assert _only(doc).speaker_entity == "trump"


def test_institution_speaker_missed_by_the_tagger_becomes_an_org_entity():
    doc = _doc("Das Umweltministerium teilte mit, die Messwerte seien unbedenklich.")
    q = _only(doc)
    assert q.speaker_entity and q.speaker_entity.startswith("ORG:")
    (m,) = [m for m in doc.mentions if m.entity == q.speaker_entity]
    assert (m.label, m.text) == ("ORG", "Umweltministerium")
    assert doc.meta["entities"][q.speaker_entity]["name"] == "Umweltministerium"
