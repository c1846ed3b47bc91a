"use server";

import { defineAction } from "@/lib/define-action";
import { ImportRejectedError, importCommitments, previewImport, type ImportSummary } from "@/lib/data/exchange";
import { ImportRequestSchema } from "@/lib/validation/commitment-import";

/**
 * One action for both steps: "preview" checks the whole file and writes nothing; "import" checks it
 * again inside the transaction and writes every row or none. The browser sends the file's text.
 */
export const importCommitmentsAction = defineAction<
  typeof ImportRequestSchema,
  { stage: "preview" | "imported"; summary: ImportSummary; fileName: string },
  { stage: "preview" | "imported"; summary: ImportSummary; fileName: string },
  { summary: ImportSummary }
>({
  permission: "commitment:import",
  schema: ImportRequestSchema,
  echoValues: false,
  invalidMessage: "Nothing was imported.",
  run: async (user, { csv, fileName, intent }) =>
    intent === "preview"
      ? { stage: "preview", summary: await previewImport(user, csv), fileName }
      : { stage: "imported", summary: await importCommitments(user, csv, fileName), fileName },
  failure: (error) => (error instanceof ImportRejectedError ? { ok: false, message: error.message, summary: error.summary } : null),
  done: (result) => ({ ok: true, message: result.stage === "preview" ? "Preview ready." : "Imported.", ...result }),
});
