// Corpus G of the real-readout corpus (issue 14): a BLIND HELD-OUT set. Labelled on 2026-11-28 by a helper session,
// by docs/extraction-labelling-guide.md, blind to the extraction rules, their vocabulary and any scores (none of
// those files were opened). Readouts from GOV.UK, the US Department of State (texts kept on republishing pages) and
// the EEAS. Each text is the opening of the page as stored by the public-pages search, with website chrome removed at
// the start and a cut-off last sentence removed at the end; nothing else was edited. Left unlabelled because no unique
// anchor can be inside them: the heading "Security Cooperation" (us-nigeria-binational-commission-2016-03-30) and the
// datelines "April 8, 2015" (us-algeria-strategic-dialogue-2015-04-08) and "January 13, 2019"
// (us-qatar-strategic-dialogue-2019-01-13), each repeated in a later sentence.

import type { CorpusReadout } from "./types";

export const CORPUS_G: CorpusReadout[] = [
  {
    id: "uk-ghana-security-dialogue-2023-12-13",
    name: "UK–Ghana Security Dialogue 2023 communiqué (GOV.UK)",
    source: "UK Government (GOV.UK)",
    url: "https://www.gov.uk/government/publications/uk-ghana-security-dialogue-communique-2023-joint-statement/uk-ghana-security-dialogue-communique-2023-joint-statement",
    meetingDate: "2023-12-13",
    region: "West Africa / Europe",
    kind: "joint communiqué of a bilateral security dialogue",
    terms: "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.",
    stored: true,
    sha256: "2fac26a7d4edadf0e9df24c2b1d85c6d438073e20cb0479c5810539dbdbc0672",
    summary:
      "The UK and Ghana set out their security dialogue's outcomes: work through the Accra Initiative, expanded defence cooperation in four named areas, staff talks in 2024, and a comprehensive approach to radicalisation.",
    pledges: [
      {
        anchor: "remain committed to work through the Accra Initiative",
        why: "Continued work through a named regional mechanism: 'will continue to' plus something concrete (the rest of the sentence, 'work collaboratively to progress this vision', is a general aim).",
      },
      {
        anchor: "army special operations",
        why: "Verbless item after the promise lead-in 'have agreed to expand … focussing on the following 4 areas:'.",
      },
      {
        anchor: "information operations",
        why: "Verbless item after the promise lead-in.",
      },
      {
        anchor: "targeting",
        why: "Verbless item after the promise lead-in.",
      },
      {
        anchor: "riverine and maritime collaboration",
        why: "Verbless item after the promise lead-in.",
      },
      {
        anchor: "We look forward to agreeing further specifics at staff talks in 2024",
        why: "'Look forward to' a dated event the parties are to hold (staff talks in 2024).",
      },
    ],
    notPledges: [
      {
        anchor: "Policy paper",
        why: "Page heading (document type).",
      },
      {
        anchor: "UK-Ghana Security Dialogue Communique 2023: joint statement",
        why: "Title.",
      },
      {
        anchor: "Published 13 December 2023",
        why: "Dateline.",
      },
      {
        anchor: "Regional security",
        why: "Heading.",
      },
      {
        anchor: "agree that Regional Security remains a priority",
        why: "'Agree that' followed by a view.",
      },
      {
        anchor: "Military co-operation",
        why: "Heading.",
      },
      {
        anchor: "reaffirm the longstanding and deep relationship between our armed forces",
        why: "Restated relationship, nothing to be done.",
      },
      {
        anchor: "the United Kingdom values its collaborative and partnership-based approach",
        why: "A view.",
      },
      {
        anchor: "have agreed to expand existing defence cooperation and partnership",
        why: "Lead-in ending in a colon: the four areas are labelled as items.",
      },
      {
        anchor: "Together, these will build the capability of the Ghanaian security services",
        why: "The expected effect of the four areas, not a further undertaking.",
      },
      {
        anchor: "Human security approaches",
        why: "Heading.",
      },
      {
        anchor: "commit to take a comprehensive approach, comprising non-kinetic and kinetic interventions",
        why: "Decided: a commitment whose object is a general way of working (an 'approach' to threats), with no action one could find done or not done.",
      },
      {
        anchor: "This includes prioritising good governance, oversight and accountability",
        why: "Elaboration of the general approach: general aims.",
      },
      {
        anchor: "The United Kingdom is focused on supporting Ghana’s efforts",
        why: "A statement of focus/general aim.",
      },
    ],
  },
  {
    id: "uk-ghana-security-defence-dialogue-2022-07-28",
    name: "UK–Ghana security and defence dialogue 2022 (GOV.UK)",
    source: "UK Government (GOV.UK)",
    url: "https://www.gov.uk/government/publications/security-and-defence-dialogue-between-the-uk-and-ghana/security-and-defence-dialogue-between-the-uk-and-ghana",
    meetingDate: "2022-07-28",
    region: "West Africa / Europe",
    kind: "joint statement of a bilateral security and defence dialogue (the page's date; the meeting's is not given in the text)",
    terms: "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.",
    stored: true,
    sha256: "b74c8b8183ef07d3b2c15531d872554d9e80549cac8c2d15365040473443c90c",
    summary:
      "The UK and Ghana commit to closer law-enforcement work against serious and organised crime: new UK programming on illicit finance, UK support for Ghana's strategic framework and NACOC, Ghanaian steps at Tema Port, and a UK look at GoAML.",
    pledges: [
      {
        anchor: "commit to further strengthen the collaboration between our governments and law enforcement agencies",
        why: "Decided pledge: a commitment to strengthen collaboration between named bodies (law-enforcement agencies) against a named threat, with a stated method.",
      },
      {
        anchor: "commit to further deepen collaboration to disrupt the SOC criminals and networks",
        why: "Commitment to deepen collaboration on disrupting named criminal networks.",
      },
      {
        anchor: "including through the delivery of new UK programming aimed at tackling illicit financial flows",
        why: "Second undertaking in the sentence: the UK is to deliver new programming (checkable).",
      },
      {
        anchor: "the United Kingdom commits to providing support to Ghana to develop its strategic framework",
        why: "One party's own pledge of support for something named.",
      },
      {
        anchor: "the UK will continue to support relevant Ghanaian law enforcement agencies, including NACOC",
        why: "'Will continue to' plus something concrete.",
      },
      {
        anchor: "Ghana will further enhance agencies’ ability to operate by ensuring full access to WCO CTS and ICUMS",
        why: "One party's own pledge, concrete (system access).",
      },
      {
        anchor: "allowing for joint inspection rights at Tema Port",
        why: "Second undertaking of the same sentence.",
      },
      {
        anchor: "The UK commits to exploring how GoAML can be integrated",
        why: "One party's own pledge to carry out a concrete piece of work.",
      },
    ],
    notPledges: [
      {
        anchor: "Policy paper",
        why: "Page heading.",
      },
      {
        anchor: "Security and defence dialogue between the UK and Ghana",
        why: "Title.",
      },
      {
        anchor: "Published 28 July 2022",
        why: "Dateline.",
      },
      {
        anchor: "Serious and organised crime",
        why: "Heading.",
      },
      {
        anchor: "reaffirm our shared commitment to achieving progress on shared illicit financial flow outcomes",
        why: "Decided: restated commitment whose object is an outcome/aim (progress, leaving the FATF grey list), no action named.",
      },
    ],
  },
  {
    id: "uk-senegal-political-dialogue-2023-10-23",
    name: "First UK–Senegal High Level Political Dialogue 2023 (GOV.UK)",
    source: "UK Government (GOV.UK)",
    url: "https://gov.uk/government/publications/uk-senegal-political-dialogue-2023-joint-communique/46e56f58-cc0e-40eb-a5ef-9fe5ac4ad209",
    meetingDate: "2023-10-23",
    region: "West Africa / Europe",
    kind: "joint communiqué of a first ministerial political dialogue",
    terms: "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.",
    stored: true,
    sha256: "c7123d805d42d4d65bfaf7d44da935e67f3098a6183cdf49c8e7538ee51e7890",
    summary:
      "The first UK–Senegal political dialogue in London: welcomes for an ocean partnership MoU, agreement to hold the dialogue annually, and discussion of foreign policy and security cooperation.",
    pledges: [
      {
        anchor: "will take place annually and act as a mechanism",
        why: "Agreement that the dialogue will be held annually: a recurring event to hold.",
      },
    ],
    notPledges: [
      {
        anchor: "Policy paper",
        why: "Page heading.",
      },
      {
        anchor: "UK-Senegal Political Dialogue, 2023: joint communiqué",
        why: "Title.",
      },
      {
        anchor: "Published 24 October 2023",
        why: "Dateline.",
      },
      {
        anchor: "This was published under the 2022 to 2024 Sunak Conservative government",
        why: "Page note.",
      },
      {
        anchor: "held the first ever session of the High Level Political Dialogue",
        why: "The meeting itself: history.",
      },
      {
        anchor: "The Political Dialogue was co-chaired by",
        why: "Participants.",
      },
      {
        anchor: "welcomed the excellent and mutually beneficial bilateral relations",
        why: "Welcome.",
      },
      {
        anchor: "underlined their determination to deepen the partnership",
        why: "General aim (deepen the partnership, tackle challenges).",
      },
      {
        anchor: "welcomed the signing, on 23 October 2023 in London",
        why: "A document signed at the meeting: history.",
      },
      {
        anchor: "also recalled the first Economic Partnership Memorandum",
        why: "History.",
      },
      {
        anchor: "1. Foreign policy",
        why: "Heading.",
      },
      {
        anchor: "agreed on the importance of working together to address the challenges",
        why: "'Agreed on the importance': a view.",
      },
      {
        anchor: "also discussed the situation in the Sahel",
        why: "Discussion.",
      },
      {
        anchor: "2. Defence and security",
        why: "Heading.",
      },
      {
        anchor: "welcomed the close collaboration between the relevant authorities",
        why: "Welcome of ongoing activity.",
      },
    ],
  },
  {
    id: "uk-caribbean-forum-action-plan-2023-05-18",
    name: "Eleventh UK–Caribbean Forum action plan 2023 (GOV.UK)",
    source: "UK Government (GOV.UK)",
    url: "https://gov.uk/government/publications/eleventh-uk-caribbean-ministerial-forum-2023-communique-and-action-plan/action-plan-eleventh-uk-carribean-forum",
    meetingDate: "2023-05-18",
    region: "Caribbean / Europe",
    kind: "action plan of a ministerial forum (numbered commitments)",
    terms: "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.",
    stored: true,
    sha256: "4f1d2511704ee2a34ad365e7286214c94378f1ada8046ab481d96c34f6bc02c8",
    summary:
      "The action plan adopted at the 11th UK–Caribbean Forum in Kingston: a two-year plan with a review in 2024, quarterly follow-up meetings, and (in the stored opening) work on the CARIFORUM–UK Economic Partnership Agreement.",
    pledges: [
      {
        anchor: "with a review of progress in 2024",
        why: "Decided pledge: the sentence reports the plan's adoption, but fixes a dated review the parties are to hold.",
      },
      {
        anchor: "this Action Plan will be discussed at quarterly meetings",
        why: "Item after 'agreed that:' naming a recurring meeting to hold.",
      },
      {
        anchor: "will work within the framework of the relevant institutions",
        why: "Action item: work through named institutions to implement the EPA's commitments.",
      },
      {
        anchor: "that appropriate steps are taken towards achieving its entry into force",
        why: "Second undertaking of item 1.1: steps towards the EPA's entry into force (checkable).",
      },
    ],
    notPledges: [
      {
        anchor: "Policy paper",
        why: "Page heading.",
      },
      {
        anchor: "Action plan: Eleventh UK-Carribean Forum",
        why: "Title.",
      },
      {
        anchor: "Published 2 June 2023",
        why: "Dateline.",
      },
      {
        anchor: "This was published under the 2022 to 2024 Sunak Conservative government",
        why: "Page note.",
      },
      {
        anchor: "This Action Plan serves as a road map",
        why: "Description of the plan.",
      },
      {
        anchor: "Ministers of the United Kingdom and Caribbean Governments agreed that:",
        why: "Lead-in ending in a colon.",
      },
      {
        anchor: "it is important to act together for the mutual benefit",
        why: "Item after 'agreed that': a view.",
      },
      {
        anchor: "The Parties recognise that the value of the UK-Caribbean Forum",
        why: "A view.",
      },
      {
        anchor: "Sustainable and economic development",
        why: "Heading.",
      },
      {
        anchor: "1. Trade in goods and services and investments",
        why: "Heading.",
      },
    ],
  },
  {
    id: "us-nigeria-binational-commission-2016-03-30",
    name: "US–Nigeria Bi-National Commission 2016 (US Department of State)",
    source: "US Department of State",
    url: "https://imperialvalleynews.com/index.php/news/world-news/8488-the-united-states-nigeria-bi-national-commission-joint-communique.html",
    meetingDate: "2016-03-30",
    region: "West Africa / North America",
    kind: "joint communiqué of a bi-national commission",
    terms:
      "A US Department of State joint statement/media note (US federal government work, in the public domain, 17 U.S.C. § 105); the address is a republishing copy of the Department's text: the text may be stored.",
    stored: true,
    sha256: "0d7d6e6359c37dbb4fea35074e4f68cc7b54664dbc2eac8fbefdc3a82cb013f1",
    summary:
      "The revived US–Nigeria Bi-National Commission met in Washington: three areas of focus, working groups directed to finalise joint goals within a month, and the opening of the security cooperation discussion.",
    pledges: [
      {
        anchor: "It directed working groups be established for each area of focus",
        why: "Directive to officials: set up working groups.",
      },
      {
        anchor: "that these working groups finalize the paper within one month",
        why: "Second directive of the sentence, with a deadline.",
      },
    ],
    notPledges: [
      {
        anchor: "The United States-Nigeria Bi-National Commission (BNC) met on March 30, 2016",
        why: "The meeting: history.",
      },
      {
        anchor: "The BNC was co-chaired by",
        why: "Participants.",
      },
      {
        anchor: "Susan Rice provided opening remarks",
        why: "Itinerary.",
      },
      {
        anchor: "underscored the need to strengthen and revitalize the BNC",
        why: "Background (a 2015 meeting).",
      },
      {
        anchor: "the two sides underscored the need to reinvigorate the BNC",
        why: "Background.",
      },
      {
        anchor: "They identified three areas of focus:",
        why: "Lead-in that reports (past).",
      },
      {
        anchor: "- Security Cooperation",
        why: "Item after a reporting lead-in.",
      },
      {
        anchor: "- Economic Growth and Development",
        why: "Item after a reporting lead-in.",
      },
      {
        anchor: "- Governance and Democracy",
        why: "Item after a reporting lead-in.",
      },
      {
        anchor: "subsequently developed a detailed agenda",
        why: "History.",
      },
      {
        anchor: "Joint Goals",
        why: "Heading.",
      },
      {
        anchor: "The BNC reviewed a paper setting out proposed joint goals",
        why: "What was done at the meeting.",
      },
      {
        anchor: "discussion on security cooperation was co-chaired by",
        why: "Participants.",
      },
      {
        anchor: "jointly determined to take further actions to advance U.S.-Nigeria security cooperation",
        why: "Decided: 'further actions' unnamed; the object is a general aim (advance cooperation, peace and security).",
      },
      {
        anchor: "Both sides recognized that this cooperation includes",
        why: "A view.",
      },
    ],
  },
  {
    id: "us-angola-strategic-partnership-dialogue-2015-11-18",
    name: "US–Angola Strategic Partnership Dialogue 2015 (US Department of State)",
    source: "US Department of State",
    url: "https://imperialvalleynews.com/index.php/news/world-news/6542-u-s-angola-strategic-dialogue.html",
    meetingDate: "2015-11-18",
    region: "Southern Africa / North America",
    kind: "joint statement of a ministerial strategic dialogue",
    terms:
      "A US Department of State joint statement/media note (US federal government work, in the public domain, 17 U.S.C. § 105); the address is a republishing copy of the Department's text: the text may be stored.",
    stored: true,
    sha256: "00a1b8f50c7cc967e4599645b2318452b4508da6446e5c5036dacb8ae5b8c2df",
    summary:
      "Secretary Kerry and Foreign Minister Chikoti reviewed the year since the 2014 dialogue: regional crises, trade and diversification, maritime security and anti-money-laundering cooperation.",
    pledges: [
      {
        anchor: "committed to working together to find a peaceful resolution to the crises in Burundi, DRC, and South Sudan",
        why: "Decided pledge: joint work on named crises (not a general aim).",
      },
      {
        anchor: "agreed to build on the progress made during the International Maritime Security Conference by strengthening collaboration",
        why: "Agreed to strengthen collaboration in a named area, building on a named conference.",
      },
      {
        anchor: "Angola reaffirmed its commitment to work with the United States to combat money-laundering",
        why: "Decided pledge: one party's own commitment to continued joint work on a concrete activity (restated, but something to do).",
      },
    ],
    notPledges: [
      {
        anchor: "made an official visit to the United States",
        why: "Itinerary.",
      },
      {
        anchor: "met as part of the U.S.-Angola Strategic Partnership Dialogue",
        why: "The meeting.",
      },
      {
        anchor: "the two delegations reviewed the progress made",
        why: "Discussion/history.",
      },
      {
        anchor: "The United States congratulated Angola",
        why: "Congratulation.",
      },
      {
        anchor: "reaffirmed their commitment to build upon the substantive advances made",
        why: "General aim.",
      },
      {
        anchor: "The broad discussions included the following:",
        why: "Lead-in that reports.",
      },
      {
        anchor: "Regional and Global Issues",
        why: "Heading.",
      },
      {
        anchor: "reiterated their joint commitment to address the most pressing global and regional problems",
        why: "General aim.",
      },
      {
        anchor: "reaffirmed their pledge to work together on the UN Security Council",
        why: "Decided: restated cooperation in a body 'to address critical issues': general aim, nothing specific to do.",
      },
      {
        anchor: "Trade, Investment, and Energy",
        why: "Heading.",
      },
      {
        anchor: "recognized the importance to intensify and diversify bilateral trade",
        why: "A view.",
      },
      {
        anchor: "Angola appreciated the efforts of the U.S. Agency for International Development",
        why: "Thanks.",
      },
      {
        anchor: "Security and Military Cooperation",
        why: "Heading.",
      },
    ],
  },
  {
    id: "us-algeria-strategic-dialogue-2015-04-08",
    name: "Third US–Algeria Strategic Dialogue 2015 (US Department of State)",
    source: "US Department of State",
    url: "https://www.scoop.co.nz/stories/WO1504/S00118/joint-communique-on-the-us-algeria-strategic-dialogue.htm",
    meetingDate: "2015-04-08",
    region: "North Africa / North America",
    kind: "joint communiqué of a ministerial strategic dialogue",
    terms:
      "A US Department of State joint statement/media note (US federal government work, in the public domain, 17 U.S.C. § 105); the address is a republishing copy of the Department's text: the text may be stored.",
    stored: true,
    sha256: "602967ab144ac401ec82ba62a0586aebba01188771b3cdad59e1b203c7d79eab",
    summary:
      "Kerry and Lamamra held the third strategic dialogue: joint work on security and information sharing, thanks for Algeria's mediation, Libya, and Algeria's de-radicalisation summit.",
    pledges: [
      {
        anchor: "increase information sharing",
        why: "Concrete undertaking in 'agreed to work together to …' (the sentence's 'promote regional security', 'combat terrorism' and 'advance nonproliferation' are general aims).",
      },
      {
        anchor: "coordinate programs to build the capacity of regional partners",
        why: "Second concrete undertaking of the same sentence.",
      },
      {
        anchor: "Algeria reaffirmed its commitment to hold a summit on de-radicalization",
        why: "One party's own pledge to hold a named event.",
      },
    ],
    notPledges: [
      {
        anchor: "Joint Communiqué on the U.S.-Algeria Strategic Dialogue",
        why: "Title.",
      },
      {
        anchor: "Media Note",
        why: "Heading.",
      },
      {
        anchor: "Office of the Spokesperson",
        why: "Byline.",
      },
      {
        anchor: "Washington, DC",
        why: "Dateline.",
      },
      {
        anchor: "The following is a joint communiqué",
        why: "Preamble.",
      },
      {
        anchor: "Begin text:",
        why: "Marker.",
      },
      {
        anchor: "convened the third session of the Strategic Dialogue",
        why: "The meeting.",
      },
      {
        anchor: "engaged in a wide-ranging discussion",
        why: "Discussion.",
      },
      {
        anchor: "The United States is grateful for Algeria’s role",
        why: "Thanks.",
      },
      {
        anchor: "agreed that a national unity government in Libya is essential",
        why: "'Agreed that' followed by a view.",
      },
    ],
  },
  {
    id: "us-qatar-strategic-dialogue-2019-01-13",
    name: "Second US–Qatar Strategic Dialogue 2019 (US Department of State)",
    source: "US Department of State",
    url: "http://government-world.com/united-states/oecd-united-states/page/83/?print=print-search",
    meetingDate: "2019-01-13",
    region: "Middle East / North America",
    kind: "joint statement of a ministerial strategic dialogue",
    terms:
      "A US Department of State joint statement/media note (US federal government work, in the public domain, 17 U.S.C. § 105); the address is a republishing copy of the Department's text: the text may be stored.",
    stored: true,
    sha256: "c8fcd452e9c4dbe9cb59156e16ac6716b2321bef581b747128f4e2e5c360a889",
    summary:
      "The second US–Qatar Strategic Dialogue in Doha: participants, welcomes, MoUs signed, and support for the expansion of relations (the stored opening holds no undertaking).",
    pledges: [],
    notPledges: [
      {
        anchor: "Joint Statement of the Second United States-Qatar Strategic Dialogue: Forward Together",
        why: "Title.",
      },
      {
        anchor: "Media Note",
        why: "Heading.",
      },
      {
        anchor: "Office of the Spokesperson",
        why: "Byline.",
      },
      {
        anchor: "Washington, DC",
        why: "Dateline.",
      },
      {
        anchor: "held the second Strategic Dialogue in Doha",
        why: "The meeting.",
      },
      {
        anchor: "co-chaired the opening session",
        why: "Participants.",
      },
      {
        anchor: "Senior U.S. officials came to Doha",
        why: "Itinerary and agenda.",
      },
      {
        anchor: "welcomed this second annual Strategic Dialogue",
        why: "Welcome; review of progress.",
      },
      {
        anchor: "They highlighted the strength of the bilateral relationship",
        why: "A view.",
      },
      {
        anchor: "signed three Memoranda of Understanding",
        why: "Documents signed at the meeting: history.",
      },
      {
        anchor: "Political Cooperation",
        why: "Heading.",
      },
      {
        anchor: "expressed strong support for the expansion of bilateral relations",
        why: "Restated support, with past meetings listed.",
      },
    ],
  },
  {
    id: "eu-central-america-joint-committee-2023-10-26",
    name: "Fifth EU–Central America Joint Committee 2023 (EEAS)",
    source: "European External Action Service",
    url: "https://eeas.europa.eu/eeas/joint-communiqu%C3%A9-v-joint-committee-between-european-union-and-central-america_en",
    meetingDate: "2023-10-26",
    region: "Central America / Europe",
    kind: "joint communiqué of a joint committee under a cooperation agreement (numbered points)",
    terms:
      "EEAS website content: reuse authorised provided the source is acknowledged (in line with Commission Decision 2011/833/EU): stored with attribution.",
    stored: true,
    sha256: "acfddafbb2202ab2b3235bc2011622f0f1ab564f352bcc484b3301197d8525ab",
    summary:
      "The fifth Joint Committee under the EU–Central America PDCA met in El Salvador; the stored opening lists participants and three numbered points of history, views and notes (no undertaking).",
    pledges: [],
    notPledges: [
      {
        anchor: "Joint Communiqué: V Joint Committee between the European Union and Central America",
        why: "Title.",
      },
      {
        anchor: "26.10.2023 EEAS Press Team",
        why: "Dateline and byline.",
      },
      {
        anchor: "The fifth meeting of the Joint Committee",
        why: "The meeting.",
      },
      {
        anchor: "The meeting was attended by representatives",
        why: "Participants.",
      },
      {
        anchor: "Belize participated in the political dialogue",
        why: "Participants.",
      },
      {
        anchor: "El Salvador acted as coordinator",
        why: "Participants.",
      },
      {
        anchor: "was represented by the European External Action Service",
        why: "Participants.",
      },
      {
        anchor: "The representatives of Central America and the European Union:",
        why: "Lead-in to numbered points (they report views and notes).",
      },
      {
        anchor: "1. Highlighted the solidity and dynamism of relations",
        why: "History and a view.",
      },
      {
        anchor: "2. Reaffirmed the importance of the integration processes",
        why: "A view.",
      },
      {
        anchor: "3. Took note of the recent adoption",
        why: "Noting another body's step.",
      },
    ],
  },
];
