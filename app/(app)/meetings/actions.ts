"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/define-action";
import { acceptCandidates, createMeeting, updateMeeting } from "@/lib/data/meetings";
import { AcceptCandidatesRequestSchema } from "@/lib/validation/extraction";
import { MeetingCreateSchema, MeetingEditSchema } from "@/lib/validation/meeting";

export const createMeetingAction = defineAction({
  permission: "meeting:create",
  schema: MeetingCreateSchema,
  run: createMeeting,
  revalidate: [["/meetings", "layout"]],
  done: ({ slug }, input) => redirect(input.sourceText ? `/meetings/${slug}/extract` : `/meetings/${slug}?saved=created`),
});

export const updateMeetingAction = defineAction({
  permission: "meeting:edit",
  schema: MeetingEditSchema,
  run: updateMeeting,
  revalidate: [
    ["/meetings", "layout"],
    ["/commitments", "layout"],
  ],
  done: ({ slug }) => redirect(`/meetings/${slug}?saved=edited`),
});

/** The review screen sends its accepted candidates as JSON (a list of edited records, not a flat form). */
export const acceptCandidatesAction = defineAction({
  permission: "commitment:create",
  schema: AcceptCandidatesRequestSchema,
  read: (formData) => {
    const payload: unknown = JSON.parse(String(formData.get("payload") ?? ""));
    return typeof payload === "object" && payload !== null ? { ...payload, slug: formData.get("slug") ?? "" } : payload;
  },
  echoValues: false,
  fullPaths: true,
  invalidMessage: "Some candidates need attention; nothing was created.",
  run: acceptCandidates,
  revalidate: [
    ["/meetings", "layout"],
    ["/commitments", "layout"],
    ["/", "page"],
  ],
  done: ({ ids }, { slug }) => redirect(slug ? `/meetings/${slug}?saved=accepted&count=${ids.length}` : "/meetings"),
});
