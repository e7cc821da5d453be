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


# 2026-11-29, second pass: missed statements and speakers


def test_second_speech_verb_after_und_starts_its_own_statement():
    found = _quotes("Die Ministerin sagte, der Plan sei gescheitert, und kündigte an, im Mai neu zu verhandeln.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("der Plan sei gescheitert", "Die Ministerin", "sagte"),
        ("im Mai neu zu verhandeln", "Die Ministerin", "kündigte an"),
    ]
    found = _quotes("Er erklärte, der Hafen bleibe geschlossen und fügte hinzu: „Wir haben keine Wahl.“")
    assert [(q[0], q[2], q[3]) for q in found] == [("indirect", "Er", "erklärte"), ("direct", "Er", "fügte hinzu")]
    found = _quotes("Sie sagte, die Firma habe Fehler gemacht und fordere nun Aufklärung.")  # Konjunktiv: one report
    assert [q[1] for q in found] == ["die Firma habe Fehler gemacht und fordere nun Aufklärung"]


def test_inserted_so_phrase_keeps_both_halves_of_the_report():
    found = _quotes("Trotzdem, so der Bürgermeister, werde die Brücke im Sommer fertig.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("Trotzdem … werde die Brücke im Sommer fertig", "der Bürgermeister", "so")
    ]
    found = _quotes("Zudem, so die Gutachterin in ihrem Bericht, sei der „Sanierungsstau“ gewaltig.")
    assert [(q[1], q[2]) for q in found] == [("Zudem … sei der „Sanierungsstau“ gewaltig", "die Gutachterin")]
    found = _quotes("Bis zum Jahr 2040, so schätzen die Forscher, werde der Gletscher verschwunden sein.")
    assert [(q[1], q[2]) for q in found] == [
        ("Bis zum Jahr 2040 … werde der Gletscher verschwunden sein", "die Forscher")
    ]
    found = _quotes("„Wir bleiben hier“, so der Sprecher, „und zwar bis zum Schluss.“")  # two quotations, one cue
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("„Wir bleiben hier“", "der Sprecher", "so"),
        ("„und zwar bis zum Schluss.“", "der Sprecher", "so"),
    ]


def test_each_quoted_object_of_one_speech_act_is_its_own_statement():
    found = _quotes("Die Richterin hält den Angeklagten „in mancher Hinsicht“ für „unberechenbar und kalt“.")
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("direct", "„in mancher Hinsicht“", "Die Richterin"),
        ("direct", "„unberechenbar und kalt“", "Die Richterin"),
    ]
    found = _quotes("„Wir bleiben“, sagte die Trainerin, „und wir kämpfen weiter.“")
    assert [q[1] for q in found] == ["„Wir bleiben“ … „und wir kämpfen weiter.“"]


def test_quotation_with_its_own_cue_after_a_colon_sentence():
    text = "Der Vorsitzende Paul Berger war besorgt:\n„Wir fürchten das Schlimmste“, sagte er."
    found = _quotes(text)
    assert [(q[1], q[2], q[3]) for q in found] == [("„Wir fürchten das Schlimmste“", "er", "sagte")]


def test_bare_quotation_after_a_direct_quote_repeats_its_cue():
    found = _quotes("„Der Bau beginnt im März“, sagte die Architektin. „Bis zum Herbst steht das Dach.“")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("„Der Bau beginnt im März“", "die Architektin", "sagte"),
        ("„Bis zum Herbst steht das Dach.“", "die Architektin", "sagte"),
    ]


def test_verb_after_und_shares_the_subject_that_opens_the_sentence():
    found = _quotes("Einer der Streikführer, Jonas Ebeling Maier, dankte allen und ergänzte, der Streik sei vorbei.")
    assert [(q[1], q[2]) for q in found] == [("der Streik sei vorbei", "Einer der Streikführer, Jonas Ebeling Maier")]
    found = _quotes("Die Sprecherin lobte die Polizei und rief die Fans auf, ruhig zu bleiben.")
    assert [(q[1], q[2]) for q in found if q[3] == "rief auf"] == [("ruhig zu bleiben", "Die Sprecherin")]


def test_subject_after_comma_and_und():
    found = _quotes("Das Gericht wies die Klage ab, und der Verband forderte die Stadt auf, die Halle zu schließen.")
    assert [(q[1], q[2]) for q in found if q[3] == "forderte auf"] == [("die Halle zu schließen", "der Verband")]


def test_quoted_name_before_wonach_belongs_to_the_source():
    found = _quotes("Der Sender zitiert die Zeitung „Abendpost“, wonach der Bürgermeister zurücktreten will.")
    assert [(q[1], q[2]) for q in found if q[3] == "wonach"] == [
        ("der Bürgermeister zurücktreten will", "die Zeitung „Abendpost“")
    ]


def test_genitive_name_before_a_statement_noun():
    found = _quotes("Nach Bergers Einschätzung wird die Brücke erst im Winter fertig.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("wird die Brücke erst im Winter fertig", "Bergers Einschätzung", "Nach")
    ]


def test_a_law_is_a_source_after_nach():
    found = _quotes("Nach dem Landeswahlgesetz darf jede Partei höchstens zwei Listen einreichen.")
    assert [(q[1], q[2]) for q in found] == [
        ("darf jede Partei höchstens zwei Listen einreichen", "dem Landeswahlgesetz")
    ]
    found = _quotes("Nach der Verfassung muss der Präsident nach zwei Amtszeiten abtreten.")
    assert [q[2] for q in found] == ["der Verfassung"]


def test_laut_phrase_at_the_sentence_end_claims_the_whole_report():
    found = _quotes("Die Brücke sei marode, erklärte der Ingenieur laut Lokalradio.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("Die Brücke sei marode, erklärte der Ingenieur", "Lokalradio", "laut")
    ]


def test_participle_after_a_sein_auxiliary_is_no_speech_verb():
    assert _quotes("Die Tarifgespräche waren im Herbst ins Stocken geraten.") == []
    assert _quotes("Nachdem die Firma in Not geraten war, schloss sie das Werk.") == []
    found = _quotes("Die Ärzte hatten geraten, das Haus nicht zu verlassen.")
    assert [(q[1], q[2]) for q in found] == [("das Haus nicht zu verlassen", "Die Ärzte")]
    found = _quotes("Die Förster waren davon ausgegangen, der Sturm sei vorbei.")  # a cue with a "sein" perfect
    assert [(q[1], q[2]) for q in found] == [("der Sturm sei vorbei", "Die Förster")]


def test_a_denied_speech_act_is_no_statement():
    assert _quotes("Die Reederei wollte nicht bestätigen, dass das Schiff gesunken ist.") == []
    assert _quotes("Warum der Zug hielt, gab die Bahn nicht bekannt.") == []


def test_so_dass_clause_is_no_reported_content():
    found = _quotes("Der Kapitän meldete dem Hafen einen Maschinenschaden, so dass die Fähre umkehren musste.")
    assert all(q[0] == "reported" and q[2] == "Der Kapitän" for q in found)


def test_text_named_inside_a_passive_cue_is_its_source():
    found = _quotes("Damit wird in einem Positionspapier der Ärztekammer verlangt, dass die Praxen länger öffnen.")
    assert [(q[1], q[2]) for q in found] == [("dass die Praxen länger öffnen", "einem Positionspapier der Ärztekammer")]


def test_konjunktiv_sentence_with_a_short_quotation_is_one_report():
    found = _quotes("Der Hafen ist geschlossen. Die Kosten seien „völlig unrealistisch“ kalkuliert worden.")
    assert [(q[0], q[1]) for q in found] == [("indirect", "Die Kosten seien „völlig unrealistisch“ kalkuliert worden.")]


def test_relative_clause_after_a_preposition_is_no_reported_content():
    found = _quotes("Die Polizei sprach von drei Tätern, auf die es die Fahnder abgesehen hätten.")
    assert [(q[0], q[2]) for q in found] == [("reported", "Die Polizei")]


def test_attribution_phrase_opening_the_content_clause_stays_content():
    found = _quotes("Eine Sprecherin der Bahn sagte, nach ersten Erkenntnissen sei eine Weiche defekt gewesen.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("nach ersten Erkenntnissen sei eine Weiche defekt gewesen", "Eine Sprecherin der Bahn", "sagte")
    ]
    found = _quotes("Der Zug hielt in Fulda, heißt es aus dem Ministerium.")
    assert [(q[1], q[3]) for q in found] == [("Der Zug hielt in Fulda", "heißt es")]


def test_topic_after_a_prepositional_phrase_makes_a_reported_act():
    found = _quotes("Die Lokalzeitung berichtet in ihrer Ausgabe von einem Wasserschaden im Rathaus.")
    assert [(q[0], q[2]) for q in found] == [("reported", "Die Lokalzeitung")]


def test_indem_clause_is_no_content_but_its_own_cue_counts():
    found = _quotes("Die Ministerin wies den Vorwurf zurück, indem sie sagte, die Zahlen seien veraltet.")
    assert [(q[1], q[2], q[3]) for q in found if q[0] == "indirect"] == [("die Zahlen seien veraltet", "sie", "sagte")]


def test_speech_verb_after_a_comma_without_its_own_subject_is_no_message_first_frame():
    assert _quotes("Die Feuerwehr beziffert den Schaden auf zwei Millionen, befürchtet aber weitere Kosten.") == []
    found = _quotes("Der Deich halte, wurde am Abend betont.")  # passive: no speaker needed
    assert [(q[1], q[2], q[3]) for q in found] == [("Der Deich halte", None, "wurde betont")]


def test_heisst_es_after_a_named_text_with_a_relative_clause_takes_what_follows():
    text = "In dem Bericht, der am Montag erschien, heißt es, die Zahl der Unfälle sei gestiegen."
    assert [(q[1], q[2], q[3]) for q in _quotes(text)] == [
        ("die Zahl der Unfälle sei gestiegen", "dem Bericht", "heißt es")
    ]


def test_participle_written_apart_from_its_particle():
    found = _quotes("Der Verein hat am Freitag bekannt gegeben, dass das Stadion verkauft wird.")
    assert [(q[1], q[2]) for q in found] == [("dass das Stadion verkauft wird", "Der Verein")]
    assert _quotes("Es hat dort viele Unfälle gegeben.") == []


def test_infinitive_after_a_participle_cue_without_comma():
    found = _quotes("Die Reederei hat angekündigt die Fahrpreise im Mai zu senken.")
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("die Fahrpreise im Mai zu senken", "Die Reederei", "hat angekündigt")
    ]


def test_demonstrative_after_a_comma_points_at_the_clause_before():
    found = _quotes("Die Fähre fällt bis Montag aus, das teilte die Reederei mit.")
    assert [(q[1], q[2], q[3]) for q in found] == [("Die Fähre fällt bis Montag aus", "die Reederei", "teilte mit")]


def test_bestreiten_a_match_is_no_speech_act():
    assert _quotes("Die Mannschaft bestreitet ihr letztes Gruppenspiel am Sonntag gegen Italien.") == []
    found = _quotes("Der Trainer bestreitet die Vorwürfe.")
    assert [(q[0], q[2]) for q in found] == [("reported", "Der Trainer")]


def test_quotation_split_by_the_sentence_stage_keeps_its_cue():
    from chronik.document import Span

    text = "„Das Spiel war schwach. Da werden wir bestraft“, sagte die Trainerin."
    cut = text.index("Da werden")
    doc = Document(
        id="t", raw=text, text=text, sentences=[Span(0, cut - 1, "sentence"), Span(cut, len(text), "sentence")]
    )
    found = [(q.text, q.speaker, q.cue) for q in extract_quotes(doc).quotes]
    assert found == [("„Das Spiel war schwach. Da werden wir bestraft“", "die Trainerin", "sagte")]


def test_verlauten_lassen_is_a_cue():
    found = _quotes("„Wir helfen gern“, ließ ein Sprecher der Stadt am Abend verlauten.")
    assert [(q[1], q[2], q[3]) for q in found] == [("„Wir helfen gern“", "ein Sprecher der Stadt", "ließ verlauten")]
    assert _quotes("Er ließ das Auto am Straßenrand stehen.") == []


def test_first_person_sentence_is_no_konjunktiv_even_apart_from_ich():
    assert _quotes("Ich war im Sommer in Lissabon und habe dort viele Freunde getroffen.") == []


def test_quoted_noun_after_als_is_a_characterisation():
    found = _quotes("Der Bürgermeister bezeichnete den Plan als „Zumutung“.")
    assert [(q[0], q[1], q[2]) for q in found] == [("direct", "„Zumutung“", "Der Bürgermeister")]
    found = _quotes("Die Trainerin nannte die Niederlage einen „Weckruf“.")
    assert [(q[0], q[1], q[2]) for q in found] == [("direct", "„Weckruf“", "Die Trainerin")]
    found = _quotes("Die Band nannte ihr neues Album „Sommer“.")  # a name, no characterisation
    assert [q[0] for q in found] == ["reported"]


def test_colon_sentence_does_not_claim_a_quotation_whose_cue_follows_later():
    from chronik.document import Span

    parts = [
        "Auch der Trainer war froh, dass für sie nichts schiefging:",
        "„Wir wussten das.",
        "Wir sind zufrieden“, meinte Paul Berg.",
    ]
    text = " ".join(parts)
    spans, pos = [], 0
    for part in parts:
        spans.append(Span(pos, pos + len(part), "sentence"))
        pos += len(part) + 1
    found = [
        (q.text, q.speaker, q.cue)
        for q in extract_quotes(Document(id="t", raw=text, text=text, sentences=spans)).quotes
    ]
    assert found == [("„Wir wussten das. Wir sind zufrieden“", "Paul Berg", "meinte")]


def test_coordinated_adjectives_inside_a_speaker_phrase():
    found = _quotes("Die deutschen und französischen Ärzte sind davon ausgegangen, der Patient sei gesund.")
    assert [(q[1], q[2]) for q in found] == [("der Patient sei gesund", "Die deutschen und französischen Ärzte")]


def test_lower_case_quoted_name_in_a_comment_clause_is_the_speaker():
    found = _quotes("Wie „netzpolitik heute“ berichtet, wurde der Dienst gesperrt.")
    assert [(q[1], q[2]) for q in found] == [("wurde der Dienst gesperrt", "„netzpolitik heute“")]
