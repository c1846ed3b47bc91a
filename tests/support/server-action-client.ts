import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The one place that knows how a browser calls a server action over HTTP: the build's manifest of
// action ids, and React's reply encoding of the arguments (reached through a private path of Next's
// package). When Next changes either, this file is what changes. Used by the end-to-end tests and the
// load and benchmark harness.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export type ServerAction = { id: string; name: string };

/** Every server action in the production build in `buildDir`, by its exported name. */
export function serverActions(buildDir = ".next"): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName }));
}

/** The id of the server action exported as `name`. */
export function serverActionId(name: string, buildDir = ".next"): string {
  const found = serverActions(buildDir).find((action) => action.name === name);
  if (!found) throw new Error(`No server action ${name} in the build.`);
  return found.id;
}

export type ServerActionCall = {
  /** The site, e.g. http://localhost:3100. */
  base: string;
  /** The page the form is on (the action answers at any path; a browser posts to the page's). */
  path: string;
  actionId: string;
  /** The form's fields; an array is one field sent several times. */
  fields: Record<string, string | string[]>;
  cookie?: string;
  /** The Origin header; a browser sends the page's own. */
  origin?: string;
  signal?: AbortSignal;
};

/** Calls a server action with a form, as `useActionState`'s form submission does (previous state null). */
export async function callServerAction(call: ServerActionCall): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of Object.entries(call.fields)) for (const v of [value].flat()) form.append(key, v);
  const body = await encodeReply([null, form]);
  return fetch(`${call.base}${call.path}`, {
    method: "POST",
    headers: {
      "next-action": call.actionId,
      accept: "text/x-component",
      origin: call.origin ?? call.base,
      ...(call.cookie ? { cookie: call.cookie } : {}),
    },
    body: body as FormData,
    redirect: "manual",
    signal: call.signal,
  });
}
