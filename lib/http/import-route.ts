import "server-only";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { actionFailure } from "@/lib/define-action";
import { ConflictError } from "@/lib/data/errors";
import { ImportRejectedError, importCommitments, previewImport, type ImportSummary } from "@/lib/data/exchange";
import { databaseTrouble } from "@/lib/db/errors";
import { importTemplateCsv } from "@/lib/domain/commitment-exchange";
import { IMPORT_MAX_BYTES, ImportRequestSchema } from "@/lib/validation/commitment-import";
import { readBodyText, refuseForeignOrigin, refuseRequest } from "./route-guard";

// The CSV import: a route handler, not a server action, so that up to 20 MB is read only after the
// session and the role are checked (server actions parse their whole body first), and read as it
// streams in. POST the file as the body; ?intent=preview (the default) checks every row and writes
// nothing, ?intent=import checks again inside the transaction and writes every row or none.

export type ImportResponse =
  | { ok: true; message: string; stage: "preview" | "imported"; summary: ImportSummary; fileName: string }
  | { ok: false; message: string; summary?: ImportSummary };

function answer(status: number, body: ImportResponse): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function importRoute(request: Request, user: Actor | null): Promise<Response> {
  const refused = refuseForeignOrigin(request) ?? refuseRequest(user, "commitment:import", "Your role does not allow imports.");
  if (refused || !user) return refused!;
  const url = new URL(request.url);
  const body = await readBodyText(request, IMPORT_MAX_BYTES);
  if (body === "too-large") return answer(413, { ok: false, message: "The file is larger than 20 MB; split it into smaller files." });
  if (body === "not-utf8")
    return answer(400, {
      ok: false,
      message: "The file is not UTF-8 text. Save it as “CSV UTF-8” and choose it again; nothing was imported.",
    });
  const parsed = ImportRequestSchema.safeParse({
    csv: body,
    fileName: url.searchParams.get("name") ?? undefined,
    intent: url.searchParams.get("intent") ?? undefined,
  });
  if (!parsed.success) return answer(400, { ok: false, message: `${parsed.error.issues[0].message} Nothing was imported.` });
  const { csv, fileName, intent } = parsed.data;
  try {
    if (intent === "preview")
      return answer(200, { ok: true, message: "Preview ready.", stage: "preview", summary: await previewImport(user, csv), fileName });
    const summary = await importCommitments(user, csv, fileName);
    return answer(200, { ok: true, message: "Imported.", stage: "imported", summary, fileName });
  } catch (error) {
    if (error instanceof ImportRejectedError) return answer(422, { ok: false, message: error.message, summary: error.summary });
    const { message } = actionFailure(error);
    const status = error instanceof AuthorizationError ? 403 : error instanceof ConflictError ? 409 : databaseTrouble(error) ? 503 : 500;
    return answer(status, { ok: false, message });
  }
}

/** The import template (the export's header and one example row) for those who may import. */
export function importTemplateRoute(user: Actor | null): Response {
  const refused = refuseRequest(user, "commitment:import", "Your role does not allow imports.");
  if (refused) return refused;
  return new Response(importTemplateCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="commitments-import-template.csv"',
      "cache-control": "no-store",
    },
  });
}
