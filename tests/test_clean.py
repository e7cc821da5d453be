"""clean stage: body kept, debris (titles, captions, credits, teasers, promos, navigation) cut.

Snippets and fixtures are invented; the seed and FANG-COVID checks assert generic properties only.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import pytest

from chronik.clean import clean, debris_report
from chronik.document import Document
from chronik.lang import load

from .conftest import SEEDS, SHARED, need

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
LANG = load("de")


def run(raw: str, title: str = "") -> Document:
    return clean(Document(id="t", raw=raw, title=title))


def paragraphs(doc: Document) -> list[str]:
    return doc.text.split("\n\n") if doc.text else []


def debris_patterns() -> list[re.Pattern[str]]:
    return list(LANG.patterns("boilerplate.txt")) + list(LANG.patterns("clean_inline.txt"))


def credit_patterns() -> list[re.Pattern[str]]:
    names = ("clean_credits.txt", "clean_credit_inline.txt", "clean_sources.txt")
    return [pattern for name in names for pattern in LANG.patterns(name)]


# --- resource files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("boilerplate.txt", "search"),
        ("clean_inline.txt", "search"),
        ("clean_credit_inline.txt", "search"),
        ("clean_credits.txt", "fullmatch"),
        ("clean_sources.txt", "fullmatch"),
        ("clean_stop.txt", "fullmatch"),
    ],
)
def test_every_pattern_matches_its_own_example(name: str, mode: str) -> None:
    for line in (LANG.path / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "  # example: " not in line:
            continue
        pattern, example = line.split("  # example: ", 1)
        assert getattr(re.compile(pattern.strip()), mode)(example.strip()), (pattern, example)


# --- header: title, captions, credits, teaser -------------------------------------------------


def test_page_header_is_split_into_title_teaser_and_debris() -> None:
    doc = run((FIXTURES / "page_with_debris.txt").read_text(encoding="utf-8"))
    assert doc.title == "Hafen und Stadt: Bremerhaven plant neue Fährverbindung nach Helgoland"
    assert doc.teaser.startswith("Die Stadt Bremerhaven will eine zweite Fährlinie")
    assert "Finanzierung ist aber offen." in doc.teaser
    body = paragraphs(doc)
    assert body[0].startswith("Die Stadt Bremerhaven will vom nächsten Sommer an")
    assert any(p.startswith('"Wir wollen die Insel') for p in body)  # quoting paragraph stays
    assert body[-1] == "Wer die Kosten am Ende trägt, soll bis zum Herbst geklärt werden."
    for debris in (
        "Foto",
        "Fähre liegt im Hafen",
        "alte Fähre soll",
        "Mehr zum Thema",
        "Lesen Sie",
        "Kritik an den Kosten",
        "Startseite",
        "Sylt",
        "Jetzt entdecken",
        "(dpa)",
        "•",
    ):
        assert debris not in doc.text, debris
    assert "Kritik an den Kosten" in doc.removed
    assert any("Sylt" in r for r in doc.removed)


def test_metadata_title_is_kept_and_its_line_removed() -> None:
    raw = (
        "Wahl in Kiel - Knappe Mehrheit für die Koalition Die Regierung bleibt im Amt. "
        "»Das war knapp«, sagte die Ministerpräsidentin. © Foto: Jan Muster/dpa\n\n"
        "Die Koalition in Kiel hat die Abstimmung über den Haushalt mit einer Stimme Mehrheit gewonnen. "
        "Die Opposition kündigte an, weiter gegen die Sparpläne zu kämpfen."
    )
    doc = run(raw, title="Wahl in Kiel: Knappe Mehrheit für die Koalition")
    assert doc.title == "Wahl in Kiel: Knappe Mehrheit für die Koalition"
    assert doc.teaser.startswith("Die Regierung bleibt im Amt.")
    assert "Knappe Mehrheit" not in doc.text and "©" not in doc.text
    assert paragraphs(doc) == [raw.split("\n\n")[1]]
    assert "© Foto: Jan Muster/dpa" in doc.removed


def test_heading_is_a_short_line_without_final_punctuation() -> None:
    raw = (
        "Der Stadtrat hat am Abend den neuen Radweg beschlossen. Die Bauarbeiten beginnen im März.\n"
        "Anwohner sind skeptisch\n"
        'Viele Anwohner fürchten um ihre Parkplätze. "Wo sollen wir denn hin?", fragte eine Frau.\n'
        "»Wir haben lange genug gewartet«\n"
        "Die Radfahrer dagegen freuen sich über die Entscheidung."
    )
    doc = run(raw)
    assert paragraphs(doc) == [
        "Der Stadtrat hat am Abend den neuen Radweg beschlossen. Die Bauarbeiten beginnen im März.",
        'Viele Anwohner fürchten um ihre Parkplätze. "Wo sollen wir denn hin?", fragte eine Frau.',
        "Die Radfahrer dagegen freuen sich über die Entscheidung.",
    ]
    assert "Anwohner sind skeptisch" in doc.removed
    assert "»Wir haben lange genug gewartet«" in doc.removed


def test_embedded_video_teaser_is_removed() -> None:
    raw = (
        "Die Fluthilfe des Landes soll bis Ende des Monats ausgezahlt werden, sagte der Minister.\n\n"
        "Hochwasser - »Das Wasser kam in Minuten« Die Pegel steigen weiter. "
        "Unsere Reporterin Lena Beispiel berichtet aus Passau.\n\n"
        "Betroffene können die Anträge ab Montag bei den Gemeinden stellen."
    )
    doc = run(raw)
    assert len(paragraphs(doc)) == 2
    assert "Reporterin" not in doc.text


# --- line structure ---------------------------------------------------------------------------


def test_hard_wrapped_lines_are_joined_and_interview_labels_kept() -> None:
    doc = run((FIXTURES / "wrapped_interview.txt").read_text(encoding="utf-8"))
    body = paragraphs(doc)
    assert all("\n" not in p for p in body)
    assert (
        "Im Gespräch erzählt sie, was sich seit dem Frühjahr verändert hat und warum sie trotzdem optimistisch bleibt."
        in doc.text
    )
    # a wrapped line that is a single article is a sentence start, not a heading
    assert "Die Pflegerinnen arbeiten seit Wochen am Limit." in doc.text
    assert any(p.startswith("Kowalski: Wir sind an der Grenze.") for p in body)
    assert any(p.startswith("Redaktion: Was raten Sie") for p in body)
    for debris in ("TIPP", "TAGES", "E-Mail", "Jonas Beispiel"):
        assert debris not in doc.text, debris


def test_unpunctuated_line_ending_in_an_article_is_not_a_heading() -> None:
    raw = (
        "Die Messe war gut besucht. Mehr als 20 000 Gäste kamen am ersten Tag.\n"
        "Besonders gefragt waren die Stände der\n"
        "Aussteller aus Skandinavien, sagte eine Sprecherin."
    )
    doc = run(raw)
    assert "Besonders gefragt waren die Stände der Aussteller aus Skandinavien" in doc.text
    assert doc.removed == []


def test_page_without_line_breaks() -> None:
    raw = (
        "Fähre fällt aus Ein Sturm legt den Verkehr lahm. (Foto: dpa) • Die Fähren bleiben im Hafen. "
        "• Am Freitag soll der Betrieb wieder aufgenommen werden. Der Sturm hat am Donnerstag den Fährverkehr "
        "zwischen dem Festland und den Inseln vollständig zum Erliegen gebracht. Nach Angaben der Reederei "
        "fielen alle Abfahrten aus, Hunderte Reisende mussten an Land übernachten. Die Wetterdienste erwarten, "
        "dass der Wind in der Nacht nachlässt. Zur Startseite Mehr aus der Region Noch ein Text"
    )
    doc = run(raw)
    assert doc.teaser.startswith("Die Fähren bleiben im Hafen.")
    assert doc.text.startswith("Der Sturm hat am Donnerstag")
    assert doc.text.endswith("dass der Wind in der Nacht nachlässt.")
    assert "(Foto: dpa)" in doc.removed


# --- promos, navigation, trailers -------------------------------------------------------------


def test_promos_navigation_and_agency_tags_are_cut() -> None:
    raw = (
        "Die Bibliothek öffnet nach dem Umbau wieder. Leser können ab Montag Bücher ausleihen.\n"
        "Facebook Twitter WhatsApp E-Mail\n"
        "Zu den Stadtteilen: Nord | Süd | Mitte | Hafen\n"
        "[Wenn Sie die wichtigsten Nachrichten aus der Stadt jeden Morgen lesen wollen, abonnieren Sie "
        "unseren kostenlosen Newsletter.]\n"
        "Der Umbau hat zwei Jahre gedauert [Lesen Sie hier: Was die Sanierung gekostet hat] und war teurer als "
        "geplant.\n"
        "Von Anna Beispiel\n"
        "Dieser Artikel erschien zuerst in der Wochenendausgabe.\n"
        "Hier können Sie unseren Newsletter kostenlos abonnieren.\n"
        "Der Eintritt bleibt frei. (dpa/AFP)"
    )
    doc = run(raw)
    assert paragraphs(doc) == [
        "Die Bibliothek öffnet nach dem Umbau wieder. Leser können ab Montag Bücher ausleihen.",
        "Der Umbau hat zwei Jahre gedauert und war teurer als geplant.",
        "Der Eintritt bleibt frei.",
    ]
    assert len(doc.removed) == 8


def test_contact_line_ends_its_paragraph_and_blank_line_inside_a_sentence_is_bridged() -> None:
    raw = (
        "Haben Sie Hinweise? Schreiben Sie uns eine E-Mail an\n"
        "leserpost@beispielzeitung.de\n"
        "Die Zahl der Neuinfektionen ist gestern wieder gestiegen, meldete das Gesundheitsamt.\n"
        "Unser Nachbar erklärte auf die Frage, was er denn später\n\n"
        "einmal werden wolle: Lokführer."
    )
    doc = run(raw)
    assert paragraphs(doc) == [
        "Die Zahl der Neuinfektionen ist gestern wieder gestiegen, meldete das Gesundheitsamt.",
        "Unser Nachbar erklärte auf die Frage, was er denn später einmal werden wolle: Lokführer.",
    ]


def test_agency_tag_is_cut_but_its_paragraph_is_no_caption() -> None:
    raw = (
        "Der Verlag meldete am Montag einen Rekordumsatz. Die Zahl der Abonnenten stieg um zehn Prozent.\n"
        "[Mehr zum Thema: So entwickelt sich der Zeitungsmarkt] Im kommenden Jahr will er weiter wachsen. "
        "Eine neue Druckerei ist geplant. dpa/AFP"
    )
    doc = run(raw)
    assert paragraphs(doc) == [
        "Der Verlag meldete am Montag einen Rekordumsatz. Die Zahl der Abonnenten stieg um zehn Prozent.",
        "Im kommenden Jahr will er weiter wachsen. Eine neue Druckerei ist geplant.",
    ]


def test_short_agency_article_with_copyright_line_keeps_its_body() -> None:
    raw = (
        "Hamburg (dpa) - Der Hafen hat im ersten Quartal weniger Container umgeschlagen als im Vorjahr. "
        "Als Grund nannte die Hafenbehörde die schwache Nachfrage aus Asien.\n"
        "© dpa-infocom, dpa:210401-99-123456/2"
    )
    doc = run(raw)
    assert doc.text.startswith("Hamburg (dpa) - Der Hafen") and doc.text.endswith("aus Asien.")
    assert doc.teaser == ""
    doc = run(raw.replace("\n", " ") + "\nQuelle: Hafenbehörde")
    assert doc.text.endswith("aus Asien.")


def test_source_sentence_with_material_words_is_body() -> None:
    raw = "Mit Informationen von Zeugen konnte die Polizei den Täter schnell fassen.\nEr sitzt in Haft."
    assert run(raw).text == raw.replace("\n", "\n\n")


def test_stop_marker_at_the_top_does_not_empty_the_article() -> None:
    raw = (
        "Zur Startseite\n"
        "Der Zoo bekommt ein neues Elefantenhaus. Die Tiere sollen im Sommer umziehen, teilte die Leitung mit."
    )
    doc = run(raw)
    assert doc.text.startswith("Der Zoo bekommt")


def test_body_sentences_that_mention_promo_words_stay() -> None:
    raw = (
        "Die Gesundheitsbehörde rät, die Warn-App herunterzuladen. Viele Bürger wollen die App aber nicht "
        "herunterladen, weil sie ihre Daten schützen wollen.\n"
        "Mehr als 300 Menschen kamen zur Versammlung. Mehr zum Ablauf wollte die Polizei nicht sagen.\n"
        'Sie sagte: "Lesen Sie die Regeln genau, bevor Sie unterschreiben."'
    )
    doc = run(raw)
    assert doc.text == raw.replace("\n", "\n\n")
    assert doc.removed == []


def test_language_folder_without_clean_resources_uses_shape_rules_only(tmp_path, monkeypatch) -> None:
    import chronik.lang

    (tmp_path / "xx").mkdir()
    monkeypatch.setattr(chronik.lang, "LANG_DIR", tmp_path)
    raw = "THE HEADLINE\nA | B | C\nThe council met on Monday. It approved the budget.\nA short heading\nIt ends here."
    doc = clean(Document(id="t", raw=raw, lang="xx"), chronik.lang.Lang("xx"))
    assert paragraphs(doc) == ["The council met on Monday. It approved the budget.", "It ends here."]


def test_unknown_language_is_cleaned_by_shape_alone() -> None:
    raw = "HEADLINE\nThe council met on Monday. It approved the budget.\nA short heading\nIt ends here."
    doc = clean(Document(id="t", raw=raw, lang="zz-unknown"))
    assert paragraphs(doc) == ["The council met on Monday. It approved the budget.", "It ends here."]


# --- real pages (skipped without ../shared) ---------------------------------------------------


def _seed_docs() -> list[Document]:
    need(SEEDS)
    meta = {}
    if (SEEDS / "seeds.jsonl").exists():
        for line in (SEEDS / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            meta[row["file"]] = row.get("title", "")
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        for title in (meta.get(path.name, ""), ""):
            docs.append(clean(Document(id=path.name, raw=path.read_text(encoding="utf-8"), title=title)))
    return docs


def test_seeds_keep_body_and_lose_debris() -> None:
    docs = _seed_docs()
    debris, credits = debris_patterns(), credit_patterns()
    for doc in docs:
        flat_raw = " ".join(doc.raw.split())
        raw_paras = [" ".join(p.split()) for p in doc.raw.split("\n\n")]
        assert len(paragraphs(doc)) >= 5
        for para in paragraphs(doc):
            assert para in flat_raw, "body paragraphs are unchanged stretches of the page"
            assert not any(p.search(para) for p in debris), para
            assert not any(p.search(para) for p in credits), para
            assert "•" not in para
            assert para.endswith((".", "!", "?", '"', "«", "“")), f"heading or fragment left: {para!r}"
        # every long prose paragraph of the page survives
        for raw_para in raw_paras:
            if len(raw_para) > 300 and not raw_para.startswith("•"):
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", raw_para) if len(s) > 40]
                first = sentences[0] if sentences else raw_para
                if "©" in raw_para or "Foto" in raw_para:
                    continue  # header block: title, teaser and credit on one line
                assert first in doc.text, first[:60]
    assert any(p.startswith("Das Weiße Haus und die Regierung") for d in docs for p in paragraphs(d))


def test_seeds_flattened_to_one_line_still_lose_navigation_and_credits() -> None:
    need(SEEDS)
    for path in sorted(SEEDS.glob("*.txt")):
        doc = run(" ".join(path.read_text(encoding="utf-8").split()))
        assert len(doc.text) > 1500
        assert not any(p.search(doc.text) for p in credit_patterns())
        for stop in LANG.patterns("clean_stop.txt"):
            assert not stop.search(doc.text)
        assert "•" not in doc.text and "Unser Reporter" not in doc.text
    flat = run(" ".join(sorted(SEEDS.glob("000_*.txt"))[0].read_text(encoding="utf-8").split()))
    assert flat.text.startswith("Das Weiße Haus und die Regierung")


def test_seed_teasers_and_titles() -> None:
    for doc in _seed_docs():
        assert doc.teaser, doc.id
        assert doc.teaser not in doc.text
        if doc.title:
            assert doc.title not in doc.text


FANG = SHARED / "data" / "news-de" / "fang-covid"
OUTLETS = ("sueddeutsche.de", "zeit.de", "tagesspiegel.de")


def _fang_sample(per_outlet: int, seed: int = 7) -> list[str]:
    need(FANG)
    texts: list[str] = []
    for outlet in OUTLETS:
        with gzip.open(FANG / f"{outlet}.jsonl.gz", "rt", encoding="utf-8") as handle:
            lines = handle.readlines()
        texts += [json.loads(line)["text"] for line in random.Random(seed).sample(lines, per_outlet)]
    return texts


def test_debris_report_on_fang_covid_sample() -> None:
    """~500 real articles: promo leftovers rare, hardly any prose cut, fast."""
    report = debris_report(_fang_sample(170))
    print(report)
    assert report["docs"] == 510
    assert report["probe_docs"] <= 0.2 * report["probe_docs_raw"]
    assert report["body_chars"] >= 0.97 * report["raw_chars"]
    assert report["suspect_cut_chars"] <= 0.005 * report["raw_chars"]
