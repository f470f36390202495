"""PDF export (reportlab): summary, scores, timeline bar chart, top terms, breaker events, full list.

All text (title, tables, chart labels) uses the Chinese TrueType font ``pdf_font.pdf_font()`` finds
(微软雅黑 / 文泉驿 / ``$LIVEGUARD_PDF_FONT`` ...), embedded as a subset so the file looks the same in every
viewer; without one, reportlab's non-embedded CID font ``STSong-Light`` as before, and the returned
``PdfFont.note`` plus the report footer say so. Text stays extractable (pypdf gives the Chinese back).

Threading: pure formatting of a ``Report``; run it off the UI thread (the first call also parses the
font file, up to a second).
"""

from __future__ import annotations

import os
from functools import partial
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.reports.data import SET_ASIDE_NOTE, SET_ASIDE_TITLE, Report, fmt_time
from app.reports.pdf_font import PdfFont, pdf_font
from app.store.repository import REVIEW_STATUS_CN

RED = colors.HexColor("#C0392B")


def _styles(font: PdfFont):
    base = ParagraphStyle("body", fontName=font.regular, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontName=font.bold, fontSize=16, leading=22, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4,
                             textColor=RED, keepWithNext=1),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
    }


def _p(text, style) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _grid(font: PdfFont, data: list[list], widths=None, repeat=1) -> Table:
    table = Table(data, colWidths=widths, repeatRows=repeat)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font.regular),
        ("FONTNAME", (0, 0), (-1, 0), font.bold),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), RED),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


class _Wrapper:
    """Plain-text line wrapping for table cells (character-wise, as CJK text wraps).

    Plain strings with newlines lay out an order of magnitude faster than Paragraphs, which matters
    for the 2,000-row list; widths are cached per character.
    """

    def __init__(self, font_name: str, size: float):
        self.font_name = font_name
        self.size = size
        self._widths: dict[str, float] = {}

    def _w(self, ch: str) -> float:
        w = self._widths.get(ch)
        if w is None:
            w = self._widths[ch] = pdfmetrics.stringWidth(ch, self.font_name, self.size)
        return w

    def __call__(self, text, width: float) -> str:
        text = str(text or "")
        if len(text) * self.size <= width:  # no glyph is wider than the font size: fits on one line
            return text
        lines = []
        for para in text.split("\n"):
            line, used = [], 0.0
            for ch in para:
                w = self._w(ch)
                if used + w > width and line:
                    lines.append("".join(line))
                    line, used = [], 0.0
                line.append(ch)
                used += w
            lines.append("".join(line))
        return "\n".join(lines)


def _timeline_chart(report: Report, width: float, font: str) -> Drawing:
    drawing = Drawing(width, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, width - 40, 110
    values = [n for _, n in report.timeline] or [0]
    chart.data = [values]
    chart.bars[0].fillColor = RED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    labels = [label for label, _ in report.timeline] or [""]
    every = max(1, len(labels) // 12)
    chart.categoryAxis.categoryNames = [lab if i % every == 0 else "" for i, lab in enumerate(labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    drawing.add(chart)
    drawing.add(String(30, 140, f"违规时间分布（每{report.timeline_unit}）", fontName=font, fontSize=9))
    return drawing


def export_pdf(report: Report, path: str | os.PathLike, font: PdfFont | None = None) -> PdfFont:
    """Writes the PDF; returns the font used (``.note``: Chinese line for the user when not embedded)."""
    font = font or pdf_font()
    st = _styles(font)
    grid = partial(_grid, font)
    page = landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=report.title, author="LiveGuard")
    width = page[0] - 24 * mm
    story = [_p(report.title, st["title"])]
    story.append(grid([["项目", "数值"]] + [[k, _p(v, st["cell"])] for k, v in report.summary_pairs()[1:]],
                       [40 * mm, width - 40 * mm]))

    story.append(_p("主播合规分", st["h2"]))
    rows = [["场次", "主播", "得分（已确认）", "预估分（含待复核）", "确认", "待复核", "误报/作废", "提示"]]
    for show_id, s in report.scores:
        rows.append([show_id, _p(s.anchor, st["cell"]), f"{s.score:g}", f"{s.provisional:g}", s.confirmed,
                     s.unreviewed, s.dismissed, s.warning_text if s.warning else ""])
    story.append(grid(rows))

    story.append(_p("违规时间分布", st["h2"]))
    story.append(_timeline_chart(report, width, font.regular))

    story.append(_p("按类别 / 风险等级 / 复核进度", st["h2"]))
    cats = [["类别", "次数"]] + [[_p(c, st["cell"]), n] for c, n in report.by_category]
    sev = [["风险", "次数"]] + [list(x) for x in report.by_severity]
    rev = [["复核状态", "条数"]] + [[REVIEW_STATUS_CN[k], n] for k, n in report.review_counts.items()]
    side = Table([[grid(cats), grid(sev), grid(rev)]], hAlign="LEFT")
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(side)

    story.append(_p(f"高频违规词 TOP {len(report.top_terms)}", st["h2"]))
    rows = [["词条", "类别", "风险", "次数", "建议说法"]]
    for t in report.top_terms:
        rows.append([_p(t.term, st["cell"]), _p(t.category, st["cell"]), t.severity, t.count,
                     _p("；".join(t.suggestions), st["cell"])])
    story.append(grid(rows, [40 * mm, 35 * mm, 15 * mm, 15 * mm, width - 105 * mm]))

    story.append(_p("熔断事件", st["h2"]))
    if report.breaker_events:
        rows = [["时间", "场次", "主播", "次数", "提示"]]
        for e in report.breaker_events:
            rows.append([fmt_time(e["triggered_at"]), e["show_id"], _p(e["anchor"], st["cell"]), e["hit_count"],
                         _p(e["message"], st["cell"])])
        story.append(grid(rows, [35 * mm, 12 * mm, 25 * mm, 12 * mm, width - 84 * mm]))
    else:
        story.append(_p("无", st["body"]))

    story.append(_p(f"违规明细（{report.total} 条）", st["h2"]))
    header = ["编号", "时间", "主播", "原话用词", "类别/风险", "上下文", "建议说法", "依据", "状态"]
    widths = [12 * mm, 30 * mm, 18 * mm, 22 * mm, 28 * mm, 0, 38 * mm, 38 * mm, 20 * mm]
    widths[5] = width - sum(widths)
    chunk = 60  # several small tables paginate much faster than one 2,000-row table
    wrap = _Wrapper(font.regular, 8)
    inner = [w - 6 for w in widths]  # minus cell padding
    for start in range(0, max(1, len(report.rows)), chunk):
        body = [header]
        for r in report.rows[start:start + chunk]:
            cells = [
                str(r["id"]), f"{r['time']}\n开播后 {r['offset']}", r["anchor"], r["surface"],
                f"{r['category']}/{r['severity']}", r["context"], r["suggestion"], r["basis"],
                r["status"] + (f"：{r['note']}" if r["note"] else ""),
            ]
            body.append([wrap(text, w) for text, w in zip(cells, inner, strict=True)])
        story.append(grid(body, widths))
    story.append(_p(f"附录：{SET_ASIDE_TITLE}（{len(report.set_aside_rows)} 条）", st["h2"]))
    if report.set_aside_rows:
        story.append(_p(SET_ASIDE_NOTE, st["body"]))
        header = ["时间", "主播", "听到的话（【】为命中词）", "词条", "类别", "违规可能"]
        widths = [30 * mm, 18 * mm, 0, 28 * mm, 24 * mm, 18 * mm]
        widths[2] = width - sum(widths)
        body = [header] + [[wrap(text, w - 6) for text, w in zip(
            (f"{r['time']}\n开播后 {r['offset']}", r["anchor"], r["heard"], r["term"], r["category"], r["probability"]),
            widths, strict=True)] for r in report.set_aside_rows]
        story.append(grid(body, widths))
    else:
        story.append(_p("无", st["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(_p(f"生成时间：{fmt_time(report.generated_at)} · LiveGuard 直播合规助手 · {font.label}", st["body"]))
    if not font.embedded:
        story.append(_p(font.note, st["cell"]))
    doc.build(story)
    return font
