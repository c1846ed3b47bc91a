"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionFailure, invalidInput, refuseUnless, type ActionState } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth/session";
import { createCommitment, updateCommitment, updateCommitmentStatus, type CommitmentState } from "@/lib/data/commitments";
import { linkCommitments, unlinkCommitments } from "@/lib/data/lineage";
import { CommitmentCreateSchema, CommitmentEditSchema } from "@/lib/validation/commitment";
import { formDataToObject } from "@/lib/validation/form-data";
import { CommitmentLinkSchema, CommitmentUnlinkSchema } from "@/lib/validation/lineage";
import { StatusUpdateSchema } from "@/lib/validation/status-update";

// Each action checks the session itself (the data layer checks the role again): server actions are
// public POST endpoints, whatever the page showed.

export async function updateCommitmentStatusAction(
  _previous: ActionState<CommitmentState>,
  formData: FormData,
): Promise<ActionState<CommitmentState>> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:update-status");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = StatusUpdateSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    const saved = await updateCommitmentStatus(user, parsed.data);
    // The answer is the result alone: no redirect and no revalidation, so Next does not render a
    // page inside it and a save costs the session check and the transaction. The form then
    // refreshes the page's history itself (StatusUpdateForm); every other page is rendered per
    // request, so nothing else can be stale.
    return { ok: true, message: "Status update saved.", saved: { version: saved.version, statusUpdateId: saved.statusUpdateId } };
  } catch (error) {
    return actionFailure(error, values);
  }
}

export async function createCommitmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:create");
  if (refused) return refused;
  const values = formDataToObject(formData, ["partyIds"]);
  const parsed = CommitmentCreateSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  let id: string;
  try {
    ({ id } = await createCommitment(user, parsed.data));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/commitments", "layout");
  redirect(`/commitments/${id}?saved=created`);
}

export async function updateCommitmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:edit");
  if (refused) return refused;
  const values = formDataToObject(formData, ["partyIds"]);
  const parsed = CommitmentEditSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await updateCommitment(user, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/commitments", "layout");
  redirect(`/commitments/${parsed.data.id}?saved=edited`);
}

export async function linkCommitmentsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:link");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = CommitmentLinkSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await linkCommitments(user, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/commitments", "layout");
  redirect(`/commitments/${parsed.data.fromId}?saved=linked#lineage`);
}

export async function unlinkCommitmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:link");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = CommitmentUnlinkSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await unlinkCommitments(user, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/commitments", "layout");
  redirect(`/commitments/${parsed.data.commitmentId}?saved=unlinked#lineage`);
}
