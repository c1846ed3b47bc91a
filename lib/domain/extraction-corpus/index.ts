import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORPUS_A } from "./corpus-a";
import { CORPUS_B } from "./corpus-b";
import { CORPUS_C } from "./corpus-c";
import { CORPUS_D } from "./corpus-d";
import { CORPUS_E } from "./corpus-e";
import { CORPUS_F } from "./corpus-f";
import { CORPUS_G } from "./corpus-g";
import { CORPUS_H } from "./corpus-h";
import { CORPUS_I } from "./corpus-i";
import { CORPUS_J } from "./corpus-j";
import { CORPUS_K } from "./corpus-k";
import { CORPUS_L } from "./corpus-l";
import { CORPUS_M } from "./corpus-m";
import type { CorpusReadout } from "./types";

export type CorpusPart =
  "development" | "held-out" | "fresh-held-out" | "second-development" | "blind-held-out" | "blind-held-out-2" | "blind-held-out-3";

/**
 * The split, made once on 2026-11-28 after labelling and before any rule was changed or any readout
 * was scored: the readouts ordered by the SHA-256 of their ids, alternately development and held out.
 * The development part may be read while rules change; the held-out part is only scored. Never edit
 * a readout's part or labels after seeing results.
 */
export const CORPUS_SPLIT: Record<string, CorpusPart> = {
  "kazakhstan-uzbekistan-icic-working-group-2024-02-15": "development",
  "japan-kenya-foreign-ministers-working-dinner-2024-08-25": "held-out",
  "japan-georgia-foreign-ministers-2022-12-15": "development",
  "eu-china-summit-2019-04-09": "held-out",
  "eu-au-commission-to-commission-2020-02-27": "development",
  "australia-new-zealand-leaders-meeting-2022-07-08": "held-out",
  "australia-png-ministerial-forum-2018-04-06": "development",
  "us-iraq-hcc-2019-01-28": "held-out",
  "new-zealand-cook-islands-joint-ministerial-forum-2024-05-24": "development",
  "australia-india-foreign-ministers-framework-dialogue-2011-01-20": "held-out",
  "us-india-strategic-commercial-dialogue-2016-08-30": "development",
  "inter-korean-ministerial-2005-12-16": "held-out",
  "azerbaijan-turkey-intergovernmental-commission-2021-02-19": "development",
  "uk-kenya-strategic-partnership-2020-01-21": "held-out",
  "japan-azerbaijan-foreign-ministers-2009-06-17": "development",
  "japan-philippines-foreign-ministers-2016-07-25": "held-out",
  "eu-russia-summit-2002-05-29": "development",
  "australia-new-zealand-prime-ministers-talks-2011-02-16": "held-out",
  "cis-seec-summits-sochi-2017-10-11": "development",
  "us-pakistan-strategic-dialogue-2010-03-25": "held-out",
  "india-new-zealand-joint-statement-2025-03-17": "development",
  "australia-png-ministerial-forum-2016-03-03": "held-out",
  "russia-ukraine-interstate-commission-2006-12-22": "development",
  "us-mexico-hled-2016-02-25": "held-out",
  "central-asia-plus-japan-foreign-ministers-2010-08-07": "development",
  "uk-vietnam-strategic-dialogue-2018-01-05": "held-out",
  "kazakhstan-kyrgyzstan-intergovernmental-council-2022-04-29": "development",
  "japan-china-joint-press-statement-2008-05-07": "held-out",
  // The fresh held-out part (corpus C and D): 16 readouts labelled blind on 2026-11-28 by two helpers who
  // saw neither the rules nor their output, after the first held-out part's misses had been read (so
  // that part became material the rules were tuned on). Committed before any rule was run on them;
  // scored once, with the rules of that day frozen; scored a second time later that day, after the rules were
  // changed on the second development part (recall 77.0 %, precision 75.0 %). Two methods judged: spent as a
  // blind test. A further change needs new held-out readouts.
  "nigeria-uk-strategic-partnership-2024-11-04": "fresh-held-out",
  "eu-au-ministerial-meeting-2025-05-21": "fresh-held-out",
  "kenya-us-bilateral-strategic-dialogue-2021-11-17": "fresh-held-out",
  "eu-mexico-summit-2015-06-12": "fresh-held-out",
  "ireland-uk-leaders-meeting-farmleigh-2024-09-07": "fresh-held-out",
  "us-angola-strategic-partnership-dialogue-2014-12-17": "fresh-held-out",
  "uk-poland-prime-ministers-warsaw-2025-01-17": "fresh-held-out",
  "uk-canada-prime-ministers-ottawa-2025-06-15": "fresh-held-out",
  "us-c5plus1-ministerial-new-york-2019-09-22": "fresh-held-out",
  "us-c5plus1-ministerial-tashkent-2020-02-03": "fresh-held-out",
  "uk-kuwait-joint-steering-group-2016-05-25": "fresh-held-out",
  "uk-bahrain-joint-working-group-2018-07-19": "fresh-held-out",
  "japan-new-zealand-foreign-ministers-2018-10-15": "fresh-held-out",
  "japan-india-foreign-ministers-strategic-dialogue-2013-03-26": "fresh-held-out",
  "australia-japan-2plus2-consultations-2012-09-14": "fresh-held-out",
  "australia-indonesia-foreign-ministers-kuala-lumpur-2015-08-06": "fresh-held-out",
  // The second development part (corpus E and F): 24 readouts labelled blind on 2026-11-28 by two helpers who
  // followed docs/extraction-labelling-guide.md (written that day, before them) and saw neither the rules nor
  // their output. Scored first with the rules of that day, before any rule was changed on them: a second
  // measure of how the rules do on readouts they were not tuned on. Then material for developing them.
  "us-algeria-strategic-dialogue-2014-04-03": "second-development",
  "us-colombia-bicentennial-partnership-2022-03-10": "second-development",
  "uk-pakistan-enhanced-strategic-dialogue-summit-2012-05-10": "second-development",
  "india-uk-2030-roadmap-2021-05-04": "second-development",
  "us-gcc-camp-david-summit-2015-05-14": "second-development",
  "uk-bangladesh-strategic-dialogue-2018-03-16": "second-development",
  "uk-mexico-deputy-prime-minister-pena-nieto-2015-03-04": "second-development",
  "eu-argentina-joint-committee-2024-07-01": "second-development",
  "uk-morocco-strategic-dialogue-2018-07-05": "second-development",
  "us-colombia-high-level-dialogue-2019-10-09": "second-development",
  "us-bangladesh-partnership-dialogue-2012-05-05": "second-development",
  "eu-central-asia-ministerial-2018-11-23": "second-development",
  "us-brazil-high-level-dialogue-2022-04-25": "second-development",
  "russia-belarus-presidents-st-petersburg-2017-04-03": "second-development",
  "uk-japan-hiroshima-accord-2023-05-18": "second-development",
  "us-vietnam-comprehensive-partnership-2013-07-25": "second-development",
  "us-pacific-islands-leaders-new-york-2019-09-27": "second-development",
  "australia-fiji-prime-ministers-suva-2019-01-17": "second-development",
  "fiji-australia-vuvale-partnership-2023-10-18": "second-development",
  "australia-png-ministerial-forum-2014-12-15": "second-development",
  "australia-solomon-islands-prime-ministers-honiara-2019-06-03": "second-development",
  "eu-mongolia-joint-committee-2018-04-23": "second-development",
  "new-zealand-tonga-statement-of-partnership-2024-08-28": "second-development",
  "us-georgia-strategic-partnership-commission-2014-02-26": "second-development",
  // The blind held-out part (corpus G and H): 18 readouts, 55 pledges, labelled on 2026-11-28 by two helpers who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary nor any score. Committed
  // before any rule was run on them, and scored once, on 28 Nov 2026, with the rules after the precision changes
  // (recall 87.3 %, precision 62.3 %): spent as a blind test since.
  "uk-ghana-security-dialogue-2023-12-13": "blind-held-out",
  "uk-ghana-security-defence-dialogue-2022-07-28": "blind-held-out",
  "uk-senegal-political-dialogue-2023-10-23": "blind-held-out",
  "uk-caribbean-forum-action-plan-2023-05-18": "blind-held-out",
  "us-nigeria-binational-commission-2016-03-30": "blind-held-out",
  "us-angola-strategic-partnership-dialogue-2015-11-18": "blind-held-out",
  "us-algeria-strategic-dialogue-2015-04-08": "blind-held-out",
  "us-qatar-strategic-dialogue-2019-01-13": "blind-held-out",
  "eu-central-america-joint-committee-2023-10-26": "blind-held-out",
  "australia-new-zealand-leaders-meeting-auckland-2019-02-22": "blind-held-out",
  "pacific-islands-forum-foreign-ministers-australia-2020-10-14": "blind-held-out",
  "singapore-australia-annual-leaders-meeting-melbourne-2024-03-05": "blind-held-out",
  "australia-us-ausmin-fact-sheet-2018-07-24": "blind-held-out",
  "australia-us-ausmin-boston-2015-10-13": "blind-held-out",
  "philippines-us-bilateral-strategic-dialogue-2024-04-23": "blind-held-out",
  "us-philippines-2plus2-ministerial-dialogue-2016-01-12": "blind-held-out",
  "eu-uzbekistan-cooperation-council-2004-01-27": "blind-held-out",
  "russia-mongolia-presidents-moscow-2021-12-16": "blind-held-out",
  // The second blind held-out part (corpus I): 8 readouts, 14 pledges, labelled blind on 2026-11-28 by a helper who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary nor any score. Committed
  // before any rule was run on them.
  "japan-mongolia-foreign-ministers-tokyo-2007-03-01": "blind-held-out-2",
  "japan-mongolia-foreign-ministers-jakarta-2023-07-13": "blind-held-out-2",
  "japan-kyrgyz-foreign-ministers-ashgabat-2017-05-01": "blind-held-out-2",
  "russia-uzbekistan-presidents-moscow-2016-04-26": "blind-held-out-2",
  "british-irish-intergovernmental-conference-london-2019-05-08": "blind-held-out-2",
  "british-irish-intergovernmental-conference-dublin-2018-11-02": "blind-held-out-2",
  "eu-japan-summit-tokyo-2015-05-29": "blind-held-out-2",
  "eu-japan-summit-tokyo-2022-05-12": "blind-held-out-2",
  // The second blind held-out part (corpus J): 10 readouts, 28 pledges, labelled blind on 2026-11-28 by a helper who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary nor any score. Committed
  // before any rule was run on them: to be scored once.
  "us-argentina-high-level-dialogue-2016-08-04": "blind-held-out-2",
  "afghanistan-turkmenistan-us-trilateral-2020-10-08": "blind-held-out-2",
  "australia-timor-leste-foreign-ministers-canberra-2022-02-10": "blind-held-out-2",
  "australia-france-2plus2-ministerial-consultations-2021-08-30": "blind-held-out-2",
  "us-iraq-strategic-dialogue-2021-07-23": "blind-held-out-2",
  "australia-viet-nam-joint-statement-canberra-2009-09-07": "blind-held-out-2",
  "us-south-africa-strategic-dialogue-mou-2010-04-14": "blind-held-out-2",
  "australia-vanuatu-prime-ministers-canberra-2023-02-15": "blind-held-out-2",
  "us-peru-secretary-foreign-minister-washington-2024-03-14": "blind-held-out-2",
  "us-ecuador-expanded-political-dialogue-quito-2019-05-22": "blind-held-out-2",
  // The second blind held-out part (corpus K): 14 readouts, 30 pledges, labelled blind on 2026-11-28 by a helper who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary nor any score. Committed
  // before any rule was run on them.
  "canada-france-leaders-carbis-bay-2021-06-12": "blind-held-out-2",
  "canada-mexico-action-plan-2025-09-18": "blind-held-out-2",
  "canada-uae-shared-strategic-agenda-2014-07-09": "blind-held-out-2",
  "canada-us-leaders-los-angeles-2022-06-09": "blind-held-out-2",
  "canada-uk-joint-declaration-statement-of-commitment-2014-02": "blind-held-out-2",
  "rok-india-foreign-ministerial-joint-committee-2014-12-29": "blind-held-out-2",
  "rok-us-foreign-ministers-munich-2015-02-07": "blind-held-out-2",
  "rok-japan-foreign-ministers-munich-2020-02-15": "blind-held-out-2",
  "rok-australia-strategic-dialogue-2015-08-18": "blind-held-out-2",
  "rok-russia-strategic-dialogue-2018-06-01": "blind-held-out-2",
  "rok-uk-foreign-ministerial-strategic-dialogue-2024-10-21": "blind-held-out-2",
  "rok-france-foreign-ministers-munich-2019-02-15": "blind-held-out-2",
  "philippines-mexico-bilateral-consultation-mechanism-2019-05-06": "blind-held-out-2",
  "philippines-indonesia-jcbc-2024-01-09": "blind-held-out-2",
  // The third blind held-out part (corpus L): 12 readouts, 32 pledges, labelled blind on 2026-11-28 by a helper who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary, any model nor any score.
  // Committed before any rule or model was run on them.
  "eu-mexico-joint-committee-2020-06-22": "blind-held-out-3",
  "france-ireland-plan-of-action-ministers-2023-11-14": "blind-held-out-3",
  "ireland-uk-foreign-ministers-iveagh-house-2024-10-03": "blind-held-out-3",
  "eu-uk-negotiators-videoconference-2020-04-15": "blind-held-out-3",
  "eu-uk-joint-committee-partnership-council-2024-05-16": "blind-held-out-3",
  "eu-mercosur-negotiators-brussels-2016-06-23": "blind-held-out-3",
  "new-zealand-samoa-prime-ministers-wellington-2022-06-14": "blind-held-out-3",
  "uk-oman-joint-working-group-london-2016-04-27": "blind-held-out-3",
  "belgrade-pristina-chief-negotiators-brussels-2018-02-27": "blind-held-out-3",
  "china-new-zealand-leaders-wellington-2024-06-13": "blind-held-out-3",
  "qatar-uk-strategic-dialogue-london-2023-02-20": "blind-held-out-3",
  "uk-eu-summit-security-defence-partnership-london-2025-05-19": "blind-held-out-3",
  // The third blind held-out part (corpus M): 15 readouts, 32 pledges, labelled blind on 2026-11-28 by a helper who
  // followed docs/extraction-labelling-guide.md and saw neither the rules, their vocabulary, any model nor any score.
  // Committed before any rule or model was run on them: to be scored once.
  "australia-china-foreign-strategic-dialogue-beijing-2022-12-21": "blind-held-out-3",
  "us-tunisia-leaders-white-house-2014-04-04": "blind-held-out-3",
  "philippines-us-bilateral-strategic-dialogue-manila-2015-01-21": "blind-held-out-3",
  "rok-viet-nam-foreign-ministers-hanoi-2021-06-23": "blind-held-out-3",
  "rok-uzbekistan-foreign-ministers-seoul-2011-07-04": "blind-held-out-3",
  "gcc-australia-strategic-dialogue-abu-dhabi-2011-03-08": "blind-held-out-3",
  "us-kazakhstan-espd-washington-2022-12-05": "blind-held-out-3",
  "japan-us-foreign-ministers-washington-2018-06-06": "blind-held-out-3",
  "us-indonesia-comprehensive-strategic-partnership-2023-11-13": "blind-held-out-3",
  "japan-russia-foreign-ministers-munich-2019-02-16": "blind-held-out-3",
  "us-uzbekistan-strategic-partnership-dialogue-2024-11-13": "blind-held-out-3",
  "japan-germany-foreign-ministers-hiroshima-2016-04-10": "blind-held-out-3",
  "australia-timor-leste-foreign-ministers-dili-2018-07-30": "blind-held-out-3",
  "australia-timor-leste-prime-ministers-dili-2026-01-29": "blind-held-out-3",
  "australia-japan-new-zealand-pacific-donor-cooperation-2006-05-27": "blind-held-out-3",
};

export type CorpusEntry = CorpusReadout & { part: CorpusPart };

export const CORPUS: CorpusEntry[] = [
  ...CORPUS_A,
  ...CORPUS_B,
  ...CORPUS_C,
  ...CORPUS_D,
  ...CORPUS_E,
  ...CORPUS_F,
  ...CORPUS_G,
  ...CORPUS_H,
  ...CORPUS_I,
  ...CORPUS_J,
  ...CORPUS_K,
  ...CORPUS_L,
  ...CORPUS_M,
].map((readout) => ({
  ...readout,
  part: CORPUS_SPLIT[readout.id],
}));

const TEXTS = path.join(import.meta.dirname, "texts");

/** The environment variable naming a folder of the readouts' texts that the repository may not keep (<id>.txt). */
export const SUPPLIED_TEXTS_VARIABLE = "CT_EXTRACTION_TEXTS";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * A readout's text: from ./texts when stored, else from the folder named by CT_EXTRACTION_TEXTS when
 * one is supplied; null when it is not at hand. A supplied text that differs from the labelled one
 * (its SHA-256) is refused, since the labels' anchors would not fit it.
 */
export function corpusText(readout: CorpusReadout, suppliedDir = process.env[SUPPLIED_TEXTS_VARIABLE]): string | null {
  const file = readout.stored ? path.join(TEXTS, `${readout.id}.txt`) : suppliedDir ? path.join(suppliedDir, `${readout.id}.txt`) : null;
  if (!file || !existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  if (sha256(text) !== readout.sha256) throw new Error(`${file} is not the text that was labelled (its SHA-256 differs).`);
  return text;
}
