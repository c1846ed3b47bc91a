// Corpus H of the real-readout corpus (issue 14): a BLIND HELD-OUT set. Nine readouts about meetings in Asia, the
// Pacific and Central Asia, published by the New Zealand Government, the Australian Prime Minister, Foreign Minister and
// DFAT, the US Department of State (a verbatim copy), the Philippine DFA, the Council of the EU and the Kremlin.
// Labelled by a helper session on 2026-11-28, following docs/extraction-labelling-guide.md, blind to the extraction
// rules, their vocabulary and any score (none of those files was opened or run). A held-out set: to be scored once.
// Each text is the opening of the page as stored by the public-pages search, with website chrome removed at the start
// and a cut-off last sentence removed at the end; nothing else was edited. Where the original was not in the page
// store, a verbatim copy on another site was used and `source` and `terms` say so.
// Left unlabelled: the two identical datelines "Brussels, 27 January 2004" of eu-uzbekistan-cooperation-council-2004-01-27
// (repeated, so no anchor inside either can be unique); both are headings, not pledges.

import type { CorpusReadout } from "./types";

const NZ_GOV =
  "New Zealand Government (beehive.govt.nz) content, licensed under Creative Commons Attribution 4.0 International: stored with attribution.";
const AU_FM_COPY =
  "A statement of the Australian Minister for Foreign Affairs (foreignminister.gov.au content is Commonwealth of Australia material under CC BY 4.0 unless marked otherwise); the original is not in the page store, so this is the verbatim copy republished by ReliefWeb: stored with attribution.";
const AU_PM =
  "Prime Minister of Australia website (pm.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this transcript is not marked otherwise): stored with attribution.";
const AU_FM =
  "Australian Minister for Foreign Affairs website (foreignminister.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const DFAT =
  "Department of Foreign Affairs and Trade website (dfat.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const US_STATE_COPY =
  "A joint statement released by the US Department of State, a US federal government work in the public domain (17 U.S.C. § 105); the state.gov original is not in the page store, so this is a verbatim copy republished by another site: the text may be stored.";
const PH_GOV =
  "A work of the Government of the Philippines, in which no copyright subsists (Intellectual Property Code of the Philippines, R.A. 8293, § 176.1); the same joint statement was released by the US Department of State (a US federal government work, public domain). Not one of the publishers named in the brief: flagged in the report.";
const EU_COUNCIL =
  "Council of the EU press release (europa.eu RAPID): reuse authorised provided the source is acknowledged (Council Decision (EU) 2017/1842, in line with Commission Decision 2011/833/EU): stored with attribution.";
const KREMLIN = "kremlin.ru content is licensed under Creative Commons Attribution 4.0: stored with attribution.";

export const CORPUS_H: CorpusReadout[] = [
  {
    id: "australia-new-zealand-leaders-meeting-auckland-2019-02-22",
    name: "Australia–New Zealand Leaders' Meeting, Auckland 2019 (New Zealand Government)",
    source: "New Zealand Government (beehive.govt.nz)",
    url: "https://www.beehive.govt.nz/release/joint-statement-prime-ministers-rt-hon-jacinda-ardern-and-hon-scott-morrison-mp-auckland-22",
    meetingDate: "2019-02-22",
    region: "Pacific",
    kind: "leaders' joint statement after an annual leaders' meeting",
    terms: NZ_GOV,
    stored: true,
    sha256: "83f09898cfd1e5f60de3296887c20786db606192b87879e4bf157c09ddf7d96f",
    summary:
      "Prime Ministers Ardern and Morrison met in Auckland for the annual leaders' meeting; the opening covers the Single Economic Market and a directive to officials on the Productivity Commissions' digital-economy report.",
    pledges: [{ anchor: "directed officials to consider the Report’s findings and proposed actions", why: "Directive to officials." }],
    notPledges: [
      { anchor: "Joint Statement by Prime Ministers", why: "Title." },
      { anchor: "• Rt Hon Jacinda Ardern", why: "Byline of the release (minister and office)." },
      { anchor: "met in Auckland on 22 February 2019 for the annual", why: "Who met, where and when: itinerary." },
      { anchor: "warmly welcomed Prime Minister Morrison and Mrs Jenny Morrison", why: "Welcome." },
      { anchor: "The trans-Tasman relationship is unique and precious.", why: "View of the relationship." },
      { anchor: "It is underpinned by two centuries of shared history", why: "Background." },
      { anchor: "It is a relationship of family, of whānau.", why: "View." },
      { anchor: "Trans-Tasman Cooperation", why: "Heading." },
      { anchor: "welcomed the role that Closer Economic Relations (CER)", why: "Welcome." },
      { anchor: "sets the benchmark for economic integration", why: "View." },
      {
        anchor: "committed to making sure the SEM agenda continues to meet the day-to-day needs",
        why: "Hard case: a commitment whose object is a general aim (keeping an agenda 'ambitious and responsive'); no action an analyst could find done or not done.",
      },
      { anchor: "welcomed the Australia and New Zealand Productivity Commissions’ joint report", why: "Welcome of a report." },
      { anchor: "welcomed the Report’s focus on addressing domestic barriers", why: "Welcome." },
    ],
  },
  {
    id: "pacific-islands-forum-foreign-ministers-australia-2020-10-14",
    name: "Pacific Islands Forum Foreign Ministers' Meeting 2020: Australian Foreign Minister's statement (ReliefWeb copy)",
    source: "Australian Minister for Foreign Affairs (statement republished verbatim by ReliefWeb)",
    url: "https://reliefweb.int/report/world/pacific-islands-forum-foreign-ministers-meeting",
    meetingDate: "2020-10-14",
    region: "Pacific",
    kind: "minister's statement after a regional ministerial forum",
    terms: AU_FM_COPY,
    stored: true,
    sha256: "f270220ccb73f7bcfe6daef259e19f688a11b7d717b30be931f66566bc41e37d",
    summary:
      "Foreign Minister Payne reports the virtual Forum Foreign Ministers' meeting: climate finance, gender equality on the regional agenda, COVID-19 vaccine access and Australian support for flights in the region.",
    pledges: [
      {
        anchor: "reiterated our commitment to continue partnering with our region in response to the shared challenge of climate change",
        why: "Support that names something given: the $500 million for renewables and disaster resilience.",
      },
      {
        anchor: "agreed to continue to raise the prominence of gender equality on the regional agenda",
        why: "'Will continue to' plus a concrete step (putting gender equality on the regional agenda); decided as checkable.",
      },
      {
        anchor: "Australia is committed to supporting our Blue Pacific family to access safe, effective and affordable COVID-19 vaccines",
        why: "One party's own commitment to a concrete kind of support (vaccine access).",
      },
      {
        anchor: "Australia is also introducing initiatives in Pacific aviation and food security",
        why: "Announced assistance (new initiatives being introduced).",
      },
      {
        anchor: "Australia will support regular flights on critical routes",
        why: "One party's own undertaking: 'will support' named flights.",
      },
    ],
    notPledges: [
      { anchor: "Statement\n\n14 October 2020", why: "Heading and date." },
      { anchor: "Today, I met virtually with regional counterparts", why: "Meeting held and its topics: itinerary." },
      {
        anchor: "committed to work together to continue to deliver outcomes consistent with the Boe and Kainaki declarations",
        why: "Hard case: a commitment whose object is a general aim ('outcomes consistent with' declarations, 'a resilient, sustainable and secure region').",
      },
      { anchor: "We also discussed global action on sustainable oceans management", why: "What was discussed." },
      { anchor: "We discussed the significant impact of COVID-19 on women and girls", why: "What was discussed." },
      { anchor: "This will build on our $80 million investment", why: "Background: an investment already made." },
    ],
  },
  {
    id: "singapore-australia-annual-leaders-meeting-melbourne-2024-03-05",
    name: "Ninth Singapore–Australia Annual Leaders' Meeting, Melbourne 2024: press conference opening (Prime Minister of Australia)",
    source: "Prime Minister of Australia (pm.gov.au)",
    url: "https://pm.gov.au/media/press-conference-melbourne-5",
    meetingDate: "2024-03-05",
    region: "Southeast Asia / Pacific",
    kind: "leader's opening remarks at a press conference after an annual leaders' meeting",
    terms: AU_PM,
    stored: true,
    sha256: "b7ec575b05d55bbf65182e1a4c55207b2c5309e5fac31756a7ea27ac687aaf5d",
    summary:
      "Prime Minister Albanese opens the press conference after the ninth annual leaders' meeting with Prime Minister Lee: a directive to officials for the next phase of the Comprehensive Strategic Partnership, the green shipping corridor and principles for cross-border electricity trade.",
    pledges: [
      { anchor: "have directed officials to develop specific initiatives against each of these themes", why: "Directive to officials." },
    ],
    notPledges: [
      { anchor: "Thank you for joining us.", why: "Courtesy." },
      { anchor: "It's been a pleasure to host Prime Minister Lee", why: "Courtesy and itinerary." },
      { anchor: "And can I give you a very warm welcome publicly to Melbourne", why: "Welcome." },
      { anchor: "Australia and Singapore's friendship is one anchored in warm personal ties", why: "View of the relationship." },
      { anchor: "We share a vision for an open, stable and prosperous region.", why: "Shared view." },
      { anchor: "And this meeting has solidified a relationship", why: "View of the meeting." },
      { anchor: "today we build on an impressive track record of shared endeavour", why: "Background and view." },
      { anchor: "We have discussed essentially having our CSP 2.0", why: "What was discussed." },
      {
        anchor: "a key outcome of our annual meeting last year was agreement to establish a green shipping corridor",
        why: "History (last year's agreement) and work under way, reported as news; no new undertaking.",
      },
      { anchor: "This agreement will help smooth the way to decarbonise", why: "Expected effect of an agreement." },
      {
        anchor: "have also today agreed to a set of principles for cross border electricity trade",
        why: "Hard case: principles adopted at the meeting, a document agreed (history), with no action said to follow.",
      },
      { anchor: "These principles bring closer the goal of a renewable energy trade", why: "Expected effect." },
    ],
  },
  {
    id: "australia-us-ausmin-fact-sheet-2018-07-24",
    name: "AUSMIN 2018 fact sheet, Palo Alto (Australian Foreign Minister)",
    source: "Australian Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/node/471",
    meetingDate: "2018-07-24",
    region: "Indo-Pacific",
    kind: "fact sheet of a 2+2 ministerial consultation with a list of intentions",
    terms: AU_FM,
    stored: true,
    sha256: "f850593727ae5a45c6feb71780d2b6d1a141936ca4617f48ee1d66eadfcd71df",
    summary:
      "The AUSMIN fact sheet lists what Australia and the United States intend to do over the next year: consultations on the Indo-Pacific, pressure on North Korea, countering foreign interference, Pacific engagement, the Lower Mekong and maritime capacity building.",
    pledges: [
      {
        anchor: "Consult closely on our visions for the Indo-Pacific",
        why: "Item after the promise lead-in 'intend to:': consultations through regular bilateral meetings.",
      },
      { anchor: "Maintain pressure on North Korea until it abandons", why: "Item after 'intend to:': a checkable course of action." },
      { anchor: "Coordinate efforts to counter foreign interference", why: "Item after 'intend to:'." },
      {
        anchor: "Step up joint engagement in the Pacific",
        why: "Item after 'intend to:' (first undertaking: stepped-up Pacific engagement, with information sharing and maritime awareness).",
      },
      {
        anchor: "supporting capacity building through the Australian Pacific Security College with U.S. technical contributions",
        why: "Second, separate undertaking in the same item: named support to a named college.",
      },
      {
        anchor: "Strengthen donor and diplomatic efforts across the Lower Mekong sub-region",
        why: "Item after 'intend to:' through named initiatives.",
      },
      {
        anchor: "Continue cooperation and coordination for capacity building in maritime security",
        why: "Item after 'intend to:': 'continue' plus something concrete.",
      },
    ],
    notPledges: [
      { anchor: "2018 Australia-U.S. Ministerial Consultations (AUSMIN) fact sheet", why: "Title." },
      { anchor: "met at the Hoover Institution at Stanford University", why: "Who met, where and when." },
      {
        anchor: "noted a number of initiatives through which the people",
        why: "Description and general aim ('a secure, prosperous future').",
      },
      {
        anchor: "Over the next year, the United States and Australia intend to:",
        why: "Lead-in ending in a colon (its items are labelled).",
      },
      {
        anchor: "Continue to support actively the ASEAN-centered regional architecture",
        why: "Hard case: an item after the promise lead-in, but restated support for a regional architecture with nothing named to be done.",
      },
    ],
  },
  {
    id: "australia-us-ausmin-boston-2015-10-13",
    name: "AUSMIN 2015, Boston (DFAT)",
    source: "Australian Department of Foreign Affairs and Trade",
    url: "https://www.dfat.gov.au/geo/united-states-of-america/ausmin/Pages/joint-statement-ausmin-2015",
    meetingDate: "2015-10-13",
    region: "Indo-Pacific",
    kind: "joint statement of a 2+2 ministerial consultation",
    terms: DFAT,
    stored: true,
    sha256: "da87b27640b94798244f2a969c9ab437777409aa1de527226604687ecd27c1b1",
    summary:
      "The opening of the AUSMIN 2015 joint statement: the alliance's state, full implementation of the Force Posture Initiatives and enhanced naval cooperation.",
    pledges: [
      {
        anchor:
          "reiterated their commitment to implement fully the U.S. Force Posture Initiatives in Australia through a stepped growth in rotational presence",
        why: "Commitment with a concrete, checkable path (stepped growth of rotational presence in 2016 and beyond).",
      },
      {
        anchor: "decided to pursue enhanced naval cooperation across all domains, including additional combined training and exercises",
        why: "Decision to act: more combined training and exercises.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement AUSMIN 2015", why: "Title." },
      { anchor: "October 13, 2015", why: "Date." },
      { anchor: "met on October 13 in Boston", why: "Who met, where and when." },
      { anchor: "The United States-Australia Alliance and bilateral relationship", why: "Heading." },
      { anchor: "our common values and shared history form the foundation", why: "Background and view." },
      {
        anchor: "reaffirmed the strong state of bilateral defense and security cooperation",
        why: "Restated view of the alliance; past operations.",
      },
      { anchor: "Both sides shared the view that this cooperation demonstrates", why: "View." },
    ],
  },
  {
    id: "philippines-us-bilateral-strategic-dialogue-2024-04-23",
    name: "11th Philippines–United States Bilateral Strategic Dialogue 2024 (US Department of State text, Breaking News International copy)",
    source: "US Department of State (joint statement republished verbatim by Breaking News International)",
    url: "https://breakingnewsinternational.com/world-news/joint-statement-on-the-philippines-united-states-bilateral-strategic-dialogue",
    meetingDate: "2024-04-23",
    region: "Southeast Asia",
    kind: "joint statement of a bilateral strategic dialogue with a list of commitments",
    terms: US_STATE_COPY,
    stored: true,
    sha256: "07db6d15a371988a36bd21818439087ab032340f3fdd54b2bde2cd7be9272067",
    summary:
      "The joint statement of the 11th Bilateral Strategic Dialogue recalls the year's milestones and lists what both sides committed to in 2024 (the opening reaches the first items: a 2+2 dialogue and a science and technology joint committee).",
    pledges: [
      {
        anchor: "Hold the fourth “2+2” ministerial dialogue;",
        why: "Verbless-style item after the promise lead-in 'committed in 2024 to:'.",
      },
      { anchor: "Convene the inaugural joint committee meeting", why: "Item after 'committed in 2024 to:'." },
    ],
    notPledges: [
      { anchor: "Joint Statement on the Philippines-United States Bilateral Strategic Dialogue", why: "Title." },
      { anchor: "The following statement was jointly released", why: "Release note." },
      { anchor: "Begin Text:", why: "Release marker." },
      { anchor: "Senior Philippine and U.S. officials gathered in Washington", why: "Who met, where and when." },
      { anchor: "First held in 2011, the BSD serves as the main annual platform", why: "Description of the dialogue." },
      { anchor: "Both sides recalled milestones of the intervening year", why: "History." },
      { anchor: "These include: two meetings between Presidents Biden and Marcos", why: "History: a list of past events." },
      { anchor: "the two sides re-dedicated themselves to cooperation by:", why: "Lead-in ending in a colon." },
      { anchor: "Expanding the Breadth of Partnership.", why: "Heading of the first line of cooperation." },
      {
        anchor: "renewed pledges to work together to address pressing global and regional challenges",
        why: "General aim (working together on challenges for a free and open Indo-Pacific).",
      },
      {
        anchor: "Underscoring the importance of continued dialogue",
        why: "Lead-in ending in a colon ('committed in 2024 to:'); its items are labelled.",
      },
    ],
  },
  {
    id: "us-philippines-2plus2-ministerial-dialogue-2016-01-12",
    name: "Second US–Philippines 2+2 Ministerial Dialogue 2016 (Philippine Department of Foreign Affairs)",
    source: "Department of Foreign Affairs of the Philippines",
    url: "https://dfa.gov.ph/dfa-news/dfa-releasesupdate/8365-2016-joint-statement-of-the-united-states-philippines-ministerial-dialogue",
    meetingDate: "2016-01-12",
    region: "Southeast Asia",
    kind: "joint statement of a 2+2 ministerial dialogue with lists of objectives and commitments",
    terms: PH_GOV,
    stored: true,
    sha256: "c08d188e2a609ecfd3c64757f34ccaabfa37549be39be38743588e61ee7d4f63",
    summary:
      "The joint statement of the second 2+2 dialogue adds common strategic objectives (security assistance, capacity building, economic relations) and lists security commitments, among them maritime security and a US cutter transfer.",
    pledges: [
      {
        anchor: "Expand opportunities for more robust cooperative security assistance programs",
        why: "Hard case: item after 'articulated the following additional Common Strategic Objectives' (objectives the ministers adopt, read as a promise lead-in).",
      },
      {
        anchor: "Pursue and coordinate programs with other interested partners for capacity building",
        why: "Item after the objectives lead-in (same decision).",
      },
      { anchor: "Collaborate on initiatives to enhance economic relations", why: "Item after the objectives lead-in (same decision)." },
      {
        anchor: "Enhance the Philippines’ maritime security presence and maritime domain awareness capabilities",
        why: "Item after the promise lead-in 'committed to:'.",
      },
      {
        anchor: "The United States is transferring a third high-endurance cutter and a research vessel",
        why: "Announced assistance, with a time ('this year').",
      },
    ],
    notPledges: [
      { anchor: "12 January 2016", why: "Date." },
      { anchor: "met with Secretary of Foreign Affairs Albert F. del Rosario", why: "Who met, where and when." },
      { anchor: "U.S.-Philippine relations are anchored on a common history", why: "Background and values." },
      {
        anchor: "reaffirmed their commitment to continue strengthening the Alliance",
        why: "Restated commitment to an alliance: a general aim.",
      },
      { anchor: "Common Strategic Objectives\n", why: "Heading." },
      {
        anchor: "articulated the following additional Common Strategic Objectives",
        why: "Lead-in ending in a colon (its items are labelled).",
      },
      { anchor: "Bilateral Security and Defense Partnership", why: "Heading." },
      {
        anchor: "To enhance security and defense cooperation, the Ministers committed to:",
        why: "Lead-in ending in a colon (its items are labelled).",
      },
    ],
  },
  {
    id: "eu-uzbekistan-cooperation-council-2004-01-27",
    name: "Fifth EU–Uzbekistan Co-operation Council 2004 (Council of the EU)",
    source: "Council of the European Union",
    url: "https://europa.eu/rapid/press-release_PRES-04-31_en.htm",
    meetingDate: "2004-01-27",
    region: "Central Asia",
    kind: "press release of a cooperation council under a partnership agreement",
    terms: EU_COUNCIL,
    stored: true,
    sha256: "94267ef7ea4b02c62882a60aaf739eb2744bce2287fd29252bf7d20323241bfe",
    summary:
      "The fifth Co-operation Council under the Partnership and Co-operation Agreement: a stock-take of the PCA by the next meeting, continued EU assistance, and an enlargement protocol extending the PCA to the new member states.",
    pledges: [
      {
        anchor: "agreed to take stock of progress in implementation of the PCA by the time of its next meeting",
        why: "Agreed action with a deadline.",
      },
      {
        anchor: "the EU will continue to provide assistance to help Uzbekistan",
        why: "'Will continue to' provide assistance: one party's undertaking.",
      },
      { anchor: "An enlargement protocol will be signed with Uzbekistan", why: "A document to be signed." },
      {
        anchor: "will apply the provisions of the PCA with Uzbekistan as of 1 May 2004",
        why: "Dated undertaking of the EU side's new member states.",
      },
    ],
    notPledges: [
      { anchor: "5571/04 (Presse 31)", why: "Document reference." },
      { anchor: "EU - Uzbekistan Co-operation Council fifth meeting", why: "Title." },
      { anchor: "held its fifth meeting on Tuesday 27 January 2004", why: "Who met and when." },
      { anchor: "Mr Sadiq Safaev, Minister of Foreign Affairs, headed the delegation", why: "Participants." },
      { anchor: "The European Commission was represented by Mr Chris Patten", why: "Participants." },
      { anchor: "noted the dynamic development of their dialogue", why: "View." },
      { anchor: "Uzbekistan welcomed the imminent enlargement of the EU.", why: "Welcome." },
      { anchor: "Both sides believe that this historic event", why: "View." },
      { anchor: "noted that the European Bank for Reconstruction and Development (EBRD) meeting in Tashkent", why: "History." },
    ],
  },
  {
    id: "russia-mongolia-presidents-moscow-2021-12-16",
    name: "Russia–Mongolia talks, Moscow 2021: President Putin's press statement (Kremlin)",
    source: "Kremlin (President of Russia)",
    url: "http://en.kremlin.ru/events/president/transcripts/67374",
    meetingDate: "2021-12-16",
    region: "East Asia / post-Soviet neighbourhood",
    kind: "leader's press statement after talks during a visit",
    terms: KREMLIN,
    stored: true,
    sha256: "0b5ba937507ee146f90a921f8967584132ebfe97a564af6cda961102caf0ed40",
    summary:
      "President Putin's press statement after talks with President Khurelsukh: the centenary of relations, the Political Declaration adopted, documents to be signed during the visit, and trade.",
    pledges: [
      {
        anchor: "have drafted and will sign during this visit a package of intergovernmental and interdepartmental documents",
        why: "Documents to be signed during the visit: a checkable undertaking.",
      },
    ],
    notPledges: [
      { anchor: "Good afternoon, Mr President, ladies and gentlemen.", why: "Greeting." },
      { anchor: "We are delighted to welcome the President of Mongolia to Moscow.", why: "Welcome." },
      { anchor: "Mr President is paying his first foreign visit precisely to Russia", why: "Itinerary and its meaning." },
      { anchor: "Certainly, we are also interested in maintaining a close partnership", why: "Interest: a view." },
      { anchor: "Mutually beneficial cooperation between both states has a long history.", why: "History." },
      { anchor: "This year marked the 100th anniversary", why: "History." },
      { anchor: "I would like to recall that Russia became the first country", why: "History." },
      { anchor: "Since then, Russian-Mongolian interaction has grown stronger", why: "History." },
      { anchor: "The people of Russia and Mongolia remember their war-time friendship", why: "History." },
      { anchor: "See also", why: "Link label on the page." },
      { anchor: "Today’s talks were held in a business-like and constructive manner.", why: "Description of the talks." },
      { anchor: "Mr President and I adopted the joint Political Declaration", why: "A document adopted at the meeting: history." },
      { anchor: "the Declaration sets forth clear guidelines", why: "Description of a document." },
      { anchor: "Russia is one of Mongolia’s largest foreign trade partners.", why: "Background." },
      { anchor: "mutual trade increased by 24 percent", why: "Background figures." },
    ],
  },
];
