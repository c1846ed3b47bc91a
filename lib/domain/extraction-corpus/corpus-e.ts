// Corpus E of the real-readout corpus (issue 14): readouts published by the US Department of State and US
// embassies, the White House, GOV.UK (No 10, the FCO/FCDO, the Deputy Prime Minister's office) and the EEAS, about
// meetings with partners in North Africa, the Gulf, Latin America, South Asia and Central Asia. Labelled on
// 2026-11-28 by a helper session, by docs/extraction-labelling-guide.md, blind to the extraction rules and their
// output (neither extraction.ts, its vocabulary, its review/evaluation code nor its tests were opened, and the
// extraction was never run on these texts); corpora C and D and the fresh held-out texts were not opened either.
// Each text is the opening of the page as stored by the public-pages search, with website chrome removed at the
// start (page-type labels such as "News story" or "Policy paper", the search index's "date" prefix, an archive's
// photo caption, an EEAS section header) and a truncated last sentence removed at the end; nothing else was edited.
// Left unlabelled because no anchor inside them can be unique: the heading "Trade and Investment" in the UK–Pakistan
// summit statement (the same words open "Trade and Investment Roadmap"); the title of the UK–Mexico page, repeated
// verbatim as a photo caption; and the bare place line "Buenos Aires" of the EEAS dateline (the city recurs).

import type { CorpusReadout } from "./types";

const US_STATE =
  "US Department of State release (the archived, mobile and embassy sites are the Department's): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";
const US_GOV = "A work of the US federal government, in the public domain (17 U.S.C. § 105): the text may be stored.";
const WH_UCSB =
  "A White House joint statement, a work of the US federal government in the public domain (17 U.S.C. § 105); the stored text is the statement as reproduced by The American Presidency Project (UCSB), with only the archive's photo caption removed at the start: the text may be stored.";
const UK_OGL = "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.";
const EEAS =
  "EEAS website content, © European Union: reproduction authorised provided the source is acknowledged (EEAS legal notice, in line with Commission Decision 2011/833/EU on the reuse of documents): stored with attribution.";

export const CORPUS_E: CorpusReadout[] = [
  {
    id: "us-algeria-strategic-dialogue-2014-04-03",
    name: "Second US–Algeria Strategic Dialogue, joint statement (US Department of State)",
    source: "US Department of State (Office of the Spokesperson, mobile site m.state.gov)",
    url: "http://m.state.gov/md224441.htm",
    meetingDate: "2014-04-03",
    region: "North Africa",
    kind: "joint statement of a ministerial strategic dialogue",
    terms: US_STATE,
    stored: true,
    sha256: "427117dac197dc2965b1d03b42afe8718f36a35bf096b706f257f5d7977c9349",
    summary:
      "Kerry and Lamamra held the second US–Algeria Strategic Dialogue in Algiers: an American school to open in 2015, shared education expertise, joint work against terrorism, trafficking and kidnapping, more training and sales with better border controls, beside restated commitments and support.",
    pledges: [
      {
        anchor: "agreed to share experience and expertise in the fields of education",
        why: '"agreed to": sharing expertise in education, science and technology.',
      },
      {
        anchor: "decided to open an International American School in Algiers in September 2015",
        why: '"decided to open", dated: checkable.',
      },
      {
        anchor: "agreed to work together to combat terrorism",
        why: '"agreed to": first of three joint actions in the sentence.',
      },
      { anchor: "increase information sharing", why: 'Second action of the same "agreed to".' },
      { anchor: "fight trafficking and kidnapping for ransom", why: 'Third action of the same "agreed to".' },
      { anchor: "agreed to increase training", why: '"agreed to": more training.' },
      {
        anchor: "to expand opportunities for commercial and military sales",
        why: "Second undertaking of the same sentence.",
      },
      {
        anchor: "including improvement of border controls to quickly facilitate legal trade",
        why: "A named step within the same undertaking (border controls), checkable on its own.",
      },
    ],
    notPledges: [
      { anchor: "Media Note", why: "Heading." },
      { anchor: "Office of the Spokesperson", why: "Heading." },
      { anchor: "Washington, DC", why: "Dateline." },
      { anchor: "April 4, 2014", why: "Dateline." },
      {
        anchor: "convened the second session of the Strategic Dialogue on April 3, 2014",
        why: "Who met, when: itinerary.",
      },
      { anchor: "granted an audience to the Secretary of State", why: "Itinerary." },
      { anchor: "The Secretary was also received by the Acting Prime Minister", why: "Itinerary." },
      { anchor: "engaged in a wide-ranging discussion of the future", why: "What was discussed." },
      {
        anchor: "reiterated their commitment to expand, deepen, and broaden",
        why: "Commitment whose whole object is a general aim (broader cooperation).",
      },
      {
        anchor: "reiterated their support for the Global Counterterrorism Forum",
        why: "Restated support for a body, with nothing to be done.",
      },
      {
        anchor: "agreed that legal and administrative requirements should be implemented consistently",
        why: '"Agreed that" followed by a view.',
      },
      {
        anchor: "agreed to deepen their economic and commercial relationship",
        why: '"Agreed to" with a general aim as its whole object (no action named).',
      },
      {
        anchor: "The United States supports the development of Algeria’s energy sector",
        why: "Standing support, no action or resource named.",
      },
    ],
  },
  {
    id: "us-colombia-bicentennial-partnership-2022-03-10",
    name: "US–Colombia Bicentennial Partnership, leaders' joint statement (White House)",
    source: "The White House (Statements and Releases)",
    url: "https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/10/joint-statement-by-president-joseph-r-biden-jr-of-the-united-states-and-president-ivan-duque-marquez-of-the-republic-of-colombia-u-s-colombia-bicentennial-partnership/",
    meetingDate: "2022-03-10",
    region: "Latin America",
    kind: "joint statement of two presidents after talks at the White House",
    terms: US_GOV,
    stored: true,
    sha256: "78863bc4179117bc63c5ddfd8a9a54e36f2336e0b0946f0646b90bd0bdddba20",
    summary:
      "Presidents Biden and Duque marked 200 years of relations: the US intends to make Colombia a Major Non-NATO Ally; security cooperation becomes a strategic partnership; joint work against terrorism and crime; a drug policy on demand and supply; rural security, peace programmes and justice.",
    pledges: [
      {
        anchor: "The United States intends to designate Colombia as a Major Non-NATO Ally",
        why: "One party's stated intention to a formal act, checkable.",
      },
      {
        anchor: "We committed to expanding longstanding bilateral security cooperation, into a strategic partnership",
        why: '"committed to": an upgrade of security cooperation into a named partnership.',
      },
      {
        anchor: "we agreed to sustain robust cooperation to combat terrorism and transnational criminal actors",
        why: '"agreed to sustain": continued cooperation against named threats.',
      },
      {
        anchor: "as well as the malign influence of external actors",
        why: "Second target of the same agreed cooperation.",
      },
      {
        anchor: "We committed to advance our broader drug policy strategy",
        why: '"committed to": the strategy, here its demand side (prevention, treatment, harm reduction, recovery).',
      },
      {
        anchor: "reducing the supply of illicit drugs through renewed efforts",
        why: "Second strand of the same commitment (supply reduction through eradication, interdiction and the rest).",
      },
      {
        anchor: "Our comprehensive approach will combine rural security and development efforts",
        why: '"will combine": a concrete line of work.',
      },
      {
        anchor: "work to consolidate and sustain peace implementation and reconciliation programs",
        why: "Second undertaking of the same sentence.",
      },
      {
        anchor: "while ensuring that criminal actors are brought to justice",
        why: "Third undertaking of the same sentence.",
      },
    ],
    notPledges: [
      {
        anchor: "We met today to commemorate 200 years of diplomatic relations",
        why: "Why the leaders met: occasion and purpose.",
      },
    ],
  },
  {
    id: "uk-pakistan-enhanced-strategic-dialogue-summit-2012-05-10",
    name: "First Annual Summit of the UK–Pakistan Enhanced Strategic Dialogue, joint statement (GOV.UK)",
    source: "UK Government (GOV.UK, Prime Minister's Office)",
    url: "https://www.gov.uk/government/news/prime-minister-meets-pakistan-prime-minister",
    meetingDate: "2012-05-10",
    region: "South Asia",
    kind: "joint statement of an annual leaders' summit under a strategic dialogue (numbered paragraphs)",
    terms: UK_OGL,
    stored: true,
    sha256: "5a2f2e34baddc694b7f4ab9171a80cd010796692455973bf693a5cdb412204d3",
    summary:
      "Cameron and Gilani reviewed the Enhanced Strategic Dialogue at its first annual summit in London and launched a Trade and Investment Roadmap towards £2.5 billion of trade by 2015; Gilani pledged an enabling business environment, and hoped for UK support on GSP+.",
    pledges: [
      {
        anchor: "setting out the steps both governments will take to promote investment",
        why: '"will take": steps under the Roadmap, first purpose.',
      },
      { anchor: "support business", why: "Second purpose of the same steps." },
      {
        anchor: "achieve the target of increasing bilateral trade to £2.5 billion by 2015",
        why: "Third purpose: a dated, measurable target.",
      },
      {
        anchor: "pledged his government’s full support in ensuring an enabling business environment",
        why: "One party's own pledge at a bilateral meeting.",
      },
    ],
    notPledges: [
      { anchor: "Prime Minister meets Pakistan Prime Minister", why: "Title." },
      { anchor: "met today, marking the First Annual Summit", why: "Summary line: who met." },
      {
        anchor: "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
        why: "Page notice (history).",
      },
      { anchor: "Full text of the Joint Statement:", why: "Lead-in to the document." },
      {
        anchor: "today reviewed the significant progress made under the Enhanced Strategic Dialogue",
        why: "Review of past progress.",
      },
      { anchor: "noted that since its launch in 2011", why: "History." },
      { anchor: "reviewed the practical co-operation on shared interests", why: "Review of past co-operation." },
      {
        anchor: "challenged UK companies to look at the opportunities",
        why: "A call on third parties (companies), not an undertaking of the governments.",
      },
      { anchor: "expressed appreciation for the UK’s consistent support", why: "Thanks." },
      { anchor: "He hoped that the UK would continue to support Pakistan’s request for GSP+", why: "Hope." },
    ],
  },
  {
    id: "india-uk-2030-roadmap-2021-05-04",
    name: "2030 Roadmap for India–UK future relations, adopted at the leaders' virtual summit (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign, Commonwealth & Development Office)",
    url: "https://www.gov.uk/government/publications/india-uk-virtual-summit-may-2021-roadmap-2030-for-a-comprehensive-strategic-partnership/2030-roadmap-for-india-uk-future-relations",
    meetingDate: "2021-05-04",
    region: "South Asia",
    kind: "roadmap adopted at a leaders' virtual summit",
    terms: UK_OGL,
    stored: true,
    sha256: "350f8714b1a8604f39027edfd6e0bf512f00b8b1a72383f9992fb4c082b3dc6e",
    summary:
      "The opening of the India–UK 2030 Roadmap: a vision and the opportunity in general terms, then the elevation to a Comprehensive Strategic Partnership and an annual Strategic Review at Foreign Minister level to monitor, update and report on the Roadmap.",
    pledges: [
      {
        anchor: "we will elevate the India-UK relationship to a Comprehensive Strategic Partnership (CSP)",
        why: '"will elevate": a named change of status.',
      },
      {
        anchor: "We will have an annual Strategic Review meeting at the Foreign Minister level",
        why: '"will have": a recurring meeting, checkable.',
      },
      { anchor: "if required update it", why: "Conditional undertaking of the same sentence (update the Roadmap)." },
      {
        anchor: "report back on the progress to our Prime Ministers",
        why: "Third undertaking of the same sentence.",
      },
    ],
    notPledges: [
      { anchor: "2030 Roadmap for India-UK future relations", why: "Title." },
      { anchor: "Published 4 May 2021", why: "Page date." },
      { anchor: "2030 Vision", why: "Heading." },
      {
        anchor: "India and the UK are committed to a partnership that delivers for both countries",
        why: "Commitment whose whole object is a general aim.",
      },
      { anchor: "Our 2030 vision is for revitalised and dynamic connections", why: "Vision, no action." },
      { anchor: "The opportunity", why: "Heading." },
      { anchor: "Both India and the UK are vibrant democracies", why: "Description." },
      { anchor: "Both are suitably placed to bring their respective strengths", why: "View." },
      {
        anchor: "The Roadmap will guide cooperation for the next ten years",
        why: "What the document is for, not an act of the parties.",
      },
      { anchor: "I. Connecting our countries and people", why: "Heading." },
      {
        anchor: "we will strengthen the bonds between our countries",
        why: '"will" with a general aim as its whole object.',
      },
      { anchor: "The India-UK relationship has at its heart shared history", why: "Description." },
    ],
  },
  {
    id: "us-gcc-camp-david-summit-2015-05-14",
    name: "US–Gulf Cooperation Council summit at Camp David, joint statement (White House, via the American Presidency Project)",
    source: "The White House (joint statement as reproduced by The American Presidency Project, UCSB)",
    url: "https://www.presidency.ucsb.edu/documents/joint-statement-the-united-states-and-the-gulf-cooperation-council",
    meetingDate: "2015-05-14",
    region: "Middle East (Gulf)",
    kind: "joint statement of a multilateral summit (a power and a regional organisation)",
    terms: WH_UCSB,
    stored: true,
    sha256: "f18ac6c6672cd30783de5d3c3290f04489a35f59b5c8a8188f9be881eb4de21c",
    summary:
      "President Obama and the GCC delegations at Camp David: a restated partnership and US policy, then the US readiness to deter and confront external threats to GCC states and to decide with them on action, and the GCC states' undertaking to consult the US before military action abroad.",
    pledges: [
      {
        anchor: "is prepared to work jointly with the GCC states to deter and confront an external threat",
        why: "One party's readiness to a named joint action.",
      },
      {
        anchor: "stands ready to work with our GCC partners to determine urgently what action may be appropriate",
        why: "Conditional undertaking (in the event of aggression).",
      },
      {
        anchor: "GCC states will consult with the United States when planning to take military action beyond GCC borders",
        why: '"will consult": a checkable procedural undertaking of the other parties.',
      },
    ],
    notPledges: [
      { anchor: "Joint Statement by the United States and the Gulf Cooperation Council", why: "Title." },
      { anchor: "May 14, 2015", why: "Date." },
      { anchor: "met today at Camp David to reaffirm and deepen", why: "Who met, where, and why." },
      {
        anchor: "The leaders underscored their mutual commitment to a U.S.-GCC strategic partnership",
        why: "Commitment to a partnership, a general aim with nothing named to be done.",
      },
      { anchor: "The United States shares with our GCC partners a deep interest", why: "Statement of interest (view)." },
      {
        anchor: "The United States policy to use all elements of power",
        why: "Restated standing policy, described as unequivocal; the operative undertakings follow.",
      },
    ],
  },
  {
    id: "uk-bangladesh-strategic-dialogue-2018-03-16",
    name: "Second UK–Bangladesh Strategic Dialogue, joint statement (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign and Commonwealth Office)",
    url: "https://www.gov.uk/government/news/joint-statement-following-the-second-uk-bangladesh-strategic-dialogue",
    meetingDate: "2018-03-16",
    region: "South Asia",
    kind: "joint statement of an official-level strategic dialogue",
    terms: UK_OGL,
    stored: true,
    sha256: "696ec4823e293ec7cea50663f21666dddefb5eeb4a21a0fffe320150175e4ea2",
    summary:
      "The second UK–Bangladesh Strategic Dialogue (McDonald and Haque): the UK's restated commitments on the Rohingya crisis and on visa services, beside welcomes, views and a look forward to Bangladesh's own higher-education rules. The meeting's date is not in the opening; the page's date is used.",
    pledges: [
      {
        anchor: "keeping the international spotlight on the Rohingya crisis",
        why: "The UK's commitment, reported through Bangladesh's welcome: to keep the crisis on the international agenda.",
      },
      {
        anchor: "supporting Bangladesh in its humanitarian response",
        why: "Support that names something to be done (the humanitarian response).",
      },
      {
        anchor: "the voluntary, safe, and dignified return of the Rohingya to Burma",
        why: "Second object of the same support: the refugees' return.",
      },
      {
        anchor: "restated its commitment to maintain a high quality service for Bangladeshi nationals at the visa application centres",
        why: "Restated commitment to a concrete service in named places.",
      },
    ],
    notPledges: [
      { anchor: "The dialogue involved a fruitful exchange of views", why: "What was discussed." },
      { anchor: "The UK commended Bangladesh for hosting", why: "Praise." },
      { anchor: "The Strategic Dialogue was led by Permanent Under-Secretary", why: "Participants." },
      {
        anchor: "The meeting began with both sides noting the success of the inaugural Strategic Dialogue",
        why: "History and welcome.",
      },
      { anchor: "underscored the importance of an exchange of visits", why: "View." },
      { anchor: "Both sides briefed on their countries’ political developments", why: "Discussion." },
      {
        anchor: "The UK looked forward to early implementation of the Cross-Border Higher Education Rules",
        why: "Looks forward to the other side's own measure, no event the parties are to hold.",
      },
      { anchor: "agreed on the importance of education for women and girls", why: "Agreement on a view." },
      { anchor: "The UK welcomed the significant progress Bangladesh has made", why: "Welcome." },
    ],
  },
  {
    id: "uk-mexico-deputy-prime-minister-pena-nieto-2015-03-04",
    name: "Deputy Prime Minister Clegg meets President Peña Nieto during the state visit (GOV.UK)",
    source: "UK Government (GOV.UK, Deputy Prime Minister's Office)",
    url: "https://www.gov.uk/government/news/nick-clegg-meets-president-enrique-pena-nieto",
    meetingDate: "2015-03-04",
    region: "Latin America",
    kind: "one side's readout of a leaders' meeting during a state visit",
    terms: UK_OGL,
    stored: true,
    sha256: "fb7b346642b32a9ddb28e04293ac9f56af496123c5288b33c094533c826092fe",
    summary:
      "Nick Clegg met President Peña Nieto in London: trade, reforms and human rights discussed and welcomed; the UK offered continued assistance on security, justice and human rights, and announced a British Council schools initiative and a poetry translation challenge.",
    pledges: [
      {
        anchor: "offered continued UK assistance in improving security, the justice system and human rights in Mexico",
        why: "One party's offer of continued assistance in named fields.",
      },
      {
        anchor: "announced a new initiative by the British Council to produce ‘Mexico Assembly Packs’",
        why: "Announced initiative of a UK public body, with a checkable reach (10,000 schools).",
      },
      {
        anchor: "also announced the Young People’s Mexican Poetry Translation Challenge",
        why: "Announced programme to be run with the British Council, checkable.",
      },
    ],
    notPledges: [
      { anchor: "met President Enrique Peña Nieto of Mexico today (4 March 2015)", why: "Who met, when." },
      {
        anchor: "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
        why: "Page notice (history).",
      },
      { anchor: "Credit: Matt Dunham/AP/Press Association Images", why: "Photo credit." },
      { anchor: "attended a business breakfast together at Buckingham Palace", why: "Itinerary." },
      { anchor: "discussed the importance of bilateral trade and investment", why: "Discussion." },
      {
        anchor: "underlined his support for Mexico’s groundbreaking domestic reforms",
        why: "Support for a partner's policy, nothing to be done; view.",
      },
      { anchor: "Both leaders discussed the human rights situation in Mexico", why: "Discussion." },
      { anchor: "welcomed the proposals presented by the President", why: "Welcome and view." },
      { anchor: "They also discussed the strength of our education links", why: "Discussion." },
      { anchor: "The packs will teach children Spanish words and phrases", why: "Description of the packs." },
    ],
  },
  {
    id: "eu-argentina-joint-committee-2024-07-01",
    name: "13th EU–Argentina Joint Committee, joint press statement (EEAS)",
    source: "European External Action Service (EEAS Press Team)",
    url: "https://eeas.europa.eu/node/443775_fr",
    meetingDate: "2024-07-01",
    region: "Latin America",
    kind: "joint committee under a framework agreement (joint press statement)",
    terms: EEAS,
    stored: true,
    sha256: "16245b23001cf4bbc1b8494efb5849e8f15abe5a51ebdc70d0782effc2ddf25e",
    summary:
      "The 13th EU–Argentina Joint Committee in Buenos Aires: restated commitments to the relationship, democracy and multilateralism, support for Ukraine, concern over Gaza, and one undertaking to work for results at the 2025 EU–CELAC summit. The meeting's date is not given; the statement's date is used.",
    pledges: [
      {
        anchor: "to working to ensure that the 2025 EU-CELAC Summit in Colombia delivers concrete results",
        why: "Commitment tied to a dated event the parties attend.",
      },
    ],
    notPledges: [
      { anchor: "Argentina: 13th Joint Committee with the European Union held in Buenos Aires", why: "Title." },
      { anchor: "01.07.2024", why: "Dateline." },
      { anchor: "EEAS Press Team", why: "Byline." },
      { anchor: "This is a text of a joint press statement agreed between", why: "Note on the document." },
      {
        anchor: "The 13th meeting of the Joint Committee between Argentina and the European Union took place",
        why: "Where and under which agreement: itinerary.",
      },
      { anchor: "A wide range of issues of mutual interest were addressed", why: "What was discussed." },
      {
        anchor: "Both sides reiterated their commitment to strengthening the bilateral relationship",
        why: "Commitment whose whole object is a general aim.",
      },
      {
        anchor: "reaffirmed their commitment to democracy, the rule of law",
        why: "Restated commitment to principles.",
      },
      {
        anchor: "both sides strongly supported a rules-based international order",
        why: "Support for a principle.",
      },
      { anchor: "The Joint Committee discussed current foreign policy issues", why: "Discussion." },
      {
        anchor: "reaffirmed their unequivocal support to Ukraine",
        why: "Restated support for a country, nothing to be done; welcome of a past summit.",
      },
      { anchor: "Both sides condemned Hamas’ attacks on Israel", why: "Condemnation and concern." },
    ],
  },
  {
    id: "uk-morocco-strategic-dialogue-2018-07-05",
    name: "Inaugural UK–Morocco Strategic Dialogue, Foreign Secretary's statement (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign and Commonwealth Office)",
    url: "https://www.gov.uk/government/news/inaugural-uk-morocco-strategic-dialogue-held-in-london",
    meetingDate: "2018-07-05",
    region: "North Africa",
    kind: "one minister's statement after an inaugural strategic dialogue",
    terms: UK_OGL,
    stored: true,
    sha256: "864c3af9abaa150fc0b3829abdb7fe88a68f43cbf3636dac73c015fac937b6a5",
    summary:
      "Boris Johnson on the first UK–Morocco Strategic Dialogue in London: an annual forum alternating between the two countries, four themes, letters exchanged, an education agreement signed, and a look forward to the next dialogue in Rabat.",
    pledges: [
      {
        anchor: "establishing this annual forum, alternating between the UK and Morocco",
        why: "The forum is set up as annual and alternating: a schedule the parties are to keep, checkable by the next sessions.",
      },
      {
        anchor: "indeed to the next dialogue in Rabat",
        why: '"Look forward to" the next session of an annual forum, at a named place: an event the parties are to hold.',
      },
    ],
    notPledges: [
      { anchor: "The Dialogue aims to deepen and strengthen our cooperation", why: "Purpose of the forum, a general aim." },
      { anchor: "Foreign Secretary Boris Johnson said:", why: "Attribution." },
      { anchor: "I was delighted to host Moroccan Foreign Minister Bourita", why: "Who met, where." },
      {
        anchor: "we agreed to focus our discussion on four themes",
        why: "The agenda of the meeting itself (past).",
      },
      { anchor: "We exchanged letters on how the Dialogue might work", why: "Done at the meeting; discussion of a working group." },
      { anchor: "We also discussed transport and tourist security", why: "Discussion." },
      {
        anchor: "I was particularly pleased to sign an education agreement",
        why: "A document signed at the meeting; what it allows is for schools, not an act of the parties.",
      },
    ],
  },
  {
    id: "us-colombia-high-level-dialogue-2019-10-09",
    name: "US–Colombia High Level Dialogue, joint communiqué (US Embassy in Colombia)",
    source: "US Department of State (US Embassy in Colombia)",
    url: "https://co.usembassy.gov/u-s-colombia-high-level-dialogue-joint-communique/",
    meetingDate: "2019-10-09",
    region: "Latin America",
    kind: "joint communiqué of a ministerial high-level dialogue",
    terms: US_STATE,
    stored: true,
    sha256: "167910a597c184765fad3100da89b15123b1cfa686f532d656a01c5eea6d67c9",
    summary:
      "Pompeo and Holmes Trujillo at the High Level Dialogue: the shared goal of halving coca cultivation and cocaine production by 2023, and a strategic cooperation framework (INL, USAID, Colombia) focused on six to eight priority municipalities in the Zonas Futuro.",
    pledges: [
      {
        anchor: "reaffirmed the shared goal of reducing coca cultivation and cocaine production in half by the end of 2023",
        why: "Restated dated, measurable target of both countries.",
      },
      {
        anchor:
          "agreed to coordinate counternarcotics, security, and economic prosperity efforts through a strategic cooperation framework",
        why: '"agreed to": a named framework between named agencies.',
      },
      {
        anchor: "This effort will focus on six to eight priority PDET municipalities",
        why: '"will focus": a checkable scope for the framework.',
      },
    ],
    notPledges: [
      { anchor: "U.S.-Colombia High Level Dialogue Joint Communique", why: "Title." },
      { anchor: "met under the auspices of the High Level Dialogue", why: "Who met, when." },
      { anchor: "Secretary Pompeo commended President Ivan Duque’s leadership", why: "Praise of past results." },
      {
        anchor: "Colombia and the United States recognized that expanding economic opportunities",
        why: "Shared view of what is needed.",
      },
      { anchor: "The Zonas Futuro are the Duque Administration’s targeted approach", why: "Description." },
      { anchor: "Zonas Futuro complement the territorial development plans", why: "Description." },
    ],
  },
  {
    id: "us-bangladesh-partnership-dialogue-2012-05-05",
    name: "US–Bangladesh Partnership Dialogue declaration, signed in Dhaka (US Department of State)",
    source: "US Department of State (Office of the Spokesperson, archived 2009–2017 site)",
    url: "https://2009-2017.state.gov/r/pa/prs/ps/2012/05/189363.htm",
    meetingDate: "2012-05-05",
    region: "South Asia",
    kind: "joint declaration signed by two foreign ministers during a visit",
    terms: US_STATE,
    stored: true,
    sha256: "eb187910506d6dc082c466faf74213f4eeeb5987d7ebb23e36e70791263a639f",
    summary:
      "Clinton and Dipu Moni signed a declaration launching the Partnership Dialogue: affirmations, beliefs and restated support, with two intentions — a development partnership on named priorities and deeper security dialogue on named threats.",
    pledges: [
      {
        anchor: "we intend our broader collaboration to be anchored in a strong bilateral development partnership",
        why: '"intend": a development partnership focused on named priorities (food security, health, climate and the rest).',
      },
      {
        anchor: "We affirm our dedication to deepening dialogue in security cooperation",
        why: "Dedication to a concrete activity (dialogue) on named threats, checkable.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement on U.S.-Bangladesh Partnership Dialogue", why: "Title." },
      { anchor: "Media Note", why: "Heading." },
      { anchor: "Office of the Spokesperson", why: "Heading." },
      { anchor: "Washington, DC\nMay 5, 2012", why: "Dateline (the date alone recurs below)." },
      { anchor: "signed the following agreement on May 5, 2012 in Dhaka", why: "A document signed: lead-in to its text." },
      {
        anchor: "affirm the strong bonds of friendship and shared values",
        why: "Affirmation and desire, a general aim.",
      },
      { anchor: "We believe that a strong partnership between Bangladesh and the United States", why: "View." },
      {
        anchor: "our shared interests and values, including respect for human rights and the rule of law, should guide",
        why: "View on what should guide engagement.",
      },
      { anchor: "We reiterate our support for the United Nations system", why: "Restated support for an institution." },
    ],
  },
  {
    id: "eu-central-asia-ministerial-2018-11-23",
    name: "EU–Central Asia Ministerial meeting, High Representative's press remarks (EEAS)",
    source: "European External Action Service (remarks of the High Representative/Vice-President)",
    url: "https://eeas.europa.eu/delegations/colombia/54559/remarks-high-representative-vice-president-federica-mogherini-press-conference-following-eu_ja",
    meetingDate: "2018-11-23",
    region: "Central Asia",
    kind: "one side's press remarks after a multilateral ministerial meeting",
    terms: EEAS,
    stored: true,
    sha256: "b591f5eb7bac60b38e1e47fc00516442cb0aaaf7984da4f1647d6193e18b0fca",
    summary:
      "Mogherini after the EU–Central Asia Ministerial in Brussels: assessments of the meeting and the week, negotiations launched with Uzbekistan and ongoing with Kyrgyzstan, and an undertaking to look at starting negotiations with Tajikistan.",
    pledges: [
      {
        anchor: "so we will look at starting negotiations soon",
        why: '"will look at starting negotiations" with Tajikistan: checkable by whether talks open.',
      },
    ],
    notPledges: [
      {
        anchor: "Remarks by High Representative-Vice President Federica Mogherini at the press conference",
        why: "Title.",
      },
      { anchor: "Bruxelles, 23/11/2018 - 17:51, UNIQUE ID: 181128_5", why: "Dateline." },
      { anchor: "My apologies for the delay.", why: "Remark to the press." },
      { anchor: "This reflects the fact that we had not complicated but very fruitful", why: "Assessment of the talks." },
      { anchor: "I wanted to take the time to brief you", why: "Itinerary of the day." },
      { anchor: "I have visited Central Asia twice over the past year", why: "History." },
      { anchor: "This shows the European Union's strong commitment to the region", why: "View." },
      { anchor: "Our meeting today took place in a very intense week", why: "Assessment." },
      { anchor: "On Monday the European Union Member States' Foreign Ministers discussed", why: "Past discussion." },
      { anchor: "Earlier today, I launched negotiations together with Minister", why: "Done at the meeting (history)." },
      { anchor: "Negotiations for a similar agreement with Kyrgyzstan are ongoing", why: "Ongoing activity and a past signature." },
    ],
  },
  {
    id: "us-brazil-high-level-dialogue-2022-04-25",
    name: "2022 US–Brazil High-Level Dialogue in Brasília (US Embassy in Brazil)",
    source: "US Department of State (US Embassy in Brazil)",
    url: "https://br.usembassy.gov/high-level-representatives-participate-in-the-2022-high-level-us-brazil-dialogue-in-brasilia/",
    meetingDate: "2022-04-25",
    region: "Latin America",
    kind: "readout of a vice-ministerial high-level dialogue",
    terms: US_STATE,
    stored: true,
    sha256: "6fd5181dbe7b4af1e812b64f30a3895417da887b9b52146af080f9beba8f5ffa",
    summary:
      "Nuland and Fernandez co-chaired the US–Brazil High Level Dialogue with Brazil's secretaries: shared goals reaffirmed, Ukraine, trade, OECD accession and supply chains discussed, and one US undertaking to send fertiliser experts.",
    pledges: [
      {
        anchor: "the United States will also send experts in the field of fertilizers",
        why: 'One party\'s "will send": checkable.',
      },
    ],
    notPledges: [
      {
        anchor: "High-level representatives participate in the 2022 High-level US-Brazil Dialogue in Brasilia",
        why: "Title.",
      },
      {
        anchor: "co-chaired the U.S.-Brazil High Level Dialogue 2022 with their counterparts",
        why: "Dateline, who met.",
      },
      {
        anchor: "The Dialogue reaffirmed shared goals of strengthening democratic governance",
        why: "Restated general aims.",
      },
      {
        anchor: "reiterated their firm commitment to peace and security",
        why: "Commitment to a principle, with discussion.",
      },
      {
        anchor: "Participants discussed the vast bilateral trade and investment relationship",
        why: "Discussion (including the US's standing support for OECD accession, nothing new to be done).",
      },
      {
        anchor: "Participants also discussed ways to build more resilient supply chains",
        why: "Discussion ahead of a forum, no undertaking.",
      },
    ],
  },
];
