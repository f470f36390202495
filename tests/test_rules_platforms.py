"""The room's own platform (app.rules.platforms): naming it is no diversion.

What a user notices: in a 淘宝 room set as such, 去淘宝搜我们的店名 and 天猫旗舰店也能拍 raise no 导流 popup, while
去拼多多搜我们店, a phone number or 微信 said in the same breath, and every platform name in a room without the
setting still do — in the live pipeline (HitTracker), `python -m app scan --platform` and the script check.
Real bundled lexicon and matcher; a real HitTracker for the live path.
"""

from __future__ import annotations

import json

import pytest

from app.asr.recognizer import Word, result_from_words
from app.cli import main
from app.events import HitEvent
from app.pipeline.hit_tracker import HitTracker
from app.rules.platforms import PLATFORMS, drop_own_platform
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("platform", "text"), [
    ("淘宝", "去淘宝搜我们的店名就能找到"),
    ("淘宝", "天猫旗舰店也能拍，一样的价"),
    ("淘宝", "去 淘宝 搜 我们 店"),
    ("抖音", "抖音商城搜一下我们的店"),
    ("京东", "去京东下单也行，京东自营发货"),
])
def test_the_own_platform_named_is_no_diversion(matcher, platform, text):
    hits = _hits(matcher, text)
    assert "导流私下交易" in {h.category for h in hits}  # without the setting: reported as before
    assert [h for h in drop_own_platform(hits, platform) if h.category == "导流私下交易"] == []


@pytest.mark.parametrize(("platform", "text"), [
    ("淘宝", "去拼多多搜我们店"),  # another platform
    ("抖音", "去淘宝搜我们的店名"),
    ("淘宝", "去淘宝搜店名，或者加我微信"),  # a contact in the same breath
    ("京东", "别在这拍，去闲鱼找我"),
])
def test_another_platform_or_a_contact_still_alarms(matcher, platform, text):
    kept = drop_own_platform(_hits(matcher, text), platform)
    assert "导流私下交易" in {h.category for h in kept}


def test_other_categories_are_untouched(matcher):
    hits = _hits(matcher, "淘宝全网最低价，去淘宝搜")
    kept = drop_own_platform(hits, "淘宝")
    assert {h.category for h in kept} == {"价格违规"}


def test_every_platform_has_names_and_no_name_belongs_to_two():
    names = [n for group in PLATFORMS.values() for n in group]
    assert all(PLATFORMS.values()) and len(names) == len(set(names))


def test_the_live_pipeline_honours_the_setting(matcher):
    def final(text):
        return result_from_words("final", [Word(ch, i * 0.2, (i + 1) * 0.2) for i, ch in enumerate(text)])

    own = HitTracker(matcher, own_platform="淘宝", hold_seconds=0)
    plain = HitTracker(matcher, hold_seconds=0)
    text = "想要的去淘宝搜我们店名"
    assert [e for e in own.feed(final(text)) if isinstance(e, HitEvent)] == []
    assert [e.hit.category for e in plain.feed(final(text)) if isinstance(e, HitEvent)] == ["导流私下交易"]


def test_cli_scan_platform_option(tmp_path, capsys):
    path = tmp_path / "script.txt"
    path.write_text("去淘宝搜我们的店名\n去拼多多搜我们店\n", encoding="utf-8")
    assert main(["scan", str(path), "--format", "jsonl", "--platform", "淘宝"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[h["surface"] for h in r["hits"]] for r in rows] == [[], ["去拼多多搜"]]
    assert main(["scan", str(path), "--format", "jsonl"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[h["surface"] for h in r["hits"]] for r in rows] == [["去淘宝搜"], ["去拼多多搜"]]


def test_cli_rejects_an_unknown_platform(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["scan", "-", "--platform", "微博"])
    assert exc.value.code == 2
    assert "--platform" in capsys.readouterr().err
