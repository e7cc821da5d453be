"""Near-duplicate detection on invented German articles."""

from __future__ import annotations

import json

from chronik.dedup import NearDuplicateIndex, jaccard, signature

ORIGINAL = (
    "Die Stadtwerke von Lindenfeld erhöhen zum ersten April die Preise für Fernwärme um durchschnittlich "
    "zwölf Prozent. Das teilte der Versorger am Dienstag mit. Als Grund nannte Geschäftsführerin Marta "
    "Hollerbach die gestiegenen Kosten für Erdgas und neue Auflagen für das Heizkraftwerk an der Weißach. "
    "Betroffen sind rund 18.000 Haushalte im Stadtgebiet. Der Mieterverein kritisierte die Erhöhung als "
    "unangemessen und forderte eine Härtefallregelung für Familien mit geringem Einkommen. Die Stadtwerke "
    "verwiesen auf ein Beratungsangebot und auf die Möglichkeit, Abschläge in Raten zu zahlen. Im "
    "Stadtrat will die Opposition das Thema in der nächsten Sitzung auf die Tagesordnung setzen."
)
# an agency copy: new opening words, one changed phrase, a credit line
EDITED = (
    ORIGINAL.replace("Das teilte der Versorger am Dienstag mit.", "Das teilte das Unternehmen am Dienstag mit.")
    .replace("rund 18.000", "etwa 18.000") + " (dpa)"
)
UNRELATED = (
    "Der FC Lindenfeld hat das Nachholspiel gegen den SV Bergheim mit drei zu eins gewonnen. Vor 2.300 "
    "Zuschauern traf Stürmer Jonas Abel zweimal. Trainer Uwe Kramm lobte die Moral seiner Mannschaft, die "
    "nach dem frühen Rückstand nicht aufgegeben habe. Mit dem Sieg rückt der Verein auf den dritten Platz vor."
)


def test_lightly_edited_copy_is_found_and_unrelated_text_is_not():
    index = NearDuplicateIndex()
    assert index.add("orig", ORIGINAL) == []
    assert index.add("copy", EDITED) == ["orig"]
    assert index.add("sport", UNRELATED) == []
    assert jaccard(signature(ORIGINAL), signature(EDITED)) >= index.threshold


def test_punctuation_and_case_do_not_matter():
    index = NearDuplicateIndex()
    index.add("a", ORIGINAL)
    assert index.add("b", ORIGINAL.upper().replace(".", " .").replace(",", "")) == ["a"]


def test_empty_text_never_matches():
    index = NearDuplicateIndex()
    assert index.add("e1", "") == []
    assert index.add("e2", "  ") == []
    assert index.add("e3", ORIGINAL) == []


def test_json_round_trip_keeps_matching():
    index = NearDuplicateIndex(threshold=0.8)
    index.add("orig", ORIGINAL)
    index.add("sport", UNRELATED)
    data = index.to_json()
    assert all(isinstance(v, int) for v in json.loads(data)["signatures"]["orig"])
    restored = NearDuplicateIndex.from_json(data)
    assert len(restored) == 2
    assert restored.add("copy", EDITED) == ["orig"]


def test_stored_signatures_rebuild_an_index():
    index = NearDuplicateIndex()
    index.add_signature("orig", json.loads(json.dumps(index.signature(ORIGINAL))))
    assert index.query(index.signature(EDITED)) == ["orig"]
