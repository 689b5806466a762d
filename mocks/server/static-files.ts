import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  type: string;
  body: Buffer;
  gzip: Buffer;
}

/**
 * Serves built files from memory, compressed once: compressing per request made a 500 KB chunk take
 * 1.5 s in the research measurements, which a real CDN never costs.
 */
export function createStaticFiles(root: string) {
  const cache = new Map<string, StaticFile | null>();
  return {
    get(urlPath: string): StaticFile | null {
      const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
      if (cache.has(path)) return cache.get(path)!;
      const file = join(root, path);
      let result: StaticFile | null = null;
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile() && TYPES[extname(file)]) {
        const body = readFileSync(file);
        result = { type: TYPES[extname(file)]!, body, gzip: gzipSync(body, { level: 9 }) };
      }
      cache.set(path, result);
      return result;
    },
  };
}
