"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, refuseUnless } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth/session";
import { ImportRejectedError, importCommitments, previewImport, type ImportSummary } from "@/lib/data/exchange";
import { IMPORT_MAX_BYTES } from "@/lib/validation/commitment-import";

export type ImportState =
  | null
  | { ok: true; stage: "preview" | "imported"; summary: ImportSummary; fileName: string }
  | { ok: false; message: string; summary?: ImportSummary };

/**
 * One action for both steps: "preview" checks the whole file and writes nothing; "import" checks it
 * again inside the transaction and writes every row or none. The browser sends the file's text.
 */
export async function importCommitmentsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "commitment:import");
  if (refused) return { ok: false, message: refused && !refused.ok ? refused.message : "Refused." };
  const csv = formData.get("csv");
  const fileName = String(formData.get("fileName") ?? "import.csv").slice(0, 200);
  const intent = formData.get("intent") === "import" ? "import" : "preview";
  if (typeof csv !== "string" || !csv.trim()) return { ok: false, message: "Choose a CSV file first." };
  if (new TextEncoder().encode(csv).length > IMPORT_MAX_BYTES) return { ok: false, message: "The file is larger than 20 MB; split it into smaller files." };
  try {
    if (intent === "preview") return { ok: true, stage: "preview", summary: await previewImport(user, csv), fileName };
    const summary = await importCommitments(user, csv, fileName);
    revalidatePath("/", "layout");
    return { ok: true, stage: "imported", summary, fileName };
  } catch (error) {
    if (error instanceof ImportRejectedError) return { ok: false, message: error.message, summary: error.summary };
    const failure = actionFailure(error);
    return { ok: false, message: failure && !failure.ok ? failure.message : "Nothing was imported." };
  }
}
