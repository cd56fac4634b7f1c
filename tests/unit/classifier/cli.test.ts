import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function runCli(input: string): { status: number | null; lines: Record<string, unknown>[] } {
  const r = spawnSync(process.execPath, ['src/cli/classify.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('CLI', () => {
  test('one result per non-blank line, in order, errors inline, exit 0', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Vad f*n håller ni på med?' }),
      '',
      'inte json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'När öppnar ni?', extra: 1 }),
      '{"id": "e", "text": "trasig',
    ].join('\n');
    const { status, lines } = runCli(input);
    expect(status).toBe(0);
    expect(lines.length).toBe(5);
    expect(lines[0]).toMatchObject({ id: 'a', labels: ['profanity'], question: false });
    expect(Array.isArray(lines[0].findings)).toBe(true);
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1].error).toBe('string');
    expect(lines[2]).toMatchObject({ id: 'c' });
    expect(typeof lines[2].error).toBe('string');
    expect(lines[3]).toMatchObject({ id: 'd', labels: [], question: true, extra: 1 });
    expect(lines[4]).toMatchObject({ id: 'e' });
  });

  test('streams a large input', () => {
    const n = 5000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: String(i), text: i % 2 ? 'skitbra utställning' : 'Fin utställning!' })).join('\n') + '\n';
    const { status, lines } = runCli(input);
    expect(status).toBe(0);
    expect(lines.length).toBe(n);
    expect(lines[n - 1]).toMatchObject({ id: String(n - 1), labels: ['profanity'] });
  });
});
