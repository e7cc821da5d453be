import sqlite3

import pytest

from chronik.document import Document, Mention, Quote, Span, Timex
from chronik.store import Store


def _doc(doc_id="d1", text="Am Montag sagte Anna Berg: „Wir bauen.“"):
    return Document(
        id=doc_id, raw=text, text=text, title="Bau", date="2021-03-01",
        sentences=[Span(0, len(text))], mentions=[Mention(16, 25, "PER", "Anna Berg", "PER:annaberg")],
        timexes=[Timex(0, 9, "Am Montag", "DATE", "2021-03-01")],
        quotes=[Quote(27, len(text), "„Wir bauen.“", "direct", "Anna Berg", 16, 25, "PER:annaberg")],
    )


def test_roundtrip_and_search(tmp_path):
    store = Store(tmp_path / "c.db")
    with store.transaction():
        store.write_document(_doc())
    again = Store(tmp_path / "c.db").document("d1")
    assert again.text == _doc().text
    assert again.mentions[0].text == "Anna Berg" and again.timexes[0].value == "2021-03-01"
    assert again.quotes[0].speaker == "Anna Berg"
    assert store.search("bauen")[0]["id"] == "d1"


def test_failed_transaction_leaves_nothing(tmp_path):
    store = Store(tmp_path / "c.db")
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.write_document(_doc("d1"))
        store.write_document(_doc("d2"))  # same content hash: rejected, and d1 rolls back with it
    assert store.count("documents") == 0 and store.count("mentions") == 0
