import { Document, Font, Link, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ImplementationReport } from "@/lib/domain/report";
import { REPORT_FONT_FAMILY, reportFontPath } from "./fonts";
import { pageLabel, reportOutline, type ContentsEntry, type ReportBlock, type ReportLine, type ReportRun } from "./outline";

// The implementation report as a PDF (A4, 2 cm margins). The content and its order come from
// reportOutline; this file only says how each kind of block looks. Each part that starts on a new page
// (cover, contents, summary, each category, the annex) is a <Page> of its own, so that it starts a page
// and its first page number is known to the table of contents.

const MARGIN = 56.7; // 2 cm in points
const INK = "#1f2933";
const MUTED = "#52606d";
const RULE = "#cbd2d9";
const BAR = "#3e6fb0";
const FLAG = "#b42318";

const styles = StyleSheet.create({
  page: { fontFamily: REPORT_FONT_FAMILY, fontSize: 10, lineHeight: 1.4, color: INK, padding: MARGIN },
  footer: {
    position: "absolute",
    bottom: 24,
    left: MARGIN,
    right: MARGIN,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
  },
  footerTitle: { maxWidth: "75%", maxLines: 1, textOverflow: "ellipsis" },
  cover: { marginTop: 160 },
  coverTitle: { fontSize: 24, fontWeight: 700, marginBottom: 18, lineHeight: 1.2 },
  coverLine: { fontSize: 12, marginBottom: 6 },
  h1: { fontSize: 16, fontWeight: 700, marginBottom: 10, lineHeight: 1.25 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 12, marginBottom: 6, lineHeight: 1.25 },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 12, marginBottom: 4, lineHeight: 1.3 },
  text: { marginBottom: 6 },
  quote: { marginBottom: 6, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: RULE, color: MUTED },
  entry: { marginBottom: 6, paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: RULE },
  bold: { fontWeight: 700 },
  flag: { fontWeight: 700, color: FLAG },
  link: { color: "#1d4ed8", textDecoration: "none" },
  wrapRow: { flexDirection: "row", flexWrap: "wrap" },
  headerRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: INK, fontWeight: 700 },
  bodyRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  table: { marginBottom: 10 },
  caption: { fontWeight: 700, marginTop: 6, marginBottom: 6 },
  barRow: { flexDirection: "row", alignItems: "center", marginBottom: 3 },
  barLabel: { width: "32%", paddingRight: 6 },
  barTrack: { flexGrow: 1, flexBasis: 0, height: 10 },
  barValue: { width: "10%", paddingLeft: 6 },
  contentsRow: { flexDirection: "row", justifyContent: "space-between", marginBottom: 4, fontSize: 11 },
  contentsPage: { width: 40, textAlign: "right" },
});

let fontsRegistered = false;

function registerFonts() {
  if (fontsRegistered) return;
  Font.register({
    family: REPORT_FONT_FAMILY,
    fonts: [
      { src: reportFontPath("regular"), fontWeight: 400 },
      { src: reportFontPath("bold"), fontWeight: 700 },
    ],
  });
  // The default hyphenation is English: it would split names (Köşerbayev) at invented syllables, and
  // any break inside a word gets a hyphen, which a printed URL must not. Words break only at spaces;
  // long links are cut into pieces by Line instead.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

/**
 * Where each anchored part starts, as the layout places it: the footer of a part's first page writes
 * it, the contents page reads it. The layout runs a second round for "Page N of M" (the total is known
 * only after the first), so the contents read the first round's numbers in the second; renderReportPdf
 * checks that what the contents showed is where the parts ended up, and lays the document out again if not.
 */
type PageNumbers = { placed: Map<string, number>; shown: Map<string, number | undefined> };

/** Longer links than this are cut into pieces that may each start a line (about half a line of text). */
const LINK_PIECE = 45;

/** A URL in pieces of at most LINK_PIECE characters, cut after its slashes and separators where it can be. */
function linkPieces(url: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const part of url.split(/(?<=[/?&=#])/)) {
    for (let at = 0; at < part.length; at += LINK_PIECE) {
      const chunk = part.slice(at, at + LINK_PIECE);
      if (piece.length + chunk.length > LINK_PIECE) {
        pieces.push(piece);
        piece = "";
      }
      piece += chunk;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

function runNode(run: ReportRun, key: string): ReactNode {
  if (run.href)
    return (
      <Link key={key} src={run.href} style={run.bold ? [styles.link, styles.bold] : styles.link}>
        {run.text}
      </Link>
    );
  if (run.flag || run.bold)
    return (
      <Text key={key} style={run.flag ? styles.flag : styles.bold}>
        {run.text}
      </Text>
    );
  return run.text;
}

/**
 * One line of text. react-pdf breaks lines only at spaces (or with a hyphen), so a line with a long
 * printed URL is laid out as a wrapping row of pieces instead, each piece still linking to the URL.
 */
function Line({ line }: { line: ReportLine }) {
  const longUrl = (run: ReportRun) => run.href === run.text && run.text.length > LINK_PIECE;
  if (!line.some(longUrl)) return <Text>{line.map((run, i) => runNode(run, String(i)))}</Text>;
  return (
    <View style={styles.wrapRow}>
      {line.flatMap((run, i) =>
        longUrl(run)
          ? linkPieces(run.text).map((piece, j) => <Text key={`${i}-${j}`}>{runNode({ ...run, text: piece }, "link")}</Text>)
          : [<Text key={i}>{runNode(run, "text")}</Text>],
      )}
    </View>
  );
}

function Contents({ title, entries, pages }: { title: string; entries: ContentsEntry[]; pages: PageNumbers }) {
  return (
    <View>
      <Text style={styles.h1}>{title}</Text>
      {entries.map((entry) => (
        <View key={entry.anchor} style={styles.contentsRow} wrap={false}>
          <Link src={`#${entry.anchor}`} style={styles.link}>
            {entry.text}
          </Link>
          <Text
            style={styles.contentsPage}
            render={() => {
              const page = pages.placed.get(entry.anchor);
              pages.shown.set(entry.anchor, page);
              return page === undefined ? " " : String(page);
            }}
          />
        </View>
      ))}
    </View>
  );
}

function Block({ block, pages }: { block: ReportBlock; pages: PageNumbers }) {
  switch (block.kind) {
    case "cover":
      return (
        <View style={styles.cover}>
          <Text style={styles.coverTitle}>{block.title}</Text>
          {block.lines.map((line, i) => (
            <Text key={i} style={styles.coverLine}>
              {line}
            </Text>
          ))}
        </View>
      );
    case "contents":
      return <Contents title={block.title} entries={block.entries} pages={pages} />;
    case "heading": {
      const style = block.level === 1 ? styles.h1 : block.level === 2 ? styles.h2 : styles.h3;
      // No id at all without an anchor: react-pdf would name a destination "undefined".
      return (
        <Text {...(block.anchor ? { id: block.anchor } : {})} style={style} minPresenceAhead={40}>
          {block.text}
        </Text>
      );
    }
    case "text":
      // A Text per line rather than "\n" inside one: Noto Sans has no glyph for the newline, so react-pdf
      // would reference Helvetica (unembedded) for it.
      return (
        <View style={block.style === "quote" ? styles.quote : block.style === "entry" ? styles.entry : styles.text}>
          {block.lines.map((line, i) => (
            <Line key={i} line={line} />
          ))}
        </View>
      );
    case "table":
      return (
        <View style={styles.table}>
          {[block.columns.map((c) => c.header), ...block.rows].map((cells, r) => (
            <View key={r} style={r === 0 ? styles.headerRow : styles.bodyRow} wrap={false}>
              {cells.map((cell, c) => (
                <Text key={c} style={[styles.cell, { width: `${block.columns[c].width * 100}%`, textAlign: block.columns[c].align }]}>
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    case "bars":
      return (
        <View wrap={false}>
          <Text style={styles.caption}>{block.caption}</Text>
          {block.bars.map((bar) => (
            <View key={bar.label} style={styles.barRow}>
              <Text style={styles.barLabel}>{bar.label}</Text>
              <View style={styles.barTrack}>
                <View style={{ width: `${bar.fraction * 100}%`, height: "100%", backgroundColor: BAR }} />
              </View>
              <Text style={styles.barValue}>{bar.value}</Text>
            </View>
          ))}
        </View>
      );
  }
}

/** The outline cut where a new page must start: before the contents and before each anchored part. */
function pageGroups(blocks: ReportBlock[]): ReportBlock[][] {
  const groups: ReportBlock[][] = [];
  for (const block of blocks) {
    const starts = groups.length === 0 || block.kind === "contents" || (block.kind === "heading" && block.newPage);
    if (starts) groups.push([block]);
    else groups[groups.length - 1].push(block);
  }
  return groups;
}

function ReportDocument({ report, blocks, pages }: { report: ImplementationReport; blocks: ReportBlock[]; pages: PageNumbers }) {
  return (
    <Document
      title={report.title}
      author={report.generatedBy}
      subject={report.scope}
      language="en"
      creator="Commitment Tracker"
      producer="Commitment Tracker"
      creationDate={new Date(report.generatedAt)}
    >
      {pageGroups(blocks).map((group, i) => {
        const first = group[0];
        const anchor = first.kind === "heading" ? first.anchor : undefined;
        const bookmark = first.kind === "heading" && anchor ? { title: first.text } : undefined;
        return (
          <Page key={i} size="A4" style={styles.page} bookmark={bookmark} experimentalPagination>
            {group.map((block, j) => (
              <Block key={j} block={block} pages={pages} />
            ))}
            <View style={styles.footer} fixed>
              <Text style={styles.footerTitle}>{report.title}</Text>
              <Text
                render={({ pageNumber, totalPages, subPageNumber }) => {
                  if (anchor && subPageNumber === 1) pages.placed.set(anchor, pageNumber);
                  return pageLabel(pageNumber, totalPages);
                }}
              />
            </View>
          </Page>
        );
      })}
    </Document>
  );
}

const LAYOUT_ATTEMPTS = 3;

function contentsAgree(pages: PageNumbers): boolean {
  if (pages.placed.size === 0) return false;
  return [...pages.placed].every(([anchor, page]) => pages.shown.get(anchor) === page);
}

/** The report as a PDF file, with Noto Sans embedded and the contents' page numbers checked. */
export async function renderReportPdf(report: ImplementationReport): Promise<Buffer> {
  registerFonts();
  const blocks = reportOutline(report);
  const pages: PageNumbers = { placed: new Map(), shown: new Map() };
  for (let attempt = 0; attempt < LAYOUT_ATTEMPTS; attempt += 1) {
    const pdf = await renderToBuffer(<ReportDocument report={report} blocks={blocks} pages={pages} />);
    if (contentsAgree(pages)) return pdf;
  }
  throw new Error("The report's table of contents did not settle on its page numbers.");
}
