import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ShellConfig } from '../../shell/src/config.ts';
import { COMMON_HEADERS, contentSecurityPolicy, newNonce } from './security-headers.ts';
import { createStaticFiles, type StaticFile } from './static-files.ts';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface AppServerOptions {
  distDir: string;
  host: string;
  port: number;
  config: ShellConfig;
  /** Handles /api and /__mock; returns false for anything else. */
  api: RequestHandler;
}

/**
 * Serves the composed build the way production would (compressed, immutable hashed assets, a fresh
 * CSP nonce per page) next to the mocked PLSP API, on one loopback origin.
 */
export function startAppServer({ distDir, host, port, config, api }: AppServerOptions): Promise<Server> {
  const files = createStaticFiles(distDir);
  const template = files.get('/index.html');
  if (!template) throw new Error(`No index.html in ${distDir}: run npm run build first`);
  // The benchmark's plain single-page baseline, when built, answers its own paths.
  const plainTemplate = files.get('/plain/index.html');
  const configScript = `<script type="application/json" id="klinik-config">${JSON.stringify(config)}</script>`;
  const issuers = config.issuers.map((i) => i.issuer);

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    file: StaticFile,
    headers: Record<string, string>,
  ) {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      ...COMMON_HEADERS,
      ...headers,
      'Content-Type': file.type,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? file.gzip : file.body);
  }

  function sendPage(res: ServerResponse, page: StaticFile) {
    const nonce = newNonce();
    const html = page.body
      .toString('utf8')
      .replace('<!--klinik:config-->', configScript)
      .replaceAll('__CSP_NONCE__', nonce);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy(nonce, {
        issuers,
        allowOverrides: config.allowImportMapOverrides,
      }),
    });
    res.end(html);
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (await api(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/healthz') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      const file = path.endsWith('/index.html') ? null : files.get(path);
      if (file) {
        // Hashed file names never change content; the import map and index.html are never cached.
        const immutable = /-[\w-]{8}\.(js|css)$/.test(path);
        send(req, res, file, {
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      } else if (/\.\w+$/.test(path)) {
        res.writeHead(404, COMMON_HEADERS).end();
      } else if (plainTemplate && path.startsWith('/plain/')) {
        sendPage(res, plainTemplate);
      } else {
        // The shell owns every other path.
        sendPage(res, template);
      }
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
