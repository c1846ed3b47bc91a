import { getSessionUser } from "@/lib/auth/session";
import { importRoute } from "@/lib/http/import-route";

export const dynamic = "force-dynamic";

/** Preview or import a CSV of commitments (lib/http/import-route.ts): the session and role first, then the body. */
export async function POST(request: Request): Promise<Response> {
  return importRoute(request, await getSessionUser());
}
