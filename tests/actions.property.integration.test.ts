import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";
import { hugeString, PROPERTY_TEST_TIMEOUT_MS } from "./support/hostile-input";

// Every action, as a user who is allowed to call it, fed hostile form data: it must answer (field
// errors, a refusal or a redirect), never throw, and write nothing unless the input was valid.
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const commitments = await import("@/app/(app)/commitments/actions");
const users = await import("@/app/(app)/admin/users/actions");
const password = await import("@/app/(app)/account/password/actions");
const meetings = await import("@/app/(app)/meetings/actions");
const views = await import("@/app/(app)/views/actions");
const reports = await import("@/app/(app)/reports/actions");

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "<img src=x onerror=alert(1)>",
    "\u0000",
    "-1",
    "1e309",
    "NaN",
    "00000000-0000-0000-0000-000000000000",
    "2999-12-31",
    "FULFILLED",
  ),
  hugeString(12_000, 20_000),
);

function hostileForm(keys: string[]) {
  return fc.dictionary(fc.constantFrom(...keys, "extra", "$ACTION_ID_x"), fc.array(hostile, { minLength: 1, maxLength: 3 }));
}

const ACTIONS = [
  {
    name: "updateCommitmentStatusAction",
    run: commitments.updateCommitmentStatusAction,
    as: "analyst",
    keys: ["commitmentId", "version", "status", "progress", "effectiveOn", "rationale", "evidenceUrls"],
  },
  {
    name: "assessPartyAction",
    run: commitments.assessPartyAction,
    as: "analyst",
    keys: [
      "commitmentId",
      "partyId",
      "version",
      "status",
      "progress",
      "effectiveOn",
      "responsibleBody",
      "rationale",
      "evidenceUrls",
      "requestId",
    ],
  },
  {
    name: "addMilestoneAction",
    run: commitments.addMilestoneAction,
    as: "analyst",
    keys: ["commitmentId", "title", "duePrecision", "due", "doneOn", "evidenceUrl", "responsiblePartyId"],
  },
  {
    name: "updateMilestoneAction",
    run: commitments.updateMilestoneAction,
    as: "analyst",
    keys: ["id", "version", "commitmentId", "title", "duePrecision", "due", "doneOn", "evidenceUrl", "responsiblePartyId"],
  },
  { name: "deleteMilestoneAction", run: commitments.deleteMilestoneAction, as: "analyst", keys: ["id", "commitmentId", "version"] },
  {
    name: "setIndicatorAction",
    run: commitments.setIndicatorAction,
    as: "analyst",
    keys: ["commitmentId", "version", "name", "unit", "direction", "baselineValue", "baselineOn", "targetValue", "targetOn"],
  },
  {
    name: "addMeasurementAction",
    run: commitments.addMeasurementAction,
    as: "analyst",
    keys: ["indicatorId", "value", "measuredOn", "sourceUrl", "note"],
  },
  {
    name: "updateCommitmentStatusesAction",
    run: commitments.updateCommitmentStatusesAction,
    as: "analyst",
    keys: ["items", "status", "progress", "effectiveOn", "rationale", "evidenceUrls", "requestId"],
  },
  {
    name: "createCommitmentAction",
    run: commitments.createCommitmentAction,
    as: "analyst",
    keys: ["meetingId", "title", "category", "partyIds", "sourceQuote", "targetPrecision", "target"],
  },
  {
    name: "updateCommitmentAction",
    run: commitments.updateCommitmentAction,
    as: "analyst",
    keys: ["id", "version", "meetingId", "title", "category", "partyIds", "sourceQuote", "targetPrecision", "target"],
  },
  { name: "linkCommitmentsAction", run: commitments.linkCommitmentsAction, as: "analyst", keys: ["fromId", "toId", "kind", "note"] },
  { name: "unlinkCommitmentAction", run: commitments.unlinkCommitmentAction, as: "analyst", keys: ["linkId", "commitmentId"] },
  { name: "saveListColumnsAction", run: commitments.saveListColumnsAction, as: "viewer", keys: ["list", "shown"] },
  { name: "saveViewAction", run: views.saveViewAction, as: "viewer", keys: ["name", "page", "query"] },
  { name: "deleteViewAction", run: views.deleteViewAction, as: "viewer", keys: ["id"] },
  {
    name: "createMeetingAction",
    run: meetings.createMeetingAction,
    as: "analyst",
    keys: ["title", "kind", "heldOn", "location", "participants", "sourceUrl", "sourceText"],
  },
  {
    name: "updateMeetingAction",
    run: meetings.updateMeetingAction,
    as: "analyst",
    keys: ["id", "loadedAt", "title", "kind", "heldOn", "location", "participants", "sourceUrl", "sourceText"],
  },
  { name: "acceptCandidatesAction", run: meetings.acceptCandidatesAction, as: "analyst", keys: ["payload", "slug"] },
  { name: "issueReportAction", run: reports.issueReportAction, as: "analyst", keys: ["query", "clientRequestId"] },
  { name: "createUserAction", run: users.createUserAction, as: "admin", keys: ["email", "name", "role"] },
  { name: "updateUserAction", run: users.updateUserAction, as: "admin", keys: ["userId", "role", "active"] },
  { name: "unlockUserAction", run: users.unlockUserAction, as: "admin", keys: ["userId"] },
  {
    name: "changePasswordAction",
    run: password.changePasswordAction,
    as: "viewer",
    keys: ["currentPassword", "newPassword", "confirmPassword"],
  },
] as const;

describe("actions under hostile input", { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  for (const action of ACTIONS) {
    it(`${action.name} answers every input and writes nothing for invalid ones`, async () => {
      session.user = actors[action.as];
      const spy = vi.spyOn(console, "error").mockImplementation(() => {});
      await fc.assert(
        fc.asyncProperty(hostileForm([...action.keys]), async (fields) => {
          const data = new FormData();
          for (const [key, values] of Object.entries(fields)) for (const v of values) data.append(key, v);
          const before = await databaseFingerprint();
          const state = (await (action.run as (s: null, d: FormData) => Promise<unknown>)(null, data)) as {
            ok: boolean;
            message?: string;
          };
          expect(state).toMatchObject({ ok: false, message: expect.any(String) });
          expect(state.message).not.toMatch(/Something went wrong/);
          expect(await databaseFingerprint()).toEqual(before);
        }),
        { numRuns: 40 },
      );
      spy.mockRestore();
    });
  }
});

// The framework's floor (the benchmark's) reads the form and does nothing: it answers every input the
// same way, writes nothing, and still refuses a role that may not update statuses.
describe("floorAction under hostile input", { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it("answers that nothing was done to an analyst, refuses a viewer, and never writes", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm(["commitmentId", "version", "status", "rationale"]), fc.boolean(), async (fields, asViewer) => {
        session.user = asViewer ? actors.viewer : actors.analyst;
        const data = new FormData();
        for (const [key, values] of Object.entries(fields)) for (const v of values) data.append(key, v);
        const before = await databaseFingerprint();
        const state = await commitments.floorAction(null, data);
        expect(state).toMatchObject(
          asViewer
            ? { ok: false, message: "Your role does not allow this." }
            : { ok: true, message: expect.stringMatching(/^Nothing was done/) },
        );
        expect(await databaseFingerprint()).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
