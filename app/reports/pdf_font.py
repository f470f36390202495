"""Which Chinese font the PDF report embeds.

Candidates, in order: the file named by ``$LIVEGUARD_PDF_FONT`` (a ``.ttf``/``.ttc``; the value
``STSong-Light`` deliberately keeps the non-embedded font), then the system's usual Chinese fonts
(Windows: 微软雅黑, 黑体, 宋体, 等线; macOS: 华文黑体, Arial Unicode, 冬青黑体; Linux: 文泉驿, Droid),
then on Linux whatever ``fc-list`` knows as a TrueType Chinese font. reportlab embeds only TrueType
outlines (and subsets them to the characters used), so CFF fonts such as Noto Sans CJK are skipped
with a reason. A font must also have Chinese glyphs. When nothing fits, the report falls back to
reportlab's CID font ``STSong-Light``, which is not embedded, and ``PdfFont.note`` says so in Chinese.

Threading: ``pdf_font()`` may take a second the first time (parsing a 5–20 MB font file), so call it
from the export worker, never the UI thread; the result is cached per process (lock-protected), so
later exports pay nothing. ``find_font`` is the uncached, injectable core used by tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

FONT_ENV = "LIVEGUARD_PDF_FONT"
CID_FONT = "STSong-Light"
_PROBE = "直播合规报告违规明细主播建议说法"  # every embedded font must draw these

FALLBACK_NOTE = ("PDF 未嵌入中文字体（使用阅读器自带的 STSong-Light 宋体）：在没有安装 Adobe 亚洲字体包的电脑上"
                 "可能显示为方框或换成别的字体。请安装微软雅黑或文泉驿微米黑，或把环境变量 "
                 f"{FONT_ENV} 设为一个 .ttf/.ttc 中文字体文件的路径后重新导出。")


@dataclass(frozen=True)
class PdfFont:
    """The registered reportlab font names to use, and what the user should know about them."""

    regular: str
    bold: str
    path: Path | None = None  # the embedded font file; None for the CID fallback
    embedded: bool = False
    note: str = ""  # Chinese, for the export's result (empty when a font file is embedded as asked)
    skipped: tuple[str, ...] = field(default=())  # Chinese, one line per refused candidate

    @property
    def label(self) -> str:
        """Short Chinese description for a report footer."""
        if self.embedded and self.path is not None:
            return f"字体：{self.path.name}（已嵌入）"
        return f"字体：{CID_FONT}（未嵌入）"


def _windows_fonts() -> list[Path]:
    root = Path(os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows") / "Fonts"
    local = os.environ.get("LOCALAPPDATA")
    names = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "Deng.ttf")
    dirs = [root] + ([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else [])
    return [d / n for n in names for d in dirs]


def _mac_fonts() -> list[Path]:
    return [Path("/System/Library/Fonts/STHeiti Medium.ttc"), Path("/System/Library/Fonts/STHeiti Light.ttc"),
            Path("/Library/Fonts/Arial Unicode.ttf"),
            Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
            Path("/System/Library/Fonts/Hiragino Sans GB.ttc"), Path("/Library/Fonts/Hiragino Sans GB.ttc")]


_LINUX_NAMES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf")


def _linux_fonts(roots=("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")):
    found: list[Path] = []
    for root in roots:  # one walk per folder, then best name first
        for folder, _dirs, files in os.walk(Path(root).expanduser()):
            found.extend(Path(folder, f) for f in files if f in _LINUX_NAMES)
    return sorted(found, key=lambda p: (_LINUX_NAMES.index(p.name), str(p)))


def _fc_list_fonts() -> list[Path]:
    """TrueType Chinese fonts fontconfig knows (Linux; optional, empty when fc-list is missing)."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh:fontformat=TrueType", "file"], capture_output=True, text=True,
                             timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(Path(line.strip().rstrip(":")) for line in out.splitlines() if line.strip())


def system_candidates(platform: str | None = None) -> list[Path]:
    """This OS's usual Chinese font files, best first (existence is checked later)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows_fonts()
    if platform == "darwin":
        return _mac_fonts()
    return list(dict.fromkeys(_linux_fonts() + _fc_list_fonts()))


def _bold_sibling(path: Path) -> Path | None:
    """The separate bold file shipped with a regular one (Windows 微软雅黑), if present."""
    pairs = {"msyh.ttc": "msyhbd.ttc", "msyh.ttf": "msyhbd.ttf", "deng.ttf": "Dengb.ttf"}
    name = pairs.get(path.name.lower())
    if name and (path.parent / name).is_file():
        return path.parent / name
    return None


def _register_ttf(path: Path):
    """Parses and registers ``path`` (subfont 0 of a collection); returns the registered name.

    Raises ``ValueError`` with a Chinese reason if reportlab cannot embed it or it lacks Chinese glyphs.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = "LG-" + hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except TTFError as exc:
        if "postscript" in str(exc).lower() or "cff" in str(exc).lower():
            raise ValueError("是 PostScript(CFF) 轮廓字体，PDF 无法嵌入，请改用 TrueType 字体") from exc
        raise ValueError(f"无法读取（{exc}）") from exc
    except OSError as exc:
        raise ValueError(f"无法打开（{exc.strerror or exc}）") from exc
    except Exception as exc:  # a damaged file can fail anywhere in reportlab's parser: skip it, never crash
        raise ValueError(f"文件已损坏或格式不支持（{type(exc).__name__}）") from exc
    missing = [ch for ch in _PROBE if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise ValueError(f"不含中文字形（缺少“{''.join(missing[:5])}”等字）")
    pdfmetrics.registerFont(font)
    return name


def _register_cid() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return CID_FONT


def _family(regular: str, bold: str) -> None:
    from reportlab.lib.fonts import addMapping

    for b, i, face in ((0, 0, regular), (1, 0, bold), (0, 1, regular), (1, 1, bold)):
        addMapping(regular, b, i, face)


def find_font(user_font: str | os.PathLike | None = None, candidates: list[Path] | None = None) -> PdfFont:
    """Registers and returns the first embeddable candidate, else the STSong-Light fallback.

    ``user_font`` comes first (a path, or ``"STSong-Light"`` to choose the fallback on purpose);
    ``candidates`` defaults to ``system_candidates()``; pass ``[]`` to search nothing.
    """
    skipped: list[str] = []
    if user_font is not None and str(user_font).strip().lower() == CID_FONT.lower():
        name = _register_cid()
        return PdfFont(name, name, note=f"按设置（{FONT_ENV}={CID_FONT}）使用未嵌入的 STSong-Light 字体。")
    ordered: list[Path] = []
    user_path: Path | None = None
    if user_font is not None and str(user_font).strip():
        user_path = Path(str(user_font).strip()).expanduser()
        if user_path.is_file():
            ordered.append(user_path)
        else:
            skipped.append(f"文件不存在：{user_path}")
    user_failed = user_path is not None and bool(skipped)
    ordered += system_candidates() if candidates is None else list(candidates)

    seen: set[Path] = set()
    for path in ordered:
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        try:
            regular = _register_ttf(path)
        except ValueError as exc:
            skipped.append(f"{path.name}：{exc}")
            user_failed = user_failed or path == user_path
            continue
        bold = regular
        sibling = _bold_sibling(path)
        if sibling is not None:
            try:
                bold = _register_ttf(sibling)
            except ValueError as exc:
                skipped.append(f"{sibling.name}：{exc}")
        _family(regular, bold)
        note = f"{FONT_ENV} 指定的字体未采用（{skipped[0]}），已改用 {path.name}。" if user_failed else ""
        return PdfFont(regular, bold, path=path, embedded=True, note=note, skipped=tuple(skipped))
    name = _register_cid()
    note = FALLBACK_NOTE if not skipped else FALLBACK_NOTE + "（未采用：" + "；".join(skipped) + "）"
    return PdfFont(name, name, note=note, skipped=tuple(skipped))


_lock = threading.Lock()
_cache: dict[str, PdfFont] = {}


def pdf_font() -> PdfFont:
    """The font for this process's PDF exports (``$LIVEGUARD_PDF_FONT`` honoured), found once and cached."""
    key = os.environ.get(FONT_ENV, "")
    with _lock:
        font = _cache.get(key)
        if font is None:
            font = _cache[key] = find_font(key or None)
        return font
