/**
 * Extraction speed: milliseconds per 1,000 words (median of many runs) for texts of 1x, 10x and
 * 100x the reference story, and how that grows; then hostile texts (every token a number, one
 * endless sentence, a token of 200,000 letters, ...) at 20,000, 100,000 and 200,000 characters,
 * beside the story cut to the same lengths. `npm run bench:extraction [-- --json]`
 */
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { extractFacts } from '../server/src/domain/extraction';

const story = fs.readFileSync(
  path.resolve(__dirname, '..', 'playground', 'data', 'reference-story.txt'),
  'utf8'
);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const timeOf = (text: string, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      extractFacts(text);
      return performance.now() - start;
    })
  );

function measure(times: number) {
  const text = Array.from({ length: times }, () => story).join('\n\n');
  const runs = Math.max(5, Math.round(200 / times));
  extractFacts(text); // warm up
  const medianMs = timeOf(text, runs);
  const perThousandWords = (medianMs / words(text)) * 1000;
  return { times, words: words(text), runs, medianMs, perThousandWords };
}

const results = [1, 10, 100].map(measure);
for (const result of results) {
  console.log(
    `${String(result.times).padStart(3)}x  ${String(result.words).padStart(6)} words  ` +
      `median ${result.medianMs.toFixed(2)} ms over ${result.runs} runs  ` +
      `${result.perThousandWords.toFixed(2)} ms per 1,000 words`
  );
}
const growth = results[2].perThousandWords / results[0].perThousandWords;
console.log(`per-word cost at 100x / at 1x: ${growth.toFixed(2)} (1.00 is linear growth)`);

/** Texts made to find the slowest path: each fills any length with one pattern. */
const fill = (unit: string) => (length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const HOSTILE: Record<string, (length: number) => string> = {
  'the story, repeated': fill(`${story}\n\n`),
  'every token a number': fill('1 '),
  'numbers and commas': fill('1, '),
  'one long token': fill('a'),
  'titles and names': fill('Governor Smith '),
  'unclosed asides': fill('( including 3 '),
  'asides in dashes': fill('— including 3 '),
  'speakers after commas': fill('Kyiv Oblast Kyiv Oblast , said '),
};
const LENGTHS = [20_000, 100_000, 200_000];

console.log('\ncharacters:'.padEnd(26), LENGTHS.map((n) => String(n).padStart(9)).join(''));
const hostile = Object.entries(HOSTILE).map(([name, make]) => {
  const ms = LENGTHS.map((length) => timeOf(make(length), 3));
  const growth = ms[2] / LENGTHS[2] / (ms[0] / LENGTHS[0]);
  console.log(
    `${name.padEnd(25)}`,
    ms.map((value) => `${value.toFixed(0)} ms`.padStart(9)).join(''),
    `  per-character cost at 200,000 / at 20,000: ${growth.toFixed(2)}`
  );
  return { name, ms, growth };
});
const storyAt200k = hostile[0].ms[2];
const slowest = hostile.reduce((worst, row) => (row.ms[2] > worst.ms[2] ? row : worst));
console.log(
  `slowest at 200,000 characters: ${slowest.name}, ${(slowest.ms[2] / storyAt200k).toFixed(2)}x the story's time`
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ results, growth, hostile }));
}
