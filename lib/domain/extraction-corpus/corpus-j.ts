// Corpus J of the real-readout corpus (issue 14): a second BLIND HELD-OUT set ("blind-held-out-2"). Ten readouts of
// bilateral or small-group meetings in Latin America, Central Asia, the Middle East, Africa, South-East Asia, the Pacific
// and Europe/Indo-Pacific, published by the US Department of State (five verbatim copies on other sites and one US
// Embassy original), the Australian Minister for Foreign Affairs, the Prime Minister of Australia and the Australian
// Department of the Prime Minister and Cabinet (PM Transcripts). 28 pledges in all.
// Labelled on 2026-11-28 by a helper session, following docs/extraction-labelling-guide.md, blind to the extraction
// rules, their vocabulary and any score (none of those files was opened or run). A held-out set: to be scored once.
// Each text is the opening of the page as stored by the public-pages search, with website chrome removed at the start
// (site menus, a blog's post date, the page-store's date line) and a cut-off last sentence or list item removed at the
// end; nothing else was edited. Where the original was not in the page store, a verbatim copy on another site was used
// and `source` and `terms` say so.
// Left unlabelled: the heading "Joint Statement" of afghanistan-turkmenistan-us-trilateral-2020-10-08 (the same words
// end the title line, so no anchor inside the heading can be unique), and the dateline "May 22, 2019" of
// us-ecuador-expanded-political-dialogue-quito-2019-05-22 (the date recurs in the first sentence); both are headings,
// not pledges.

import type { CorpusReadout } from "./types";

const US_STATE_COPY = (site: string) =>
  `A joint statement released by the US Department of State, a US federal government work in the public domain (17 U.S.C. § 105); the state.gov original is not in the page store, so this is the verbatim copy republished by ${site}: the text may be stored.`;
const US_EMBASSY =
  "US Embassy release (the embassy site is the Department of State's): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";
const AU_FM =
  "Australian Minister for Foreign Affairs website (foreignminister.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const AU_PM =
  "Prime Minister of Australia website (pm.gov.au): Commonwealth of Australia material licensed under CC BY 4.0 unless marked otherwise (this page is not marked otherwise): stored with attribution.";
const PM_TRANSCRIPTS =
  "PM Transcripts is published by the Department of the Prime Minister and Cabinet, whose content is licensed under CC BY 4.0 unless marked otherwise, so the text may be kept with attribution.";

export const CORPUS_J: CorpusReadout[] = [
  {
    id: "us-argentina-high-level-dialogue-2016-08-04",
    name: "Launch of the US–Argentina High-Level Dialogue, Buenos Aires 2016 (State Department joint statement, verbatim copy)",
    source: "US Department of State (joint statement republished verbatim by Imperial Valley News)",
    url: "https://imperialvalleynews.com/index.php/news/world-news/10345-joint-statement-from-the-u-s-argentina-high-level-dialogue.html",
    meetingDate: "2016-08-04",
    region: "Latin America",
    kind: "joint statement after the launch of a high-level dialogue",
    terms: US_STATE_COPY("Imperial Valley News"),
    stored: true,
    sha256: "d5bbc19aa5d071ad1140e4013c96e95e6be739250ed588c813853a60859d27c9",
    summary:
      "Secretary Kerry and Foreign Minister Malcorra launch a High-Level Dialogue in Buenos Aires: its aims, a working lunch, further rounds later in the year and annually, and US support for Argentina's reception of Syrian refugees.",
    pledges: [
      {
        anchor: "agreed their teams would hold additional discussions under the rubric of the High-Level Dialogue later this year",
        why: "Agreed to hold a further round later this year: 'agreed to' plus a meeting the parties are to hold.",
      },
      { anchor: "with annual meetings thereafter", why: "Second undertaking of the same sentence: annual meetings after that." },
      {
        anchor:
          "The United States will support Argentina´s efforts as part of a shared responsibility by partnering with other international donors",
        why: "One party's pledge: support that names something to be done (partnering with donors on refugees).",
      },
    ],
    notPledges: [
      { anchor: "launched in Buenos Aires a High-Level Dialogue (HLD)", why: "The launch at this meeting, reported as news." },
      {
        anchor: "They agreed that the HLD will aim to deliver tangible results",
        why: "'Agreed that' followed by the dialogue's aim: a general aim, nothing checkable.",
      },
      {
        anchor: "The HLD will also address common global and regional challenges",
        why: "The scope of the dialogue (a list of topic areas): a general aim, not an undertaking an analyst could find done.",
      },
      { anchor: "Foreign Minister Malcorra hosted a working lunch", why: "Past activity at the meeting (itinerary)." },
      { anchor: "reviewed progress and built on the positive bilateral agenda", why: "Past activity; history of the Obama visit." },
      { anchor: "Addressing Global Challenges", why: "Heading." },
      { anchor: "agree on the imperative need to address the humanitarian tragedy", why: "Agreement on a need: a view." },
      { anchor: "Secretary Kerry commended President Macri’s decision", why: "Praise of a decision already taken." },
    ],
  },
  {
    id: "afghanistan-turkmenistan-us-trilateral-2020-10-08",
    name: "Afghanistan–Turkmenistan–United States Trilateral Meeting 2020 (joint statement, verbatim copy)",
    source: "US Department of State (joint statement republished verbatim by the Embassy of Afghanistan in Turkmenistan)",
    url: "http://afghanembassyturkmenistan.com/trilateral-meeting-of-afghanistan-turkmenistan-and-the-united-states-of-america-joint-statement-2/",
    meetingDate: "2020-10-08",
    region: "Central Asia",
    kind: "joint statement after a trilateral ministerial meeting (video conference)",
    terms: US_STATE_COPY("the Afghan embassy in Turkmenistan's website"),
    stored: true,
    sha256: "bbfcfbea956522b72eb8e75f4ef9cfe5c9d99e002fcfe81e55825887b9d7b11f",
    summary:
      "Hale, Atmar and Meredov meet by video: after a reaffirmation of trilateral talks, a list of what the participants intend to do on regional cooperation, democratic gains, security, people-to-people ties and women's inclusion (the last, cut-off item on trade is not included).",
    pledges: [
      {
        anchor: "Commit to engage in greater joint cooperation in support of regional security",
        why: "List item after a promise lead-in ('participants intend to:'): a pledge on its own (the call on third parties in the same item is not the pledge).",
      },
      {
        anchor: "Preserve and build upon the gains in democratization and human rights",
        why: "List item after the promise lead-in 'participants intend to:'.",
      },
      {
        anchor: "Improve security cooperation and intensify joint efforts to combat cross-border threats",
        why: "List item after the promise lead-in 'participants intend to:'.",
      },
      {
        anchor: "Identify and support opportunities to increase people-to-people ties",
        why: "List item after the promise lead-in 'participants intend to:'.",
      },
      {
        anchor: "Promote women’s meaningful inclusion, participation, and protection",
        why: "List item after the promise lead-in 'participants intend to:'.",
      },
    ],
    notPledges: [
      { anchor: "Trilateral Meeting of Afghanistan, Turkmenistan and the United States of America", why: "Title." },
      { anchor: "convened via video teleconference on October 8, 2020", why: "Who met, how and when: itinerary." },
      { anchor: "The Meeting was co-chaired by American Under Secretary", why: "List of chairs: participants." },
      { anchor: "reaffirmed the importance of trilateral discussions", why: "View of the talks' importance." },
      { anchor: "To this end, participants intend to:", why: "A lead-in that ends in a colon (its items are labelled)." },
    ],
  },
  {
    id: "australia-timor-leste-foreign-ministers-canberra-2022-02-10",
    name: "Australia–Timor-Leste Foreign Ministers' meeting, Canberra 2022 (Australian Foreign Minister)",
    source: "Australian Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/minister/marise-payne/media-release/australia-timor-leste-foreign-ministers-meeting",
    meetingDate: "2022-02-10",
    region: "South-East Asia",
    kind: "minister's media release after a bilateral foreign ministers' meeting",
    terms: AU_FM,
    stored: true,
    sha256: "eacafae91803638a724a631e8b6475696d7dc623f867626753c534494be9581d",
    summary:
      "Ministers Payne and Magno meet in Canberra and sign the first PALM labour-mobility MOU; Australia announces $6 million for Timor-Leste's ASEAN and WTO engagement, continued COVID-19 and dengue support and 1.26 million vaccine doses.",
    pledges: [
      {
        anchor: "Australia would provide $6 million over four years",
        why: "One party's pledge at a bilateral meeting: funding announced.",
      },
      {
        anchor: "Australia will continue to partner with Timor-Leste in its response to the current COVID-19 and dengue outbreaks",
        why: "'Will continue to' plus something concrete: support for the outbreak response.",
      },
      {
        anchor: "Australia would provide 1.26 million Pfizer vaccine doses through UNICEF",
        why: "One party's pledge: a quantity of doses to be delivered in 2022.",
      },
    ],
    notPledges: [
      { anchor: "Australia – Timor-Leste Foreign Ministers’ meeting", why: "Title." },
      { anchor: "have reaffirmed their close partnership at the first in-person meeting", why: "Restated partnership, reported as news." },
      { anchor: "signed the first bilateral Memorandum of Understanding (MOU)", why: "A document signed at the meeting: history." },
      { anchor: "The PALM scheme brings together the Pacific Labour Scheme", why: "Background on the scheme." },
      { anchor: "The Morrison Government recognises the outstanding contribution", why: "Appreciation." },
      { anchor: "These programs benefit both countries", why: "View." },
    ],
  },
  {
    id: "australia-france-2plus2-ministerial-consultations-2021-08-30",
    name: "Inaugural Australia–France 2+2 Ministerial Consultations 2021 (Australian Foreign Minister)",
    source: "Australian Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://www.foreignminister.gov.au/minister/marise-payne/media-release/inaugural-australia-france-22-ministerial-consultations",
    meetingDate: "2021-08-30",
    region: "Europe / Indo-Pacific",
    kind: "joint statement after foreign and defence ministers' (2+2) consultations",
    terms: AU_FM,
    stored: true,
    sha256: "3b412c359aadd6f85f1f17eaa892a897f04edea1c5c8857e2064eea351387bd8",
    summary:
      "Foreign and defence ministers of Australia and France hold their first 2+2: shared values, a report on the AFiniti initiative, continued support for regional COVID-19 responses and vaccine dose-sharing, and climate change.",
    pledges: [
      {
        anchor: "They agreed to publish a report on the Australia-France initiative (AFiniti)",
        why: "'Agreed to' publish a report: checkable.",
      },
      {
        anchor: "agreed to continue to support regional countries' responses",
        why: "'Agreed to continue to' support, named: through the distribution of vaccines.",
      },
      {
        anchor: "including through vaccine dose-sharing commitments and increasing production capacities",
        why: "Support that names something to be given (dose-sharing, production capacity), not only restated support for COVAX.",
      },
    ],
    notPledges: [
      { anchor: "Inaugural Australia-France 2+2 Ministerial Consultations", why: "Title." },
      { anchor: "Joint statement with:", why: "Byline lead-in to the list of co-signatories." },
      { anchor: "Jean-Yves Le Drian, Minister for Europe and Foreign Affairs of France", why: "Co-signatory (participants)." },
      { anchor: "Florence Parly, Minister for the Armed Forces of France", why: "Co-signatory (participants)." },
      { anchor: "The Hon Peter Dutton MP, Minister for Defence of Australia", why: "Co-signatory (participants)." },
      { anchor: "Ministers reflected on the strength of our strategic partnership", why: "View." },
      { anchor: "These discussions built on Prime Minister Morrison's official visit to Paris", why: "Background (an earlier visit)." },
      { anchor: "Ministers reaffirmed the shared values, interests and principles", why: "Restated values, nothing to be done." },
      { anchor: "Ministers highlighted the importance of strengthening the immediate global response", why: "View on importance." },
    ],
  },
  {
    id: "us-iraq-strategic-dialogue-2021-07-23",
    name: "US–Iraq Strategic Dialogue, final session, Washington 2021 (State Department joint statement, verbatim copy)",
    source: "US Department of State (joint statement republished verbatim by Caribbean News Global)",
    url: "https://caribbeannewsglobal.com/?p=32377",
    meetingDate: "2021-07-23",
    region: "Middle East",
    kind: "joint statement after a strategic dialogue",
    terms: US_STATE_COPY("Caribbean News Global"),
    stored: true,
    sha256: "89c5322b360756b5cdb0f37c1a6fd624141a53c9048ce4ea7506260a067a1029",
    summary:
      "Blinken and Hussein co-chair the final session of the Strategic Dialogue begun in June 2020: the topics, US support for the return of displaced persons and for Iraq's territorial integrity, and Iraq's commitment to protect Coalition personnel.",
    pledges: [
      {
        anchor: "the United States pledged its continued support in this regard",
        why: "One party's pledge of support for a named effort (the return of internally displaced persons).",
      },
      {
        anchor: "pledged to continue providing the resources Iraq needs to preserve its territorial integrity",
        why: "One party's pledge to keep providing resources: support that names something to be given.",
      },
      {
        anchor: "reaffirmed its commitment to protect Coalition personnel advising and enabling the Iraqi Security Forces",
        why: "One party's restated commitment to a concrete action (protecting Coalition personnel).",
      },
    ],
    notPledges: [
      { anchor: "US – Iraq strategic dialogue", why: "Title (the republishing site's headline)." },
      { anchor: "The following statement was released by the governments", why: "Byline." },
      { anchor: "co-chaired the final session of the Strategic Dialogue", why: "Who met: participants and itinerary." },
      { anchor: "The Iraqi delegation also included representatives of the Kurdistan regional government.", why: "Participants." },
      { anchor: "The two sides reaffirmed the importance of these discussions", why: "View; list of topics discussed." },
      { anchor: "The two delegations reaffirmed the principles agreed upon in the SFA.", why: "Restated principles, nothing to be done." },
    ],
  },
  {
    id: "australia-viet-nam-joint-statement-canberra-2009-09-07",
    name: "Australia–Viet Nam Joint Statement, official visit of General Secretary Nong Duc Manh 2009 (PM Transcripts)",
    source: "Australian Government, Department of the Prime Minister and Cabinet (PM Transcripts)",
    url: "https://pmtranscripts.pmc.gov.au/node/25372",
    meetingDate: "2009-09-07",
    region: "South-East Asia",
    kind: "joint statement after an official visit (leaders' talks)",
    terms: PM_TRANSCRIPTS,
    stored: true,
    sha256: "2211b1c1b645b097d5ce16227f8d5a990e4fdf1655e7a43b32648bb30ca20cff",
    summary:
      "Prime Minister Rudd and General Secretary Nong Duc Manh agree on a Comprehensive Partnership and an Action Plan to be drafted by officials; development assistance and Australia's help with the design of the Cao Lanh Bridge.",
    pledges: [
      {
        anchor: "The two sides agreed to establish the Viet Nam - Australia Comprehensive Partnership",
        why: "'Agreed to' set up something named (the partnership framework).",
      },
      {
        anchor: "agreed that officials from both countries would discuss and develop an Action Plan",
        why: "Directive to officials: develop an Action Plan.",
      },
      {
        anchor: "reiterated Australia's commitment to assist during the design phase",
        why: "One party's pledge: help with the design of a named bridge (conditional on a feasibility study still counts).",
      },
    ],
    notPledges: [
      { anchor: "paid an official visit to Australia from the 6-9 of September 2009", why: "Itinerary." },
      { anchor: "held talks with Prime Minister Kevin Rudd and with other Cabinet Ministers", why: "Itinerary." },
      { anchor: "had frank and open talks on all aspects", why: "What was discussed." },
      { anchor: "They reaffirmed the importance of the bilateral relationship", why: "View." },
      { anchor: "The Partnership lays out a clear framework", why: "Description of the partnership's content." },
      { anchor: "Prime Minister Rudd congratulated General Secretary Manh", why: "Congratulation and welcome." },
      { anchor: "General Secretary Manh welcomed Australia's role", why: "Welcome." },
      { anchor: "Both sides noted that Australia was one of the top ten donors", why: "Background figures." },
    ],
  },
  {
    id: "us-south-africa-strategic-dialogue-mou-2010-04-14",
    name: "US–South Africa Strategic Dialogue MOU signing, Washington 2010 (State Department fact sheet, verbatim copy)",
    source: "US Department of State (fact sheet republished verbatim by the US-Africa Relations Updates blog)",
    url: "https://us-africarelationsupdates.blogspot.com/2010/04/us-south-africa-strategic-dialogue-fact.html",
    meetingDate: "2010-04-14",
    region: "Africa",
    kind: "fact sheet after a foreign ministers' meeting setting up a strategic dialogue",
    terms: US_STATE_COPY("the US-Africa Relations Updates blog (blogspot.com)"),
    stored: true,
    sha256: "08e9680ebcc4d8f583224925ba78cdb1b682be780ee13861e232e39a5eb05b29",
    summary:
      "Clinton and Nkoana-Mashabane sign an MOU creating a Strategic Dialogue: who leads it, an Annual Bilateral Forum to meet in Pretoria (next in May), and a list of existing dialogues and a PEPFAR framework to be signed this year.",
    pledges: [
      {
        anchor: "The Annual Bilateral Forum will meet annually in Pretoria",
        why: "A named body of the parties will hold recurring meetings in a named place: checkable.",
      },
      { anchor: "The next forum is scheduled for May 12-13", why: "A dated event the parties are to hold." },
      {
        anchor: "have launched discussions to develop and sign a PEPFAR Partnership Framework sometime this year",
        why: "An undertaking with a deadline (sign a framework this year), beyond the ongoing talks.",
      },
    ],
    notPledges: [
      { anchor: "U.S.– South Africa Strategic Dialogue Fact Sheet", why: "Title." },
      { anchor: "U.S. Department of State", why: "Byline." },
      { anchor: "Office of the Spokesman", why: "Byline." },
      { anchor: "April, 14, 2010", why: "Dateline." },
      { anchor: "signed a Memorandum of Understanding laying out a framework", why: "A document signed at the meeting: history." },
      { anchor: "proposed the creation of this mechanism last year", why: "History." },
      {
        anchor: "The Strategic Dialogue will reinforce cooperation in key areas",
        why: "The purpose of the mechanism, a list of areas: a general aim.",
      },
      {
        anchor: "will lead the Strategic Dialogue, which will be informed by meetings",
        why: "Who chairs the mechanism and how it is fed: a description of its structure, no act or deliverable to find done.",
      },
      {
        anchor: "The following points detail existing structures and specific plans to move forward:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
      { anchor: "launched a Nonproliferation and Disarmament Dialogue", why: "History (2009)." },
      { anchor: "signed an agreement on Cooperation on Nuclear Energy Research and Development", why: "History (2009)." },
      { anchor: "An Energy Dialogue was launched on April 12, 2010.", why: "Past activity." },
    ],
  },
  {
    id: "australia-vanuatu-prime-ministers-canberra-2023-02-15",
    name: "Australia–Vanuatu Prime Ministers' talks, Canberra 2023 (Prime Minister of Australia, joint statement)",
    source: "Prime Minister of Australia (pm.gov.au)",
    url: "https://pm.gov.au/media/joint-statement",
    meetingDate: "2023-02-15",
    region: "Pacific",
    kind: "leaders' joint statement after bilateral talks",
    terms: AU_PM,
    stored: true,
    sha256: "76785a03eb64fb1d9a20b0783884a48ab56bed36713786044f3859e8552a7fa2",
    summary:
      "Prime Ministers Kalsakau and Albanese meet in Canberra: the Bilateral Security Agreement and its first measure (a building funded by Australia), a new tranche of economic support and infrastructure projects.",
    pledges: [
      {
        anchor: "Australia would fund the construction of a new home for Vanuatu’s Council of Ministers",
        why: "Agreed first measure: one party's pledge to fund a named building.",
      },
      {
        anchor: "Australia would provide a new tranche of economic support to boost priority sectors",
        why: "One party's pledge at a bilateral meeting (its advice, welcomed by the other).",
      },
    ],
    notPledges: [
      { anchor: "met for the first time and held bilateral talks on 15 February 2023 in Canberra", why: "Itinerary." },
      { anchor: "The Prime Ministers celebrated the long-standing partnership", why: "View; what was discussed." },
      {
        anchor: "warmly welcomed the signing of the Bilateral Security Agreement",
        why: "Welcome of a signed document and note of ratification work in progress (ongoing activity).",
      },
      { anchor: "The Agreement formalises Vanuatu and Australia’s deep security partnership", why: "Description of the agreement." },
      { anchor: "The Agreement also reflects Vanuatu and Australia’s commitment", why: "Description of the agreement." },
      { anchor: "The Prime Ministers discussed Australia’s financial assistance", why: "What was discussed." },
      { anchor: "The leaders welcomed progress towards new infrastructure projects", why: "Welcome of progress." },
    ],
  },
  {
    id: "us-peru-secretary-foreign-minister-washington-2024-03-14",
    name: "Blinken–González-Olaechea meeting, Washington 2024 (State Department joint statement, verbatim copy)",
    source: "US Department of State (joint statement republished verbatim by Foreign Policy Watchdog)",
    url: "https://foreignpolicywatchdog.com/united-states/joint-statement-by-secretary-of-state-antony-j-blinken-and-minister-for-foreign-affairs-javier-gonzalez-olachea-united-states-department-of-state",
    meetingDate: "2024-03-14",
    region: "Latin America",
    kind: "joint statement after a foreign ministers' meeting",
    terms: US_STATE_COPY("Foreign Policy Watchdog"),
    stored: true,
    sha256: "ea9af85d152cc195ff80b52a2f92be8504b0c2d029cb3b07988a1225392a8b03",
    summary:
      "Secretary Blinken and Foreign Minister González-Olaechea meet: the first High-Level Dialogue set for May 2024, APEC, a new working group on citizen security and organized crime, Haiti and democracy.",
    pledges: [
      {
        anchor: "including through the first High-Level Bilateral Dialogue between Peru and the United States, scheduled for May 9, 2024",
        why: "A dated event the parties are to hold (like 'look forward to' the next session), though the sentence is framed as importance.",
      },
      {
        anchor: "agreed to establish a working group to reinforce our cooperation to enhance citizen security",
        why: "'Agreed to' set up a working group.",
      },
    ],
    notPledges: [
      {
        anchor: "Joint Statement by Secretary of State Antony J. Blinken and Minister for Foreign Affairs Javier González-Olachea",
        why: "Title.",
      },
      { anchor: "The text of the following statement was released by the Governments", why: "Byline." },
      { anchor: "Begin Text", why: "Heading." },
      { anchor: "met on March 14 in Washington, D.C., to discuss a wide range", why: "Itinerary; what was discussed." },
      {
        anchor: "They also reaffirmed our joint commitment to advance economic initiatives",
        why: "Restated commitment whose object is a general aim (advancing APEC initiatives).",
      },
      {
        anchor: "they underscored the importance of supporting a successful deployment of the Haiti Multinational Security Support mission",
        why: "View on importance; support for a third party's mission with nothing named to be done by the sides.",
      },
      { anchor: "Both parties concurred that democracy is indispensable", why: "'Agreed that' followed by a view." },
    ],
  },
  {
    id: "us-ecuador-expanded-political-dialogue-quito-2019-05-22",
    name: "US–Ecuador Bilateral Expanded Political Dialogue, Quito 2019 (US Embassy Quito)",
    source: "US Embassy in Ecuador (ec.usembassy.gov)",
    url: "https://ec.usembassy.gov/bilateral-expanded-political-dialogue-joint-statement/",
    meetingDate: "2019-05-22",
    region: "Latin America",
    kind: "joint statement after a political dialogue",
    terms: US_EMBASSY,
    stored: true,
    sha256: "8b7ffa252c0e9c56d328bb3a0ed3d657a0a93dfb256499c097695144e303be0f",
    summary:
      "Under Secretary Hale and Ecuadorian officials hold the expanded political dialogue in Quito: democracy and anti-corruption, continued work on extraditions, support for economic reforms and the Trade and Investment Council.",
    pledges: [
      {
        anchor: "the two Parties agreed to continue working to facilitate pending extradition proceedings",
        why: "'Agreed to continue' plus something concrete (pending extraditions).",
      },
    ],
    notPledges: [
      { anchor: "Embassy Quito Press Release", why: "Byline." },
      { anchor: "BILATERAL EXPANDED POLITICAL DIALOGUE JOINT STATEMENT", why: "Title." },
      {
        anchor: "the Bilateral Expanded Political Dialogue between Ecuador and the United States of America took place",
        why: "Where and when the meeting took place: itinerary.",
      },
      { anchor: "The Dialogue began with a meeting between the Minister of Foreign Affairs", why: "Itinerary and participants." },
      { anchor: "there was a comprehensive review of bilateral issues", why: "What was discussed; chairs." },
      { anchor: "The two countries highlighted the importance of strengthening democracy", why: "View on importance." },
      { anchor: "acknowledged the efforts of the Ecuadorian government in stabilizing the economy", why: "Praise." },
      { anchor: "It expressed its support for reforms aimed at fiscal stability", why: "Support with nothing named to be done or given." },
      {
        anchor: "Both Parties underscored the importance of maintaining a dialogue on economic and trade issues",
        why: "Importance of an existing channel, not an undertaking to hold a meeting.",
      },
    ],
  },
];
