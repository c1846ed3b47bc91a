// How the audit trail reads to a person: which record an event is about (a commitment's title, a
// meeting's title, an account's name) and what it changed, field by field ("Status: In progress →
// Fulfilled"), from the before and after the data layer stored. The stored JSON is kept as it is (the
// CSV export gives it to machines); this only reads it.
import { ROLE_LABELS, ROLES, type RoleValue } from "@/lib/auth/permissions";
import { formatDecimal, isDecimalText } from "./indicators";
import { COMMITMENT_STATUSES, type CommitmentStatusValue, isCommitmentStatus, statusLabel } from "./status";
import { LINK_KIND_LABELS, LINK_KINDS, type LinkKindValue } from "./lineage";
import { formatDay, formatTarget, parseTarget, TARGET_PRECISION_LABELS, TARGET_PRECISIONS, type TargetPrecisionValue } from "./target-date";

/** The names of the records an audit page refers to, by id (looked up by the data layer). */
export type AuditNames = {
  users: Record<string, { name: string; email: string }>;
  commitments: Record<string, string>;
  meetings: Record<string, { title: string; slug: string }>;
  parties: Record<string, string>;
};

export const NO_AUDIT_NAMES: AuditNames = { users: {}, commitments: {}, meetings: {}, parties: {} };

/** One changed field: `before` or `after` is undefined when the event has no such side (a creation, a removal). */
export type AuditChange = { field: string; before?: string; after?: string };

/**
 * How a field reads. `context` fields describe where a record belongs rather than what changed: in an
 * edit they are shown only when both sides have them (and differ).
 */
type Field = { label: string; format?: (value: unknown, names: AuditNames) => string; hidden?: true; context?: true };

const MAX_TEXT = 160;

const oneOf =
  <T extends string>(values: readonly T[], label: (value: T) => string) =>
  (value: unknown) =>
    typeof value === "string" && (values as readonly string[]).includes(value) ? label(value as T) : plain(value);
const words = (map: Record<string, string>) => (value: unknown) =>
  typeof value === "string" && Object.hasOwn(map, value) ? map[value] : plain(value);
/** A record's own entry for an id (never one inherited from Object.prototype). */
function own<T>(record: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
const named = (lookup: (names: AuditNames, id: string) => string | undefined) => (value: unknown, names: AuditNames) =>
  typeof value === "string" ? (lookup(names, value) ?? shortId(value)) : plain(value);
const list = (format: (value: unknown, names: AuditNames) => string) => (value: unknown, names: AuditNames) =>
  Array.isArray(value)
    ? value
        .map((v) => format(v, names))
        .sort((a, b) => a.localeCompare(b, "en"))
        .join(", ") || "none"
    : plain(value);

const partyName = named((names, id) => own(names.parties, id));

/** The export's party_statuses (an array of records) as a sentence per party. */
function partyStatuses(value: unknown): string {
  if (!Array.isArray(value)) return plain(value);
  if (!value.length) return "none";
  return value
    .map((v) => {
      const s = (v ?? {}) as Record<string, unknown>;
      const status = typeof s.status === "string" && isCommitmentStatus(s.status) ? statusLabel(s.status) : plain(s.status);
      return `${plain(s.party)}: ${status}, ${plain(s.progress)}%, from ${plain(s.effective_on)}`;
    })
    .join("; ");
}

/** A typed due date or target as the app shows it ("2027-Q2" → "Q2 2027"), or the text itself when it does not read. */
function typedTarget(precision: unknown, typed: unknown): string {
  if (typeof precision !== "string" || !(TARGET_PRECISIONS as readonly string[]).includes(precision)) return plain(typed);
  const parsed = parseTarget(precision as TargetPrecisionValue, typeof typed === "string" ? typed : null);
  return parsed.ok ? formatTarget(precision as TargetPrecisionValue, parsed.targetDate) : plain(typed);
}

/** The export's milestones (an array of records) as a sentence per milestone. */
function milestones(value: unknown): string {
  // None reads as empty ("—"), so that a creation without milestones does not list them.
  if (!Array.isArray(value)) return plain(value);
  if (!value.length) return "—";
  return value
    .map((v) => {
      const m = (v ?? {}) as Record<string, unknown>;
      const due = m.due_precision === "NONE" ? "no due date" : `due ${typedTarget(m.due_precision, m.due)}`;
      const parts = [due, m.done_on ? `done ${plain(m.done_on)}` : "not done"];
      if (m.responsible_party) parts.push(`responsible: ${plain(m.responsible_party)}`);
      if (m.evidence_url) parts.push(`evidence: ${plain(m.evidence_url)}`);
      return `“${plain(m.title)}”: ${parts.join(", ")}`;
    })
    .join("; ");
}

/** The export's indicator (a record, or null) as one sentence: its path, then its measurements. */
function indicator(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return plain(value);
  const i = value as Record<string, unknown>;
  const amount = (v: unknown) => (typeof v === "string" && isDecimalText(v) ? formatDecimal(v) : plain(v));
  const direction = i.direction === "INCREASE" ? "increase" : i.direction === "DECREASE" ? "decrease" : plain(i.direction);
  const path = `${plain(i.name)} (${plain(i.unit)}), ${direction} from ${amount(i.baseline_value)} on ${plain(i.baseline_on)} to ${amount(i.target_value)} by ${plain(i.target_on)}`;
  const measured = Array.isArray(i.measurements)
    ? i.measurements.map((v) => {
        const m = (v ?? {}) as Record<string, unknown>;
        return `${amount(m.value)} on ${plain(m.measured_on)}`;
      })
    : [];
  return measured.length ? `${path}; measured ${measured.join(", ")}` : `${path}; no measurement`;
}

// In the order the page lists them. Keys in snake_case (the import's records) are read in camelCase.
const FIELDS: Record<string, Field> = {
  status: { label: "Status", format: oneOf<CommitmentStatusValue>(COMMITMENT_STATUSES, statusLabel) },
  progress: { label: "Progress", format: (v) => (typeof v === "number" ? `${v}%` : plain(v)) },
  effectiveOn: { label: "Took effect on" },
  statusEffectiveOn: { label: "Status took effect on" },
  obstacles: { label: "Obstacles" },
  nextStep: { label: "Next step" },
  title: { label: "Title" },
  description: { label: "Description" },
  category: { label: "Category" },
  meetingId: { label: "Meeting", format: named((names, id) => own(names.meetings, id)?.title), context: true },
  meetingSlug: { label: "Meeting (address)" },
  meetingTitle: { label: "Meeting", context: true },
  meetingKind: { label: "Meeting kind", context: true },
  meetingHeldOn: { label: "Meeting held on", context: true },
  partyIds: { label: "Parties", format: list(partyName) },
  partyId: { label: "Party", format: partyName },
  responsibleBody: { label: "Responsible body" },
  partyStatuses: { label: "Parties' own statuses", format: partyStatuses },
  milestones: { label: "Milestones", format: milestones },
  indicator: { label: "Indicator", format: indicator },
  parties: { label: "Parties", format: list(plain) },
  sourceQuote: { label: "Source quote" },
  targetPrecision: { label: "Target precision", format: oneOf<TargetPrecisionValue>(TARGET_PRECISIONS, (v) => TARGET_PRECISION_LABELS[v]) },
  target: { label: "Target" },
  targetDate: { label: "Target date" },
  due: { label: "Due" },
  duePrecision: { label: "Due date precision", format: oneOf<TargetPrecisionValue>(TARGET_PRECISIONS, (v) => TARGET_PRECISION_LABELS[v]) },
  doneOn: { label: "Done on" },
  evidenceUrl: { label: "Evidence link" },
  responsiblePartyId: { label: "Responsible party", format: partyName },
  unit: { label: "Unit" },
  direction: { label: "Direction", format: words({ INCREASE: "Increase", DECREASE: "Decrease" }) },
  baselineValue: { label: "Baseline value" },
  baselineOn: { label: "Baseline date" },
  targetValue: { label: "Target value" },
  targetOn: { label: "Target date" },
  value: { label: "Value" },
  measuredOn: { label: "Measured on" },
  toId: { label: "Linked to", format: named((names, id) => own(names.commitments, id)) },
  kind: { label: "Kind", format: oneOf<LinkKindValue>(LINK_KINDS, (v) => capitalized(LINK_KIND_LABELS[v].forward)) },
  note: { label: "Note" },
  heldOn: { label: "Held on" },
  location: { label: "Location" },
  participants: { label: "Participants" },
  sourceUrl: { label: "Source link" },
  sourceTextLength: { label: "Readout length", format: (v) => (typeof v === "number" ? `${v.toLocaleString("en")} characters` : plain(v)) },
  sourceTextStart: { label: "Readout begins" },
  name: { label: "Name" },
  email: { label: "Email" },
  role: { label: "Role", format: oneOf<RoleValue>(ROLES, (v) => ROLE_LABELS[v]) },
  active: { label: "Status", format: (v) => (v === true ? "Active" : v === false ? "Disabled" : plain(v)) },
  locked: { label: "Sign-in", format: (v) => (v === true ? "Locked" : v === false ? "Open" : plain(v)) },
  lockedUntil: { label: "Locked until" },
  failuresCleared: { label: "Failed sign-ins cleared" },
  reason: { label: "Reason", format: words({ locked: "Too many failed sign-ins", paused: "Sign-ins paused across the site" }) },
  fileName: { label: "File" },
  rows: { label: "Rows" },
  creates: { label: "New commitments" },
  updates: { label: "Changed commitments" },
  unchanged: { label: "Unchanged rows" },
  newMeetings: { label: "New meetings", format: list(plain) },
  newParties: { label: "New parties", format: list(plain) },
  via: { label: "Via", format: words({ import: "CSV import", extraction: "Accepted from the readout's candidates" }) },
  seed: { label: "Source", format: words({ demo: "Demo data" }) },
  // Bookkeeping, not for people: versions, ids of rows the event itself made, offsets, the entity's own id.
  id: { label: "", hidden: true },
  version: { label: "", hidden: true },
  statusUpdateId: { label: "", hidden: true },
  assessmentId: { label: "", hidden: true },
  milestoneId: { label: "", hidden: true },
  indicatorId: { label: "", hidden: true },
  measurementId: { label: "", hidden: true },
  linkId: { label: "", hidden: true },
  fromId: { label: "", hidden: true },
  toTitle: { label: "", hidden: true },
  sourceStart: { label: "", hidden: true },
  sourceEnd: { label: "", hidden: true },
  slug: { label: "", hidden: true },
  updatedAt: { label: "", hidden: true },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const MIDNIGHT = /T00:00:00(?:\.0+)?Z$/;

/** A stored value as a person reads it: days and instants spelled out, long text cut short. */
function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(plain).join(", ") || "none";
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return formatDay(new Date(`${value}T00:00:00Z`));
    if (ISO_INSTANT.test(value)) {
      const date = new Date(value);
      // Calendar dates are stored as midnight UTC.
      if (Number.isNaN(date.getTime())) return value;
      return MIDNIGHT.test(value) ? formatDay(date) : `${formatDay(date)}, ${value.slice(11, 16)} UTC`;
    }
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  return JSON.stringify(value);
}

function shortId(id: string): string {
  return `#${id.slice(0, 8)}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** "sourceTextLength" → "Source text length", for a field this module does not know yet. */
function humanized(key: string): string {
  return capitalized(key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase());
}

/**
 * A stored side of an event as fields, in camelCase. Its target, stored as the period's last day
 * (`targetDate`) or as typed in an import (`target`), becomes one readable `target` ("2027", "Q3 2026"),
 * so that the two ways of recording it compare.
 */
function fields(value: unknown): Map<string, unknown> | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const map = new Map(Object.entries(value).map(([key, v]) => [camelCase(key), v]));
  const precision = map.get("targetPrecision");
  if (typeof precision === "string" && (TARGET_PRECISIONS as readonly string[]).includes(precision)) {
    const p = precision as TargetPrecisionValue;
    const stored = map.get("targetDate");
    const typed = map.get("target");
    if (map.has("targetDate") && (stored === null || typeof stored === "string")) {
      const date = stored ? new Date(stored.length === 10 ? `${stored}T00:00:00Z` : stored) : null;
      if (!date || !Number.isNaN(date.getTime())) {
        map.delete("targetDate");
        map.set("target", formatTarget(p, date));
      }
    } else if (typed === null || typeof typed === "string") {
      const parsed = parseTarget(p, typed);
      if (parsed.ok) map.set("target", formatTarget(p, parsed.targetDate));
    }
  }
  // A milestone's due date, stored as the period's last day, reads as the commitment's target does.
  const duePrecision = map.get("duePrecision");
  const dueDate = map.get("dueDate");
  if (
    typeof duePrecision === "string" &&
    (TARGET_PRECISIONS as readonly string[]).includes(duePrecision) &&
    map.has("dueDate") &&
    (dueDate === null || typeof dueDate === "string")
  ) {
    const date = dueDate ? new Date(`${dueDate}T00:00:00Z`) : null;
    if (!date || !Number.isNaN(date.getTime())) {
      map.delete("dueDate");
      map.set("due", formatTarget(duePrecision as TargetPrecisionValue, date));
    }
  }
  return map;
}

/**
 * What an event changed, field by field, in the order people read them: for an edit, only the fields
 * whose readable value differs (each with before and after); for a creation or a removal, every field
 * it recorded. Bookkeeping (versions, ids, offsets) is left out; unknown fields keep a readable name.
 */
export function auditChanges(before: unknown, after: unknown, names: AuditNames = NO_AUDIT_NAMES): AuditChange[] {
  const was = fields(before);
  const now = fields(after);
  const keys = [...new Set([...(now?.keys() ?? []), ...(was?.keys() ?? [])])];
  const order = Object.keys(FIELDS);
  const rank = (key: string) => (Object.hasOwn(FIELDS, key) ? order.indexOf(key) : order.length);
  keys.sort((a, b) => rank(a) - rank(b));

  const changes: AuditChange[] = [];
  for (const key of keys) {
    const field: Field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : { label: humanized(key) };
    if (field.hidden) continue;
    const read = (value: unknown) => (field.format ?? plain)(value, names);
    const onBothSides = !!was?.has(key) && !!now?.has(key);
    if (field.context && was && now && !onBothSides) continue;
    const change: AuditChange = { field: field.label };
    if (was?.has(key)) change.before = read(was.get(key));
    if (now?.has(key)) change.after = read(now.get(key));
    if (onBothSides ? change.before === change.after : (change.before ?? change.after) === "—") continue;
    changes.push(change);
  }
  return changes;
}

/** The ids an event's record and fields refer to, by kind, for the data layer to look up their names. */
export function auditReferences(events: { entityType: string; entityId: string | null; before: unknown; after: unknown }[]) {
  const ids = { users: new Set<string>(), commitments: new Set<string>(), meetings: new Set<string>(), parties: new Set<string>() };
  const add = (set: Set<string>, value: unknown) => {
    if (typeof value === "string") set.add(value);
  };
  for (const event of events) {
    if (event.entityId && event.entityType === "user") ids.users.add(event.entityId);
    if (event.entityId && event.entityType === "commitment") ids.commitments.add(event.entityId);
    if (event.entityId && event.entityType === "meeting") ids.meetings.add(event.entityId);
    for (const side of [fields(event.before), fields(event.after)]) {
      if (!side) continue;
      add(ids.meetings, side.get("meetingId"));
      add(ids.commitments, side.get("toId"));
      const parties = side.get("partyIds");
      if (Array.isArray(parties)) for (const id of parties) add(ids.parties, id);
      add(ids.parties, side.get("partyId"));
      add(ids.parties, side.get("responsiblePartyId"));
    }
  }
  return { users: [...ids.users], commitments: [...ids.commitments], meetings: [...ids.meetings], parties: [...ids.parties] };
}

/** What an event is about, as the page shows it: a name, where it links, and what its tooltip says. */
export type AuditSubject = { label: string; href?: string; title?: string };

export function auditSubject(
  event: { entityType: string; entityId: string | null; after: unknown },
  names: AuditNames = NO_AUDIT_NAMES,
): AuditSubject {
  const id = event.entityId;
  switch (event.entityType) {
    case "commitment": {
      if (!id) return { label: "A commitment" };
      return { label: own(names.commitments, id) ?? `Commitment ${shortId(id)}`, href: `/commitments/${id}` };
    }
    case "meeting": {
      const meeting = id ? own(names.meetings, id) : undefined;
      if (meeting) return { label: meeting.title, href: `/meetings/${meeting.slug}` };
      return { label: id ? `Meeting ${shortId(id)}` : "A meeting" };
    }
    case "user": {
      const user = id ? own(names.users, id) : undefined;
      if (user) return { label: user.name, title: user.email };
      // A sign-in refused by a lock (no account is looked up) or for an email with no account: the email is all there is.
      const email = fields(event.after)?.get("email");
      if (typeof email === "string" && email) return { label: email };
      return { label: id ? `Account ${shortId(id)}` : "An account" };
    }
    case "import": {
      const fileName = fields(event.after)?.get("fileName");
      return { label: typeof fileName === "string" && fileName ? `File ${fileName}` : "A file" };
    }
    default:
      return { label: id ? `${capitalized(event.entityType)} ${shortId(id)}` : capitalized(event.entityType) };
  }
}
