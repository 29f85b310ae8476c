/**
 * Extraction speed: milliseconds per 1,000 words (median of many runs) for texts of 1x, 10x and
 * 100x the reference story, and how that grows. `npm run bench:extraction [-- --json]`
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

function measure(times: number) {
  const text = Array.from({ length: times }, () => story).join('\n\n');
  const runs = Math.max(5, Math.round(200 / times));
  extractFacts(text); // warm up
  const durations = Array.from({ length: runs }, () => {
    const start = performance.now();
    extractFacts(text);
    return performance.now() - start;
  });
  const perThousandWords = (median(durations) / words(text)) * 1000;
  return { times, words: words(text), runs, medianMs: median(durations), perThousandWords };
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
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ results, growth }));
}
