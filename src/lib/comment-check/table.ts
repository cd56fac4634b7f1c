/** Comments read from a file or a paste, before checking: one row per comment with the line it starts on. */
export interface InputTable {
  columns: string[];
  rows: { line: number; values: string[] }[];
  format: 'csv' | 'json' | 'lines';
  /** For CSV: the separator found, shown so the person can see the file was read right. */
  delimiter?: string;
}

/** What is wrong with a file and where, in plain Swedish. */
export interface InputProblem {
  message: string;
  line?: number;
  column?: number;
}

export type InputResult = { ok: true; table: InputTable; notes: string[] } | { ok: false; problem: InputProblem };

/** More than this many comments is beyond what the page promises; refuse rather than hang. */
export const MAX_ROWS = 50_000;

/** "rad 4, kolumn 12: …", the place first so it is easy to find. */
export function problemText(problem: InputProblem): string {
  const where =
    problem.line !== undefined
      ? `Rad ${problem.line}${problem.column !== undefined ? `, kolumn ${problem.column}` : ''}: `
      : '';
  return `${where}${problem.message}`;
}
