import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Every party, by name, for filters and forms. */
export async function listParties(actor: Actor | null) {
  assertCan(actor, "commitment:read");
  return db.party.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true, kind: true } });
}
