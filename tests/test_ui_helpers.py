"""Shared helpers for the UI tests: a small real lexicon written to a CSV, and real managers/matchers."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app.paths import user_lexicon_path


@pytest.fixture(autouse=True)
def main_thread_gc():
    """As ui.gc_guard does in the app: no garbage collection on worker threads while a test runs (a Qt
    object freed there crashes Qt); collect on the main thread when the test ends."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()

LEXICON_CSV = """id,term,variants,category,severity,suggestions,basis,exemptions,product_categories,enabled,note
ABS-0001,最有效,,绝对化用语,high,用户反馈有效|口碑不错,《广告法》第九条第三项,,,1,
PRC-0001,全网最低价,史上最低价,价格违规,high,今天直播间优惠价|活动价很划算,《价格法》第十四条,,,1,
MED-0001,根治,,医疗用语,high,帮助改善|日常护理,《广告法》第十七条,,,1,
URG-0001,最后{N}分钟,,虚假紧迫,medium,活动时间有限|按需购买,《网络直播营销管理办法》第十八条,,,1,
AUT-0001,专家推荐,,权威背书,medium,很多用户回购|大家反馈不错,《广告法》第十六条,,,1,
"""


def write_lexicon(folder: Path) -> Path:
    path = Path(folder) / "default.csv"
    path.write_text(LEXICON_CSV, encoding="utf-8")
    return path


def make_manager(folder: Path):
    from app.rules.lexicon import LexiconManager

    return LexiconManager(default_path=write_lexicon(folder), user_path=user_lexicon_path())


def rehearse_to_end(qtbot, console, script: str) -> list[str]:
    """Rehearse ``script`` in the console through the real pipeline; the surfaces of the popups shown, in order."""
    shown: list[str] = []
    console.popups.shown.connect(lambda ev, _t: shown.append(ev.hit.surface))
    with qtbot.waitSignal(console.monitoring_changed, timeout=5000, check_params_cb=lambda r: r):
        console.start_rehearsal(script)
    with qtbot.waitSignal(console.monitoring_changed, timeout=15000, check_params_cb=lambda r: not r):
        pass
    return shown
