import { z } from "zod";
import { OPTIONAL_LIST_COLUMNS } from "@/lib/domain/list-columns";

/** The Columns form: which list it is for, and the optional columns left ticked; what is stored is the rest. */
export const ListColumnsSchema = z
  .object({
    list: z.literal("commitments", "Unknown list."),
    shown: z.array(z.enum(OPTIONAL_LIST_COLUMNS, "Unknown column.")).max(OPTIONAL_LIST_COLUMNS.length * 2, "Too many columns."),
  })
  .transform(({ shown }) => ({ hidden: OPTIONAL_LIST_COLUMNS.filter((column) => !shown.includes(column)) }));
export type ListColumnsInput = z.infer<typeof ListColumnsSchema>;
