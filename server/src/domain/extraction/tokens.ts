import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word, number or mark of the copy, with where it stands. */
export interface Token {
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  /** The named-entity type wink gives it (CARDINAL, DATE, DURATION, MONEY, ...), if any. */
  entity: string | null;
  sentence: number;
}

export interface Sentence {
  index: number;
  first: number;
  last: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp's English model, loaded once, on first use. */
const englishNlp = () => (nlp ??= winkNLP(model));

const normalise = (value: string) => value.toLowerCase().replace(/[’‘`]/g, "'");

/** No word, number or address in news copy is this long. */
const LONGEST_WORD = 100;
const OVERLONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g');

/**
 * The copy as the tagger reads it: a run of characters too long to be a word is masked (the tagger's
 * abbreviation test takes time quadratic in a token's length), keeping every offset in place.
 */
const maskOverlongRuns = (text: string) =>
  text.replace(OVERLONG_RUN, (run) => '·'.repeat(run.length));

/** Particles that open a family name: "al-Sharafi", "el-Amin", "bin Rashid". */
export const NAME_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'an',
  'ash',
  'at',
  'az',
  'bin',
  'ibn',
  'bint',
  'abu',
  'ben',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'la',
  'le',
  'los',
  'las',
]);

type RawToken = { value: string; start: number; end: number };

const isCapitalisedWord = (value: string) => /^\p{Lu}[\p{L}'’]*$/u.test(value);

/**
 * A name written with hyphens ("Haddad-Mourad", "Marie-Michelle", "al-Sharafi"), which the tagger
 * splits at each hyphen: the index of its last piece when one starts at `at`, else null.
 */
function hyphenatedNameAt(all: RawToken[], at: number): number | null {
  const head = all[at].value;
  if (!isCapitalisedWord(head) && !NAME_PARTICLES.has(head.toLowerCase())) return null;
  let last = at;
  while (
    /^[-‐]$/.test(all[last + 1]?.value ?? '') &&
    all[last + 1].start === all[last].end &&
    all[last + 2]?.start === all[last + 1].end &&
    isCapitalisedWord(all[last + 2].value)
  ) {
    last += 2;
  }
  return last > at ? last : null;
}

/** Splits the copy into sentences and tokens, keeping each token's character offsets. */
export function tokenize(text: string): TokenizedText {
  const engine = englishNlp();
  const { its } = engine;
  const doc = engine.readDoc(maskOverlongRuns(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  const entities: (string | null)[] = values.map(() => null);
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([first, last], at) => {
    for (let index = first; index <= last; index += 1) entities[index] = entityTypes[at];
  });

  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceOf: number[] = values.map(() => 0);

  let offset = 0;
  const all = values.map((value, index) => {
    const start = offset + spaces[index].length;
    offset = start + value.length;
    return { value, start, end: offset, index };
  });
  // Line breaks come out as tokens of their own; they say nothing the sentences do not.
  const tokens: Token[] = [];
  const keptBefore: number[] = [];
  for (let at = 0; at < all.length; at += 1) {
    const token = all[at];
    keptBefore[token.index] = tokens.length;
    if (/^\s+$/.test(token.value)) continue;
    const joined = hyphenatedNameAt(all, at);
    if (joined !== null) {
      for (let part = at + 1; part <= joined; part += 1) keptBefore[part] = tokens.length + 1;
      tokens.push({
        index: tokens.length,
        text: text.slice(token.start, all[joined].end),
        lower: normalise(text.slice(token.start, all[joined].end)),
        start: token.start,
        end: all[joined].end,
        pos: 'PROPN',
        entity: null,
        sentence: sentenceOf[token.index],
      });
      at = joined;
      continue;
    }
    tokens.push({
      index: tokens.length,
      text: token.value,
      lower: normalise(token.value),
      start: token.start,
      end: token.end,
      pos: tags[token.index],
      entity: entities[token.index],
      sentence: sentenceOf[token.index],
    });
  }
  const kept = sentenceSpans
    .map(([first, last]) => ({
      first: keptBefore[first],
      last: keptBefore[last + 1] ?? tokens.length,
    }))
    .map(({ first, last }) => ({ first, last: last - 1 }))
    .filter(({ first, last }) => first <= last);
  const sentences = kept.map((span, index) => ({ index, ...span }));
  for (const sentence of sentences) {
    for (let at = sentence.first; at <= sentence.last; at += 1)
      tokens[at].sentence = sentence.index;
  }
  return { text, tokens, sentences };
}
