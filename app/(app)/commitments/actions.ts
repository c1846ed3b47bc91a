"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import {
  createCommitment,
  updateCommitment,
  updateCommitmentStatus,
  updateCommitmentStatuses,
  type BulkStatusConflict,
  type CommitmentState,
} from "@/lib/data/commitments";
import { linkCommitments, unlinkCommitments } from "@/lib/data/lineage";
import { assessParty, type PartyState } from "@/lib/data/party-assessments";
import { addMilestone, deleteMilestone, updateMilestone, type MilestoneState } from "@/lib/data/milestones";
import { addMeasurement, setIndicator } from "@/lib/data/indicators";
import { MilestoneCreateSchema, MilestoneDeleteSchema, MilestoneEditSchema } from "@/lib/validation/milestone";
import { IndicatorSchema, MeasurementSchema } from "@/lib/validation/indicator";
import { PartyAssessmentSchema } from "@/lib/validation/party-assessment";
import { saveHiddenListColumns } from "@/lib/data/users";
import { CommitmentCreateSchema, CommitmentEditSchema } from "@/lib/validation/commitment";
import { CommitmentLinkSchema, CommitmentUnlinkSchema } from "@/lib/validation/lineage";
import { ListColumnsSchema } from "@/lib/validation/list-columns";
import { STATUS_INFO } from "@/lib/domain/status";
import { BulkStatusUpdateSchema, StatusUpdateSchema } from "@/lib/validation/status-update";

export const updateCommitmentStatusAction = defineAction<
  typeof StatusUpdateSchema,
  Awaited<ReturnType<typeof updateCommitmentStatus>>,
  { saved: { version: number; statusUpdateId: string; nextRequestId: string } },
  { conflict: CommitmentState }
>({
  permission: "commitment:update-status",
  schema: StatusUpdateSchema,
  run: updateCommitmentStatus,
  // The answer is the result alone: no redirect and no revalidation, so Next does not render a page
  // inside it and a save costs the session check and the transaction. The form then refreshes the
  // page's history itself (StatusUpdateForm); every other page is rendered per request.
  done: (saved) => ({
    ok: true,
    message: "Status update saved.",
    saved: { version: saved.version, statusUpdateId: saved.statusUpdateId, nextRequestId: randomUUID() },
  }),
});

/**
 * The framework's floor (issue 15, `npm run bench`): what a status save costs before its own work. The
 * same proxy, session check, role check and form reading as updateCommitmentStatusAction, with a form of
 * the same size; then nothing. It reads and writes no data, so it answers only whether the caller may
 * update statuses.
 */
export const floorAction = defineAction({
  permission: "commitment:update-status",
  schema: z.looseObject({}),
  run: async () => null,
  done: () => ({ ok: true, message: "Nothing was done: this action measures the framework's floor." }),
});

export const updateCommitmentStatusesAction = defineAction<
  typeof BulkStatusUpdateSchema,
  Awaited<ReturnType<typeof updateCommitmentStatuses>>,
  { recorded: { count: number; nextRequestId: string } },
  { conflict: BulkStatusConflict[] }
>({
  permission: "commitment:update-status",
  schema: BulkStatusUpdateSchema,
  arrays: ["items"],
  run: updateCommitmentStatuses,
  revalidate: ["/commitments"],
  done: ({ count }, input) => ({
    ok: true,
    message: `Recorded ${STATUS_INFO[input.status].label} for ${count === 1 ? "1 commitment" : `${count} commitments`}.`,
    recorded: { count, nextRequestId: randomUUID() },
  }),
});

export const assessPartyAction = defineAction<
  typeof PartyAssessmentSchema,
  Awaited<ReturnType<typeof assessParty>>,
  { saved: { version: number; assessmentId: string; nextRequestId: string } },
  { conflict: PartyState }
>({
  permission: "commitment:assess-party",
  schema: PartyAssessmentSchema,
  run: assessParty,
  // As for a status update: the result alone, and the form refreshes the page itself.
  done: (saved) => ({
    ok: true,
    message: "Assessment saved.",
    saved: { version: saved.version, assessmentId: saved.assessmentId, nextRequestId: randomUUID() },
  }),
});

// Milestones and the indicator: the result alone, as for an assessment; the forms refresh the page.
// Adding answers as editing does (one form serves both): a new milestone is at version 1.
export const addMilestoneAction = defineAction<
  typeof MilestoneCreateSchema,
  Awaited<ReturnType<typeof addMilestone>>,
  { saved: { version: number } },
  { conflict: MilestoneState }
>({
  permission: "commitment:milestones",
  schema: MilestoneCreateSchema,
  run: addMilestone,
  done: (_added, input) => ({ ok: true, message: `Milestone “${input.title}” added.`, saved: { version: 1 } }),
});

export const updateMilestoneAction = defineAction<
  typeof MilestoneEditSchema,
  Awaited<ReturnType<typeof updateMilestone>>,
  { saved: { version: number } },
  { conflict: MilestoneState }
>({
  permission: "commitment:milestones",
  schema: MilestoneEditSchema,
  run: updateMilestone,
  done: ({ version }, input) => ({ ok: true, message: `Milestone “${input.title}” saved.`, saved: { version } }),
});

export const deleteMilestoneAction = defineAction<
  typeof MilestoneDeleteSchema,
  Awaited<ReturnType<typeof deleteMilestone>>,
  object,
  { conflict: MilestoneState }
>({
  permission: "commitment:milestones",
  schema: MilestoneDeleteSchema,
  run: deleteMilestone,
  done: () => ({ ok: true, message: "Milestone deleted." }),
});

export const setIndicatorAction = defineAction<
  typeof IndicatorSchema,
  Awaited<ReturnType<typeof setIndicator>>,
  { saved: { version: number } }
>({
  permission: "commitment:indicator",
  schema: IndicatorSchema,
  run: setIndicator,
  done: ({ version }) => ({ ok: true, message: "Indicator saved.", saved: { version } }),
});

export const addMeasurementAction = defineAction<
  typeof MeasurementSchema,
  Awaited<ReturnType<typeof addMeasurement>>,
  { added: { id: string } }
>({
  permission: "commitment:indicator",
  schema: MeasurementSchema,
  run: addMeasurement,
  done: ({ id }) => ({ ok: true, message: "Measurement recorded.", added: { id } }),
});

export const createCommitmentAction = defineAction({
  permission: "commitment:create",
  schema: CommitmentCreateSchema,
  arrays: ["partyIds"],
  run: createCommitment,
  revalidate: [["/commitments", "layout"]],
  done: ({ id }) => redirect(`/commitments/${id}?saved=created`),
});

export const updateCommitmentAction = defineAction({
  permission: "commitment:edit",
  schema: CommitmentEditSchema,
  arrays: ["partyIds"],
  run: updateCommitment,
  revalidate: [["/commitments", "layout"]],
  done: ({ id }) => redirect(`/commitments/${id}?saved=edited`),
});

export const linkCommitmentsAction = defineAction({
  permission: "commitment:link",
  schema: CommitmentLinkSchema,
  run: linkCommitments,
  revalidate: [["/commitments", "layout"]],
  done: (_linked, input) => redirect(`/commitments/${input.fromId}?saved=linked#lineage`),
});

export const unlinkCommitmentAction = defineAction({
  permission: "commitment:link",
  schema: CommitmentUnlinkSchema,
  run: unlinkCommitments,
  revalidate: [["/commitments", "layout"]],
  done: (_unlinked, input) => redirect(`/commitments/${input.commitmentId}?saved=unlinked#lineage`),
});

export const saveListColumnsAction = defineAction({
  permission: "account:preferences",
  schema: ListColumnsSchema,
  arrays: ["shown"],
  run: saveHiddenListColumns,
  revalidate: ["/commitments"],
  done: () => ({ ok: true, message: "Columns saved." }),
});
