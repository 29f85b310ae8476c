/**
 * Scores the extraction against annotated passages (tests/fixtures/extraction/README.md): figures
 * on (category, count) and on (category, count, qualifier), qualifiers right of the matched
 * figures, claimants, and named officials.
 * `npm run eval:extraction [-- path/to/set.json ...] [-- --json] [-- --verbose]`
 * With no path it scores the first development set, the development part and the frozen test part.
 * `--verbose` lists each passage's misses, except on the frozen test part in the default run (it is
 * not for choosing rules: pass its path explicitly to audit its annotations).
 * `--json` ends with one JSON line: the scores of the one set, or of each set by name.
 */
import fs from 'fs';
import path from 'path';
import { extractFacts } from '../server/src/domain/extraction';
import {
  scoreExtraction,
  type AnnotatedPassage,
  type Score,
} from '../server/src/domain/extraction/scoring';

const fixtures = path.resolve(__dirname, '..', 'tests', 'fixtures', 'extraction');
const defaultSets = [
  { file: 'dev-set.json', title: 'first development set', frozen: false },
  { file: 'corpus-dev.json', title: 'development part', frozen: false },
  { file: 'corpus-test.json', title: 'FROZEN test part', frozen: true },
];

const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith('--'));
const sets = paths.length
  ? paths.map((file) => ({ file: path.resolve(file), title: '', frozen: false }))
  : defaultSets.map((set) => ({ ...set, file: path.join(fixtures, set.file) }));

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
const line = (name: string, score: Score) =>
  `  ${name.padEnd(38)}precision ${percent(score.precision)}  recall ${percent(score.recall)}  F1 ${percent(score.f1)}`;

const results: Record<string, Omit<ReturnType<typeof scoreExtraction>, 'misses'>> = {};
for (const set of sets) {
  const passages = JSON.parse(fs.readFileSync(set.file, 'utf8')) as AnnotatedPassage[];
  const { misses, ...score } = scoreExtraction(passages, (text) => extractFacts(text));
  const name = path.basename(set.file, '.json');
  results[name] = score;
  const officials = score.officials
    ? `${score.officials.annotated} annotated officials`
    : 'officials not annotated';
  console.log(
    `${name}${set.title ? ` (${set.title})` : ''}: ${score.passages} passages, ${score.annotated} annotated figures, ${officials}`
  );
  if (args.includes('--verbose')) {
    if (set.frozen) console.log('  (misses on the frozen test part are not listed)');
    else for (const miss of misses) console.log(`  ${miss.id}: ${miss.kind} ${miss.what}`);
  }
  console.log(line('figures (category, count)', score.counts));
  console.log(line('figures (category, count, qualifier)', score.figures));
  console.log(
    `  ${'qualifier right'.padEnd(38)}${score.qualifiers.right} of ${score.qualifiers.of} matched (category, count)`
  );
  console.log(line('claimants', score.claimants));
  console.log(
    score.officials
      ? `${line('officials (named persons)', score.officials)}  (${score.officials.found} found)`
      : `  ${'officials (named persons)'.padEnd(38)}not annotated`
  );
}
if (args.includes('--json')) {
  const names = Object.keys(results);
  console.log(JSON.stringify(names.length === 1 ? results[names[0]] : results));
}
