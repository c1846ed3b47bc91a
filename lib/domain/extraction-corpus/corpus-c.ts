// Corpus C of the real-readout corpus (issue 14): a fresh held-out set labelled on 2026-11-28, by meaning only, without
// reading the extraction rules or running any extraction on the texts. Readouts from the Americas, Europe and Africa side,
// published by the UK Government (GOV.UK), the US Department of State, the European Commission, the EEAS and the Irish
// Government (gov.ie). Each text is the opening of the page as stored by the public-pages search, with website chrome
// removed at the start (page-type labels, empty "published on" lines, archive banners, an image caption) and a truncated
// last sentence or list item removed at the end; nothing else was edited (double spaces and curly quotes are kept).

import type { CorpusReadout } from "./types";

const US_GOV = "A work of the US federal government, in the public domain (17 U.S.C. § 105): the text may be stored.";
const US_STATE =
  "US Department of State release (the embassy site is the Department's): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";
const UK_OGL = "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.";
const EU_COMMISSION =
  "European Commission content: reuse authorised provided the source is acknowledged (Commission Decision 2011/833/EU): stored with attribution.";
const EEAS =
  'EEAS website copyright notice: "Reuse is authorised, provided the source is acknowledged" (the Commission\'s reuse policy, Decision of 12 December 2011): stored with attribution.';
const IE_GOV =
  "gov.ie press release of the Department of the Taoiseach. Irish Government departments license re-use of their website information free of charge under the PSI Licence, which conforms to CC BY 4.0 (as read in the Department of Public Expenditure's re-use statement on gov.ie; the Department of the Taoiseach's own notice was not among the stored pages): stored with attribution.";

export const CORPUS_C: CorpusReadout[] = [
  {
    id: "nigeria-uk-strategic-partnership-2024-11-04",
    name: "Establishing the Nigeria–UK Strategic Partnership, joint communiqué (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign, Commonwealth & Development Office)",
    url: "https://gov.uk/government/publications/joint-communique-nigeria-united-kingdom-strategic-partnership/a8f36fae-4ac6-4de8-b75b-54d59459a5b8",
    meetingDate: "2024-11-04",
    region: "West Africa / Europe",
    kind: "joint communiqué establishing a strategic partnership during a foreign minister's visit",
    terms: UK_OGL,
    stored: true,
    sha256: "59475cfadbf9844e89f00c5d3a61c68cd939dd20f830add2bed5b480d220bf4b",
    summary:
      "Foreign Ministers Tuggar and Lammy raised Nigeria–UK relations to a Strategic Partnership: it builds on three existing dialogues, adds a foreign-policy dialogue and a biennial Bi-National Commission; the excerpt stops before the six pillars are listed.",
    pledges: [
      {
        anchor: "agreed to elevate the bilateral relationship between the 2 countries to a Strategic Partnership",
        why: '"agreed to": the partnership framework the rest of the communiqué fills in (labelled like corpus A\'s UK–Kenya elevation).',
      },
      {
        anchor: "It will build on and strengthen our existing bilateral dialogues",
        why: '"will build on and strengthen": the existing dialogues, first the economic, trade and investment one.',
      },
      { anchor: "ii) security and defence issues", why: "Second existing dialogue to be strengthened: security and defence." },
      {
        anchor: "iii) migration, justice and home affairs",
        why: "Third existing dialogue to be strengthened: migration, justice and home affairs.",
      },
      {
        anchor: "also establishes a new bilateral dialogue focused on foreign policy and international issues",
        why: "A new dialogue set up with a named remit: checkable by whether it meets.",
      },
      {
        anchor: "It confirms a commitment between the 2 governments to hold a biennial meeting",
        why: "Commitment to hold a named body's meeting every two years (the Nigeria-UK Bi-National Commission).",
      },
    ],
    notPledges: [
      { anchor: "Establishing the Nigeria-United Kingdom Strategic Partnership: joint communiqué", why: "Title." },
      { anchor: "Published 6 November 2024", why: "Dateline (publication date)." },
      { anchor: "Preamble", why: "Heading." },
      { anchor: "share deep historical ties, enduring good relations", why: "Background: the relationship." },
      {
        anchor: "On 4 November 2024, His Excellency Yusuf Maitama Tuggar",
        why: "Who met and when (the sentence ends with a pledge).",
      },
      {
        anchor: "will provide a comprehensive framework for jointly achieving our shared objectives",
        why: "The partnership's purpose: no separate action.",
      },
      {
        anchor: "The UK-Nigeria Strategic Partnership will include 6 pillars:",
        why: "Lead-in to the list of pillars, which the stored excerpt cuts off; it names no undertaking itself.",
      },
    ],
  },
  {
    id: "eu-au-ministerial-meeting-2025-05-21",
    name: "3rd EU–AU Ministerial Meeting, joint communiqué (European Commission)",
    source: "European Commission (DG Middle East, North Africa and the Gulf)",
    url: "https://north-africa-middle-east-gulf.ec.europa.eu/news/joint-communique-3rd-eu-au-ministerial-meeting-21-may-2025-2025-05-22_ga",
    meetingDate: "2025-05-21",
    region: "Africa / Europe",
    kind: "joint communiqué of a ministerial meeting of two regional organisations",
    terms: EU_COMMISSION,
    stored: true,
    sha256: "a3295e7769002a742ec6a593cb9a4355e20991e2b6d1dbe1ce495e8f332983cf",
    summary:
      "Opening of the joint communiqué of the third EU–AU foreign ministers' meeting in Brussels, co-chaired by Kallas and António: stock-taking on the Joint Vision for 2030, the 7th summit in Africa in 2025 and the monitoring report for it. Mostly assessment; few undertakings.",
    pledges: [
      {
        anchor: "the 7th AU-EU Summit, which will take place in Africa, in 2025",
        why: "A dated event the parties are preparing: the next summit, in Africa, in 2025.",
      },
      {
        anchor: "encouraged its joint finalisation and submission to the next Summit",
        why: "A joint deliverable with a deadline: the parties' own monitoring report to be finished and put to the next summit.",
      },
    ],
    notPledges: [
      { anchor: "concluded their 3rd Ministerial Meeting, taking stock of progress", why: "The meeting itself and its agenda." },
      { anchor: "The meeting was co-chaired by H.E. Ms Kaja Kallas", why: "Participants." },
      { anchor: "Ministers celebrated the participation of H.E. Mahmoud Ali Youssouf", why: "Participants." },
      { anchor: "Ministers celebrated that relations have grown in depth", why: "Assessment of the relationship." },
      { anchor: "This unique, strategic and mutual partnership, covering a large range of areas", why: "Description of the partnership." },
      {
        anchor: "Ministers noted that the EU-AU Partnership is overcoming past and current geopolitical challenges",
        why: "View.",
      },
      { anchor: "Ministers welcomed the progress achieved in implementing the commitments", why: "Welcome of progress already made." },
      { anchor: "They took note of the preliminary monitoring report", why: "Taking note (the sentence ends with a pledge)." },
    ],
  },
  {
    id: "kenya-us-bilateral-strategic-dialogue-2021-11-17",
    name: "Second Kenya–US Bilateral Strategic Dialogue, joint statement (State Department)",
    source: "US Department of State",
    url: "https://www.state.gov/joint-statement-on-the-second-kenya-u-s-bilateral-strategic-dialogue/",
    meetingDate: "2021-11-17",
    region: "East Africa",
    kind: "joint statement of a ministerial strategic dialogue",
    terms: US_GOV,
    stored: true,
    sha256: "010abefa66f84edc934047f729a48faa41b47dfdb595ab199a4446334e5feb69",
    summary:
      "Blinken and Omamo held the second Bilateral Strategic Dialogue in Nairobi; the opening covers the first pillar: trade and investment mechanisms, the MCC threshold programme, food security and environmental cooperation.",
    pledges: [
      { anchor: "The two countries committed to deepen economic ties", why: '"committed to": first of the economic undertakings.' },
      { anchor: "expand bilateral trade, and", why: "Second undertaking of the same sentence: more bilateral trade." },
      {
        anchor: "decided to explore additional mechanisms to expand bilateral trade and investments",
        why: '"decided to explore", through named programmes (AGOA, Prosper Africa, Power Africa, Build Back Better World).',
      },
      {
        anchor: "renewed their commitment to fully implement a Millennium Challenge Corporation threshold program in Kenya",
        why: "Renewed commitment to carry out a named programme: checkable.",
      },
      {
        anchor: "to continue to build capacity in governance and financial accountability",
        why: '"to continue to": capacity building toward a future MCC Compact.',
      },
      {
        anchor: "committed to cooperate bilaterally and multilaterally in providing institutional support",
        why: '"committed to": institutional support and capacity building in named environmental fields.',
      },
    ],
    notPledges: [
      {
        anchor: "held the second session of the Kenya – United States Bilateral Strategic Dialogue in Nairobi",
        why: "Who, when, where.",
      },
      {
        anchor: "discussed strengthening the strategic partnership across all five pillars",
        why: "Discussion; lead-in to the actions, each labelled on its own.",
      },
      { anchor: "Pillar One – Economic Prosperity, Trade, and Investment", why: "Heading." },
      {
        anchor: "advance shared economic prosperity for the benefit of the Kenyan and American people",
        why: "General aim in the same list: nothing to check.",
      },
      {
        anchor: "On food security, they also recognized Feed the Future’s expansion",
        why: "Recognition of an existing programme's results.",
      },
      { anchor: "the two sides noted the importance of environmental protection", why: "View (the sentence ends with a pledge)." },
    ],
  },
  {
    id: "eu-mexico-summit-2015-06-12",
    name: "7th EU–Mexico summit, joint statement (EEAS)",
    source: "European External Action Service (EEAS)",
    url: "https://www.eeas.europa.eu/node/14577_en",
    meetingDate: "2015-06-12",
    region: "Latin America / Europe",
    kind: "joint statement of a summit",
    terms: EEAS,
    stored: true,
    sha256: "c5354ab658d62b78c27eee0ded5292aa2a71765e7a10e242c885c4c30196054f",
    summary:
      "Opening of the joint statement of the June 2015 EU–Mexico summit in Brussels: a stronger strategic partnership, negotiations from 2015 to modernise the Global Agreement, and a wider political dialogue on global issues. (The page gives no date; 12 June 2015 is the summit's.)",
    pledges: [
      {
        anchor: "agreed to foster a closer and stronger Strategic Partnership",
        why: '"agreed to": restated commitment to the named EU–Mexico Strategic Partnership.',
      },
      {
        anchor: "we reaffirmed our willingness to launch, in 2015, the process of starting negotiations",
        why: "Dated undertaking: negotiations to modernise the Global Agreement to start in 2015.",
      },
      {
        anchor: "to strengthen our political dialogue on relevant global and regional issues of common concern",
        why: "Second key area: a stronger political dialogue on named issues (climate, development, drugs, organised crime, migration).",
      },
      {
        anchor: "our main bilateral priority in the short term is to launch, in 2015, the process of beginning negotiations",
        why: "The same dated undertaking restated as the main priority (restated deliverables are labelled, as in corpus A).",
      },
      {
        anchor:
          "decided to move forward, towards enhanced political dialogue, deeper cooperation and strengthened trade and investments flows",
        why: '"decided to": a direction with checkable parts (more dialogue, trade and investment); labelled like corpus A\'s "agreed to maximise synergies".',
      },
    ],
    notPledges: [
      { anchor: "Joint Statement EU-Mexico 2015", why: "Title." },
      { anchor: "met today in Brussels", why: "The meeting itself (the sentence goes on to a pledge)." },
      { anchor: "We recognised that our strong likeminded partnership is based on the shared values", why: "View." },
      { anchor: "These values and principles are the result of our common cultural heritage", why: "Background." },
      {
        anchor: "We focused our discussions on two key areas of cooperation",
        why: "Lead-in to the two areas, each labelled on its own.",
      },
      { anchor: "A Strategic Partnership for our common prosperity", why: "Heading." },
      {
        anchor: "We thus endeavour to reinforce the potential of our Strategic Partnership",
        why: '"endeavour to reinforce the potential": nothing an analyst could find done or not done.',
      },
    ],
  },
  {
    id: "ireland-uk-leaders-meeting-farmleigh-2024-09-07",
    name: "Taoiseach Harris and Prime Minister Starmer at Farmleigh, joint statement (gov.ie)",
    source: "Government of Ireland (gov.ie, Department of the Taoiseach)",
    url: "https://gov.ie/en/press-release/5abc2-joint-statement-by-taoiseach-simon-harris-and-prime-minister-keir-starmer",
    meetingDate: "2024-09-07",
    region: "Europe (Ireland / United Kingdom)",
    kind: "joint statement of two heads of government after talks",
    terms: IE_GOV,
    stored: true,
    sha256: "e75a2e9fbaf6566d5d634de51ff02a17f57af6e71f5a25715306c28edd43aef2",
    summary:
      "Harris and Starmer agreed a reset of UK–Ireland relations at Farmleigh House: annual leader-level summits from March 2025, prepared by ministers, taking forward cooperation in four areas (two of which fall within the excerpt).",
    pledges: [
      {
        anchor: "the first of a new series of annual leader-level UK-Ireland summits would take place in March 2025",
        why: "A dated event both leaders scheduled, the first of an annual series.",
      },
      {
        anchor: "which Ministers on both sides will help prepare between now and March",
        why: "Ministers tasked with preparing the summit, with a deadline.",
      },
      {
        anchor: "to enhance policy coordination and partnerships in areas where the UK and Ireland have a shared interest",
        why: "First area for the summits: security, justice and global issues (cyber and maritime security named).",
      },
      {
        anchor: "to build on existing cooperation and promote further joint initiatives",
        why: "Second area: climate, energy, technology and innovation.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement by Taoiseach Simon Harris and Prime Minister Keir Starmer", why: "Title." },
      { anchor: "met in Farmleigh House on 7 September", why: "Who, when, where." },
      { anchor: "The focus of their meeting was to agree an ambitious reset", why: "Purpose of the meeting." },
      {
        anchor: "They covered the UK’s intention to reset its relationship with the EU",
        why: "Discussion of one side's relations with a third party.",
      },
      { anchor: "The leaders also discussed urgent global issues", why: "Discussion." },
      {
        anchor: "Following their meeting, the Prime Minister and the Taoiseach issued the following joint statement:",
        why: "Introduction.",
      },
      { anchor: "discussed the reset of the partnership between the United Kingdom and Ireland", why: "Discussion." },
      {
        anchor: "discussed the importance of their responsibilities as co-guarantors",
        why: "Discussion and a shared ambition: no action named.",
      },
      {
        anchor: "will take forward cooperation in four key areas",
        why: "Lead-in to the list of areas, each labelled on its own (the excerpt holds two of the four).",
      },
    ],
  },
  {
    id: "us-angola-strategic-partnership-dialogue-2014-12-17",
    name: "US–Angola Strategic Partnership Dialogue, joint statement (US Embassy Luanda)",
    source: "US Department of State (US Embassy in Angola)",
    url: "https://ao.usembassy.gov/joint-statement-u-s-angola-strategic-partnership-dialogue/",
    meetingDate: "2014-12-17",
    region: "Southern Africa",
    kind: "joint statement of a ministerial strategic partnership dialogue",
    terms: US_STATE,
    stored: true,
    sha256: "343f814ce0e762e0c98936de5e0b8a2b026cb488db2be24e75f8ceb6b6560067",
    summary:
      "Kerry and Chikoti held a session of the Strategic Partnership Dialogue in Washington: support for Angola's National Development Plan and cooperation in the UN Security Council, where Angola was about to sit for two years, and in the Great Lakes conference.",
    pledges: [
      {
        anchor:
          "reaffirmed their commitment to deepen the strategic partnership, particularly relating to support for the implementation of Angola’s National Development Plan",
        why: "Restated commitment to the named partnership, tied to support for Angola's National Development Plan.",
      },
      {
        anchor: "pledged to work together in the Security Council and the International Conference on the Great Lakes Region",
        why: '"pledged to work together" in two named bodies.',
      },
      {
        anchor: "pledged to work together as members of the UN Security Council over the next two years",
        why: "Dated undertaking: cooperation on the Council during Angola's two-year term.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement U.S.- Angola Strategic Partnership Dialogue", why: "Title." },
      { anchor: "made an official visit to the United States", why: "Itinerary." },
      { anchor: "co-chaired a session of the U.S.-Angola Strategic Partnership Dialogue", why: "Participants." },
      { anchor: "recognized the significant achievements in the bilateral relationship", why: "Review of the past." },
      { anchor: "The delegations also discussed the United Nations Security Council (UNSC) agenda for 2015", why: "Discussion." },
      { anchor: "The wide-ranging discussions on bilateral, regional, and global issues", why: "Introduction to the list." },
      { anchor: "Regional and Global Issues", why: "Heading." },
      {
        anchor: "are committed to sharing their experience on how to address the most pressing global and regional problems",
        why: "Commitment to share experience on unnamed problems: nothing to check.",
      },
      {
        anchor: "The United States reaffirmed its support for the proactive and positive role Angola is playing",
        why: "Support for a partner's role: a stance, no action.",
      },
    ],
  },
  {
    id: "uk-poland-prime-ministers-warsaw-2025-01-17",
    name: "Prime Ministers Starmer and Tusk in Warsaw, joint statement (GOV.UK)",
    source: "UK Government (GOV.UK, Prime Minister's Office)",
    url: "https://gov.uk/government/news/joint-statement-between-the-prime-minister-of-the-united-kingdom-and-the-prime-minister-of-poland",
    meetingDate: "2025-01-17",
    region: "Europe",
    kind: "joint statement of two heads of government after talks",
    terms: UK_OGL,
    stored: true,
    sha256: "606c5559ac2b0ec436c2d9dbb593584da855def3d3f24988e84352ab5da2e9e1",
    summary:
      "Starmer and Tusk met in Warsaw: continued support to Ukraine, joint work against Russian hybrid attacks, disinformation and sanctions evasion, accountability for Russia, UK–EU ties, and negotiations on a new UK–Poland Defence and Security Treaty.",
    pledges: [
      {
        anchor: "Today we reaffirmed our unshakeable support for NATO",
        why: "Restated commitment to a named alliance both belong to (labelled like restated commitments to named partnerships).",
      },
      {
        anchor: "We agreed to continue joint support to Ukraine, including military support, training and reconstruction",
        why: '"agreed to continue": named kinds of support.',
      },
      { anchor: "Together we will work to tackle Russia’s hybrid attacks", why: '"will work to": hybrid attacks, cyber included.' },
      { anchor: "take joint action to counter information manipulation", why: "Second undertaking of the same sentence." },
      {
        anchor: "deepen collaboration on extending sanctions against Putin’s regime",
        why: "Third undertaking of the same sentence: sanctions.",
      },
      {
        anchor: "We are committed to holding Russia accountable for the crimes and damages",
        why: "Commitment with a checkable object: accountability for crimes and damages in Ukraine.",
      },
      {
        anchor: "We looked forward to the UK joining the informal European Council meeting in February",
        why: "A dated event with one party's participation (the UK at the informal European Council in February).",
      },
      {
        anchor: "we agreed to launch negotiations on a new Defence and Security Treaty",
        why: '"agreed to launch negotiations" on a named treaty.',
      },
    ],
    notPledges: [
      { anchor: "Joint Statement between the Prime Minister of the United Kingdom and the Prime Minister of Poland", why: "Title." },
      { anchor: "This joint statement was released following the meeting", why: "Introduction." },
      {
        anchor: "Joint Statement following the meeting of the British and Polish Prime Ministers in Warsaw on 17 January 2025.",
        why: "Heading with dateline.",
      },
      { anchor: "We met in Warsaw to discuss our close partnership", why: "The meeting itself." },
      { anchor: "We discussed a broad range of shared global challenges", why: "Discussion." },
      { anchor: "We welcomed the start of the Polish presidency", why: "Welcome and discussion." },
      { anchor: "we underlined the importance of a close partnership between the UK and the EU", why: "View." },
      {
        anchor: "the new agreement will provide the framework and ambition for the deepest cooperation",
        why: "Expected effect of the treaty still to be negotiated: no separate undertaking.",
      },
    ],
  },
  {
    id: "uk-canada-prime-ministers-ottawa-2025-06-15",
    name: "Prime Minister Starmer meets Prime Minister Carney in Ottawa, readout (GOV.UK)",
    source: "UK Government (GOV.UK, Prime Minister's Office)",
    url: "https://www.gov.uk/government/news/pm-meeting-with-prime-minister-carney-of-canada-15-june-2025",
    meetingDate: "2025-06-15",
    region: "North America / Europe",
    kind: "one side's readout of a leaders' meeting",
    terms: UK_OGL,
    stored: true,
    sha256: "2d30c03876bba55e703d30e2f0c7358fad7d0fbdec7e8a1ee2c4a54755477d96",
    summary:
      "Downing Street's readout of Starmer's talks with Carney in Ottawa before the G7: Canada to ratify the UK's CPTPP accession, a joint taskforce on technology, AI and a free trade agreement, defence and Ukraine.",
    pledges: [
      {
        anchor: "Canada would ratify the UK’s accession to the Comprehensive and Progressive Agreement",
        why: "Canada's undertaking, confirmed by its Prime Minister: ratify the UK's CPTPP accession.",
      },
      {
        anchor: "seeking to introduce legislation to their parliament in the autumn",
        why: "The dated step toward it: legislation in the autumn.",
      },
      {
        anchor: "agreed to set up a joint taskforce to turbocharge progress",
        why: '"agreed to set up": a joint body with named fields (technology, artificial intelligence).',
      },
      {
        anchor: "The taskforce will also look to make progress on the wider UK-Canada Free Trade Agreement",
        why: "Second task given to the taskforce: the free trade agreement.",
      },
    ],
    notPledges: [
      { anchor: "The Prime Minister met the Canadian Prime Minister Mark Carney in Ottawa this afternoon", why: "Who, where, when." },
      {
        anchor: "They began by discussing the grave situation in the Middle East",
        why: "Discussion and a shared view on the G7 Summit.",
      },
      { anchor: "they had a warm and productive conversation", why: "Atmosphere and a shared view of the partnership's potential." },
      { anchor: "This will bring huge benefits to UK businesses", why: "Prediction." },
      {
        anchor: "he wants teams to go as far and as fast as possible",
        why: "One leader's wish for the negotiating teams: no deliverable or date to check.",
      },
      { anchor: "the leaders agreed that there is no doubt that everyone needs to step up", why: "View." },
      {
        anchor: "The Prime Minister reiterated that all NATO allies must come together",
        why: "A call on all allies (third parties included), not an undertaking of either side.",
      },
      {
        anchor: "They ended on their enduring support for Ukraine",
        why: "Restated support with no action named; the sentence ends with thanks.",
      },
    ],
  },
];
