"""The room's own platform: naming it is no diversion (站外导流) — 去淘宝搜我们店 in a 淘宝 room stays on the platform.

The platform rules behind ``导流私下交易`` forbid taking buyers *off* the platform a show runs on. The same words are
lawful on that platform itself: an anchor in a 淘宝 room may say 去淘宝搜我们店名 or 天猫旗舰店也能拍, one in a 抖音 room
抖音商城搜一下. The lexicon cannot know the room, so the show's setting (``PLATFORMS``; none by default: every platform
name is reported, as before) tells :func:`own_platform_only` which names are the room's own. A hit that also names
another platform, a contact (微信, 电话 …), a private payment (转账, 线下, 私下 …) or "another platform" keeps firing.
Pure functions over constant tables: thread-safe.
"""

from __future__ import annotations

from app.rules.model import Hit
from app.rules.normalize import normalize_term

DIVERSION = "导流私下交易"

# The platforms a show can be set to run on, with the names said for each (normalised: lower case, simplified).
PLATFORMS: dict[str, tuple[str, ...]] = {
    "抖音": ("抖音商城", "抖音小店", "抖音", "抖店"),
    "快手": ("快手小店", "快手"),
    "淘宝": ("天猫旗舰店", "天猫超市", "淘宝直播", "淘宝店", "淘宝网", "天猫", "淘宝", "手淘", "某宝", "橙色软件"),
    "京东": ("京东自营", "京东商城", "京东", "jd", "某东"),
    "拼多多": ("拼多多", "某多多", "拼夕夕", "并夕夕", "pdd"),
    "小红书": ("小红书", "某书"),
    "视频号": ("视频号小店", "视频号"),
}
# Still a way off the platform when said next to the own one (the names of every other platform are added per call).
_ELSEWHERE = (
    "其他平台", "其它平台", "别的平台", "别家", "外面", "站外", "另一个平台", "其他app", "别的app", "绿色",
    "微信", "vx", "v信", "加v", "qq", "扣扣", "电话", "手机", "座机", "私聊", "私信", "私下", "线下", "转账", "打款",
    "二维码", "扫码", "群", "实体店", "门店", "店里来", "厂里", "闲鱼", "某鱼", "小黄鱼", "美团", "饿了么", "微店", "1688",
)


def own_platform_only(hit: Hit, platform: str | None) -> bool:
    """Is ``hit`` a 导流 hit that names only the room's own ``platform`` (a key of :data:`PLATFORMS`) — lawful there?"""
    if not platform or hit.category != DIVERSION:
        return False
    own = PLATFORMS.get(platform)
    if not own:
        return False
    said = normalize_term(hit.surface)
    rest = said
    for name in own:  # longest first within each group: 天猫旗舰店 before 天猫
        rest = rest.replace(name, "\x00")
    if rest == said:
        return False  # the own platform is not named
    others = (name for key, names in PLATFORMS.items() if key != platform for name in names)
    return not any(word in rest for word in (*_ELSEWHERE, *others))


def drop_own_platform(hits: list[Hit], platform: str | None) -> list[Hit]:
    """``hits`` without those :func:`own_platform_only` clears (the list itself when no platform is set)."""
    if not platform or not hits:
        return hits
    return [h for h in hits if not own_platform_only(h, platform)]
