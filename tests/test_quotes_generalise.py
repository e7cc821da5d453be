"""Failure classes of the quotation rules (docs/quotes.md), each on sentences written for these tests."""

from __future__ import annotations

from chronik.document import Document
from chronik.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker, cue) of every quote found in ``text``."""
    doc = extract_quotes(Document(id="t", raw=text, text=text))
    return [(q.kind, q.text, q.speaker, q.cue) for q in doc.quotes]


# spurious direct quotations: titles, names and scare quotes


def test_quoted_title_after_a_title_noun_is_no_quote():
    assert _quotes("Zum Abschied spielte die Kapelle das Lied „Wir lagen vor Madagaskar und hatten Pest“.") == []
    assert _quotes("Sein neuer Roman trägt den Titel „Die Stadt schläft nie wieder ein“.") == []
    assert _quotes("Rund 3.000 Menschen zogen unter dem Motto „Unsere Wälder sind kein Bauland“ durch die Stadt.") == []


def test_name_after_a_naming_word_or_a_compound_title_noun_is_no_quote():
    assert _quotes("Die Werft baut ein Boot namens „blaue möwe“ für den Hafen.") == []
    assert _quotes("Der Bericht erschien im Wochenmagazin „zeitpunkt heute“ am Freitag.") == []


def test_slogan_after_a_slogan_noun_stays_a_quote():
    found = _quotes("Die Demonstranten trugen Schilder mit der Parole „Wir bleiben hier und wir sind laut“.")
    assert [q[1] for q in found] == ["„Wir bleiben hier und wir sind laut“"]


def test_names_with_numbers_and_glossed_terms_are_no_quotes():
    assert _quotes("Der Hubschrauber „Adler 12“ landete am Abend in Kiel.") == []
    assert _quotes("Das Programm „saubere luft für alle“ (SLA) startet im Mai.") == []


def test_one_word_scare_quotes_are_no_quotes():
    assert _quotes("Der Abstand betrug „nur“ drei Meter.") == []
    assert _quotes("Die „vergessenen“ Dörfer bekommen nun eine Straße.") == []


def test_one_word_quote_named_by_a_speaker_stays_a_quote():
    found = _quotes("Die Ministerin nannte den Plan „fahrlässig“.")
    assert [(q[1], q[2]) for q in found] == [("„fahrlässig“", "Die Ministerin")]


def test_quoted_name_inside_a_speaker_phrase_is_no_quote_of_its_own():
    found = _quotes("Wie die „Hilfe für alle“ am Montag mitteilte, sind die Spenden angekommen.")
    assert [(q[0], q[1]) for q in found] == [("indirect", "sind die Spenden angekommen")]


# spurious reported acts


def test_preposition_is_no_separable_particle():
    assert _quotes("Das Programm ging aus einer älteren Version hervor und wird weiter gepflegt.") == []
    assert _quotes("Beamte gingen mit Stöcken aus Holz gegen die Menge vor.") == []


def test_particle_before_a_coordinated_verb_still_counts():
    found = _quotes("Die Sprecherin kündigte den Rücktritt an und ging.")
    assert [(q[0], q[2], q[3]) for q in found] == [("reported", "Die Sprecherin", "kündigte an")]


def test_verbs_that_are_no_speech_act_with_a_given_word():
    assert _quotes("Der verdächtige Koffer stellte sich als harmlos heraus.") == []
    assert _quotes("Das Unwetter forderte mindestens zwölf Todesopfer.") == []
    assert _quotes("Die Anklage lautet auf Betrug in drei Fällen.") == []
    found = _quotes("Die Gewerkschaft forderte höhere Löhne.")
    assert [(q[0], q[2]) for q in found] == [("reported", "Die Gewerkschaft")]


# missed indirect statements: multi-word cues and missing verbs


def test_multi_word_cues_introduce_indirect_speech():
    found = _quotes("Der Forscher hält es für wahrscheinlich, dass der See bald austrocknet.")
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("indirect", "dass der See bald austrocknet", "Der Forscher", "hält es für wahrscheinlich")
    ]
    found = _quotes("Die Opposition machte zur Bedingung, dass die Wahl wiederholt wird.")
    assert [(q[1], q[2]) for q in found] == [("dass die Wahl wiederholt wird", "Die Opposition")]
    found = _quotes("Die Trainerin zeigte sich zuversichtlich, dass das Team aufsteigt.")
    assert [(q[1], q[2]) for q in found] == [("dass das Team aufsteigt", "Die Trainerin")]


def test_multi_word_cue_keeps_its_expletive_out_of_the_speaker():
    found = _quotes("eBay hält es für möglich, dass der Rekord heute fällt.")
    assert [(q[2], q[3]) for q in found] == [("eBay", "hält es für möglich")]


def test_multi_word_cue_needs_its_word():
    assert _quotes("Der Verkäufer hielt die Tür für die Kundin auf.") == []


def test_cue_noun_is_no_speaker():
    found = _quotes("Manche vertreten die Auffassung, der Vertrag sei nichtig.")
    assert [(q[0], q[1], q[2]) for q in found] == [("indirect", "der Vertrag sei nichtig", "Manche")]
    found = _quotes("Viele Juristen vertreten inzwischen die Auffassung, der Vertrag sei nichtig.")
    assert [q[2] for q in found] == ["Viele Juristen"]
    found = _quotes("Einige vertreten die Auffassung, der Vertrag sei nichtig.")  # no noun phrase: no speaker
    assert [q[2] for q in found] == [None]


def test_decision_verbs_introduce_indirect_speech():
    found = _quotes("Der Stadtrat beschloss, die Gebühren zu senken.")
    assert [(q[0], q[1], q[2]) for q in found] == [("indirect", "die Gebühren zu senken", "Der Stadtrat")]


# speaker phrases


def test_object_first_sentence_takes_the_speaker_after_the_verb():
    found = _quotes("Die Äußerungen bezeichnete Hansen als „völlig absurd“.")
    assert [(q[1], q[2]) for q in found] == [("„völlig absurd“", "Hansen")]
    found = _quotes("Den Vorschlag kritisierte die Bürgermeisterin am Montag scharf.")
    assert [(q[0], q[2]) for q in found] == [("reported", "die Bürgermeisterin")]


def test_adverbial_prefield_is_no_speaker():
    found = _quotes("Gegenwärtig wirft die Opposition dem Minister Untätigkeit vor.")
    assert [q[2] for q in found] == ["die Opposition"]
    found = _quotes("Vor der Sitzung meinte der Vorsitzende Karl Berg, dass alles bereit sei.")
    assert [q[2] for q in found] == ["der Vorsitzende Karl Berg"]
    found = _quotes("Stellvertretend für den Vorstand erklärte die Sprecherin, die Zahlen seien gut.")
    assert [q[2] for q in found] == ["die Sprecherin"]


def test_clock_time_in_the_prefield_is_no_clause_break():
    found = _quotes("Um 10:05 Uhr meldete die Agentur, der Zug sei entgleist.")
    assert [q[2] for q in found] == ["die Agentur"]


def test_name_with_a_lower_case_particle_fills_the_prefield():
    found = _quotes("Der Sender al-Manar hatte am Abend berichtet, die Grenze sei offen.")
    assert [q[2] for q in found] == ["Der Sender al-Manar"]


def test_leading_conjunction_relative_pronoun_and_clause_subject():
    assert [q[2] for q in _quotes("Aber Zeitungen berichteten, es sei gegen den Arzt ermittelt worden.")] == [
        "Zeitungen"
    ]
    found = _quotes("Der Vorschlag kam von Norwegen, das vorschlug, eine Schutzzone einzurichten.")
    assert [(q[1], q[2]) for q in found] == [("eine Schutzzone einzurichten", "das")]
    found = _quotes("Die Halter protestierten, weil sie befürchten, dass die Steuer steigt.")
    assert [(q[1], q[2]) for q in found] == [("dass die Steuer steigt", "sie")]


def test_text_named_before_heisst_es_or_an_agentless_passive_is_the_source():
    found = _quotes("In der Mitteilung des Verbands heißt es, die Preise würden steigen.")
    assert [(q[1], q[2]) for q in found] == [("die Preise würden steigen", "der Mitteilung des Verbands")]
    found = _quotes("In einem Bericht der Behörde wurde vermutet, dass niemand verletzt wurde.")
    assert [(q[1], q[2]) for q in found] == [("dass niemand verletzt wurde", "einem Bericht der Behörde")]
    found = _quotes("In Bremen heißt es, die Lage sei ruhig.")
    assert [q[2] for q in found] == [None]


def test_subject_with_apposition_before_an_auxiliary_is_no_message():
    found = _quotes("Der Sprecher der Händler im Beirat, Paul Stein, hat gefordert, die Regeln zu ändern.")
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("indirect", "die Regeln zu ändern", "Der Sprecher der Händler im Beirat, Paul Stein")
    ]
    found = _quotes("Die Lage sei ernst, sagte der Minister.")  # message first: the speaker follows the verb
    assert [(q[1], q[2]) for q in found] == [("Die Lage sei ernst", "der Minister")]


def test_relative_clause_after_nach_denen_is_indirect_speech():
    found = _quotes("Es kursieren Berichte, nach denen der Sänger schwer erkrankt sei.")
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("indirect", "der Sänger schwer erkrankt sei", "denen", "nach denen")
    ]
    assert _quotes("Nach denen fragte niemand.") == []


def test_nach_eigenem_bekunden_is_an_attribution():
    found = _quotes("Der Trainer war nach eigenem Bekunden von der Entlassung überrascht.")
    assert [(q[0], q[3]) for q in found] == [("indirect", "nach")]


def test_perfect_tense_act_without_content_is_background():
    assert _quotes("Die Partei hatte jeden Auslandseinsatz bisher abgelehnt.") == []
    found = _quotes("Die Partei hatte erklärt, sie lehne jeden Einsatz ab.")  # with content it is a statement
    assert [(q[0], q[1], q[2]) for q in found] == [("indirect", "sie lehne jeden Einsatz ab", "Die Partei")]
    found = _quotes("Der Minister kündigte einen Besuch an.")
    assert [(q[0], q[2]) for q in found] == [("reported", "Der Minister")]


def test_stance_verbs_count_only_with_content():
    assert _quotes("Die Kanzlerin begrüßte die Entscheidung des Gerichts.") == []
    assert _quotes("Der Verband wies die Vorwürfe zurück.") == []
    found = _quotes("Die Kanzlerin begrüßte, dass das Gericht schnell entschieden hat.")
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("indirect", "dass das Gericht schnell entschieden hat", "Die Kanzlerin")
    ]
    found = _quotes("Der Verband wies die Vorwürfe als „völlig haltlos“ zurück.")
    assert [(q[0], q[1], q[2]) for q in found] == [("direct", "„völlig haltlos“", "Der Verband")]


def test_closing_heisst_es_is_not_swallowed_by_a_reported_act():
    found = _quotes("Der Gouverneur habe einen Brief geschrieben, heißt es aus dem Rathaus.")
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("indirect", "Der Gouverneur habe einen Brief geschrieben", "dem Rathaus", "heißt es")
    ]


def test_quotations_in_a_list_are_names():
    assert _quotes("Auf der Liste stehen Romane wie „Die Stadt der Blinden“, „Das Schloss“ und „Der Prozess“.") == []


def test_topic_preposition_after_an_adverb_is_the_object_of_the_act():
    found = _quotes("Die Polizei sprach dennoch von einer friedlichen Kundgebung.")
    assert [(q[0], q[2], q[3]) for q in found] == [("reported", "Die Polizei", "sprach")]


def test_ordinal_date_is_no_clause_or_sentence_break():
    found = _quotes("Die Ministerin schlug in einem Brief vom 17. Januar dem Senat vor, die Strecke zu bauen.")
    assert [(q[1], q[2], q[3]) for q in found] == [("die Strecke zu bauen", "Die Ministerin", "schlug vor")]


def test_comment_clause_with_apposition_and_place():
    found = _quotes("Wie Eva Roth, Sprecherin der Stadt, in Bremen mitteilte, bleibt die Brücke gesperrt.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("bleibt die Brücke gesperrt", "Eva Roth, Sprecherin der Stadt", "Wie mitteilte")
    ]


def test_speaker_phrase_with_a_participle_attribute():
    found = _quotes("Laut einer am Montag veröffentlichten Studie des Instituts sinken die Mieten.")
    assert [(q[1], q[2]) for q in found] == [
        ("sinken die Mieten", "einer am Montag veröffentlichten Studie des Instituts")
    ]
    found = _quotes("Die Brücke bleibt gesperrt. Das sagte der in Bremen lebende Ingenieur.")
    assert [(q[1], q[2]) for q in found] == [("Die Brücke bleibt gesperrt … Das", "der in Bremen lebende Ingenieur")]


def test_adverbial_or_relative_clause_before_the_verb_is_no_message():
    found = _quotes("Da der Kongress die Finanzhoheit trägt, geht man davon aus, dass der Entwurf scheitert.")
    assert [(q[1], q[2]) for q in found] == [("dass der Entwurf scheitert", "man")]
    found = _quotes("In einer Umfrage, die im Mai stattfand, forderte eine Mehrheit den Rücktritt.")
    assert [(q[0], q[2]) for q in found] == [("reported", "eine Mehrheit")]
    found = _quotes("Wenn das so weitergeht, werden wir verlieren, sagte der Trainer.")
    assert [(q[1], q[2]) for q in found] == [("Wenn das so weitergeht, werden wir verlieren", "der Trainer")]


def test_nouns_and_first_person_forms_are_no_konjunktiv():
    assert _quotes("Im Falle einer Verurteilung droht ihm eine lange Haftstrafe.") == []
    assert _quotes("Die Partei gewann drei Sitze im Rat.") == []
    assert _quotes("Ich habe das Gefühl, dass es diesmal klappt.") == []
    found = _quotes("Dort seien viele Menschen verletzt worden.")
    assert [(q[0], q[1]) for q in found] == [("indirect", "Dort seien viele Menschen verletzt worden.")]


def test_lower_case_name_after_an_article_fills_the_prefield():
    found = _quotes("Die taz vermutet, dass der Zugriff längst üblich ist.")
    assert [(q[1], q[2]) for q in found] == [("dass der Zugriff längst üblich ist", "Die taz")]
