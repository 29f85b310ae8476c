// Builds the plugin unless dist/ is newer than every source file, so that `npm test` builds on a
// fresh clone or after a change, and a run that has just built (CI) does not build again.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const SOURCES = ['server', 'admin', 'shared', 'package.json', 'package-lock.json'];
// The bundles every build writes anew; the older one dates the build.
const OUTPUTS = ['dist/server/index.js', 'dist/admin/index.js'];

function newestIn(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((newest, name) => Math.max(newest, newestIn(path.join(target, name))), stat.mtimeMs);
}

const builtAt = Math.min(
  ...OUTPUTS.map(
    (file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0
  )
);
const changedAt = Math.max(...SOURCES.map((source) => newestIn(path.join(root, source))));

if (builtAt > changedAt) {
  console.log('dist/ is up to date with the sources: not building again.');
} else {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
