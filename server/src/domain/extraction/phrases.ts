import type { Token } from './tokens';

/** Whether the words of `phrase` stand in `tokens` from `at` on. */
export const phraseAt = (tokens: Token[], at: number, phrase: string[]): boolean =>
  phrase.every((word, offset) => tokens[at + offset]?.lower === word);

/** Whether the words of `phrase` end just before `at`. */
export const phraseBefore = (tokens: Token[], at: number, phrase: string[]): boolean =>
  at - phrase.length >= 0 && phraseAt(tokens, at - phrase.length, phrase);

export const isCapitalised = (token: Token | undefined): boolean =>
  Boolean(token) && (/^[A-ZА-ЯІЇЄҐ]/.test(token!.text) || /^[a-z]{1,4}-\p{Lu}/u.test(token!.text));

export const isPossessive = (token: Token | undefined): boolean =>
  token?.lower === "'s" || token?.lower === "'";

export const isDash = (token: Token | undefined): boolean =>
  token !== undefined && /^[—–-]$/.test(token.text);
