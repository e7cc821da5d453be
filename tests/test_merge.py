import re

from chronik.document import Document, Mention
from chronik.merge import link_entities, merge_mentions, name_key
from chronik.sentences import split_sentences
from chronik.store import Store


def _doc(text, names):
    """A document whose PER/LOC mentions are given as (surface, label) in order of appearance."""
    doc = split_sentences(Document(id="m", raw=text, text=text))
    pos = 0
    for surface, label in names:
        start = text.index(surface, pos)
        doc.mentions.append(Mention(start, start + len(surface), label, surface))
        pos = start + len(surface)
    return doc


def test_spelling_variants_share_a_key():
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un") == "kim jong un"


def test_surname_and_genitive_join_the_full_name():
    text = "Präsidentin Maria Vogel reiste ab. Vogels Sprecher sagte, Vogel komme zurück."
    doc = merge_mentions(_doc(text, [("Maria Vogel", "PER"), ("Vogels", "PER"), ("Vogel", "PER")]))
    keys = {m.text: m.entity for m in doc.mentions if m.role is None}
    assert keys["Vogel"] == keys["Maria Vogel"]
    assert len({m.entity for m in doc.mentions if m.label == "PER" and m.role is None}) == 1


def test_role_phrase_resolves_to_the_person_it_was_bound_to():
    text = ("Portugals Regierungschef Paulo Dias traf in Lissabon ein. "
            "Später sagte der portugiesische Regierungschef, man sei zufrieden.")
    doc = merge_mentions(_doc(text, [("Paulo Dias", "PER"), ("Lissabon", "LOC")]))
    role = [m for m in doc.mentions if m.role]
    assert role and role[0].text == "der portugiesische Regierungschef"
    dias = next(m.entity for m in doc.mentions if m.text == "Paulo Dias")
    assert role[0].entity == dias


def test_unbound_role_word_is_not_a_person():
    text = "Die Firma sucht einen Sprecher. Das ist alles."
    doc = merge_mentions(_doc(text, []))
    assert not [m for m in doc.mentions if m.entity]


def test_corpus_linking_across_documents(tmp_path):
    store = Store(tmp_path / "e.db")
    first = merge_mentions(_doc("Lena Sommer sprach in Kiel.", [("Lena Sommer", "PER"), ("Kiel", "LOC")]))
    second = merge_mentions(_doc("Sommer lobte Kiel erneut.", [("Sommer", "PER"), ("Kiel", "LOC")]))
    with store.transaction():
        a = link_entities(first, store)
        b = link_entities(second, store)
    assert a["PER:lenasommer"] == b["PER:sommer"]
    assert a["LOC:kiel"] == b["LOC:kiel"]
    person = store.entity(a["PER:lenasommer"])
    assert person["name"] == "Lena Sommer" and "Sommer" in person["aliases"]
    assert all(re.match(r"\d+", str(m.entity_id)) for m in second.mentions)


def test_role_words_inside_a_person_span_become_the_role():
    text = ("Chiles Staatschef Pedro Lagos landete in Quito. Lagos: „Wir bleiben.“ "
            "Später sagte der chilenische Staatschef, er sei zufrieden.")
    doc = merge_mentions(_doc(text, [("Chiles Staatschef Pedro Lagos", "PER"), ("Quito", "LOC"), ("Lagos:", "LOC")]))
    people = {m.text: m.entity for m in doc.mentions if m.label == "PER" and m.role is None}
    assert set(people) == {"Pedro Lagos", "Lagos"}  # role cut off, colon trimmed, LOC label corrected
    assert people["Lagos"] == people["Pedro Lagos"]
    role = [m for m in doc.mentions if m.role]
    assert role and role[0].entity == people["Pedro Lagos"]


def test_entity_name_is_the_frequent_full_name_not_a_one_off_long_span():
    from chronik.merge import canonical_name

    assert canonical_name({"Kanzlerin Vogel": 1, "Maria Vogel": 30, "Vogel": 200}) == "Maria Vogel"
    assert canonical_name({"Ebola": 150, "Ebola Ausbruch": 1}) == "Ebola"
    assert canonical_name({"Lee": 9, "Lee Jae-myung": 1, "Lee Jae Myung": 1}) in {"Lee Jae-myung", "Lee Jae Myung"}


def test_corpus_entity_name_follows_counts_across_documents(tmp_path):
    store = Store(tmp_path / "n.db")
    for i, names in enumerate([["Bekannte Roth", "Roth"], ["Anna Roth", "Roth"], ["Anna Roth", "Roth"]]):
        text = " und ".join(names) + " kamen."
        doc = merge_mentions(_doc(text, [(n, "PER") for n in names]))
        doc.id = f"d{i}"
        with store.db:
            link_entities(doc, store)
    names = {e["name"] for e in store.entities("PER")}
    assert "Anna Roth" in names and "Bekannte Roth" not in names


def test_person_typed_institution_becomes_an_organisation():
    text = "Das Paul Weber-Institut warnt, sagte Lena Neuhaus."
    doc = merge_mentions(_doc(text, [("Paul Weber-Institut", "PER"), ("Lena Neuhaus", "PER")]))
    assert {m.text: m.label for m in doc.mentions} == {"Paul Weber-Institut": "ORG", "Lena Neuhaus": "PER"}


def _labels(doc, surface):
    return [m.label for m in doc.mentions if m.text == surface]


def test_one_word_name_takes_the_type_its_role_noun_gives():
    text = "Sie trafen Chiles Präsidentin Arancibia. Danach reisten Weber und Arancibia ab."
    doc = merge_mentions(_doc(text, [("Chiles", "LOC"), ("Arancibia", "PER"), ("Weber", "PER"), ("Arancibia", "LOC")]))
    assert _labels(doc, "Arancibia") == ["PER", "PER"]


def test_clear_majority_retypes_a_one_word_name_but_a_close_vote_does_not():
    clear = "In Ostend regnet es. Ostend liegt am Meer. Nach Ostend fahren Busse. Ostend kündigte an."
    doc = merge_mentions(_doc(clear, [("Ostend", "LOC")] * 3 + [("Ostend", "PER")]))
    assert _labels(doc, "Ostend") == ["LOC"] * 4
    close = "Die Hochburgen von Brandt und die Wähler von Brandt. Brandt sprach."
    doc = merge_mentions(_doc(close, [("Brandt", "LOC"), ("Brandt", "LOC"), ("Brandt", "PER")]))
    assert _labels(doc, "Brandt") == ["LOC", "LOC", "PER"]


def test_person_after_a_speech_verb_keeps_its_type_against_the_vote():
    text = "Lu wuchs. " * 7 + "Das sei vorbei, sagt Lu."
    doc = merge_mentions(_doc(text, [("Lu", "ORG")] * 7 + [("Lu", "PER")]))
    assert _labels(doc, "Lu") == ["ORG"] * 7 + ["PER"]


def test_consistency_lists_changes_and_counts(tmp_path, capsys):
    import gzip
    import json

    from chronik.evaluate import consistency

    text = "Südkoreas Präsident Moon traf Kim. Kim und Moon reisten ab."
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": text}) + "\n")
    consistency.main([str(tmp_path), "-n", "5"])
    lines = capsys.readouterr().out.strip().split("\n")
    summary = json.loads(lines[-1])
    assert summary["articles"] == 1
    assert summary["mentions_retyped"] + summary["mentions_added"] == len(lines) - 1
    assert all(line.split("\t")[2] in text for line in lines[:-1])


def test_untagged_occurrences_of_a_tagged_name_become_mentions():
    text = "Kim Jong Un reiste an. Kim sprach, Kim lachte. Beobachter werteten das als Signal Kims."
    doc = merge_mentions(_doc(text, [("Kim Jong Un", "PER"), ("Kim", "PER"), ("Kim", "PER")]))
    added = [m for m in doc.mentions if m.start == text.index("Kims")]
    assert [(m.text, m.label) for m in added] == [("Kim", "PER")]
    assert added[0].entity == doc.mentions[0].entity


def test_name_propagation_stays_out_of_compounds_nouns_and_lone_words():
    text = "Die SPD tagte. Die SPD stimmte zu. Der SPD-Chef schwieg."
    doc = merge_mentions(_doc(text, [("SPD", "ORG"), ("SPD", "ORG")]))
    assert [m.text for m in doc.mentions if m.role is None] == ["SPD", "SPD"]  # not inside "SPD-Chef"
    text = "Paula Kreis warnt. Kreis sagt, Kreis habe einen Kreis von Experten gebildet."
    doc = merge_mentions(_doc(text, [("Paula Kreis", "PER"), ("Kreis", "PER"), ("Kreis", "PER")]))
    assert len(doc.mentions) == 3  # "einen Kreis" is a noun
    text = "Sahne rühren. Die Sahne schlagen. Sahne kühlen, dann Sahne dazu."
    doc = merge_mentions(_doc(text, [("Sahne", "PER"), ("Sahne", "PER")]))
    assert len(doc.mentions) == 2  # a one-word person name only from a tagged full name
    text = "Ulf Kurz kam. Kurz sprach, Kurz ging. Kurz darauf war es kurz still."
    doc = merge_mentions(_doc(text, [("Ulf Kurz", "PER"), ("Kurz", "PER"), ("Kurz", "PER")]))
    assert len(doc.mentions) == 3  # the document also writes "kurz"


def test_first_part_with_hyphen_joins_the_name_it_stands_for():
    text = "Nordkorea droht. Nord- und Südkorea verhandeln. Ost- und Westtimor auch."
    doc = merge_mentions(_doc(text, [("Nordkorea", "LOC"), ("Nord-", "LOC"), ("Südkorea", "LOC"), ("Ost-", "LOC")]))
    keys = {m.text: m.entity for m in doc.mentions}
    assert keys["Nord-"] == keys["Nordkorea"] == "LOC:nordkorea"
    assert keys["Ost-"] == "LOC:ost"  # "Osttimor" is not named in the document
