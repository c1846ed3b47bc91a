import PDFDocument from "pdfkit";
import type { ImplementationReport } from "@/lib/domain/report";
import { reportFontPath } from "./fonts";
import { pdfFont } from "./pdf-font";
import { pageLabel, REPORT_COLORS, reportOutline, type ContentsEntry, type ReportBlock, type ReportLine } from "./outline";

// The implementation report as a PDF (A4, 2 cm margins), drawn with PDFKit: the content and its order
// come from reportOutline; this file only says how each kind of block looks. PDFKit lays text out
// line by line as it writes (no layout engine over the whole document), so a report of 1,000
// commitments and 10,000 history rows takes seconds, not minutes. Pages are kept in memory until
// the end (bufferPages) so that the contents can be filled with the page each part landed on, and
// every page can be given "Page N of M".

const MARGIN = 56.7; // 2 cm in points
const [INK, MUTED, RULE, BAR, FLAG, LINK] = [
  REPORT_COLORS.ink,
  REPORT_COLORS.muted,
  REPORT_COLORS.rule,
  REPORT_COLORS.bar,
  REPORT_COLORS.flag,
  REPORT_COLORS.link,
].map((hex) => `#${hex}`);
const REGULAR = "NotoSans-Regular";
const BOLD = "NotoSans-Bold";
const BODY_SIZE = 10;
const HEADING_SIZES = { 1: 16, 2: 13, 3: 11 } as const;
/** Contents entries on one page (the contents keep this many lines per page they reserve). */
const CONTENTS_PER_PAGE = 36;

type Doc = PDFKit.PDFDocument;

function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
function keepSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function writeLine(doc: Doc, line: ReportLine, x: number, width: number) {
  line.forEach((run, i) => {
    doc.font(run.bold || run.flag ? BOLD : REGULAR).fillColor(run.flag ? FLAG : run.href ? LINK : INK);
    const options = { continued: i < line.length - 1, link: run.href ?? null, underline: false, lineGap: 2 };
    // Only the first run places the line: a continued run given a position (even undefined) starts a new line.
    if (i === 0) doc.text(run.text, x, doc.y, { ...options, width });
    else doc.text(run.text, options);
  });
}

function drawTable(doc: Doc, block: Extract<ReportBlock, { kind: "table" }>) {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const widths = block.columns.map((c) => c.width * width);
  const rows = [block.columns.map((c) => c.header), ...block.rows];
  rows.forEach((cells, r) => {
    doc.font(r === 0 ? BOLD : REGULAR).fontSize(BODY_SIZE);
    const height = Math.max(...cells.map((cell, c) => doc.heightOfString(cell, { width: widths[c] - 8 }))) + 6;
    keepSpace(doc, height);
    const top = doc.y;
    let x = x0;
    cells.forEach((cell, c) => {
      doc.fillColor(INK).text(cell, x + 4, top + 3, { width: widths[c] - 8, align: block.columns[c].align });
      x += widths[c];
    });
    doc
      .moveTo(x0, top + height)
      .lineTo(x0 + width, top + height)
      .lineWidth(r === 0 ? 1 : 0.5)
      .strokeColor(r === 0 ? INK : RULE)
      .stroke();
    doc.x = x0;
    doc.y = top + height;
  });
  doc.moveDown(0.6);
}

function drawBars(doc: Doc, block: Extract<ReportBlock, { kind: "bars" }>) {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const row = 15;
  keepSpace(doc, row * (block.bars.length + 2));
  doc.font(BOLD).fontSize(BODY_SIZE).fillColor(INK).text(block.caption, x0, doc.y, { width });
  doc.moveDown(0.3);
  const labelWidth = width * 0.32;
  const valueWidth = width * 0.1;
  const track = width - labelWidth - valueWidth;
  for (const bar of block.bars) {
    const top = doc.y;
    doc
      .font(REGULAR)
      .fillColor(INK)
      .text(bar.label, x0, top, { width: labelWidth - 6, lineBreak: false });
    if (bar.fraction > 0) doc.rect(x0 + labelWidth, top + 2, Math.max(1, bar.fraction * track), 9).fill(BAR);
    doc.fillColor(INK).text(bar.value, x0 + labelWidth + track + 6, top, { width: valueWidth - 6, lineBreak: false });
    doc.x = x0;
    doc.y = top + row;
  }
  doc.moveDown(0.6);
}

function drawText(doc: Doc, block: Extract<ReportBlock, { kind: "text" }>) {
  const x0 = doc.page.margins.left;
  const indent = block.style === "quote" ? 10 : 0;
  const width = contentWidth(doc) - indent;
  doc.fontSize(BODY_SIZE);
  keepSpace(doc, 3 * doc.currentLineHeight(true));
  const startPage = currentPage(doc);
  const startY = doc.y;
  for (const line of block.lines) writeLine(doc, line, x0 + indent, width);
  if (block.style === "quote" && currentPage(doc) === startPage) {
    doc
      .moveTo(x0 + 2, startY)
      .lineTo(x0 + 2, doc.y)
      .lineWidth(2)
      .strokeColor(RULE)
      .stroke();
  }
  if (block.style === "entry") {
    doc.moveDown(0.3);
    doc
      .moveTo(x0, doc.y)
      .lineTo(x0 + contentWidth(doc), doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  }
  doc.x = x0;
  doc.moveDown(0.5);
}

/** Draws the blocks; returns where the contents go and the page each anchored part starts on. */
function drawBlocks(doc: Doc, blocks: ReportBlock[]) {
  const placed = new Map<string, number>();
  let contents: { page: number; y: number; entries: ContentsEntry[] } | null = null;
  for (const block of blocks) {
    const x0 = () => doc.page.margins.left;
    switch (block.kind) {
      case "cover":
        doc.addPage();
        doc.y = 200;
        doc
          .font(BOLD)
          .fontSize(20)
          .fillColor(INK)
          .text(block.title, x0(), doc.y, { width: contentWidth(doc) });
        doc.moveDown(0.6);
        for (const line of block.lines)
          doc
            .font(REGULAR)
            .fontSize(12)
            .text(line, { width: contentWidth(doc), lineGap: 4 });
        break;
      case "contents": {
        doc.addPage();
        doc
          .font(BOLD)
          .fontSize(HEADING_SIZES[1])
          .fillColor(INK)
          .text(block.title, x0(), doc.y, { width: contentWidth(doc) });
        doc.moveDown(0.5);
        contents = { page: currentPage(doc), y: doc.y, entries: block.entries };
        // The contents are filled in at the end; reserve the pages they need.
        for (let i = CONTENTS_PER_PAGE; i < block.entries.length; i += CONTENTS_PER_PAGE) doc.addPage();
        break;
      }
      case "heading": {
        const size = HEADING_SIZES[block.level];
        if (block.newPage) doc.addPage();
        // A heading is not left alone at the foot of a page.
        else keepSpace(doc, size * 2 + 4 * BODY_SIZE);
        if (block.level > 1 && !block.newPage) doc.moveDown(0.4);
        if (block.anchor) {
          doc.addNamedDestination(block.anchor, "XYZ", doc.page.margins.left, doc.page.height - doc.y, null);
          placed.set(block.anchor, currentPage(doc) + 1);
        }
        doc
          .font(BOLD)
          .fontSize(size)
          .fillColor(INK)
          .text(block.text, x0(), doc.y, { width: contentWidth(doc), lineGap: 2 });
        if (block.level === 1 && block.anchor) doc.outline.addItem(block.text);
        doc.moveDown(0.3);
        break;
      }
      case "text":
        drawText(doc, block);
        break;
      case "table":
        drawTable(doc, block);
        break;
      case "bars":
        drawBars(doc, block);
        break;
    }
  }
  return { placed, contents: contents as { page: number; y: number; entries: ContentsEntry[] } | null };
}

function fillContents(doc: Doc, contents: { page: number; y: number; entries: ContentsEntry[] }, placed: Map<string, number>) {
  contents.entries.forEach((entry, i) => {
    const page = contents.page + Math.floor(i / CONTENTS_PER_PAGE);
    doc.switchToPage(page);
    const x0 = doc.page.margins.left;
    const width = contentWidth(doc);
    const y = (i < CONTENTS_PER_PAGE ? contents.y : doc.page.margins.top) + (i % CONTENTS_PER_PAGE) * 18;
    doc.font(REGULAR).fontSize(11).fillColor(LINK);
    doc.text(entry.text, x0, y, { width: width - 50, goTo: entry.anchor, lineBreak: false, underline: false });
    doc.fillColor(INK).text(String(placed.get(entry.anchor) ?? ""), x0 + width - 50, y, { width: 50, align: "right", lineBreak: false });
  });
}

function drawFooters(doc: Doc, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const x0 = doc.page.margins.left;
    const width = contentWidth(doc);
    const y = doc.page.height - 30;
    // Writing below the bottom margin would start a new page; the margin is lifted while the footer is drawn.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(title, x0, y, { width: width * 0.72, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(pageLabel(i + 1, range.count), x0 + width * 0.72, y, { width: width * 0.28, align: "right", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export function renderReportPdf(report: ImplementationReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: false,
    lang: "en",
    displayTitle: true,
    info: {
      Title: report.title,
      Author: report.generatedBy,
      Subject: report.scope,
      Creator: "Commitment Tracker",
      Producer: "Commitment Tracker",
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  // PDFKit 0.20 takes a fontkit font object (PDFFontFactory.open); its types list only paths and bytes.
  doc.registerFont(REGULAR, pdfFont(reportFontPath("regular")) as unknown as ArrayBuffer);
  doc.registerFont(BOLD, pdfFont(reportFontPath("bold")) as unknown as ArrayBuffer);
  const { placed, contents } = drawBlocks(doc, reportOutline(report));
  if (contents) fillContents(doc, contents, placed);
  drawFooters(doc, report.title);
  doc.end();
  return finished;
}
