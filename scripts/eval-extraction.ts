/**
 * Scores the extraction against the annotated development set:
 * precision, recall and F1 on (category, count, qualifier), and on claimants.
 * `npm run eval:extraction [-- path/to/set.json] [-- --json]`
 */
import fs from 'fs';
import path from 'path';
import { extractFacts } from '../server/src/domain/extraction';
import { scoreExtraction, type AnnotatedPassage } from '../server/src/domain/extraction/scoring';

const args = process.argv.slice(2);
const setPath =
  args.find((arg) => !arg.startsWith('--')) ??
  path.resolve(__dirname, '..', 'tests', 'fixtures', 'extraction', 'dev-set.json');
const passages = JSON.parse(fs.readFileSync(setPath, 'utf8')) as AnnotatedPassage[];
const score = scoreExtraction(passages, (text) => extractFacts(text).figures);

if (args.includes('--verbose')) {
  for (const miss of score.misses) console.log(`${miss.id}: ${miss.kind} ${miss.what}`);
}
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(`passages: ${passages.length}, annotated figures: ${score.annotated}`);
for (const [name, part] of Object.entries({ figures: score.figures, claimants: score.claimants })) {
  console.log(
    `${name.padEnd(10)} precision ${percent(part.precision)}  recall ${percent(part.recall)}  F1 ${percent(part.f1)}`
  );
}
if (args.includes('--json')) {
  console.log(JSON.stringify({ figures: score.figures, claimants: score.claimants }));
}
