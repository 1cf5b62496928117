// Serves the built site in dist/ as a static host would: index.html for folders, 404.html for misses,
// text gzipped, and the headers `_headers` gives each path as Cloudflare Pages combines them (the
// stricter of the hosts that read it: a header two rules set is joined unless detached).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, LOCAL_HOST, parseHeaders } from './lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

function fileFor(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory()) return fileFor(root, join(pathname, 'index.html'));
  } catch {
    // Not there: fall through to the 404 page.
  }
  return undefined;
}

/** Starts the server; resolves with its address once it listens. */
export function serveSite({
  root = 'dist',
  port = 4321,
  host = '127.0.0.1',
}: { root?: string; port?: number; host?: string } = {}): Promise<{ server: Server; url: string }> {
  const base = resolvePath(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, pathname, LOCAL_HOST))) {
      response.setHeader(name, value);
    }
    if (!pathname.endsWith('/') && !extname(pathname) && fileFor(base, `${pathname}/`)) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    // The hosts read _headers but never serve it.
    const file = pathname === '/_headers' ? undefined : fileFor(base, pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(base, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    // Every CDN compresses text; Pagefind's index files and WebAssembly come compressed already.
    const gzip =
      /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': type,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(served);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${port}/` })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveSite({ port });
  console.log(`The site is at ${url}`);
}
