import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDemoActors, type Actors } from "./support/fixtures";

// The export routes check the session themselves: called directly (as if proxy.ts were bypassed),
// a signed-out request gets 401 and no data.
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
const commitmentsRoute = await import("@/app/api/export/commitments/route");
const historyRoute = await import("@/app/api/export/history/route");

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

describe("export routes", () => {
  for (const [name, route] of [
    ["commitments", commitmentsRoute],
    ["history", historyRoute],
  ] as const) {
    it(`${name}: refuses a signed-out request by itself, serves a viewer`, async () => {
      session.user = null;
      const refused = await route.GET(new Request(`http://localhost/api/export/${name}?format=csv`));
      expect(refused.status).toBe(401);
      expect(await refused.text()).not.toContain("Maarif");
      session.user = actors.viewer;
      const served = await route.GET(new Request(`http://localhost/api/export/${name}?format=csv&q=maarif`));
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(await served.text()).toContain("Maarif");
      expect((await route.GET(new Request(`http://localhost/api/export/${name}?format=xlsx`))).status).toBe(400);
    });
  }
});
