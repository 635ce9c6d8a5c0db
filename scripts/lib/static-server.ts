import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { basePrefix } from '../../src/lib/base-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
};

/** Text types a static host or CDN compresses; Pagefind's own files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

export interface ServeOptions {
  /**
   * The base path the site was built with (`BASE_PATH`): the site answers under it only,
   * as on GitHub Pages (`/repo/…`); anything outside it is a 404. Default `/`.
   */
  base?: string;
  /** Site paths (without the base) starting with one of these answer 404, as if never built. */
  hide?: string[];
  /** Called with each site path served and the body bytes sent (after compression). */
  onSent?: (pathname: string, bytes: number) => void;
}

export interface StaticServer {
  /** The site's address, base included, without a trailing slash: `${url}/dien-hinh/` is a page. */
  url: string;
  /** Scheme, host and port only. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as a static host would (index.html for folders,
 * 404.html with status 404, gzip for text when the browser accepts it, so measured
 * transfer sizes match a real host), under the base path it was built with.
 */
export async function serveStatic(root: string, { base = '/', hide = [], onSent }: ServeOptions = {}): Promise<StaticServer> {
  const prefix = basePrefix(base);
  const server = createServer(async (req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = !prefix || requested.startsWith(`${prefix}/`);
    const pathname = inside ? requested.slice(prefix.length) : requested;
    let file = path.join(root, path.normalize(pathname));
    if (!inside || !file.startsWith(root) || hide.some((p) => pathname.startsWith(p))) file = '';
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = file ? await stat(file).then((s) => s.isFile()).catch(() => false) : false;
    const target = found ? file : path.join(root, '404.html');
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const stream = createReadStream(target);
    let sent = 0;
    const counter = new PassThrough().on('data', (chunk: Buffer) => (sent += chunk.length));
    counter.on('end', () => onSent?.(pathname, sent));
    (gzip ? stream.pipe(createGzip()) : stream).pipe(counter).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
