// Corpus A of the real-readout corpus (issue 14): readouts from the US Department of State and the White House,
// the Kremlin, EU institutions, the UK Government and one news agency, labelled by meaning before any extraction
// rule was run on them. Each text is the opening of the page as stored by the public-pages search, with website
// chrome removed at the start and a truncated last sentence removed at the end; nothing else was edited.
// Headings that are a single word repeated elsewhere in the text (e.g. "Energy") cannot carry a unique anchor and
// are left unlabelled.

import type { CorpusReadout } from "./types";

const US_GOV = "A work of the US federal government, in the public domain (17 U.S.C. § 105): the text may be stored.";
const EU_COMMISSION =
  "European Commission content: reuse authorised provided the source is acknowledged (Commission Decision 2011/833/EU): stored with attribution.";
const EU_COUNCIL =
  "Council of the EU website content: reuse authorised provided the source is acknowledged (Council Decision (EU) 2017/1842, in line with Commission Decision 2011/833/EU): stored with attribution.";
const UK_OGL = "Crown copyright published on GOV.UK under the Open Government Licence v3.0: stored with attribution.";
const KREMLIN = "kremlin.ru content is licensed under Creative Commons Attribution 4.0: stored with attribution.";
const US_STATE =
  "US Department of State release (the embassy site is the Department's): a US federal government work, in the public domain (17 U.S.C. § 105): the text may be stored.";

export const CORPUS_A: CorpusReadout[] = [
  {
    id: "us-mexico-hled-2016-02-25",
    name: "US–Mexico High-Level Economic Dialogue 2016 (White House)",
    source: "The White House (Office of the Vice President)",
    url: "https://www.whitehouse.gov/the-press-office/2016/02/25/joint-statement-2016-us-mexico-high-level-economic-dialogue",
    meetingDate: "2016-02-25",
    region: "North America",
    kind: "joint statement of a cabinet-level economic dialogue",
    terms: US_GOV,
    stored: true,
    sha256: "c4fdc6dedabbe182ef3f67178fc7bd3e3ab91feaa1fb754f088e10bad2d9c444",
    summary:
      "Vice President Biden and Secretary Videgaray set the dialogue's goals for 2016; the opening covers the energy goals: an energy business council, expert assistance for Mexico's power market and shared North American energy data.",
    pledges: [
      {
        anchor: "will formalize the establishment of the U.S.-Mexico Energy Business Council",
        why: '"will formalize": a named council to be set up.',
      },
      {
        anchor: "both countries intend to hold the inaugural Council meeting in the next few months",
        why: "Intention to hold the first meeting, with a time frame.",
      },
      { anchor: "Mexico will initiate its internal process to select Mexico’s membership", why: '"will initiate": Mexico\'s own step.' },
      {
        anchor: "will convene experts to provide assistance to support Mexico’s transition to a competitive power market",
        why: '"will convene experts": first purpose of the expert work.',
      },
      {
        anchor: "to promote the sustainable development of unconventional resources",
        why: "Second purpose of the same expert work, a separate line of cooperation.",
      },
      {
        anchor: "to share best practices on offshore oil and gas project regulations",
        why: "Third purpose: sharing regulatory practice on offshore projects.",
      },
      { anchor: "in cooperation with Canada, will continue to share energy data", why: '"will continue to": trilateral data sharing.' },
      { anchor: "advance work on a North American mapping system", why: "Second undertaking of the same sentence." },
    ],
    notPledges: [
      { anchor: "Office of the Vice President", why: "Heading: the issuing office." },
      { anchor: "For Immediate Release", why: "Heading." },
      { anchor: "Joint Statement: 2016 U.S.-Mexico High-Level Economic Dialogue", why: "Title." },
      { anchor: "is the premier forum for bilateral economic cooperation", why: "Description of the dialogue." },
      { anchor: "co-chaired the third Cabinet-level meeting to highlight the significant progress", why: "Who met and why: itinerary." },
      { anchor: "Priorities for 2016", why: "Heading." },
      { anchor: "The HLED focuses on the following priority work areas", why: "Description of the agenda." },
      {
        anchor: "Our two countries agree to work toward the following goals in 2016",
        why: "Lead-in to the list: the undertakings are the bullets, each labelled on its own.",
      },
      {
        anchor: "The United States has issued a Federal Register Notice to select U.S. membership",
        why: "A step already taken (the rest of the sentence is a pledge).",
      },
      { anchor: "Modern Borders", why: "Heading (the section's text is cut off in the stored excerpt)." },
    ],
  },
  {
    id: "eu-au-commission-to-commission-2020-02-27",
    name: "10th EU–AU Commission-to-Commission meeting (European Commission)",
    source: "European Commission (DG International Partnerships)",
    url: "https://international-partnerships.ec.europa.eu/news-and-events/news/10th-european-union-african-union-commission-commission-meeting-2020-03-03_bg",
    meetingDate: "2020-02-27",
    region: "Africa / Europe",
    kind: "meeting of two regional organisations' executives (commission-to-commission)",
    terms: EU_COMMISSION,
    stored: true,
    sha256: "79aae6acfa7dbf46c212445fe610c12897956e03b6e647591d04aba64ed1f277",
    summary:
      "The European Commission and the AU Commission met in Addis Ababa to review the Abidjan priorities; on growth and trade they agreed on infrastructure, private-sector synergies, domestic resources, illicit flows and youth skills.",
    pledges: [
      {
        anchor: "agreed on the need to prioritise regional infrastructure",
        why: "An agreed priority for both Commissions' programmes, checkable in what they fund (a concrete aim, not a general view).",
      },
      { anchor: "The parties agreed to maximise synergies between European and African private sectors", why: '"agreed to".' },
      { anchor: "to promote the diversification of African economies", why: "Second action of the same sentence." },
      { anchor: "The two sides agreed to improve domestic resource mobilisation", why: '"agreed to".' },
      { anchor: "complement Africa's efforts to stop illicit financial flows", why: "Second action of the same sentence." },
      { anchor: "The two Commissions agreed to enhance youth skills development", why: '"agreed to".' },
      { anchor: "better match skills with the labour market", why: "Second action of the same sentence." },
    ],
    notPledges: [
      {
        anchor: "10th European Union-African Union Commission-to-Commission Meeting",
        why: "Title (unique only with its capital M: the body repeats it with a small m).",
      },
      { anchor: "was held at the African Union (AU) Headquarters in Addis Ababa", why: "Where and when: itinerary." },
      { anchor: "The meeting was co-chaired by the Chairperson of the AU Commission", why: "Participants." },
      { anchor: "The visit marked a record-high participation of EU Commissioners", why: "Assessment of the visit." },
      { anchor: "The aim of the meeting was to take note of progress", why: "Agenda of the meeting." },
      {
        anchor: "reiterated their commitment to support multilateralism as an effective modality",
        why: "Commitment to a general principle: no action an analyst could find done or not done.",
      },
      {
        anchor: "stressed the importance of the African Continental Free Trade Area",
        why: "A view on the AU members' trade area, not an undertaking of the Commissions.",
      },
    ],
  },
  {
    id: "uk-kenya-strategic-partnership-2020-01-21",
    name: "UK–Kenya Strategic Partnership 2020–2025 (GOV.UK)",
    source: "UK Government (GOV.UK, Prime Minister's Office)",
    url: "https://www.gov.uk/government/news/uk-kenya-strategic-partnership-2020-2025",
    meetingDate: "2020-01-21",
    region: "East Africa",
    kind: "joint statement of two leaders after talks in London",
    terms: UK_OGL,
    stored: true,
    sha256: "de5700357ff05ba1effc4123cb81264f60048f4b5faf1043e33c3c00d066f74f",
    summary:
      "Prime Minister Johnson and President Kenyatta raised relations to a Strategic Partnership for 2020–2025 with five pillars; the opening covers the first pillar, mutual prosperity.",
    pledges: [
      {
        anchor: "agreed to elevate this relationship to an even more ambitious Strategic Partnership",
        why: '"agreed to": the partnership framework that the rest of the statement fills in.',
      },
      { anchor: "From 2020 to 2025, we will work together across 5 pillars", why: '"will work together", dated, with named pillars.' },
      { anchor: "we will increase their breadth and strength", why: "Undertaking to grow the economic ties under the prosperity pillar." },
      { anchor: "our countries will develop new investment and trade opportunities", why: '"will develop".' },
    ],
    notPledges: [
      { anchor: "Prime Minister Johnson and President Kenyatta said in a joint statement", why: "Attribution line." },
      { anchor: "enjoy a deep, diverse and historic relationship", why: "Description of the relationship." },
      { anchor: "It is anchored by a shared set of values", why: "Description." },
      {
        anchor: "This will allow us to focus our collective expertise",
        why: "Expected effect of the partnership, no separate undertaking.",
      },
      {
        anchor: "A focus on quality investments and improving environmental, social and corporate standards will ensure sustainable growth",
        why: 'A prediction ("will ensure"), not an undertaking by either side.',
      },
    ],
  },
  {
    id: "uk-vietnam-strategic-dialogue-2018-01-05",
    name: "Sixth UK–Vietnam Strategic Dialogue (GOV.UK)",
    source: "UK Government (GOV.UK, Foreign and Commonwealth Office)",
    url: "https://gov.uk/government/news/joint-communique-on-sixth-uk-vietnam-strategic-dialogue",
    meetingDate: "2018-01-05",
    region: "Southeast Asia",
    kind: "joint communiqué of vice-ministerial strategic dialogue",
    terms: UK_OGL,
    stored: true,
    sha256: "1ca20c468976557b54a453f8356b47a118e7ed999d8bf06728ec33dc7f480f13",
    summary:
      "Minister Mark Field and Vice Minister Bui Thanh Son reviewed the UK–Vietnam Strategic Partnership in Hanoi, agreeing on exchanges of delegations, trade continuity after Brexit, the business environment and the Chevening scheme.",
    pledges: [
      { anchor: "Both sides agreed to promote exchange of delegations at various levels", why: '"agreed to".' },
      { anchor: "to enhance the effectiveness of bilateral cooperation mechanisms", why: "Second undertaking of the same sentence." },
      {
        anchor: "the support for early ratification of the EU-Vietnam Free Trade Agreement",
        why: "Support for a named agreement's ratification: checkable.",
      },
      {
        anchor: "commitment to avoiding any disruption in the growth of bilateral relations",
        why: "Commitment tied to Brexit: checkable by whether continuity arrangements are made.",
      },
      { anchor: "and to ensuring continuity in key areas", why: "Second object of the same commitment." },
      {
        anchor: "discussion and agreement to further enhance cooperation on improving the business environment",
        why: "Agreement noun, with a named programme (the Prosperity Fund).",
      },
      { anchor: "both sides agreed to work more closely to promote the scheme", why: '"agreed to": promoting Chevening scholarships.' },
    ],
    notPledges: [
      { anchor: "Joint communiqué on sixth UK-Vietnam Strategic Dialogue", why: "Title." },
      { anchor: "Minister Mark Field and Permanent Vice Minister", why: "Summary line: who met." },
      { anchor: "co-chaired the sixth UK-Vietnam Strategic Dialogue on 5 January 2018 in Hanoi", why: "Who, when, where." },
      { anchor: "The Dialogue flowed from the bilateral Strategic Partnership signed in 2010", why: "History and purpose." },
      {
        anchor: "There was a shared understanding of the importance of championing and delivering free trade",
        why: "A shared view; the undertakings later in the sentence are labelled as pledges.",
      },
      { anchor: "Both sides welcomed the further broadening and strengthening", why: "Welcome." },
      { anchor: "Bilateral trade and investment continues to expand", why: "Past figures." },
      { anchor: "remains at the core of the Partnership and is growing strongly", why: "Description." },
      {
        anchor: "The number of UK Chevening Scholarship places available for Vietnamese applicants has increased",
        why: "A past fact (the sentence ends with a pledge).",
      },
      { anchor: "There was discussion about the importance of cooperation on consular matters", why: "Discussion." },
    ],
  },
  {
    id: "eu-china-summit-2019-04-09",
    name: "21st EU–China summit, main results (Council of the EU)",
    source: "Council of the European Union / European Council",
    url: "https://www.consilium.europa.eu/en/meetings/international-summit/2019/04/09/",
    meetingDate: "2019-04-09",
    region: "East Asia / Europe",
    kind: "summit outcome page (main results)",
    terms: EU_COUNCIL,
    stored: true,
    sha256: "64d985d2a5d5855b15df135187955c4e6f5d5e07c237de1695bf9ddfc13591a5",
    summary:
      "The Council's summary of the 21st EU–China summit in Brussels: a joint statement, WTO reform, industrial subsidies, a new cooperation agenda beyond 2020, market access, and the EU's human rights concerns.",
    pledges: [
      {
        anchor: "The EU and China committed to further strengthen the EU-China strategic partnership",
        why: "Restated commitment to the strategic partnership (labelled like the JSPG fixture's).",
      },
      {
        anchor: "They reaffirmed their joint engagement to reform the World Trade Organisation",
        why: "Support for a named institutional change.",
      },
      { anchor: "The EU and China agreed to work together to address industrial subsidies", why: '"agreed to".' },
      {
        anchor: "The EU and China committed to deepen the EU-China strategic partnership",
        why: "Restated commitment; the next sentence gives it a deliverable.",
      },
      { anchor: "They will adopt a new cooperation agenda beyond 2020 by the next summit", why: "Deliverable with a deadline." },
      {
        anchor: "committed to build their economic relationship on openness, non-discrimination and fair competition",
        why: '"committed to": trackable in market-access and competition measures.',
      },
      {
        anchor: "reiterated their willingness to provide each other with broader and more facilitated",
        why: "Restated readiness to open markets to each other.",
      },
    ],
    notPledges: [
      { anchor: "Main results", why: "Heading." },
      {
        anchor: "Leaders agreed on a joint statement setting the direction",
        why: "Adoption of a document: an outcome of the meeting, not a further undertaking.",
      },
      { anchor: "Both sides agreed on a joint statement setting out the direction", why: "Adoption of the document (restated)." },
      { anchor: "Negotiations have been difficult, but ultimately fruitful", why: "Quotation: assessment of the talks." },
      { anchor: "We managed to agree a joint statement, which sets the direction", why: "Quotation: outcome already achieved." },
      { anchor: "This was our common effort and it is our common success", why: "Quotation: assessment." },
      {
        anchor: "Leaders expressed their joint support for multilateralism and rules-based trade",
        why: "Support for general principles: no action to check (the WTO pledge follows).",
      },
      { anchor: "They also discussed foreign and security issues", why: "Discussion." },
      { anchor: "represented the EU at the summit", why: "Participants." },
      { anchor: "Chinese Premier Li Keqiang represented China", why: "Participants." },
      { anchor: "EU-China summit - joint statement", why: "Link to a document (page furniture inside the text)." },
      { anchor: "Remarks by President Donald Tusk after the EU-China summit in Brussels", why: "Link to a document." },
      { anchor: "EU-China cooperation", why: "Heading." },
      { anchor: "The summit was also an opportunity for a discussion on cooperation on human rights", why: "Discussion." },
      { anchor: "welcomed the holding of their human rights dialogue in China on 1-2 April", why: "Welcome of a past event." },
      {
        anchor: "I underlined the need to maintain the EU-China Human Rights Dialogue",
        why: "Quotation: one side's call on the other to keep a dialogue going, not a joint undertaking.",
      },
      { anchor: "I expressed again the EU's serious concerns as regards human rights", why: "Quotation: concern." },
    ],
  },
  {
    id: "eu-russia-summit-2002-05-29",
    name: "EU–Russia summit joint statement, Moscow 2002 (European Commission press release)",
    source: "European Commission (press release database, europa.eu/rapid)",
    url: "http://europa.eu/rapid/press-release_DOC-02-12_en.htm",
    meetingDate: "2002-05-29",
    region: "Europe / Russia",
    kind: "joint statement of a summit",
    terms: EU_COMMISSION,
    stored: true,
    sha256: "9e60445fdf4ec66075d5520afc53f685f60b179c943a77149b203746263ed28a",
    summary:
      "Opening of the joint statement of the May 2002 EU–Russia summit in Moscow (Putin, Aznar, Solana, Prodi): the strategic partnership, continued use of the PCA and both sides' strategies, and joint work against terrorism, drugs, illegal migration and organised crime.",
    pledges: [
      {
        anchor: "We reaffirmed our intention to continue making an effective use of the Partnership and Cooperation Agreement",
        why: "Restated intention to keep using named agreements and strategies.",
      },
      {
        anchor: "We intend to increase joint efforts to meet successfully common challenges, especially international terrorism",
        why: '"intend to": joint effort against terrorism, the first challenge listed.',
      },
      { anchor: "as well as drug production and trafficking", why: "Second challenge of the same undertaking." },
      { anchor: "illegal migration and other manifestations of organised crime", why: "Third challenge of the same undertaking." },
    ],
    notPledges: [
      { anchor: "(Moscow, 29 May, 2002)", why: "Dateline." },
      { anchor: "Joint Statement", why: "Title." },
      { anchor: "by V.V. Putin, President of the Russian Federation", why: "Heading: signatories." },
      { anchor: "J.M. Aznar, President of the European Council, assisted by J. Solana", why: "Heading: signatories." },
      { anchor: "Secretary-General of the EU Council/High Representative", why: "Heading: signatories." },
      { anchor: "for Common Foreign and Security Policy of the EU", why: "Heading: signatories." },
      { anchor: "and R. Prodi, President of the Commission of the European Communities", why: "Heading: signatories." },
      { anchor: "examined our bilateral cooperation in a comprehensive way", why: "Discussion." },
      { anchor: "We underlined the importance of a strategic partnership between Russia and the EU", why: "View." },
      {
        anchor: "We expressed strong determination to produce concrete results in our cooperation",
        why: "Determination with no identifiable action.",
      },
      {
        anchor: "we agreed to reinforce the positive tendencies which characterise our relations",
        why: '"agreed to" in form, but nothing an analyst could find done or not done: a view dressed as agreement.',
      },
      {
        anchor: "The defence of freedom of expression and the fight against xenophobia",
        why: "Statement of principle.",
      },
    ],
  },
  {
    id: "russia-ukraine-interstate-commission-2006-12-22",
    name: "First session of the Ukrainian–Russian Interstate Commission, press statement (Kremlin)",
    source: "Kremlin (President of Russia)",
    url: "http://en.kremlin.ru/d/23975",
    meetingDate: "2006-12-22",
    region: "Eastern Europe",
    kind: "joint press statement after a presidential commission",
    terms: KREMLIN,
    stored: true,
    sha256: "0a94bf4e7aa0608d68a47c81ea6e7987667cd816aaba01044f02eb95c249694f",
    summary:
      "President Yushchenko's part of the joint press statement after the first session of the Yushchenko–Putin Interstate Commission: meeting frequency, an action plan, a partnership declaration and the Kerch Strait and land-border talks.",
    pledges: [
      { anchor: "Henceforth the presidents of our two countries will meet regularly", why: '"will meet regularly".' },
      {
        anchor: "We have decided that the Commission will hold a session at least twice a year",
        why: '"decided", "committed": session frequency.',
      },
      { anchor: "the next session will take place in May or perhaps the beginning of June 2007", why: "Next session, dated." },
      { anchor: "we will develop an action plan, a road map, of fundamental measures", why: "Action plan due before February." },
      {
        anchor: "in the next two to three weeks we will establish a joint action plan for 2007–2008",
        why: "Dated deliverable (likely the same plan as the previous sentence, restated with its dates).",
      },
      {
        anchor: "we will finish the declaration on the character of the Ukrainian-Russian strategic partnership",
        why: "Declaration to be finished before the second session.",
      },
      {
        anchor: "renewing talks about the boundary demarcation in the Kerch Strait",
        why: "A result of the session: talks on the Kerch Strait boundary and the land border are to be renewed (checkable).",
      },
      { anchor: "in 2007 we would like to speed up negotiations on the Kerch Strait border", why: "Confirmed intention, dated." },
    ],
    notPledges: [
      { anchor: "To begin, I would say that today we created the foundations", why: "Assessment." },
      { anchor: "Today we confirmed the Commission’s composition", why: "Done at the session itself." },
      { anchor: "We began with border issues", why: "What was discussed." },
      { anchor: "Today we reached a number of important results", why: "Assessment (the result is named in the next sentence)." },
      { anchor: "The appropriate working group held 25 sessions", why: "History." },
      { anchor: "We found a good compromise with respect to the Sea of Azov", why: "Past result." },
      { anchor: "We began a similar process in the Black Sea", why: "Past or ongoing activity." },
    ],
  },
  {
    id: "cis-seec-summits-sochi-2017-10-11",
    name: "CIS Heads of State Council and Supreme Eurasian Economic Council, press statement (Kremlin)",
    source: "Kremlin (President of Russia)",
    url: "http://en.special.kremlin.ru/events/president/transcripts/55820",
    meetingDate: "2017-10-11",
    region: "Russia / Eurasia",
    kind: "press statement after multilateral summits",
    terms: KREMLIN,
    stored: true,
    sha256: "ea6d943d1e124366d9014aeff7048cf170a532775d143b9b0076ad9f4c073864",
    summary:
      "Putin's press statement after the CIS and Eurasian Economic Union summits in Sochi: reform of CIS bodies, a redistribution of authority between the heads of state and heads of government councils, and a renewed mandate for the CIS Executive Secretary.",
    pledges: [
      {
        anchor: "decisions were made on adapting the Commonwealth’s multilateral cooperation mechanisms to modern realities",
        why: "Decision to reform the CIS mechanisms.",
      },
      {
        anchor: "there will be a redistribution of authority between the Heads of State Council and the Heads of Government Council",
        why: "A concrete institutional change to be made.",
      },
      {
        anchor:
          "proposals on further streamlining the activity of the CIS Economic Council and the Foreign Ministers Council were approved",
        why: "Approved proposals: streamlining to be carried out.",
      },
      {
        anchor: "We agreed to extend Executive Committee Chairman and CIS Executive Secretary Mr Lebedev’s mandate",
        why: '"agreed to extend", by two years: checkable.',
      },
    ],
    notPledges: [
      { anchor: "Press statement following CIS and SEEC summits", why: "Title." },
      { anchor: "October 11, 2017, Sochi", why: "Dateline." },
      { anchor: "Vladimir Putin made a statement for the press", why: "Lead paragraph." },
      { anchor: "President of Russia Vladimir Putin: Good afternoon, colleagues.", why: "Greeting." },
      { anchor: "Allow me to briefly inform you about the results of our work today", why: "Introduction." },
      { anchor: "The Itinerary of today’s events in Sochi has been busy and substantive", why: "Itinerary." },
      { anchor: "took place in a very constructive atmosphere", why: "Atmosphere." },
      {
        anchor: "There was a detailed exchange of views on the entire range of cooperation",
        why: 'Exchange of views; the "concrete plans" are not named.',
      },
      { anchor: "we informed our partners about the results of Russia’s Commonwealth chairmanship", why: "Briefing." },
      {
        anchor: "Now the governments will deal with a broader range of issues",
        why: "Explains the redistribution already labelled; not a separate undertaking.",
      },
    ],
  },
  {
    id: "us-iraq-hcc-2019-01-28",
    name: "US–Iraq Higher Coordinating Committee, fifth meeting (US Embassy Baghdad)",
    source: "US Department of State (US Embassy in Iraq)",
    url: "https://iq.usembassy.gov/joint-statement-united-states-america-republic-iraq-higher-coordinating-committee/",
    meetingDate: "2019-01-28",
    region: "Middle East",
    kind: "joint statement of a bilateral coordinating committee under a framework agreement",
    terms: US_STATE,
    stored: true,
    sha256: "c028501d447090185bcebc66848c1457035bf7bbbf45a5d45a908ed62bf44e09",
    summary:
      "Deputy Secretary Sullivan and Deputy Foreign Minister Khairullah held the fifth Higher Coordinating Committee under the 2008 Strategic Framework Agreement in Baghdad; the opening covers the partnership's aims and US support for Iraq's regional ties. (The page gives January 28 without a year; 2019 is inferred from the co-chairs' terms.)",
    pledges: [
      {
        anchor: "are committed to developing and enhancing our enduring partnership",
        why: "Restated commitment to the partnership (labelled like the JSPG fixture's).",
      },
      {
        anchor: "As we maintain our robust security partnership to ensure the lasting defeat of ISIS",
        why: "Keep doing: security cooperation until ISIS is defeated.",
      },
      {
        anchor: "we are reinvigorating our political and economic relationship to support Iraq’s economy",
        why: "A stated effort with named aims (Iraq's economy and reconstruction); present tense, but the parties' own undertaking, not news.",
      },
      {
        anchor: "We will continue to expand our ties to build a multi-dimensional relationship",
        why: '"will continue to", with named areas.',
      },
      {
        anchor: "reaffirm our commitment to this important partnership and to the principles of cooperation",
        why: "Restated commitment to the SFA partnership and its principles.",
      },
      {
        anchor: "The United States is committed to supporting the Republic of Iraq as it deepens",
        why: "US commitment to support Iraq's ties with regional partners, the GCC named.",
      },
    ],
    notPledges: [
      {
        anchor: "Joint Statement by the United States of America and the Republic of Iraq Higher Coordinating Committee",
        why: "Title.",
      },
      { anchor: "In 2008, our nations signed the Strategic Framework Agreement", why: "History." },
      { anchor: "The SFA today serves as the foundation", why: "Description." },
      {
        anchor: "convened the fifth meeting of the SFA Higher Coordinating Committee on January 28 in Baghdad",
        why: "Who, when, where.",
      },
      {
        anchor: "reaffirmed the significant progress we have made under the SFA thus far",
        why: 'Review of progress; "laid the foundation for future collaboration" names no action.',
      },
      { anchor: "Political and Diplomatic Cooperation", why: "Heading." },
    ],
  },
  {
    id: "us-india-strategic-commercial-dialogue-2016-08-30",
    name: "Second India–US Strategic and Commercial Dialogue (US Embassy New Delhi)",
    source: "US Department of State (US Embassy in India)",
    url: "https://in.usembassy.gov/joint-statement-second-india-u-s-strategic-commercial-dialogue/",
    meetingDate: "2016-08-30",
    region: "South Asia",
    kind: "joint statement of a ministerial strategic and commercial dialogue",
    terms: US_STATE,
    stored: true,
    sha256: "301fc7e3f16ba886b033d6d75d14639f42b8eda97af8e70e9b6a2bc165832f80",
    summary:
      "Kerry, Pritzker, Swaraj and Sitharaman held the second Strategic and Commercial Dialogue in New Delhi; the opening is mostly review and shared values, then defence: India as a Major Defense Partner and US defence trade and technology sharing.",
    pledges: [
      {
        anchor: "decided to take further steps expeditiously to enable greater cooperation in the area of co-production and co-development",
        why: '"decided to".',
      },
      {
        anchor: "the United States committed to elevate defense trade and technology sharing with India",
        why: '"committed to": a level "commensurate with its closest allies", checkable.',
      },
    ],
    notPledges: [
      { anchor: "Joint Statement: Second India-U.S. Strategic and Commercial Dialogue", why: "Title." },
      { anchor: "held the second India-U.S. Strategic and Commercial Dialogue in New Delhi today", why: "The meeting itself." },
      { anchor: "co-chaired the dialogue with U.S. Secretary of State John F. Kerry", why: "Participants." },
      { anchor: "The Sides expressed deep satisfaction at the expanded and strengthened course", why: "Satisfaction." },
      {
        anchor: "reiterated their shared commitment to advance mutual prosperity, global peace, and stability",
        why: "Commitment to general aims: nothing to check.",
      },
      { anchor: "The Sides reviewed the progress made in the implementation of decisions", why: "Review of past decisions." },
      { anchor: "looked forward to continued engagement for further strengthening of bilateral ties", why: '"looked forward": no event.' },
      { anchor: "The Sides noted that the deepening strategic partnership", why: "View (shared values)." },
      { anchor: "Strategic, Defense & Security", why: "Heading." },
      {
        anchor: "recognized the importance of the announcement regarding India as a Major Defense Partner",
        why: "Recognition of an announcement already made (the pledge follows in the same sentence).",
      },
      { anchor: "They appreciated the progress made in collaboration in the defense sector", why: "Appreciation." },
    ],
  },
  {
    id: "us-pakistan-strategic-dialogue-2010-03-25",
    name: "US–Pakistan Strategic Dialogue at the ministerial level, March 2010 (State Department)",
    source: "US Department of State (Office of the Spokesman, archived 2009–2017 site)",
    url: "https://2009-2017.state.gov/r/pa/prs/ps/2010/03/139015.htm",
    meetingDate: "2010-03-25",
    region: "South Asia",
    kind: "joint statement of a ministerial strategic dialogue",
    terms: US_GOV,
    stored: true,
    sha256: "78c2cd3f78ce65b0303ec2a6281e048ab2785d902faac6491e67ab991c966a88",
    summary:
      "Clinton and Qureshi raised the Strategic Dialogue to ministerial level, set up a Policy Steering Group for sectoral dialogues and agreed on continued strategic guidance; the rest of the opening is principles and tribute.",
    pledges: [
      {
        anchor: "A Policy Steering Group was established to intensify and expand the sectoral dialogue process",
        why: "A body set up with a forward mandate in named fields; whether it intensifies the sectoral dialogues is checkable.",
      },
      { anchor: "Sectoral meetings will be held in Islamabad soon", why: "Meetings scheduled (no date)." },
      {
        anchor: "decided to continually provide strategic guidance for strengthening U.S.-Pakistan partnership",
        why: '"decided to".',
      },
    ],
    notPledges: [
      { anchor: "U.S.-Pakistan Strategic Dialogue at the Ministerial Level March 24-25, 2010", why: "Title." },
      { anchor: "Media Note", why: "Heading." },
      { anchor: "Office of the Spokesman", why: "Heading." },
      { anchor: "Washington, DC", why: "Dateline." },
      { anchor: "March 25, 2010", why: "Dateline." },
      { anchor: "Following is the text of a joint statement by the United States and Pakistan", why: "Introduction." },
      { anchor: "Begin text:", why: "Heading." },
      { anchor: "accompanied by high level delegations, met in Washington on 24-25 March 2010", why: "Who, when, where." },
      { anchor: "the Strategic Dialogue was elevated to the Ministerial level", why: "A change made at this meeting: already done." },
      {
        anchor: "Both sides exchanged views on the status of bilateral cooperation",
        why: "Exchange of views (the sentence ends with a pledge).",
      },
      { anchor: "They reiterated that the core foundations of this partnership", why: "View." },
      { anchor: "A stable, enduring and broad-based cooperative partnership is in the fundamental interest", why: "View." },
      {
        anchor: "are determined to foster goodwill and friendship between their people",
        why: "General resolve with no identifiable action.",
      },
      { anchor: "Secretary Clinton paid tribute to the courage and resolve", why: "Tribute." },
    ],
  },
  {
    id: "inter-korean-ministerial-2005-12-16",
    name: "17th Inter-Korean Ministerial Meeting, Jeju (Xinhua via china.org.cn)",
    source: "Xinhua News Agency (republished by china.org.cn)",
    url: "http://english.china.org.cn/english/international/152254.htm",
    meetingDate: "2005-12-16",
    region: "East Asia (Korean Peninsula)",
    kind: "news-agency report of a joint statement after ministerial talks",
    terms:
      "News-agency copy (Xinhua, republished by china.org.cn) with no open licence: not stored; the text is kept outside the repository.",
    stored: false,
    sha256: "737222820df5a858282f551d2334f1134f92570ea811e60efebe7bedf86b1a30",
    summary:
      "Xinhua's report of the nine-point joint statement of the 17th inter-Korean ministerial talks: implementing the six-party statement, easing military tension, family reunions and the next round in Pyongyang; ends with news-agency itinerary.",
    pledges: [
      {
        anchor: "reaffirmed their will to implement an agreement adopted by a multinational negotiations",
        why: "Restated will to implement the six-party joint statement (reported).",
      },
      {
        anchor: "the six-party talks must be implemented at the earliest date possible",
        why: "Quoted joint statement: the same commitment in its own words.",
      },
      { anchor: "agreed to actively cooperate to bring a peaceful end to the nuclear issue", why: '"agreed to" (quoted).' },
      {
        anchor: "reaffirmed their efforts to reduce tension on the Korean Peninsula",
        why: "Restated effort (the rest of the sentence reports a failure).",
      },
      { anchor: "agreed to make active and practical efforts to ease military tension", why: '"agreed to" (quoted).' },
      {
        anchor: "A new round of reunions of separated family members is to be held",
        why: "Event scheduled for March at Mount Geumgang.",
      },
      {
        anchor: "the fourth round of reunions via special video linkups in February",
        why: "A second scheduled event (February, after the December meeting).",
      },
      { anchor: "agreed to hold the 18th round of the meeting in Pyongyang", why: "Next round, dated." },
    ],
    notPledges: [
      { anchor: "The 17th Inter-Korean Ministerial Meeting concluded on Friday", why: "News lead: the meeting ended." },
      {
        anchor: "but again failed to set a date for new rounds of meetings between their general-level military officials",
        why: "The agency's note of something not agreed.",
      },
      { anchor: "respectively led their teams to the talks", why: "Participants." },
      { anchor: "The meeting, started on Tuesday, was scheduled to end Friday evening", why: "Itinerary." },
      { anchor: "the DPRK delegation put off its departure time", why: "Itinerary." },
      { anchor: "The 29-member delegation is to leave for home later Friday", why: 'Itinerary ("is to", but only travel).' },
      { anchor: "(Xinhua News Agency December 17, 2005)", why: "Dateline." },
    ],
  },
];
