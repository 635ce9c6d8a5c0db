import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
};

/** Text types a static host or CDN compresses; Pagefind's own files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/**
 * Serves a built site on 127.0.0.1 as a static host would (index.html for folders,
 * 404.html, gzip for text when the browser accepts it, so measured transfer sizes
 * match a real host). Paths starting with one of `hide` answer 404, as if never built.
 */
export async function serveStatic(
  root: string,
  hide: string[] = [],
  /** Called with each path served and the body bytes sent (after compression). */
  onSent?: (pathname: string, bytes: number) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root) || hide.some((prefix) => pathname.startsWith(prefix))) file = path.join(root, '404.html');
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).then((s) => s.isFile()).catch(() => false);
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
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
