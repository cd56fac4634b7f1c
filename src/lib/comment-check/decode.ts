/**
 * Reads a file's bytes as text. Exports are UTF-8 (a BOM is dropped); a file saved from an old Excel is often
 * Windows-1252, and reading that as UTF-8 would turn å, ä and ö into question marks, so we fall back to it.
 */
export function decodeFile(bytes: ArrayBuffer): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'Filen var inte sparad som UTF-8. Den lästes som västeuropeisk teckenkodning (Windows-1252). Kontrollera att å, ä och ö ser rätt ut.',
    };
  }
}

/** Which reader a file needs, from its name, or from its first character when the name says nothing. */
export function formatOf(name: string, text: string): 'csv' | 'json' | 'lines' {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'jsonl' || ext === 'ndjson') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt') return 'lines';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}
