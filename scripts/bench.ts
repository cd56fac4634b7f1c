/**
 * Speed and size of the classifier: comments per second, median and 99th percentile per comment,
 * time for 500 characters, 10 KB, 100 KB and 1 MB (to show linear growth), and the gzip size of
 * the engine with its data bundled for the browser.
 * Usage: npm run bench [-- --size]   (--size: only the bundle size, in bytes)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/lib/classifier/index.ts';
import { browserBundleSize, CLASSIFIER_BUNDLE_LIMIT, root } from './browser-bundle.ts';

const TARGET = `target < 40 KB = ${CLASSIFIER_BUNDLE_LIMIT.toLocaleString('sv-SE')} bytes`;

function corpusTexts(): string[] {
  const dir = join(root, 'tests', 'fixtures', 'corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        return String((JSON.parse(l) as { text: unknown }).text ?? '');
      } catch {
        return '';
      }
    })
    .filter(Boolean);
}

/** Typical comments when there is no corpus: short praise, questions, complaints, some with evasions. */
function generated(): string[] {
  const parts = ['Fantastisk utställning!', 'När öppnar ni på söndag?', 'Vad f*n håller ni på med', 'Ring mig på 070-123 45 67', 'Kaféet har goda bullar 😀', 'j4vla dåligt skött', 'Tack för en fin dag med barnen, vi kommer tillbaka.', 'Hela filmen gratis här www.film.xyz'];
  return Array.from({ length: 2000 }, (_, i) => parts[i % parts.length] + ' ' + parts[(i * 7) % parts.length]);
}

function timeOne(text: string, repeat: number): number {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    classify(text, { maxLength: 2_000_000 });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function makeText(chars: number): string {
  const unit = 'Jag var på museet i går och tyckte att utställningen om vikingarna var riktigt bra, men j4vla dyrt kaffe. Ring 070-123 45 67! ';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function bundleSize(): Promise<{ raw: number; gzip: number }> {
  return browserBundleSize({ file: 'src/lib/classifier/index.ts' });
}

async function main(): Promise<void> {
  if (process.argv.includes('--size')) {
    const size = await bundleSize();
    console.log(`browser bundle          ${size.gzip} bytes gzip (${(size.gzip / 1024).toFixed(2)} KB, ${TARGET})`);
    return;
  }
  let texts = corpusTexts();
  const source = texts.length > 0 ? `the corpus (${texts.length} comments)` : 'generated comments';
  if (texts.length === 0) texts = generated();
  // Warm up the JIT and compile the lexicons.
  for (let i = 0; i < 3; i++) for (const t of texts) classify(t);

  const times: number[] = [];
  const rounds = Math.max(1, Math.ceil(20_000 / texts.length));
  const roundRates: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    const r0 = performance.now();
    for (const t of texts) {
      const s = performance.now();
      classify(t);
      times.push(performance.now() - s);
    }
    roundRates.push((texts.length / (performance.now() - r0)) * 1000);
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  times.sort((a, b) => a - b);
  roundRates.sort((a, b) => a - b);
  const perSecond = (times.length / total) * 1000;
  const median = times[Math.floor(times.length / 2)];
  const p99 = times[Math.floor(times.length * 0.99)];
  const fmt = (x: number): string => Math.round(x).toLocaleString('sv-SE');

  console.log(`Comments from ${source}, ${times.length} classifications on one core in ${rounds} rounds`);
  console.log(`comments per second     ${fmt(perSecond)} by the clock, ${fmt((times.length / cpuMs) * 1000)} by CPU time (all threads)   (target ≥ 20 000)`);
  // On a shared machine other work steals whole rounds; the fastest round shows what the engine does alone.
  console.log(`  per round             median ${fmt(roundRates[Math.floor(rounds / 2)])}, fastest ${fmt(roundRates[rounds - 1])}`);
  console.log(`median per comment      ${(median * 1000).toFixed(1)} µs`);
  console.log(`99th percentile         ${(p99 * 1000).toFixed(1)} µs`);
  console.log('');
  const sizes: [string, number][] = [['500 characters', 500], ['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]];
  let prev: number | undefined;
  for (const [name, n] of sizes) {
    const text = makeText(n);
    const ms = timeOne(text, n >= 1_000_000 ? 2 : n >= 100_000 ? 3 : 20);
    const perKb = (ms / n) * 1000;
    console.log(`${name.padEnd(22)}  ${ms.toFixed(3).padStart(9)} ms   (${perKb.toFixed(3)} ms per KB${prev !== undefined ? `, ×${(ms / prev).toFixed(1)} for ×${n / (sizes[sizes.findIndex((s) => s[1] === n) - 1][1])} input` : ''})${name === '500 characters' ? '   (target < 1 ms)' : ''}`);
    prev = ms;
  }
  console.log('  (the default maxLength of 100 000 characters cuts longer comments; the bench lifts it)');
  const size = await bundleSize();
  console.log('');
  console.log(`browser bundle          ${(size.raw / 1024).toFixed(1)} KB minified, ${size.gzip} bytes = ${(size.gzip / 1024).toFixed(2)} KB gzip   (${TARGET})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
