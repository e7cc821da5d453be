"""Story grouping on invented German articles: follow-ups months apart join, other topics do not."""

from __future__ import annotations

import json

import numpy as np
import pytest

from chronik import stories
from chronik.document import Document, Mention

from .conftest import SEEDS, need

# one running story: a planned dam, first the plan (March), then a court stops it (October)
DAM_PLAN = Document(
    id="dam-1", raw="", date="2024-03-12", title="Lindenfeld plant Talsperre an der Weißach",
    text=(
        "Der Landkreis Lindenfeld will an der Weißach eine Talsperre bauen, um die Region vor Hochwasser zu "
        "schützen. Landrätin Petra Sommerau stellte die Pläne am Dienstag im Kreistag vor. Die Staumauer soll "
        "42 Meter hoch werden und bis zu elf Millionen Kubikmeter Wasser zurückhalten. Die Kosten schätzt das "
        "Wasserwirtschaftsamt auf 180 Millionen Euro. Umweltverbände kritisieren das Vorhaben, weil im Tal "
        "seltene Auwälder und Brutplätze des Schwarzstorchs liegen. Der Bund Naturschutz kündigte Widerstand an. "
        "Die Bürgerinitiative Freie Weißach sammelt bereits Unterschriften gegen die Talsperre."
    ),
)
DAM_COURT = Document(
    id="dam-2", raw="", date="2024-10-02", title="Gericht stoppt Talsperre an der Weißach vorerst",
    text=(
        "Das Verwaltungsgericht hat den Bau der Talsperre an der Weißach vorläufig gestoppt. Die Richter gaben "
        "einem Eilantrag des Bundes Naturschutz statt, der den Schutz der Auwälder und des Schwarzstorchs "
        "eingeklagt hatte. Der Landkreis Lindenfeld habe die Folgen für das Tal nicht ausreichend geprüft. "
        "Landrätin Petra Sommerau zeigte sich enttäuscht und kündigte an, Beschwerde einzulegen. Der "
        "Hochwasserschutz für die Region dürfe nicht auf Jahre verschoben werden. Die Bürgerinitiative Freie "
        "Weißach feierte die Entscheidung als Erfolg."
    ),
)
PENSIONS = Document(
    id="rente", raw="", date="2024-05-08", title="Kabinett beschließt Rentenpaket",
    text=(
        "Das Bundeskabinett hat das Rentenpaket beschlossen. Das Rentenniveau soll bis 2039 bei 48 Prozent "
        "gesichert werden. Finanziert werden soll das unter anderem durch ein Generationenkapital, das der "
        "Bund am Aktienmarkt anlegt. Arbeitgeberverbände warnen vor steigenden Beiträgen zur "
        "Rentenversicherung, die bis 2035 auf über 22 Prozent klettern könnten. Die Gewerkschaften begrüßten "
        "die Haltelinie für das Rentenniveau. Der Bundestag soll das Gesetz noch vor der Sommerpause beraten."
    ),
)


@pytest.fixture(scope="module")
def feats() -> dict[str, stories.DocFeatures]:
    docs = [DAM_PLAN, DAM_COURT, PENSIONS]
    return {d.id: f for d, f in zip(docs, stories.docs_features(docs), strict=True)}


def test_follow_up_months_later_joins_and_other_topic_starts_a_story(feats):
    profiles: list[stories.StoryProfile] = []
    for doc_id in ("dam-1", "rente", "dam-2"):
        index, _ = stories.assign(feats[doc_id], profiles)
        if index is None:
            profiles.append(stories.StoryProfile())
            index = len(profiles) - 1
        profiles[index].add(feats[doc_id])
    assert [p.doc_count for p in profiles] == [2, 1]
    assert (profiles[0].first_date, profiles[0].last_date) == ("2024-03-12", "2024-10-02")


def test_similarity_orders_same_story_above_other_topic(feats):
    same = stories.similarity(feats["dam-2"], feats["dam-1"])
    other = stories.similarity(feats["rente"], feats["dam-1"])
    assert same >= stories.THRESHOLD > other


def test_time_decay_is_mild():
    assert stories.time_factor("2024-05-01", "2024-04-01", "2024-06-01") == 1.0
    five_months = stories.time_factor("2024-10-01", "2024-03-01", "2024-05-01")
    assert 0.8 < five_months < 1.0
    assert stories.time_factor("2030-01-01", "2024-03-01", "2024-05-01") >= 1 - stories.DECAY_MAX
    assert stories.time_factor(None, "2024-03-01", "2024-05-01") == 1.0


def test_keywords_come_from_capitalised_words_and_weigh_the_headline(feats):
    kw = feats["dam-1"].keywords
    assert "weißach".casefold() in kw and "talsperr" in kw
    assert "die" not in kw and "dienstag" not in kw  # function word, generic date word
    assert kw["weißach".casefold()] > kw.get("region", 0.0)


def test_entities_use_name_tokens_so_surnames_meet_full_names():
    text = "Petra Sommerau eröffnete die Sitzung. Sommerau sprach lange."
    doc = Document(id="e", raw=text, text=text, mentions=[
        Mention(0, 14, "PER", "Petra Sommerau", entity="PER:petrasommerau"),
        Mention(38, 46, "PER", "Sommerau", entity="PER:petrasommerau"),
    ], meta={"entities": {"PER:petrasommerau": {"name": "Petra Sommerau", "type": "PER"}}})
    mention = Mention(0, 8, "PER", "Sommerau", entity="PER:sommerau")
    other = Document(id="f", raw="", text="Sommerau", mentions=[mention])
    a, b = stories.entity_keys(doc), stories.entity_keys(other)
    assert set(a) == {"petra", "sommerau"} and set(b) == {"sommerau"}


def test_features_and_profiles_round_trip_through_json(feats):
    f = feats["dam-1"]
    g = stories.DocFeatures.from_json(f.to_json())
    assert np.allclose(f.embedding, g.embedding) and g.keywords == f.keywords and g.date == f.date
    profile = stories.StoryProfile.of(f)
    profile.add(feats["dam-2"])
    restored = stories.StoryProfile.from_json(profile.to_json())
    assert restored.doc_count == 2 and restored.last_date == "2024-10-02"
    assert stories.similarity(feats["rente"], restored) == pytest.approx(stories.similarity(feats["rente"], profile))
    assert stories.StoryProfile.from_json(stories.StoryProfile().to_json()).centroid is None


def test_story_title_is_a_member_headline(feats):
    profile = stories.StoryProfile.of(feats["dam-1"])
    profile.add(feats["dam-2"])
    assert stories.story_title(profile, [DAM_PLAN.title, DAM_COURT.title]) in {DAM_PLAN.title, DAM_COURT.title}
    assert stories.story_title(profile, []) != ""


def test_assign_with_no_stories_starts_one(feats):
    assert stories.assign(feats["dam-1"], []) == (None, 0.0)


def test_seed_articles_five_months_apart_form_one_story(feats):
    seeds = need(SEEDS)
    meta = [json.loads(line) for line in (seeds / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = [Document(id=m["file"], raw=(seeds / m["file"]).read_text(encoding="utf-8"), title=m["title"],
                     date=m["date"]) for m in meta]
    labels, profiles = stories.group([*stories.docs_features(docs), feats["rente"]])
    assert labels[0] == labels[1] != labels[2]
    assert profiles[labels[0]].doc_count == 2


def test_batch_grouping_follows_dates_not_input_order(feats):
    labels, profiles = stories.group([feats["dam-2"], feats["rente"], feats["dam-1"]])
    assert labels[0] == labels[2] != labels[1]
    assert len(profiles) == 2
