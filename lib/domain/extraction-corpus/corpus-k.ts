// Corpus K of the real-readout corpus (issue 14): a BLIND HELD-OUT set (the second one). Fourteen readouts of
// bilateral meetings in North America, Europe, East and South Asia, the Pacific, Southeast Asia, the Middle East and
// Latin America, published by the Prime Minister of Canada (pm.gc.ca), Global Affairs Canada / Foreign Affairs, Trade
// and Development Canada (international.gc.ca, canada.ca), the Ministry of Foreign Affairs of the Republic of Korea
// (mofa.go.kr) and the Department of Foreign Affairs of the Philippines (dfa.gov.ph).
// Labelled on 2026-11-28 by a helper session, following docs/extraction-labelling-guide.md, blind to the extraction
// rules, their vocabulary and any score (none of those files was opened or run). A held-out set: to be scored once.
// Each text is the opening of the page as stored by the public-pages search, with website chrome removed at the start
// (menus, "Main Container"/"Main Content" markers, the Korean site's skip links, its Date/hit counter lines, an image
// file name) and the cut-off last sentence or list item removed at the end; nothing else was edited. Where chrome sat
// between a page's title and its body (pm.gc.ca, most mofa.go.kr pages, dfa.gov.ph JCBC), the text starts at the body,
// so those titles are not part of the text. The ROK–France page repeats its title three times (header, caption, body);
// the text starts at the last one.
// Left unlabelled: none; every sentence and list item is labelled.
// Terms: Government of Canada pages may be reproduced for non-commercial purposes without charge or further permission,
// with attribution; these copies are of official works published by the Government of Canada and were not produced in
// affiliation with, or with the endorsement of, the Government of Canada. MOFA Korea pages are public works of the
// State (Korean Copyright Act, Article 24-2). No copyright subsists in works of the Government of the Philippines
// (R.A. 8293, § 176.1).
// India's MEA (mea.gov.in) was considered but not used: its copyright page could not be read in the page store, so its
// reuse terms could not be checked.

import type { CorpusReadout } from "./types";

const CA_PM =
  "Prime Minister of Canada website (pm.gc.ca): Government of Canada terms allow non-commercial reproduction in whole or in part without charge or further permission, with the title and author organization indicated and a note that the copy is of an official work not produced in affiliation with or endorsed by the Government of Canada: stored with attribution in this non-commercial research corpus.";
const GAC =
  "Government of Canada website (Global Affairs Canada / Foreign Affairs, Trade and Development Canada): Government of Canada terms allow non-commercial reproduction in whole or in part without charge or further permission, with the title and author organization indicated and a note that the copy is of an official work not produced in affiliation with or endorsed by the Government of Canada: stored with attribution in this non-commercial research corpus.";
const KR_MOFA =
  "Ministry of Foreign Affairs of the Republic of Korea (mofa.go.kr) press release: a work made public by the State in the course of its duties, which may be used without permission under the Korean Copyright Act, Article 24-2: stored with attribution.";
const PH_DFA =
  "Department of Foreign Affairs of the Philippines (dfa.gov.ph) release: no copyright subsists in any work of the Government of the Philippines (Intellectual Property Code, R.A. 8293, § 176.1): stored with attribution.";

export const CORPUS_K: CorpusReadout[] = [
  {
    id: "canada-france-leaders-carbis-bay-2021-06-12",
    name: "Canada–France leaders' joint statement, Carbis Bay 2021 (Prime Minister of Canada)",
    source: "Prime Minister of Canada (pm.gc.ca)",
    url: "https://pm.gc.ca/en/news/statements/2021/06/12/joint-statement-prime-minister-canada-justin-trudeau-and-president",
    meetingDate: "2021-06-12",
    region: "Europe / North America",
    kind: "leaders' joint statement after a bilateral meeting on the margins of the G7",
    terms: CA_PM,
    stored: true,
    sha256: "ab64dab18933f6e654399cf33b9209b257770994fe3a490666f42b7d870b66ce",
    summary:
      "Prime Minister Trudeau and President Macron met on the margins of the G7 in Carbis Bay; their statement lists what the two countries commit to (vaccines through Covax, trade reform, the Sahel, taxation, AI, gender equality).",
    pledges: [
      {
        anchor: "donating vaccine doses through Covax",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own).",
      },
      {
        anchor: "creating conditions for a recovery focused on youth",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own). Hard call: the item is broad, but the guide's list-item row applies to each item after a promise lead-in.",
      },
      {
        anchor: "working together to reform the rule-based multilateral trading system",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own).",
      },
      {
        anchor: "strengthening security cooperation and strategic dialogue in the Sahel and within NATO",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own).",
      },
      {
        anchor: "promoting the rapid conclusion of a multilateral agreement on cross-border taxation",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own).",
      },
      {
        anchor: "developing cooperation on artificial intelligence within the framework of the Global Partnership",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own).",
      },
      {
        anchor: "making new commitments on gender equality at the Generation Equality Forum",
        why: "Verbless list item after the promise lead-in 'commit to:' (pledge, each item on its own). (The item's second half, 'advancing equality, diversity, inclusion…', is a general aim and is not anchored separately.)",
      },
    ],
    notPledges: [
      { anchor: "met in Carbis Bay, UK on June 12, 2021 on the margins of the G7", why: "Who met, where and when: itinerary." },
      { anchor: "They issued the following statement:", why: "Lead-in to the statement." },
      { anchor: "The pandemic has hit our countries hard", why: "View / background." },
      {
        anchor: "Canada and France reaffirm their commitment to working together to address the multidimensional challenges",
        why: "A commitment whose whole object is a general aim.",
      },
      {
        anchor: "They reiterate their willingness to cooperate with their international partners",
        why: "Willingness to cooperate toward a general aim (a sustainable recovery).",
      },
      {
        anchor: "strengthened by their historical ties built on a foundation of shared values, commit to:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
    ],
  },
  {
    id: "canada-mexico-action-plan-2025-09-18",
    name: "Canada–Mexico Action Plan 2025–2028 (Global Affairs Canada)",
    source: "Global Affairs Canada (international.gc.ca)",
    url: "https://www.international.gc.ca/transparency-transparence/mexico-mexique/action-plan-2025-2028.aspx?lang=eng",
    meetingDate: "2025-09-18",
    region: "North America",
    kind: "action plan issued by leaders at a bilateral meeting (Mexico City)",
    terms: GAC,
    stored: true,
    sha256: "ba651b8ff0c0e593163fd0210da166bf300cc99384664b1afd34d3344f5f91f5",
    summary:
      "The opening of the action plan presented by Prime Minister Carney and President Sheinbaum when they elevated relations to a Comprehensive Strategic Partnership: regular meetings, a joint evaluation and an expanded Canada-Mexico Partnership.",
    pledges: [
      {
        anchor: "are committing to frequent meetings and communication at the highest level",
        why: "Commitment to hold regular meetings at named levels: checkable.",
      },
      { anchor: "A joint continuous evaluation will also be conducted", why: "Future action: a joint evaluation of progress." },
      {
        anchor: "the structure of the Mexico-Canada Partnership will be expanded and strengthened",
        why: "Future action on a named body of the parties.",
      },
    ],
    notPledges: [
      { anchor: "Canada-Mexico Action Plan 2025-2028\n", why: "Title." },
      { anchor: "Canada and Mexico share over 81 years of diplomatic relations", why: "History." },
      { anchor: "A resilient and forward-looking bilateral relationship depends on strong", why: "View." },
      {
        anchor: "cooperation between both countries will now be elevated and reforged",
        why: "Hard call: the elevation is declared by the statement itself (done at the meeting, like a document signed there), not something later to be found done.",
      },
      {
        anchor: "present the Canada-Mexico Action Plan 2025-2028, which will serve as the roadmap",
        why: "A document presented at the meeting (history); 'will serve as the roadmap' describes it.",
      },
      { anchor: "The new Canada-Mexico Action Plan is structured around four strategic pillars", why: "Description of the document." },
      { anchor: "I. Prosperity", why: "Heading." },
      { anchor: "Canada and Mexico recognize the importance of deepening commercial ties", why: "View." },
      {
        anchor: "will focus their efforts on the following priority areas:",
        why: "A lead-in that ends in a colon (its items fall outside the stored opening).",
      },
    ],
  },
  {
    id: "canada-uae-shared-strategic-agenda-2014-07-09",
    name: "Canada–UAE foreign ministers, Shared Strategic Agenda review 2014 (Government of Canada)",
    source: "Foreign Affairs, Trade and Development Canada (canada.ca news)",
    url: "https://www.canada.ca/en/news/archive/2014/07/canada-e-shared-strategic-agenda-third-review.html",
    meetingDate: "2014-07-09",
    region: "Middle East / North America",
    kind: "foreign ministers' joint statement after a six-monthly strategic agenda review",
    terms: GAC,
    stored: true,
    sha256: "eb6dfb12f6431033dcb53f6cc44b0432775ade503503057d2e5403418fe7e422",
    summary:
      "Foreign Ministers Baird and Abdullah bin Zayed review their Shared Strategic Agenda in Toronto: an MoU on political consultation is signed and two UAE leaders accept invitations to visit Canada.",
    pledges: [
      {
        anchor: "Ruler of Dubai, has accepted an invitation to visit Canada",
        why: "One party's own undertaking: a named leader is to visit Canada (item after 'upcoming visits:').",
      },
      { anchor: "Crown Prince of Abu Dhabi, has accepted an invitation to visit Canada", why: "Second visit undertaken, its own item." },
    ],
    notPledges: [
      { anchor: "today issued the following joint statement from Canada:", why: "Dateline and lead-in." },
      { anchor: "We have been honoured to have had the opportunity to travel together", why: "Itinerary / courtesy." },
      { anchor: "We launched the Shared Strategic Agenda (SSA) process in April 2013.", why: "History." },
      { anchor: "Since then, we have reviewed it every six months.", why: "History." },
      { anchor: "Through the SSA, we cooperate in the pursuit of the shared goals", why: "Ongoing activity described." },
      { anchor: "The past six months has made even clearer to us", why: "View." },
      {
        anchor: "we are, once again, setting ambitious targets for the next six months",
        why: "Ongoing activity, nothing named to be done.",
      },
      {
        anchor: "A Memorandum of Understanding on Political Consultation was signed today",
        why: "A document signed at the meeting (history).",
      },
      { anchor: "Consultation between our two countries will be a key vehicle", why: "View of the MoU's role, no undertaking." },
      {
        anchor: "we are pleased to announce a number of important upcoming visits:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
      { anchor: "We are pleased to announce the following achievements and goals", why: "A lead-in that ends in a colon." },
      { anchor: "We are focused on the situation in Iraq", why: "View." },
      { anchor: "We condemn the barbaric actions", why: "Condemnation (view)." },
    ],
  },
  {
    id: "canada-us-leaders-los-angeles-2022-06-09",
    name: "Canada–US leaders' meeting, Los Angeles 2022 (Prime Minister of Canada)",
    source: "Prime Minister of Canada (pm.gc.ca)",
    url: "https://pm.gc.ca/en/node/19514",
    meetingDate: "2022-06-09",
    region: "North America",
    kind: "leaders' readout of a bilateral meeting at the Summit of the Americas",
    terms: CA_PM,
    stored: true,
    sha256: "5430126f15f54e8c38b191408a9a66b078700300031ec89d18ea79173b020df8",
    summary:
      "Prime Minister Trudeau and President Biden met at the Summit of the Americas: Ukraine, sanctions, NORAD, the Summit's theme and migration.",
    pledges: [
      {
        anchor: "agreed to continue their close cooperation on sanctions alignment",
        why: "'Will continue to' plus something concrete (sanctions alignment and named forms of assistance).",
      },
    ],
    notPledges: [
      { anchor: "to reiterate their commitment to deepening the Canada-U.S. partnership", why: "Restated commitment to a general aim." },
      {
        anchor: "The leaders discussed Putin’s illegal and unjustifiable military aggression",
        why: "Discussion; restated support for Ukraine with nothing named to be done.",
      },
      {
        anchor: "The Prime Minister noted Canada’s commitment to the defence and security of NATO Allies",
        why: "Restated support for an alliance.",
      },
      { anchor: "He outlined Canada’s recent defence spending commitments in Budget 2022", why: "Briefing on past decisions; discussion." },
      { anchor: "shared their mutual commitment to the Summit theme", why: "Commitment to a general aim." },
      { anchor: "The Prime Minister noted his commitment to supporting inclusive economic growth", why: "Commitment to general aims." },
      {
        anchor: "expressed his support for President Biden’s Americas Partnership",
        why: "Support / 'look forward to' without a dated event.",
      },
      { anchor: "discussed irregular migration and forced displacement", why: "Discussion; commitment to a general aim." },
    ],
  },
  {
    id: "canada-uk-joint-declaration-statement-of-commitment-2014-02",
    name: "Canada–UK foreign ministers' annual meeting: Statement of Commitment 2014 (Global Affairs Canada)",
    source: "Foreign Affairs, Trade and Development Canada (international.gc.ca)",
    url: "http://www.international.gc.ca/media/aff/news-communiques/2014/02/bg12b.aspx?lang=eng",
    meetingDate: "2014-02-01",
    region: "Europe / North America",
    kind: "foreign ministers' statement after an annual review meeting",
    terms: GAC,
    stored: true,
    sha256: "7a0e13decd5626663a0401f9a5d72cbe4d7978a4a8cc1f95468fd45d7a7c130c",
    summary:
      "The foreign ministers' second annual review under the Canada-UK Joint Declaration; the opening covers CETA and the ministers' pledge to explain its benefits. The page's address dates it to February 2014; the day is not given, so meetingDate uses the 1st of the month.",
    pledges: [
      {
        anchor: "we will do our utmost to identify and explain the benefits and showcase the opportunities CETA brings",
        why: "Future action of the parties on a named agreement (outreach on CETA): checkable.",
      },
    ],
    notPledges: [
      { anchor: "Canada-United Kingdom Joint Declaration\n", why: "Title." },
      { anchor: "Statement of Commitment 2014: Building on Shared Objectives and Values", why: "Subtitle." },
      { anchor: "The Canada-UK Joint Declaration was endorsed by our Prime Ministers", why: "History." },
      { anchor: "It encouraged us as Foreign Ministers to meet annually", why: "History and the meeting's purpose." },
      { anchor: "Over the last year we have embedded the Joint Declaration", why: "Past activity." },
      { anchor: "We work together on a wide range of issues based on our shared values", why: "Ongoing activity, general." },
      { anchor: "A selected number of key themes have emerged", why: "View." },
      { anchor: "Promoting Economic Growth, Trade and Innovation", why: "Heading." },
      { anchor: "Jobs and growth are the first priority for both our countries", why: "View." },
      { anchor: "Two years ago our Prime Ministers signalled the importance", why: "History." },
      { anchor: "On 18 October 2013, Canada and the EU announced", why: "History." },
      { anchor: "It is widely thought that the Canadian GDP will increase", why: "Expectation." },
    ],
  },
  {
    id: "rok-india-foreign-ministerial-joint-committee-2014-12-29",
    name: "ROK–India Foreign Ministerial Joint Committee, 8th meeting 2014 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=314744",
    meetingDate: "2014-12-29",
    region: "South Asia / East Asia",
    kind: "foreign ministers' joint committee",
    terms: KR_MOFA,
    stored: true,
    sha256: "f750bdd64ca90d0fa6c72682a3ee595b18fe51d2ff8c7e3cd812ab1a02785d26",
    summary:
      "Foreign Ministers Yun and Swaraj held the 8th Joint Committee in Seoul: high-level visits in 2015, defence cooperation, and a trade Joint Committee to improve CEPA.",
    pledges: [
      {
        anchor: "agreed to realize Prime Minister Modi’s visit to the ROK",
        why: "Agreement to hold a visit in 2015 (first of three undertakings in the sentence).",
      },
      {
        anchor: "National Assembly Speaker Chung Ui-hwa’s visit to India",
        why: "Second undertaking of the same sentence: a visit in 2015.",
      },
      {
        anchor: "dialogue between the national security chiefs of the two countries at a mutually convenient time in 2015",
        why: "Third undertaking: a dialogue to be held in 2015.",
      },
      {
        anchor:
          "agreed to hold a Joint Committee meeting during the visit to the ROK by India’s Minister of Commerce and Industry in February 2015",
        why: "Agreement to hold a dated meeting.",
      },
    ],
    notPledges: [
      { anchor: "Foreign Minister Holds the 8th Meeting of the ROK-India Foreign Ministerial Joint Committee", why: "Title." },
      {
        anchor: "held the eighth meeting of the Republic of Korea-India Foreign Ministerial Joint Committee in Seoul on December 29",
        why: "Who met, where and when.",
      },
      { anchor: "the two Ministers discussed ways to step up substantive cooperation", why: "Discussion." },
      {
        anchor: "noted with appreciation the growing bilateral cooperation on national defense",
        why: "Appreciation (a welcome), including of a plan; no undertaking stated.",
      },
      { anchor: "They exchanged views on the possible participation of Korean companies", why: "Exchange of views." },
    ],
  },
  {
    id: "rok-us-foreign-ministers-munich-2015-02-07",
    name: "ROK–US foreign ministers, Munich 2015 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=314873",
    meetingDate: "2015-02-07",
    region: "East Asia / North America",
    kind: "foreign ministers' bilateral meeting on the margins of a conference",
    terms: KR_MOFA,
    stored: true,
    sha256: "d1f8a7ca9880a64a5bdbff87af3ebedb313567f96b987587f110e22014cde08b",
    summary:
      "Foreign Minister Yun and Secretary Kerry met at the Munich Security Conference: consultations on President Park's visit to the US and on North Korea's denuclearization.",
    pledges: [
      {
        anchor: "agreed to hold in-depth consultations on such relevant details as the timing, formalities and agenda",
        why: "Agreement to hold consultations on a named visit.",
      },
      {
        anchor: "agreed to accelerate consultations among relevant countries in a bid to draw up strategies and a concrete plan",
        why: "Agreement to act: consultations toward a concrete plan.",
      },
    ],
    notPledges: [
      { anchor: "Foreign Minister Yun Byung-se met with US Secretary of State John Kerry on February 7", why: "Who met, where and when." },
      { anchor: "took note of closer-than-ever coordination", why: "View of past coordination." },
      {
        anchor: "They agreed to continue stepping up policy coordination and cooperation on bilateral and multilateral issues in 2015.",
        why: "Hard call: 'continue' with a general object (coordination on all issues): a general aim, not a pledge.",
      },
      { anchor: "shared the view that given the current situations on the Korean Peninsula", why: "Shared view." },
      {
        anchor: "According to the National Security Strategy report released on February 6",
        why: "Background note (a third-party document).",
      },
    ],
  },
  {
    id: "rok-japan-foreign-ministers-munich-2020-02-15",
    name: "ROK–Japan foreign ministers, Munich 2020 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "http://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320957&srchFr=&srchTo=&srchWord=&srchTp=&multi_itm_seq=0&itm_seq_1=0&itm_seq_2=0&company_cd=&company_nm=&page=1&titleNm",
    meetingDate: "2020-02-15",
    region: "East Asia",
    kind: "foreign ministers' bilateral meeting on the margins of a conference",
    terms: KR_MOFA,
    stored: true,
    sha256: "19ccbc36de06265b7c8ca908269a0bce38728285f3a8ea2f19e39e2fceafd0b3",
    summary:
      "Ministers Kang and Motegi met at the Munich Security Conference: export restrictions, forced labour, COVID-19 information exchange and North Korea.",
    pledges: [
      {
        anchor: "agreed to work closely together for smooth information exchanges",
        why: "Agreement to act: information exchanges on COVID-19.",
      },
      {
        anchor: "agreed to continue cooperation on nuclear and other North Korean issues",
        why: "'Will continue to' plus a named issue (cooperation on North Korea).",
      },
    ],
    notPledges: [
      { anchor: "had a meeting with Minister for Foreign Affairs of Japan Toshimitsu Motegi", why: "Who met, where and when." },
      {
        anchor: "reiterated the position of the government of the Republic of Korea",
        why: "A demand on the other side, not an undertaking.",
      },
      { anchor: "With regard to the forced labor issue", why: "Positions stated." },
      {
        anchor: "shared the understanding that in order to resolve pending issues",
        why: "'Shared the understanding that' followed by a view of what should happen.",
      },
    ],
  },
  {
    id: "rok-australia-strategic-dialogue-2015-08-18",
    name: "ROK–Australia strategic dialogue, 3rd round 2015 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "https://mofa.go.kr/eng/brd/m_5676/view.do?seq=315623&srchFr=&amp;srchTo=&amp;srchWord=&amp;srchTp=&amp;multi_itm_seq=0&amp;itm_seq_1=0&amp;itm_seq_2=0&amp;company_cd=&amp;company_nm=",
    meetingDate: "2015-08-18",
    region: "East Asia / Pacific",
    kind: "deputy foreign ministers' strategic dialogue",
    terms: KR_MOFA,
    stored: true,
    sha256: "8553e18c474c82f10a797e732bb4cb645a3595e97179dd7d0e12bedf42b939b7",
    summary:
      "Deputy ministers Kim and Quinlan held the third strategic dialogue in Seoul: preparation of the second 2+2 meeting and a blueprint on security and defence cooperation.",
    pledges: [
      {
        anchor: "agreed to work closely together to make a success of the second bilateral Foreign and Defense Ministers’ (2+2) Meeting",
        why: "Agreement tied to a meeting the parties are to hold.",
      },
      {
        anchor: "to draw up a substantial blueprint on cooperation on security and national defense",
        why: "Second undertaking of the sentence: draft a blueprint.",
      },
    ],
    notPledges: [
      { anchor: "held the third Republic of Korea-Australia strategic dialogue in Seoul on August 18", why: "Who met, where and when." },
      { anchor: "the two sides discussed ways to work together in the fields of foreign affairs", why: "Discussion." },
      { anchor: "The ROK-Australia strategic dialogue was first held in Seoul in 2012", why: "Background." },
      { anchor: "has since been establishing itself as a major consultative channel", why: "Background / view." },
      { anchor: "shared the view that the ROK and Australia have seen remarkable advances", why: "Shared view." },
    ],
  },
  {
    id: "rok-russia-strategic-dialogue-2018-06-01",
    name: "ROK–Russia strategic dialogue, 6th round 2018 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "http://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=319874&srchFr=&srchTo=&srchWord=russia&srchTp=0&multi_itm_seq=0&itm_seq_1=0&itm_seq_2=0&company_cd=&company_nm=&page=2&titleNm=",
    meetingDate: "2018-06-01",
    region: "East Asia / Europe",
    kind: "vice foreign ministers' strategic dialogue",
    terms: KR_MOFA,
    stored: true,
    sha256: "4d643a42d5c779b03114573263b4780cd62045500d9209ba665aa5daba5ccefe",
    summary:
      "Vice ministers Lim and Titov held the sixth strategic dialogue: bilateral relations after summit exchanges, activating high-level consultative channels.",
    pledges: [
      {
        anchor: "They agreed to put in high gear high-level consultative channels in various sectors",
        why: "Agreement to activate named consultative channels (political affairs, economy, culture).",
      },
    ],
    notPledges: [
      { anchor: "Vice Foreign Minister Holds 6th ROK-Russia Strategic Dialogue", why: "Title." },
      { anchor: "held the sixth Republic of Korea-Russia strategic dialogue on June 1", why: "Who met and when; discussion." },
      { anchor: "The ROK-Russia strategic dialogue, a consultative channel", why: "Background." },
      { anchor: "The two sides noted with appreciation that the two countries have been seeing", why: "Appreciation." },
      { anchor: "expressed satisfaction with ongoing robust communication", why: "Satisfaction." },
    ],
  },
  {
    id: "rok-uk-foreign-ministerial-strategic-dialogue-2024-10-21",
    name: "ROK–UK Foreign Ministerial Strategic Dialogue, 9th round 2024 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "https://down.mofa.go.kr/eng/brd/m_5674/view.do?seq=321078",
    meetingDate: "2024-10-21",
    region: "East Asia / Europe",
    kind: "foreign ministers' strategic dialogue",
    terms: KR_MOFA,
    stored: true,
    sha256: "4d6934190ef101e05d36797624fa9aa3ab31f8d1a12e1c931c17f81bfa0c4b76",
    summary:
      "Minister Cho and Foreign Secretary Lammy held the 9th strategic dialogue in Seoul, the first since the Downing Street Accord; the opening covers the partnership and DPRK–Russia cooperation.",
    pledges: [
      {
        anchor: "reiterating that the UK will faithfully implement the “Downing Street Accord,”",
        why: "One party's own pledge at a bilateral meeting: implement a named accord (checkable).",
      },
    ],
    notPledges: [
      {
        anchor: "The 9th Foreign Ministerial Strategic Dialogue between the Republic of Korea and the United Kingdom held in Seoul",
        why: "Title.",
      },
      { anchor: "held the 9th ROK-UK Foreign Ministerial Strategic Dialogue* in Seoul", why: "Who met, where and when." },
      { anchor: "The two Ministers discussed a wide range of topics", why: "Discussion." },
      { anchor: "* The 1st Strategic Dialogue was held in December 2014", why: "Background footnote." },
      { anchor: "noted the significance of this Strategic Dialogue", why: "View / background." },
      { anchor: "Minister Cho welcomed the first visit by the UK's Foreign Secretary", why: "Welcome." },
      { anchor: "He expressed his appreciation for the continued close relationship", why: "Appreciation." },
      { anchor: "Minister Cho provided a detailed explanation of the current situation", why: "Briefing." },
      { anchor: "Foreign Secretary Lammy expressed deep concern", why: "Concern (view)." },
    ],
  },
  {
    id: "rok-france-foreign-ministers-munich-2019-02-15",
    name: "ROK–France foreign ministers, Munich 2019 (MOFA Korea)",
    source: "Ministry of Foreign Affairs, Republic of Korea (mofa.go.kr)",
    url: "http://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=319819&srchFr=&amp;srchTo=&amp;srchWord=&amp;srchTp=&amp;multi_itm_seq=0&amp;itm_seq_1=0&amp;itm_seq_2=0&amp;company_cd=&amp;company_nm=",
    meetingDate: "2019-02-15",
    region: "East Asia / Europe",
    kind: "foreign ministers' bilateral meeting on the margins of a conference",
    terms: KR_MOFA,
    stored: true,
    sha256: "1fd048515f66f5022967cf1fb0cc223700386afd3622a2fb895b673953d3270c",
    summary:
      "Ministers Kang and Le Drian met at the Munich Security Conference: follow-up of the 2018 summit and the EU's steel safeguard measures.",
    pledges: [
      {
        anchor: "agreed to work together mainly in order to continue reaping tangible results in 2019 from implementing the measures",
        why: "Agreement to implement measures agreed at a named summit (checkable follow-up).",
      },
    ],
    notPledges: [
      { anchor: "ROK-France Foreign Ministerial Meeting Held", why: "Title." },
      {
        anchor: "met bilaterally with Minister for Europe and Foreign Affairs of the French Republic Le Drian on February 15",
        why: "Who met, where and when.",
      },
      {
        anchor: "The two Ministers noted with appreciation that since the successful ROK-France summit talks",
        why: "Appreciation (the first half of the sentence whose second half is the pledge).",
      },
      { anchor: "hoped that in the future review process", why: "Hope." },
      { anchor: "she asked France to pay attention and render assistance", why: "A request of the other side, not an undertaking." },
    ],
  },
  {
    id: "philippines-mexico-bilateral-consultation-mechanism-2019-05-06",
    name: "Philippines–Mexico Bilateral Consultation Mechanism, 2nd meeting 2019 (DFA Philippines)",
    source: "Department of Foreign Affairs, Philippines (dfa.gov.ph)",
    url: "https://dfa.gov.ph/dfa-news/dfa-releasesupdate/22186-ph-mexico-conclude-second-bilateral-consultation-meeting-in-mexico-city",
    meetingDate: "2019-05-06",
    region: "Southeast Asia / Latin America",
    kind: "bilateral consultation mechanism (undersecretaries)",
    terms: PH_DFA,
    stored: true,
    sha256: "d2da30a24f6e496100be35c98ae65c3c296aa76032512b28a22b56579ad643b2",
    summary:
      "Undersecretaries Manalo and Ventura held the second Philippines–Mexico consultation in Mexico City: implementation of signed agreements and conclusion of pending ones.",
    pledges: [
      {
        anchor: "Both sides agreed to work on the full implementation of signed agreements",
        why: "Agreement to implement named signed agreements.",
      },
      {
        anchor: "committed to conclude negotiations on pending agreements on air services",
        why: "Commitment to conclude named negotiations (air services, disaster risk management, a Joint Economic Committee).",
      },
    ],
    notPledges: [
      { anchor: "PH, Mexico Conclude Second Bilateral Consultation Meeting in Mexico City", why: "Title." },
      {
        anchor: "lead their respective delegations to the Second Philippines-Mexico Bilateral Consultation Meeting. (Mexico PE photo)",
        why: "Photo caption.",
      },
      {
        anchor: "The Philippines and Mexico successfully held their 2nd Bilateral Consultation Mechanism Meeting",
        why: "Dateline; who met, where and when.",
      },
      { anchor: "led their respective delegations in discussing bilateral political", why: "Discussion." },
      {
        anchor: "identified specific actions to be undertaken",
        why: "Hard call: past activity reported as news (actions identified, none named as to be done).",
      },
      { anchor: "Both sides identified steps to promote new areas of cooperation", why: "Past activity reported as news." },
      { anchor: "Both countries also exchanged views on regional developments", why: "Exchange of views." },
    ],
  },
  {
    id: "philippines-indonesia-jcbc-2024-01-09",
    name: "Philippines–Indonesia Joint Commission for Bilateral Cooperation, 7th meeting 2024 (DFA Philippines)",
    source: "Department of Foreign Affairs, Philippines (dfa.gov.ph)",
    url: "https://dfa.gov.ph/authentication-functions/78-newsroom/dfa-releases/33963-philippines-indonesia-conclude-7th-joint-commission-for-bilateral-cooperation",
    meetingDate: "2024-01-09",
    region: "Southeast Asia",
    kind: "joint commission (foreign ministers)",
    terms: PH_DFA,
    stored: true,
    sha256: "29deab9b9fa12aff50761209a47fa21b0cb6fcbdcd4c1c426e61e668fe176ab8",
    summary:
      "Secretary Manalo and Minister Marsudi co-chaired the 7th JCBC in Manila, took stock of the 2022–2027 Plan of Action and exchanged views on regional issues.",
    pledges: [
      {
        anchor: "We committed to continue implementing our Plan of Action",
        why: "'Will continue to' plus something concrete: a named plan of action.",
      },
    ],
    notPledges: [
      {
        anchor: "co-chaired the Ministerial Meeting of the 7th Philippines-Indonesia Joint Commission",
        why: "Dateline; who met and when.",
      },
      { anchor: "The JCBC is the primary dialogue mechanism", why: "Background." },
      { anchor: "took stock of the progress in the implementation of the bilateral priorities", why: "Past activity (review)." },
      { anchor: "The Plan of Action covers multifaceted cooperation", why: "Description of a document." },
      { anchor: "Both sides also exchanged views on regional and international issues", why: "Exchange of views." },
      { anchor: "Our time-honored partnership has positively evolved", why: "View." },
    ],
  },
];
