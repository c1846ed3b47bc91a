// Hand-labelled readouts for the extraction tests. A pledge is something a party to the meeting says it
// will do, keep doing, or hold, that an analyst could later find done or not done; statements of
// satisfaction, thanks, condolence, history, itinerary, and demands made of third parties are not.
// Each label names a verbatim phrase of the readout (its "anchor"); a candidate finds a pledge when the
// candidate's quote contains the anchor. Several pledges may share one sentence.
//
// The JSPG readout is real (../../../prisma/seed/sources). The other three are invented for testing,
// in the style of different ministries. The first two were written before the rules were final and
// the rules were widened after reading their misses; the Norway–Mongolia one was written and labelled
// after the rules were frozen and never used to tune them (a held-out check).

export type LabelledPledge = { anchor: string; why: string };
export type LabelledReadout = {
  name: string;
  file: string;
  meetingDate: string;
  heldOut: boolean;
  pledges: LabelledPledge[];
  /** Sentences that must not be counted as pledges, with the reason (documentation; the scoring counts any candidate without a pledge anchor as a non-pledge). */
  notPledges: LabelledPledge[];
};

export const LABELLED_READOUTS: LabelledReadout[] = [
  {
    name: "8th Türkiye–Kazakhstan JSPG (real readout)",
    file: "prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt",
    meetingDate: "2026-02-02",
    heldOut: false,
    pledges: [
      {
        anchor: "have agreed to deepen cooperation on the Middle Corridor development",
        why: '"agreed to": a joint undertaking on a named project.',
      },
      {
        anchor: "reiterated their commitment to further deepen the multifaceted Turkish-Kazakh cooperation",
        why: "Restated commitment to the Enhanced Strategic Partnership.",
      },
      {
        anchor: "reaffirmed their commitment to maintaining this dynamic momentum",
        why: "Commitment to keep up high-level visits: checkable by whether visits continue.",
      },
      {
        anchor: "facilitating and diversifying trade and investment",
        why: "Named priority area of economic relations (the sentence lists four).",
      },
      { anchor: "encouraging technology transfer and joint investments in agriculture", why: "Second priority area in the same sentence." },
      { anchor: "enhancing cooperation in the field of environment", why: "Third priority area." },
      {
        anchor: "particularly cybersecurity, artificial intelligence, digitalization, and space",
        why: "Fourth priority area: science and technology.",
      },
      {
        anchor: "cooperating in the energy sector through energy trade and joint projects",
        why: "Energy cooperation through named kinds of joint projects.",
      },
      {
        anchor: "particularly focusing on critical minerals and rare earth elements",
        why: "Mining cooperation on critical minerals, a separate pledge in the same sentence.",
      },
      {
        anchor: "reaffirmed their commitment to deepen cooperation in strengthening regional connectivity",
        why: "Connectivity through the trilateral mechanism and the OTS.",
      },
      {
        anchor: "progress made on the implementation of the Action Plan of the 13th meeting of the Joint Economic Commission",
        why: "Implementing an existing action plan: progress can be tracked.",
      },
      {
        anchor: "decided to take coordinated action to address emerging threats",
        why: '"decided to": coordinated counter-terrorism action.',
      },
      {
        anchor: "reaffirmed the importance of the modernization projects for Kazakhstan’s defense industry",
        why: "Defence-industry modernisation through joint ventures: concrete projects.",
      },
      {
        anchor: "establishment of Maarif Schools in Astana and Almaty in the upcoming period",
        why: 'Schools to be opened "in the upcoming period".',
      },
      { anchor: "agreed to continue supporting educational and cultural partnerships", why: '"agreed to continue".' },
      {
        anchor: "including the intensification of the exchange of researchers and specialists",
        why: "Encouraged exchanges of researchers: a soft but trackable pledge.",
      },
      {
        anchor: "the sides encouraged the promotion of sustainable development in Central Asia",
        why: "TIKA–KazAID development cooperation.",
      },
      {
        anchor: "expressed their intention to deepen this cooperation through enhanced institutional engagement",
        why: '"intention to": health cooperation.',
      },
      { anchor: "reaffirmed the joint resolve to expand their collaboration", why: "Resolve to empower the OTS." },
      {
        anchor: "reaffirmed to further intensify their joint efforts to implement the 'Turkic World Vision—2040",
        why: "Implementing a named strategy with a 2040 horizon.",
      },
      {
        anchor: "the sides supported CICA’s transformation into a fully fledged international organization",
        why: "Support for a named institutional change.",
      },
      {
        anchor: "noted the importance of deepening cooperation within international platforms such as the UN, OSCE, OIC, and ECO",
        why: "Cooperation in named multilateral bodies.",
      },
      {
        anchor: "emphasized the need to reach a negotiated, mutually acceptable, and viable settlement of the Cyprus issue",
        why: "A stated aim both sides pursue.",
      },
      { anchor: "preparation of the 6th meeting of the High-Level Strategic Council", why: "Event to be held in Astana." },
      { anchor: "Summits of the Heads of State of the OTS to be held in Kazakhstan (Turkistan)", why: "Summit to be held in 2026." },
      { anchor: "and Türkiye in 2026", why: "Second summit to be held in 2026." },
    ],
    notPledges: [
      { anchor: "the sides exchanged views on ways for further strengthening", why: "Exchange of views." },
      { anchor: "expressed their satisfaction with the frequency of high-level visits", why: "Satisfaction." },
      { anchor: "expressed their appreciation for the close collaboration on defense matters", why: "Appreciation." },
      { anchor: "recognized people-to-people relations", why: "Description." },
      { anchor: "are illustrative of this connection", why: "Description." },
      { anchor: "expressed appreciation for the solidarity shown by brotherly Kazakhstan", why: "Thanks." },
      { anchor: "commended the work of the Congress", why: "Commendation." },
      { anchor: "elaborated on current regional and international developments", why: "Discussion." },
      { anchor: "welcomed, in this regard, the launch of the second phase", why: "Welcome of a third party's plan." },
      { anchor: "has created new momentum toward a permanent ceasefire", why: "Assessment, no undertaking." },
      { anchor: "also known as the Trans-Caspian International Transport Route", why: "Background paragraph added by the news agency." },
    ],
  },
  {
    name: "Japan–Indonesia 2+2 (invented)",
    file: "lib/domain/extraction-fixtures/japan-indonesia-2plus2-2026-03-10.txt",
    meetingDate: "2026-03-10",
    heldOut: false,
    pledges: [
      { anchor: "sign an agreement on the transfer of defence equipment and technology by the end of 2026", why: "Dated undertaking." },
      { anchor: "Japan will provide two additional patrol vessels", why: '"will provide".' },
      { anchor: "decided to hold the first joint maritime exercise", why: '"decided to hold".' },
      { anchor: "pledged to expand cooperation on critical minerals supply chains", why: '"pledged to".' },
      { anchor: "to launch a bilateral dialogue on economic security in 2026", why: "Second pledge of the same sentence, dated." },
      { anchor: "reiterated its commitment to support Indonesia's energy transition", why: "Restated commitment." },
      {
        anchor: "underscored the importance of upholding a free and open international order",
        why: "Shared aim, labelled like JSPG's Cyprus and UN sentences.",
      },
      { anchor: "stressed the need to conclude an effective and substantive Code of Conduct", why: "Shared aim with a concrete outcome." },
      { anchor: "will share its experience of the accession process", why: '"will share".' },
      { anchor: "to be held in Jakarta in 2027", why: "Next meeting, dated." },
    ],
    notPledges: [
      { anchor: "shared the view that the bilateral relationship", why: "Assessment." },
      { anchor: "bilateral trade reached a record", why: "A past figure." },
      {
        anchor: "welcomed the successful conclusion of the Japan–Indonesia Economic Partnership Agreement review",
        why: "Welcome of something done.",
      },
      { anchor: "expressed their deep condolences", why: "Condolence." },
      { anchor: "briefed the Indonesian side", why: "Briefing." },
      {
        anchor: "called for the complete denuclearization of the Korean Peninsula",
        why: "A demand on a third country, not an undertaking of the sides.",
      },
      { anchor: "congratulated Indonesia", why: "Congratulation." },
    ],
  },
  {
    name: "Chile–Kenya state visit (invented)",
    file: "lib/domain/extraction-fixtures/chile-kenya-state-visit-2026-06-22.txt",
    meetingDate: "2026-06-22",
    heldOut: false,
    pledges: [
      { anchor: "undertook to open resident embassies in Nairobi and Santiago", why: '"undertook to", dated.' },
      { anchor: "Chile will also open an honorary consulate in Mombasa", why: '"will open".' },
      { anchor: "agreed on a three-year work plan on geothermal energy", why: '"agreed on" a plan.' },
      { anchor: "the first cohort of twenty engineers is expected in September 2026", why: "Dated deliverable of the plan." },
      { anchor: "committed to convening a joint working group on mining within six months", why: '"committed to", dated.' },
      { anchor: "aim to double bilateral trade", why: "Quantified aim by 2030." },
      { anchor: "to conclude a bilateral investment treaty", why: "Second aim of the same sentence." },
      { anchor: "resolved to cooperate on drought resilience", why: '"resolved to".' },
      { anchor: "stressed the importance of reforming the international financial architecture", why: "Shared aim, labelled like JSPG's." },
      { anchor: "Chile offered ten scholarships a year for Kenyan students", why: "An offer with a start year." },
    ],
    notPledges: [
      { anchor: "paid tribute to the memory of the late Wangari Maathai", why: "Tribute and history." },
      { anchor: "thanked his host", why: "Thanks." },
      { anchor: "discussed the situation in the Horn of Africa", why: "Discussion and concern." },
      { anchor: "praised Chile's leadership", why: "Praise." },
      { anchor: "The visit will be remembered as a milestone", why: '"will" without an undertaking.' },
      { anchor: "will travel on to Addis Ababa tomorrow", why: "Itinerary." },
    ],
  },
  {
    name: "Norway–Mongolia consultations (invented, held out)",
    file: "lib/domain/extraction-fixtures/norway-mongolia-consultations-2026-09-15.txt",
    meetingDate: "2026-09-15",
    heldOut: true,
    pledges: [
      {
        anchor: "expressed their readiness to conclude an agreement on the avoidance of double taxation",
        why: "Readiness to conclude, with experts tasked for Q1 2027.",
      },
      { anchor: "Norway intends to extend its support to Mongolia's renewable energy sector", why: '"intends to", funded programme.' },
      { anchor: "Mongolia confirmed that it will join the Global Methane Pledge", why: '"will join".' },
      { anchor: "agreed to establish a joint research network", why: '"agreed to", dated.' },
      { anchor: "will continue to coordinate their positions in the United Nations", why: '"will continue to".' },
      { anchor: "will support each other's candidatures where possible", why: "Second pledge of the same sentence." },
      { anchor: "the third round of consultations will take place in Oslo in 2027", why: "Next round, dated." },
    ],
    notPledges: [
      { anchor: "noted with satisfaction the steady development", why: "Satisfaction." },
      {
        anchor: "informed the Mongolian side about Norway's priorities",
        why: 'Briefing: "priorities" here are Norway\'s own agenda at the UN, not a bilateral pledge.',
      },
      { anchor: "thanked Norway for its humanitarian assistance", why: "Thanks." },
      { anchor: "discussed the situation on the Korean Peninsula", why: "Discussion." },
      { anchor: "held in a warm and friendly atmosphere", why: "Atmosphere." },
    ],
  },
];
