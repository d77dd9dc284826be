// The one static file server of the benchmark, the end-to-end tests and the story check: 127.0.0.1
// only, a free port, no caching (every run measures or tests the files as they are now).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
};

async function readMounted(mounts, path) {
  const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
  if (!prefix) return undefined;
  const dir = resolve(mounts[prefix]);
  let file = normalize(join(dir, path.slice(prefix.length)));
  // A path with ".." that leaves the mounted folder is not served.
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return { file, body: await readFile(file) };
  } catch {
    return undefined;
  }
}

/**
 * Serves folders and generated pages. mounts: `{ '/prefix/': '/abs/dir' }` (the longest prefix wins);
 * pages: `{ '/path.html': 'html text' }`. Resolves to `{ origin, close() }`.
 */
export function serve(mounts, pages = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return response.end(pages[path]);
    }
    const found = await readMounted(mounts, path);
    // Browsers ask for a favicon by themselves; a 404 for it would read as a missing file of the page.
    if (!found && path === '/favicon.ico') return response.writeHead(204).end();
    if (!found) return response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(found.body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}
