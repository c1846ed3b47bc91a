import type { CommitmentCategory } from "@/lib/domain/categories";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import type { TargetPrecisionValue } from "@/lib/domain/target-date";

// Every pledge an analyst would log from the readout of the 8th JSPG meeting. Each quote is a verbatim
// span of prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt (a test checks this). Sentences that only
// express satisfaction, appreciation, commendation or condolence are not logged.

export const JSPG_MEETING = {
  slug: "jspg-8-2026-ankara",
  title: "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group",
  kind: "Bilateral ministerial (Joint Strategic Planning Group)",
  heldOn: "2026-02-02",
  location: "Ankara, Türkiye",
  sourceFile: "jspg-8th-meeting-2026-02-02.txt",
};

export const DEMO_PARTIES = [
  { name: "Türkiye", shortName: "TR", kind: "STATE" },
  { name: "Kazakhstan", shortName: "KZ", kind: "STATE" },
  { name: "Azerbaijan", shortName: "AZ", kind: "STATE" },
  { name: "Organization of Turkic States", shortName: "OTS", kind: "ORGANIZATION" },
  { name: "Conference on Interaction and Confidence-Building Measures in Asia", shortName: "CICA", kind: "ORGANIZATION" },
] as const;

type PartyName = (typeof DEMO_PARTIES)[number]["name"];

export type DemoCommitment = {
  title: string;
  category: CommitmentCategory;
  parties: PartyName[];
  quote: string;
  targetPrecision: TargetPrecisionValue;
  target?: string;
  description?: string;
};

const BOTH: PartyName[] = ["Türkiye", "Kazakhstan"];

const PRIORITIES =
  "According to the ministry, the sides discussed priority areas for economic relations, including facilitating and diversifying trade and investment, encouraging technology transfer and joint investments in agriculture, enhancing cooperation in the field of environment, deepening cooperation in the health sector, and strengthening collaboration in the fields of science and technology, particularly cybersecurity, artificial intelligence, digitalization, and space.";

const ENERGY =
  "The meeting also emphasized the importance of cooperating in the energy sector through energy trade and joint projects, including oil and natural gas infrastructure across the value chain, clean energy generation, electricity transmission, and joint exploration, development, and processing initiatives in the mining field, particularly focusing on critical minerals and rare earth elements.";

const MAARIF =
  "The ministers welcomed the progress regarding the establishment of Maarif Schools in Astana and Almaty in the upcoming period and agreed to continue supporting educational and cultural partnerships between the two brotherly nations.";

const CALENDAR =
  "The ministry highlighted that the JSPG meeting provided a timely opportunity to discuss the calendar and preparation of the 6th meeting of the High-Level Strategic Council under the co-chairmanship of Recep Tayyip Erdoğan, President of the Republic of Türkiye, and Kassym-Jomart Tokayev, President of the Republic of Kazakhstan, to be held in Astana, as well as the organization of the upcoming Summits of the Heads of State of the OTS to be held in Kazakhstan (Turkistan) and Türkiye in 2026.";

export const JSPG_COMMITMENTS: DemoCommitment[] = [
  {
    title: "Deepen cooperation on the development of the Middle Corridor",
    category: "Transport & connectivity",
    parties: BOTH,
    quote:
      "Hakan Fidan, Minister of Foreign Affairs of Türkiye, and his Kazakh counterpart Yermek Kosherbayev have agreed to deepen cooperation on the Middle Corridor development",
    targetPrecision: "NONE",
  },
  {
    title: "Deepen multifaceted cooperation under the Enhanced Strategic Partnership",
    category: "Diplomacy & high-level dialogue",
    parties: BOTH,
    quote:
      "the Foreign Ministers reiterated their commitment to further deepen the multifaceted Turkish-Kazakh cooperation in accordance with the Enhanced Strategic Partnership of the two countries.",
    targetPrecision: "NONE",
  },
  {
    title: "Maintain the momentum of frequent high-level visits",
    category: "Diplomacy & high-level dialogue",
    parties: BOTH,
    quote:
      "They emphasized that such visits further deepen cooperation across various fields and reaffirmed their commitment to maintaining this dynamic momentum",
    targetPrecision: "NONE",
  },
  {
    title: "Facilitate and diversify bilateral trade and investment",
    category: "Trade & investment",
    parties: BOTH,
    quote: PRIORITIES,
    targetPrecision: "NONE",
  },
  {
    title: "Encourage technology transfer and joint investments in agriculture",
    category: "Environment & agriculture",
    parties: BOTH,
    quote: PRIORITIES,
    targetPrecision: "NONE",
  },
  {
    title: "Enhance cooperation on the environment",
    category: "Environment & agriculture",
    parties: BOTH,
    quote: PRIORITIES,
    targetPrecision: "NONE",
  },
  {
    title: "Strengthen collaboration in cybersecurity, artificial intelligence, digitalization and space",
    category: "Technology & digital",
    parties: BOTH,
    quote: PRIORITIES,
    targetPrecision: "NONE",
  },
  {
    title: "Energy trade and joint oil, gas, clean-power and transmission projects",
    category: "Energy & mining",
    parties: BOTH,
    quote: ENERGY,
    targetPrecision: "NONE",
    description: "Oil and natural gas infrastructure across the value chain, clean energy generation, electricity transmission.",
  },
  {
    title: "Joint exploration and processing of critical minerals and rare earth elements",
    category: "Energy & mining",
    parties: BOTH,
    quote: ENERGY,
    targetPrecision: "NONE",
  },
  {
    title: "Strengthen Trans-Caspian connectivity through the Türkiye–Kazakhstan–Azerbaijan trilateral mechanism and the OTS",
    category: "Transport & connectivity",
    parties: ["Türkiye", "Kazakhstan", "Azerbaijan", "Organization of Turkic States"],
    quote:
      "the Foreign Ministers reaffirmed their commitment to deepen cooperation in strengthening regional connectivity through cooperation and the trilateral mechanism of the Ministers of Foreign Affairs and Ministers in Charge of Transport of Türkiye, Kazakhstan, and Azerbaijan, as well as regional and international platforms, most particularly the Organization of Turkic States (OTS), the core multilateral platform of the Turkic World.",
    targetPrecision: "NONE",
  },
  {
    title: "Implement the Action Plan of the 13th Joint Economic Commission (Ankara, 25 April 2024)",
    category: "Trade & investment",
    parties: BOTH,
    quote:
      "the foreign ministers noted with appreciation the progress made on the implementation of the Action Plan of the 13th meeting of the Joint Economic Commission, held on 25 April 2024 in Ankara.",
    targetPrecision: "NONE",
  },
  {
    title: "Take coordinated action against terrorism and transnational organized crime",
    category: "Defence & security",
    parties: BOTH,
    quote:
      "The sides have decided to take coordinated action to address emerging threats to peace and security, including terrorism in all its forms and manifestations and other transnational organized crime and threats",
    targetPrecision: "NONE",
  },
  {
    title: "Modernize Kazakhstan's defence-industry infrastructure through joint ventures",
    category: "Defence & security",
    parties: BOTH,
    quote:
      "In this context, they also reaffirmed the importance of the modernization projects for Kazakhstan’s defense industry infrastructure through joint ventures.",
    targetPrecision: "NONE",
  },
  {
    title: "Open Maarif Schools in Astana and Almaty",
    category: "Education, science & culture",
    parties: BOTH,
    quote: MAARIF,
    targetPrecision: "UPCOMING",
  },
  {
    title: "Continue supporting educational and cultural partnerships",
    category: "Education, science & culture",
    parties: BOTH,
    quote: MAARIF,
    targetPrecision: "NONE",
  },
  {
    title: "Intensify exchanges of researchers and specialists between educational institutions",
    category: "Education, science & culture",
    parties: BOTH,
    quote:
      "The sides encouraged cooperation between the two countries in the field of education and science, especially between higher and secondary professional educational institutions, including the intensification of the exchange of researchers and specialists.",
    targetPrecision: "NONE",
  },
  {
    title: "TIKA–KazAID cooperation on sustainable development in Central Asia and assistance to third countries",
    category: "Development cooperation",
    parties: BOTH,
    quote:
      "In collaboration with TIKA and KazAID, the sides encouraged the promotion of sustainable development in Central Asia and cooperation on development assistance towards third countries",
    targetPrecision: "NONE",
    description: "TIKA: Turkish Cooperation and Coordination Agency. KazAID: Kazakhstan's agency for international development.",
  },
  {
    title: "Deepen health cooperation through institutional engagement, capacity-building and exchange of expertise",
    category: "Health",
    parties: BOTH,
    quote:
      "The Sides welcomed the close and constructive cooperation established in the field of health and expressed their intention to deepen this cooperation through enhanced institutional engagement, capacity-building efforts, and exchange of expertise.",
    targetPrecision: "NONE",
  },
  {
    title: "Expand collaboration to further empower the OTS and other Turkic cooperation organizations",
    category: "Multilateral cooperation",
    parties: ["Türkiye", "Kazakhstan", "Organization of Turkic States"],
    quote:
      "as founding members of the OTS, Türkiye and Kazakhstan reaffirmed the joint resolve to expand their collaboration with a view to further empower the OTS and other Turkic Cooperation Organizations.",
    targetPrecision: "NONE",
  },
  {
    title: "Intensify joint efforts to implement the Turkic World Vision—2040",
    category: "Multilateral cooperation",
    parties: ["Türkiye", "Kazakhstan", "Organization of Turkic States"],
    quote: "The sides also reaffirmed to further intensify their joint efforts to implement the 'Turkic World Vision—2040.'",
    targetPrecision: "YEAR",
    target: "2040",
  },
  {
    title: "Support CICA's transformation into a fully fledged international organization",
    category: "Multilateral cooperation",
    parties: ["Türkiye", "Kazakhstan", "Conference on Interaction and Confidence-Building Measures in Asia"],
    quote:
      "As founding members of the Conference on Interaction and Confidence-Building Measures in Asia (CICA), the sides supported CICA’s transformation into a fully fledged international organization while preserving its Asian identity",
    targetPrecision: "NONE",
  },
  {
    title: "Deepen cooperation within the UN, OSCE, OIC and ECO",
    category: "Multilateral cooperation",
    parties: BOTH,
    quote: "the sides noted the importance of deepening cooperation within international platforms such as the UN, OSCE, OIC, and ECO.",
    targetPrecision: "NONE",
  },
  {
    title: "Support a negotiated, mutually acceptable and viable settlement of the Cyprus issue",
    category: "Regional & international issues",
    parties: BOTH,
    quote:
      "The ministers emphasized the need to reach a negotiated, mutually acceptable, and viable settlement of the Cyprus issue and acknowledged the aspirations of the Turkish Cypriot people, being an integral part of the Turkic world, to realize their equal inherent rights",
    targetPrecision: "NONE",
  },
  {
    title: "Hold the 6th meeting of the High-Level Strategic Council in Astana",
    category: "Diplomacy & high-level dialogue",
    parties: BOTH,
    quote: CALENDAR,
    targetPrecision: "NONE",
    description: "Co-chaired by Presidents Recep Tayyip Erdoğan and Kassym-Jomart Tokayev. The readout gives no date.",
  },
  {
    title: "Hold the OTS Summit of Heads of State in Turkistan, Kazakhstan, in 2026",
    category: "Multilateral cooperation",
    parties: ["Kazakhstan", "Türkiye", "Organization of Turkic States"],
    quote: CALENDAR,
    targetPrecision: "YEAR",
    target: "2026",
  },
  {
    title: "Hold the OTS Summit of Heads of State in Türkiye in 2026",
    category: "Multilateral cooperation",
    parties: ["Türkiye", "Kazakhstan", "Organization of Turkic States"],
    quote: CALENDAR,
    targetPrecision: "YEAR",
    target: "2026",
  },
];

/**
 * Illustrative status history so the demo's dashboard has something to show. It is invented, and
 * every update says so in its rationale (and in its obstacles and next step, where it has them): it is
 * not an assessment of real events.
 */
export const DEMO_HISTORY: Record<
  string,
  { effectiveOn: string; status: CommitmentStatusValue; progress: number; obstacles?: string; nextStep?: string }[]
> = {
  "Implement the Action Plan of the 13th Joint Economic Commission (Ankara, 25 April 2024)": [
    { effectiveOn: "2026-03-02", status: "IN_PROGRESS", progress: 25 },
    { effectiveOn: "2026-07-13", status: "IN_PROGRESS", progress: 50 },
  ],
  "Deepen cooperation on the development of the Middle Corridor": [{ effectiveOn: "2026-03-16", status: "IN_PROGRESS", progress: 20 }],
  "Take coordinated action against terrorism and transnational organized crime": [
    { effectiveOn: "2026-03-23", status: "IN_PROGRESS", progress: 20 },
  ],
  "Hold the OTS Summit of Heads of State in Turkistan, Kazakhstan, in 2026": [
    { effectiveOn: "2026-04-06", status: "IN_PROGRESS", progress: 30 },
    { effectiveOn: "2026-10-05", status: "FULFILLED", progress: 100 },
  ],
  "Energy trade and joint oil, gas, clean-power and transmission projects": [
    { effectiveOn: "2026-04-20", status: "NOT_STARTED", progress: 0 },
  ],
  "Strengthen Trans-Caspian connectivity through the Türkiye–Kazakhstan–Azerbaijan trilateral mechanism and the OTS": [
    { effectiveOn: "2026-05-11", status: "IN_PROGRESS", progress: 30 },
    {
      effectiveOn: "2026-09-07",
      status: "STALLED",
      progress: 30,
      obstacles: "Illustrative: the three sides have not yet agreed on common tariffs for the trilateral route.",
      nextStep: "Illustrative: put the tariffs on the agenda of the next trilateral meeting of transport ministers.",
    },
  ],
  "Deepen health cooperation through institutional engagement, capacity-building and exchange of expertise": [
    { effectiveOn: "2026-05-25", status: "IN_PROGRESS", progress: 35 },
    {
      effectiveOn: "2026-10-12",
      status: "PARTIALLY_FULFILLED",
      progress: 70,
      obstacles: "Illustrative: the recognition of each other's medical qualifications is still under legal review.",
      nextStep: "Illustrative: the two health ministries agree a timetable for the remaining exchange programmes.",
    },
  ],
  "Hold the 6th meeting of the High-Level Strategic Council in Astana": [
    { effectiveOn: "2026-06-08", status: "IN_PROGRESS", progress: 40 },
  ],
  "Hold the OTS Summit of Heads of State in Türkiye in 2026": [{ effectiveOn: "2026-06-15", status: "NOT_STARTED", progress: 0 }],
  "Support CICA's transformation into a fully fledged international organization": [
    {
      effectiveOn: "2026-07-06",
      status: "STALLED",
      progress: 10,
      obstacles: "Illustrative: the member states have not agreed on a timeline for the transformation.",
    },
  ],
  "TIKA–KazAID cooperation on sustainable development in Central Asia and assistance to third countries": [
    { effectiveOn: "2026-08-03", status: "PARTIALLY_FULFILLED", progress: 60 },
  ],
};

/** Illustrative per-party assessments (invented like DEMO_HISTORY): each party's own steps, in order. */
export const DEMO_PARTY_HISTORY: Record<
  string,
  Record<string, { effectiveOn: string; status: CommitmentStatusValue; progress: number; responsibleBody?: string }[]>
> = {
  "Implement the Action Plan of the 13th Joint Economic Commission (Ankara, 25 April 2024)": {
    Türkiye: [
      { effectiveOn: "2026-03-02", status: "IN_PROGRESS", progress: 30, responsibleBody: "Ministry of Trade of Türkiye" },
      { effectiveOn: "2026-07-13", status: "IN_PROGRESS", progress: 60, responsibleBody: "Ministry of Trade of Türkiye" },
    ],
    Kazakhstan: [
      {
        effectiveOn: "2026-03-02",
        status: "IN_PROGRESS",
        progress: 20,
        responsibleBody: "Ministry of Trade and Integration of Kazakhstan",
      },
      { effectiveOn: "2026-07-13", status: "STALLED", progress: 20, responsibleBody: "Ministry of Trade and Integration of Kazakhstan" },
    ],
  },
  "Hold the OTS Summit of Heads of State in Turkistan, Kazakhstan, in 2026": {
    Kazakhstan: [
      { effectiveOn: "2026-10-05", status: "FULFILLED", progress: 100, responsibleBody: "Ministry of Foreign Affairs of Kazakhstan" },
    ],
    Türkiye: [{ effectiveOn: "2026-10-05", status: "FULFILLED", progress: 100 }],
  },
  "Energy trade and joint oil, gas, clean-power and transmission projects": {
    Türkiye: [{ effectiveOn: "2026-04-20", status: "NOT_STARTED", progress: 0 }],
    Kazakhstan: [{ effectiveOn: "2026-04-20", status: "IN_PROGRESS", progress: 15, responsibleBody: "Ministry of Energy of Kazakhstan" }],
  },
  "Deepen health cooperation through institutional engagement, capacity-building and exchange of expertise": {
    Türkiye: [{ effectiveOn: "2026-10-12", status: "FULFILLED", progress: 100, responsibleBody: "Ministry of Health of Türkiye" }],
    Kazakhstan: [
      { effectiveOn: "2026-10-12", status: "PARTIALLY_FULFILLED", progress: 40, responsibleBody: "Ministry of Health of Kazakhstan" },
    ],
  },
};

export const DEMO_HISTORY_RATIONALE = "Illustrative demo update, invented to populate the dashboard: not an assessment of real events.";

/** What marks the demo's milestones, indicator and measurements as invented, wherever they show. */
export const DEMO_ILLUSTRATIVE_NOTE = "Illustrative demo value, invented to populate the page: not a real statistic.";

/**
 * Illustrative milestones (invented, like the demo history; each title says so), the due date typed as an
 * analyst would. On pledges no end-to-end test writes to: one is done, one is overdue once its month has passed.
 */
export const DEMO_MILESTONES: Record<
  string,
  { title: string; duePrecision: TargetPrecisionValue; due: string; doneOn?: string; responsibleParty?: string }[]
> = {
  "Strengthen collaboration in cybersecurity, artificial intelligence, digitalization and space": [
    {
      title: "Joint working group on cybersecurity holds its first meeting (illustrative)",
      duePrecision: "QUARTER",
      due: "2026-Q2",
      doneOn: "2026-05-20",
      responsibleParty: "Kazakhstan",
    },
    {
      title: "Memorandum on cooperation in space signed (illustrative)",
      duePrecision: "MONTH",
      due: "2026-09",
      responsibleParty: "Türkiye",
    },
  ],
};

/**
 * An illustrative measurable target, after the pledge's own words ("raise mutual trade turnover to US$ 10
 * billion"): the baseline and the measurements are invented, and the name says so.
 */
export const DEMO_INDICATORS: Record<
  string,
  {
    name: string;
    unit: string;
    direction: "INCREASE" | "DECREASE";
    baselineValue: string;
    baselineOn: string;
    targetValue: string;
    targetOn: string;
    measurements: { value: string; measuredOn: string }[];
  }
> = {
  "Facilitate and diversify bilateral trade and investment": {
    name: "Mutual trade turnover (illustrative demo figures)",
    unit: "US$ billion",
    direction: "INCREASE",
    baselineValue: "5",
    baselineOn: "2025-12-31",
    targetValue: "10",
    targetOn: "2030-12-31",
    measurements: [
      { value: "5.3", measuredOn: "2026-03-31" },
      { value: "5.6", measuredOn: "2026-06-30" },
    ],
  },
};
