import { getSessionUser } from "@/lib/auth/session";
import { searchMeetings } from "@/lib/data/meetings";
import { refuseRequest } from "@/lib/http/route-guard";
import { parseMeetingSearch } from "@/lib/validation/meeting-search";

export const dynamic = "force-dynamic";

/**
 * The meeting filter's search (components/ui/meeting-combobox.tsx): `?q=…&limit=…` (at most 20)
 * answers `[{ slug, title, heldOn }]`, best matches first. Anyone who may read meetings may search.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  const refused = refuseRequest(user, "meeting:read", "Your role does not allow reading meetings.");
  if (refused || !user) return refused!;
  const { q, limit } = parseMeetingSearch(new URL(request.url).searchParams);
  const meetings = await searchMeetings(user, q, limit);
  return Response.json(meetings, { headers: { "cache-control": "no-store" } });
}
