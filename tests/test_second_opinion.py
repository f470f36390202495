"""The second opinion (复核模型): a sentence classifier that sets aside rule hits in sentences it reads as clean.

Real model file (resources/second_opinion/model.tsv.gz), real matcher, real CLI. The probe sentences are not in
the corpus the model was trained on (checked), so they show what it does with speech it has not seen.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.asr.recognizer import AsrResult
from app.events import HitEvent
from app.pipeline.hit_tracker import HitTracker
from app.rules import second_opinion
from app.rules.matcher import default_matcher
from app.rules.model import Hit

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "corpus.tsv"

# Rules fire on 最 here; the sentence only talks about the word.
TALKED_ABOUT = "我师傅以前常说，卖货的人嘴里不能有最字"
# Claims in words no lexicon row knows (the rules find nothing), and plain clean talk.
UNLISTED = ["姐妹们这个乳清蛋白一天两勺肚子上的肉哗哗往下掉", "这口锅用上十年都跟新的一样不信你来找我"]
PLAIN = ["今天天气不错大家吃饭了吗", "这个插座有三个孔两个USB口", "主播A：下一个链接是什么？主播B：是那款保温杯"]
# Fresh violations (not corpus lines): the model must leave every one of their hits standing.
VIOLATIONS = [
    "这款电饭煲是全网最低价，错过今天就没有了",
    "喝了这个茶三天降血压，高血压的朋友放心喝",
    "我们这款洗发水防脱生发，一个月长出新头发",
    "最后三分钟，只剩十单了，赶紧拍",
    "加我微信私下转账再便宜五十",
    "这个手镯开过光的，戴上保你招财转运",
    "国家领导人都在用的同款茶叶",
    "这个面霜全网销量第一，没有之一",
]


@pytest.fixture(scope="module")
def model():
    return second_opinion.default_model()


@pytest.fixture(scope="module")
def corpus_texts() -> set[str]:
    with open(CORPUS, encoding="utf-8", newline="") as fh:
        return {row["text"] for row in csv.DictReader(fh, delimiter="\t")}


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "scan", *args], input=stdin.encode("utf-8"),
                          capture_output=True, cwd=REPO, timeout=120)


def test_model_was_trained_on_the_current_corpus(model):
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    assert model.header["corpus_sha256"] == digest, (
        "语料 tests/corpus/corpus.tsv 改了，复核模型还是旧语料训练的：请运行 "
        "pip install -e '.[train]' 后 python scripts/train_second_opinion.py 重新生成 resources/second_opinion/model.tsv.gz")
    with open(CORPUS, encoding="utf-8", newline="") as fh:
        assert int(model.header["sentences"]) == sum(1 for _ in csv.DictReader(fh, delimiter="\t"))


def test_plain_python_inference_agrees_with_the_trainer(model):
    checks = [value.split("\t") for key, value in model.header.items() if key.startswith("check")]
    assert len(checks) >= 20
    for text, p, category in checks:
        assert model.probability(text) == pytest.approx(float(p), abs=1e-6), text
        assert model.category(text) == category, text
    # both kinds among them, so the agreement covers both sides of the threshold
    assert min(float(p) for _, p, _ in checks) < model.threshold < max(float(p) for _, p, _ in checks)


def test_probes_are_not_training_sentences(corpus_texts):
    assert TALKED_ABOUT not in corpus_texts
    assert not set(VIOLATIONS + UNLISTED + PLAIN) & corpus_texts
    assert "宝宝们这款洗面奶用完脸上的痘痘三天全消，油皮姐妹闭眼冲" not in corpus_texts
    assert not {"主播B：家人们，冲就完了", "姐妹们！这个口红显白到不行", "叔叔阿姨們，这个鞋穿着得劲"} & corpus_texts


def test_a_word_talked_about_is_set_aside_and_violations_stand(model):
    matcher = default_matcher()
    hits = matcher.scan(TALKED_ABOUT)
    assert [h.surface for h in hits] == ["最"]  # the rules alone raise a false alarm here
    judgement = model.judge(TALKED_ABOUT, hits, find=False)
    kept, vetoed = judgement.kept, judgement.vetoed
    assert kept == [] and [h.surface for h, _ in vetoed] == ["最"] and vetoed[0][1] < model.threshold
    for text in VIOLATIONS:
        hits = matcher.scan(text)
        assert hits, text
        assert model.keep(text, hits) == hits, (text, model.probability(text))


def _turn_model() -> second_opinion.SecondOpinion:
    """A two-n-gram model: 不能说 reads clean, 好了 reads as a claim (weights by hand, so the test is about the rule)."""
    return second_opinion.SecondOpinion(idf={"不能说": 1.0, "好了": 1.0}, weight={"不能说": -8.0, "好了": 5.0},
                                        intercept=-1.0, threshold=0.15, header={})


def _hit_on(text: str, words: str) -> Hit:
    start = text.index(words)
    return Hit(start, start + len(words), words, words, "T-1", "医疗用语", "high", (), "")


@pytest.mark.parametrize("text", ["我不能说能治，但是用完胃病就好了", "不能说治病的啊 不过吃了三天就好了", "不能说根治，反正我妈用完就好了"])
def test_a_claim_made_anyway_after_a_disclaimer_stands(text):
    model = _turn_model()
    assert model.probability(text) < model.threshold  # the disclaimer makes the whole sentence read clean
    hit = _hit_on(text, "就好了")
    assert model.judge(text, [hit]).kept == [hit]


@pytest.mark.parametrize("text", [
    "我不能说能治，用完胃病就好了",  # no turn: the sentence decides
    "但是不能说用完就好了",  # the turn opens the sentence: nothing was disclaimed before it
    "不能说用完就好了，但是可以说很舒服",  # the turn comes after the hit
])
def test_without_a_turn_before_the_hit_the_sentence_decides(text):
    model = _turn_model()
    hit = _hit_on(text, "就好了")
    judgement = model.judge(text, [hit])
    assert judgement.kept == [] and judgement.vetoed[0][0] == hit


def test_a_claim_the_rules_miss_is_found_with_its_category(model):
    matcher = default_matcher()
    for text in UNLISTED:
        assert matcher.scan(text) == [], text  # no lexicon row knows these words
        [found] = model.keep(text, [])
        assert found.by_model and found.entry_id == "MODEL-EFF" and found.category == "功效夸大"
        assert found.surface == text[found.start : found.end] and found.severity == "medium"
        assert model.find_threshold <= found.confidence < 1.0
        assert found.suggestions and "因人而异" in found.suggestions[0]
    for text in PLAIN:
        assert model.keep(text, matcher.scan(text)) == [], (text, model.probability(text))


def test_a_found_claim_is_the_clause_with_the_evidence(model):
    text = "宝宝们这款洗面奶用完脸上的痘痘三天全消，油皮姐妹闭眼冲"
    start, end = model.locate(text)
    assert text[start:end] == "宝宝们这款洗面奶用完脸上的痘痘三天全消"
    spaced = "家人们 这 口 锅 用 上 十 年 都 跟 新 的 一样"  # live speech: no punctuation, the whole utterance
    assert model.locate(spaced) == (0, len(spaced))


def test_a_found_claim_never_points_at_a_speaker_label_or_the_audience(model):
    """Scripts label turns (主播B：) and anchors call out to viewers (叔叔阿姨們！): the corpus gives those words weight,
    but a popup that underlines 「主播B」 tells nobody what to change."""
    cases = {  # (before: 「主播B」, 「家人们」, 「姐妹们」, 「叔叔阿姨們」)
        "主播A：我爸就穿这个码。主播B：咱爸穿着舒服，天天穿着去遛弯": "我爸就穿这个码",
        "主播B：家人们，冲就完了": "冲就完了",
        "姐妹们！这个口红显白到不行": "这个口红显白到不行",
        "叔叔阿姨們，这个鞋穿着得劲": "这个鞋穿着得劲",
    }
    for text, clause in cases.items():
        start, end = model.locate(text)
        assert text[start:end] == clause, (text, text[start:end])
    assert model.locate("宝宝们") == (0, 3)  # nothing else to point at: the whole line


def test_each_line_of_a_script_is_judged_on_its_own(model):
    matcher = default_matcher()
    script = f"{VIOLATIONS[0]}\n{TALKED_ABOUT}\n{VIOLATIONS[4]}"
    kept = model.keep(script, matcher.scan(script))
    lines = [script.count("\n", 0, h.start) for h in kept]
    assert 0 in lines and 2 in lines and 1 not in lines


def test_segment_is_the_line_else_the_sentence_else_a_window():
    text = "第一行\n" + "甲" * 100 + "。这个最好。" + "乙" * 100 + "\n末行"
    start = text.index("最好")
    lo, hi = second_opinion.segment(text, start, start + 2)
    assert text[lo:hi] == "这个最好。"
    run_on = "丙" * 300 + "最好" + "丁" * 300
    lo, hi = second_opinion.segment(run_on, 300, 302)
    assert (lo, hi) == (300 - 60, 302 + 60)
    assert second_opinion.segment("短句最好", 2, 4) == (0, 4)


def test_cli_sets_the_hit_aside_and_rules_only_reports_it():
    both = f"{TALKED_ABOUT}\n{VIOLATIONS[0]}\n"
    default = run_cli("--format", "jsonl", stdin=both)
    records = [json.loads(line) for line in default.stdout.decode("utf-8").splitlines()]
    assert [len(r["hits"]) for r in records][0] == 0 and records[1]["hits"]
    assert default.returncode == 1
    alone = run_cli("--format", "jsonl", stdin=TALKED_ABOUT + "\n")
    assert alone.returncode == 0 and json.loads(alone.stdout)["hits"] == []
    rules = run_cli("--format", "jsonl", "--rules-only", stdin=TALKED_ABOUT + "\n")
    assert rules.returncode == 1 and json.loads(rules.stdout)["hits"][0]["surface"] == "最"
    text = run_cli("--format", "text", stdin=TALKED_ABOUT + "\n").stdout.decode("utf-8")
    assert "未计入" in text and "复核模型" in text and "--rules-only" in text
    found = run_cli("--format", "jsonl", stdin=UNLISTED[1] + "\n")
    [hit] = json.loads(found.stdout)["hits"]
    assert found.returncode == 1 and hit["category"] == "功效夸大" and hit["confidence"] < 1
    assert run_cli("--format", "jsonl", "--rules-only", stdin=UNLISTED[1] + "\n").returncode == 0
    text = run_cli("--format", "text", stdin=UNLISTED[1] + "\n").stdout.decode("utf-8")
    assert "规则未命中，复核模型整句判断" in text


def test_live_tracker_does_not_fire_a_set_aside_hit(model):
    matcher = default_matcher()
    final = AsrResult("final", TALKED_ABOUT, (), (), 0.0)
    fired = [e for e in HitTracker(matcher).feed(final) if isinstance(e, HitEvent)]
    assert [e.hit.surface for e in fired] == ["最"]
    fired = [e for e in HitTracker(matcher, second_opinion=model).feed(final) if isinstance(e, HitEvent)]
    assert fired == []
    real = AsrResult("final", VIOLATIONS[0], (), (), 0.0)
    fired = [e for e in HitTracker(matcher, second_opinion=model).feed(real) if isinstance(e, HitEvent)]
    assert fired and fired[0].hit.surface == "全网最低价"


def test_live_tracker_fires_a_found_claim_on_the_final_only(model):
    matcher = default_matcher()
    tracker = HitTracker(matcher, second_opinion=model)
    text = UNLISTED[0]
    partial = [e for e in tracker.feed(AsrResult("partial", text, (), (), 0.0)) if isinstance(e, HitEvent)]
    assert partial == []
    final = [e for e in tracker.feed(AsrResult("final", text, (), (), 0.0)) if isinstance(e, HitEvent)]
    assert [e.hit.category for e in final] == ["功效夸大"] and final[0].hit.by_model


def test_a_missing_or_broken_model_says_what_to_do(tmp_path):
    with pytest.raises(second_opinion.ModelError, match="找不到复核模型文件.*train_second_opinion"):
        second_opinion.load(tmp_path / "none.tsv.gz")
    broken = tmp_path / "broken.tsv.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(second_opinion.ModelError, match="已损坏"):
        second_opinion.load(broken)
    bad_row = tmp_path / "bad_row.tsv.gz"
    with gzip.open(bad_row, "wt", encoding="utf-8") as fh:
        fh.write("# intercept\t0.5\n# threshold\t0.15\n最\t1.0\t0.5\n坏行只有一列\n")
    with pytest.raises(second_opinion.ModelError, match="第 4 行"):
        second_opinion.load(bad_row)


def test_cli_without_a_model_warns_and_uses_the_rules(tmp_path, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setattr(second_opinion, "_cached", None)
    monkeypatch.setattr(second_opinion, "default_model_path", lambda: tmp_path / "gone.tsv.gz")
    source = tmp_path / "in.txt"
    source.write_text(TALKED_ABOUT + "\n", encoding="utf-8")
    status = main(["scan", str(source), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1 and json.loads(out)["hits"][0]["surface"] == "最"
    assert "复核模型提示" in err and "找不到复核模型文件" in err


def test_a_found_claim_does_not_reach_back_into_the_previous_utterance(model):
    matcher = default_matcher()
    tracker = HitTracker(matcher, second_opinion=model)
    tracker.feed(AsrResult("final", "今天天气不错大家吃饭了吗", (), (), 0.0))
    fired = [e for e in tracker.feed(AsrResult("final", UNLISTED[0], (), (), 0.0)) if isinstance(e, HitEvent)]
    assert len(fired) == 1 and fired[0].context == UNLISTED[0]
    assert fired[0].hit.surface in UNLISTED[0]
