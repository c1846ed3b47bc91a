// Corpus L of the real-readout corpus (issue 14): a BLIND HELD-OUT set (the third one). Twelve readouts, 32 pledges,
// of bilateral or small-group meetings in Europe, Latin America, the Middle East, the Western Balkans, the Pacific and
// East Asia, published by GOV.UK (FCO/FCDO, Cabinet Office), the Irish Department of Foreign Affairs (jointly with the
// UK Government), the New Zealand Government, the European External Action Service, the European Commission
// (DG Trade; joint statements with the UK Government) and the French Ministry for Europe and Foreign Affairs.
// Labelled on 2026-11-28 by a helper session, following docs/extraction-labelling-guide.md, blind to the extraction
// rules, their vocabulary, any model and any score (none of those files was opened or run). To be scored once.
// Texts: each is the opening of the page as stored by the public-pages search, with website chrome removed at the start
// (EEAS "Press releases"/UNIQUE ID lines and the page title before the body, the DG Trade portal menu, the GovWire
// banner/byline, einpresswire's "SAMOA, June 14 -" dateline, Xinhua's introductory line) and the cut-off last sentence
// removed at the end; trailing site chrome after a complete text (GovWire's "Further information"/comments block, the
// europa.rs "Comments are closed.") was also removed. Nothing else was edited (the Qatar–UK copy keeps its hard line
// breaks and its missing name, "the Rt Hon MP"). Several pages are verbatim third-party republications of the
// governments' own releases (named in url and source) because the official page was not in the page store; their
// terms are those of the originating government.
// Left unlabelled: none; every sentence and list item is labelled.
// Terms: GOV.UK texts are Crown copyright under the Open Government Licence v3.0; Irish Government texts fall under the
// PSI general licence (CC BY 4.0-compatible); New Zealand Government releases are CC BY 4.0; EU texts may be reused with
// acknowledgement (Commission Decision 2011/833/EU); French MFA communiqués are freely reusable with the source named.
// Considered and not used: Singapore MFA and ASEAN Secretariat pages (reuse terms not open), German Federal Foreign
// Office (terms not checked), news reports and edited summaries ("Main Points") of joint statements (not verbatim).

import type { CorpusReadout } from "./types";

export const CORPUS_L: CorpusReadout[] = [
  {
    id: "eu-mexico-joint-committee-2020-06-22",
    name: "XIII EU–Mexico Joint Committee 2020, joint press release (EEAS)",
    source: "European External Action Service (eeas.europa.eu)",
    url: "https://eeas.europa.eu/topics/culture/81329/xiii-eu-mexico-joint-committee_en",
    meetingDate: "2020-06-22",
    region: "Europe / Latin America",
    kind: "joint committee under a partnership agreement (senior officials, by videoconference)",
    terms:
      "European Union (EEAS / European Commission): reuse authorised provided the source is acknowledged (Commission Decision 2011/833/EU and the EEAS legal notice): stored with acknowledgement.",
    stored: true,
    sha256: "79a67f6f428b16f95cb468226ac4efb8973070e56c88cf60995fc458773a723e",
    summary:
      "The XIII Joint Committee reviewed the modernisation of the Global Agreement, set a target for its signature, agreed a Joint Council before the end of 2020 and confirmed two dated dialogues in July 2020.",
    pledges: [
      {
        anchor:
          "they concurred on the need to speed up the internal procedures for the signing of the modernised EU-Mexico Global Agreement",
        why: "Agreement followed by an action with a target date (speed up procedures, sign the modernised agreement).",
      },
      {
        anchor: "a Joint Council at Ministerial level will be held before the end of 2020",
        why: "Agreed future meeting of a body of the parties, dated: checkable.",
      },
      {
        anchor: "EU-Mexico High Level Dialogue on Human Rights (10 July 2020)",
        why: "Verbless list item after a promise lead-in ('will be held:'), a dated dialogue.",
      },
      {
        anchor: "EU-Mexico High Level Dialogue on Climate Change: 16 July 2020",
        why: "Verbless list item after a promise lead-in ('will be held:'), a dated dialogue.",
      },
    ],
    notPledges: [
      { anchor: "EU-Mexico Joint Press Release", why: "Title." },
      { anchor: "held the XIII EU-Mexico Joint Committee", why: "Who met, when and how: itinerary." },
      { anchor: "The previous Joint Committee was held in Mexico City", why: "History." },
      { anchor: "the Mexican Delegation was headed by", why: "List of participants." },
      { anchor: "The parties took stock of joint work", why: "Past activity (review)." },
      { anchor: "The modernized Global Agreement will strengthen and deepen", why: "View: what the agreement will bring, no undertaking." },
      { anchor: "Furthermore, it will send a clear signal", why: "View." },
      { anchor: "The parties also reviewed the agenda", why: "Past activity (review)." },
      {
        anchor: "They confirmed that the following two dialogues will be held in July 2020:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
    ],
  },
  {
    id: "france-ireland-plan-of-action-ministers-2023-11-14",
    name: "France–Ireland ministers on the Joint Plan of Action, Dublin 2023 (French Ministry for Europe and Foreign Affairs)",
    source: "Ministère de l'Europe et des Affaires étrangères (diplomatie.gouv.fr)",
    url: "https://www.diplomatie.gouv.fr/en/country-files/ireland/events/article/joint-press-release-on-the-implementation-of-the-joint-france-ireland-plan-of",
    meetingDate: "2023-11-14",
    region: "Europe",
    kind: "ministers' joint press release during a prime-ministerial visit (review of a joint plan of action)",
    terms:
      "Ministère de l'Europe et des Affaires étrangères (diplomatie.gouv.fr): its terms state that official documents (declarations, speeches, press kits and communiqués) are freely reusable (Code de la propriété intellectuelle, art. L122-5), the source to be identified: stored with attribution.",
    stored: true,
    sha256: "9d8b7bca4b059bbfb1e2f7f518b3cd83c1feeaa74c14c63063ebb786d6f2693f",
    summary:
      "Ministers Boone and Burke adopt the second annual report on the France–Ireland Plan of Action and set out 2024 work: train-ferry tickets, the Celtic Interconnector, cultural and sports cooperation.",
    pledges: [
      {
        anchor: "Climate-friendly mobility by our citizens between our two countries will be promoted",
        why: "Future action tied to something concrete (the combined train-ferry tickets). Hard call: passive, actor implied (the two countries).",
      },
      {
        anchor: "work will continue to make reservations easier",
        why: "'Will continue to' plus something concrete (easier reservation of the train-ferry tickets).",
      },
      {
        anchor: "Continuing work on the Celtic Interconnector will, from 2027, connect Ireland",
        why: "Continued work on a named project with a date: checkable.",
      },
    ],
    notPledges: [
      {
        anchor: "Joint press release on the implementation of the Joint France-Ireland Plan of Action 2021-2025 (14 November 2023)",
        why: "Title and date.",
      },
      { anchor: "met today during the visit to Ireland by Prime Minister Elisabeth Borne", why: "Who met and when: itinerary." },
      { anchor: "The two ministers welcomed the overall excellence", why: "Welcome / history." },
      { anchor: "Since Brexit, France is proud", why: "View." },
      { anchor: "As we celebrate 50 years", why: "Background / view." },
      { anchor: "The two ministers also adopted the second annual report", why: "A document adopted at the meeting (history)." },
      { anchor: "This report describes, among other advances", why: "Description of a document." },
      {
        anchor: "In 2024, France and Ireland will work further to strengthen their cooperation in all areas",
        why: "A commitment whose whole object is a general aim.",
      },
      {
        anchor: "and sports cooperation, on the occasion of the Olympic and Paralympic Games in Paris, will also be strengthened",
        why: "Hard call: strengthening cultural and sports cooperation is a general aim; nothing named to be done.",
      },
    ],
  },
  {
    id: "ireland-uk-foreign-ministers-iveagh-house-2024-10-03",
    name: "Ireland–UK foreign ministers at Iveagh House, joint communiqué 2024 (Irish and UK Governments)",
    source: "Department of Foreign Affairs, Ireland / FCDO (verbatim copy on uk-times.com)",
    url: "https://uk-times.com/joint-communique-following-meeting-between-tanaiste-micheal-martin-and-foreign-secretary-david-lammy",
    meetingDate: "2024-10-03",
    region: "Europe",
    kind: "foreign ministers' bilateral meeting, joint communiqué",
    terms:
      "Joint communiqué of the Irish and UK Governments: published by the Department of Foreign Affairs (Ireland; PSI general licence, CC BY 4.0-compatible) and GOV.UK (Open Government Licence v3.0): stored with attribution. The url is a verbatim third-party republication.",
    stored: true,
    sha256: "f9a5f2bb6c434f85e90b948aefbd73b42dfa4c1cd825aa47b51210e35ee18bc0",
    summary:
      "Tánaiste Martin and Foreign Secretary Lammy meet in Dublin ahead of the first UK–Ireland Summit: annual senior-official political consultations, peacebuilding, Ukraine.",
    pledges: [
      {
        anchor: "instituting annual political consultations at senior official level",
        why: "Agreement followed by a concrete action (annual consultations at a named level). The sentence's first half, 'intensify cooperation on foreign and security policy issues', is a general aim and is not anchored separately.",
      },
    ],
    notPledges: [
      { anchor: "welcomed UK Foreign Secretary David Lammy to Iveagh House", why: "Who met, where and when: itinerary." },
      { anchor: "the visit provided an important opportunity to underscore", why: "View." },
      { anchor: "were joined by Nick Thomas-Symonds MP", why: "Participants; briefing given (past)." },
      {
        anchor: "They agreed on the importance of a positive UK-EU relationship",
        why: "'Agreed on' a view; 'looked forward to further work' names no dated event.",
      },
      { anchor: "placed a particular focus on investing in connections", why: "What was discussed." },
      {
        anchor: "They agreed to explore closer cooperation on peacebuilding.",
        why: "A commitment whose whole object is a general aim (to explore closer cooperation).",
      },
      { anchor: "focussed also on pressing global and security concerns", why: "What was discussed." },
      { anchor: "they emphasised the critical importance of protecting multilateralism", why: "View." },
      {
        anchor: "They underlined both countries’ resolute support for Ukraine",
        why: "Restated support for a country, nothing to be done.",
      },
    ],
  },
  {
    id: "eu-uk-negotiators-videoconference-2020-04-15",
    name: "EU–UK chief negotiators' videoconference, joint statement 2020 (European Commission / UK Government)",
    source: "European Commission and UK Government (verbatim copy on europeansting.com)",
    url: "https://europeansting.com/2020/04/16/joint-statement-by-eu-and-uk-negotiators-following-the-videoconference-on-15-april-2020/",
    meetingDate: "2020-04-15",
    region: "Europe",
    kind: "chief negotiators' meeting (joint statement)",
    terms:
      "Joint statement issued by the European Commission (and the UK Government): EU texts may be reused with acknowledgement (Decision 2011/833/EU); the UK text is Crown copyright under the Open Government Licence v3.0: stored with attribution. The url is a verbatim third-party republication.",
    stored: true,
    sha256: "540967b06505bb56fa503b643fe94e805839108c28ee91d5b1a69f289bf04bef",
    summary:
      "Barnier and Frost agree a timetable of three negotiating rounds by videoconference, published agendas and a June high-level meeting, and note that the Withdrawal Agreement's committees will meet.",
    pledges: [
      {
        anchor: "the two sides agreed on the need to organise further negotiating rounds",
        why: "Agreement followed by an action (organise further rounds) with a deadline for progress.",
      },
      { anchor: "will take place via videoconference", why: "Future action: the rounds will be held by videoconference." },
      { anchor: "w/c 20 April", why: "Verbless list item after a promise lead-in (agreed dates): a dated round." },
      { anchor: "w/c 11 May", why: "Verbless list item after a promise lead-in (agreed dates): a dated round." },
      { anchor: "w/c 1 June", why: "Verbless list item after a promise lead-in (agreed dates): a dated round." },
      { anchor: "Agendas for all rounds will be published online in due course.", why: "Future action: checkable publication." },
      {
        anchor: "The High Level meeting foreseen for June will take stock of the progress made.",
        why: "A dated meeting the parties are to hold.",
      },
      {
        anchor: "would meet soon",
        why: "Future meeting of named bodies of the parties (the Specialised Committees). Hard call: the first half of the sentence ('agreed that ... was a key priority') is a view and is not anchored.",
      },
    ],
    notPledges: [
      { anchor: "held a constructive meeting today via videoconference", why: "Who met and how: itinerary." },
      { anchor: "The two sides took stock of the technical work", why: "Past activity (review)." },
      {
        anchor: "The following dates have been agreed for negotiating rounds lasting a full week:",
        why: "A lead-in that ends in a colon (its items are labelled).",
      },
      { anchor: "also discussed the implementation of the Withdrawal Agreement", why: "What was discussed." },
      {
        anchor: "They welcomed the fact that a first meeting of the Joint Committee",
        why: "Welcome of a past meeting; 'looked forward to its next meeting' names no date.",
      },
    ],
  },
  {
    id: "eu-uk-joint-committee-partnership-council-2024-05-16",
    name: "EU–UK Withdrawal Agreement Joint Committee and TCA Partnership Council 2024, joint statement (European Commission / UK Government)",
    source: "European Commission and UK Government (verbatim copy on miragenews.com)",
    url: "https://miragenews.com/uk-gov-announces-key-agreement-meetings-16-may-1236541",
    meetingDate: "2024-05-16",
    region: "Europe",
    kind: "joint committee and partnership council under treaties (co-chairs' joint statement)",
    terms:
      "Joint statement issued by the European Commission (and the UK Government): EU texts may be reused with acknowledgement (Decision 2011/833/EU); the UK text is Crown copyright under the Open Government Licence v3.0: stored with attribution. The url is a verbatim third-party republication.",
    stored: true,
    sha256: "3b76bf17424392c3d6df4edf248b3a9eee72a2954e01e82d3d6696fb5f7df8ab",
    summary:
      "Šefčovič and Cameron co-chair the Joint Committee: intensified work on citizens' rights and on implementing the Windsor Framework.",
    pledges: [
      {
        anchor: "agreed that their joint work should intensify further with a view to finding solutions to outstanding issues",
        why: "Agreement followed by an action on a named object (outstanding citizens' rights issues). Hard call: close to a general aim, labelled a pledge like 'will continue to' plus something concrete.",
      },
      {
        anchor:
          "agreed that intensive work should continue with renewed efforts and commitment to ensure the full implementation of all the elements of the Windsor Framework",
        why: "'Will continue to' plus something concrete (implementation of the Windsor Framework's elements).",
      },
    ],
    notPledges: [
      { anchor: "Joint statement by European Commission Executive Vice-President", why: "Title / byline." },
      { anchor: "today held a meeting of the Withdrawal Agreement Joint Committee", why: "Who met: itinerary; welcome." },
      { anchor: "The Joint Committee took note of the state of play", why: "Past activity (review)." },
      {
        anchor: "both Parties reiterated their commitment to ensure the full implementation",
        why: "A restated commitment whose object is a general aim.",
      },
      { anchor: "The Joint Committee also addressed the Windsor Framework.", why: "What was discussed." },
      { anchor: "The co-chairs welcomed the restoration", why: "Welcome." },
      { anchor: "noted the progress made in the implementation of the Windsor Framework", why: "Noting progress (history)." },
    ],
  },
  {
    id: "eu-mercosur-negotiators-brussels-2016-06-23",
    name: "Mercosur–EU chief negotiators, joint communiqué, Brussels 2016 (European Commission, DG Trade)",
    source: "European Commission, DG Trade (trade.ec.europa.eu)",
    url: "https://trade.ec.europa.eu/doclib/press/index.cfm?id=1516",
    meetingDate: "2016-06-23",
    region: "Europe / Latin America",
    kind: "bi-regional negotiators' meeting, joint communiqué",
    terms:
      "European Union (EEAS / European Commission): reuse authorised provided the source is acknowledged (Commission Decision 2011/833/EU and the EEAS legal notice): stored with acknowledgement.",
    stored: true,
    sha256: "d0f295c983d55afb24c405ca3b0ec472dd60731203fbbf7ee3c3efa84f38f331",
    summary:
      "Mercosur and EU negotiators take stock of exchanged offers and agree a work schedule towards the October meeting of the Bi-regional Negotiations Committee.",
    pledges: [
      {
        anchor: "agreed on a work schedule to prepare for the next meeting of the Bi-regional Negotiations Committee",
        why: "Agreement on a schedule to prepare a dated meeting of a body of the parties (October, Brussels).",
      },
    ],
    notPledges: [
      { anchor: "Mercosur | Brussels, 23 June 2016", why: "Dateline." },
      { anchor: "Mercosur - EU joint communique", why: "Title." },
      { anchor: "held a meeting on 22 and 23 June to take stock", why: "Past activity reported as news." },
      { anchor: "both sides provided answers to questions", why: "Past activity." },
      { anchor: "Both sides also reviewed the status", why: "Past activity." },
      { anchor: "Chief negotiators expressed their satisfaction", why: "Satisfaction (view)." },
    ],
  },
  {
    id: "new-zealand-samoa-prime-ministers-wellington-2022-06-14",
    name: "New Zealand–Samoa prime ministers, Wellington 2022, joint statement (New Zealand Government)",
    source: "New Zealand Government (verbatim copy on einpresswire.com)",
    url: "https://www.einpresswire.com/article/576675527/joint-statement-from-the-prime-ministers-of-the-independent-state-of-samoa-and-aotearoa-new-zealand-on-the-occasion-of-the-official-visit-by",
    meetingDate: "2022-06-14",
    region: "Pacific",
    kind: "leaders' joint statement after an official visit",
    terms:
      "Joint statement released by the New Zealand Government (beehive.govt.nz), whose content is licensed CC BY 4.0: stored with attribution. The url is a verbatim third-party republication (einpresswire).",
    stored: true,
    sha256: "6976be45c187c6bb03f5219a7a4d070654eedd5ce8beb854bf414696b75dc71f",
    summary: "Prime Ministers Ardern and Fiame mark 60 years of the Treaty of Friendship and announce a fellowship in cultural leadership.",
    pledges: [
      {
        anchor: "on 1 August 2022, we will also mark the 60th anniversary",
        why: "Hard call: a dated event that the parties are to hold (the Treaty of Friendship anniversary), treated like 'look forward to a dated event'.",
      },
      { anchor: "the Prime Ministers announced a special fellowship", why: "An announced fellowship to be set up: checkable." },
    ],
    notPledges: [
      { anchor: "Prime Minister Ardern was honoured to welcome", why: "Who met, where and when: itinerary." },
      { anchor: "The year 2022 is a significant year", why: "Background." },
      { anchor: "also recalled the contribution made", why: "History." },
      { anchor: "shared a wide-ranging and frank discussion", why: "What was discussed." },
      { anchor: "remain top priorities", why: "View (priorities)." },
    ],
  },
  {
    id: "uk-oman-joint-working-group-london-2016-04-27",
    name: "Ninth UK–Oman Joint Working Group, London 2016 (Foreign and Commonwealth Office)",
    source: "Foreign and Commonwealth Office, GOV.UK (verbatim copy on govwire.co.uk)",
    url: "http://govwire.co.uk/news/foreign-and-commonwealth-office/uk-oman-joint-working-group-statement-4514",
    meetingDate: "2016-04-27",
    region: "Middle East / Europe",
    kind: "joint working group (minister and secretary general)",
    terms:
      "GOV.UK: Crown copyright, published under the Open Government Licence v3.0, which allows copying and publishing with attribution: stored with attribution (the copy here is a verbatim republication of the GOV.UK text on a third-party site, named in url).",
    stored: true,
    sha256: "f42edcc1c347f7852df33c1c11829d4bf2f92cbb5e3ac7a9387b8035ad3735b4",
    summary:
      "Minister Ellwood and Sayyid Badr chair the ninth Joint Working Group: visas, trade, education, a UK offer of expertise, regional issues.",
    pledges: [
      {
        anchor: "a UK commitment to offer further support and assistance to Oman in these areas",
        why: "One party's own pledge at a bilateral meeting: support in named areas (strategic communications, planning, the economy).",
      },
    ],
    notPledges: [
      { anchor: "The ninth meeting of the UK-Oman Joint Working Group took place", why: "Who met, where and when." },
      { anchor: "The meeting was chaired by", why: "Participants." },
      { anchor: "The bi-annual Joint Working Group was established", why: "Background." },
      { anchor: "These regular discussions also underline", why: "View." },
      { anchor: "Both sides welcomed updates on further improvements to the visa system", why: "Welcome; what was discussed." },
      { anchor: "A discussion on education and youth engagement", why: "What was discussed." },
      { anchor: "Other sessions focused on expertise sharing", why: "What was discussed." },
      { anchor: "agreed to maintain an open dialogue", why: "Exchange of views; maintaining dialogue is a general aim. Hard call." },
      { anchor: "Mr Ellwood reiterated the UKs appreciation", why: "Appreciation (view)." },
      { anchor: "Sayyid Badr expressed appreciation", why: "Appreciation (view)." },
      {
        anchor: "expressed their shared commitment to continue to advance the relationship",
        why: "A commitment whose whole object is a general aim.",
      },
    ],
  },
  {
    id: "belgrade-pristina-chief-negotiators-brussels-2018-02-27",
    name: "Belgrade–Pristina chief negotiators, working-level meeting in the EU-facilitated Dialogue (EEAS Spokesperson)",
    source: "EEAS Spokesperson (copy on the archive of the EU Delegation to Serbia, europa.rs)",
    url: "http://arhiva.europa.rs/statement-by-the-eeas-spokesperson-following-the-working-level-meeting-within-the-eu-facilitated-dialogue/?lang=en",
    meetingDate: "2018-02-27",
    region: "Europe (Western Balkans)",
    kind: "EU-facilitated working-level meeting of two parties' chief negotiators",
    terms:
      "European Union (EEAS / European Commission): reuse authorised provided the source is acknowledged (Commission Decision 2011/833/EU and the EEAS legal notice): stored with acknowledgement.",
    stored: true,
    sha256: "7732f6134562cce0e2dcd2348d782628507f58dde215802dfb20291dcefa4aa0",
    summary:
      "The chief negotiators of Belgrade and Pristina discuss implementing earlier agreements and agree to resume the discussions the next month. The year is inferred (the page gives only 26–27 February; Djurić and Arifi were the chief negotiators then).",
    pledges: [
      {
        anchor: "agreed to resume discussions on the implementation of the agreements",
        why: "Agreement to resume talks on named agreements next month: checkable.",
      },
    ],
    notPledges: [
      { anchor: "Statement by the EEAS Spokesperson following the working level meeting", why: "Title." },
      { anchor: "met in Brussels on 26 and 27 February", why: "Who met, where and when." },
      { anchor: "The discussions were conducted in a constructive spirit", why: "Past activity / view." },
    ],
  },
  {
    id: "china-new-zealand-leaders-wellington-2024-06-13",
    name: "China–New Zealand Leaders' Meeting 2024, joint statement of outcomes (New Zealand Government text, Xinhua copy)",
    source: "New Zealand Government / State Council of China (verbatim copy on english.news.cn)",
    url: "https://english.news.cn/20240613/926cb02f59184723b4d132a66d98345c/c.html",
    meetingDate: "2024-06-13",
    region: "Pacific / East Asia",
    kind: "leaders' joint statement of outcomes after an official visit",
    terms:
      "Joint statement of the New Zealand and Chinese governments, released by the New Zealand Government (beehive.govt.nz, CC BY 4.0): stored with attribution to the New Zealand Government. The url is Xinhua's verbatim republication (its own introductory line removed); Xinhua's own terms are not relied on.",
    stored: true,
    sha256: "03dcadc8bc2af6f27fa3efcaf13b5b9427e2473bb94749f351b64c3b970f6bb2",
    summary:
      "Premier Li's official visit to New Zealand: the two sides recommit to regular dialogue at several levels and on named subjects, and welcome an upcoming climate change dialogue.",
    pledges: [
      {
        anchor: "including through regular dialogue between leaders, ministers, and officials",
        why: "Undertaking with something concrete named (regular dialogue at three levels); the first half, 'deepen cooperation', is a general aim.",
      },
      {
        anchor: "recommitted to regularly holding discussions on foreign affairs",
        why: "Commitment to hold regular discussions on named subjects: checkable.",
      },
      {
        anchor: "They welcomed the upcoming Ministerial Climate Change Dialogue, set to take place this year.",
        why: "Hard call: a dated event the parties are to hold (treated like 'look forward to' such an event).",
      },
    ],
    notPledges: [
      { anchor: "Joint Statement of Outcomes of the China-New Zealand Leaders' Meeting\n", why: "Title." },
      { anchor: "undertook an official visit to New Zealand from 13-15 June 2024", why: "Itinerary." },
      { anchor: "The visit marked 10 years", why: "Background." },
      { anchor: "Premier Li met with Her Excellency Governor-General", why: "Itinerary." },
      { anchor: "held talks during which both leaders exchanged perspectives", why: "What was discussed." },
      { anchor: "reaffirmed the importance of the 1972 Joint Communique", why: "Restated principle, nothing to be done." },
      { anchor: "New Zealand reaffirmed its commitment to its one-China Policy.", why: "Restated principle, nothing to be done." },
      { anchor: "both sides acknowledged the positive development", why: "View." },
    ],
  },
  {
    id: "qatar-uk-strategic-dialogue-london-2023-02-20",
    name: "First Qatar–UK Strategic Dialogue, London 2023, joint communiqué (GOV.UK text, Parliament Today copy)",
    source: "Foreign, Commonwealth & Development Office, GOV.UK (verbatim copy on parliamenttoday.com)",
    url: "https://www.parliamenttoday.com/members/viewnews.html?id=143298",
    meetingDate: "2023-02-20",
    region: "Middle East / Europe",
    kind: "strategic dialogue (foreign ministers), joint communiqué",
    terms:
      "GOV.UK: Crown copyright, published under the Open Government Licence v3.0, which allows copying and publishing with attribution: stored with attribution (the copy here is a verbatim republication of the GOV.UK text on a third-party site, named in url).",
    stored: true,
    sha256: "4f48dfae89ed74e3d7c93281ecb0588ec99db831994f28ef55937243650f7e34",
    summary:
      "Sheikh Mohammed and the Foreign Secretary launch the annual Strategic Dialogue: official-level collaboration, yearly reviews, UK support for the World Cup legacy. (The copy drops the Foreign Secretary's name: 'the Rt Hon MP'.)",
    pledges: [
      {
        anchor: "They agreed to continue\nprogress on areas of ongoing and regular collaboration through\nofficial level engagements",
        why: "'Will continue to' plus something concrete (official-level engagements in named areas).",
      },
      {
        anchor: "agreed to review progress through the Strategic Dialogue at least\nonce a year",
        why: "Agreement to hold a yearly review: checkable.",
      },
      {
        anchor: "The United Kingdom is\ncommitted to building on this cooperation and supporting the\nState of Qatar",
        why: "One party's own pledge: support for Qatar's tournament legacy in named areas.",
      },
    ],
    notPledges: [
      { anchor: "launched the first\nannual Qatar-UK Strategic Dialogue", why: "Who met, where and when: itinerary." },
      { anchor: "The Ministers reviewed areas of collaboration", why: "Past activity (review)." },
      {
        anchor: "They affirmed that the Qatar-UK relationship has",
        why: "View; 'committed to further strengthening the partnership' is a general aim.",
      },
      { anchor: "signed an MoU to launch the Strategic", why: "A document signed at the meeting (history)." },
      { anchor: "The Ministers discussed the State of Qatar’s recent successful", why: "What was discussed." },
      { anchor: "thanked the UK for its security partnership", why: "Thanks." },
      { anchor: "Qatar and the United Kingdom share a vital and flourishing trade", why: "Background." },
    ],
  },
  {
    id: "uk-eu-summit-security-defence-partnership-london-2025-05-19",
    name: "UK–EU summit 2025: Security and Defence Partnership, foreword (GOV.UK)",
    source: "Cabinet Office / Prime Minister's Office, GOV.UK",
    url: "https://www.gov.uk/government/publications/uk-eu-security-and-defence-partnership",
    meetingDate: "2025-05-19",
    region: "Europe",
    kind: "summit outcome document (UK–EU leaders' summit, London)",
    terms:
      "GOV.UK: Crown copyright, published under the Open Government Licence v3.0, which allows copying and publishing with attribution: stored with attribution.",
    stored: true,
    sha256: "d0d4b31c078b7de71c8e2eddf9cf22b22f0b893e576361d4dac32aded0a5b032",
    summary:
      "The UK's framing of the Security and Defence Partnership agreed at the first UK–EU summit: regular leader engagement, joint work on Russia's shadow fleet and sanctions.",
    pledges: [
      {
        anchor: "through increased regular engagement with EU leaders",
        why: "Future action with something concrete named (regular leader-level engagement).",
      },
      {
        anchor: "joint work to tackle Russia’s illegal shadow fleet",
        why: "Concrete joint work named as an undertaking of the Partnership. Hard call: framed as what the Partnership 'will enable'.",
      },
      {
        anchor: "strengthening our co-operation on sanctions",
        why: "Second undertaking in the same sentence: sanctions co-operation against a named target (two pledges, one anchor each).",
      },
    ],
    notPledges: [
      { anchor: "We have agreed today a UK-EU Security & Defence Partnership", why: "A document agreed at the meeting (history)." },
      { anchor: "This Partnership reflects our shared geography", why: "View." },
      {
        anchor: "It will enable closer co-operation across a wide range of areas",
        why: "Co-operation named only by broad sectors: a general aim.",
      },
      {
        anchor: "It will also mean we can explore closer co-operation and joint investment",
        why: "Exploring co-operation: a general aim.",
      },
    ],
  },
];
