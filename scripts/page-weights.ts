/**
 * Prints, for every built page, its HTML and the JavaScript and CSS it loads on first load (raw and
 * gzip), following static imports between chunks but not dynamic import(), which loads on use.
 * Usage: node scripts/page-weights.ts [dist] [--strict]   (--strict exits 1 when a budget is broken)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';

/** JavaScript budgets in gzip bytes, by page path prefix; the first match applies. */
const budgets: [RegExp, number][] = [
  [/^riktlinjer\//, 20 * 1024],
  [/^kommentarstest\//, 60 * 1024],
  [/^(lamplighetsbedomning|checklista)\//, 60 * 1024],
  [/.*/, 20 * 1024],
];

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Maps a URL in the page to its file in dist, whatever base the site was built with. */
function fileOf(url: string, fromFile: string): string | undefined {
  if (/^(https?:)?\/\//.test(url)) return undefined;
  if (url.startsWith('/')) {
    const marker = url.indexOf('/_astro/');
    return marker >= 0 ? join(dist, url.slice(marker)) : join(dist, url);
  }
  return join(fromFile, '..', url);
}

function staticImports(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports only: `import(` is a dynamic import and loads later, on use.
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g)) {
    const target = fileOf(m[1]!, file);
    if (target) staticImports(target, seen);
  }
}

const rows: string[][] = [];
let broken = 0;
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file);
  const page = posix.normalize(relative(dist, file).replaceAll('\\', '/')).replace(/index\.html$/, '');
  const text = html.toString('utf8');
  const scripts = new Set<string>();
  for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const target = fileOf(m[1]!, file);
    if (target) staticImports(target, scripts);
  }
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fileOf(m[1]!, file)!);
  const jsRaw = [...scripts].reduce((n, f) => n + statSync(f).size, 0);
  const jsGz = [...scripts].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const cssGz = styles.reduce((n, f) => n + gz(readFileSync(f)), 0);
  const budget = budgets.find(([re]) => re.test(page))![1];
  const over = jsGz > budget;
  if (over) broken++;
  rows.push([`/${page}`, kb(html.length), kb(gz(html)), kb(jsRaw), kb(jsGz), kb(cssGz), `${kb(budget)}${over ? ' ÖVER BUDGET' : ''}`]);
}

const header = ['Sida', 'HTML', 'HTML gzip', 'JS', 'JS gzip', 'CSS gzip', 'JS-budget (gzip)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(`\nJavaScript räknas som det en sida laddar direkt (statiska importer); det som laddas när det behövs (sökning, PDF, CSV) ingår inte.`);
if (broken) {
  console.log(`${broken} sidor över sin JavaScript-budget.`);
  if (strict) process.exit(1);
}
