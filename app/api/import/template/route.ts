import { getSessionUser } from "@/lib/auth/session";
import { importTemplateRoute } from "@/lib/http/import-route";

export const dynamic = "force-dynamic";

/**
 * The import template as CSV (lib/http/import-route.ts). The proxy leaves api/import alone, so the
 * session and role are checked here: 401 signed out, 403 for a role that may not import.
 */
export async function GET(): Promise<Response> {
  return importTemplateRoute(await getSessionUser());
}
