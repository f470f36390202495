"""Is this folder a usable Vosk model? A pure check of the files Vosk needs, with a message a person can act on.

``check_model_dir(path)`` never loads the model (that takes seconds and hundreds of MB); it looks at the
layout Vosk's ``Model`` reads (see vosk-api ``src/model.cc``, "model structure" in its docs):

    am/final.mdl                      acoustic model (required)
    conf/model.conf, conf/mfcc.conf   decoder and feature options (required; fbank.conf instead of mfcc.conf is ok)
    graph/HCLG.fst (+ words.txt)      a full decoding graph (big models such as vosk-model-cn-0.22), or
    graph/HCLr.fst + graph/Gr.fst     a lookahead graph (small models such as vosk-model-small-cn-0.22)
    graph/phones/word_boundary.int    word start/end times (the app needs them for audio spans)
    ivector/final.ie, final.mat, final.dubm, global_cmvn.stats, online_cmvn.conf, splice.conf
    rescore/G.carpa + G.fst           optional rescoring (big models)

It also recognises the usual mistakes: the folder is missing or empty, the .zip was put there but not
unpacked, or the archive was unpacked one level too deep (``models/vosk-cn/vosk-model-small-cn-0.22/am/...``):
that last one is accepted and ``ModelCheck.path`` points at the inner folder.

Pure function over the file system; safe on any thread. It stats a few dozen files, so it is fast enough for
the UI thread, but the UI calls it from a worker anyway (network drives can be slow).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

SMALL_MODEL_NAME = "vosk-model-small-cn-0.22"
LARGE_MODEL_NAME = "vosk-model-cn-0.22"

# Files that may sit in the model folder without making it "not empty" (ours, or the user's notes).
_NOT_MODEL_FILES = {"readme.md", ".gitkeep", ".gitignore", "thumbs.db", ".ds_store", "desktop.ini"}
_ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar", ".7z", ".rar", ".part")
_IVECTOR_FILES = ("final.ie", "final.mat", "final.dubm", "global_cmvn.stats", "online_cmvn.conf", "splice.conf")
# A README naming one of these languages (and no Chinese) means the wrong model was downloaded.
_OTHER_LANGUAGES = {
    "english": "英语", "korean": "韩语", "russian": "俄语", "german": "德语", "french": "法语",
    "spanish": "西班牙语", "japanese": "日语", "italian": "意大利语", "portuguese": "葡萄牙语",
    "vietnamese": "越南语", "turkish": "土耳其语", "hindi": "印地语", "arabic": "阿拉伯语",
}
_MIN_MDL_BYTES = 1024  # an acoustic model is megabytes; a few bytes means a broken copy


@dataclass(frozen=True)
class ModelCheck:
    """Result of ``check_model_dir``.

    ``ok``: Vosk can load ``path``. ``message``: one Chinese sentence or two saying what is wrong and what to
    do (or what was found). ``problems``: every blocking defect found. ``warnings``: things that do not stop
    loading but deserve a look (no word times, wrong language, nested folder). ``path``: the folder to hand
    to Vosk (the inner folder when the archive was unpacked one level too deep). ``kind``: "small"
    (lookahead graph), "large" (full HCLG graph) or "unknown". ``size_mb``: total size of the folder.
    """

    ok: bool
    path: Path
    message: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind: str = "unknown"
    size_mb: float = 0.0


def cli_prefix() -> str:
    """How the user runs our CLI here: the bundled executable, or ``python -m app`` from source."""
    return "liveguard" if getattr(sys, "frozen", False) else "python -m app"


def _advice() -> str:
    return (f"请运行「{cli_prefix()} model fetch」下载官方模型，或按 models/vosk-cn/README.md 的步骤手动放置"
            f"（小模型 {SMALL_MODEL_NAME}，解压后把其中的 am、conf、graph、ivector 等文件夹放进模型文件夹）。")


def _real_entries(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.name.lower() not in _NOT_MODEL_FILES)
    except OSError:
        return []


def _folder_size_mb(folder: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return round(total / (1024 * 1024), 1)


def _is_archive(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(_ARCHIVE_SUFFIXES)


def _nonempty(path: Path, min_bytes: int = 1) -> bool:
    try:
        return path.is_file() and path.stat().st_size >= min_bytes
    except OSError:
        return False


def _fail(path: Path, reason: str, problems: list[str] | None = None, **extra) -> ModelCheck:
    return ModelCheck(ok=False, path=path, message=f"{reason}{_advice()}", problems=problems or [reason], **extra)


def _layout_problems(model: Path) -> tuple[list[str], list[str], str]:
    """Blocking problems, warnings and the kind of the model laid out under ``model`` (which has am/)."""
    problems: list[str] = []
    warnings: list[str] = []
    mdl = model / "am" / "final.mdl"
    if not mdl.is_file():
        problems.append("缺少声学模型 am/final.mdl")
    elif not _nonempty(mdl, _MIN_MDL_BYTES):
        problems.append("am/final.mdl 大小不正常（文件为空或不完整），请重新下载")

    conf = model / "conf" / "model.conf"
    if not _nonempty(conf):
        problems.append("缺少配置文件 conf/model.conf（或文件为空）")
    else:
        try:
            lines = [ln.strip() for ln in conf.read_text(encoding="utf-8").splitlines() if ln.strip()]
            if any(not ln.startswith(("--", "#")) for ln in lines):
                problems.append("conf/model.conf 内容不是 Vosk 配置（每行应以 -- 开头），文件可能已损坏")
        except (OSError, UnicodeDecodeError):
            problems.append("conf/model.conf 无法读取（文件已损坏）")
    if not (_nonempty(model / "conf" / "mfcc.conf") or _nonempty(model / "conf" / "fbank.conf")):
        problems.append("缺少特征配置 conf/mfcc.conf")

    graph = model / "graph"
    kind = "unknown"
    if _nonempty(graph / "HCLG.fst"):
        kind = "large"
        if not _nonempty(graph / "words.txt"):
            problems.append("缺少词表 graph/words.txt（HCLG.fst 需要它才能输出文字）")
    elif _nonempty(graph / "HCLr.fst") and _nonempty(graph / "Gr.fst"):
        kind = "small"
    elif (graph / "HCLr.fst").exists() or (graph / "Gr.fst").exists():
        missing = [n for n in ("HCLr.fst", "Gr.fst") if not _nonempty(graph / n)]
        problems.append("解码图不完整：缺少或损坏 " + "、".join(f"graph/{n}" for n in missing))
    else:
        problems.append("缺少解码图 graph/HCLG.fst（或 graph/HCLr.fst 与 graph/Gr.fst）")
    if graph.is_dir() and not (graph / "phones" / "word_boundary.int").is_file():
        warnings.append("缺少 graph/phones/word_boundary.int：能识别文字，但没有逐词时间，违规记录无法对应音频时间")

    ivector = model / "ivector"
    if ivector.is_dir():
        missing = [n for n in _IVECTOR_FILES if not _nonempty(ivector / n)]
        if missing:
            problems.append("ivector 文件夹不完整，缺少 " + "、".join(f"ivector/{n}" for n in missing))
    else:
        warnings.append("没有 ivector 文件夹：官方中文模型都带有它，识别准确率可能明显下降")

    rescore = model / "rescore"
    if rescore.is_dir():
        have = [n for n in ("G.carpa", "G.fst") if _nonempty(rescore / n)]
        if len(have) == 1:
            warnings.append("rescore 文件夹只有 " + have[0] + "，重打分不会启用")
    return problems, warnings, kind


def _language_warning(model: Path) -> str | None:
    readme = model / "README"
    if not readme.is_file():
        return None
    try:
        text = readme.read_text(encoding="utf-8", errors="replace")[:2000].lower()
    except OSError:
        return None
    if "chinese" in text or "中文" in text or "mandarin" in text:
        return None
    for word, cn in _OTHER_LANGUAGES.items():
        if word in text:
            return f"模型说明写的是{cn}模型，不是中文模型：中文直播内容将无法正确识别，请换成 {SMALL_MODEL_NAME}"
    return None


def check_model_dir(path: str | os.PathLike[str]) -> ModelCheck:
    """Check that ``path`` holds a Vosk model Vosk can load. Never raises for a bad folder; see ``ModelCheck``."""
    folder = Path(path).expanduser()
    if not folder.exists():
        return _fail(folder, f"找不到模型文件夹 {folder}。")
    if folder.is_file():
        if _is_archive(folder):
            return _fail(folder, f"{folder.name} 是压缩包，需要先解压，再选择解压出来的文件夹。")
        return _fail(folder, f"{folder} 是一个文件，不是模型文件夹。")

    entries = _real_entries(folder)
    if not entries:
        return _fail(folder, f"模型文件夹 {folder} 是空的，还没有放入模型。")

    model = folder
    nested_warning = None
    if not (folder / "am").is_dir() and not (folder / "final.mdl").exists():
        subdirs = [p for p in entries if p.is_dir() and not p.name.startswith(".")]
        inner = [d for d in subdirs if (d / "am").is_dir()]
        archives = [p for p in entries if _is_archive(p)]
        if len(inner) == 1:
            model = inner[0]
            nested_warning = (f"模型多了一层文件夹，已使用其中的 {model.name}；"
                              f"也可以把 {model.name} 里的内容移到 {folder} 下")
        elif len(inner) > 1:
            names = "、".join(d.name for d in inner)
            return _fail(folder, f"{folder} 里有多个模型（{names}），请只保留一个，或直接选择其中一个文件夹。")
        elif archives and archives[0].name.lower().endswith(".part"):
            return _fail(folder, f"{folder} 里只有未下载完的 {archives[0].name}，模型还没有下载完成。")
        elif archives:
            return _fail(folder, f"{folder} 里只有压缩包 {archives[0].name}，还没有解压。请解压后再检查。")
        else:
            return _fail(folder, f"{folder} 里没有 Vosk 模型（找不到 am/final.mdl）。")

    if (model / "final.mdl").exists() and not (model / "am").is_dir():
        return _fail(model, "这是旧版目录结构的 Vosk 模型（final.mdl 在最外层），本程序需要新版中文模型。")

    problems, warnings, kind = _layout_problems(model)
    if nested_warning:
        warnings.insert(0, nested_warning)
    lang = _language_warning(model)
    if lang:
        warnings.append(lang)
    size_mb = _folder_size_mb(model)
    if problems:
        reason = f"模型文件夹 {model} 不完整：{problems[0]}" + ("等" if len(problems) > 1 else "") + "。"
        return _fail(model, reason, problems, warnings=warnings, kind=kind, size_mb=size_mb)
    label = {"small": "小模型", "large": "大模型"}.get(kind, "模型")
    message = f"模型可用：{model}（{label}，约 {size_mb:.0f} MB）。"
    if warnings:
        message += "注意：" + "；".join(warnings) + "。"
    return ModelCheck(ok=True, path=model, message=message, problems=[], warnings=warnings, kind=kind,
                      size_mb=size_mb)
