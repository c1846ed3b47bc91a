import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/data/errors";
import { deleteView, listSavedViews, saveView } from "@/lib/data/saved-views";
import { SavedViewSaveSchema, savedViewHref } from "@/lib/validation/saved-views";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

let actors: Actors;

beforeAll(async () => {
  actors = await seedDemoActors();
});

const save = (actor: Actors[keyof Actors], name: string, page: "list" | "dashboard", query: string) =>
  saveView(actor, SavedViewSaveSchema.parse({ name, page, query }));

describe("saved views", () => {
  it("saves a view and lists it for its owner only, newest first", async () => {
    const first = await save(actors.analyst, "In progress", "list", "?status=IN_PROGRESS");
    const second = await save(actors.analyst, "Monthly", "dashboard", "?bucket=month");
    expect(first).toMatchObject({ name: "In progress", page: "list", query: "?status=IN_PROGRESS" });
    expect(savedViewHref(first)).toBe("/commitments?status=IN_PROGRESS");
    expect(savedViewHref(second)).toBe("/?bucket=month");
    expect((await listSavedViews(actors.analyst)).map((v) => v.name)).toEqual(["Monthly", "In progress"]);
    expect(await listSavedViews(actors.viewer)).toEqual([]);
  });

  it("viewers save views too (a view changes no record)", async () => {
    await save(actors.viewer, "Stalled", "list", "?status=STALLED");
    expect((await listSavedViews(actors.viewer)).map((v) => v.query)).toEqual(["?status=STALLED"]);
  });

  it("replaces a view of the same name instead of adding one", async () => {
    const before = await save(actors.admin, "Mine", "list", "?status=STALLED");
    const after = await save(actors.admin, "  Mine  ", "list", "?status=BROKEN");
    expect(after.id).toBe(before.id);
    const views = await listSavedViews(actors.admin);
    expect(views.filter((v) => v.name === "Mine").map((v) => v.query)).toEqual(["?status=BROKEN"]);
  });

  it("deletes its owner's view; someone else's answers not found and stays", async () => {
    const view = await save(actors.analyst, "To delete", "list", "?overdue=1");
    const before = await databaseFingerprint();
    await expect(deleteView(actors.viewer, { id: view.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteView(actors.admin, { id: view.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await databaseFingerprint()).toEqual(before);
    await deleteView(actors.analyst, { id: view.id });
    expect((await listSavedViews(actors.analyst)).map((v) => v.id)).not.toContain(view.id);
    await expect(deleteView(actors.analyst, { id: view.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a caller without a session, and one still on a one-time password", async () => {
    const input = SavedViewSaveSchema.parse({ name: "Nobody", page: "list", query: "" });
    await expect(saveView(null, input)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listSavedViews({ ...actors.analyst, mustChangePassword: true })).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("stores only the filters the page knows, in the page's own form", async () => {
    const list = await save(actors.analyst, "Sanitised list", "list", "status=IN_PROGRESS&status=NOPE&evil=<script>&page=3&sort=updated");
    expect(list.query).toBe("?status=IN_PROGRESS");
    const dashboard = await save(actors.analyst, "Sanitised dashboard", "dashboard", "?category=Not%20a%20category&bucket=month&x=1");
    expect(dashboard.query).toBe("?bucket=month");
    const empty = await save(actors.analyst, "Everything", "dashboard", "");
    expect(empty.query).toBe("");
    const stored = await db.savedView.findMany({ where: { ownerId: actors.analyst.id }, select: { query: true } });
    expect(stored.every((v) => v.query === "" || v.query.startsWith("?"))).toBe(true);
  });

  it("names are trimmed, 1 to 80 characters; pages are list or dashboard", () => {
    expect(SavedViewSaveSchema.safeParse({ name: "   ", page: "list", query: "" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "x".repeat(81), page: "list", query: "" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "x".repeat(80), page: "list", query: "" }).success).toBe(true);
    expect(SavedViewSaveSchema.safeParse({ name: "Admin", page: "users", query: "" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "Long", page: "list", query: `?q=${"a".repeat(4_000)}` }).success).toBe(false);
  });

  it("the database refuses a view the schema would refuse", async () => {
    await expect(
      db.savedView.create({ data: { ownerId: actors.analyst.id, name: "Bad page", page: "users", query: "" } }),
    ).rejects.toThrow();
    await expect(
      db.savedView.create({ data: { ownerId: actors.analyst.id, name: "Bad query", page: "list", query: "status=STALLED" } }),
    ).rejects.toThrow();
    await expect(db.savedView.create({ data: { ownerId: actors.analyst.id, name: "", page: "list", query: "" } })).rejects.toThrow();
  });
});
