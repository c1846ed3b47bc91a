// The production server: Next's request handler behind a plain Node HTTP server, so that the app
// knows the socket's peer address (`next start` only passes it on when the client sent no
// X-Forwarded-For, which lets a client name any address it likes). Started by `npm start`
// (scripts/start.ts) and by the load harness.
//
//   node --import tsx scripts/serve.ts [port]      (PORT, default 3000)
//
// APP_WORKERS=n runs n processes (cluster) sharing the port, each a whole server: a machine's cores
// all answer requests. The app keeps no state in memory (README, "Beyond one machine").
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { ACTION_BODY_LIMIT_BYTES, cookieFromHeader, refuseActionEarly } from "@/lib/http/action-gate";
import { PEER_HEADER, PEER_KEY_HEADER } from "@/lib/http/request-address";

const port = Number(process.argv[2] ?? process.env.PORT) || 3000;
// A key only this process knows: the app trusts the peer header only with it, so a client cannot
// send a peer header of its own, and the app run by plain `next start` trusts none.
const key = randomBytes(24).toString("base64url");
process.env.CT_PEER_KEY = key;

/**
 * The body of a refused request is never parsed. It is read and dropped, so that a client still
 * sending it gets the answer rather than a broken pipe, but only up to a little more than the
 * actions' limit or for a few seconds; then the connection is cut.
 */
function discardBody(req: IncomingMessage) {
  let seen = 0;
  const cut = () => req.destroy();
  const timer = setTimeout(cut, 5_000);
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > 2 * ACTION_BODY_LIMIT_BYTES) cut();
  });
  req.on("close", () => clearTimeout(timer));
  req.resume();
}

async function main() {
  const app = next({ dev: false, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse) {
    // From the headers alone, before Next buffers the body: a server action without a session
    // cookie that decodes, or over the size limit, is answered at once (lib/http/action-gate.ts).
    const refused = await refuseActionEarly(
      {
        method: req.method,
        header: (name) => [req.headers[name]].flat()[0],
        cookie: (name) => cookieFromHeader(req.headers.cookie, name),
      },
      process.env.NEXTAUTH_SECRET,
    );
    if (refused) {
      res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8" });
      res.end(refused.message);
      discardBody(req);
      return;
    }
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    req.headers[PEER_KEY_HEADER] = key;
    await handle(req, res);
  }
  // A worker of several says nothing: the primary says when all of them listen.
  server.listen(port, () => cluster.isWorker || console.log(`▲ Ready: Local: http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** The primary process of APP_WORKERS > 1: forks the workers, reports ready once all listen, replaces one that dies, stops them all. */
function supervise(workers: number) {
  let listening = 0;
  let stopping = false;
  const fork = () =>
    cluster.fork().once("listening", () => {
      if (++listening === workers) console.log(`▲ Ready: Local: http://localhost:${port} (${workers} processes)`);
    });
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`A worker exited (${signal ?? code}); starting another.`);
    fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const workers = Math.max(1, Math.trunc(Number(process.env.APP_WORKERS)) || 1);
if (cluster.isPrimary && workers > 1) supervise(workers);
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
