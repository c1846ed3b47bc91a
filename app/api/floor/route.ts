// The framework's floor for route handlers (issue 15, `npm run bench`): behind the same proxy as every
// page, it reads nothing, writes nothing and answers 204. It shows nothing, so it checks no role.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
