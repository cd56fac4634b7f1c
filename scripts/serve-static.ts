/**
 * Serves a built site the way a plain static web server does (index.html per folder, 404.html for
 * the rest, under an optional sub-path), so tests see exactly what a deployment serves. Astro's own
 * preview allows one server per project, which rules out testing two builds side by side.
 *
 * Usage: node scripts/serve-static.ts <folder> <port> [base]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'dist', portText = '4321', base = '/'] = process.argv.slice(2);
const root = resolve(folder);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === base.replace(/\/$/, '') && base !== '/') {
    response.writeHead(301, { location: base }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  response.writeHead(status, {
    'content-type': types[extname(served)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(served).pipe(response);
}).listen(Number(portText), () => {
  console.log(`Serverar ${root} på http://localhost:${portText}${base}`);
});
