import { z } from "zod";
import { COMMITMENT_CATEGORIES, type CommitmentCategory } from "./categories";
import { applyModel, modelFeatures, type ExtractionModel, type ModelVerdict } from "./extraction-model";
import vocabularyFile from "./extraction-vocabulary.json";
import { splitSentences, type Sentence } from "./sentences";
import type { TargetPrecisionValue } from "./target-date";

// Pledge extraction from a readout: deterministic, local, and explainable. A readout is cut into
// sentences; each sentence is scored by the phrases ("cues") that make diplomats' prose a promise
// ("agreed to", "reaffirmed their commitment", "to be held ... in 2026") or a courtesy ("expressed
// their satisfaction", "commended", "condolences"). Every candidate carries the cues that made it one,
// so the analyst can see why it was proposed. Nothing here writes: the analyst reviews every candidate.

export type CueKind = "pledge" | "soft-pledge" | "event" | "target" | "courtesy" | "hope" | "background";

export type Cue = { label: string; kind: CueKind; weight: number; matched: string };

export type SuggestedTarget = { precision: TargetPrecisionValue; value: string; matched: string | null };

export type PartyAlias = { id: string; name: string; aliases: string[] };

export type Candidate = {
  /** Position of the sentence in the readout (0-based), stable for a given text. */
  index: number;
  /** Character offsets into the source text of the suggested quote (the sentence minus attribution). */
  start: number;
  end: number;
  quote: string;
  score: number;
  strength: "strong" | "likely" | "weak";
  cues: Cue[];
  title: string;
  category: CommitmentCategory;
  partyIds: string[];
  target: SuggestedTarget;
  /** The trained model's verdict (null when extracted by the rules alone): its probability and the features that pushed it most. */
  model: ModelReason | null;
};

/** The model's reason as the review shows it: "model 0.91: 'agreed to' cue, 'will establish', future year". */
export type ModelReason = ModelVerdict & { reason: string };

export type Extraction = {
  candidates: Candidate[];
  /** Sentences not proposed, with the cues that kept them out (courtesies, background) and the model's verdict. */
  setAside: (Sentence & { index: number; cues: Cue[]; model: ModelReason | null })[];
};

// What a readout's words mean in this deployment: the keywords of each category and the other names a
// party goes by ("Turkish" for Türkiye). They name places, agencies and organisations, so they are data
// (extraction-vocabulary.json, later an admin-editable table), not rules.
const KeywordSchema = z
  .string()
  .regex(/^[^\s*][^*]*[^\s*]\*?$/, 'a word or phrase of 2+ characters, no surrounding spaces, "*" only at the end');
const AliasSchema = z
  .string()
  .regex(/^\S(?:.*\S)?$/, "no surrounding spaces")
  .min(2);

export const ExtractionVocabularySchema = z.strictObject({
  /** Every category, each with its keywords (an empty list is allowed: the category is then never suggested). */
  categories: z.record(z.enum(COMMITMENT_CATEGORIES), z.array(KeywordSchema)),
  /** Party name, exactly as stored, to the other names readouts use for it. */
  partyAliases: z.record(z.string().min(1), z.array(AliasSchema)),
});

export type ExtractionVocabulary = z.infer<typeof ExtractionVocabularySchema>;

/** Validates a vocabulary; a malformed one throws, naming every bad entry. */
export function parseExtractionVocabulary(input: unknown): ExtractionVocabulary {
  const result = ExtractionVocabularySchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid extraction vocabulary:\n${z.prettifyError(result.error)}`);
  return result.data;
}

// Parsed when the module loads: a broken file stops every import of the extraction, not one request.
export const DEFAULT_EXTRACTION_VOCABULARY = parseExtractionVocabulary(vocabularyFile);

type CueRule = { label: string; kind: CueKind; weight: number; pattern: RegExp };

// A time phrase may stand between a promise verb and its "to": "pledged on Tuesday to", "agreed last
// month to", "decided, inter alia, to".
const WHEN = String.raw`(?:,? (?:on|at|in|during|last|this|next|earlier|later|again|once again|also|jointly|inter alia|among other things)(?: [\w-]+){0,3}?,?)?`;

// What may be looked forward to as an undertaking: the next or a numbered event, first or after something
// else ("… to further cooperation, and to the next dialogue in Rabat"), or a party taking part in an event
// with a date ("the UK joining the informal Council meeting in February").
const NEXT_EVENT = String.raw`(?:[^.;]{0,80}?,? and (?:indeed |also |then )?to )?(?:the |a |its |their )?(?:next|upcoming|holding|hosting|signing|convening|welcoming|receiving|launching|\d+\w* )|(?:the )?[\w’'.-]+(?: [\w’'.-]+){0,2} (?:joining|attending|hosting|visiting|taking part in|participating in)\b(?=[^.;]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d)\b)|(?:agreeing|signing|concluding|finali[sz]ing|adopting|launching)\b(?=[^.;]*\b(?:at|in|during|by) (?:the )?[^.;]*?\b(?:talks|meeting|session|summit|round|consultations)\b[^.;]*?\b20\d\d\b)`;

// Weights: a sentence is proposed at a score of 2 or more. A clear promise verb scores 3; a softer
// one ("encouraged", "supported", "the importance of") 2; a courtesy takes one point away, so
// "welcomed ... and agreed to ..." stays a candidate while "welcomed the launch of ..." does not.
const CUE_RULES: CueRule[] = [
  {
    label: "reaffirmed/reiterated their commitment",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:reaffirm|reiterat|renew|confirm|affirm)\w* (?:their|its|our|the|his|her) (?:joint |shared |strong |firm |full )?(?:commitment|resolve|determination|intention|readiness|willingness|dedication)\b/i,
  },
  {
    label: "agreed to",
    kind: "pledge",
    weight: 3,
    pattern: new RegExp(
      String.raw`\b(?:have |has |had )?(?:agreed|agree|concurred)${WHEN} (?:to|on(?! the (?:importance|value|significance|relevance|centrality) of\b))\b`,
      "i",
    ),
  },
  // "Agreed that" is a pledge when what was agreed is something to do ("will", "should", a meeting to
  // be held), not when it is a view ("agreed that dialogue is essential").
  {
    label: "agreed that … will",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:agreed|agree|concurred) that\b(?=[^.;]*?\b(?:will|would|shall|should|must|need to|to be (?:held|hosted|convened|signed)))/i,
  },
  { label: "decided to", kind: "pledge", weight: 3, pattern: new RegExp(String.raw`\bdecided${WHEN} to\b`, "i") },
  // The noun may name who is committed ("a commitment between the two governments to hold …"). The noun "commitments that" counts only when something will be done ("a commitment that the
  // commission will meet"), not for commitments made before ("the commitments that the summit laid down").
  {
    label: "committed to",
    kind: "pledge",
    weight: 3,
    pattern: new RegExp(
      String.raw`\b(?:commitments?(?: (?:by|between|among|from) (?:the )?[\w’' -]{2,40}?)?${WHEN} (?:to (?!(?:the|a|an|this|that|these|those|its|their|our|his|her|closer|greater|stronger|deeper|further)\b)|that(?=[^.;]*\b(?:will|would|shall)\b))|(?:commit|commits|committed|committing|pledged?|pledging|undert(?:ook|ake)|vowed?)${WHEN} (?:to|that))\b`,
      "i",
    ),
  },
  // Also a plan with its actor named: "there is a plan for the ministry to send a delegation".
  {
    label: "plan to",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:plan|plans|planned|planning) to\b|\b[Pp]lans? for (?:the |a |an )?(?:[\w’'-]+ ){1,5}?to (?!the\b|a\b|an\b|date\b)[a-z]+\b/,
  },
  // "Keen to see more cooperation" is a wish for an outcome, not an intention to act.
  {
    label: "intention to",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:(?:intention|intend|intends|resolve|determined|determination|resolved?|readiness|ready|prepared|accept|accepts|accepted|willingness|aim|aims|desire|keen|seek|seeks|strive|endeavou?r) to(?! see\b| hear\b| learn\b)|intend(?:s|ed)? (?:our|their|its|the) (?:[\w-]+ ){0,3}?to|(?:would like|wish|wishes) to (?!thank|express|congratulat|welcome|note|acknowledg|emphasi|underline|stress|recall|take this opportunity|brief|inform|tell|say|share with you|report))/i,
  },
  // Directives to officials are pledges: "instructed the relevant agencies to draft …", "tasked the working group with …".
  {
    label: "instructed / tasked (a directive)",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:instruct(?:ed|s)?|task(?:ed|s)|mandat(?:ed|es)|direct(?:ed|s)|charg(?:ed|es)|entrust(?:ed|s)|assign(?:ed|s)|request(?:ed|s)|asked)\b(?: [\w’'-]+){1,10}? (?:to|with)\b|\b(?:instructed|directed|mandated|requested|asked)(?: that)?(?: [\w’'-]+){1,6}? be (?:established|set up|created|formed|convened|drafted|prepared|completed|finali[sz]ed)\b/i,
  },
  {
    label: "reached an agreement / understanding",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:reached|came to|arrived at|struck|forged) (?:an? |the )?(?:[\w-]+ ){0,2}(?:agreement|understanding|consensus|accord|deal) (?:to|on|that|for)\b|\bplans? (?:call|calls|envisage|envisages|foresee|foresees) for\b/i,
  },
  // The agreement reported as a noun: "there was agreement to further enhance cooperation", "welcomed
  // the agreement by senior officials to develop a joint framework". Only when a verb follows ("to
  // develop"), not a thing ("adherence to the agreement to date").
  {
    label: "an agreement to (do something)",
    kind: "pledge",
    weight: 3,
    pattern:
      /\bagreement(?: (?:by|between|among) (?:the )?[\w’' -]{2,40}?)? to (?:further |jointly |also )?(?!(?:the|a|an|this|that|these|those|its|their|our|his|her|date|which|whom|be)\b)[a-z]+\b/,
  },
  {
    label: "decisions were made / plans approved",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:decisions?|agreement|consensus) (?:was|were|has been|have been) (?:made|taken|reached|adopted)\b|\b(?:proposals?|plans?|measures?|programmes?|programs?|roadmaps?|road maps?|recommendations?)\b[^.;]{0,120}? (?:was|were|has been|have been) (?:approved|endorsed|adopted)\b/i,
  },
  // Assistance or a programme announced as under way: "the Government is committing $100 million", "we
  // are launching a fellowship". Only verbs of giving or setting up, not of a trend ("trade is growing").
  {
    label: "announced as under way (is committing / are launching)",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:am|is|are) (?:also |now |today |jointly )?(?:launching|committing|providing|investing|establishing|deploying|funding|allocating|contributing|setting up|opening|introducing|extending|sending|delivering|doubling|transferring|donating|supplying|handing over)\b/i,
  },
  // Support pledged for something to be done: "pledged his government's full support in ensuring …".
  {
    label: "pledged support for an action",
    kind: "pledge",
    weight: 3,
    pattern: /\b(?:pledg|promis)\w* (?:[\w’'-]+ ){0,3}?(?:support|assistance|help|backing) (?:in|for|with|to) (?:the )?\w+ing\b/i,
  },
  {
    label: "planned / scheduled for",
    kind: "event",
    weight: 3,
    pattern:
      /\b(?:is|are|was|were|has been|have been) (?:planned|scheduled|slated|set|envisaged) (?:for|to|in|on|by)\b|\bwould (?:be (?:held|hosted|convened|sequenced|organi[sz]ed|established|set up|launched|signed|opened)|hold|host|convene|establish|launch)\b|\bwill take place\b/i,
  },
  // An undertaking reported in the future of the past: "the Prime Minister confirmed that Canada would
  // ratify the accession", "assured that the ministry would send experts". Not "would like" or "would be
  // glad", and not a prediction ("said that trade would grow": "said" is not a promise verb).
  {
    label: "confirmed that … would (a reported undertaking)",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:confirmed|assured|promised|pledged|undertook|announced|guaranteed) that\b[^.;]{0,100}?\bwould (?!like\b|be (?:happy|pleased|glad|delighted|grateful)\b)[a-z]+\b/i,
  },
  // A new body set up by the document or the meeting, told in the present: "the Partnership also
  // establishes a new dialogue on foreign policy", "the accord creates a joint fund".
  {
    label: "sets up a new body",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:establishes|creates|sets up|launches|institutes) (?:an? )?(?:(?:new|joint|permanent|annual|biennial|regular|bilateral) )+(?:[\w-]+ ){0,3}?(?:dialogue|commission|committee|council|mechanism|group|forum|fund|programme|program|office|centre|center|secretariat|task force|facility)\b/i,
  },
  {
    label: "a goal or task set",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:task|goal|objective|target)s?\b(?: [\w’'-]+){0,10}? to (?:increase|raise|elevate|bring|reach|double|triple|boost|expand|achieve)\b/i,
  },
  {
    label: "will / shall",
    kind: "pledge",
    weight: 3,
    // Not a consequence ("a format that will allow us …"), the visit's own programme ("will inaugurate", "will
    // travel") nor an anniversary that falls due by itself ("will celebrate 80 years of relations").
    pattern:
      /\b(?<!\b(?:that|which) )(?:will|shall)(?: (?:also|further|jointly|continue to|work to|each))? (?!be remembered|remain a|always\b|travel|proceed|depart|leave|fly\b|arrive|return\b|inaugurate|attend|address|deliver|(?:celebrate|commemorate|mark) (?:the )?[\w-]+ (?:years|anniversary))(?:[a-z]+)\b/i,
  },
  {
    label: "to be held (dated event)",
    kind: "event",
    weight: 3,
    // Also the subjunctive of a proposal or a request: "proposed that the summit be held in Tokyo".
    pattern:
      /\bto be (?:held|hosted|convened|organi[sz]ed|signed|launched|opened)\b|\bthat\b[^.;]{0,120}? be (?:held|hosted|convened|organi[sz]ed)\b/i,
  },
  {
    label: "look forward to (next event)",
    kind: "event",
    weight: 2,
    pattern: new RegExp(String.raw`\blook(?:ed|s)? forward to (?:${NEXT_EVENT})`, "i"),
  },
  {
    label: "implementation of a named plan",
    kind: "pledge",
    weight: 3,
    pattern:
      /\b(?:implementation of|implement(?:ing)?) (?:the |their |its )?['‘"“]?(?:[A-Z0-9][\w’'-]*\s+){0,6}(?:Action Plan|Plan|Roadmap|Road Map|Programme|Program|Agreement|Memorandum|Vision|Strategy|Declaration|Framework)\b/,
  },
  // Reaffirmed what is to be done ("reaffirmed the importance of the projects", "their engagement to
  // reform"), not a state of things ("reaffirmed the breadth of the friendship", "shared goals").
  {
    label: "reaffirmed",
    kind: "soft-pledge",
    weight: 2,
    pattern:
      /\b(?:reaffirm|reiterat)(?:ed|s|ing|e|es)? (?:the |their |its |our |his |her |a )?(?:[\w-]+ ){0,2}?(?:importance|engagement|support|readiness|pledges?|offers?|invitations?|proposals?|decisions?|agreements?|calls?|positions?|plans?|intentions?|obligations?)\b/i,
  },
  {
    label: "encouraged / supported",
    kind: "soft-pledge",
    weight: 2,
    // Not a passive ("the partnership is supported by treaties") nor money already announced ("$36 million
    // announced at the last summit"): those are background.
    pattern:
      /\b(?:encouraged|(?<!\b(?:is|are|was|were|be|been|being) )supported(?! by)|support for|called for|urged|endorsed(?! by)|promote|promoting|offered|(?<!\b(?:previously|already|earlier|recently|million|billion|funding|assistance) )announced(?! (?:at|in|during|on|last|earlier|previously|since|by)\b))\b/i,
  },
  {
    label: "the importance / need of",
    kind: "soft-pledge",
    weight: 2,
    // "The importance of deepening cooperation" names something to do; "the importance of a strategic partnership" is a view.
    pattern: /\b(?:importance of (?:\w+ )?\w+ing\b|need to|necessity (?:of|to)|essential to|should)\b/i,
  },
  // Areas named as priorities, or prioritising: not "the priority that relations represent" or "the priorities set in 2017".
  {
    label: "priority areas",
    kind: "soft-pledge",
    weight: 2,
    pattern: /\bpriority (?:areas?|sectors?|directions?|fields?|projects?|tasks?)\b|\bprioriti[sz]\w*\b/i,
  },
  // "Continue to be" and "continue to remain" describe a state, not an action.
  {
    label: "continue to",
    kind: "soft-pledge",
    weight: 2,
    pattern: /\b(?:continue|continued|continuing) (?:to (?!be\b|remain\b)|their\b|its\b|our\b)/i,
  },
  {
    label: "a dated target",
    kind: "target",
    weight: 1,
    pattern:
      /\b(?:(?:in|by|until|before|during)\s+(?:the\s+)?(?:end of\s+|first half of\s+|second half of\s+|(?:first|second|third|fourth) quarter of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?20\d\d|upcoming period|near future|next year|coming months)\b/i,
  },
  {
    label: "courtesy (satisfaction, welcome, thanks, condolence)",
    kind: "courtesy",
    weight: -1,
    pattern:
      /\b(?:satisfaction|appreciation|appreciated|commended|congratulat\w*|condolences?|thanked|gratitude|paid tribute|welcomed|praised|sympathy|mourn\w*|grateful)\b/i,
  },
  // Hopes and expectations are not undertakings ("voiced hope that the talks will …", "look forward to
  // working together"), unless a dated event is looked forward to (the event cue above), first or
  // after something else ("… to further cooperation, and to the next dialogue in Rabat").
  {
    label: "hope or expectation",
    kind: "hope",
    weight: -2,
    pattern: new RegExp(
      String.raw`\b(?:(?:voiced|expressed|express|expresses|shared|share) (?:the |their |his |her |its |a |strong |firm |deep )?(?:hopes?|confidence|belief|conviction|optimism|expectations?) (?:that|for)|hoped|hopes that|hoping|(?:are|is|were|was) confident that|believes? that|look(?:ed|s|ing)? forward to (?!${NEXT_EVENT}))`,
      "i",
    ),
  },
  // The visit's own programme, told on the day ("will agree … when they meet later today", "Arriving in
  // Tokyo on Thursday, the Prime Minister will visit …", "will visit a port before travelling to Osaka"):
  // the itinerary, not an undertaking.
  {
    label: "the visit's programme (later today, on arrival)",
    kind: "background",
    weight: -2,
    pattern:
      /\b(?:later today|this (?:morning|afternoon|evening)|tonight)\b|^\W*(?:On|Upon|After) arriv\w+\b|^\W*Arriving (?:in|at)\b|\b(?:before|after) (?:travell?ing|flying|heading|departing|leaving|going on|moving on) (?:on )?to\b/i,
  },
  {
    label: "background (views exchanged, history)",
    kind: "background",
    weight: -1,
    pattern: /\b(?:exchanged views|elaborated on|briefed|recalled that|is also known as|also known as|illustrative of|dates back)\b/i,
  },
];

// What the labelling counts as a general aim rather than an action: a value or a state of relations
// (peace, prosperity, multilateralism, friendship, mutual respect), not a named partnership, process or
// agreement ("the peace process" is a pledge's object; "peace" is not).
const AIM_WORD = String.raw`(?:(?:mutual|global|regional|international|world|lasting|durable|shared|common|greater|economic|sustainable|inclusive) )*(?:multilateralism|peace|prosperity|stability|goodwill|friendship|security|mutual (?:respect|trust|understanding)|growth|democracy|(?:[\w-]+ )?values|(?:the )?rule of law|human rights|international law|rules-based (?:international )?(?:trade|order|system)|(?:effective )?multilateral system|(?:(?:bilateral|economic|commercial|political|diplomatic|close|closer|deeper|strong|stronger)(?:,? and |, | ))*(?:relationship|relations|ties|bonds?))`;
// Aims only, one after another ("peace, stability and prosperity in the region"), and then nothing that
// makes them a thing's name: "the peace and security architecture", "peace talks" are not aims.
const GENERAL_AIM = String.raw`(?:the |their |our |an? )?${AIM_WORD}(?:(?:,| and|, and) (?:an? |the )?${AIM_WORD})*\b(?=\s*(?:[,.;:)]|$)|\s+(?:as|in|between|among|across|throughout|for|of|on|with|through|while|which)\b)`;

// Verbs that only make something bigger or better ("strengthen", "deepen", "expand, deepen and broaden"),
// one or several joined by commas and "and": with the relationship itself as their object they name no
// act that could be found done or not done.
const VAGUE_VERBS = String.raw`(?:(?:strengthen|deepen|enhanc|expand|broaden|widen|boost|grow|promot|advanc|foster|reinforc|intensif|further|develop|cement|consolidat|bolster|nurtur|revitali[sz]|reinvigorat|improv|defend|open\w* a new (?:phase|chapter|era|page|stage) (?:of|in)|(?:produc|achiev|deliver|yield)\w* (?:concrete |tangible |practical )?results (?:in|of|from))\w*(?:,? and |,? or |, | ))+`;
// The relationship as a whole, under any of its names, with only words that say how good or how broad
// it is ("our close and enduring partnership", "multifaceted regional cooperation", "New Zealand's
// relationship"). A field is a thing to do ("security cooperation", "cooperation on border security"),
// so no field word is among these.
const RELATION = String.raw`(?:(?:the|our|their|its|this|a|an|(?:[\w-]+ ){0,2}?[\w-]+['’]s) )?(?:(?:bilateral|overall|close|closer|strong|stronger|deep|deeper|broad|broader|comprehensive|strategic|enduring|multifaceted|multi-faceted|mutually beneficial|friendly|long-?standing|existing|growing|special|good|excellent|economic|commercial|political|diplomatic|regional|constructive|practical|productive|all-round|win-win|historic|traditional|fraternal|brotherly)(?:,? and |, | ))*(?:relationship|relations|ties|bonds?|partnerships?|engagement|friendship|cooperation|co-operation|collaboration|connections)`;
// What may follow such an object and still leave it a general aim: the parties it is between (named, or
// "the two countries"; not "between our customs services", who are someone to do something), its
// breadth, its basis, a named place, or the end of the clause; and nothing later in the sentence that
// says how it is to be done ("including …", "through the joint commission", "by opening a consulate").
const RELATION_END = String.raw`(?=\s*(?:[.;:)]|$)|,|\s+(?:(?:between|among|with) (?:the |our |both |all )?(?:two |three |five )?(?:countries|nations|peoples|sides|governments|regions|partners|[A-Z])|across (?:all|the (?:full |whole |broad )?(?:range|spectrum)|politics|the board)|in all|in (?:the )?[A-Z]|of mutual|for (?:the )?(?:mutual |common )?benefit|based on|by ${VAGUE_VERBS}|to (?:a|the) (?:new|next|higher) level|at all levels|(?:that|which) (?!will|would|shall)[a-z]+s\b|in (?:various|many|a (?:wide|broad) range of|all) (?:areas|fields|sectors|spheres)))(?![^.;]*\b(?:including|particularly|especially|notably|such as|through|via|with a view to|in order to|by (?!${VAGUE_VERBS})[a-z]+ing)\b)`;

// The same relationship when a commitment to it is only restated ("reiterated their commitment to expand,
// deepen and broaden political, economic, security and commercial cooperation", "reaffirmed their
// commitment to continue strengthening the Alliance"): an alliance, and cooperation named by its broad
// sectors, are the relationship itself, with nothing new to be done. A commitment made afresh ("agreed
// to strengthen security cooperation") is not held to this.
const RESTATED_RELATION = RELATION.replace("(?:bilateral|", "(?:bilateral|security|defen[cs]e|").replace(
  "(?:relationship|",
  "(?:[Aa]lliances?|relationship|",
);

// Cooperating itself, with nothing named to cooperate on ("will cooperate, coordinate and partner in
// areas of common interest"); not "work together in the Security Council" or "partner with Tonga to build …".
const COOPERATE = String.raw`(?:cooperat|co-operat|coordinat|partner|collaborat|work together|work closely)\w*(?:(?:,? and |,? or |, )(?:cooperat|co-operat|coordinat|partner|collaborat|work together|work closely)\w*)*(?: closely)?(?=\s*(?:[.;)]|$)| (?:in|on) (?:all )?(?:areas|matters|issues|fields) of (?:common|mutual|shared) (?:interest|concern)\s*(?:[.;)]|$))`;

// What may come before a commitment that is restated rather than made: "reiterated their", "expressed
// its strong".
const RESTATED = String.raw`(?:(?:reaffirm|reiterat|renew|confirm|affirm|express)\w* (?:their|its|our|the|his|her|a) (?:[\w-]+ ){0,2}?)?`;

// The checkability test (docs/extraction-labelling-guide.md: a pledge is something "an analyst could
// later find done or not done"). A sentence whose action is only an aspiration, a verb that makes
// something bigger or better on an abstract object ("deepen the partnership", "advance our relations",
// "foster trust") or a generic task ("address the most pressing global problems", "build upon the
// advances made", "take a comprehensive approach"), is set aside when nothing in it could be checked:
// no concrete act (hold, sign, open, fund, train …), no event, body, document or programme, no date or
// time frame, no number or amount, no named body or acronym, and no field of work (trade, terrorism,
// maritime, education …). Words are matched with either case of their first letter (list items start
// with them); names and acronyms only as written.
const eitherCase = (words: string) => words.replace(/(?<=^|[\s(|:])[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const ASPIRATION_VERB = eitherCase(
  String.raw`(?:strengthen|deepen|enhanc|promot|foster|advanc|expand|develop|boost|support|reinforc|broaden|widen|intensif|further|consolidat|cement|revitali[sz]|reinvigorat|improv|maintain|sustain|build (?:on|upon)|work (?:together|closely)|cooperat|co-operat|collaborat)\w*`,
);
const ABSTRACT_QUALIFIER = String.raw`(?:(?:the|our|their|its|this|these|a|an|bilateral|overall|close|closer|strong|stronger|deep|deeper|broad|broader|comprehensive|strategic|enduring|multifaceted|multi-faceted|mutually|beneficial|friendly|long-?standing|existing|growing|special|good|excellent|regional|constructive|practical|productive|historic|traditional|substantive|mutual|global|international|lasting|durable|shared|common|greater|sustainable|inclusive|positive|most|pressing|critical|key|greatest|evolving|emerging|new|further|two|both|[A-Z][\w.]*(?:[–-][A-Z][\w.]*)?['’]s|[A-Z][\w.]*[–-][A-Z][\w.]*),? (?:and )?)*`;
const ABSTRACT_OBJECT = String.raw`(?:relationship|relations|ties|bonds?|partnerships?|engagement|friendship|cooperation|co-operation|collaboration|dialogue|connectivity|trust|momentum|progress|advances|achievements|peace|prosperity|stability|goodwill|understanding|future|tendencies)\b`;
const GENERIC_TASK_VERB = eitherCase(
  String.raw`(?:address\w*|tackl\w*|respond\w* to|confront\w*|overcom\w*|build\w* (?:up)?on|build\w*|tak\w* (?:a|an|further|concrete|joint|the)|deliver\w*|achiev\w*|mak\w* sure)`,
);
const GENERIC_TASK_OBJECT = String.raw`(?:challenges|problems|issues|threats|needs|concerns|opportunities|progress|advances|achievements|gains|outcomes|results|future|approach|actions|steps|tendencies)\b`;
const ASPIRATION = String.raw`\b(?:${ASPIRATION_VERB}(?:,? (?:and |or )?${ASPIRATION_VERB})*(?: (?:to|on|upon|toward|towards|in))? ${ABSTRACT_QUALIFIER}${ABSTRACT_OBJECT}|${GENERIC_TASK_VERB} (?:[\w-]+,? (?:and )?){0,5}?${GENERIC_TASK_OBJECT})`;
const CONCRETE_ACT = eitherCase(
  String.raw`(?:hold|holds|held|holding|sign|signs|signed|signing|open|opens|opened|opening|set up|setting up|sets up|establish\w*|launch\w*|draft\w*|conven(?:e|es|ed|ing)|convention|host|hosts|hosted|hosting|visit\w*|send\w*|sent|provid\w*|fund|funds|funded|funding|financ(?:e|es|ed|ing)|conclud\w*|ratif\w*|exchang\w*|meet|meets|met|deploy\w*|train|trains|trained|training|transfer\w*|donat\w*|suppl(?:y|ies|ied|ying)|finali[sz]\w*|adopt\w*|appoint\w*|organi[sz]\w*|resum\w*|negotiat\w*|invest\w*|allocat\w*|contribut\w*|dispatch\w*|construct(?:s|ed|ing|ion)?|creat(?:e|es|ed|ing|ion)|introduc\w*|implement\w*|complet(?:e|es|ed|ing|ion)|submit\w*|sponsor\w*|grant\w*|award\w*|issued|issuing|conduct\w*|participat\w*|attend\w*|join|joins|joined|joining|invit\w*|reopen\w*|restor\w*|upgrad\w*|abolish\w*|simplif\w*|study|review\w*|prepar\w*|develop\w* (?:a|an|the|new) [a-z]+)`,
);
const CONCRETE_THING = eitherCase(
  String.raw`(?:meetings?|summits?|sessions?|talks|conferences?|commissions?|committees?|working groups?|councils?|task forces?|secretariat|offices?|embass(?:y|ies)|consulates?|centres?|centers?|agreements?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|roadmaps?|road maps?|plans?|programmes?|programs?|projects?|initiatives?|funds?|scholarships?|exercises?|mechanisms?|visas?|flights?|corridors?|reports?|papers?|studies|consultations|rounds?|forums?|rail\w*|roads?|bridges?|ports?|airports?|pipelines?|plants?|hospitals?|schools?|clinics?)`,
);
const CONCRETE_WHEN = String.raw`(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|${eitherCase("(?:next|upcoming|annual\\w*|regular\\w*|this year|within \\w+ (?:weeks|months|years)|by the end of)")})`;
const CONCRETE_AMOUNT = String.raw`(?:[$€£]|\d(?![\d,.]* (?:countries|sides|nations|peoples|governments|parties)\b)|${eitherCase("(?:million|billion|percent|per cent)")})`;
const CONCRETE_NAME = String.raw`(?:(?:[A-Z][\w’'-]* ){0,4}(?:Dialogue|Commission|Committee|Council|Group|Forum|Agreement|Treaty|Plan|Programme|Program|Initiative|Partnership|Fund|Declaration|Roadmap|Framework|Strategy|Mechanism|Corridor|Summit|Conference|Meeting|Organi[sz]ation|Assembly|Union|Agency|Bank|Centre|Center|Office)|(?!(?:US|USA|UK|EU|HH|HE)\b)[A-Z]{2,}s?)`;
const CONCRETE_FIELD = eitherCase(
  String.raw`(?:terror\w*|counter-?terror\w*|extremis\w*|crim\w*|trafficking|smuggling|narcotic\w*|drugs?|defen[cs]e|military|maritime|naval|border\w*|cyber\w*|energy|electricity|trade|investment\w*|business\w*|compan(?:y|ies)|education\w*|universit\w*|students?|science|technolog\w*|research|health|medical|climate|environment\w*|agricultur\w*|food|water|fisher\w*|migration|sanctions|nuclear|infrastructure|tourism|cultur\w*|youth|women|gender|skills|customs|people-to-people|capacity|disasters?|humanitarian|space|digital|data|polic(?:e|ing)|justice|law enforcement)`,
);
const CONCRETE = String.raw`\b(?:${CONCRETE_ACT}|${CONCRETE_THING}|${CONCRETE_FIELD}|${CONCRETE_NAME})\b|\b${CONCRETE_WHEN}\b|${CONCRETE_AMOUNT}`;
const ONLY_ASPIRATION_LABEL = "only an aspiration (deepen ties, address challenges): nothing an analyst could check";

// Negative cues that say what the promise words inside their own match mean here: in "reiterated their
// commitment to support multilateralism" the commitment is to a general aim, so the promise cue it
// contains does not count, and this cue, listed in its place, says why. A courtesy only takes a point
// away; these take the promise words away, and a point as well.
const OVERRIDING_RULES: CueRule[] = [
  // A commitment, resolve or support whose whole object is a general aim: "reiterated their
  // commitment to support multilateralism", "are determined to foster goodwill and friendship",
  // "promoting mutual economic growth and prosperity", "determination to defend and promote peace".
  {
    label: "a general aim (peace, prosperity, friendship), not an action",
    kind: "background",
    weight: -1,
    pattern: new RegExp(
      String.raw`(?:\b${RESTATED}(?:commitments?|commit|commits|committed|committing|determined|determination|resolve|resolved|desire|support|dedicated|dedication|agreed|pledged|vowed|undertook|decided)(?: [\w’'-]+){0,2}? (?:to|for) (?:(?:support|advanc|promot|foster|uphold|ensur|achiev|secur|maintain|preserv|strengthen|consolidat|further|deepen|enhanc|reinforc|cement|defend|protect|safeguard)\w*(?:,? and |,? or |, | ))*|\b(?:support|advanc|promot|foster|uphold)\w* |\b(?:will|shall) (?:further )?(?:strengthen|deepen|cement|reinforce|enhance) )${GENERAL_AIM}`,
      "i",
    ),
  },
  // The same when the object is the relationship itself and the verb only makes it bigger or better:
  // "committed to working together to strengthen our bond", "reiterated their commitment to expand,
  // deepen and broaden bilateral cooperation", "intends to strengthen Chile's relationship with Peru",
  // "committed to a close partnership", "will cooperate and coordinate in areas of common interest".
  // Only the words of a promise, of working together and of continuing may stand between the promise
  // and the verb, so "agreed to open a consulate to strengthen ties" keeps its undertaking.
  {
    label: "a general aim (a stronger relationship or cooperation), not an action",
    kind: "background",
    weight: -1,
    pattern: new RegExp(
      String.raw`\b${RESTATED}(?:commitments?|commit|commits|committed|committing|pledged?|pledging|undert(?:ook|ake)|vowed?|agreed|agree|decided|determined|determination|resolved?|intends?|intended|intention|aims?|seeks?|will|shall|readiness|ready|willingness|desire|keen|dedicated|dedication)(?: (?:to|on|that|continue|continuing|work|working|together|closely|jointly|further|also|each|move|moving|in|towards?|efforts?|make|making|strive|striving|as (?:family|friends|partners)))*? (?:(?:${VAGUE_VERBS}${RELATION}|(?:${VAGUE_VERBS})?(?:(?:mutual )?(?:economic )?(?:growth|prosperity) and (?:sustainable )?development))${RELATION_END}|${COOPERATE})|\b(?:committed|commitments?|dedicated|dedication) to ${RELATION}${RELATION_END}|\b(?:reaffirm|reiterat|renew|confirm|affirm)\w* (?:their|its|our|the) (?:[\w-]+ ){0,2}?(?:commitment|resolve|determination|dedication)(?: (?:to|continue|continuing|further|work|working|together))*? ${VAGUE_VERBS}${RESTATED_RELATION}${RELATION_END}`,
      // Case-sensitive: a named partnership ("a closer Strategic Partnership") is a framework, not an aim.
    ),
  },
  // "Reaffirmed that the relationship is based on mutual respect" restates a view; "reaffirmed that
  // they will …", "… that they remain committed to the Paris Agreement" or "… and agreed to" still
  // holds an undertaking (a noun, "a commitment to shared objectives", does not). "Reiterating that …" opens a
  // sentence whose main clause follows, so only the finite verb counts.
  {
    label: "a view restated (reaffirmed that …), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:reaffirm(?:ed|s)?|reiterat(?:ed|es?)|affirm(?:ed|s)?) that\b(?![^.;]*?\b(?:will|would|shall|should|must|need to|continue to|agreed|decided|pledged|undert(?:ook|ake)|instructed|resolved|committed|determined|ready to|intend\w*|plan(?:s|ned)? to|aim(?:s|ed)? to)\b)[^.;]*/i,
  },
  // Support restated for an organisation, a country or its policies ("reiterated their support for the
  // Global Counterterrorism Forum", "underlined his support for Mexico's reforms", "remains supportive of
  // Bahrain's plans to …"): nothing to be done.
  // Support for something to be done or given ("support for the construction of …", "support for
  // hosting …") is not caught, nor an undertaking that follows it ("… and will share its experience").
  {
    label: "restated support (for a body, a country, a policy), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:reaffirm|reiterat|underlin|underscor|express|voic|confirm|affirm)\w* (?:(?:their|its|his|her|our) )?(?:[\w-]+ ){0,2}?support (?:for|of|to) (?!(?:the |an? )?(?:\w+ing|construction|implementation|establishment|creation|development|launch|opening|preparation|provision|delivery|financing|funding) )(?:(?!\band (?:will|shall|agreed|decided|pledged|committed|offered|announced)\b)[^,.;:])*|\b(?:remain|remains|remained|is|are|was|were|stays?) (?:[\w-]+ ){0,2}?supportive of (?:(?!\band (?:will|shall|agreed|decided|pledged|committed|offered|announced)\b)[^,.;:])*/i,
  },
  // A desire the sides share ("reaffirmed their shared desire to strengthen the relationship", "both
  // sides' desire to forge lasting bonds") is a sentiment; one minister's "expressed his desire to"
  // (Japan's usual translation of an intention) is not caught here.
  {
    label: "a shared desire (a sentiment, not an intention)",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:shared|mutual|common|joint) (?:desire|wish)\b|\b(?:both|the two|the) (?:sides|countries|nations|parties|peoples|governments)['’]? (?:desire|wish)\b/i,
  },
  // "Agreed that" with a view of how something should be done ("agreed that the rules should be applied
  // consistently with national law"): a norm, not a step. "Agreed that the rules should be aligned by
  // March 2027" is not caught.
  {
    label: "a view of how things should be done, not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:agreed|agree|concurred|stressed|noted) that\b[^.;]*?\bshould (?:be )?[a-z]+ (?:[a-z]+ )?(?:consistently with|in accordance with|in line with|in conformity with|in a (?:[\w-]+ )?manner|with (?:full )?respect for|on the basis of)\b(?:(?!\b(?:and|but|while) (?:then |also |they |we |the (?:sides|ministers|leaders) )?(?:agreed|agree|decided|pledged|committed|resolved|undertook|instructed|will|shall)\b)[^.;])*/i,
  },
  // What was discussed, when the topic is someone's intention, plan, need or action ("They covered the
  // UK's intention to reset …", "we discussed the need to strengthen …", "discussed the action my Government
  // will take"): the promise words are the topic's, not the meeting's. "Discussed the plan and agreed to …"
  // keeps its undertaking.
  {
    label: "a topic discussed (someone's intention or plan), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:discussed|covered|talked about|touched (?:up)?on|exchanged views on)\b (?:(?!(?:agreed|agree|decided|pledged|committed|resolved|undertook|instructed|will|shall)\b)[\w’'-]+,? ){0,6}?(?:intentions?|plans?|need|actions?|proposals?|commitments?|efforts?)\b(?:(?!\b(?:and|but|while) (?:then |also |they |we |the (?:sides|ministers|leaders) )?(?:agreed|agree|decided|pledged|committed|resolved|undertook|instructed|will|shall)\b)[^.;])*/i,
  },
  // Support or promotion named as part of what was discussed ("Participants discussed the trade
  // relationship, including U.S. support for Brazil's accession", "we discussed … the opportunities for
  // members to promote …"): a topic, not something the parties undertook. "Discussed the project and
  // agreed to support it" keeps its undertaking.
  {
    label: "support or promotion discussed (a topic), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:discussed|talked about|exchanged views on)\b(?:(?!\b(?:agreed|agree|decided|pledged|committed|resolved|undertook|instructed|will|shall)\b)(?:\b[A-Z]\.|[^.;])){0,300}?\b(?:support (?:for|of)|promot(?:e|es|ing))\b/i,
  },
  // A document agreed at the meeting ("Leaders agreed on a joint statement setting the direction of …"):
  // an outcome, told as history; and the meeting's own agenda ("we agreed to focus our discussion on four
  // themes").
  {
    label: "the meeting's own outcome or agenda, not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:agreed|agree) (?:on|upon|to) (?:a|the) (?:[\w-]+ ){0,2}?(?:(?:set|list) of (?:[\w-]+ ){0,2}?)?(?:statement|declaration|communiqu[ée]|press release|principles)\b|\b(?:agreed|decided) to (?:focus|concentrate|centre|center|structure|devote) (?:our|their|this|today['’]s) (?:discussions?|talks|conversations?|exchanges?)\b/i,
  },
  // "Agreed that" or "shared the view that" followed by a statement of how things are ("agreed that
  // regional security remains a priority", "shared the view that this cooperation demonstrates …"): a
  // view, not a step. Not when something is to be done first ("agreed that the council will meet", "… that
  // the next session is to be held in Baku"), nor when an undertaking follows ("… and agreed to …").
  {
    label: "a view agreed (agreed that … is), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\b(?:agreed|agree|concurred|(?:shared|share|expressed|express|were of|are of) the (?:common |shared )?view) that\b(?:(?!\b(?:will|would|shall|should|must|need|needs|to be|is to|are to|it is)\b)[^.;]){0,120}?\b(?:is|are|remains?|represents?|constitutes?|demonstrates?|serves?|underpins?)\b(?! to\b)(?:(?!\b(?:and|but|while) (?:then |also |they |we |the (?:sides|ministers|leaders) )?(?:agreed|agree|decided|pledged|committed|resolved|undertook|instructed|will|shall)\b)[^.;])*/i,
  },
  // An occasion before this one, opening the sentence with its date ("At a meeting on November 13, 2015,
  // …", "During the President's July 2015 visit to Washington, …"): history, unless the sentence says what
  // will be done or what was agreed.
  {
    label: "an earlier occasion (dated), told as history",
    kind: "background",
    weight: -1,
    pattern:
      /^\W*(?:At|During) [^;]{0,160}?\b(?:19|20)\d\d\b[^;]{0,160}?,(?![^.;]*\b(?:will|shall|would|agreed|decided|pledged|committed|undertook|instructed)\b)[^;]*/,
  },
  // A sentence ending in a colon introduces a list: the items are the pledges, each its own candidate.
  {
    label: "a lead-in to a list (the items are the pledges)",
    kind: "background",
    weight: -1,
    pattern: /^.*:\s*["”’]?\s*$/s,
  },
  // What an arrangement will bring about ("This will allow us to …", "A focus on quality investments
  // will ensure sustainable growth", "The Roadmap will guide cooperation", "the new agreement will provide
  // the framework for …"): a consequence with no one undertaking it. The subject is a thing (a pronoun, a
  // noun with "a", or a named document, programme or body), and nothing but the subject, or a participle
  // phrase before it ("Building on the treaty, the new agreement will …"), stands before "will": not "It was
  // agreed that Peru will help …". A document that will do something concrete ("The Partnership will
  // create mechanisms …", "The programme will provide 200 scholarships") is not caught: only verbs of
  // effect are. Further predicates of the same subject ("… and will complement the fund") are effects too.
  {
    label: "a consequence (this will allow / ensure …), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /^\W*(?:[A-Z]\w+ing\b[^,;]{0,80}, )?(?:(?:This|That|It|These|Those|Such|An?)\b(?:(?!\b(?:that|is|are|was|were|has|have|had)\b)[^.;]){0,160}?|The (?:[\w’'-]+ ){0,4}?(?:roadmap|road map|accord|agreement|statement|declaration|charter|programme|program|package|initiative|project|pack|plan|strategy|framework|memorandum|vision|partnership|dialogue|commission|treaty|mechanism|forum|fund|facility)s?(?: of [\w-]+)? )\b(?:will|shall) (?:also |further |in turn |thus )?(?:allow|enable|ensure|help|contribute|lead to|result in|pave the way|make it possible|bring|guide|cement|underpin|build on|complement|teach|reflect|shape|benefit|serve|support|strengthen|deepen|enhance|boost|improve|provide (?:a|an|the) (?:[\w-]+ ){0,2}?(?:framework|basis|foundation|platform|structure|vehicle|impetus|momentum|opportunity))\b(?:[^.;]*?\band will (?:also |further )?[a-z]+\b)?/i,
  },
  // What a document or a body is, in the present tense ("The Commission serves as the main channel …",
  // "These meetings continue to be a chance to …"), and the members a body has ("The Council includes four
  // working groups"): a description, not something its parties will do. What a document or a package
  // includes or sets out may be undertakings ("The package includes $5 million for clinics", "This
  // includes doubling troop numbers"), so only a body's membership is caught.
  {
    label: "a document or body describing itself, not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /^\W*(?:[A-Z]\w+ing\b[^,;]{0,80}, )?(?:(?:(?:The|This|These|That|Its|Our) (?:[\w’'-]+ ){0,5}?(?:statement|declaration|dialogue|commission|council|committee|forum|partnership|agreement|charter|framework|roadmap|programme|program|initiative|mechanism|group|plan|strategy|memorandum|treaty|accord|vision|package|fund|meeting)s?|This|These|It) (?:also |itself |thus |now )?(?:serves? as|represents?|reflects?|continues? to be|remains?)|(?:The|This|These|Its|Our) (?:[\w’'-]+ ){0,5}?(?:dialogue|commission|council|committee|forum|mechanism|group|meeting)s? (?:also |now )?(?:includes?|comprises?|consists? of|brings? together|is made up of)(?! \w+ing\b))\b[^;]*/i,
  },
  // An effect told in the passive at the end of the sentence ("Through this initiative, our maritime
  // cooperation will be strengthened."): no one undertakes it; "will be strengthened with two patrol
  // boats" says how, and still counts.
  {
    label: "a consequence (… will be strengthened), not an undertaking",
    kind: "background",
    weight: -1,
    pattern:
      /\bwill be (?:further )?(?:strengthened|enhanced|deepened|reinforced|bolstered|consolidated|improved|broadened|expanded)\s*[.;]?["”’]?\s*$/i,
  },
  // The checkability test: an aspiration with nothing checkable anywhere in the sentence takes every
  // promise word of the sentence away ("reiterated their joint commitment to address the most pressing
  // global and regional problems"); "committed to deepen ties and to hold annual talks" keeps its
  // undertaking, and so does "… deepen cooperation on counter-terrorism" (a field of work).
  {
    label: ONLY_ASPIRATION_LABEL,
    kind: "background",
    weight: -1,
    pattern: new RegExp(String.raw`^(?![\s\S]*?(?:${CONCRETE}))[\s\S]*?${ASPIRATION}[\s\S]*$`),
  },
];

const PROPOSE_AT = 2;

const SORTED_RULES = [...CUE_RULES]
  .sort((a, b) => b.weight - a.weight)
  .map((rule) => ({ rule, global: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`) }));

/** The cues found in one sentence (each rule at most once): the overriding ones, then the others strongest first. */
export function findCues(sentence: string, { leadIn = false }: { leadIn?: boolean } = {}): Cue[] {
  const cues: (Cue & { from: number; to: number })[] = [];
  const overlaps = (from: number, to: number, c: { from: number; to: number }) => from < c.to && c.from < to;
  // The overriding cues first: a promise cue inside the words of one does not count.
  const overriding: { from: number; to: number }[] = [];
  for (const rule of OVERRIDING_RULES) {
    // A lead-in's checkable parts are its items, so it is not held to the checkability test itself.
    if (leadIn && rule.label === ONLY_ASPIRATION_LABEL) continue;
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    const span = { from: m.index, to: m.index + m[0].length };
    overriding.push(span);
    cues.push({ label: rule.label, kind: rule.kind, weight: rule.weight, matched: m[0].trim(), ...span });
  }
  // Strongest rules first; a weaker cue inside the words of a stronger one ("reaffirmed" inside
  // "reaffirmed their commitment") does not count twice.
  for (const { rule, global } of SORTED_RULES) {
    // The first occurrence that is neither overridden nor inside a stronger cue: in "committed to lasting
    // peace, and committed to building the rail link" the second one counts.
    for (const m of rule.weight > 0 ? sentence.matchAll(global) : [rule.pattern.exec(sentence)]) {
      if (!m) continue;
      const from = m.index;
      const to = m.index + m[0].length;
      if (rule.weight > 0 && (overriding.some((o) => overlaps(from, to, o)) || cues.some((c) => c.weight > 0 && overlaps(from, to, c))))
        continue;
      cues.push({ label: rule.label, kind: rule.kind, weight: rule.weight, matched: m[0], from, to });
      break;
    }
  }
  return cues.map(({ from: _from, to: _to, ...cue }) => cue);
}

export function scoreCues(cues: Cue[]): number {
  const positive = cues.filter((c) => c.weight > 0 && c.kind !== "target");
  const best = positive.length ? Math.max(...positive.map((c) => c.weight)) : 0;
  // The best promise cue decides; a second one adds a point, a dated target a point (only beside a
  // promise: a date alone is history), a courtesy or background phrasing takes one away.
  const extra = positive.length > 1 ? 1 : 0;
  const target = cues.some((c) => c.kind === "target") ? 1 : 0;
  const penalty = Math.max(0, ...cues.filter((c) => c.weight < 0).map((c) => -c.weight));
  return best + extra + (best > 0 ? target : 0) - penalty;
}

// Attribution ("," the ministry said.") and opening quotation marks are not part of the pledge.
const ATTRIBUTION =
  /,?\s*["”’']?\s*(?:the|The)\s+[\w ]{2,40}?\s+(?:said|explained|added|noted|mentioned|pointed out|stated|reported|underlined|emphasi[sz]ed|stressed)\s*\.?\s*$/;
const LEADING_ATTRIBUTION =
  /^(?:["“‘']\s*)?(?:(?:According to|As reported by) [^,]{2,60},\s*|The (?:ministry|statement|readout|spokesperson|press release)[^,]{0,40}? (?:noted|stressed|underscored|highlighted|said|added|mentioned) that\s+)?/;

function quoteSpan(sentence: Sentence): { start: number; end: number } {
  let text = sentence.text;
  let start = sentence.start;
  const lead = LEADING_ATTRIBUTION.exec(text);
  if (lead && lead[0].length > 0 && lead[0].length < text.length - 10) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const tail = ATTRIBUTION.exec(text);
  let end = sentence.start + sentence.text.length;
  if (tail && tail.index > 10) end = start + tail.index;
  // Trailing quotation marks left behind by the cut.
  while (end > start && /["”’'\s]/.test(sentence.text[end - 1 - sentence.start] ?? "")) end--;
  return { start, end };
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The target a sentence states, ignoring dates before the meeting (history, not deadlines). */
export function suggestTarget(sentence: string, meetingDate: string): SuggestedTarget {
  const meetingYear = Number(meetingDate.slice(0, 4));
  const future = (iso: string) => iso >= meetingDate;
  const day =
    /\b(?:by|on|before|until)\s+(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(20\d\d)\b/i.exec(
      sentence,
    );
  if (day) {
    const iso = `${day[3]}-${String(MONTH_NAMES.indexOf(day[2].toLowerCase()) + 1).padStart(2, "0")}-${day[1].padStart(2, "0")}`;
    if (future(iso)) return { precision: "DAY", value: iso, matched: day[0] };
  }
  const quarter = /\b(?:in|by|during)\s+the\s+(first|second|third|fourth)\s+quarter\s+of\s+(20\d\d)\b/i.exec(sentence);
  if (quarter) {
    const q = ["first", "second", "third", "fourth"].indexOf(quarter[1].toLowerCase()) + 1;
    if (Number(quarter[2]) >= meetingYear) return { precision: "QUARTER", value: `${quarter[2]}-Q${q}`, matched: quarter[0] };
  }
  const month =
    /\b(?:in|by|during|until|before)\s+(?:the\s+end\s+of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(20\d\d)\b/i.exec(
      sentence,
    );
  if (month) {
    const value = `${month[2]}-${String(MONTH_NAMES.indexOf(month[1].toLowerCase()) + 1).padStart(2, "0")}`;
    if (future(`${value}-31`)) return { precision: "MONTH", value, matched: month[0] };
  }
  const year =
    /\b(?:in|by|until|before|during|within)\s+(?:the\s+(?:end|course|first half|second half)\s+of\s+)?(20\d\d)\b|\bVision\s*[—–-]\s*(20\d\d)\b/i.exec(
      sentence,
    );
  if (year) {
    const value = year[1] ?? year[2];
    if (Number(value) >= meetingYear) return { precision: "YEAR", value, matched: year[0] };
  }
  const namedYear =
    /\b(?:in|by|from|for|during|beginning in)\s+(?:the\s+)?(20\d\d)\s+(?:fiscal|financial|academic|budget)\s+year\b|\bfiscal year\s+(20\d\d)\b/i.exec(
      sentence,
    );
  if (namedYear) {
    const value = namedYear[1] ?? namedYear[2];
    if (Number(value) >= meetingYear) return { precision: "YEAR", value, matched: namedYear[0] };
  }
  const within =
    /\bwithin\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+months\b/i.exec(sentence);
  if (within) {
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    const n = /^\d+$/.test(within[1])
      ? Number(within[1])
      : within[1].toLowerCase() === "eighteen"
        ? 18
        : within[1].toLowerCase() === "twenty-four"
          ? 24
          : words.indexOf(within[1].toLowerCase());
    const total = Number(meetingDate.slice(5, 7)) - 1 + n;
    const value = `${meetingYear + Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
    return { precision: "MONTH", value, matched: within[0] };
  }
  const upcoming =
    /\b(?:in the (?:upcoming|coming) (?:period|months|years)|in the near future|at an early date|as soon as possible|soon)\b/i.exec(
      sentence,
    );
  if (upcoming) return { precision: "UPCOMING", value: "", matched: upcoming[0] };
  return { precision: "NONE", value: "", matched: null };
}

/** The category whose keywords occur most often in the sentence (on a tie, the one named first). */
export function suggestCategory(sentence: string, vocabulary: ExtractionVocabulary = DEFAULT_EXTRACTION_VOCABULARY): CommitmentCategory {
  return bestCategory(sentence, categoryMatchers(vocabulary));
}

type CategoryMatcher = { category: CommitmentCategory; pattern: RegExp | null };

function categoryMatchers(vocabulary: ExtractionVocabulary): CategoryMatcher[] {
  return COMMITMENT_CATEGORIES.map((category) => {
    const keywords = vocabulary.categories[category];
    // Longest first: a phrase ("development cooperation") counts once, not once per keyword inside it,
    // whatever order the list is in.
    const alternatives = [...keywords].sort((x, y) => y.length - x.length).map(keywordPattern);
    return {
      category,
      pattern: alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "gu") : null,
    };
  });
}

// A keyword in lower case matches in any case ("trade", "Trade"); one with a capital is a name or an
// acronym and matches as written ("UN" is not "un"). A final "*" matches any ending ("universit*"), a
// space any run of spaces, an apostrophe either apostrophe.
function keywordPattern(keyword: string): string {
  const anyCase = keyword === keyword.toLowerCase();
  const word = keyword.endsWith("*") ? keyword.slice(0, -1) : keyword;
  const body = [...word]
    .map((c) => {
      if (/\s/.test(c)) return "\\s+";
      if (c === "'" || c === "’") return "['’]";
      const upper = c.toUpperCase();
      return anyCase && upper !== c && [...upper].length === 1 ? `[${c}${upper}]` : escapeRegExp(c);
    })
    .join("");
  return keyword.endsWith("*") ? `${body}[\\p{L}\\p{N}_]*` : body;
}

function bestCategory(sentence: string, matchers: CategoryMatcher[]): CommitmentCategory {
  let best: CommitmentCategory = COMMITMENT_CATEGORIES[0];
  let bestCount = 0;
  let bestAt = Infinity;
  for (const { category, pattern } of matchers) {
    const hits = pattern ? [...sentence.matchAll(pattern)] : [];
    const at = hits[0]?.index ?? Infinity;
    if (hits.length > bestCount || (hits.length === bestCount && hits.length > 0 && at < bestAt)) {
      best = category;
      bestCount = hits.length;
      bestAt = at;
    }
  }
  return best;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Parties named in the sentence; "the sides", "both countries", "the ministers" mean the meeting's own
 * parties (those named in its title or participants).
 */
export function suggestParties(sentence: string, parties: PartyAlias[], meetingPartyIds: string[]): string[] {
  const found = new Set<string>();
  for (const party of parties) {
    const names = [party.name, ...party.aliases].filter((n) => n.length >= 2);
    const pattern = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}])`, "u");
    if (pattern.test(sentence)) found.add(party.id);
  }
  if (
    /\b(?:the (?:two )?sides|both (?:sides|countries|governments|ministers|leaders|parties)|the (?:two )?(?:ministers|foreign ministers|leaders|presidents|parties|delegations|governments)|they)\b/i.test(
      sentence,
    )
  )
    for (const id of meetingPartyIds) found.add(id);
  return [...found];
}

const LEADING_FILLER =
  /^(?:further |also |jointly |continue (?:to )?|work (?:together )?to |to |the importance of |the need to |the necessity of )+/i;
// Where a title stops: the end of the pledge's own clause.
const CLAUSE_BREAK =
  /[;:]|,\s+(?:including|especially|particularly|as well as|which|while|currently|(?:under|in|by|through) which)\b|\s+(?:during|which|while|in accordance with|with a view to|under the co-chairmanship)\s+|\s+and\s+(?:[a-z]+ed)\b/;

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function shorten(value: string, max = 110): string {
  const clean = value
    .replace(/\s+/g, " ")
    .replace(/["“”'‘’]+$/g, "")
    .replace(/[\s,.;:]+$/, "")
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

/**
 * A short title in the analysts' style ("Hold the 6th meeting of ...", "Deepen cooperation on ..."):
 * the phrase that follows the strongest cue, up to the first clause break.
 */
export function suggestTitle(sentence: string, cues: Cue[]): string {
  const event = cues.find((c) => c.kind === "event");
  if (event) {
    const before = sentence.slice(0, sentence.indexOf(event.matched));
    const gathering =
      /(?:the |a |an )(?:(?!the\b|and\b|of\b|a\b)[^\s,]+ ){0,4}?(?:meeting|summit|session|conference|forum|visit|council|consultations?|round|exercise)\b(?: of [^,]{3,80}?)?(?=,|$| under| to be| in )/gi;
    const found = [...before.matchAll(gathering)].at(-1) ?? [...sentence.slice(sentence.indexOf(event.matched)).matchAll(gathering)][0];
    if (found) return shorten(`Hold ${found[0].replace(/^(?:the |a )/i, "the ")}`);
  }
  for (const cue of cues) {
    if (cue.weight <= 0 || cue.kind === "target") continue;
    const at = sentence.indexOf(cue.matched);
    let rest = sentence.slice(at + cue.matched.length).replace(/^\s+/, "");
    if (cue.label === "implementation of a named plan")
      rest = `Implement ${cue.matched.replace(/^(?:implementation of|implement(?:ing)?)\s+/i, "")}${sentence.slice(at + cue.matched.length).split(/[,;]/)[0]}`;
    // "will open an honorary consulate": the verb after "will" is the pledge's own verb.
    if (cue.label === "will / shall") rest = `${cue.matched.replace(/^(?:will|shall)\s+(?:also |further |jointly |each )?/i, "")} ${rest}`;
    rest = rest.replace(/^(?:to |that )/i, "").replace(LEADING_FILLER, "");
    if (cue.label === "priority areas") rest = /\bincluding\s+(.*)$/.exec(rest)?.[1] ?? rest;
    const clause = rest
      .split(CLAUSE_BREAK)[0]
      .replace(/["“”]/g, "")
      .replace(/^['‘]+|['’]+$/g, "");
    if (clause.trim().split(/\s+/).length >= 2) return shorten(capitalise(clause.trim().replace(/[.]+$/, "")));
  }
  return shorten(capitalise(sentence.replace(/^["“‘']/, "")));
}

// A list item: a line opened by a dash or a bullet ("- strengthening our people-to-people links;").
const LIST_ITEM = /^\s*[-–—•*▪●]\s+\S/;
// An item that is a headed paragraph ("- Enhancing Resilience: The United States recognizes that …") says
// its own sentence, and is judged by it, not by the lead-in.
const HEADED_ITEM = /^[^:]{2,120}:\s+["“‘']?\p{Lu}[^:]*\s\p{Ll}/u;
const LEAD_IN_UNDERTAKINGS =
  /\bthe following (?:[\w-]+ ){0,4}?(?:objectives|steps|actions|measures|commitments|deliverables|tasks|undertakings)\b/i;
const REPORTING_LEAD_IN = /\b(?:discussed|reviewed|noted|covered|exchanged|talked|considered|recalled|welcomed|highlighted|touched)\b/i;
// A numbered item loses its number to the sentence splitter ("5. Deepening exchanges …" reads "Deepening
// exchanges …"): after a promise lead-in, a sentence that opens with a verb in -ing and has no main clause
// of its own is such an item (a verbless item). Not the participles that open a preamble's sentence
// ("Recalling the Joint Statement, …", "Noting that …").
const VERBLESS_ITEM =
  /^\W*(?!(?:Recalling|Reaffirming|Reiterating|Recogni[sz]ing|Noting|Welcoming|Acknowledging|Underlining|Stressing|Emphasi[sz]ing|Bearing|Considering|Having|Being|Following|Celebrating|Highlighting|Expressing)\b)\p{Lu}\p{Ll}+ing\b(?![^.;]*,\s+(?:we|they|the (?:\w+ )?(?:sides|ministers|leaders|parties|countries))\s)/u;
// A short heading (a few words, no closing punctuation) between a lead-in and its first item: "… in
// the following ways:" / "Cooperation in the Asia-Pacific" / "Deepening exchanges …".
const HEADING = /^[^.;:!?]{2,80}$/;
const ITEM_CUE: Omit<Cue, "matched"> = { label: "an item after a promise lead-in", kind: "pledge", weight: 3 };

/**
 * A lead-in that promises what its list holds ("The sides agreed to:", "We commit to the following
 * areas:"): it ends in a colon, and its words, read as a sentence of their own, would be proposed. A
 * lead-in that reports ("The sides discussed:", "guided by these principles:") is not one.
 */
export function isPromiseLeadIn(sentence: string): boolean {
  const words = sentence.replace(/\s+$/, "");
  if (!words.endsWith(":")) return false;
  // "… articulated the following additional objectives:" names what its items are: things to do.
  if (LEAD_IN_UNDERTAKINGS.test(words) && !REPORTING_LEAD_IN.test(words)) return true;
  return scoreCues(findCues(`${words.slice(0, -1)}.`, { leadIn: true })) >= PROPOSE_AT;
}

export type ExtractionOptions = {
  /** The meeting's date (YYYY-MM-DD): dates before it are history, not targets. */
  meetingDate: string;
  parties?: PartyAlias[];
  /** Parties that "the sides" refers to. */
  meetingPartyIds?: string[];
  /** Category keywords (a vocabulary checked by parseExtractionVocabulary); the default file's when absent. Party aliases come in with `parties` (see partyAliases). */
  vocabulary?: ExtractionVocabulary;
  /**
   * A trained model (./extraction-model.ts, trained by scripts/extraction-train.ts) to decide with the rules;
   * none by default: the rules alone decide. None is shipped: under leave-one-publisher-out validation the
   * model did not beat the rules clearly (see the script).
   */
  model?: ExtractionModel | null;
};

/** A sentence of the readout as the rules read it: its cues (with a list item's lead-in) and their score. */
export type ReadSentence = { sentence: Sentence; index: number; cues: Cue[]; score: number };

/** Reads the readout sentence by sentence, as extractCandidates does (the training script reads it the same way). */
export function readSentences(text: string): ReadSentence[] {
  // Whether the list being read follows a promise lead-in ("The sides agreed to:"): its items are pledges.
  let promiseList = false;
  // Whether an item of that list has been read yet (a heading may stand before the first one).
  let itemSeen = false;
  return splitSentences(text).map((sentence, index) => {
    const cues = findCues(sentence.text);
    const dashed = LIST_ITEM.test(sentence.text);
    if (dashed || (promiseList && VERBLESS_ITEM.test(sentence.text))) {
      // An item that is only an aspiration is not made a pledge by its lead-in.
      if (promiseList && !HEADED_ITEM.test(sentence.text) && !cues.some((c) => c.label === ONLY_ASPIRATION_LABEL))
        cues.unshift({ ...ITEM_CUE, matched: dashed ? sentence.text.slice(0, 2) : sentence.text.split(/\s/)[0] });
      itemSeen = true;
    } else if (!(promiseList && !itemSeen && HEADING.test(sentence.text.trim()) && sentence.text.trim().split(/\s+/).length <= 8)) {
      promiseList = isPromiseLeadIn(sentence.text);
      itemSeen = false;
    }
    return { sentence, index, cues, score: scoreCues(cues) };
  });
}

/** The model's verdict on one read sentence. */
export function judgeSentence(model: ExtractionModel, read: ReadSentence, meetingDate: string): ModelReason {
  const verdict = applyModel(model, modelFeatures(read.sentence.text, read.cues, read.score, Number(meetingDate.slice(0, 4))));
  return { ...verdict, reason: `model ${verdict.probability.toFixed(2)}: ${verdict.reasons.join(", ") || "no feature it knows"}` };
}

/**
 * Whether a sentence is proposed: by the rules (a score of 2 or more) when there is no model; with one, a
 * rules' candidate is kept when the model gives it `keepAt` or more, and any other sentence is proposed
 * when the model gives it `rescueAt` or more. The training script chooses the thresholds by this rule.
 */
export function isProposed(
  score: number,
  probability: number | null,
  thresholds: Pick<ExtractionModel, "keepAt" | "rescueAt"> | null,
): boolean {
  if (!thresholds || probability === null) return score >= PROPOSE_AT;
  return score >= PROPOSE_AT ? probability >= thresholds.keepAt : probability >= thresholds.rescueAt;
}

/** Proposes the readout's pledges as candidates in text order; everything else is set aside with its reasons. */
export function extractCandidates(text: string, options: ExtractionOptions): Extraction {
  const candidates: Candidate[] = [];
  const setAside: Extraction["setAside"] = [];
  const categories = categoryMatchers(options.vocabulary ?? DEFAULT_EXTRACTION_VOCABULARY);
  const model = options.model ?? null;
  for (const read of readSentences(text)) {
    const { sentence, index, cues, score } = read;
    const verdict = model ? judgeSentence(model, read, options.meetingDate) : null;
    if (!isProposed(score, verdict?.probability ?? null, model)) {
      setAside.push({ ...sentence, index, cues, model: verdict });
      continue;
    }
    const span = quoteSpan(sentence);
    const quote = text.slice(span.start, span.end);
    candidates.push({
      index,
      start: span.start,
      end: span.end,
      quote,
      score,
      strength: score >= 4 ? "strong" : score >= 3 ? "likely" : "weak",
      cues,
      title: suggestTitle(quote, cues),
      category: bestCategory(quote, categories),
      partyIds: suggestParties(quote, options.parties ?? [], options.meetingPartyIds ?? []),
      target: suggestTarget(quote, options.meetingDate),
      model: verdict,
    });
  }
  return { candidates, setAside };
}

/** Party aliases from the stored parties: name, short name (when 3+ letters) and the vocabulary's other names for it. */
export function partyAliases(
  parties: { id: string; name: string; shortName?: string | null }[],
  vocabulary: ExtractionVocabulary = DEFAULT_EXTRACTION_VOCABULARY,
): PartyAlias[] {
  return parties.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: [
      ...(p.shortName && p.shortName.length >= 3 ? [p.shortName] : []),
      ...(Object.hasOwn(vocabulary.partyAliases, p.name) ? vocabulary.partyAliases[p.name] : []),
    ],
  }));
}
