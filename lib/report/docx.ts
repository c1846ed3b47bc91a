import { readFileSync } from "node:fs";
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { ImplementationReport } from "@/lib/domain/report";
import { REPORT_FONT_FAMILY, reportFontPath } from "./fonts";
import {
  REPORT_COLORS,
  REPORT_WORDS,
  reportOutline,
  type ContentsEntry,
  type ReportBlock,
  type ReportLine,
  type ReportRun,
} from "./outline";

// The implementation report as a Word document (A4, 2 cm margins). The content and its order come from
// reportOutline; this file only says how each kind of block looks in Word. Noto Sans is embedded
// (regular face) so that the document looks the same where the font is not installed.

const TWIPS_PER_CM = 567;
const PAGE = { width: 11906, height: 16838, margin: 2 * TWIPS_PER_CM };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const { ink: INK, muted: MUTED, rule: RULE, bar: BAR, flag: FLAG } = REPORT_COLORS;
/** The chart's bars are whole steps of this many grid columns, each 1/BAR_STEPS of the bar area. */
const BAR_STEPS = 50;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Word bookmark names are letters, digits and underscores: "section-2" becomes "section_2". */
function bookmarkName(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_]/g, "_");
}

function runOf(run: ReportRun, lineBreak: boolean): ParagraphChild[] {
  // The line break rides on the line's first run (one run fewer per line: a long annex has tens of
  // thousands), except before a link, which must start with a run of its own.
  const text = new TextRun({
    text: run.text,
    bold: run.bold || run.flag,
    color: run.flag ? FLAG : undefined,
    style: run.href ? "Hyperlink" : undefined,
    break: lineBreak && !run.href ? 1 : undefined,
  });
  if (!run.href) return [text];
  const link = new ExternalHyperlink({ link: run.href, children: [text] });
  return lineBreak ? [new TextRun({ break: 1 }), link] : [link];
}

function linesOf(lines: ReportLine[]): ParagraphChild[] {
  return lines.flatMap((line, i) => line.flatMap((run, j) => runOf(run, i > 0 && j === 0)));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const THIN = (color: string) => ({ style: BorderStyle.SINGLE, size: 4, color });

function cell(text: string, width: number, options: { bold?: boolean; right?: boolean; bottom?: string; span?: number; fill?: string }) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: "auto" } : undefined,
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: options.bottom ? THIN(options.bottom) : NO_BORDER },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: text ? [new TextRun({ text, bold: options.bold })] : [],
      }),
    ],
  });
}

function tableOf(block: Extract<ReportBlock, { kind: "table" }>): Table {
  const widths = block.columns.map((c) => Math.round(c.width * CONTENT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, widths[i], { bold: true, right: c.align === "right", bottom: INK })),
  });
  const rows = block.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((text, i) => cell(text, widths[i], { right: block.columns[i].align === "right", bottom: RULE })),
      }),
  );
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

/**
 * The bar chart as a table: a label column, BAR_STEPS narrow columns for the bars and a column for the
 * number. Each bar is a shaded cell spanning as many steps as its share of the longest bar.
 */
function barsOf(block: Extract<ReportBlock, { kind: "bars" }>): (Paragraph | Table)[] {
  const labelWidth = Math.round(CONTENT_WIDTH * 0.32);
  const valueWidth = Math.round(CONTENT_WIDTH * 0.1);
  const step = Math.floor((CONTENT_WIDTH - labelWidth - valueWidth) / BAR_STEPS);
  const rows = block.bars.map((bar) => {
    const filled = Math.round(bar.fraction * BAR_STEPS);
    const cells = [cell(bar.label, labelWidth, {})];
    if (filled > 0) cells.push(cell("", filled * step, { span: filled, fill: BAR }));
    if (filled < BAR_STEPS) cells.push(cell("", (BAR_STEPS - filled) * step, { span: BAR_STEPS - filled }));
    cells.push(cell(bar.value, valueWidth, {}));
    return new TableRow({ cantSplit: true, children: cells });
  });
  const widths = [labelWidth, ...Array<number>(BAR_STEPS).fill(step), valueWidth];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 80 }, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows }),
  ];
}

function contentsOf(title: string, entries: ContentsEntry[]): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(title)] }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: LeaderType.DOT }],
          spacing: { after: 80 },
          children: [
            new InternalHyperlink({
              anchor: bookmarkName(entry.anchor),
              children: [new TextRun({ text: entry.text, style: "Hyperlink" })],
            }),
            new TextRun({ children: [new Tab()] }),
            new PageReference(bookmarkName(entry.anchor), { hyperlink: true }),
          ],
        }),
    ),
  ];
}

function blockOf(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "cover":
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          spacing: { before: 3600, after: 360 },
          children: [new TextRun(block.title)],
        }),
        ...block.lines.map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: line, size: 24 })] })),
      ];
    case "contents":
      return contentsOf(block.title, block.entries);
    case "heading": {
      const text = new TextRun(block.text);
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.newPage,
          keepNext: true,
          children: block.anchor ? [new Bookmark({ id: bookmarkName(block.anchor), children: [text] })] : [text],
        }),
      ];
    }
    case "text":
      return [
        new Paragraph({
          spacing: { after: 120 },
          indent: block.style === "quote" ? { left: 200 } : undefined,
          border:
            block.style === "quote"
              ? { left: { ...THIN(RULE), size: 12, space: 6 } }
              : block.style === "entry"
                ? { bottom: { ...THIN(RULE), space: 4 } }
                : undefined,
          children: linesOf(block.lines),
        }),
      ];
    case "table":
      return [tableOf(block), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case "bars":
      return barsOf(block);
  }
}

function footer(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: title, size: 16, color: MUTED }),
          new TextRun({
            size: 16,
            color: MUTED,
            children: [new Tab(), `${REPORT_WORDS.page} `, PageNumber.CURRENT, ` ${REPORT_WORDS.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

const heading = (size: number, before: number) => ({
  run: { font: REPORT_FONT_FAMILY, size, bold: true, color: INK },
  paragraph: { spacing: { before, after: 120 } },
});

/** The report as a Word document, in Noto Sans (embedded), with a contents of links to its parts. */
export async function renderReportDocx(report: ImplementationReport): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    subject: report.scope,
    creator: report.generatedBy,
    description: `Generated on ${report.generatedAt}`,
    fonts: [{ name: REPORT_FONT_FAMILY, data: readFileSync(reportFontPath("regular")) }],
    // The contents' page numbers are PAGEREF fields: Word offers to fill them in when the file opens.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: REPORT_FONT_FAMILY, size: 20, color: INK }, paragraph: { spacing: { after: 60, line: 276 } } },
        title: { run: { font: REPORT_FONT_FAMILY, size: 48, bold: true, color: INK } },
        heading1: heading(32, 0),
        heading2: heading(26, 240),
        heading3: heading(22, 240),
        hyperlink: { run: { color: REPORT_COLORS.link } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 },
          },
        },
        footers: { default: footer(report.title) },
        children: reportOutline(report).flatMap(blockOf),
      },
    ],
  });
  return Packer.toBuffer(document);
}
