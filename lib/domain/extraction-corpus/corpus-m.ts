// Corpus M of the real-readout corpus (issue 14): a third BLIND HELD-OUT set ("blind-held-out-3"). Fifteen readouts of
// bilateral or small-group meetings (Central Asia, South-East and East Asia, the Middle East, North Africa, Europe/Japan,
// Timor-Leste and the Pacific), 32 pledges in all, published by the US Department of State (two verbatim copies on
// other sites), the White House (one original, one verbatim copy), the Australian Minister for Foreign Affairs (one
// original, one verbatim copy), DFAT, the Prime Minister of Australia (a verbatim copy), MOFA Japan, MOFA Korea and the
// Philippine Department of Foreign Affairs.
// Labelled on 2026-11-28 by a helper session, following docs/extraction-labelling-guide.md, blind to the extraction
// rules, their vocabulary, any model and any score (none of those files was opened or run). A held-out set: to be
// scored once.
// Each text is the opening of the page as stored by the public-pages search, with website chrome removed at the start
// (site menus, "Skip to main content", breadcrumbs such as "Japan-Russia Relations", a blog's header, the page-store's
// date line, the MOFA Korea pages' date and hit counter, a page title repeated before the article heading) and a cut-off last sentence or list item removed at
// the end; nothing else was edited. In the Australia–China copy the stored page went on, after the readout, into an
// unrelated statement (on the Taliban's ban on women at universities); that following item was left out with the
// cut-off end. Where the original was not in the page store, a verbatim copy on another site was used and `source`
// and `terms` say so.
// Left unlabelled: the byline "Prime Minister" of australia-timor-leste-prime-ministers-dili-2026-01-29 (the words recur
// throughout the text, so no anchor inside that line can be unique); it is a byline, not a pledge. The three-line title
// of australia-japan-new-zealand-pacific-donor-cooperation-2006-05-27 is labelled by its first and last lines (its
// middle line, the name of the Okinawa Partnership, recurs in the first sentence).

import type { CorpusReadout } from "./types";

const US_STATE_COPY = (site: string) =>
  `A joint statement released by the US Department of State, a US federal government work in the public domain (17 U.S.C. § 105); the state.gov original is not in the page store, so this is the verbatim copy republished by ${site}: the text may be stored.`;
const WHITE_HOUSE =
  "White House statement (whitehouse.gov): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";
const WHITE_HOUSE_COPY = (site: string) =>
  `A joint statement released by the White House, a US federal government work in the public domain (17 U.S.C. § 105); the whitehouse.gov original is not in the page store, so this is the verbatim copy republished by ${site}: the text may be stored.`;
const AU_FM =
  "Australian Minister for Foreign Affairs website (foreignminister.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const AU_FM_COPY = (site: string) =>
  `A statement released by the Australian Minister for Foreign Affairs (foreignminister.gov.au), Commonwealth of Australia material licensed under CC BY 4.0; the foreignminister.gov.au original is not in the page store, so this is the verbatim copy republished by ${site}: stored with attribution.`;
const AU_PM_COPY = (site: string) =>
  `A media release of the Prime Minister of Australia (pm.gov.au), Commonwealth of Australia material licensed under CC BY 4.0; the pm.gov.au original is not in the page store, so this is the verbatim copy republished by ${site}: stored with attribution.`;
const DFAT =
  "Department of Foreign Affairs and Trade website (dfat.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const MOFA_JAPAN =
  "Ministry of Foreign Affairs of Japan website: content usable under the Public Data License (Version 1.0), compatible with CC BY 4.0, with attribution: stored with attribution.";
const MOFA_KOREA =
  "Ministry of Foreign Affairs of the Republic of Korea website: a press release, a public work of a state agency freely usable under the Korean Copyright Act art. 24-2: stored with attribution.";
const DFA_PH =
  "Philippine Department of Foreign Affairs (dfa.gov.ph): a work of the Government of the Philippines, in which no copyright subsists (R.A. 8293 § 176.1): the text may be stored.";

export const CORPUS_M: CorpusReadout[] = [
  {
    id: "australia-china-foreign-strategic-dialogue-beijing-2022-12-21",
    name: "Sixth Australia–China Foreign and Strategic Dialogue, Beijing 2022: joint outcomes statement (Australian Foreign Minister, verbatim copy)",
    source: "Australian Minister for Foreign Affairs (joint outcomes statement republished verbatim by 16 News)",
    url: "http://www.16news.com.au/index.php/page/287/?cat=2&page=589",
    meetingDate: "2022-12-21",
    region: "East Asia",
    kind: "joint outcomes statement after a foreign ministers' strategic dialogue",
    terms: AU_FM_COPY("16 News (16news.com.au)"),
    stored: true,
    sha256: "e2f24e56d9e66618735d19bef873ca0d5fa86d84a20b2f9dcff5352729911d96",
    summary:
      "Wong and Wang Yi hold the sixth Foreign and Strategic Dialogue in Beijing: a relationship based on mutual respect, dialogue to be started or restarted in six listed areas, and support for people-to-people exchanges.",
    pledges: [
      {
        anchor: "Bilateral relations",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "Trade and economic issues",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "Consular affairs",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "Climate change",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "Defence, and",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "Regional and international issues",
        why: "Verbless list item after the promise lead-in 'agreed to … commence or restart dialogue in areas including:'.",
      },
      {
        anchor: "agreed to support people-to-people exchanges, including the 1.5 track High-Level Dialogue",
        why: "'Agreed to' support that names what is to be done: the 1.5 track dialogue, the CEO Roundtable and business delegations.",
      },
    ],
    notPledges: [
      { anchor: "Australia-China Foreign and Strategic Dialogue Joint Outcomes Statement", why: "Title." },
      { anchor: "was held in Beijing on 21 December 2022", why: "When and where the meeting was held: itinerary." },
      {
        anchor: "met to exchange views on bilateral, regional and international issues of interest",
        why: "Participants and what was discussed.",
      },
      { anchor: "the two sides reiterated the importance of a stable, constructive relationship", why: "A view of the relationship." },
      {
        anchor: "They agreed to a relationship based on mutual respect",
        why: "'Agreed to' a kind of relationship: a general aim, nothing checkable.",
      },
      {
        anchor: "The two sides agreed to maintain high-level engagement, and to commence or restart dialogue in areas including:",
        why: "A lead-in that ends in a colon: not a pledge (its items are labelled).",
      },
    ],
  },
  {
    id: "us-tunisia-leaders-white-house-2014-04-04",
    name: "Obama–Jomaa meeting at the White House 2014: joint statement (White House, verbatim copy)",
    source: "White House (joint statement republished verbatim by reobama.com)",
    url: "http://reobama.com/joint-statement-by-the-united-states-of-america-and-the-tunisian-republic",
    meetingDate: "2014-04-04",
    region: "North Africa",
    kind: "leaders' joint statement after a White House meeting",
    terms: WHITE_HOUSE_COPY("reobama.com"),
    stored: true,
    sha256: "5d20beed0236ba49609eef2c9e6eb21bee08f8f2defef64630da94e1d0b9ac18",
    summary:
      "President Obama and Prime Minister Jomaa reaffirm the US–Tunisia strategic partnership; Tunisia's democratic transition, its intention to hold elections before the end of 2014 and the US offer of election assistance and observers (the opening of a longer statement).",
    pledges: [
      {
        anchor:
          "intention to give all necessary support to ensure the holding of free, fair, and transparent parliamentary and presidential elections before the end of 2014",
        why: "One party's own pledge (Tunisia), with a deadline: elections before the end of 2014.",
      },
      {
        anchor: "the United States is prepared to provide additional assistance for the elections",
        why: "One party's own pledge (the United States): to provide election assistance.",
      },
      {
        anchor: "to participate in the delegation of international election observers",
        why: "Second undertaking of the same sentence: the United States to join the observer delegation.",
      },
    ],
    notPledges: [
      {
        anchor: "reaffirmed the strategic partnership between the United States and Tunisia",
        why: "Restated support for a partnership, nothing to be done.",
      },
      { anchor: "The two leaders discussed the historic progress", why: "What was discussed." },
      {
        anchor: "The two leaders also emphasized their commitment to advancing our shared interests",
        why: "A commitment whose whole object is a general aim.",
      },
      { anchor: "Support for Tunisia’s Historic Democratic Transition:", why: "Heading." },
      { anchor: "Prime Minister Jomaa briefed President Obama on recent developments", why: "Past activity and background." },
      { anchor: "He also noted the establishment of the Independent Elections Commission", why: "Background: progress already made." },
      { anchor: "The President commended the compromises", why: "Praise of past actions." },
      { anchor: "He lauded Tunisia’s efforts to advance its democracy", why: "Praise of past actions." },
    ],
  },
  {
    id: "philippines-us-bilateral-strategic-dialogue-manila-2015-01-21",
    name: "Fifth Philippines–US Bilateral Strategic Dialogue, Manila 2015: joint statement (Philippine Department of Foreign Affairs)",
    source: "Philippine Department of Foreign Affairs (dfa.gov.ph)",
    url: "https://dfa.gov.ph/dfa-news/dfa-releasesupdate/5190-fifth-philippines-united-states-bilateral-strategic-dialogue",
    meetingDate: "2015-01-21",
    region: "South-East Asia",
    kind: "joint statement after a bilateral strategic dialogue",
    terms: DFA_PH,
    stored: true,
    sha256: "d2e720dc988e330ddf2ef3c46d94c907a9a89b510785522f8928b71043694e6e",
    summary:
      "The fifth BSD in Manila: the Mutual Defense Treaty reaffirmed, continued efforts on defence capabilities, maritime security and disaster risk management, economic and MCC cooperation, rule of law and transnational crime.",
    pledges: [
      {
        anchor:
          "We decided to continue mutually beneficial efforts to reinforce our respective national and collective defense capabilities",
        why: "'Will continue to' plus something concrete: efforts on defence capabilities, including counter-terrorism.",
      },
      {
        anchor: "to strengthen maritime security and maritime domain awareness",
        why: "Second undertaking of the same 'decided to' sentence: maritime security and domain awareness.",
      },
      {
        anchor: "to enhance disaster risk management, disaster preparedness, and rapid response",
        why: "Third undertaking of the same 'decided to' sentence: disaster risk management and rapid response.",
      },
    ],
    notPledges: [
      { anchor: "21 January 2015\n", why: "Dateline." },
      { anchor: "JOINT STATEMENT", why: "Heading." },
      { anchor: "was held in Manila, the Philippines, on 20-21 January 2015", why: "When and where the dialogue was held." },
      { anchor: "addressed medium and long-term strategies", why: "What the dialogue addressed: discussion." },
      {
        anchor: "We reaffirmed our steadfast commitment to the Mutual Defense Treaty of 1951",
        why: "Restated support for an alliance treaty, nothing to be done.",
      },
      {
        anchor: "We decided to explore new opportunities and innovative frameworks",
        why: "A decision whose whole object is a general aim (exploring opportunities to deepen a partnership).",
      },
      {
        anchor: "We welcomed the willingness of the Millennium Challenge Corporation",
        why: "A welcome, and an intent whose object is a general aim (that the compact's projects contribute to development).",
      },
      { anchor: "We also discussed collaboration in science and technology", why: "What was discussed." },
      {
        anchor: "We underscored our shared commitment to respecting the rule of law",
        why: "Restated commitment to a principle, and what was discussed.",
      },
    ],
  },
  {
    id: "rok-viet-nam-foreign-ministers-hanoi-2021-06-23",
    name: "Korea–Viet Nam foreign ministers' meeting, 2021 (MOFA Korea)",
    source: "Ministry of Foreign Affairs of the Republic of Korea",
    url: "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321735&srchFr=&amp;srchTo=&amp;srchWord=&amp;srchTp=&amp;multi_itm_seq=0&amp;itm_seq_1=0&amp;itm_seq_2=0&amp;company_cd=&amp;company_nm=",
    meetingDate: "2021-06-23",
    region: "South-East Asia",
    kind: "foreign ministers' meeting during an official visit",
    terms: MOFA_KOREA,
    stored: true,
    sha256: "b38cd177035abf859ec353892b6e7ecda342e964f1dbb432a8eb3c8bb038f412",
    summary:
      "Chung Eui-yong and Bui Thanh Son meet in Viet Nam: the partnership to be elevated for the 30th anniversary, an Eminent Persons Group to be set up, Korea's hopes on security and trade cooperation.",
    pledges: [
      {
        anchor: "agreed to elevate the current “Strategic Cooperative Partnership” to a higher level",
        why: "'Agreed to' plus an action with a date: elevate the partnership on the 30th anniversary (2022).",
      },
      {
        anchor: "decided to establish an “Eminent Persons Group”",
        why: "Decision to set up a named body with a task (a blueprint for upgrading ties).",
      },
    ],
    notPledges: [
      { anchor: "Outcome of Korea-Viet Nam Foreign Ministers’ Meeting", why: "Title." },
      {
        anchor: "had a meeting and an official luncheon with Minister of Foreign Affairs of Viet Nam",
        why: "Who met, where, and what was discussed.",
      },
      { anchor: "Foreign Minister Chung stressed that Viet Nam is a key partner", why: "A view, and history of the relationship." },
      {
        anchor: "He added that he looked forward to working closely with the new government of Viet Nam",
        why: "'Look forward to' without an event the parties are to hold.",
      },
      { anchor: "Foreign Minister Chung said that he hopes for stronger strategic cooperation", why: "A hope." },
      {
        anchor: "suggested that the two countries continue enhancing bilateral cooperation in trade and investment",
        why: "One side's suggestion, after a view of past trade: not an undertaking.",
      },
    ],
  },
  {
    id: "rok-uzbekistan-foreign-ministers-seoul-2011-07-04",
    name: "ROK–Uzbekistan foreign ministers' meeting, Seoul 2011 (MOFA Korea)",
    source: "Ministry of Foreign Affairs of the Republic of Korea",
    url: "http://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=311287&srchFr=&amp;srchTo=&amp;srchWord=&amp;srchTp=&amp;multi_itm_seq=0&amp;itm_seq_1=0&amp;itm_seq_2=0&amp;company_cd=&amp;company_nm=",
    meetingDate: "2011-07-04",
    region: "Central Asia",
    kind: "foreign ministers' meeting on the margins of a regional forum",
    terms: MOFA_KOREA,
    stored: true,
    sha256: "a462fd78b79582b9a098898566c25a777a56e8faa92a061a2990a5194a3054fd",
    summary:
      "Kim Sung-hwan and Kamilov meet during the ROK–Central Asia Cooperation Forum: satisfaction with cooperation, Korea's call for support for energy and mining projects, and Uzbekistan's promise to implement the temporary employment agreement.",
    pledges: [
      {
        anchor: "Minister Kamilov promised to take necessary measures with relevant ministries to fully implement the agreement",
        why: "One party's own pledge: Uzbekistan to take measures to implement a named agreement.",
      },
    ],
    notPledges: [
      { anchor: "Outcome of the ROK-Uzbekistan Foreign Ministers’ Meeting", why: "Title." },
      { anchor: "Foreign Minister Kim Sung-Hwan met with Uzbek Foreign Minister Kamilov", why: "Who met, when, and what was discussed." },
      {
        anchor: "the two Ministers expressed satisfaction with the two countries’ progress",
        why: "Satisfaction with past progress: a view.",
      },
      { anchor: "Minister Kim called for Minister Kamilov’s interest and support", why: "One side's request, not an undertaking." },
      { anchor: "Spokesperson and Deputy Minister for Public Relations of MOFAT", why: "Byline." },
      { anchor: "* unofficial translation", why: "Note on the translation." },
    ],
  },
  {
    id: "gcc-australia-strategic-dialogue-abu-dhabi-2011-03-08",
    name: "First GCC–Australia Joint Ministerial Meeting on Strategic Dialogue, Abu Dhabi 2011 (Australian Foreign Minister)",
    source: "Australian Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/releases/Pages/2011/kr_mr_110308c.aspx?ministerid=2",
    meetingDate: "2011-03-08",
    region: "Middle East",
    kind: "joint statement after the first ministerial meeting of a strategic dialogue",
    terms: AU_FM,
    stored: true,
    sha256: "a594517bd120c1693f70ed12401e7399a3a689accc53a135cdc331b885340482",
    summary:
      "Rudd meets GCC ministers in Abu Dhabi for the first Strategic Dialogue: who attended, welcomes of growing ties, the MoU signed, and annual foreign-minister meetings in alternating locations.",
    pledges: [
      {
        anchor: "the two sides agreed to hold annual meetings at Foreign Minister level to be held on alternating basis",
        why: "'Agreed to' hold meetings the parties are to hold: annual, alternating.",
      },
    ],
    notPledges: [
      { anchor: "First Joint Ministerial Meeting on GCC-Australia Strategic Dialogue", why: "Title." },
      { anchor: "Abu Dhabi, United Arab Emirates\n\n8 March 2011", why: "Dateline (place and date)." },
      { anchor: "was held in Abu Dhabi, United Arab Emirates, on 8 March 2011", why: "When and where the meeting was held." },
      { anchor: "The GCC was represented by His Highness", why: "List of participants." },
      { anchor: "Australia was represented by the Honorable Mr. Kevin Rudd", why: "List of participants." },
      { anchor: "Australia and the GCC welcomed the growth in relations", why: "A welcome." },
      {
        anchor: "The two sides shared important and growing economic and strategic interests",
        why: "Background on shared interests and people-to-people links.",
      },
      {
        anchor: "The two sides agreed that GCC-Australia Strategic Dialogue constituted an important step forward",
        why: "'Agreed that' followed by a view.",
      },
      {
        anchor: "in which they signed the Memorandum of Understanding that establishes a mechanism for this dialogue",
        why: "A welcome and a document signed at the meeting (history).",
      },
    ],
  },
  {
    id: "us-kazakhstan-espd-washington-2022-12-05",
    name: "US–Kazakhstan Enhanced Strategic Partnership Dialogue, Washington 2022 (State Department joint statement, verbatim copy)",
    source: "US Department of State (media note republished verbatim by EIN Presswire)",
    url: "https://www.einpresswire.com/article/605115258/joint-statement-on-the-united-states-kazakhstan-enhanced-strategic-partnership-dialogue",
    meetingDate: "2022-12-05",
    region: "Central Asia",
    kind: "joint statement after an annual strategic partnership dialogue",
    terms: US_STATE_COPY("EIN Presswire (from the US Mission to Kazakhstan)"),
    stored: true,
    sha256: "c004281cc4dbeb3aa13986987d928fadd815f90272bcab71597f8acf80e435ed",
    summary:
      "Donald Lu hosts Kairat Umarov for the annual ESPD: topics discussed, Kazakhstan's call for permanent normal trade relations, US support for sovereignty and reforms, and the next ESPD in 2023.",
    pledges: [
      {
        anchor: "the intention to hold the next ESPD in 2023",
        why: "Intention to hold the next session, dated: a meeting the parties are to hold.",
      },
    ],
    notPledges: [
      { anchor: "MEDIA NOTE", why: "Heading." },
      { anchor: "OFFICE OF THE SPOKESPERSON", why: "Byline." },
      { anchor: "DECEMBER 6, 2022", why: "Dateline." },
      { anchor: "The text of the following statement was released by the Governments", why: "Introductory note on the text." },
      { anchor: "Begin Text:", why: "Marker." },
      { anchor: "welcomed First Deputy Foreign Minister of Kazakhstan Kairat Umarov", why: "Who met, when and where." },
      { anchor: "The U.S.-Kazakhstan ESPD was established as an annual platform", why: "Background on the dialogue." },
      { anchor: "the U.S. and Kazakhstani delegations discussed regional geopolitical issues", why: "What was discussed." },
      {
        anchor: "The Kazakhstani side highlighted the need to establish permanent normal trade relations",
        why: "One side's view of a need, not an undertaking.",
      },
      {
        anchor: "Assistant Secretary Lu also reaffirmed unwavering U.S. support",
        why: "Restated support for a country's sovereignty, nothing to be done.",
      },
      {
        anchor: "underscored Kazakhstan’s commitment to implementing the reform agenda",
        why: "A commitment whose whole object is a general aim.",
      },
      {
        anchor: "The United States reiterated its strong support for Kazakhstan’s economic, political, and social reforms",
        why: "Restated support, nothing named to be done or given.",
      },
      { anchor: "The two sides also discussed the importance of continued high-level visits", why: "What was discussed." },
      { anchor: "End Text.", why: "Marker." },
    ],
  },
  {
    id: "japan-us-foreign-ministers-washington-2018-06-06",
    name: "Japan–US foreign ministers' meeting, Washington 2018 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/na/na1/us/page4e_000853.html",
    meetingDate: "2018-06-06",
    region: "East Asia / North America",
    kind: "foreign ministers' meeting before a summit",
    terms: MOFA_JAPAN,
    stored: true,
    sha256: "1f59c661f0f9e0671a4777d4a68255c9cae069ea1cb0166fdd4b133a02be50a9",
    summary:
      "Kono and Pompeo meet ahead of the US–North Korea summit: coordination, continued measures on North Korea, the need for complete dismantlement, and the abductions issue to be raised at the summit.",
    pledges: [
      {
        anchor: "they will continue conducting current measures in order to elicit concrete action from North Korea",
        why: "'Will continue to' plus something concrete: the measures now in force against North Korea.",
      },
      {
        anchor: "the abductions issue will be raised at the U.S.-North Korea Summit Meeting",
        why: "One party (the United States) is to raise a named issue at a named meeting: checkable.",
      },
    ],
    notPledges: [
      { anchor: "Japan-U.S. Foreign Ministers’ Meeting", why: "Title." },
      { anchor: "held a Japan-U.S. foreign ministers’ meeting with the Honorable Mike Pompeo", why: "Who met, when and how long." },
      { anchor: "The overview of the meeting is as follows.", why: "Introductory sentence." },
      {
        anchor: "Foreign Minister Kono closely coordinated future policies with Secrtary of State Pompeo",
        why: "Past activity at the meeting.",
      },
      { anchor: "Secretary of State Pompeo explained the status of preparations", why: "What was discussed." },
      {
        anchor:
          "will coordinate closely to ensure that the U.S.-North Korea Summit Meeting contributes to resolving outstanding issues of concern",
        why: "Close coordination toward a general aim (that the summit helps resolve issues): nothing checkable.",
      },
      { anchor: "once again confirmed the necessity for North Korea to dismantle", why: "A view of what a third party must do." },
    ],
  },
  {
    id: "us-indonesia-comprehensive-strategic-partnership-2023-11-13",
    name: "Biden–Widodo meeting, Washington 2023: leaders' joint statement elevating relations to a Comprehensive Strategic Partnership (White House)",
    source: "White House",
    url: "https://www.whitehouse.gov/briefing-room/statements-releases/2023/11/13/joint-statement-from-the-leaders-of-the-united-states-and-the-republic-of-indonesia-elevating-relations-to-a-comprehensive-strategic-partnership/",
    meetingDate: "2023-11-13",
    region: "South-East Asia",
    kind: "leaders' joint statement during a White House visit",
    terms: WHITE_HOUSE,
    stored: true,
    sha256: "f1f15ae9141e3c58de2771670d67801f5f61d28272fe4448cd3291ea68f5c7da",
    summary:
      "Biden welcomes Widodo: the two leaders commit to elevate relations to a Comprehensive Strategic Partnership, intend to expand cooperation, and reaffirm inclusive growth (the opening of a longer statement).",
    pledges: [
      {
        anchor: "commit to elevate the U.S.-Indonesia relationship to a Comprehensive Strategic Partnership",
        why: "Both parties commit to a concrete, checkable step: the elevation of the relationship's status.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement from the Leaders of the United States and the Republic of Indonesia", why: "Title." },
      { anchor: "is honored to welcome Indonesian President Joko Widodo to Washington", why: "The visit: itinerary." },
      { anchor: "The two leaders mark a historic new phase", why: "A view of the relationship." },
      { anchor: "the two countries have made remarkable strides", why: "History." },
      {
        anchor: "intend to further expand cooperation on all issues of common concern",
        why: "An intention whose whole object is a general aim.",
      },
      { anchor: "intend to remain deep friends and close partners", why: "An intention whose whole object is a general aim." },
      { anchor: "Promoting Inclusive Economic Growth through Innovation", why: "Heading." },
      { anchor: "The two leaders reaffirm the importance of innovation-driven, inclusive economic growth", why: "A view." },
    ],
  },
  {
    id: "japan-russia-foreign-ministers-munich-2019-02-16",
    name: "Japan–Russia foreign ministers' meeting, Munich 2019 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/erp/rss/northern/page1e_000263.html",
    meetingDate: "2019-02-16",
    region: "Europe / East Asia",
    kind: "foreign ministers' meeting (second round of peace treaty negotiations)",
    terms: MOFA_JAPAN,
    stored: true,
    sha256: "5c2140483abfb17692e0b56157e42631d7064bc9439ac3c9ac9f0724a4deaf12",
    summary:
      "Kono and Lavrov hold the second round of peace treaty negotiations in Munich: a candid exchange, talks between the leaders' special representatives, a Lavrov visit to Japan to be arranged, and joint economic activities discussed.",
    pledges: [
      {
        anchor: "the Special Representatives of the two leaders will hold negotiations in the near future",
        why: "Named officials of the parties are to hold negotiations: a meeting the parties are to hold.",
      },
      {
        anchor: "the two sides will make arrangements for Minister Lavrov to visit Japan for the next round of negotiations",
        why: "Second undertaking of the same sentence: arranging a ministerial visit for the next round.",
      },
    ],
    notPledges: [
      { anchor: "February 16, 2019", why: "Dateline." },
      { anchor: "Japan-Russia Foreign Ministers’ Meeting(greeting)", why: "Photo caption." },
      { anchor: "Japan-Russia Foreign Ministers’ Meeting(handshake)", why: "Photo caption." },
      { anchor: "Japan-Russia Foreign Ministers’ Meeting(talks)", why: "Photo caption." },
      {
        anchor: "held a Japan-Russia Foreign Ministers’ Meeting for approximately 1 hour and 40 minutes",
        why: "Who met, where and how long.",
      },
      { anchor: "This was the second round of negotiations regarding a peace treaty", why: "Background." },
      { anchor: "1. Issue of concluding a peace treaty", why: "Heading." },
      { anchor: "The two ministers conducted an in-depth exchange", why: "Past activity at the meeting." },
      { anchor: "the discussions became heated at times", why: "Description of the talks." },
      { anchor: "The two ministers discussed concrete ways forward", why: "What was discussed." },
    ],
  },
  {
    id: "us-uzbekistan-strategic-partnership-dialogue-2024-11-13",
    name: "Fourth US–Uzbekistan Strategic Partnership Dialogue, Washington 2024 (State Department joint statement, verbatim copy)",
    source: "US Department of State (joint statement republished verbatim by WireNews)",
    url: "https://wirenn.com/post/joint-statement-on-the-united-states-uzbekistan-strategic-partnership-dialogue",
    meetingDate: "2024-11-13",
    region: "Central Asia",
    kind: "joint statement after an annual strategic partnership dialogue",
    terms: US_STATE_COPY("WireNews (wirenn.com)"),
    stored: true,
    sha256: "d3d3784dfbdc194ca9497612dc6e87c13b6a8424948d0212aa9b0f8c06173d54",
    summary:
      "Donald Lu and Muzaffar Madrakhimov lead the fourth SPD: the dialogue to be elevated to an Enhanced SPD, the partnership discussed, US support for sovereignty, critical minerals progress.",
    pledges: [
      {
        anchor: "both sides agreed to elevate its status to that of an Enhanced Strategic Partnership Dialogue (ESPD)",
        why: "'Agreed to' plus a checkable action on a named mechanism: raise the dialogue to an ESPD.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement on the United States-Uzbekistan Strategic Partnership Dialogue", why: "Title." },
      { anchor: "The text of the following statement was released by the Governments", why: "Introductory note on the text." },
      { anchor: "Begin Text", why: "Marker." },
      { anchor: "led the fourth annual Strategic Partnership Dialogue (SPD)", why: "Who met, when and where." },
      { anchor: "This dialogue is an invaluable forum", why: "A view of the dialogue." },
      { anchor: "The delegations discussed the growing partnership", why: "What was discussed." },
      {
        anchor: "The United States reaffirmed its unwavering support for Uzbekistan’s independence",
        why: "Restated support for a country, nothing to be done.",
      },
      { anchor: "Both sides declared the importance of continuing close consultations", why: "A view, and a celebration of cooperation." },
      { anchor: "have seen significant progress in the critical minerals sector", why: "History: an MOU already signed." },
    ],
  },
  {
    id: "japan-germany-foreign-ministers-hiroshima-2016-04-10",
    name: "Japan–Germany foreign ministers' meeting, Hiroshima 2016 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/erp/c_see/de/page4e_000411.html",
    meetingDate: "2016-04-10",
    region: "Europe / East Asia",
    kind: "foreign ministers' meeting on the margins of a G7 ministerial",
    terms: MOFA_JAPAN,
    stored: true,
    sha256: "8c4a8988a78ce51287f196b2dfff80fbc8b99067f070641da5df33bc4fa4e69b",
    summary:
      "Kishida and Steinmeier meet in Hiroshima: condolences, cooperation for the G7 foreign ministers' meeting and on UN Security Council reform negotiations, regional situations discussed.",
    pledges: [
      {
        anchor: "they will continue to cooperate closely for the success of the G7 Hiroshima Foreign Ministers’ Meeting",
        why: "'Will continue to' plus something concrete: cooperation on a named meeting.",
      },
      {
        anchor: "agreed to work in close cooperation on the intergovernmental negotiations based on written agreements in New York",
        why: "'Agreed to' plus a concrete action: joint work in the named UN Security Council reform negotiations.",
      },
    ],
    notPledges: [
      { anchor: "April 10, 2016", why: "Dateline." },
      { anchor: "held a meeting with H.E. Dr. Frank-Walter Steinmeier", why: "Who met, when and where." },
      { anchor: "The overview of the meeting is as follows.", why: "Introductory sentence." },
      { anchor: "Minister Kishida expressed his pleasure at being able to meet", why: "Greetings." },
      { anchor: "Minister Kishida also extended his condolences", why: "Condolences." },
      { anchor: "Minister Steinmeier said he was pleased to be able to visit Hiroshima again", why: "Greetings and regret." },
      { anchor: "the two ministers discussed the situations in Russia-Ukraine", why: "What was discussed." },
      {
        anchor: "both ministers shared the view that they will continue to work together towards the further development",
        why: "A shared view whose whole object is a general aim (developing relations).",
      },
      { anchor: "Back to Japan-Germany Relations", why: "Website navigation link." },
    ],
  },
  {
    id: "australia-timor-leste-foreign-ministers-dili-2018-07-30",
    name: "Australia–Timor-Leste foreign ministers, Dili 2018: joint communiqué (DFAT)",
    source: "Department of Foreign Affairs and Trade (Australia)",
    url: "https://www.dfat.gov.au/geo/timor-leste/Pages/joint-communique",
    meetingDate: "2018-07-30",
    region: "South-East Asia",
    kind: "joint communiqué after a foreign minister's visit",
    terms: DFAT,
    stored: true,
    sha256: "8b94c8ea287286c79e27aa13b2b429a01cc29d4d39c7e1e0da888834a426f649",
    summary:
      "Babo Soares hosts Bishop in Dili: a new chapter and revitalised partnership, people-to-people links, and the Maritime Boundary Treaty's ratification to be prioritised (the opening of a longer communiqué).",
    pledges: [
      {
        anchor: "The Ministers committed to prioritising the ratification of the Maritime Boundary Treaty",
        why: "A commitment to a concrete, checkable step: ratifying a named treaty.",
      },
    ],
    notPledges: [
      { anchor: "Joint Communiqué", why: "Heading." },
      { anchor: "A new chapter and revitalised partnership", why: "Sub-heading." },
      { anchor: "30 July 2018", why: "Dateline." },
      { anchor: "hosted the Hon Julie Bishop MP", why: "Who met, when and where: itinerary." },
      { anchor: "Ms. Bishop met with HE the President of the Republic", why: "Itinerary." },
      {
        anchor: "The Ministers committed to a new chapter in the bilateral relations",
        why: "A commitment whose whole object is a general aim.",
      },
      { anchor: "The Ministers had an extensive discussion on bilateral relations", why: "What was discussed, and a view." },
      {
        anchor: "The Ministers committed to a revitalised partnership for the future",
        why: "A commitment whose whole object is a general aim.",
      },
      {
        anchor: "The Ministers restated their commitment to a partnership based on mutual respect and trust",
        why: "Restated commitment to a principle.",
      },
      { anchor: "The Ministers acknowledged that deep people-to-people connections", why: "A view and background." },
      { anchor: "welcomed the historic signing of the Treaty between Australia", why: "A welcome of a past signing (history)." },
    ],
  },
  {
    id: "australia-timor-leste-prime-ministers-dili-2026-01-29",
    name: "Albanese's visit to Dili and the Parseria Foun ba Era Foun declaration, 2026 (Prime Minister of Australia media release, verbatim copy)",
    source: "Prime Minister of Australia (media release republished verbatim by Mirage News)",
    url: "https://www.miragenews.com/strengthening-our-partnership-with-timor-leste-1609884",
    meetingDate: "2026-01-29",
    region: "South-East Asia",
    kind: "media release after a prime minister's official visit and a joint declaration",
    terms: AU_PM_COPY("Mirage News (miragenews.com)"),
    stored: true,
    sha256: "8f9cd108c32a2fc412edbd05cc623aed49d446ebc7320899335ebe55a51fc5a2",
    summary:
      "Albanese meets Ramos-Horta and Gusmão in Dili and signs the Parseria Foun ba Era Foun declaration; an Economic Cooperation Package (.2 million for ASEAN/WTO, an 0 million private-sector programme), a 20 million human development initiative and a share of Greater Sunrise revenue for an infrastructure fund.",
    pledges: [
      {
        anchor: "announced an Economic Cooperation Package for Timor‑Leste, which includes a further $8.2 million",
        why: "One party's own pledge: Australia will provide a named sum for a named purpose.",
      },
      {
        anchor: "The package also includes an $80 million Private Sector Development Program",
        why: "One party's own pledge: a funded programme to be delivered.",
      },
      {
        anchor: "announced a new $220 million Human Development Initiative",
        why: "One party's own pledge: a funded initiative to be delivered.",
      },
      {
        anchor: "committed to allocate ten per cent of Australia and Timor-Leste's combined future upstream revenue",
        why: "A conditional commitment ('once finalised') to allocate revenue to a named fund: pledge.",
      },
    ],
    notPledges: [
      { anchor: "Strengthening Our Partnership With Timor-Leste", why: "Title." },
      { anchor: "has concluded his first visit to Timor-Leste as Prime Minister", why: "The visit: itinerary." },
      { anchor: "In Dili, he met His Excellency President Dr José Ramos-Horta", why: "Itinerary." },
      { anchor: "The Prime Minister also addressed the Parliament of Timor-Leste", why: "Itinerary." },
      { anchor: "signed a joint declaration establishing Parseria Foun ba Era Foun", why: "A document signed at the meeting (history)." },
      { anchor: "The declaration is the first of its kind", why: "A view of the declaration." },
      {
        anchor: "Parseria is a demonstration of our shared commitment to:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
      {
        anchor: "an open, stable and prosperous region;",
        why: "List item whose whole object is a general aim (a region), under a lead-in that describes the declaration.",
      },
      { anchor: "cooperation, consultation and mutual respect for national sovereignty;", why: "List item: general aims and a principle." },
      {
        anchor: "support Timor-Leste's nation building priorities; and",
        why: "List item: support with nothing named to be done or given (a general aim).",
      },
      { anchor: "strengthen community links.", why: "List item whose whole object is a general aim." },
    ],
  },
  {
    id: "australia-japan-new-zealand-pacific-donor-cooperation-2006-05-27",
    name: "Australia–Japan–New Zealand joint statement on enhanced donor cooperation, PALM4 Okinawa 2006 (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/asia-paci/spf/palm2006/joint.html",
    meetingDate: "2006-05-27",
    region: "Pacific",
    kind: "trilateral joint statement at a summit (Pacific Islands Leaders Meeting)",
    terms: MOFA_JAPAN,
    stored: true,
    sha256: "63c65e8d729cc2507ec3e90feba4edf206a98818d51e37b2543fe8f6e687fea1",
    summary:
      "At PALM4 the three donor governments note the Pacific Plan, reconfirm support for it, and decide to strengthen policy dialogue among their aid agencies' senior officials (the opening of a longer statement).",
    pledges: [
      {
        anchor:
          "decided to strengthen policy dialogue on development issues in the Pacific region among the senior officials of the aid agencies",
        why: "Decision to strengthen a named dialogue among named officials: checkable.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement on Enhanced Donor Cooperation for", why: "Title (first line)." },
      { anchor: "by Australia, Japan and New Zealand", why: "Title (last line)." },
      { anchor: "27 May 2006", why: "Dateline." },
      { anchor: "have made the following joint statement:", why: "A lead-in that ends in a colon (its numbered items are labelled)." },
      {
        anchor: "the three Governments noted the determination by the Pacific island countries",
        why: "Noting others' efforts: background.",
      },
      { anchor: "The three Governments recognised that ownership of the implementation", why: "A view." },
      {
        anchor: "reconfirmed their commitment to support the Pacific island countries",
        why: "Restated support with nothing named to be done or given.",
      },
      {
        anchor: "Such dialogue is intended to facilitate the exchange of views on aid policies",
        why: "The purpose of the dialogue: an aim.",
      },
      {
        anchor: "The three Governments also recognise that strengthened policy dialogue with other donor countries is desirable",
        why: "A view.",
      },
    ],
  },
];
