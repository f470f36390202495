"""ShowRecorder: what the pipeline and the UI rely on — records, scores, circuit breaker, anchors."""

from __future__ import annotations

import time

from app.events import TranscriptEvent
from app.reports.score import ScorePolicy
from app.store import Store
from app.store.breaker import BreakerPolicy
from app.store.recorder import ShowRecorder
from tests.test_store_support import make_hit


def test_show_is_recorded_with_transcript_finals_and_end_time(tmp_path):
    db = tmp_path / "lg.sqlite"
    t0 = time.time()
    with ShowRecorder.open(db, room="3号间", anchors=("小美", "阿强"), product_category="美妆",
                           source="rehearse", lexicon_version="abc123",
                           lexicon_entries=[{"id": "e1", "term": "最有效"}]) as rec:
        assert rec.handle(TranscriptEvent("partial", 0, "这款", 0.0, 0.5, t0)) is None
        assert rec.handle(TranscriptEvent("final", 0, "这款面霜最有效", 0.0, 1.8, t0 + 1)) == 1
        vid = rec.handle(make_hit(context="这款面霜最有效"))
        show_id = rec.show_id
    with Store.open(db) as store:
        show = store.get_show(show_id)
        assert show["room"] == "3号间" and show["anchors"] == ["小美", "阿强"]
        assert show["source"] == "rehearse" and show["lexicon_version"] == "abc123"
        assert show["ended_at"] is not None and show["ended_at"] >= show["started_at"]
        assert [s["text"] for s in store.transcript(show_id)] == ["这款面霜最有效"]
        v = store.get_violation(vid)
        assert (v["surface"], v["category"], v["severity"], v["anchor"]) == ("最有效", "绝对化用语", "high", "小美")
        assert v["suggestions"] == ["用户反馈有效"] and v["context"] == "这款面霜最有效"
        assert (v["audio_start"], v["audio_end"], v["is_final"], v["review_status"]) == (12.5, 13.25, 1, "unreviewed")
        assert store.run(lambda repo: repo.db["lexicon_snapshots"].count) == 1


def test_set_anchor_attributes_later_hits_and_scores_per_anchor(tmp_path):
    with ShowRecorder.open(tmp_path / "lg.sqlite", anchors=("小美",)) as rec:
        a = rec.handle(make_hit("最有效"))
        rec.set_anchor("阿强")
        b = rec.handle(make_hit("美白"))
        c = rec.handle(make_hit("加微信"))
        scores = {s.anchor: s for s in rec.scores()}
        assert set(scores) == {"小美", "阿强"}
        # nothing confirmed yet: real score 100, provisional counts the unreviewed hits
        assert scores["小美"].score == 100 and scores["小美"].provisional == 80
        assert scores["阿强"].provisional == 85
        rec.store.review(a, "confirmed", "确认")
        rec.store.review(b, "confirmed", "确认")
        rec.store.review(c, "false_alarm", "误识别")
        scores = {s.anchor: s for s in rec.scores()}
        assert scores["小美"].score == 80 and not scores["小美"].warning
        assert scores["阿强"].score == 90 and scores["阿强"].dismissed == 1
        second_high = rec.handle(make_hit("治疗"))
        rec.set_anchor("小美")  # back on duty
        rec.store.review(second_high, "confirmed", "确认")
        assert {s.anchor: s.score for s in rec.scores()}["阿强"] == 70
        warned = {s.anchor: s for s in rec.scores()}["阿强"]
        assert warned.warning and "建议暂停直播权限" in warned.warning_text


def test_score_policy_is_configurable(tmp_path):
    policy = ScorePolicy.from_dict({"deductions": {"high": 50}, "warn_below": 60})
    with ShowRecorder.open(tmp_path / "lg.sqlite", anchors=("小美",), score_policy=policy) as rec:
        rec.store.review(rec.handle(make_hit("最有效")), "confirmed")
        s = rec.scores()[0]
        assert s.score == 50 and s.warning and "60" in s.warning_text


def test_circuit_breaker_trips_on_burst_and_is_recorded(tmp_path):
    trips = []
    policy = BreakerPolicy.from_dict({"hits": 3, "window_minutes": 5})
    t = 1_800_000_000.0
    with ShowRecorder.open(tmp_path / "lg.sqlite", anchors=("小美",), breaker_policy=policy,
                           on_breaker=trips.append) as rec:
        rec.handle(make_hit("最有效", at=t))
        rec.handle(make_hit("美白", at=t + 10))  # medium: does not count
        rec.handle(make_hit("治疗", at=t + 400))  # first one left the 5-minute window
        rec.handle(make_hit("全网最低价", at=t + 500))
        assert trips == []
        ids_before = rec.handle(make_hit("最有效", at=t + 550))
        assert len(trips) == 1 and trips[0].hit_count == 3 and ids_before in trips[0].violation_ids
        assert "熔断" in trips[0].message and "暂停" in trips[0].message
        rec.handle(make_hit("最有效", at=t + 560))  # the window starts afresh after a trip
        assert len(trips) == 1
        assert rec.breaker_events == trips
        stored = rec.store.breaker_events([rec.show_id])
        assert len(stored) == 1 and stored[0]["violation_ids"] == list(trips[0].violation_ids)
        assert stored[0]["anchor"] == "小美"


def test_acknowledgement_is_recorded(tmp_path):
    with ShowRecorder.open(tmp_path / "lg.sqlite") as rec:
        vid = rec.handle(make_hit())
        rec.store.acknowledge(vid, "场控小王")
        acks = rec.store.acknowledgements(vid)
        assert len(acks) == 1 and acks[0]["acknowledged_by"] == "场控小王"
        assert rec.store.violations([rec.show_id])[0]["ack_count"] == 1
        assert rec.store.verify().ok


def test_recorder_can_share_an_open_store(tmp_path):
    with Store.open(tmp_path / "lg.sqlite") as store:
        with ShowRecorder.open(store=store, room="A") as rec_a:
            rec_a.handle(make_hit())
        with ShowRecorder.open(store=store, room="B") as rec_b:
            rec_b.handle(make_hit("治疗"))
        assert [s["room"] for s in store.list_shows()] == ["B", "A"]  # store still open
        assert store.verify().checked == 2


def test_default_db_is_in_user_data_folder(data_dir):
    with ShowRecorder.open() as rec:
        rec.handle(make_hit())
    assert (data_dir / "liveguard.sqlite").exists()
