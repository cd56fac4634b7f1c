import type { Token } from './boundaries.ts';
import { indirectQuestionPatternsSv, questionOpenersSv, rhetoricalPatternsSv } from './lexicon/question.sv.ts';
import type { PatternList } from './lexicon/types.ts';
import { PatternIndex, type TokenInfo } from './matching/patterns.ts';
import type { MappedText } from './normalise/mapped-text.ts';

const openers = new Set(questionOpenersSv);
// Not vilken, vilket, vilka: without a question mark they exclaim ("Vilken pärla!").
const whWords = new Set(['när', 'var', 'vart', 'varifrån', 'hur', 'vad', 'varför', 'vem', 'vems', 'when', 'where', 'how', 'what', 'which', 'why', 'who']);
const subjects = new Set(['ni', 'man', 'det', 'du', 'jag', 'vi', 'någon', 'nån', 'museet', 'den', 'de', 'dom', 'utställningen', 'ni', 'it', 'you', 'there', 'we', 'i']);

function asList(patterns: readonly string[]): PatternList {
  return { name: 'question', label: 'spam', why: '', entries: patterns.map((pattern) => ({ pattern, severity: 'low', note: '' })) };
}

let indirect: PatternIndex | undefined;
let rhetorical: PatternIndex | undefined;

/** For each sentence, the punctuation that ended it ('' at the end of the text or a newline). */
export function sentenceEnders(tokens: readonly Token[], mapped: MappedText): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) continue;
    const gap = mapped.text.slice(t.nEnd, next ? next.nStart : mapped.text.length);
    out[t.sentence] = gap.includes('?') ? '?' : gap.includes('!') ? '!' : gap.includes('.') || gap.includes('…') ? '.' : '';
  }
  return out;
}

/**
 * True when some sentence asks the organisation something: it ends with a question mark, opens
 * like a question ("Har ni öppet på måndag", "När öppnar ni"), or asks indirectly ("undrar om
 * ..."), and is not a rhetorical outburst ("Vad fan håller ni på med?").
 */
export function isQuestion(infos: readonly TokenInfo[], enders: readonly string[]): boolean {
  if (infos.length === 0) return false;
  indirect ??= new PatternIndex([asList(indirectQuestionPatternsSv)]);
  rhetorical ??= new PatternIndex([asList(rhetoricalPatternsSv)]);
  const asks = new Set<number>();
  for (let i = 0; i < infos.length; i++) {
    const t = infos[i].tok;
    if (!t.first) continue;
    const end = enders[t.sentence] ?? '';
    if (end === '?') asks.add(t.sentence);
    else if (end === '' && (whWords.has(t.text) || (openers.has(t.text) && i + 1 < infos.length && subjects.has(infos[i + 1].tok.text) && infos[i + 1].tok.sentence === t.sentence))) asks.add(t.sentence);
  }
  indirect.forEachMatch(infos, (_p, from) => asks.add(infos[from].tok.sentence));
  if (asks.size === 0) return false;
  rhetorical.forEachMatch(infos, (_p, from) => asks.delete(infos[from].tok.sentence));
  return asks.size > 0;
}
