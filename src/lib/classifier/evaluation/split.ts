/** 32-bit FNV-1a over the UTF-16 units of a string: a stable, dependency-free hash. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Split = 'train' | 'test';

/** The corpus split, fixed by the id alone so that it never changes between runs: 30 % test. */
export function splitOf(id: string): Split {
  return fnv1a(id) % 10 < 3 ? 'test' : 'train';
}
