// A static file server on 127.0.0.1 for the end-to-end pages: mounted folders plus generated pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/**
 * mounts: { '/prefix/': '/abs/dir' }; pages: { '/path.html': 'html text' }.
 * Resolves to { origin, close() }.
 */
export function serve(mounts, pages = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(pages[path]);
    }
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
    if (prefix) {
      let file = normalize(join(mounts[prefix], path.slice(prefix.length)));
      if (file.startsWith(mounts[prefix])) {
        try {
          if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
          const body = await readFile(file);
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
          return response.end(body);
        } catch {
          // falls through to 404
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
