/**
 * The plugin's own admin code, minified: the entry the admin loads at start and the chunks it
 * loads on demand (field inputs, side panel, queue page, translations). `npm run bench:admin-size`
 */
import fs from 'fs';
import path from 'path';
import { transformSync } from 'esbuild';

const DIST = path.resolve(__dirname, '..', 'dist', 'admin');
const BUDGET_KB = 200;

const files = fs.readdirSync(DIST).filter((name) => name.endsWith('.mjs'));
const sizes = files.map((name) => {
  const source = fs.readFileSync(path.join(DIST, name), 'utf8');
  const { code } = transformSync(source, { minify: true, format: 'esm', loader: 'js' });
  return { name, bytes: Buffer.byteLength(code) };
});
const entry = sizes.filter(({ name }) => name === 'index.mjs' || name.startsWith('index-'));
const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const { name, bytes } of sizes.sort((a, b) => b.bytes - a.bytes)) {
  console.log(`${name.padEnd(44)} ${kb(bytes).padStart(9)}`);
}
console.log(`\nloaded at start (index): ${kb(entry.reduce((sum, { bytes }) => sum + bytes, 0))}`);
console.log(`all of the plugin's admin code: ${kb(total)} (budget ${BUDGET_KB} KB)`);
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({ adminBytes: total, entryBytes: entry.reduce((s, e) => s + e.bytes, 0) })
  );
}
