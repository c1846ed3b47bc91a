// Corpus B of the real-readout corpus (issue 14): readouts from the Ministry of Foreign Affairs of Japan,
// the Australian, New Zealand and Indian governments, and two news agencies (Trend, Kazinform), labelled
// by hand on meaning only, before the extractor was run on them. Texts of openly licensed sources are in
// ./texts; the agency texts are kept outside the repository and are identified by their SHA-256.

import type { CorpusReadout } from "./types";

export const CORPUS_B: CorpusReadout[] = [
  {
    id: "australia-png-ministerial-forum-2016-03-03",
    name: "24th Australia–Papua New Guinea Ministerial Forum, joint communiqué (DFAT)",
    source: "Australian Government, Department of Foreign Affairs and Trade",
    url: "https://www.dfat.gov.au/geo/papua-new-guinea/australia-papua-new-guinea-ministerial-forums/24th-australia-papua-new-guinea-ministerial-forum-joint-communique",
    meetingDate: "2016-03-03",
    region: "Pacific",
    kind: "joint communiqué of an annual ministerial forum",
    terms:
      "dfat.gov.au content is licensed under CC BY 4.0 unless marked otherwise; this page carries no other marking, so the text may be kept with attribution.",
    stored: true,
    sha256: "f1336e81cd1119c89795172b1606f6c74a55b8d2a598ad6effe66ac168d9f813",
    summary:
      "Foreign ministers Bishop and Pato co-chaired the annual forum in Canberra; ministers agreed to continue their partnership in security, trade and Pacific regionalism and stressed people-to-people ties and easier travel, then reviewed defence cooperation.",
    pledges: [
      {
        anchor: "Ministers agreed to continue the close partnership on security and strategic issues",
        why: '"agreed to continue": the first area of the partnership (security and strategy).',
      },
      {
        anchor: "trade and investment, strengthening regionalism in the Pacific",
        why: 'The other areas of the same "agreed to continue": trade and investment, and Pacific regionalism.',
      },
      {
        anchor: "Ministers emphasised the importance of building people-to-people ties",
        why: 'Shared aim with a checkable outcome, labelled like labels.ts ("stressed the need to", "noted the importance of deepening cooperation").',
      },
      {
        anchor: "raising awareness among young people of Australia and Papua New Guinea's shared history",
        why: "Second aim of the same sentence: awareness programmes for young people.",
      },
      { anchor: "and streamlining travel arrangements", why: "Third aim of the same sentence: easier travel, checkable by visa changes." },
    ],
    notPledges: [
      { anchor: "24th Australia - Papua New Guinea Ministerial Forum - Joint Communique", why: "Heading." },
      { anchor: "Parliament House, Canberra, Australia", why: "Place line." },
      {
        anchor: "Ministerial Forum was held at Parliament House, Canberra, on 3 March 2016",
        why: "Itinerary: when and where the forum met.",
      },
      { anchor: "The Forum was co-chaired by the Hon Julie Bishop MP", why: "Who chaired." },
      {
        anchor: "Ministers' discussions reflected the maturity of our relations",
        why: "Description of the relationship and its treaty background.",
      },
      {
        anchor: "Ministers reaffirmed that the bilateral relationship is based upon mutual respect",
        why: "A view of the relationship dressed as a reaffirmation; nothing to do.",
      },
      {
        anchor: "Ministers welcomed the outcomes of the 30th Anniversary Torres Strait Joint Advisory Council",
        why: "Welcome of meetings already held.",
      },
      { anchor: "Defence and Security Cooperation", why: "Heading." },
      {
        anchor: "Ministers acknowledged the close defence and security partnership",
        why: "Acknowledgement of ongoing collaboration (news, not an undertaking).",
      },
      { anchor: "Ministers welcomed the second Bilateral Security Dialogue", why: "Welcome of a dialogue already held." },
    ],
  },
  {
    id: "australia-new-zealand-prime-ministers-talks-2011-02-16",
    name: "Key–Gillard talks in Wellington, joint statement (PM Transcripts, Australian Government)",
    source: "Australian Government, Department of the Prime Minister and Cabinet (PM Transcripts)",
    url: "https://pmtranscripts.pmc.gov.au/node/26283",
    meetingDate: "2011-02-16",
    region: "Pacific",
    kind: "joint statement after a prime minister's official visit",
    terms:
      "PM Transcripts is published by the Department of the Prime Minister and Cabinet, whose content is licensed under CC BY 4.0 unless marked otherwise, so the text may be kept with attribution.",
    stored: true,
    sha256: "18e39d06cfc7807909df8c65bc0f06e0d36710b2c3f0e6756e5279699868b65f",
    summary:
      "Prime Ministers Key and Gillard met in Wellington, committed to annual talks, endorsed officials' plans for a crisis-management framework, and undertook to work together on the East Asia Summit and APEC agendas.",
    pledges: [
      { anchor: "committed to holding annual Prime Ministerial talks", why: '"committed to": annual talks, checkable year by year.' },
      {
        anchor: "welcomed the agreement by senior officials to develop a joint framework for crisis management cooperation",
        why: "The two governments' own officials agreed to develop a framework, endorsed by the leaders: an undertaking of the parties, not of a third party.",
      },
      {
        anchor: "to include annual consultations and a joint crisis management exercise",
        why: "Concrete components of the framework: yearly consultations and an exercise that can be found held or not.",
      },
      {
        anchor: "The Prime Ministers agreed on the importance of strengthening regional cooperation",
        why: 'Shared aim in named bodies (EAS, APEC), labelled like labels.ts "noted the importance of deepening cooperation within international platforms".',
      },
      {
        anchor: "committed to working closely together to achieve a substantial agenda for this year's East Asia Summit",
        why: '"committed to": joint work for the 2011 EAS in Bali.',
      },
      {
        anchor: "to support the US in its year as host of APEC",
        why: "Second undertaking of the same sentence: support for the US APEC year.",
      },
    ],
    notPledges: [
      { anchor: "held bilateral talks in Wellington on 16 February 2011", why: "Itinerary." },
      { anchor: "They reiterated their expressions of deep sympathy", why: "Condolence." },
      {
        anchor: "They also expressed their appreciation for reciprocal assistance",
        why: "Appreciation, and welcome of a meeting already held.",
      },
      {
        anchor: "reaffirmed that both countries' interests were served by the closest possible cooperation",
        why: "A view dressed as a reaffirmation; the sentence also commends past operations.",
      },
      {
        anchor: "Defence White Papers in both countries have committed to the contemporary ANZAC relationship",
        why: "Background: what earlier policy documents say, not an undertaking made at this meeting.",
      },
      { anchor: "welcomed the establishment of an ANZAC Ready Response Force", why: "Welcome of something already established." },
    ],
  },
  {
    id: "australia-india-foreign-ministers-framework-dialogue-2011-01-20",
    name: "Australia–India Foreign Ministers' Framework Dialogue, joint statement (Foreign Minister of Australia)",
    source: "Australian Government, Minister for Foreign Affairs (foreignminister.gov.au)",
    url: "https://foreignminister.gov.au/releases/Pages/2011/kr_mr_110120.aspx?ministerid=2",
    meetingDate: "2011-01-20",
    region: "South Asia",
    kind: "joint statement after a foreign ministers' dialogue",
    terms:
      "foreignminister.gov.au is an Australian Government site licensed under CC BY 4.0 unless marked otherwise; the release carries no other marking, so the text may be kept with attribution.",
    stored: true,
    sha256: "0b3141f5c04d3450b98c826021f159a78b46a3f6a8d29a1192e72ae596c92017",
    summary:
      "Foreign ministers Rudd and Krishna met in Melbourne, restated their commitment to the 2009 Strategic Partnership and regular dialogue, agreed to regular officials' consultations on the East Asia Summit, and looked ahead to CHOGM in Perth and a visit by Prime Minister Singh.",
    pledges: [
      {
        anchor: "reiterated their firm commitment to developing and expanding the Strategic Partnership",
        why: "Restated commitment to a named partnership.",
      },
      {
        anchor: "They underlined the importance of maintaining regular two-way high-level political and official dialogue",
        why: 'Shared aim with a checkable outcome (regular dialogue), labelled like labels.ts\'s "noted the importance of".',
      },
      {
        anchor: "Ministers agreed to regular senior officials consultations on the East Asia Summit",
        why: '"agreed to": a standing consultation mechanism.',
      },
      {
        anchor: "looked forward to the next Commonwealth Heads of Government Meeting in Perth in October 2011",
        why: 'A dated event to be held, hosted by one of the parties (the exception to "look forward to").',
      },
      {
        anchor: "Australia looked forward to hosting a visit by Prime Minister Singh at the time of CHOGM",
        why: "A visit to be hosted at a dated event: an analyst can find whether it took place.",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement", why: "Heading." },
      { anchor: "The Hon Kevin Rudd MP, Australian Minister for Foreign Affairs", why: "Byline." },
      { anchor: "Shri S.M Krishna, Indian External Affairs Minister", why: "Byline." },
      { anchor: "20 January 2011", why: "Dateline." },
      {
        anchor: "had detailed discussions on bilateral, regional and global issues of mutual interest",
        why: "Discussion (and itinerary).",
      },
      { anchor: "The discussions reinforced the growing convergence of interests", why: "Assessment." },
      { anchor: "International and regional cooperation", why: "Heading." },
      { anchor: "The Ministers had extensive and detailed discussions about international and regional issues.", why: "Discussion." },
      { anchor: "They noted the significant capacity for enhanced regional cooperation", why: "A view of potential, no undertaking." },
      {
        anchor: "looked forward to working together to strengthen the EAS agenda in 2011",
        why: 'Welcome of US and Russian admission plus a "looked forward to", with no scheduled event: a hope, per the conventions.',
      },
      { anchor: "Mr Rudd welcomed India's Nalanda University initiative", why: "Welcome of the other side's initiative." },
    ],
  },
  {
    id: "central-asia-plus-japan-foreign-ministers-2010-08-07",
    name: 'Third "Central Asia plus Japan" Foreign Ministers\' Meeting, joint press release (MOFA Japan)',
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/europe/dialogue/fm3_1008/jp.html",
    meetingDate: "2010-08-07",
    region: "Central Asia",
    kind: "multilateral foreign ministers' meeting (joint press release)",
    terms:
      "MOFA Japan's terms of use allow copying, publishing and adapting its content with attribution (compatible with CC BY 4.0); the release has no third-party material, so the text may be kept.",
    stored: true,
    sha256: "fc7a58d0a1e78acb69abc8d32c6ea2e60f4eeed368c30ed0845ce5ca13524588",
    summary:
      "Foreign ministers of Japan and four Central Asian states (Turkmenistan by its ambassador) met in Tashkent, reviewed the 2006 Action Plan and confirmed that they would continue joint efforts on security, democracy, economic reform and intra-regional cooperation.",
    pledges: [
      {
        anchor: "confirmed the importance for Central Asian countries to jointly tackle problems that are common to the region",
        why: 'Shared aim of the regional parties (joint work on common problems and regional cooperation), labelled like labels.ts\'s "stressed the need to".',
      },
      {
        anchor: "continue their efforts on (i) the peace and stability of Central Asia",
        why: '"confirmed the significance ... to continue their efforts": first named field (peace and stability).',
      },
      { anchor: "(ii) the strengthening of democracy", why: "Second named field of continued efforts." },
      {
        anchor: "(iii) the improvement of economic infrastructures, promotion of reforms, and social development",
        why: "Third named field of continued efforts.",
      },
      {
        anchor: "(iv) the strengthening of intra-regional cooperation by the Central Asian countries",
        why: "Fourth named field of continued efforts, through the Dialogue framework.",
      },
    ],
    notPledges: [
      { anchor: "Joint Press Release", why: "Heading (the other title lines recur in the body and cannot be anchored once)." },
      { anchor: "was held in Tashkent, Uzbekistan, on August 7, 2010", why: "Itinerary." },
      { anchor: '(hereinafter "the delegates") attended the meeting', why: "List of participants." },
      { anchor: "The delegates expressed approval for the fact that various efforts had been undertaken", why: "Approval of past work." },
      { anchor: "the delegates confirmed the progress of the", why: "Review of progress already made, not an undertaking." },
    ],
  },
  {
    id: "japan-kenya-foreign-ministers-working-dinner-2024-08-25",
    name: "Japan–Kenya foreign ministers' working dinner (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan (press release distributed by APO Group, shown on zawya.com)",
    url: "https://www.zawya.com/en/press-release/africa-press-releases/japan-kenya-foreign-ministers-working-dinner-vyhn00za",
    meetingDate: "2024-08-25",
    region: "Africa",
    kind: "foreign ministers' working dinner on the margins of the TICAD ministerial meeting",
    terms:
      "The text is MOFA Japan's own press release, reproduced unchanged by its distributor; MOFA's terms of use allow reuse with attribution (compatible with CC BY 4.0), so the text may be kept.",
    stored: true,
    sha256: "06774d4813c03caaa9992f2c73411be5a6b731f084c3d7893d3bbc330aee858f",
    summary:
      "Foreign Minister Kamikawa and Kenya's Prime Cabinet Secretary Mudavadi agreed to follow up President Ruto's February 2024 visit, notably by launching a Japan–Kenya Policy Dialogue, and Japan said it would help Japanese companies expand in Kenya.",
    pledges: [
      {
        anchor: "to a higher level, by steadily following up on the outcomes",
        why: "Japan's stated intention (\"would like to\", MOFA's usual rendering) to follow up a named visit's outcomes.",
      },
      {
        anchor: "would like to further strengthen bilateral relations and co-operation in the international arena with Japan",
        why: "Kenya's matching intention, tied to the follow-up of the President's visit.",
      },
      {
        anchor: "very pleased for the agreement to launch the Japan-Kenya Policy Dialogue",
        why: 'Agreement noun: a new dialogue to be launched ("which they concurred on launching"), checkable by its first session.',
      },
      {
        anchor: "would like to support Japanese companies to expand their operations in Kenya",
        why: "Japan's intention to support company expansion through named mechanisms.",
      },
      {
        anchor: "expressed his intention to continue to work closely between the diplomatic authorities",
        why: '"intention to continue", through the new Policy Dialogue.',
      },
    ],
    notPledges: [
      { anchor: "held a working dinner with H.E. Dr. Wycliffe Musalia MUDAVADI", why: "Itinerary." },
      { anchor: "The overview is as follows.", why: "Framing sentence." },
      { anchor: "Minister Kamikawa welcomed Prime Cabinet Secretary Mudavadi’s visit to Japan", why: "Welcome." },
      { anchor: "congratulated on the success of the TICAD Ministerial Meeting", why: "Congratulation and appreciation." },
    ],
  },
  {
    id: "kazakhstan-uzbekistan-icic-working-group-2024-02-15",
    name: 'Kazakhstan–Uzbekistan working group on the "Central Asia" industrial cooperation centre (Trend)',
    source: "Trend News Agency (as carried by MENAFN)",
    url: "https://menafn.com/1107868962/Kazakhstan-Sets-Start-Date-For-Construction-Of-ICIC-On-Border-With-Uzbekistan",
    meetingDate: "2024-02-15",
    region: "Central Asia",
    kind: "intergovernmental working group (deputy ministers), news agency report",
    terms:
      "A Trend News Agency report: the agency's copyright does not allow the text to be kept in the repository, so only the labels, the address and the hash are kept.",
    stored: false,
    sha256: "9aa7998387fca514c47f539e1cfcd025c17f169e3708bf2b891d5c92ce30741d",
    summary:
      "Deputy trade ministers of Kazakhstan and Uzbekistan reviewed plans for the cross-border industrial cooperation centre; the Kazakh investor plans to start construction in 2024, with a technical launch in Q4 2026 and opening in H1 2027. (The report is dated 19 February; other reports give the meeting as 15 February 2024.)",
    pledges: [
      {
        anchor: "plans to begin construction of the facility this year",
        why: "Plan of the investor and the regional akimat (a Kazakh state body): construction to start in 2024.",
      },
      {
        anchor: "the technical launch of the industrial cooperation center is planned for the 4th quarter of 2026",
        why: "Dated deliverable stated by the Kazakh vice minister.",
      },
      { anchor: "the official opening - in the first half of 2027", why: "Second dated deliverable of the same sentence." },
    ],
    notPledges: [
      { anchor: "A meeting of the working group to accelerate the creation of the international center", why: "Dateline and itinerary." },
      {
        anchor: "The parties presented preliminary plans for the development of the ICIC and discussed issues",
        why: "Presentation and discussion.",
      },
      { anchor: "the Kazakh investor was presented - TCL gr. LLP", why: "News of a past selection." },
      { anchor: "Preparatory work is currently underway.", why: "Ongoing activity reported as news." },
      {
        anchor: "The ICIC will be constructed on the border area in the area of the international checkpoints",
        why: "Background on the site, added by the agency; the undertaking is the construction start labelled above.",
      },
      {
        anchor: "The functions of the operating company of the ICIC include the selection and placement of projects",
        why: "Background: what the operator does.",
      },
      {
        anchor: "The investor will also provide services for participants and residents of the industrial zone",
        why: 'Description of the operator\'s role ("will" without an undertaking made at the meeting).',
      },
      {
        anchor: "signed a roadmap for the accelerated creation of the center",
        why: "A document signed: a completed act, not an undertaking in the text.",
      },
    ],
  },
  {
    id: "kazakhstan-kyrgyzstan-intergovernmental-council-2022-04-29",
    name: "10th Kazakhstan–Kyrgyzstan Intergovernmental Council (Kazinform)",
    source: "Kazinform International News Agency",
    url: "https://en.inform.kz/news/kazakhstan-kyrgyzstan-plan-to-raise-mutual-trade-to-2bn_a3928560/",
    meetingDate: "2022-04-29",
    region: "Central Asia",
    kind: "intergovernmental council of heads of government, news agency report",
    terms:
      "Kazinform's terms of use forbid reproduction without written consent (beyond limited use of news items with a link), so the text is not kept in the repository.",
    stored: false,
    sha256: "9a9883813f10109bee97337870686415a28ce149e99cb7467efd2e754a7833ac",
    summary:
      "Prime Ministers Smailov and Japarov held the 10th intergovernmental council in Bishkek, set a new goal of $2bn mutual trade, declared readiness to keep up interaction and signed the protocol and an agreement to set up a green finance company.",
    pledges: [
      {
        anchor: "Now, the countries face a new task which is to elevate the level of mutual trade to $2bn",
        why: "Quantified target set for both countries, checkable by trade statistics.",
      },
      {
        anchor: "expressed the readiness to continue active inter-state interaction",
        why: 'Readiness to continue, labelled like labels.ts\'s "expressed their readiness" and "commitment to maintaining this dynamic momentum".',
      },
      {
        anchor: "agreement on the establishment of GFC Bishkek private limited company",
        why: "Agreement noun: a company to be established, checkable by its registration.",
      },
    ],
    notPledges: [
      { anchor: "The 10th meeting of the Kazakhstan-Kyrgyzstan Intergovernmental Council chaired by", why: "Dateline and itinerary." },
      { anchor: "The intergovernmental talks took place in narrow and expanded formats", why: "Discussion." },
      { anchor: "pointed out that Kyrgyzstan is not only among the main trade-economic partners", why: "Description of the relationship." },
      {
        anchor: "paid special attention to the strengthening of trade turnover between the two countries, which surpassed $1bn",
        why: "Past figure and emphasis.",
      },
      { anchor: "Certainly, it is not the limit and the countries have greater capacity.", why: "Assessment of potential." },
      { anchor: "expressed confidence that the established friendly brotherly ties", why: "Confidence, a hope." },
    ],
  },
  {
    id: "azerbaijan-turkey-intergovernmental-commission-2021-02-19",
    name: "9th Azerbaijan–Turkey Joint Intergovernmental Commission on Economic Cooperation, documents signed (Trend)",
    source: "Trend News Agency",
    url: "https://en.trend.az/azerbaijan/politics/3383897.html",
    meetingDate: "2021-02-19",
    region: "South Caucasus",
    kind: "intergovernmental commission on economic cooperation, news agency report",
    terms:
      "A Trend News Agency report: the agency's copyright does not allow the text to be kept in the repository, so only the labels, the address and the hash are kept.",
    stored: false,
    sha256: "a388d1af55e272bdc00270c47a6d267110a8a81192e83cc3616bca30db545824",
    summary:
      "Trend lists the documents signed at the 9th Azerbaijan–Turkey economic commission in Ankara (protocols and memoranda, the meeting's protocol and an action plan) and notes the presidents' goal of $15 billion trade by 2023.",
    pledges: [
      {
        anchor: "to increase trade turnover to $15 billion by 2023",
        why: "Quantified, dated target set by the two presidents and taken up by the commission as its main goal.",
      },
    ],
    notPledges: [
      { anchor: "Azerbaijan publishes list of documents signed with Turkey on Feb. 19", why: "Headline." },
      { anchor: "BAKU, Azerbaijan, Feb. 20", why: "Dateline." },
      { anchor: "Trend:", why: "Agency byline." },
      {
        anchor: "The Cabinet of Ministers of Azerbaijan has published a list of documents signed on February 19",
        why: "News of a publication and of documents signed.",
      },
      { anchor: "The documents are listed below:", why: "Framing line." },
      {
        anchor: "Protocol on cooperation in the field of vocational education",
        why: "Name of a signed document (list item), a completed act.",
      },
      {
        anchor: "Memorandum of Understanding on cooperation in the field of halal products accreditation;",
        why: "Name of a signed document (list item).",
      },
      {
        anchor: "Protocol on cooperation between the Turkish Accreditation Agency (TURKAK)",
        why: "Name of a signed document (list item).",
      },
      {
        anchor: "in the direction of research and development activities in the field of transport",
        why: "Name of a signed document (list item).",
      },
      {
        anchor: "were signed by Azerbaijani Prime Minister Ali Asadov and Turkish Vice President Fuat Oktay",
        why: "Signing of the protocol and action plan: a completed act.",
      },
      {
        anchor: "Following the signing ceremony, Prime Minister Ali Asadov and Vice President Fuat Oktay made press statements.",
        why: "Itinerary.",
      },
      {
        anchor: "The implementation of the decisions made during the 8th meeting was assessed positively.",
        why: "Satisfaction with past implementation.",
      },
      {
        anchor: "Ways to intensify trade and economic ties in subsequent years were also discussed",
        why: 'Discussion ("discussed steps to expand trade" is not a pledge).',
      },
    ],
  },
  {
    id: "australia-new-zealand-leaders-meeting-2022-07-08",
    name: "Albanese meets Ardern in Sydney, media statement (Prime Minister of Australia)",
    source: "Prime Minister of Australia (pm.gov.au)",
    url: "https://pm.gov.au/media/meeting-prime-minister-new-zealand",
    meetingDate: "2022-07-08",
    region: "Pacific",
    kind: "one leader's media statement after the annual Australia–New Zealand leaders' meeting",
    terms:
      "pm.gov.au content is licensed under CC BY 4.0 unless marked otherwise; the statement carries no other marking, so the text may be kept with attribution.",
    stored: true,
    sha256: "2a1f185e35d6a4d7d9a2579831c2ce613f0feb66fd5a6c62939e8c9331aa3ce2",
    summary:
      "Prime Minister Albanese welcomes Prime Minister Ardern to Sydney; he commits to closer trans-Tasman and Pacific partnership and restates Australia's climate targets (43 per cent by 2030, legislated net zero, an updated NDC).",
    pledges: [
      {
        anchor: "We are determined to work together to take the trans-Tasman economic relationship to new heights.",
        why: "Joint determination of both leaders to deepen the economic relationship (soft, but stated as what they will do).",
      },
      { anchor: "We will work side-by-side with our Pacific brothers and sisters.", why: '"will": joint work with Pacific partners.' },
      {
        anchor: "We are committed to deepening our partnerships in support of a stable and prosperous region.",
        why: '"committed to": deeper Pacific partnerships.',
      },
      {
        anchor: "We will reduce Australia’s emissions by 43 per cent by 2030",
        why: "A party to the meeting states a quantified, dated target.",
      },
      { anchor: "ensure we are firmly on track for Net Zero by 2050", why: "Second target of the same sentence." },
      { anchor: "we intend to legislate our Net Zero target", why: '"intend to": legislation, checkable.' },
      {
        anchor: "We will also submit an updated new Nationally Determined Contribution",
        why: '"will submit": a filing that can be found made or not.',
      },
    ],
    notPledges: [
      { anchor: "I am delighted to welcome New Zealand Prime Minister", why: "Welcome and itinerary." },
      { anchor: "Australia and New Zealand share a uniquely close relationship.", why: "Description of the relationship." },
      { anchor: "It is a relationship of whanau—of family.", why: "Description." },
      { anchor: "That’s why it’s fitting that Prime Minister Ardern is the first foreign leader", why: "Comment on the visit." },
      { anchor: "We are countries with common culture and values, shared interests and outlooks.", why: "Description." },
      { anchor: "both know that trade and integration mean jobs, growth and opportunities", why: "A shared view." },
      { anchor: "Next year, we will celebrate 80 years of diplomatic relations", why: 'Anniversaries: "will" without an undertaking.' },
      { anchor: "we value our relationships with our Pacific partners very deeply", why: "A view." },
      { anchor: "Together, Australia and New Zealand face the global challenges of a changing climate", why: "Assessment." },
      { anchor: "we can work towards solutions to these challenges", why: '"can": a possibility, not an undertaking.' },
      {
        anchor: "Prime Minister Ardern and I discussed climate change",
        why: "Discussion (the undertakings follow in the next sentences).",
      },
      { anchor: "I look forward to working closely with Prime Minister Ardern", why: "Looking forward, no scheduled event." },
    ],
  },
  {
    id: "india-new-zealand-joint-statement-2025-03-17",
    name: "India–New Zealand joint statement, Prime Minister Luxon's official visit (Government of India)",
    source: "Government of India (joint statement issued by the Ministry of External Affairs, as reproduced on narendramodi.in)",
    url: "https://www.narendramodi.in/te/india-new-zealand-joint-statement",
    meetingDate: "2025-03-17",
    region: "South Asia",
    kind: "joint statement during an official visit",
    terms:
      "The text is the Government of India's joint statement; Government of India web content may be reproduced free of charge with the source acknowledged, so the text may be kept.",
    stored: true,
    sha256: "b1785929679be5321c5dadb46a36dc946f42e05e2d7f60ff3728e312b0a67de4",
    summary:
      "Opening of the joint statement on Prime Minister Luxon's visit to India: the leaders agreed to cooperate closely in trade, defence, education, science and technology, mobility and sport, and to strengthen multilateral cooperation.",
    pledges: [
      {
        anchor: "agreed to cooperate closely in diverse areas, including trade and investment",
        why: '"agreed to cooperate": first named area (trade and investment).',
      },
      { anchor: "defence and security", why: "Second named area of the same agreement." },
      { anchor: "education and research", why: "Third named area." },
      { anchor: "science and technology, agri-tech, space", why: "Technology areas of the same agreement." },
      { anchor: "mobility of people and sports", why: "People-to-people areas of the same agreement." },
      { anchor: "agreed to strengthen multilateral cooperation", why: '"agreed to strengthen": cooperation in multilateral bodies.' },
    ],
    notPledges: [
      { anchor: "India - New Zealand Joint Statement", why: "Heading." },
      { anchor: "is on an Official Visit to India on 16-20 March 2025", why: "Itinerary." },
      { anchor: "who is on his first visit to India in his current capacity", why: "Delegation list." },
      { anchor: "Prime Minister Luxon was accorded a warm and traditional welcome in New Delhi.", why: "Ceremony." },
      { anchor: "Prime Minister Modi held bilateral talks with Prime Minister Luxon.", why: "Itinerary." },
      {
        anchor: "Prime Minister Modi will inaugurate the 10th edition of the Raisina Dialogue",
        why: 'Itinerary of the visit itself (the next event on the programme), like "will travel on to Addis Ababa tomorrow".',
      },
      { anchor: "The Prime Minister laid a wreath at Raj Ghat", why: "Ceremony and itinerary." },
      {
        anchor: "reaffirmed their shared desire to further strengthen the growing bilateral relationship",
        why: "A desire and a description of the relationship, with nothing named to do.",
      },
      { anchor: "The Prime Ministers recognised that we face an increasingly uncertain and dangerous world.", why: "Assessment." },
    ],
  },
  {
    id: "japan-philippines-foreign-ministers-2016-07-25",
    name: "Japan–Philippines foreign ministers' meeting in Vientiane (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/s_sa/sea2/ph/page3e_000519.html",
    meetingDate: "2016-07-25",
    region: "Southeast Asia",
    kind: "foreign ministers' meeting on the margins of ASEAN-related meetings",
    terms:
      "MOFA Japan's terms of use allow copying, publishing and adapting its content with attribution (compatible with CC BY 4.0), so the text may be kept.",
    stored: true,
    sha256: "0ad3048c14cc569a2416b4ab2897a92db639bd9c872a8144d99c84dcf2e61295",
    summary:
      "Foreign Minister Kishida and Secretary Yasay agreed to strengthen the relationship under the new Duterte administration; Japan undertook to provide patrol vessels, pursue defence-equipment and training cooperation, support Duterte's ODA priorities and the Mindanao peace process.",
    pledges: [
      {
        anchor: "expressed his desire to further assertively develop the cooperative relationship",
        why: "Japan's stated intention (MOFA's \"desire\") to develop the relationship under the named strategic partnership.",
      },
      { anchor: "The two ministers agreed to cooperate closely toward strengthening the relationship.", why: '"agreed to cooperate".' },
      { anchor: "Japan will steadfastly provide patrol vessels", why: '"will provide": deliveries that can be checked.' },
      { anchor: "leasing the MSDF's training aircraft TC-90", why: "Named defence-equipment cooperation Japan intends to pursue." },
      { anchor: "visits of MSDF vessels to the Philippines", why: "Second item of defence cooperation: ship visits." },
      { anchor: "and implementation of joint trainings", why: "Third item of defence cooperation: joint training." },
      {
        anchor: "his desire to actively proceed with support for priority areas under the Duterte regime",
        why: "Intention to fund named ODA priorities (infrastructure, Mindanao, crime and terrorism).",
      },
      {
        anchor: "his intention to continue to support the Mindanao Peace Process",
        why: '"intention to continue to support" a named process.',
      },
    ],
    notPledges: [
      { anchor: "Japan-Philippines Foreign Ministers' Meeting", why: "Heading." },
      { anchor: "July 25, 2016", why: "Dateline." },
      { anchor: "held a Foreign Minister’s Meeting with H. E. Mr. Perfecto R. Yasay", why: "Itinerary." },
      { anchor: "The overview of the meeting is as follows.", why: "Framing sentence." },
      { anchor: "1 Bilateral relations", why: "Heading." },
      {
        anchor: "Foreign Minister Kishida congratulated the inauguration of the Duterte administration",
        why: "Congratulation and anniversary (the same sentence's closing intention is labelled as a pledge).",
      },
      { anchor: "Japan and the Philippines are close partners in a wide range of areas", why: "Description of the relationship." },
      {
        anchor: "expressed his hope for visits to Japan by President Duterte",
        why: "A hope, with no date; the clause closes a sentence that otherwise holds pledges.",
      },
    ],
  },
  {
    id: "new-zealand-cook-islands-joint-ministerial-forum-2024-05-24",
    name: "8th New Zealand–Cook Islands Joint Ministerial Forum, joint statement (New Zealand Government)",
    source: "New Zealand Government (release of the Minister of Foreign Affairs, as republished on livenews.co.nz)",
    url: "https://livenews.co.nz/2024/05/25/joint-statement-on-the-new-zealand-cook-islands-joint-ministerial-forum-2024",
    meetingDate: "2024-05-24",
    region: "Pacific",
    kind: "joint statement of an annual joint ministerial forum",
    terms:
      "The text is a New Zealand Government release (beehive.govt.nz), licensed under CC BY 4.0, republished verbatim; it may be kept with attribution.",
    stored: true,
    sha256: "8087d039c0f447e387e9323ca68e99615d0b8dea5b55a0c28ecdbe0204795d13",
    summary:
      "Opening of the joint statement on the 8th Joint Ministerial Forum in the Bay of Islands: ministers undertook to hold the Forum early every year and to formalise annual prime ministers' meetings sequenced with it.",
    pledges: [
      {
        anchor: "The Ministers confirmed their intention to hold the Forum early each year.",
        why: '"intention to hold": a yearly event, checkable.',
      },
      {
        anchor: "Ministers acknowledged the need to formalise annual Prime Minister to Prime Minister meetings",
        why: "Support for a named institutional change (annual leaders' meetings).",
      },
      {
        anchor: "The Leaders meeting would be sequenced with the Joint Ministerial Forum",
        why: "How the new meetings will be held: an arrangement that can be found followed or not.",
      },
    ],
    notPledges: [
      { anchor: "hosted Cook Islands Minister of Foreign Affairs and Immigration Hon Tingika Elikana", why: "Itinerary and participants." },
      { anchor: "The Joint Ministerial Forum was established in 2011", why: "History." },
      { anchor: "the last Joint Ministerial Forum took place in Aitutaki in May 2019", why: "History." },
      {
        anchor: "Ministers acknowledged the pre-eminence of the Joint Ministerial Forum",
        why: "Acknowledgement of an existing practice and description of the relationship; the undertaking follows in the paragraph's last sentence.",
      },
      { anchor: "These foundations are enhanced by our linkages today", why: "Description." },
      {
        anchor: "The regularisation of the Forum is critical to ensure the articulation of joint priorities",
        why: "A view of why regular meetings matter.",
      },
    ],
  },
  {
    id: "japan-china-joint-press-statement-2008-05-07",
    name: "Japan–China joint press statement on exchange and cooperation, Hu Jintao's state visit (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/asia-paci/china/pv0805/press.html",
    meetingDate: "2008-05-07",
    region: "East Asia",
    kind: "joint press statement after a state visit",
    terms:
      "MOFA Japan's terms of use allow copying, publishing and adapting its content with attribution (compatible with CC BY 4.0), so the text may be kept (a language link after the title was dropped as page chrome).",
    stored: true,
    sha256: "ee50b0636093242cd8da018c2dce5b949a85f58b7dcd09ef4849ab5eac894bfe",
    summary:
      "Opening of the Japan–China follow-up statement to the 2008 Joint Statement: each side invited the other's leader to a summit it was hosting (G8 outreach, ASEM), Japan proposed hosting a trilateral summit, and both undertook to keep valuing their Strategic Dialogue.",
    pledges: [
      {
        anchor: "invited President Hu Jintao to the Outreach Session of the G8 Summit to be held at Toyako",
        why: "Invitation to a dated event hosted by a party: scheduled, and attendance can be checked.",
      },
      {
        anchor: "invited Prime Minister Fukuda to the 7th Asia-Europe Meeting (ASEM) to be held in Beijing",
        why: "Invitation to a dated event hosted by the other party.",
      },
      {
        anchor: "proposed that the Japan-China-Korea Trilateral Summit Meeting be held in Japan during the autumn 2008",
        why: "Japan's offer to host a dated summit (an offer, like labels.ts's \"Chile offered\").",
      },
      { anchor: "will continue to attach importance to this Dialogue", why: '"will continue": keeping up the Strategic Dialogue.' },
    ],
    notPledges: [
      { anchor: "(Provisional Translation)", why: "Label of the page." },
      { anchor: "Joint Press Statement on the Strengthening Exchange and Cooperation", why: "Heading." },
      { anchor: "made a State Visit to Japan from May 6 to May 10, 2008", why: "Itinerary." },
      {
        anchor: "arrived at the following shared views to steadily implement the Joint Statement",
        why: "Framing sentence introducing the list.",
      },
      {
        anchor: "The Chinese side stated that it would consider the invitation",
        why: "Non-committal reply: considering cannot be found done or not done.",
      },
      { anchor: "The Japanese side stated that it would consider the invitation", why: "Non-committal reply." },
      { anchor: "The Chinese side stated that it would consider the proposal", why: "Non-committal reply." },
    ],
  },
  {
    id: "japan-georgia-foreign-ministers-2022-12-15",
    name: "Japan–Georgia foreign ministers' meeting and working dinner (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/press/release/press6e_000432.html",
    meetingDate: "2022-12-15",
    region: "South Caucasus",
    kind: "foreign ministers' meeting during a guest-of-ministry visit",
    terms:
      "MOFA Japan's terms of use allow copying, publishing and adapting its content with attribution (compatible with CC BY 4.0), so the text may be kept (photo captions before the body were dropped as page chrome).",
    stored: true,
    sha256: "68c28a61a93d449354fda4869cc2a3e560f4f89260120e355869cb552edbeecd",
    summary:
      "Foreign Ministers Hayashi and Darchiashvili, in the 30th anniversary year, agreed to strengthen relations through Caspian connectivity, JCM decarbonisation cooperation and human-resource development, with JICA volunteers to start in Georgia in January 2023.",
    pledges: [
      {
        anchor: "concurred to further strengthen bilateral relations for the sustainable development of Georgia",
        why: '"concurred to" (agreed): first, regional connectivity via Caspian transport routes.',
      },
      {
        anchor: "cooperation in the field of decarbonization based on the Memorandum of Cooperation",
        why: "Second named strand of the same agreement: JCM decarbonisation projects.",
      },
      {
        anchor: "The two foreign ministers also concurred to strengthen human resource development cooperation",
        why: '"concurred to strengthen" a named field.',
      },
      {
        anchor: "welcomed the launching of JICA's Overseas Cooperation Volunteers in Georgia in January 2023",
        why: "A dated launch by one party's own agency: scheduled and checkable.",
      },
    ],
    notPledges: [
      { anchor: "Japan-Georgia Foreign Ministers' Meeting and Working Dinner", why: "Heading." },
      { anchor: "December 15, 2022", why: "Dateline." },
      { anchor: "held a meeting with H.E. Mr. Ilia DARCHIASHVILI", why: "Itinerary." },
      { anchor: "The overview of the meeting is as follows.", why: "Framing sentence." },
      {
        anchor: "Minister Hayashi sincerely welcomed Foreign Minister Dalchishvili's visit",
        why: "Welcome, shared values, and a statement of Japan's standing position on territorial integrity (a position, not an action that can be found done).",
      },
      { anchor: "exchanged views on a wide range of regional situations", why: "Exchange of views." },
    ],
  },
  {
    id: "japan-azerbaijan-foreign-ministers-2009-06-17",
    name: "Japan–Azerbaijan foreign ministerial meeting, joint press statement (MOFA Japan)",
    source: "Ministry of Foreign Affairs of Japan",
    url: "https://www.mofa.go.jp/region/europe/azerbaijan/joint0906.html",
    meetingDate: "2009-06-17",
    region: "South Caucasus",
    kind: "joint press statement after a foreign minister's visit",
    terms:
      "MOFA Japan's terms of use allow copying, publishing and adapting its content with attribution (compatible with CC BY 4.0), so the text may be kept.",
    stored: true,
    sha256: "fdb0ac0d5a6d5ac01e9b6220d67d258d40305caf0b1c274373b2ae8d0e8ca170",
    summary:
      "Opening of the joint press statement on Foreign Minister Mammadyarov's visit to Tokyo: after reviewing relations since President Aliyev's 2006 visit, the two sides decided to hold regular meetings between their foreign ministries.",
    pledges: [
      {
        anchor: "Both Sides decided to hold regular meetings between the Foreign Ministries of the two countries",
        why: '"decided to hold": a standing consultation mechanism, checkable.',
      },
    ],
    notPledges: [
      { anchor: "Joint Press Statement on the Japan-Azerbaijan Foreign Ministerial Meeting", why: "Heading." },
      { anchor: "Tokyo, 17th June, 2009", why: "Dateline." },
      { anchor: "visited Japan at the invitation of the Government of Japan from June 16 to 21, 2009", why: "Itinerary." },
      { anchor: "the two Ministers discussed a wide range of issues", why: "Discussion." },
      { anchor: "both sides reviewed the achievements up to the present and exchanged views", why: "History and exchange of views." },
      { anchor: "Both sides highly valued the active and fruitful dialogues", why: "Satisfaction with past dialogue." },
    ],
  },
  {
    id: "australia-png-ministerial-forum-2018-04-06",
    name: "26th Papua New Guinea–Australia Ministerial Forum, joint communiqué (DFAT)",
    source: "Australian Government, Department of Foreign Affairs and Trade",
    url: "https://dfat.gov.au/geo/papua-new-guinea/australia-papua-new-guinea-ministerial-forums/26th-australia-papua-new-guinea-ministerial-forum-joint-communique",
    meetingDate: "2018-04-06",
    region: "Pacific",
    kind: "joint communiqué of an annual ministerial forum",
    terms:
      "dfat.gov.au content is licensed under CC BY 4.0 unless marked otherwise; this page carries no other marking, so the text may be kept (the page's banner title and menu lines were dropped as chrome).",
    stored: true,
    sha256: "c7b999d8a97bea8eabe160d2c5c37c9923534209caed74bdc4c2c8de52e4d705",
    summary:
      "Opening of the 26th forum's communiqué (Brisbane): after the participant lists, ministers offered condolences for the Highlands earthquakes, committed to the recovery effort and agreed to cooperate on defence, policing and justice, and illegal fishing, crime and people smuggling.",
    pledges: [
      {
        anchor: "affirmed their commitment to work together on the long term recovery effort",
        why: "Commitment to a named effort (earthquake recovery).",
      },
      { anchor: "including pursuing close defence cooperation", why: '"agreed to cooperate": first named area, defence.' },
      { anchor: "building capacity in policing and law and justice", why: "Second named area of the same agreement." },
      { anchor: "tackling illegal fishing, transnational crime and people smuggling", why: "Third named area of the same agreement." },
    ],
    notPledges: [
      { anchor: "26th Papua New Guinea - Australia Ministerial Forum - Joint Communique", why: "Heading." },
      { anchor: "Brisbane, Australia", why: "Place line." },
      { anchor: "Ministerial Forum was held in Brisbane on 6 April 2018 and was co-chaired by", why: "Itinerary and chairs." },
      { anchor: "Participating Australian Ministers included Senator the Hon Marise Payne", why: "List of participants." },
      { anchor: "Participating Papua New Guinean Ministers included the Hon Solan Mirisim MP", why: "List of participants." },
      {
        anchor: "Ministers expressed their condolences to those Papua New Guineans affected",
        why: "Condolence (the sentence's closing commitment is labelled as a pledge).",
      },
    ],
  },
];
