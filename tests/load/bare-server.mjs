// The baseline every scenario is compared with: a bare node:http server answering a small JSON body.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// BODY_FILE: answer these bytes instead (a baseline with the same payload as a measured endpoint)
const body = process.env.BODY_FILE ? readFileSync(process.env.BODY_FILE) : JSON.stringify({ status: 'ok', database: { kind: 'none', reachable: true }, version: 'bare' });
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
