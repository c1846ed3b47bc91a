// Corpus D of the real-readout corpus (issue 14): a fresh held-out set labelled on 2026-11-28, by meaning only, without
// reading the extraction rules or running any extraction on the texts. Readouts from Central Asia, the Gulf, South Asia,
// East Asia and the Pacific, published by the US Department of State (US Embassy in Uzbekistan), the UK Government
// (GOV.UK), the Ministry of Foreign Affairs of Japan and the Australian Minister for Foreign Affairs. Each text is the
// opening of the page as stored by the public-pages search, with website chrome removed at the start (section labels,
// photo captions, a search-index date line) and a truncated last sentence or list item removed at the end; nothing else
// was edited (double spaces, trailing spaces, typographic quotes and the pages' own typos are kept).

import type { CorpusReadout } from "./types";

const US_STATE =
  "US Department of State release (the embassy site is the Department's): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";
const UK_OGL = "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.";
const MOFA =
  "MOFA Japan's Legal Notices (as read) apply the Public Data License (Version 1.0), compatible with CC BY 4.0, to the site's content unless otherwise indicated: copying and reuse are allowed with the source cited (Ministry of Foreign Affairs of Japan website, page URL); the release holds no third-party material, so the text may be kept with attribution.";
const AU_FM =
  "foreignminister.gov.au is run by DFAT, whose copyright notice (as read) licenses the site's material under CC BY 4.0 except the Coat of Arms, logos, trade marks and material otherwise noted; this page carries no other marking, so the text may be kept with attribution.";

export const CORPUS_D: CorpusReadout[] = [
  {
    id: "us-c5plus1-ministerial-new-york-2019-09-22",
    name: "Fourth C5+1 Ministerial, New York, joint declaration (US Embassy in Uzbekistan)",
    source: "US Department of State (US Embassy in Uzbekistan)",
    url: "https://uz.usembassy.gov/joint-statement-on-the-fourth-c51-ministerial/",
    meetingDate: "2019-09-22",
    region: "Central Asia",
    kind: "joint declaration of a multilateral ministerial meeting (C5+1)",
    terms: US_STATE,
    stored: true,
    sha256: "dcff70ca0c8ef413190dcfbf370a5f99a0a6bd07079601ebcf29641b28d28648",
    summary:
      "The Secretary of State and representatives of the five Central Asian states, meeting in New York, agreed to strengthen cooperation through regular dialogue and listed priority areas: the C5+1 platform and its meetings, and regional trade ties through the C5+1 and TIFA. (The third priority area is cut off in the stored excerpt and was dropped.)",
    pledges: [
      {
        anchor:
          "agree to strengthen cooperation, regional stability, and sustainable development through regular dialogue and joint action",
        why: '"agree to", with a named means (regular dialogue and joint action) that can be found kept up or not.',
      },
      {
        anchor: "Strengthen the C5+1 diplomatic platform as a mechanism for dialogue and joint action through future ministerial meetings",
        why: "Agreed priority: future ministerial meetings and regular diplomatic and expert-level dialogues in the C5+1 format.",
      },
      {
        anchor:
          "identifying new opportunities to expand cooperation in the cultural, humanitarian, and educational spheres, as well as security",
        why: "Second undertaking of the same item: widening cooperation to named spheres.",
      },
      { anchor: "Develop regional trade and economic ties", why: "Agreed priority area: regional trade and economic ties." },
      {
        anchor: "consider the C5+1 and the U.S.-Central Asia Trade and Investment Framework Agreement as platforms",
        why: "Second undertaking of the item: using the C5+1 and the named TIFA as platforms for trade ties and Central Asian exports.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement on the Fourth C5+1 Ministerial", why: "Title." },
      { anchor: "SEPTEMBER 24, 2019", why: "Dateline (release date)." },
      { anchor: "The text of the following statement was released by the Governments", why: "Introduction." },
      { anchor: "Begin Text:", why: "Heading." },
      {
        anchor: "together issue this Joint Declaration of Partnership and Cooperation",
        why: "Framing: who issued the declaration, after which meeting, when and where.",
      },
      {
        anchor: "The participants note the new atmosphere of partnership, reaffirm the value of the format",
        why: "View of the format (the sentence ends with a pledge).",
      },
      {
        anchor: "the Ministerial participants agree to pursue the following priority areas for cooperation",
        why: "Lead-in to the list (with a statement of principle): the undertakings are the items, each labelled on its own.",
      },
    ],
  },
  {
    id: "us-c5plus1-ministerial-tashkent-2020-02-03",
    name: "C5+1 Ministerial Meeting, Tashkent, joint statement (US Embassy in Uzbekistan)",
    source: "US Department of State (US Embassy in Uzbekistan)",
    url: "https://uz.usembassy.gov/joint-statement-on-the-ministerial-meeting-in-the-c51-format/",
    meetingDate: "2020-02-03",
    region: "Central Asia",
    kind: "joint statement of a multilateral ministerial meeting (C5+1)",
    terms: US_STATE,
    stored: true,
    sha256: "65ebcd502d49877018d2d9be681ced47587911ddca117f76fde18810d5291641",
    summary:
      "Joint statement of the C5+1 foreign ministers' meeting in Tashkent: after a US statement of support, the participants list priority areas of partnership (regional trade and transport projects, business contacts under TIFA, energy and climate adaptation, science and tourism). (The page gives no date; the meeting was on 3 February 2020, per the State Department's readout of that day. The last, truncated list item was dropped.)",
    pledges: [
      {
        anchor: "Encouraging coordinated regional projects aimed at promoting trade, transport, logistics and infrastructure ties",
        why: 'Priority area the participants "intend to develop": regional trade, transport and infrastructure projects.',
      },
      {
        anchor:
          "expanding business and investment contacts between the business community of the states of the region and the United States",
        why: "Second undertaking of the same item, including under the named TIFA.",
      },
      {
        anchor: "Developing and intensifying the interaction between countries of the region in the energy sector",
        why: "Priority area: energy cooperation, including renewables.",
      },
      { anchor: "supporting national plans for adaptation to climate change", why: "Second undertaking of the same item." },
      {
        anchor:
          "Preparing proposals and initiatives aimed at improving the scientific, technological, social and innovative development of the region",
        why: "Priority area: proposals and initiatives to be prepared (science, technology, tourism).",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement on the Ministerial Meeting in the C5+1 Format", why: "Title." },
      { anchor: "The text of the following statement was released by the Governments", why: "Introduction." },
      { anchor: "Begin Text:", why: "Heading." },
      {
        anchor: "Current developments in the region confirm the significance and relevance of the C5 + 1 format",
        why: "Assessment of the format.",
      },
      {
        anchor: "The United States reaffirms its continued support for the sovereignty, independence, and territorial integrity",
        why: 'A position of principle, and a "firm commitment" to regional cooperation "in all areas": a general aim with nothing to check.',
      },
      {
        anchor: "the participants intend to develop partnerships in the following priority areas",
        why: "Lead-in to the list: the undertakings are the items, each labelled on its own.",
      },
      {
        anchor: "Strengthening mutual trust, connectivity, and constructive cooperation",
        why: "First listed area, but a general aim (mutual trust, a cohesive and prosperous region) that cannot be found done or not done.",
      },
    ],
  },
  {
    id: "uk-kuwait-joint-steering-group-2016-05-25",
    name: "Eighth UK–Kuwait Joint Steering Group (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign and Commonwealth Office)",
    url: "https://gov.uk/government/news/eighth-uk-kuwait-joint-steering-group",
    meetingDate: "2016-05-25",
    region: "Middle East (Gulf)",
    kind: "biannual ministerial joint steering group",
    terms: UK_OGL,
    stored: true,
    sha256: "a4ce3273e9b51fdebdc8c29764fc1a3864510c1d96b6ac7fbef56d28d10e5498",
    summary:
      "Minister Tobias Ellwood and Kuwait's Deputy Foreign Minister Khaled Al-Jarallah co-chaired the eighth Joint Steering Group in London on 25–26 May 2016: collaboration to be stepped up in eight fields, a new defence cooperation agreement, support for business links, education cooperation and continued dialogue. (The last, truncated sentence was dropped.)",
    pledges: [
      {
        anchor:
          "Ministers agreed to step up collaboration on energy, trade, migration, security, defence, healthcare, education and culture",
        why: '"agreed to step up" collaboration in named fields.',
      },
      {
        anchor: "agreed to work on a new defence cooperation agreement",
        why: '"agreed to work on" a named agreement: checkable by its conclusion.',
      },
      {
        anchor:
          "the Ministers committed to continuing to support efforts by British and Kuwaiti businesses to increase trade links and investment",
        why: '"committed to continuing to support": keep doing, in a named field.',
      },
      {
        anchor: "affirmed their strong commitment to continuing to cooperate on education",
        why: "Commitment to continue named cooperation (education).",
      },
      {
        anchor: "agreed to continue the open dialogue shared by the two countries",
        why: '"agreed to continue" the bilateral dialogue on regional politics.',
      },
    ],
    notPledges: [
      { anchor: "Eighth UK-Kuwait Joint Steering Group", why: "Title." },
      {
        anchor: "Further steps in UK-Kuwait cooperation agreed at the latest Joint Steering Group meeting",
        why: "Summary line under the title.",
      },
      { anchor: "took place in London on 25-26 May 2016, co-chaired by", why: "Who, when, where." },
      {
        anchor: "Both sides welcomed the progress made since the last Joint Steering Group and were keen to see even more cooperation",
        why: "Welcome of progress and a wish, with no undertaking.",
      },
      {
        anchor: "The dialogue on the key areas of focus over the next six months highlighted the strength of",
        why: "Assessment of the relationship.",
      },
      { anchor: "The chairs welcomed progress made in the energy dialogue since they last met", why: "Welcome of past progress." },
      {
        anchor: "They also welcomed the deepening of defence cooperation which remained strong",
        why: "Welcome (the sentence ends with a pledge).",
      },
      { anchor: "The discussion on migration and security focussed on aviation security", why: "Discussion." },
      { anchor: "Cooperation in the field of healthcare and health infrastructure was also discussed.", why: "Discussion." },
      {
        anchor: "and the importance of cultural exchanges",
        why: "A view of importance, not an undertaking (the first half of the sentence is a pledge).",
      },
      { anchor: "These continue to be an important opportunity to build on our shared history", why: "Description." },
      {
        anchor: "also exchanged views on recent political developments in the Middle East",
        why: "Exchange of views (the sentence ends with a pledge).",
      },
    ],
  },
  {
    id: "uk-bahrain-joint-working-group-2018-07-19",
    name: "Tenth UK–Bahrain Joint Working Group (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign and Commonwealth Office)",
    url: "https://www.gov.uk/government/news/uk-foreign-and-commonwealth-office-minister-on-10th-joint-working-group",
    meetingDate: "2018-07-19",
    region: "Middle East (Gulf)",
    kind: "biannual ministerial joint working group",
    terms: UK_OGL,
    stored: true,
    sha256: "eabea4ad57b6daee386bd4cd35e7998c5e4b5c7947bc0a4c2f3daa1cf5b091a5",
    summary:
      "Minister Alistair Burt and Bahrain's Foreign Minister Shaikh Khalid chaired the tenth Joint Working Group in London: the UK is to keep sharing technical assistance and supporting Bahrain's reforms, both governments are to work on the areas discussed, and the next meeting is set for Bahrain later in 2018. (The stored page begins with the body; a search-index date line before it was dropped.)",
    pledges: [
      {
        anchor: "The Ministers agreed that the UK would continue to share appropriate technical assistance, expertise and experience",
        why: '"agreed that the UK would continue": keep doing, checkable.',
      },
      {
        anchor: "Both governments will continue to work in partnership to achieve progress on the areas discussed",
        why: '"will continue to work ... to achieve progress" before a dated next meeting.',
      },
      {
        anchor: "the next meeting, which is scheduled to take place in Bahrain later this year",
        why: "A dated event the parties scheduled (next meeting, Bahrain, later in 2018).",
      },
      {
        anchor: "The UK will continue to support Bahrain on the delivery of ongoing reform initiatives",
        why: '"will continue to support": the UK minister\'s own undertaking, quoted.',
      },
    ],
    notPledges: [
      { anchor: "took place in London on 19 July 2018, chaired by the Rt Hon. Alistair Burt MP", why: "Who, when, where." },
      { anchor: "discussed a wide range of areas of bilateral co-operation", why: "Discussion." },
      {
        anchor: "The UK remains fully supportive of Bahrain’s plans to deliver sustainable change in the Kingdom.",
        why: "A standing position of support with no named action; the undertaking (technical assistance) is the next sentence.",
      },
      { anchor: "Mr Burt also congratulated Bahrain on being the first country in the region", why: "Congratulation." },
      { anchor: "Speaking at the end of the Joint Working Group, Alistair Burt said:", why: "Attribution line." },
      { anchor: "It was a pleasure to welcome Shaikh Khalid to London today", why: "Quotation: pleasantry and assessment." },
      { anchor: "The UK and Bahrain have always had a close and important relationship", why: "Quotation: description." },
      {
        anchor: "we will work together to underpin peace and security in the Gulf region",
        why: "General aim (regional peace and security) with nothing to check (the first half of the sentence is a pledge).",
      },
      { anchor: "The UK-Bahrain Joint Working Group was established in March 2013.", why: "History." },
      { anchor: "It is a forum for discussing issues of mutual interest across the bilateral relationship", why: "Description." },
    ],
  },
  {
    id: "japan-new-zealand-foreign-ministers-2018-10-15",
    name: "Japan–New Zealand foreign ministers' meeting, Wellington (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/a_o/ocn/nz/page3e_000950.html",
    meetingDate: "2018-10-15",
    region: "Pacific / East Asia",
    kind: "foreign ministers' meeting during a foreign minister's visit",
    terms: MOFA,
    stored: true,
    sha256: "8db81423e63f27f4122bba68f21bf69cff203e45b950c873c54a6970b5439479",
    summary:
      "Foreign Ministers Kono and Peters met in Wellington and confirmed they would deepen the Japan–New Zealand Strategic Cooperative Partnership, cooperate in the Pacific Islands region (maritime security, connectivity) and work together on North Korea. (The section label and photo captions before the body, and the last truncated sentence, were dropped.)",
    pledges: [
      {
        anchor: "stated that he intends to further strengthen this relationship together with Minister Peters",
        why: 'Japan\'s stated intention to strengthen the relationship it names as "Strategic Cooperative Partners".',
      },
      {
        anchor: 'they will further deepen this "Strategic Cooperative Partnership" in a broad range of fields',
        why: '"will further deepen" a named partnership, including people-to-people exchanges.',
      },
      {
        anchor:
          "they will deepen cooperation between the two countries in various fields, including maritime security and enhancing connectivity",
        why: '"will deepen cooperation" in the Pacific Islands region, in named fields.',
      },
      {
        anchor: "confirmed they will work together towards realizing the complete, verifiable and irreversible dismantlement",
        why: '"will work together" on North Korea\'s weapons programmes: joint work that can be found done or not.',
      },
    ],
    notPledges: [
      { anchor: "October 15, 2018", why: "Dateline." },
      { anchor: "held a meeting with Rt. Hon. Winston Peters", why: "Itinerary." },
      { anchor: "The overview of the meeting is as follows.", why: "Framing sentence." },
      {
        anchor: "Minister Kono expressed the view that Japan and New Zealand are",
        why: "View of the relationship (the sentence ends with a pledge).",
      },
      {
        anchor:
          "Minister Peters welcomed Minister Kono's visit and stated that he intends to strengthen New Zealand's relationship with Japan",
        why: "Welcome plus a general wish to strengthen relations, with no named framework or action: a general aim.",
      },
      {
        anchor: "the two ministers exchanged views on the situation of North Korea",
        why: "Exchange of views (the sentence ends with a pledge).",
      },
    ],
  },
  {
    id: "japan-india-foreign-ministers-strategic-dialogue-2013-03-26",
    name: "Seventh Japan–India Foreign Ministers' Strategic Dialogue, overview (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/page6e_000007.html",
    meetingDate: "2013-03-26",
    region: "South Asia",
    kind: "annual foreign ministers' strategic dialogue",
    terms: MOFA,
    stored: true,
    sha256: "0bb060c9ec77b933920e7bdaac4026f65e36c75d52760eddc6c06e79444abbc6",
    summary:
      "Foreign Minister Kishida and External Affairs Minister Khurshid held the seventh strategic dialogue in Tokyo; the opening covers Japan's intentions to prepare Prime Minister Singh's visit, enhance the vice-ministerial 2+2 and trilateral dialogues, and hold the cyber and maritime dialogues within the year. (The page gives no year: Tuesday 26 March with Kishida and Khurshid in office is 2013. The section label before the title and Minister Khurshid's truncated reply were dropped.)",
    pledges: [
      {
        anchor: "he would like to continue preparing for a successful visit to Japan by H.E. Dr. Manmohan Singh",
        why: "Japan's stated intention (MOFA's \"would like to\") to prepare a named visit, which can be found held or not.",
      },
      {
        anchor: "he would like to enhance such political dialogues as the Vice Minister level 2+2 dialogue",
        why: "Intention to enhance a named dialogue.",
      },
      { anchor: "the Director-General level Japan-India-U.S. trilateral dialogue", why: "Second named dialogue of the same intention." },
      {
        anchor: "expressed his intention to hold the second round of the Japan-India Cyber Dialogue",
        why: '"intention to hold" a named dialogue within the year.',
      },
      {
        anchor: "the Japan-India Maritime Affairs Dialogue within this year",
        why: "Second dialogue to be held within the year (same sentence).",
      },
    ],
    notPledges: [
      { anchor: "Seventh Japan-India Foreign Ministers' Strategic Dialogue (Overview)", why: "Title." },
      {
        anchor: "held the Seventh Japan-India Foreign Ministers’ Strategic Dialogue with H.E. Mr. Salman Khurshid",
        why: "Itinerary.",
      },
      { anchor: "The overview of the meeting is as follows.", why: "Framing sentence." },
      {
        anchor: "During the first half of this Foreign Ministers’ Strategic Dialogue the ministers exchanged views",
        why: "Itinerary and exchange of views.",
      },
      {
        anchor: "following a signing ceremony for the Exchange of Notes for yen loans to India",
        why: "Itinerary: a signing already done at the meeting.",
      },
      { anchor: "has been held in Japan and India alternately each year since 2007", why: "Background note." },
      { anchor: "Last year, the dialogue was held in Delhi in April.", why: "History." },
      { anchor: "Bilateral Relations", why: "Heading." },
      { anchor: "(1) Political and Security Issues, Exchange Program", why: "Heading." },
      {
        anchor: "Minister Kishida stated that he was satisfied with the progress being made",
        why: "Satisfaction (the sentence ends with pledges).",
      },
    ],
  },
  {
    id: "australia-japan-2plus2-consultations-2012-09-14",
    name: "4th Australia–Japan Foreign and Defence Ministerial Consultations (Foreign Minister of Australia)",
    source: "Australian Government, Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/releases/2012/bc_mr_120914a.html",
    meetingDate: "2012-09-14",
    region: "East Asia / Pacific",
    kind: "joint statement of foreign and defence ministers' consultations (2+2)",
    terms: AU_FM,
    stored: true,
    sha256: "0ef6293ec9f77da6680f197fd261d44947af3e4c0e2eb70ead8f280adcae76e4",
    summary:
      "Ministers Carr, Smith, Gemba and Morimoto met in Sydney and set out how Australia and Japan would work more closely on security: regional exchanges, mutual support for their US alliances, and trilateral coordination through the Trilateral Strategic Dialogue. (The item on China is cut off in the stored excerpt and was dropped.)",
    pledges: [
      {
        anchor: "Deepening exchanges and working together to strengthen regional cooperation",
        why: 'First of the "following ways" the two sides are committed to: exchanges and joint work on regional stability issues.',
      },
      {
        anchor: "Ensuring mutual support for our respective alliances with the United States",
        why: "Committed way of working: mutual support for each other's US alliance.",
      },
      {
        anchor: "working together as active partners to maintain and strengthen comprehensive US engagement in the region",
        why: "Second undertaking of the same item.",
      },
      {
        anchor: "Enhancing trilateral policy coordination and practical cooperation among Australia, Japan and the United States",
        why: "Committed way of working, through the named Trilateral Strategic Dialogue.",
      },
    ],
    notPledges: [
      { anchor: "4th Australia-Japan Foreign and Defence Ministerial Consultations", why: "Title." },
      { anchor: "Australia and Japan – Cooperating for peace and stability", why: "Subtitle." },
      { anchor: "Media release", why: "Heading." },
      { anchor: "14 September 2012", why: "Dateline." },
      { anchor: "Common Vision and Objectives", why: "Heading." },
      { anchor: "met in Sydney on 14 September to discuss regional and global security issues", why: "Who, when, where." },
      {
        anchor: "Australia and Japan are natural strategic partners sharing common values and interests",
        why: "Description of the relationship.",
      },
      {
        anchor: "Australia and Japan share a common strategic objective of ensuring long-term peace",
        why: "A shared objective of a general kind.",
      },
      {
        anchor: "Australia and Japan are committed to working even more closely on security and defence matters in the following ways",
        why: "Lead-in to the list: the undertakings are the numbered items, each labelled on its own.",
      },
      { anchor: "Cooperation in the Asia-Pacific", why: "Heading." },
    ],
  },
  {
    id: "australia-indonesia-foreign-ministers-kuala-lumpur-2015-08-06",
    name: "Bishop–Marsudi joint press conference at the East Asia Summit meetings, Kuala Lumpur (Foreign Minister of Australia)",
    source: "Australian Government, Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/node/2690",
    meetingDate: "2015-08-06",
    region: "Southeast Asia",
    kind: "joint press conference after a foreign ministers' bilateral meeting (transcript)",
    terms: AU_FM,
    stored: true,
    sha256: "e483871d73b24a59d88637590a5d87db710b367334ac62649bdbee5229aab7be",
    summary:
      "Transcript opening of the Australian and Indonesian foreign ministers' joint press conference in Kuala Lumpur: Australia's planned trade delegation and Makassar consulate, a 2+2 meeting before the end of the year and Minister Robb's business delegation. (The page gives no date; the East Asia Summit foreign ministers' meeting in Kuala Lumpur was on 6 August 2015, so the date is inferred. The last, truncated sentence was dropped.)",
    pledges: [
      {
        anchor:
          "there is a plan for the Australian Government to send a delegation to Indonesia, including a trade and investment delegation",
        why: "Australia's plan, reported by the Indonesian minister: a delegation that can be found sent or not.",
      },
      {
        anchor: "Australia plans to open a Consulate General in Makassar",
        why: "Australia's stated plan: a consulate that can be found opened or not.",
      },
      {
        anchor: "we will be meeting formally again before the end of the year at what's called a 2+2 meeting",
        why: "A meeting of the two sides scheduled before the end of the year.",
      },
      {
        anchor: "the Trade Minister Andrew Robb will be leading a business delegation to Indonesia before the end of the year",
        why: "Dated undertaking by an Australian minister (likely the delegation mentioned by Minister Marsudi, restated with its date).",
      },
    ],
    notPledges: [
      { anchor: "Joint press conference, East Asia Summit, Kuala Lumpur", why: "Title." },
      { anchor: "FOREIGN MINISTER RETNO MARSUDI:", why: "Speaker label." },
      { anchor: "We just had a very productive meeting with the Foreign Minister of Australia", why: "Assessment of the meeting." },
      {
        anchor: "both of us agreed to move together in strengthening the bilateral relationship",
        why: '"agreed" in form, but a general aim with nothing to check.',
      },
      { anchor: "We discussed how to proceed in the future", why: "Discussion." },
      { anchor: "We also discussed some terms of strengthening government to government meetings.", why: "Discussion." },
      { anchor: "FOREIGN MINISTER JULIE BISHOP:", why: "Speaker label." },
      { anchor: "Thank you Retno.", why: "Thanks." },
      { anchor: "Colleagues I'm delighted to have this opportunity", why: "Pleasantry." },
      { anchor: "We've had a very productive and constructive discussion today.", why: "Assessment." },
      { anchor: "We met earlier in the day at a number of other meetings", why: "Itinerary and discussion." },
      { anchor: "We see so many opportunities for our two economies to complement each other", why: "View." },
    ],
  },
];
