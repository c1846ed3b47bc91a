// Corpus F of the real-readout corpus (issue 14): eleven readouts from the Kremlin, the UK Government, the US
// White House and Department of State, the Australian Prime Minister and DFAT, the EEAS and New Zealand's MFAT,
// on meetings in the post-Soviet space, the South Caucasus, East and South-East Asia and the Pacific.
// Labelled on 28 Nov 2026 by a helper session following docs/extraction-labelling-guide.md, blind to the
// extraction rules and their output (neither the rules, the vocabulary, the review/evaluation code nor any
// extraction test was opened, and the extraction was never run on these texts).
// Each text is the opening of the page as returned by the public-pages search, with website chrome removed at the
// start (site names, breadcrumbs, banner lines, a date stamp added by the page store) and the truncated last
// sentence removed at the end; nothing else was edited. Every sentence and list item is labelled; where a dateline
// recurs in the body, the header lines are labelled together under one anchor.

import type { CorpusReadout } from "./types";

const KREMLIN =
  "kremlin.ru content is licensed under Creative Commons Attribution 4.0 International: stored with attribution (the accessible version's view-settings lines, site name and breadcrumb were dropped as chrome).";
const UK_OGL =
  "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution (a date stamp that the page store puts before the title was dropped).";
const US_GOV = "A work of the US federal government, in the public domain (17 U.S.C. § 105): the text may be stored.";
const PM_AU_REPUBLISHED =
  "The text is the Prime Minister of Australia's joint statement; pm.gov.au content is licensed under CC BY 4.0 unless marked otherwise, which allows the verbatim republication kept here, with attribution";
const DFAT =
  "dfat.gov.au content is licensed under CC BY 4.0 unless marked otherwise; no other marking shows in the stored opening, so the text may be kept with attribution (the page's country banner line was dropped as chrome).";
const EEAS =
  "EEAS website content: reuse authorised provided the source is acknowledged (the EU institutions' reuse policy, Commission Decision 2011/833/EU): stored with attribution (the site-name line was dropped as chrome).";
const MFAT =
  "mfat.govt.nz content is Crown copyright licensed under CC BY 4.0 (New Zealand Government Open Access and Licensing framework): stored with attribution (the 'News:' breadcrumb was dropped as chrome).";

export const CORPUS_F: CorpusReadout[] = [
  {
    id: "russia-belarus-presidents-st-petersburg-2017-04-03",
    name: "Putin–Lukashenko talks in St Petersburg, press statements (Kremlin)",
    source: "Kremlin (President of Russia)",
    url: "http://en.special.kremlin.ru/catalog/countries/BY/events/54178",
    meetingDate: "2017-04-03",
    region: "Eastern Europe (post-Soviet)",
    kind: "press statements after presidential talks",
    terms: KREMLIN,
    stored: true,
    sha256: "61379a98d35aef0a64fdf60b4b1bd9fd4953045ca5fc4e3f9a9860010394161b",
    summary:
      "Putin's statement after talks with Lukashenko: the oil and gas disputes to be settled within ten days, an arrangement for 2017–2019, dated steps towards common electricity and gas markets, and Russian specialists sent to inspect Belarusian food plants.",
    pledges: [
      {
        anchor: "we shall settle all our contentious issues on oil and gas",
        why: '"agreed ... we shall settle": the oil and gas disputes are to be settled (the speaker adds that the terms are fixed; the settlement is still to be carried out).',
      },
      {
        anchor: "We shall do it within ten days",
        why: "Deadline of that settlement: dated and checkable (the same undertaking, restated with its date).",
      },
      {
        anchor: "agreed on how we will operate in this area not just in 2017 but also in 2018 and 2019",
        why: '"agreed on how we will operate": a multi-year arrangement that can be found kept or not (the sentence opens with a result already reached, the trade-offs found).',
      },
      {
        anchor: "We have reiterated our commitment to set up by July 2019 the necessary rules",
        why: "Restated commitment with a concrete, dated object (rules for a united electricity market by July 2019).",
      },
      {
        anchor: "to draft joint rules for the united gas market by January 1, 2018",
        why: "Readiness restated with a dated deliverable (joint gas-market rules).",
      },
      {
        anchor: "by 2024 to draft and sign an intergovernmental agreement within the Eurasian Economic Union on a single gas market",
        why: "Second undertaking of the same sentence: an EAEU agreement by 2024.",
      },
      {
        anchor: "I asked the Government of the Russian Federation for our specialists to go to Belarus this week",
        why: "Directive to officials: specialists to work at the suspect Belarusian enterprises this week.",
      },
    ],
    notPledges: [
      { anchor: "Press statements following meeting with President of Belarus Alexander Lukashenko", why: "Title." },
      { anchor: "April 3, 2017, St Petersburg", why: "Dateline." },
      { anchor: "Vladimir Putin and Alexander Lukashenko made statements for the press", why: "Lead paragraph." },
      { anchor: "President of Russia Vladimir Putin: Good evening, colleagues,", why: "Greeting." },
      { anchor: "We would like to brief you on the results of our work", why: "Introduction." },
      { anchor: "And there are results", why: "Assessment." },
      {
        anchor: "We agreed on how and when we are going to do that",
        why: "Refers back to the settlement already labelled; names no separate action.",
      },
      { anchor: "We have found an arrangement whereby we maintain our approaches", why: "A result already reached (past)." },
      { anchor: "We spent a lot of time discussing cooperation in finance", why: "What was discussed." },
      { anchor: "We spoke at length on cooperation in agriculture", why: "What was discussed (the directive follows)." },
    ],
  },
  {
    id: "uk-japan-hiroshima-accord-2023-05-18",
    name: "UK–Japan Hiroshima Accord, No 10 press release on the day of the leaders' meeting (GOV.UK)",
    source: "UK Government (GOV.UK, Prime Minister's Office)",
    url: "https://www.gov.uk/government/news/pm-to-agree-historic-uk-japan-accord-ahead-of-g7",
    meetingDate: "2023-05-18",
    region: "East Asia / Europe",
    kind: "press release announcing a leaders' partnership accord on the day of the meeting",
    terms: UK_OGL,
    stored: true,
    sha256: "4cd756cc98f33e690650031c7243795ebf28a6d31fd0a0b5316c682c85508745",
    summary:
      "Sunak and Kishida to agree the Hiroshima Accord in Hiroshima: more UK troops in joint exercises, the Carrier Strike Group back in the Indo-Pacific in 2025, a Consult Clause, and new science and technology programmes.",
    pledges: [
      {
        anchor: "doubling UK troop numbers in upcoming joint exercises",
        why: "Concrete defence undertaking (first of three in the sentence).",
      },
      {
        anchor: "committing to deploy the Carrier Strike Group to the Indo-Pacific in 2025",
        why: "A dated deployment: checkable.",
      },
      {
        anchor: "whereby the UK and Japan commit to consult each other on important regional and global security issues",
        why: "The Consult Clause agreed at the meeting, with what the parties will do under it (consult, consider measures).",
      },
      {
        anchor: "We are also launching a set of science and technology programmes to support UK-Japan collaboration",
        why: "New programmes to be run: checkable.",
      },
    ],
    notPledges: [
      { anchor: "PM set to agree historic", why: "Title." },
      {
        anchor: "UK to step up defence cooperation with Japan to uphold stability in the Indo-Pacific",
        why: "Summary line: a general aim; the concrete undertakings it sums up are labelled in the body.",
      },
      { anchor: "PM will visit a naval base and host a business reception in Tokyo", why: "Summary line: itinerary." },
      {
        anchor: "will agree a landmark new global strategic partnership",
        why: "The outcome of the meeting itself (the accord agreed there), announced in advance: not an undertaking for later.",
      },
      { anchor: "has grown further and faster than with any other international partner", why: "Description of the relationship." },
      { anchor: "In the last six months, we have completed negotiations to join the CPTPP trade bloc", why: "History." },
      {
        anchor: "The Hiroshima Accord will cement this relationship",
        why: "Description of the accord's content and effect; its specific undertakings follow.",
      },
      { anchor: "Arriving in Tokyo on Thursday, the Prime Minister will visit a naval base", why: "Itinerary." },
    ],
  },
  {
    id: "us-vietnam-comprehensive-partnership-2013-07-25",
    name: "Obama–Truong Tan Sang joint statement on the US–Vietnam Comprehensive Partnership (White House)",
    source: "The White House (Office of the Press Secretary), as republished verbatim on the Dandelion Salad blog",
    url: "https://dandelionsalad.wordpress.com/2013/07/25/joint-statement-by-president-barack-obama-of-the-united-states-of-america-and-president-truong-tan-sang-of-the-socialist-republic-of-vietnam/",
    meetingDate: "2013-07-25",
    region: "Southeast Asia",
    kind: "leaders' joint statement after a White House visit",
    terms:
      "A White House joint statement, a work of the US federal government in the public domain (17 U.S.C. § 105), reproduced verbatim on a blog; only the White House text is kept (the blog's hashtagged title line, blog name, image credit and tag were dropped as chrome).",
    stored: true,
    sha256: "0a620801669d68b996b820697a1c29e7fc509cd9ff06dc31635017c32c4e0989",
    summary:
      "Obama and Truong Tan Sang formed a US–Vietnam Comprehensive Partnership whose mechanisms are to cover nine areas; the opening covers its principles and the first political undertakings (more high-level exchanges and dialogue mechanisms).",
    pledges: [
      {
        anchor: "decided to form a U.S.-Vietnam Comprehensive Partnership to provide an overarching framework",
        why: '"decided to form": a named partnership framework (as "agreed to elevate" in corpus A).',
      },
      {
        anchor: "The new Comprehensive Partnership will create mechanisms for cooperation in areas including",
        why: "Mechanisms to be created in named areas: checkable.",
      },
      {
        anchor: "the two sides agreed to increase high level exchanges as well as contacts at all levels",
        why: '"agreed to".',
      },
      { anchor: "and to intensify dialogue and cooperation mechanisms", why: "Second undertaking of the same sentence." },
    ],
    notPledges: [
      { anchor: "The White House", why: "Heading." },
      { anchor: "Office of the Press Secretary", why: "Heading." },
      {
        anchor: "For Immediate Release\nJuly 25, 2013",
        why: "Release line and date (one anchor: the date alone recurs in the body).",
      },
      { anchor: "President Barack Obama welcomed President Truong Tan Sang", why: "Itinerary." },
      {
        anchor: "the two Presidents affirmed their commitment to opening a new phase of bilateral relations",
        why: "Commitment whose object is a general aim.",
      },
      { anchor: "visit comes at an important time for both nations", why: "View." },
      { anchor: "They underlined the principles of the U.S.-Vietnam Comprehensive Partnership", why: "Principles of the partnership." },
      {
        anchor: "They stated that the Comprehensive Partnership is intended to contribute to peace",
        why: "A view of the partnership's purpose.",
      },
      { anchor: "Political and Diplomatic Cooperation", why: "Heading." },
    ],
  },
  {
    id: "us-pacific-islands-leaders-new-york-2019-09-27",
    name: "Pompeo's meeting with Pacific Island leaders at the UN General Assembly, fact sheet (US Embassy in Samoa)",
    source: "US Department of State (US Embassy in Samoa)",
    url: "https://ws.usembassy.gov/u-s-engagement-in-the-pacific-islands-un-general-assembly-update/",
    meetingDate: "2019-09-27",
    region: "Pacific",
    kind: "fact sheet on assistance announced at a ministerial meeting with Pacific Island leaders",
    terms: US_GOV,
    stored: true,
    sha256: "bdd1333cd47fb8d4554184d5c3ae3aa8d451369f9f914745248529d90e4e3ef9",
    summary:
      "Assistance Secretary Pompeo announced to Pacific Island leaders in New York: $65 million in new aid, over $100 million under the Pacific Pledge, more USAID staff in five countries, $10 million for disaster resilience and the $23 million electrification of Papua New Guinea.",
    pledges: [
      {
        anchor: "Secretary of State Mike Pompeo announced $65 million in new assistance",
        why: "Assistance announced at the meeting: a sum to be provided, checkable (an announcement of aid counted as an undertaking).",
      },
      {
        anchor: "the U.S. Government is committing over $100 million in new U.S. assistance to the region",
        why: '"is committing": funds to be provided.',
      },
      {
        anchor: "USAID plans to provide over $63 million in new programs over the next year",
        why: "Plan with an amount and a time frame (the doubling of assistance at the end of the sentence is its effect, not a separate undertaking).",
      },
      {
        anchor: "USAID will expand its staff presence in Fiji, Papua New Guinea",
        why: '"will expand": named posts.',
      },
      {
        anchor: "the United States plans to commit $10 million to provide support for disaster resilience",
        why: "Named amount and purposes.",
      },
      {
        anchor: "is following through on Vice President Pence’s commitment to electrify Papua New Guinea with $23 million",
        why: "A concrete commitment restated while still being carried out (electrifying PNG, $23 million): checkable.",
      },
    ],
    notPledges: [
      { anchor: "FACT SHEET", why: "Heading." },
      { anchor: "OCTOBER 3, 2019", why: "Date line." },
      {
        anchor: "This new assistance is in addition to $36.5 million announced at the 50th Pacific Islands Forum",
        why: "Background: earlier announcements and annual spending.",
      },
      {
        anchor: "This new assistance announced by Secretary Pompeo in New York on September 27 includes:",
        why: "Lead-in ending in a colon (its items are labelled).",
      },
      { anchor: "Enhancing Resilience to Environmental Challenges:", why: "Item heading; the item's undertaking is in its own sentence." },
      {
        anchor: "The United States recognizes that addressing environmental degradation and climate change is a priority",
        why: "View.",
      },
      {
        anchor: "Building Resilient Infrastructure and Expanding Connectivity:",
        why: "Item heading; the item's undertaking is in its own sentence.",
      },
      {
        anchor: "The United States is committed to improving access to electricity and open, secure, and reliable internet",
        why: "Commitment whose object is a general aim (no amount, place or date); the concrete commitment follows.",
      },
    ],
  },
  {
    id: "australia-fiji-prime-ministers-suva-2019-01-17",
    name: "Morrison–Bainimarama talks in Suva, joint statement (Prime Minister of Australia)",
    source: "Prime Minister of Australia (joint statement, as republished by Mirage News)",
    url: "https://www.miragenews.com/joint-statement-with-the-prime-minister-of-fiji/",
    meetingDate: "2019-01-17",
    region: "Pacific",
    kind: "leaders' joint statement after a prime ministerial visit",
    terms: `${PM_AU_REPUBLISHED}.`,
    stored: true,
    sha256: "736025481364a9ea48101db0b0a8ebe85a227b0e55573ad24909f34f206b0de8",
    summary:
      "Morrison and Bainimarama agreed a Fiji–Australia Vuvale Partnership to be drafted by officials, more regular high-level meetings starting with a Guest of Government visit, defence cooperation built on the Blackrock camp, a border security package and continued maritime security work.",
    pledges: [
      {
        anchor: "yesterday we agreed to elevate our bilateral relationship with the ‘Fiji-Australia Vuvale Partnership’",
        why: '"agreed to elevate": a named partnership agreement still to be concluded.',
      },
      {
        anchor: "Officials will work over the coming months to finalise the text of the agreement",
        why: "Officials tasked, with a time frame.",
      },
      { anchor: "we have agreed to hold more regular ministerial and high-level meetings and exchanges", why: '"agreed to hold".' },
      {
        anchor: "beginning with welcoming Prime Minister Bainimarama as a Guest of Government this year",
        why: "A dated visit to be hosted (second undertaking of the sentence).",
      },
      {
        anchor: "We will strengthen our defence and security cooperation",
        why: '"will strengthen", tied to a named project (the Blackrock camp redevelopment).',
      },
      { anchor: "Australia will also deliver a comprehensive border security assistance package", why: '"will deliver".' },
      {
        anchor: "We are also pleased to continue our work under the Pacific Maritime Security Program (PMSP)",
        why: '"continue" plus a named programme.',
      },
    ],
    notPledges: [
      { anchor: "Joint Statement with the Prime Minister of Fiji", why: "Title." },
      {
        anchor: "met yesterday in Suva and reaffirmed the breadth and scope of the friendship",
        why: "Itinerary and a view of the relationship.",
      },
      { anchor: "We are natural partners, with a long history of cooperation", why: "Description." },
      {
        anchor: "we are committed to working together as family to strengthen our bond",
        why: "Commitment whose object is a general aim.",
      },
      {
        anchor: "Fiji’s foundations on peacebuilding and security cooperation will be strengthened",
        why: "Expected effect of the project, not a separate undertaking.",
      },
      { anchor: "We marked the start of construction with a ceremony at the site in Nadi", why: "Past event." },
      {
        anchor: "The package of initiatives will build on long-established partnerships",
        why: "Description of the package already labelled.",
      },
    ],
  },
  {
    id: "fiji-australia-vuvale-partnership-2023-10-18",
    name: "Renewed Fiji–Australia Vuvale Partnership, signed by Albanese and Rabuka in Canberra (DFAT)",
    source: "Australian Government, Department of Foreign Affairs and Trade",
    url: "https://dfat.gov.au/node/109796",
    meetingDate: "2023-10-18",
    region: "Pacific",
    kind: "partnership declaration (principles and pillars) signed at a leaders' meeting",
    terms: DFAT,
    stored: true,
    sha256: "f632f28f8ece3540ff53c59f5bc338d8dea4359f4913ed5e1d751150cf329508",
    summary:
      "The opening of the renewed Vuvale Partnership: eight principles of conduct, then the pillars on which the partners commit to build the partnership (people-to-people links, the economy, security, international cooperation; the fifth is cut off).",
    pledges: [
      {
        anchor: "strengthening our people-to-people links, which is what makes us vuvale",
        why: "Verbless (gerund) item after a promise lead-in ('renewing our commitment to ... a partnership ... based on the following five pillars:'): a pledge on its own.",
      },
      {
        anchor: "deepening our economic relationship to achieve greater prosperity for our people",
        why: "Verbless item after the same promise lead-in.",
      },
      {
        anchor: "enhancing our security cooperation to meet common challenges",
        why: "Verbless item after the same promise lead-in.",
      },
      {
        anchor: "building our cooperation on international and regional issues",
        why: "Verbless item after the same promise lead-in.",
      },
    ],
    notPledges: [
      { anchor: "Vuvale is the word in the Fijian language for family", why: "Description." },
      { anchor: "It recognises the respect and reciprocity of our partnership", why: "Description." },
      {
        anchor: "the first iteration of the Fiji and Australia Vuvale Partnership was signed in 2019",
        why: "History.",
      },
      {
        anchor: "This renewed and elevated Vuvale Partnership is guided by expanded key principles:",
        why: "Lead-in to a list of principles (it describes, it does not promise).",
      },
      { anchor: "we engage each other with trust, respect, and understanding", why: "Principle of conduct: a value, nothing to check." },
      {
        anchor: "we share responsibility for delivering programs and policies to achieve our goals",
        why: "Principle of conduct; names no programme.",
      },
      { anchor: "we listen and speak carefully to understand our respective points of view", why: "Principle of conduct." },
      { anchor: "we acknowledge climate change is our greatest shared threat", why: "View." },
      { anchor: "we share in the common wealth of improved economic and social well-being", why: "Principle." },
      { anchor: "we help each other to grow as individual sovereign states and as partners", why: "Principle." },
      { anchor: "we foster closer linkages including between our people, institutions and societies", why: "Principle (general aim)." },
      { anchor: "we work in a considered and sustainable manner that achieves lasting outcomes", why: "Principle of conduct." },
      { anchor: "Australia and Fiji are natural partners", why: "Description." },
      {
        anchor: "in 2023 we are renewing our commitment to pass down to the next generation a partnership",
        why: "Lead-in ending in a colon: the pillars are labelled one by one.",
      },
    ],
  },
  {
    id: "australia-png-ministerial-forum-2014-12-15",
    name: "23rd Papua New Guinea–Australia Ministerial Forum, joint communiqué (DFAT)",
    source: "Australian Government, Department of Foreign Affairs and Trade",
    url: "https://dfat.gov.au/node/110095",
    meetingDate: "2014-12-15",
    region: "Pacific",
    kind: "joint communiqué of an annual ministerial forum",
    terms: DFAT,
    stored: true,
    sha256: "0a261f76ca1fd1643b72f624b7607a5120f1bb7b284402308d2aecddbc384538",
    summary:
      "Bishop and Pato co-chaired the forum in Port Moresby: a public-sector flagship program, cooperation against people smuggling, a policing partnership, security for major events including APEC 2018, and half of the aid program for infrastructure.",
    pledges: [
      {
        anchor: "Ministers agreed to a flagship program to encourage public sector strengthening",
        why: '"agreed to": a named programme.',
      },
      { anchor: "as well as continuing strong cooperation against people smuggling", why: 'Second object of the same "agreed to".' },
      { anchor: "and a long-term policing partnership", why: 'Third object of the same "agreed to".' },
      {
        anchor: "agreed to enhance cooperation on security for major events",
        why: '"agreed to enhance" (the sentence opens with a commitment to a general aim, a strong defence relationship, not counted).',
      },
      {
        anchor: "including support for Papua New Guinea's hosting of APEC in 2018",
        why: "Support that names something to be done: security support for a dated event, checkable on its own.",
      },
      {
        anchor: "the direction of fifty per cent of the aid program to infrastructure development",
        why: "Restated commitment with a concrete, checkable object (half of the aid program to infrastructure); the sentence opens with a welcome.",
      },
    ],
    notPledges: [
      {
        anchor: "15 December 2014\nThe Airways Hotel, Port Moresby, PNG",
        why: "Date and place lines (one anchor: the date alone recurs in the body).",
      },
      { anchor: "The 23rd Papua New Guinea – Australia Ministerial Forum was held", why: "Itinerary." },
      { anchor: "The Forum was co-chaired by Hon Rimbink Pato", why: "Who chaired." },
      { anchor: "Ministers' discussions reflected the depth of the bilateral relationship", why: "Description of the relationship." },
      {
        anchor: "Ministers looked forward to celebrating the 40th anniversary of Papua New Guinea's independence in 2015",
        why: "Looking forward to a national anniversary, not to an event the ministers undertake to hold.",
      },
      {
        anchor: "They agreed that this significant occasion in PNG history provided an opportunity",
        why: '"Agreed that" followed by a view.',
      },
      { anchor: "The anniversary would mark a milestone", why: "View." },
      { anchor: "Development Cooperation", why: "Heading." },
    ],
  },
  {
    id: "australia-solomon-islands-prime-ministers-honiara-2019-06-03",
    name: "Morrison–Sogavare talks in Honiara, joint statement (Prime Minister of Australia)",
    source: "Prime Minister of Australia (joint statement, as republished by the Daily Bulletin)",
    url: "https://dailybulletin.com.au/news?start=15044",
    meetingDate: "2019-06-03",
    region: "Pacific",
    kind: "leaders' joint statement after a prime ministerial visit",
    terms: `${PM_AU_REPUBLISHED} (the aggregator's site-name line was dropped as chrome).`,
    stored: true,
    sha256: "af88a180a45e76bf28c97096493726a9a8aded64942d0b60f5f3e3246c9a2a24",
    summary:
      "Morrison and Sogavare in Honiara: general commitments to work together, then Australia's concrete offers: an A$250 million infrastructure program, a study of the national transport core, and support for a new Prime Minister's Office complex and its design.",
    pledges: [
      {
        anchor: "Australia will establish a bilateral infrastructure program, worth up to A$250 million",
        why: '"will establish": amount and term.',
      },
      {
        anchor: "Australia will partner with Solomon Islands to commission a scoping and cost-benefit assessment",
        why: '"will ... commission": a named study.',
      },
      {
        anchor: "Australia will also support the build of a new Prime Minister’s Office",
        why: '"will support the build": a named building.',
      },
      {
        anchor: "Australia will work on an initial design for a new, modern building",
        why: '"will work on an initial design": a deliverable.',
      },
    ],
    notPledges: [
      { anchor: "Prime Minister - Joint Statement - Honiara", why: "Title." },
      { anchor: "Written by Scott Morrison", why: "Byline." },
      { anchor: "met today in Honiara to celebrate Australia and Solomon Islands’ partnership", why: "Itinerary." },
      { anchor: "Australia and Solomon Islands enjoy a close friendship and a shared history", why: "Description and history." },
      { anchor: "As Solomon Islands celebrates the success of its first democratic election since RAMSI", why: "View." },
      {
        anchor: "will continue to work closely together to boost our engagement by strengthening community bonds",
        why: "Commitment whose object is a general aim.",
      },
      {
        anchor: "We will work together to enhance economic growth and development in Solomon Islands",
        why: "A general aim; the concrete undertakings follow.",
      },
      {
        anchor: "The program will support key national and economic infrastructure",
        why: "Description of the programme already labelled.",
      },
    ],
  },
  {
    id: "eu-mongolia-joint-committee-2018-04-23",
    name: "First EU–Mongolia Joint Committee under the Partnership and Cooperation Agreement (EEAS)",
    source: "European External Action Service (EEAS)",
    url: "https://eeas.europa.eu/headquarters/headquarters-homepage/43364/node/43364_ku",
    meetingDate: "2018-04-23",
    region: "East Asia / Europe",
    kind: "press release on a joint committee under a partnership and cooperation agreement",
    terms: EEAS,
    stored: true,
    sha256: "c3f073b369e5daecb847f8eb6bf95475ec2f2d41c66738acab74df728c7052a5",
    summary:
      "The EU and Mongolia held their first Joint Committee in Brussels: mostly discussion (connectivity, public finance, taxation, human rights), with two undertakings: an action plan to implement the PCA and a study of a development cooperation working group within the year.",
    pledges: [
      {
        anchor: "re-affirmed the importance of further enhancing their relations by working on an action plan for implementing the PCA",
        why: "A named deliverable (an action plan for implementing the PCA) to be worked on: checkable, though framed as an 'importance'.",
      },
      {
        anchor: "Both the EU and Mongolia agreed to explore the feasibility of setting up a joint working group on development cooperation",
        why: '"agreed to explore", within the year.',
      },
    ],
    notPledges: [
      { anchor: "European Union and Mongolia hold 1st Joint Committee", why: "Title." },
      { anchor: "Bruxelles, 23/04/2018 - 15:18, UNIQUE ID: 180423_8", why: "Dateline." },
      { anchor: "Press releases", why: "Page label." },
      {
        anchor: "The European Union and Mongolia held their Joint Committee meeting on 23 April 2018 in Brussels",
        why: "Itinerary.",
      },
      { anchor: "This was the first Joint Committee held since the entry into force", why: "History." },
      { anchor: "EU-Mongolia relations have progressed extremely positively in the past months", why: "History." },
      { anchor: "They exchanged views on regional and global issues", why: "What was discussed." },
      {
        anchor: "The EU and Mongolia discussed further steps in assisting the Mongolian authorities",
        why: 'What was discussed ("discussed further steps"), not agreed.',
      },
      { anchor: "The discussions also focussed on concrete ways in which the EU can support Mongolia", why: "What was discussed." },
      { anchor: "The second EU-Mongolia Human Rights Dialogue was held back-to-back", why: "Itinerary." },
      { anchor: "Both sides discussed issues related to enhancing cooperation in multilateral fora", why: "What was discussed." },
      { anchor: "the EU expressed its principled position as opposed to death penalty", why: "View." },
      { anchor: "the EU met with civil society representatives ahead of the Dialogue", why: "Past event." },
    ],
  },
  {
    id: "new-zealand-tonga-statement-of-partnership-2024-08-28",
    name: "New Zealand–Tonga Statement of Partnership 2024–2028, renewed by Luxon and Hu'akavameiliku (MFAT)",
    source: "New Zealand Government, Ministry of Foreign Affairs and Trade",
    url: "https://mfat.govt.nz/en/media-and-resources/new-zealandtonga-statement-of-partnership-20242028",
    meetingDate: "2024-08-28",
    region: "Pacific",
    kind: "statement of partnership (principles and priority areas) renewed at a leaders' meeting",
    terms: MFAT,
    stored: true,
    sha256: "cd819df68e60eca36c48d487670053b76ea8c1a08cd2a0b55ba01bceb8ab127d",
    summary:
      "The opening of the 2024–2028 Statement of Partnership: mottos, acknowledgements, Tongan values and general commitments, then the first of the priority areas both governments accept to progress (the second is cut off).",
    pledges: [
      {
        anchor: "Partnership – collaborating and sharing knowledge and expertise",
        why: "Verbless item after a promise lead-in ('accept to progress work under the following areas:').",
      },
    ],
    notPledges: [
      { anchor: "He waka eke noa", why: "Motto." },
      { anchor: "We are all in the waka together", why: "Translation of the motto." },
      { anchor: "Takanga ‘etau Fohe", why: "Motto." },
      { anchor: "Synchronise our paddles", why: "Translation of the motto." },
      {
        anchor: "This Statement sets out the principles and priorities under which",
        why: "Description of the document (to cooperate, coordinate and partner: a general aim).",
      },
      { anchor: "We acknowledge the unique nature and significance of the enduring relationship", why: "Acknowledgement." },
      { anchor: "We recognise our shared Pacific geography", why: "Recognition of shared ties." },
      { anchor: "We recognise our genuine and respectful bilateral relationship", why: "Description of the relationship." },
      { anchor: "We acknowledge key principles to guide and deepen our partnership", why: "Principles." },
      {
        anchor: "We recognise the four values that are central to Tongan society, language and culture:",
        why: "Lead-in that reports (values), not a promise.",
      },
      { anchor: "Faka’apa’apa – Respect", why: "Value, after a reporting lead-in." },
      { anchor: "Feveitokai’aki – Reciprocity", why: "Value, after a reporting lead-in." },
      { anchor: "Mamahi’i me’a – Commitment", why: "Value, after a reporting lead-in." },
      { anchor: "Loto To - Humility", why: "Value, after a reporting lead-in." },
      { anchor: "We reaffirm the fundamental shared values at the heart of our partnership", why: "Restated support for values." },
      {
        anchor: "New Zealand and Tonga have identified common priority areas for ongoing cooperation and commit to strengthen",
        why: "Areas already identified, and a commitment whose objects are general aims (a stronger relationship, deeper connections, a more inclusive Tonga).",
      },
      {
        anchor: "Over the period August 2024 to August 2028, New Zealand and Tonga accept to progress work under the following areas:",
        why: "Lead-in ending in a colon (its items are labelled).",
      },
    ],
  },
  {
    id: "us-georgia-strategic-partnership-commission-2014-02-26",
    name: "Fourth plenary of the US–Georgia Strategic Partnership Commission, joint statement (US Department of State)",
    source: "US Department of State (Office of the Spokesperson, archived 2009–2017 site)",
    url: "https://2009-2017.state.gov/r/pa/prs/ps/2014/02/222713.htm",
    meetingDate: "2014-02-26",
    region: "South Caucasus",
    kind: "joint statement after a strategic partnership commission plenary",
    terms: US_GOV,
    stored: true,
    sha256: "f62a9688b888a0649bb3497e934f5cb73b7674d80c3c69a78d73abeb6f08366f",
    summary:
      "Kerry and Garibashvili chaired the Commission's plenary in Washington: a description of the Commission, congratulations on Georgia's election and EU agreement, and one undertaking, new US assistance for visa-free travel and for people hurt by borderization.",
    pledges: [
      {
        anchor: "The United States also announced additional assistance to support Georgia’s European and Euro-Atlantic vision",
        why: "Assistance announced at the session, with named purposes (visa-free travel with the EU, easing hardship from borderization): checkable.",
      },
    ],
    notPledges: [
      {
        anchor: "Joint Statement Following the U.S.-Georgia Strategic Partnership Commission Plenary Session",
        why: "Title.",
      },
      { anchor: "Media Note", why: "Heading." },
      { anchor: "Office of the Spokesperson", why: "Heading." },
      { anchor: "Washington, DC", why: "Place line." },
      { anchor: "February 28, 2014", why: "Date line." },
      { anchor: "Begin Text:", why: "Heading." },
      {
        anchor: "chaired the fourth plenary session of the U.S.-Georgia Strategic Partnership Commission on February 26",
        why: "Itinerary.",
      },
      { anchor: "The Strategic Partnership Commission serves as the primary mechanism", why: "Description of the Commission." },
      { anchor: "The Commission includes four bilateral working groups", why: "Description of the Commission." },
      {
        anchor: "The February 26 session involved discussions by the Working Group co-chairs on Commission goals for 2014",
        why: "What was discussed (goals and a timeline for meetings), not a decision.",
      },
      {
        anchor: "The United States congratulated Georgia on the completion of its peaceful and democratic transfer of power",
        why: "Congratulations.",
      },
    ],
  },
];
