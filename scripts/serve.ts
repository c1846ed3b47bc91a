// The production server: Next's request handler behind a plain Node HTTP server, so that the app
// knows the socket's peer address (`next start` only passes it on when the client sent no
// X-Forwarded-For, which lets a client name any address it likes). Started by `npm start`
// (scripts/start.ts) and by the load harness.
//
//   node --import tsx scripts/serve.ts [port]      (PORT, default 3000)
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { PEER_HEADER, PEER_KEY_HEADER } from "@/lib/http/request-address";

const port = Number(process.argv[2] ?? process.env.PORT) || 3000;
// A key only this process knows: the app trusts the peer header only with it, so a client cannot
// send a peer header of its own, and the app run by plain `next start` trusts none.
const key = randomBytes(24).toString("base64url");
process.env.CT_PEER_KEY = key;

const app = next({ dev: false, port, hostname: "localhost" });
const handle = app.getRequestHandler();

async function main() {
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    req.headers[PEER_KEY_HEADER] = key;
    void handle(req, res);
  });
  server.listen(port, () => console.log(`▲ Ready: Local: http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
