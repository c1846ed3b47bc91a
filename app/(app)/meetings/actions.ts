"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionFailure, invalidInput, refuseUnless, type ActionState } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth/session";
import { acceptCandidates, createMeeting, updateMeeting } from "@/lib/data/meetings";
import { AcceptCandidatesSchema } from "@/lib/validation/extraction";
import { formDataToObject } from "@/lib/validation/form-data";
import { MeetingCreateSchema, MeetingEditSchema } from "@/lib/validation/meeting";

// Each action checks the session itself; the data layer checks the role again.

export async function createMeetingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "meeting:create");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = MeetingCreateSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  let slug: string;
  try {
    ({ slug } = await createMeeting(user, parsed.data));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/meetings", "layout");
  redirect(parsed.data.sourceText ? `/meetings/${slug}/extract` : `/meetings/${slug}?saved=created`);
}

export async function updateMeetingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "meeting:edit");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = MeetingEditSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  let slug: string;
  try {
    ({ slug } = await updateMeeting(user, parsed.data));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/meetings", "layout");
  revalidatePath("/commitments", "layout");
  redirect(`/meetings/${slug}?saved=edited`);
}

/** The review screen sends its accepted candidates as JSON (a list of edited records, not a flat form). */
export async function acceptCandidatesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:create");
  if (refused) return refused;
  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return { ok: false, message: "The review could not be read; reload the page and try again. Nothing was created." };
  }
  const parsed = AcceptCandidatesSchema.safeParse(payload);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
    return { ok: false, message: "Some candidates need attention; nothing was created.", fieldErrors };
  }
  let slug: string | undefined;
  let count: number;
  try {
    const { ids } = await acceptCandidates(user, parsed.data);
    count = ids.length;
    slug = String(formData.get("slug") ?? "") || undefined;
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/meetings", "layout");
  revalidatePath("/commitments", "layout");
  revalidatePath("/", "page");
  redirect(slug && /^[a-z0-9-]+$/.test(slug) ? `/meetings/${slug}?saved=accepted&count=${count}` : "/meetings");
}
