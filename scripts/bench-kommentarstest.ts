/**
 * Measures the comment tester's own work in Node, the engine included: time to a result for one 500-character
 * comment (check, verdict and marks), for a 100 KB paste checked in pieces (the longest piece is the longest the
 * page waits for the check) and for a 10,000-comment CSV (read, check, deadlines, sort, CSV export).
 * Run: npx node scripts/bench-kommentarstest.ts
 */
import { classify, DEFAULT_MAX_LENGTH } from '../src/lib/classifier/index.ts';
import { answerRule, removalDuty } from '../src/data/guideline/index.ts';
import { checkRow } from '../src/lib/comment-check/batch-check.ts';
import { sortRows } from '../src/lib/comment-check/batch-results.ts';
import { splitForChecking } from '../src/lib/comment-check/chunked.ts';
import { guessColumns } from '../src/lib/comment-check/columns.ts';
import { parseCsvInput } from '../src/lib/comment-check/csv-input.ts';
import { rowsToCsv } from '../src/lib/comment-check/csv-export.ts';
import { highlightSegments } from '../src/lib/comment-check/highlight.ts';
import { verdictShort } from '../src/lib/comment-check/strings.ts';
import { verdictFor } from '../src/lib/comment-check/verdict.ts';
import { bigCsv } from '../tests/fixtures/kommentarstest/big-csv.ts';
import { longThread } from '../tests/fixtures/kommentarstest/long-thread.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// One comment of 500 characters, as a moderator pastes it.
const filler = 'Vi var på museet i lördags med barnen och tittade på hällristningarna, sedan fikade vi i kaféet. ';
const comment500 = `${filler.repeat(5)}Men vad f*n, varför var det stängt? Ring mig på 070-123 45 67.`.slice(-500);
const own = { ownEmailDomains: ['vgregion.se', 'vastarvet.se'] };
for (let i = 0; i < 300; i++) classify(comment500, own);
const single: number[] = [];
for (let i = 0; i < 2000; i++) {
  // A different text each time, in case anything remembers the last answer.
  const text = `${i} ${comment500}`.slice(0, 500);
  const t = performance.now();
  const result = classify(text, own);
  verdictFor(result);
  highlightSegments(text, result.findings);
  single.push(performance.now() - t);
}
console.log(`500 tecken: median ${median(single).toFixed(3)} ms, p99 ${[...single].sort((a, b) => a - b)[Math.floor(single.length * 0.99)]!.toFixed(3)} ms (kontroll, bedömning, markeringar; sidan lägger till 300 ms paus innan den kontrollerar)`);

// A pasted thread of 100 KB, checked in pieces as the page does: between pieces the page handles keys.
const thread = longThread(100_000);
const rounds: { longest: number; total: number; pieces: number }[] = [];
for (let round = 0; round < 20; round++) {
  let longest = 0;
  const t0 = performance.now();
  const pieces = splitForChecking(thread, undefined, DEFAULT_MAX_LENGTH);
  for (const piece of pieces) {
    const t = performance.now();
    classify(thread.slice(piece.start, piece.end), own);
    longest = Math.max(longest, performance.now() - t);
  }
  rounds.push({ longest, total: performance.now() - t0, pieces: pieces.length });
}
console.log(
  `100 KB i bitar: längsta bit median ${median(rounds.map((r) => r.longest)).toFixed(1)} ms, ` +
    `hela kontrollen median ${median(rounds.map((r) => r.total)).toFixed(0)} ms (${rounds[0]!.pieces} bitar)`,
);

// 10,000 comments in a CSV export.
const csv = bigCsv(10_000);
const started = performance.now();
const parsed = parseCsvInput(csv);
if (!parsed.ok) throw new Error(parsed.problem.message);
const afterParse = performance.now();
const choice = guessColumns(parsed.table);
const options = {
  ownEmailDomains: own.ownEmailDomains,
  answerHours: answerRule.hours,
  lawGroundNames: Object.fromEntries(removalDuty.lawGrounds.map((g) => [g.id, g.name])),
  hasTimeColumn: choice.time >= 0,
};
const rows = parsed.table.rows.map((row, i) =>
  checkRow({ order: i + 1, line: row.line, text: row.values[choice.text] ?? '', author: row.values[choice.author] ?? '', time: row.values[choice.time] ?? '' }, options, classify),
);
const afterCheck = performance.now();
const sorted = sortRows(rows, 'deadline', 'ascending');
rowsToCsv(sorted, { labels: Object.fromEntries(rows.flatMap((r) => r.labels).map((l) => [l, l])) as never, verdicts: verdictShort });
const done = performance.now();
console.log(
  `10 000 kommentarer: läsa CSV ${(afterParse - started).toFixed(0)} ms, kontrollera ${(afterCheck - afterParse).toFixed(0)} ms ` +
    `(${Math.round(10_000 / ((afterCheck - afterParse) / 1000))} per sekund), sortera och exportera ${(done - afterCheck).toFixed(0)} ms, totalt ${(done - started).toFixed(0)} ms`,
);
