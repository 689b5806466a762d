import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

/**
 * Serves e2e/fixtures from another loopback port, as a developer would serve one webapp from their
 * own machine through an import-map override.
 */
export function startFixtureServer(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
    if (!/^[\w-]+\.js$/.test(name)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' });
    res.end(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
