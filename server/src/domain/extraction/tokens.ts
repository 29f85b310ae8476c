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
  'dan',
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

const isCapitalisedWord = (value: string) => /^\p{Lu}[\p{L}\p{M}'’]*$/u.test(value);
// Letters, with apostrophes inside a word only ("O'Callaghan"; not "'s" or a quotation mark).
const isLetters = (value: string) => /^\p{L}(?:[\p{L}\p{M}'’]*[\p{L}\p{M}])?$/u.test(value);
/** Short lower-case words after a hyphen that end an English compound, not a name. */
const COMPOUND_ENDINGS = new Set([
  'led',
  'run',
  'era',
  'like',
  'wide',
  'old',
  'made',
  'born',
  'held',
  'type',
  'day',
  'year',
  'up',
  'in',
  'out',
  'off',
  'on',
  'by',
  'war',
  'age',
  'bound',
  'free',
  'area',
  'zone',
  'post',
  'ban',
  'aid',
  'gas',
  'oil',
  'air',
  'sea',
  'van',
]);
const isNameSyllable = (value: string) =>
  /^[a-z]{1,4}$/.test(value) && !COMPOUND_ENDINGS.has(value);
const touches = (all: RawToken[], at: number) => all[at + 1]?.start === all[at].end;

/**
 * A word the tagger split: at letters outside English ("Karaa" "ğ" "açlı"), or a name at its
 * hyphens ("Haddad-Mourad", "Marie-Michelle", "al-Sharafi"). The index of its last piece when
 * one starts at `at`, else null.
 */
function splitWordAt(all: RawToken[], at: number): number | null {
  const head = all[at].value;
  if (!isLetters(head)) return null;
  const name = isCapitalisedWord(head) || NAME_PARTICLES.has(head.toLowerCase());
  let last = at;
  for (;;) {
    if (touches(all, last) && isLetters(all[last + 1].value)) {
      last += 1;
    } else if (
      name &&
      touches(all, last) &&
      /^[-‐]$/.test(all[last + 1].value) &&
      touches(all, last + 1) &&
      /^\p{Lu}/u.test(all[last + 2]?.value ?? '')
    ) {
      last += 2;
      // The piece after a hyphen may itself be split ("Aydoğan-Uçar").
    } else if (name && touches(all, last) && /^[-‐]\p{Lu}/u.test(all[last + 1].value)) {
      last += 1;
    } else if (
      isCapitalisedWord(head) &&
      touches(all, last) &&
      /^[-‐]$/.test(all[last + 1].value) &&
      touches(all, last + 1) &&
      isNameSyllable(all[last + 2]?.value ?? '')
    ) {
      // A given name whose second syllable is lower case: "Seong-jin", "Chol-su".
      last += 2;
    } else {
      break;
    }
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
    const joined = splitWordAt(all, at);
    if (joined !== null) {
      for (let part = at + 1; part <= joined; part += 1) keptBefore[part] = tokens.length + 1;
      tokens.push({
        index: tokens.length,
        text: text.slice(token.start, all[joined].end),
        lower: normalise(text.slice(token.start, all[joined].end)),
        start: token.start,
        end: all[joined].end,
        pos:
          /^\p{Lu}/u.test(token.value) || NAME_PARTICLES.has(token.value.toLowerCase())
            ? 'PROPN'
            : tags[token.index],
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
