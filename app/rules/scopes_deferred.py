"""Sufferers told to be careful or sent to a doctor, even with the goods named: no claim (round 109, t46–49 F).

Called by :func:`app.rules.scopes_advice.not_claimed` for a bare disease name or its patients (有肾病的, 高血压的朋友,
湿疹的宝宝 — the caller checks the name) in 医疗用语. :func:`app.rules.scopes_advice.advice_about_name` gives up as
soon as the goods are named (这款, 这个, 我们); yet a sufferer is often warned *about the goods*:

- **sent to a doctor** (狗子有肾病的话这款高蛋白狗粮别喂，先问问宠物医生; 湿疹的宝宝用什么你去问皮肤科医生，我们这个身体乳就是
  普通保湿的; 腰椎间盘突出能用这个护腰吗？这个我说了不算，你得问你的主治医生; 血糖高的朋友…也建议先问问自己的医生);
- **told to hold back or take care** (高血压的朋友白酒少喝或者不喝; 有哮喘的朋友跑步记得把药带在身上; 有哮喘嘅宝宝家长注意下;
  过敏的朋友请选海绵款).

Either reading needs the rest of the sentence to claim nothing: no outcome (就好了, 降了, 不犯了, 停药), no suitability
(放心吃, 适合, 也能吃, 福音), no use urged (喝这个, 吃我们的, 试试, 赶紧拍) and no care refused (不用去医院, 省得吃药). So
高血压的朋友放心喝，不放心就问医生 and 糖尿病的别吃糖了，喝这个血糖就稳了 stay claims.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_END = re.compile(r"[。！!；;\n]")
_REACH = 48

# A doctor or a hospital: 问(问)(你的|自己的)(宠物|主治|皮肤科)医生, 去(宠物)医院, 遵医嘱, 就医.
_DOCTOR = re.compile(
    r"(?:问|咨询|听|找)(?:一下|下|问|过)?(?:你的|您的|自己的|你家|你|您)?"
    r"(?:宠物|主治|专业|皮肤科|儿科|眼科|骨科|家庭|正规)?(?:医生|大夫|兽医)"
    r"|(?:去|上|到|送|带去|带到|送去)(?:正规|专业|大)?(?:宠物)?(?:医院|诊所|门诊)|遵医嘱|就医|就诊|看医生|看大夫"
)
# Holding back or taking care: 少喝, 不能喝, 别喂, 先别, 记得把药带上, 注意下, 请选…款.
_CARE = re.compile(
    r"少(?:喝|吃|用|碰|沾)|(?:不能|不要|别|莫|唔好)(?:喝|吃|喂|用|碰|沾|整|买|拍)|先别|或者不喝|或者不吃"
    r"|(?:记得|记住)(?:把)?药|把药带|药(?:带|揣)在|注意(?:下|一下|点)|当心|小心|请选|选[\u4e00-\u9fff]{1,3}款"
)
# What makes it a claim after all.
_CLAIM = re.compile(
    r"就(?:好|通|稳|降|消|没|不|轻|见效|管用|舒服)|好了|好转|好多了|管用|见效|起效|降了|稳了|下来了|正常了|不犯|不发作|"
    r"停药|药都|(?<!主)治(?!医)|缓解|改善|调理|放心|适合|(?<![不别])(?:能|可以|也能|都能)(?:吃|喝|用|戴|穿)(?![^吗?？]{0,8}[吗?？])|福音|首选|"
    r"推荐|必备|闭眼|试试|赶紧|抢|下单|上车|(?<![不别少莫])[喝吃用喂抹涂贴](?:这|我们|咱|它)|换成|改(?:吃|喝|用)"
)
# A viewer's question (能用这个护腰吗？) is not the seller's claim: it is read past, its answer is not.
_QUESTION = re.compile(r"[^?？]{0,16}吗[?？]")
_REFUSED = re.compile(r"(?:不用|不必|不需要|无需|省得|免得|用不着|再也不|何必|还用|别|不要)[\u4e00-\u9fff]{0,2}$")


def _sentence_after(text: str, end: int) -> str:
    ahead = text[end : end + _REACH]
    cut = _END.search(ahead)
    return ahead[: cut.start()] if cut else ahead


def _deferred(after: str) -> bool:
    for m in _DOCTOR.finditer(after):
        if not _REFUSED.search(after, 0, m.start()):
            return True
    return False


def sufferer_warned(text: str, start: int, end: int) -> bool:
    """Is the sufferer named at ``text[start:end]`` sent to a doctor or told to take care, nothing claimed?"""
    after = _sentence_after(text, end)
    if _CLAIM.search(_QUESTION.sub("", after, count=1)):
        return False
    return _deferred(after) or bool(_CARE.search(after))
