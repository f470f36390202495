"""PDF reports embed a Chinese TrueType font (subset) when one is installed, else fall back to STSong-Light.

Real exporter, real SQLite show, read back with pypdf: the font program is in the file and the Chinese
text extracts as recorded.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pypdf
import pytest

from app.reports import export
from app.reports.data import build_report
from app.reports.export_pdf import export_pdf
from app.reports.pdf_font import FONT_ENV, find_font
from app.store import Store
from tests.test_store_support import populate_show

START = time.mktime((2026, 11, 23, 20, 0, 0, 0, 0, -1))
ANCHORS = ("李佳佳", "王大锤")
EXPECTED = ("直播合规报告", "主播合规分", "违规时间分布", "最有效", "全网最低价", "用户反馈有效", "近期优惠价",
            "提亮肤色", "《广告法》第九条", "李佳佳", "王大锤", "违规明细")


@pytest.fixture(scope="module")
def system_font():
    font = find_font()  # the system search only, $LIVEGUARD_PDF_FONT is not read here
    if not font.embedded:
        pytest.skip("本机没有可嵌入的中文 TrueType 字体（Debian/Ubuntu：apt install fonts-wqy-microhei）")
    return font


@pytest.fixture
def report(tmp_path):
    hits = [(t, 90.0 * i, ANCHORS[i % 2], f"家人们这款真的是{t}的")
            for i, t in enumerate(["最有效"] * 4 + ["全网最低价"] * 2 + ["美白", "治疗"])]
    with Store.open(tmp_path / "lg.sqlite") as store:
        show_id, _ = populate_show(store, hits, started_at=START, anchors=ANCHORS, ended_at=START + 1200)
        yield store.run(lambda repo: build_report(repo, [show_id]))


def _fonts(path: Path) -> list[dict]:
    """The fonts that draw text on any page: base name and the embedded program's size (0: not embedded).

    (reportlab also declares Helvetica as the canvas' initial state without drawing a glyph in it.)
    """
    found = {}

    def visit(text, _cm, _tm, font, _size):
        if not text.strip() or font is None:
            return
        desc = font.get("/FontDescriptor")
        if desc is None and "/DescendantFonts" in font:
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        desc = desc.get_object() if desc is not None else {}
        program = desc.get("/FontFile2")
        ref = font.raw_get("/FontDescriptor") if "/FontDescriptor" in font else None  # tells apart equal names
        key = (str(font["/BaseFont"]), getattr(ref, "idnum", 0))
        found[key] = len(program.get_object().get_data()) if program is not None else 0

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return [{"name": k[0], "embedded_bytes": v} for k, v in found.items()]


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_pdf_embeds_a_subset_chinese_font_and_text_extracts(system_font, report, tmp_path):
    path = tmp_path / "r.pdf"
    used = export_pdf(report, path, font=system_font)
    assert used.embedded and used.note == ""
    fonts = _fonts(path)
    assert fonts and all(f["embedded_bytes"] > 0 for f in fonts), fonts  # title, tables, chart: all embedded
    assert not any("STSong" in f["name"] for f in fonts)
    # A subset: only the glyphs used, far smaller than the font file itself.
    assert max(f["embedded_bytes"] for f in fonts) < system_font.path.stat().st_size / 4
    text = _text(path)
    for expected in EXPECTED:
        assert expected in text, expected
    assert f"{system_font.path.name}（已嵌入）" in text


def test_no_font_found_keeps_stsong_and_says_so(report, tmp_path):
    path = tmp_path / "r.pdf"
    used = export_pdf(report, path, font=find_font(candidates=[]))  # the finder searches nowhere
    assert not used.embedded and "未嵌入" in used.note and FONT_ENV in used.note
    fonts = _fonts(path)
    assert [f["name"] for f in fonts] == ["/STSong-Light"] and fonts[0]["embedded_bytes"] == 0
    text = _text(path)
    for expected in EXPECTED:
        assert expected in text, expected
    assert "STSong-Light（未嵌入）" in text and "请安装微软雅黑或文泉驿微米黑" in text


def test_env_var_font_file_comes_first(system_font, report, tmp_path, monkeypatch):
    mine = tmp_path / "我的字体.ttc"
    shutil.copyfile(system_font.path, mine)
    monkeypatch.setenv(FONT_ENV, str(mine))
    path = tmp_path / "r.pdf"
    assert export(report, "pdf", path) == ""  # the public entry point reads the setting; nothing to warn about
    assert "我的字体.ttc（已嵌入）" in _text(path)
    assert all(f["embedded_bytes"] > 0 for f in _fonts(path))


def test_env_var_stsong_light_chooses_the_fallback_on_purpose(report, tmp_path, monkeypatch):
    monkeypatch.setenv(FONT_ENV, "STSong-Light")
    path = tmp_path / "r.pdf"
    note = export(report, "pdf", path)  # the note is what the CLI and the review page show after export
    assert "未嵌入" in note
    assert [f["name"] for f in _fonts(path)] == ["/STSong-Light"]
    assert "李佳佳" in _text(path)


def test_unusable_font_files_are_skipped_with_a_reason(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"not really a font" * 10)
    font = find_font(broken, candidates=[tmp_path / "missing.ttc"])
    assert not font.embedded
    assert any("broken.ttf" in s for s in font.skipped) and "broken.ttf" in font.note


def test_latin_only_font_is_refused(tmp_path):
    latin = next((p for p in (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),) if p.is_file()), None)
    if latin is None:
        pytest.skip("没有 DejaVuSans.ttf 可作为只含西文的字体")
    font = find_font(latin, candidates=[])
    assert not font.embedded and "不含中文字形" in font.note


def test_cff_opentype_font_is_skipped_not_fatal(system_font, tmp_path):
    cff = next(iter(sorted(Path("/usr/share/fonts").rglob("NotoSansCJK-Regular.ttc"))), None)
    if cff is None:
        pytest.skip("没有安装 Noto Sans CJK（CFF 字体），无法验证跳过")
    font = find_font(cff, candidates=[system_font.path])
    assert font.embedded and font.path == system_font.path
    assert "CFF" in font.note and system_font.path.name in font.note


def test_windows_yahei_is_found_with_its_bold_file(system_font, report, tmp_path, monkeypatch):
    fonts = tmp_path / "Windows" / "Fonts"
    fonts.mkdir(parents=True)
    for name in ("msyh.ttc", "msyhbd.ttc", "simsun.ttc"):
        shutil.copyfile(system_font.path, fonts / name)  # stand-ins with real TrueType outlines
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    from app.reports.pdf_font import system_candidates

    found = find_font(candidates=system_candidates("win32"))
    assert found.path == fonts / "msyh.ttc" and found.bold != found.regular
    path = tmp_path / "r.pdf"
    export_pdf(report, path, font=found)
    # (the stand-in bold file is the same face, which reportlab embeds once; real msyhbd.ttc is its own face)
    assert all(f["embedded_bytes"] > 0 for f in _fonts(path))
    assert "msyh.ttc（已嵌入）" in _text(path)
