/**
 * Reads JSON Lines on standard input ({"id": ..., "text": ...} per line) and writes one JSON
 * object per non-blank line, in order: the input's fields plus labels, question and findings.
 * A bad line gets {"id", "error"} and the run goes on; the exit code is 0 at end of input.
 */
import { createInterface } from 'node:readline';
import { classify } from '../lib/classifier/index.ts';

function idOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : null;
}

/** Best effort: the id of a line that is not valid JSON, so the error can be matched to its input. */
function salvageId(line: string): unknown {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]) as unknown;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  let pending = 0;
  const flush = async (): Promise<void> => {
    if (out.length === 0) return;
    const chunk = out.join('');
    out.length = 0;
    pending = 0;
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let result: unknown;
    try {
      const input: unknown = JSON.parse(line);
      if (input === null || typeof input !== 'object' || Array.isArray(input) || typeof (input as { text?: unknown }).text !== 'string') {
        result = { id: idOf(input), error: 'Raden saknar en textsträng i fältet "text".' };
      } else {
        const obj = input as Record<string, unknown> & { text: string };
        const c = classify(obj.text);
        result = { ...obj, id: obj.id ?? null, labels: c.labels, question: c.question, findings: c.findings, mustRemoveByLaw: c.mustRemoveByLaw, truncated: c.truncated };
      }
    } catch (err) {
      result = { id: salvageId(line), error: `Ogiltig JSON: ${err instanceof Error ? err.message : String(err)}` };
    }
    out.push(JSON.stringify(result) + '\n');
    pending += 1;
    if (pending >= 256) await flush();
  }
  await flush();
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (err: unknown) => {
    process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
