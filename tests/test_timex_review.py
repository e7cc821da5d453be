import pickle

from chronik.evaluate.timex import GoldDoc
from chronik.evaluate.timex_review import changes, disagreements, predict


def doc(name: str, text: str) -> GoldDoc:
    return GoldDoc(name, text, "2020-05-06", [], False)


def test_changes_lists_moved_added_and_dropped_values():
    d = doc("a", "Am Montag kam er, am Dienstag ging er.")
    before = [(d, [{"start": 3, "end": 9, "value": "2020-05-11"}, {"start": 21, "end": 29, "value": "2020-05-05"}])]
    after = [(d, [{"start": 3, "end": 9, "value": "2020-05-04"}, {"start": 21, "end": 29, "value": "2020-05-05"},
                  {"start": 0, "end": 2, "value": "X"}])]
    rows = list(changes(before, after))
    assert len(rows) == 2
    assert "OLD 2020-05-11 NEW 2020-05-04" in rows[1] and "[Montag]" in rows[1]
    assert "OLD None NEW X" in rows[0]


def test_disagreements_reads_chronik_against_the_peer(tmp_path):
    d = doc("b", "Am Montag wurden 108 Personen getestet.")
    peer = [{"start": 3, "end": 9, "value": "2020-05-11", "type": "DATE"},
            {"start": 17, "end": 20, "value": "0108", "type": "DATE"}]
    path = tmp_path / "s.pkl"
    path.write_bytes(pickle.dumps([(d, [], peer)]))
    rows = list(disagreements(path))
    assert any(r.startswith("VALUE") and "2020-05-04" in r and "2020-05-11" in r for r in rows)
    assert any(r.startswith("H-ONLY") and "0108" in r for r in rows)
    out = tmp_path / "p.pkl"
    assert predict(out, tmp_path) == 1
    assert [t["value"] for _, found in pickle.loads(out.read_bytes()) for t in found] == ["2020-05-04"]


def test_sample_pairs_dates_each_undated_text_and_asks_the_peer(tmp_path, monkeypatch):
    import json

    from chronik.evaluate import timex_review

    monkeypatch.setattr(timex_review, "_heideltime", lambda d: [{"start": 0, "end": 1, "value": "X", "type": "DATE"}])
    row = {"link1": "u1", "title1": "Titel", "text1": "Am 3. Mai 2017 trafen sich die Minister. Am Freitag "
           "soll abgestimmt werden.", "link2": "u2", "title2": "", "text2": "Ohne Datum."}
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps(row) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "s.pkl"
    assert timex_review.sample_pairs(out, pairs) == 2  # each link once
    rows = {d.name: (d, found, peer) for d, found, peer in pickle.loads(out.read_bytes())}
    assert rows["u2"][0].dct == timex_review.UNDATED_PAIR_DATE and rows["u2"][1] == []
    assert rows["u1"][0].dct.startswith("2017-05") and rows["u1"][2][0]["value"] == "X"


def test_sample_html_reads_german_pages_with_their_dates(tmp_path, monkeypatch):
    import gzip
    import json

    from chronik.evaluate import timex_review

    monkeypatch.setattr(timex_review, "_heideltime", lambda d: [])
    body = ("<p>Der Gemeinderat hat am Montag über den neuen Spielplatz beraten und ihn nach langer "
            "Diskussion mit großer Mehrheit beschlossen.</p><p>Die Arbeiten sollen im Frühjahr beginnen, "
            "teilte der Bürgermeister nach der Sitzung mit.</p>")
    page = (f"<html><head><title>Spielplatz</title><meta property='article:published_time' content='2019-10-08'>"
            f"</head><body><article>{body}</article></body></html>")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "a.html.gz").write_bytes(gzip.compress(page.encode()))
    rows = [{"key": k, "url": f"https://example.org/{k}", "html_file": "html/a.html.gz", "looks_german": k == "de"}
            for k in ("de", "en")]
    ann = tmp_path / "annotations.jsonl"
    ann.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "s.pkl"
    assert timex_review.sample_html(out, ann) == 1  # the German page only
    (d, found, _), = pickle.loads(out.read_bytes())
    assert d.dct == "2019-10-08" and "Spielplatz" in d.text
    assert [t["value"] for t in found] == ["2019-10-07", "2020-SP"]
