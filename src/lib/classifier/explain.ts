import type { Token } from './boundaries.ts';
import { Flag, type MappedText } from './normalise/mapped-text.ts';
import type { DetectionMethod } from './types.ts';

/** The evasion methods a token's flags record, in a fixed order. */
export function methodsFromFlags(flags: number): DetectionMethod[] {
  const out: DetectionMethod[] = [];
  if (flags & (Flag.leetspeak | Flag.mask)) out.push('leetspeak');
  if (flags & Flag.spaced) out.push('spaced-letters');
  if (flags & Flag.repeated) out.push('repeated-letters');
  if (flags & Flag.homoglyph) out.push('homoglyph');
  if (flags & Flag.fullwidth) out.push('fullwidth');
  if (flags & Flag.invisible) out.push('invisible-characters');
  return out;
}

/** Which typed characters were read as which letters, e.g. ["4 → a", "1 → i"]. */
function substitutions(tokens: readonly Token[], mapped: MappedText, original: string, flag: number): string[] {
  const seen = new Set<string>();
  for (const t of tokens) {
    for (let i = t.nStart; i < t.nEnd; i++) {
      if ((mapped.flags[i] & flag) === 0) continue;
      const from = original.slice(mapped.start[i], mapped.end[i]).trim();
      const to = mapped.text[i];
      if (from.length > 0 && from.length <= 2 && from.toLowerCase() !== to) seen.add(`${from} → ${to}`);
    }
  }
  return [...seen].slice(0, 4);
}

/** Plain Swedish for how a disguised word was read, e.g. "4 → a, bokstäverna står isär". */
export function describeEvasion(methods: readonly DetectionMethod[], tokens: readonly Token[], mapped: MappedText, original: string, form: string): string {
  const parts: string[] = [];
  for (const m of methods) {
    switch (m) {
      case 'leetspeak': {
        const subs = substitutions(tokens, mapped, original, Flag.leetspeak);
        parts.push(subs.length > 0 ? subs.join(', ') : 'tecken i stället för bokstäver');
        break;
      }
      case 'spaced-letters':
        parts.push('bokstäverna står isär');
        break;
      case 'repeated-letters':
        parts.push('upprepade bokstäver');
        break;
      case 'homoglyph': {
        const subs = substitutions(tokens, mapped, original, Flag.homoglyph);
        parts.push(subs.length > 0 ? `tecken från andra alfabet: ${subs.join(', ')}` : 'tecken från andra alfabet');
        break;
      }
      case 'fullwidth':
        parts.push('breda tecken');
        break;
      case 'invisible-characters':
        parts.push('osynliga tecken i ordet');
        break;
      case 'missing-diacritics':
        parts.push('skrivet utan å, ä eller ö');
        break;
      case 'compound':
        parts.push(`sammansättning med ”${form}”`);
        break;
      default:
        break;
    }
  }
  return parts.join(', ');
}

export function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `”${one.length > 80 ? one.slice(0, 77) + '…' : one}”`;
}
