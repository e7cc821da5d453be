"""Entities stage: the shipped German NER model on sentences written for these tests."""

from __future__ import annotations

import pytest

from chronik.document import Document, Mention
from chronik.entities import (
    CHUNK_CHARS,
    MODEL_DIR,
    ModelNotFound,
    chunks,
    labelled_spans,
    load_model,
    rule_mentions,
    tag_entities,
)


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip(f"shipped NER model not present at {MODEL_DIR}")
    return load_model()


def _tag(text, nlp, **kw):
    return tag_entities(Document(id="t", raw=text, text=text), nlp=nlp, **kw)


def _found(doc):
    return {(m.text, m.label) for m in doc.mentions}


def test_clear_person_and_place_come_out_with_offsets(nlp):
    text = "Bundeskanzlerin Angela Merkel ist am Montag nach Paris gereist."
    doc = _tag(text, nlp)
    assert ("Angela Merkel", "PER") in _found(doc)
    assert ("Paris", "LOC") in _found(doc)
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text


def test_organisation_in_a_news_sentence(nlp):
    text = "Die Deutsche Bank hat in Frankfurt neue Zahlen vorgelegt, teilte ein Sprecher mit."
    found = _found(_tag(text, nlp))
    assert any(label == "ORG" and "Deutsche Bank" in name for name, label in found)
    assert any(label == "LOC" and name.startswith("Frankfurt") for name, label in found)


def test_agency_rule_adds_missed_credit_without_overriding_model(nlp):
    text = "Das meldete die Nachrichtenagentur dpa am Abend."
    with_rules = _found(_tag(text, nlp))
    assert ("dpa", "ORG") in with_rules
    model_only = _tag(text, nlp, rules=False).mentions
    assert {(m.start, m.end) for m in model_only} <= {(m.start, m.end) for m in _tag(text, nlp).mentions}


def test_long_text_is_chunked_and_offsets_stay_global(nlp):
    para = "Olaf Scholz traf in Berlin den Bürgermeister. " * 10 + "\n"
    text = para * 60 + para.strip() * 40  # ~28k characters in short lines, then one ~19k-character line
    doc = _tag(text, nlp)
    assert len(text) > 40_000
    assert len(doc.mentions) > 300
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)
    assert doc.mentions[-1].start > len(text) - len(para)
    assert all(e - s <= CHUNK_CHARS for s, e in chunks(text))


def test_chunks_cover_text_and_respect_limit():
    text = ("Ein Satz hier. " * 30 + "\n") * 20
    pieces = list(chunks(text, limit=200))
    assert all(e - s <= 200 for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text.replace("\n", "")


def test_no_mention_crosses_a_line_break(nlp):
    text = "Gipfel mit Kim Jong Un\n\nAtomkonflikt in Asien\nFoto: Andrew Harnik/dpa\nDas Treffen in Hanoi"
    doc = _tag(text, nlp)
    assert doc.mentions and all("\n" not in m.text for m in doc.mentions)


def test_rule_layer_matches_whole_words_only():
    hits = rule_mentions("Berlin (dpa) - Laut AFP und dpa-AFX; nicht aber in Kapital.", "de")
    assert [(m.text, m.label) for m in hits] == [("dpa", "ORG"), ("AFP", "ORG"), ("dpa-AFX", "ORG")]
    assert rule_mentions("Ein dpa-Korrespondent im EUR-Raum", "de") == []


def test_currency_codes_replace_a_model_span_of_the_same_extent_only():
    import spacy

    stub = spacy.blank("de")
    stub.add_pipe("entity_ruler").add_patterns(
        [{"label": "ORG", "pattern": "EUR"}, {"label": "ORG", "pattern": [{"TEXT": "EUR"}, {"TEXT": "Holding"}]}]
    )
    spans = labelled_spans("Ein Gewinn von 654 Mio EUR bei der EUR Holding und 5 €.", stub)
    assert [(m.text, m.label) for m in spans] == [("EUR", "OTH"), ("EUR Holding", "ORG"), ("€", "OTH")]


def test_derived_and_partial_names_are_not_mentions():
    import spacy

    stub = spacy.blank("de")
    stub.add_pipe("entity_ruler").add_patterns(
        [{"label": "LOCderiv", "pattern": "italienische"}, {"label": "ORGpart", "pattern": "FDP-Chefin"},
         {"label": "PER", "pattern": "Rossi"}]
    )  # fmt: skip
    text = "Die italienische FDP-Chefin Rossi sprach."
    assert {m.label for m in labelled_spans(text, stub)} == {"LOCderiv", "ORGpart", "PER"}
    assert [(m.text, m.label) for m in _tag(text, stub).mentions] == [("Rossi", "PER")]


def test_missing_model_folder_gives_clear_error(tmp_path):
    with pytest.raises(ModelNotFound, match="chronik.train.ner"):
        load_model(tmp_path / "no-such-model")


def test_bullets_and_quotes_at_a_span_edge_are_trimmed_but_currency_signs_stay():
    import spacy

    from chronik.entities import _trimmed

    doc = spacy.blank("de")("• Kim „ trifft Moon Jae-in “ für 5 € und $")
    assert _trimmed(doc[0:3]).text == "Kim"  # "• Kim „"
    assert _trimmed(doc[4:7]).text == "Moon Jae-in"  # "Moon Jae-in “"
    assert _trimmed(doc[2:5]).text == "trifft Moon"  # only edge tokens go
    assert _trimmed(doc[0:1]) is None
    assert _trimmed(doc[-3:-2]).text == "€"


def test_name_type_lexicon_retypes_and_adds_partial_names(tmp_path):
    from collections import Counter

    from chronik import name_types

    types = name_types.NameTypes({"Suriname": Counter(LOC=8), "NRW": Counter(LOC=3), "Bayern": Counter(LOC=3, ORG=2)})
    types.save(tmp_path / "name_types.tsv")
    types = name_types.read(tmp_path / "name_types.tsv")
    text = "Suriname und Bayern streiten um NRW-Förderung und Nord-Süd-Fragen."
    spans = [Mention(0, 8, "PER", "Suriname"), Mention(13, 19, "ORG", "Bayern")]
    out = name_types.apply(text, spans, types)
    assert [(m.text, m.label) for m in out] == [
        ("Suriname", "LOC"),  # 8 of 8 annotations say LOC
        ("Bayern", "ORG"),  # 3 of 5 is below the share needed to overrule the model
        ("NRW-Förderung", "LOCpart"),  # a compound holding a name, as GermEval annotates it
    ]
