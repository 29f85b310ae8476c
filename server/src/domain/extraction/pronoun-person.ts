import type { Token } from './tokens';

/** Words that open a clause after the main one: "wounded seven before he was shot dead". */
export const LATER_CLAUSE_OPENERS = new Set(['before', 'until', 'after', 'when']);

const PERSONAL_PRONOUNS = new Set(['he', 'she']);

/**
 * One person named by a pronoun in a clause of its own that says what befell them ("before he
 * was shot dead", "until she was detained"): the index of the pronoun, else null. The person
 * acting in the main clause is not counted there, so the pronoun counts them once.
 */
export function pronounPerson(tokens: Token[], at: number, end: number): number | null {
  if (!PERSONAL_PRONOUNS.has(tokens[at].lower) || at + 1 > end) return null;
  if (!LATER_CLAUSE_OPENERS.has(tokens[at - 1]?.lower ?? '')) return null;
  return tokens[at + 1].lower === 'was' ? at : null;
}
