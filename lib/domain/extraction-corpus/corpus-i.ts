// Corpus I of the real-readout corpus (issue 14): a BLIND HELD-OUT set (the second one). Labelled on 2026-11-28 by a helper
// session, by docs/extraction-labelling-guide.md, blind to the extraction rules, their vocabulary and any score (none of
// those files was opened or run). Eight readouts published by the Ministry of Foreign Affairs of Japan, the Kremlin
// (President of Russia), the Government of Ireland (MerrionStreet.ie, the Department of Foreign Affairs) and the Council
// of the EU / European Council (two EU–Japan summit statements, kept on verbatim republishing pages because the
// originals were not in the page store; `source` and `terms` say so). Each text is the opening of the page as stored by
// the public-pages search, with website chrome removed at the start (site and section names, breadcrumbs, "Skip to main
// content", "Published on", and on the MOFA pages the section label, date and photo captions before the first sentence)
// and a cut-off last sentence (or a trailing heading whose section was cut off) removed at the end; nothing else was
// edited. No sentence was left unlabelled. The set is smaller than asked (8 readouts, 14 pledges): the time allowed ran
// out before more readouts with pledges could be found among the allowed publishers.

import type { CorpusReadout } from "./types";

const MOFA =
  "MOFA Japan's Legal Notices (as read) apply the Public Data License (Version 1.0), compatible with CC BY 4.0, to the site's content unless otherwise indicated: copying and reuse are allowed with the source cited (Ministry of Foreign Affairs of Japan website, page URL); the page holds no third-party text, so it is kept with attribution.";
const KREMLIN =
  "kremlin.ru content is licensed under Creative Commons Attribution 4.0 International: stored with attribution (the accessible version's view-settings lines, site name and breadcrumb were dropped as chrome).";
const IE_GOV =
  "Government of Ireland website content: Irish Government departments license re-use of their website information free of charge under the PSI Licence, which conforms to CC BY 4.0 (as read in the Government's re-use statement): stored with attribution.";
const EU_COUNCIL_COPY =
  "A joint statement issued by the Council of the EU / European Council: reuse authorised provided the source is acknowledged (Council Decision (EU) 2017/1842, in line with Commission Decision 2011/833/EU). The original is not in the page store, so this is a verbatim republication on another site (its site chrome dropped); the EU's reuse terms cover the text, not the republishing site: stored with attribution to the Council of the EU.";

export const CORPUS_I: CorpusReadout[] = [
  {
    id: "japan-mongolia-foreign-ministers-tokyo-2007-03-01",
    name: "Japan–Mongolia foreign ministers' talks, Tokyo 2007 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/asia-paci/mongolia/talk0703.html",
    meetingDate: "2007-03-01",
    region: "East Asia",
    kind: "foreign ministers' talks during a presidential working visit",
    terms: MOFA,
    stored: true,
    sha256: "bb67de1afba5a8fb3182ea108af59d848e0af1b3369eda9f2598145b6bffddf7",
    summary:
      "Aso and Enkhbold agree to work on the newly signed Basic Action Plan; Japan announces a joint public-private committee for the South Gobi, Mongolia promises legislation easing foreign companies' entry, and Aso invites Enkhbold to Japan within FY2007.",
    pledges: [
      {
        anchor: "agreed to make efforts for achieving the cooperation that is incorporated in these documents",
        why: "'Agreed to' implement named documents (the joint statement and the Basic Action Plan): checkable against the plan.",
      },
      {
        anchor: "announced the establishment of a Japanese joint committee of the government and the private sector",
        why: "One party's own undertaking at a bilateral meeting: a committee to be set up to help develop the South Gobi.",
      },
      {
        anchor: "Mongolia will assist the market entry of foreign private companies by, for example, improving legislation",
        why: "One party's own pledge ('Mongolia will …'), with a concrete means (legislation).",
      },
      {
        anchor: "I would like to invite you to Japan within FY2007",
        why: "An invitation to a dated visit the parties are to hold (like 'look forward to' a dated event): checkable.",
      },
    ],
    notPledges: [
      { anchor: "Talks between Foreign Ministers", why: "Title." },
      { anchor: "March 5, 2007", why: "Dateline." },
      { anchor: "For about 30 minutes from around 17:35 on March 1", why: "Who met, when (itinerary)." },
      { anchor: "The gist of their talks is as follows:", why: "Lead-in that reports (ends in a colon)." },
      {
        anchor: "Mongolia places importance on Japan as a third neighboring country",
        why: "A view and history (documents signed on 26 February).",
      },
      { anchor: "I appreciate again Mongolia's favor for Japan", why: "Thanks." },
      { anchor: "I understand that you played an important role", why: "Thanks." },
      { anchor: "Mongolia has already passed the economic transitional stage", why: "A view (background to the pledge that follows)." },
      {
        anchor: "Japan would make joint efforts for the development of economic relations",
        why: "A commitment whose whole object is a general aim (developing economic relations).",
      },
    ],
  },
  {
    id: "japan-mongolia-foreign-ministers-jakarta-2023-07-13",
    name: "Japan–Mongolia foreign ministers' meeting, Jakarta 2023 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/a_o/c_m1/mn/page1e_000726.html",
    meetingDate: "2023-07-13",
    region: "East Asia",
    kind: "foreign ministers' meeting on the margins of the ASEAN-related meetings",
    terms: MOFA,
    stored: true,
    sha256: "00be516fbe6ee61aec2e4030e4a6ffe425406a4a7ea46d5a36e8d6ecbba5e1c9",
    summary:
      "Hayashi and Battsetseg review the Special Strategic Partnership, agree to keep advancing specific cooperation projects, and discuss Ukraine and North Korea.",
    pledges: [
      {
        anchor: "will continue to make mutual efforts to advance specific cooperation projects in various fields",
        why: "'Will continue to' plus something concrete (specific cooperation projects in named fields); hard call, see the report.",
      },
    ],
    notPledges: [
      { anchor: "commencing at around 11:00 a.m.", why: "Who met, when and where." },
      { anchor: "The overview of the meeting is as follows.", why: "Lead-in that reports." },
      { anchor: "it was a pleasure to learn that various forms of cooperation are progressing", why: "Welcome of progress (history)." },
      { anchor: "He also expressed his sympathy following the damage from the floods", why: "Sympathy." },
      {
        anchor: "she would like to continue working closely with Minister Hayashi",
        why: "A wish with a general aim (deepen the relationship).",
      },
      {
        anchor: "also discussed regional and international affairs including the situation in Ukraine",
        why: "Discussion, and the importance of cooperation affirmed (a view).",
      },
    ],
  },
  {
    id: "japan-kyrgyz-foreign-ministers-ashgabat-2017-05-01",
    name: "Japan–Kyrgyz foreign ministers' meeting, Ashgabat 2017 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/erp/ca_c/kg/page1e_000152.html",
    meetingDate: "2017-05-01",
    region: "Central Asia / East Asia",
    kind: "foreign ministers' meeting on the margins of the Central Asia plus Japan ministerial",
    terms: MOFA,
    stored: true,
    sha256: "59d061cf3e174be40ed5ff8b42457370a2e99b7025f6549cf27a887e86d875ab",
    summary:
      "Kishida and Abdyldaev exchange sympathy and good wishes; Japan says it is prepared to hold a preparatory meeting on a bilateral investment treaty soon.",
    pledges: [
      {
        anchor: "Japan is prepared to explore holding a preparatory meeting on a bilateral investment treaty",
        why: "One party's own undertaking (a preparatory meeting, to be held 'promptly'): checkable.",
      },
    ],
    notPledges: [
      { anchor: "commencing at 9 a.m. (local time)", why: "Who met, when and where." },
      { anchor: "The overview of the meeting is as follows.", why: "Lead-in that reports." },
      { anchor: "1. Beginning", why: "Heading." },
      { anchor: "Minister Kishida offered words of sympathy", why: "Sympathy." },
      {
        anchor: "also expressed his pleasure at being able to meet Minister Abdyldaev again",
        why: "Pleasure and a hope to develop the relationship.",
      },
      { anchor: "Foreign Minister Abdyldaev expressed his gratitude", why: "Thanks and an intention whose object is a general aim." },
      { anchor: "2. Bilateral relations", why: "Heading." },
      { anchor: "responded by welcoming the Japanese proposal", why: "Welcome and an expressed interest (no undertaking)." },
    ],
  },
  {
    id: "russia-uzbekistan-presidents-moscow-2016-04-26",
    name: "Russia–Uzbekistan presidents' statements for the press, Moscow 2016 (Kremlin)",
    source: "Kremlin (President of Russia)",
    url: "http://en.special.kremlin.ru/catalog/persons/109/events/51805",
    meetingDate: "2016-04-26",
    region: "Central Asia / Europe",
    kind: "press statements after talks during an official visit",
    terms: KREMLIN,
    stored: true,
    sha256: "30dfa871b9503f575c19a8216ddfe488fd7d4b674a6ac0537fb88cda83591bc4",
    summary:
      "Putin reports the talks with Karimov: SCO presidency and Russia's support for the initiatives for the Tashkent summit, the strategic partnership, the 1966 earthquake, and trade figures.",
    pledges: [
      {
        anchor: "we support the new initiatives that are slated for discussion at the Tashkent summit in June",
        why: "Support that names something to be done: Russia backs named initiatives at a dated summit (hard call, see the report).",
      },
    ],
    notPledges: [
      { anchor: "Statements for the press following Russian-Uzbekistani talks", why: "Title." },
      { anchor: "April 26, 2016, The Kremlin, Moscow", why: "Dateline." },
      { anchor: "Vladimir Putin and Islam Karimov made statements for the press", why: "What happened (news)." },
      { anchor: "Mr President, ladies and gentlemen.", why: "Address." },
      { anchor: "proceeding in a traditional atmosphere of friendship", why: "Atmosphere." },
      { anchor: "Yesterday, the President of Uzbekistan and I had an informal meeting", why: "Past activity." },
      { anchor: "Our talks today were constructive and informative.", why: "Atmosphere." },
      {
        anchor: "outlined specific plans for our political, trade, economic, cultural and humanitarian relations",
        why: "What was discussed (past).",
      },
      { anchor: "We talked in detail about", why: "Discussion." },
      { anchor: "Russia held the rotating SCO presidency last year", why: "History." },
      { anchor: "we welcome Uzbekistan’s resolve to maintain continuity in SCO activities", why: "Welcome of the other's resolve." },
      { anchor: "Uzbekistan is Russia’s strategic partner and reliable ally", why: "A view." },
      { anchor: "Our cooperation is aimed at strengthening these relations", why: "A general aim." },
      { anchor: "also spoke about a tragedy that goes back several decades", why: "Discussion, history." },
      { anchor: "The entire Soviet Union helped rebuild the city then.", why: "History." },
      { anchor: "We appreciate the level of bilateral economic ties.", why: "Appreciation." },
      { anchor: "Russia is Uzbekistan’s second largest trading partner.", why: "Background figure." },
    ],
  },
  {
    id: "british-irish-intergovernmental-conference-london-2019-05-08",
    name: "British-Irish Intergovernmental Conference, London 2019 (MerrionStreet.ie)",
    source: "Government of Ireland (MerrionStreet.ie)",
    url: "http://merrionstreet.ie/en/News-Room/Releases/Joint_Communique_of_the_British-Irish_Intergovernmental_Conference.html",
    meetingDate: "2019-05-08",
    region: "Europe",
    kind: "joint communiqué of an intergovernmental conference",
    terms: IE_GOV,
    stored: true,
    sha256: "86c5a67030f994b1b5327aa31099cac4f10a60c310767db625d3f612e84ef8f6",
    summary:
      "The BIIGC meets in London: participants, a Common Travel Area MoU signed that day, a restated commitment to keep cooperation after Brexit, and ministers ask officials for further proposals for future co-operation.",
    pledges: [
      {
        anchor: "requested further proposals for new, reinvigorated and regular opportunities for future co-operation",
        why: "A directive to officials (ministers ask them for further proposals).",
      },
    ],
    notPledges: [
      { anchor: "Joint Communiqué of the", why: "Title." },
      { anchor: "took place at the Cabinet Office in London on 8 May 2019", why: "Where and when the meeting was held." },
      { anchor: "was represented by the Chancellor of the Duchy of Lancaster", why: "Participants." },
      { anchor: "The Government of Ireland was represented by the Tánaiste", why: "Participants." },
      { anchor: "The BIIGC was established under Strand Three", why: "Background." },
      { anchor: "The Conference discussed the following:", why: "Lead-in that reports (ends in a colon)." },
      { anchor: "East-West Matters", why: "Heading." },
      {
        anchor: "The Conference agreed that the United Kingdom and Ireland enjoy a unique bilateral relationship",
        why: "'Agreed that' followed by a view.",
      },
      { anchor: "had that day entered into a Memorandum of understanding", why: "A document signed at the meeting (history)." },
      {
        anchor: "They further reaffirmed their commitment made at the BIIGC held in November 2018",
        why: "Restated commitment whose object is a general aim (keep cooperation at its high level after Brexit).",
      },
      { anchor: "officials had been tasked to work together", why: "Past directive, reported as history." },
    ],
  },
  {
    id: "british-irish-intergovernmental-conference-dublin-2018-11-02",
    name: "British-Irish Intergovernmental Conference, Dublin 2018 (Department of Foreign Affairs, Ireland)",
    source: "Department of Foreign Affairs, Ireland",
    url: "https://dfa.ie/news-and-media/press-releases/press-release-archive/2018/october/british-irish-intergovernmental-conference-dublin-2-november-2018--.php",
    meetingDate: "2018-11-02",
    region: "Europe",
    kind: "press release and joint communiqué of an intergovernmental conference",
    terms: IE_GOV,
    stored: true,
    sha256: "964e75ec79e1c8a3de9e83fd531a1562124807aa3d8f9d1fe167b418cf8d032a",
    summary:
      "The Tánaiste and the Justice Minister host the BIIGC in Dublin; they speak of restoring the Northern Ireland institutions, post-Brexit co-operation and police co-operation against paramilitary groups.",
    pledges: [
      {
        anchor: "will continue to work closely together to combat these groups and put them out of business",
        why: "'Will continue to' plus something concrete: the parties' police and security agencies, North and South, against paramilitary groups.",
      },
    ],
    notPledges: [
      { anchor: "Intergovernmental Conference, Dublin, 2 November 2018", why: "Title." },
      { anchor: "hosted a meeting of the British-Irish Intergovernmental Conference today in Dublin", why: "What happened (news)." },
      { anchor: "the Conference issued a Joint Communique (below)", why: "What happened, and what was discussed." },
      { anchor: "the Tánaiste said:", why: "Lead-in to a quotation." },
      { anchor: "We have had a very productive meeting today", why: "Atmosphere." },
      {
        anchor: "The two governments are determined to see the Northern Ireland Executive",
        why: "Determination and hope (no action of the parties named).",
      },
      {
        anchor: "We also discussed future East-West co-operation post-Brexit",
        why: "Discussion, and 'agreed that we will work together to ensure … is safeguarded': a general aim.",
      },
      { anchor: "Minister Flanagan said:", why: "Lead-in to a quotation." },
      { anchor: "This constructive meeting was another opportunity", why: "Atmosphere." },
      { anchor: "We reaffirm our shared determination to tackle these groups", why: "Restated determination with a general aim." },
      { anchor: "took place at the Department of Foreign Affairs and Trade in Dublin", why: "Where and when the meeting was held." },
      { anchor: "was represented by Tánaiste", why: "Participants." },
    ],
  },
  {
    id: "eu-japan-summit-tokyo-2015-05-29",
    name: "23rd Japan–EU summit joint press statement, Tokyo 2015 (Council of the EU, republished)",
    source: "Council of the EU / European Council (verbatim copy on ivorycoasttimes.com)",
    url: "https://www.ivorycoasttimes.com/23rd-japan-eu-summit-tokyo-29-may-2015-joint-press-statement/",
    meetingDate: "2015-05-29",
    region: "East Asia / Europe",
    kind: "joint press statement of a summit",
    terms: EU_COUNCIL_COPY,
    stored: true,
    sha256: "6b7ba6814279d8d3ab1b9a0a4881a26acbe35d449109934733f4574491b90dce",
    summary:
      "Abe, Tusk and Juncker set out the strategic partnership: an enhanced ministerial political dialogue, more cooperation in ASEM and the ARF, and negotiators tasked to speed up the SPA and EPA/FTA talks.",
    pledges: [
      {
        anchor: "We concurred todayon an enhanced political dialogue on foreign and security policy at ministerial level",
        why: "An agreement followed by an action: a new ministerial dialogue to be held.",
      },
      {
        anchor: "We will also intensify cooperation within the regional and inter-regional frameworks",
        why: "'Will' plus cooperation in named bodies (ASEM, the ASEAN Regional Forum).",
      },
      {
        anchor: "task negotiators to further accelerate both processes in parallel",
        why: "A directive to officials (the negotiators).",
      },
    ],
    notPledges: [
      { anchor: "Joint Press Statement", why: "Title." },
      { anchor: "met in Tokyo on 29 May 2015 for the 23rd Summit", why: "Participants and meeting." },
      { anchor: "Developing our Strategic Partnership", why: "Heading." },
      { anchor: "are working together to address issues of vital importance", why: "Ongoing activity and values." },
      { anchor: "We are conducting joint efforts to build peace", why: "Ongoing activity." },
      { anchor: "We are also negotiating landmark Strategic Partnership Agreement", why: "Ongoing activity (negotiations under way)." },
      { anchor: "Regular and substantial high-level meetings at summit and ministerial level drive our relations.", why: "A view." },
      { anchor: "Japan welcomes the EU’s continued interest", why: "Welcome." },
      { anchor: "The SPA and EPA/ FTA hold the potential", why: "A view." },
      { anchor: "With the SPA, we are establishing a legally binding foundation", why: "Ongoing activity, a view of the agreement." },
    ],
  },
  {
    id: "eu-japan-summit-tokyo-2022-05-12",
    name: "EU–Japan summit joint statement 2022 (European Council, republished)",
    source: "Council of the EU / European Council (verbatim copy on pressclub.be)",
    url: "https://www.pressclub.be/press-releases/european-council-joint-statement-eu-japan-summit-2022/",
    meetingDate: "2022-05-12",
    region: "East Asia / Europe",
    kind: "joint statement of a summit",
    terms: EU_COUNCIL_COPY,
    stored: true,
    sha256: "e236468c4f0bdcf63a612132550826c1ac474a6d7dac56784bbf895c041d8022",
    summary:
      "The EU and Japan reaffirm their partnership, condemn Russia's aggression and demand its withdrawal, and commit to further sanctions and continued support to Ukraine.",
    pledges: [
      {
        anchor: "including by further expanding sanctions against Putin’s Russia",
        why: "Support that names something to be done (further sanctions).",
      },
      {
        anchor: "We will continue to provide coordinated political, financial, material and humanitarian support to Ukraine",
        why: "Support that names what is to be given; 'will continue to' plus something concrete.",
      },
    ],
    notPledges: [
      { anchor: "European Council: Joint Statement EU-Japan Summit 2022", why: "Title." },
      { anchor: "reaffirm our close and comprehensive partnership", why: "Restated partnership and values, nothing to be done." },
      { anchor: "grossly violates international law", why: "A view." },
      { anchor: "It makes our cooperation more necessary than ever", why: "A view." },
      { anchor: "We strongly condemn Russia’s aggression", why: "Condemnation." },
      { anchor: "Those responsible for the war crimes", why: "A view about third parties (no actor among the parties)." },
      { anchor: "The EU and Japan demand that Russia immediately stop", why: "A demand on a third party." },
      { anchor: "We recognise that Russia’s illegal aggression", why: "A view." },
    ],
  },
];
