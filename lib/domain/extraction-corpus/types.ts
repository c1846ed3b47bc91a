// The real-readout corpus for issue 14: readouts published by foreign ministries, presidential and
// government press services and news agencies, labelled by hand before any extraction rule was changed.
// Each readout's text is stored in ./texts only where the source's terms allow it (public-domain or
// openly licensed government pages); otherwise the labels, the address and the text's SHA-256 are kept,
// and the readout is scored only when its text is supplied (see scripts/extraction-report.ts).

import type { LabelledPledge } from "../extraction-fixtures/labels";

export type CorpusReadout = {
  /** Stable id, also the file name in ./texts (without .txt). */
  id: string;
  /** A short title: "Kazakhstan–Uzbekistan intergovernmental commission (Kazinform)". */
  name: string;
  /** The publisher: "US Department of State", "Kremlin (President of Russia)", "Kazinform". */
  source: string;
  /** The page's address. */
  url: string;
  /** The date of the meeting, YYYY-MM-DD (the readout's own date where the meeting's is not given). */
  meetingDate: string;
  /** Where the parties are: "Central Asia", "East Asia", "Europe", … */
  region: string;
  /** What kind of meeting: "joint statement after a state visit", "intergovernmental commission", … */
  kind: string;
  /** Why the text may or may not be kept in the repository (the source's terms, as read). */
  terms: string;
  /** True when ./texts/<id>.txt is committed. */
  stored: boolean;
  /** SHA-256 (hex) of the text exactly as labelled, so a supplied copy can be checked before scoring. */
  sha256: string;
  /** What the readout is about, in the labeller's own words (one or two sentences). */
  summary: string;
  /** Every pledge: a verbatim phrase of the text, unique in it, and why it is a pledge. */
  pledges: LabelledPledge[];
  /** Every other sentence: a verbatim phrase of it, unique in the text, and why it is not a pledge. */
  notPledges: LabelledPledge[];
};
