// `npm run demo:site`: the demo (Strapi with the plugin, seeded) and the reader site
// (examples/reader-site) side by side, with Strapi's webhook and the admin's Preview pointed at
// the site. Installs and builds the site the first time.
const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const site = path.join(root, 'examples', 'reader-site');
const sitePort = process.env.READER_SITE_PORT ?? '4321';
const strapiPort = process.env.PORT ?? '1337';
const env = {
  ...process.env,
  READER_SITE_URL: `http://127.0.0.1:${sitePort}`,
  // A new secret each run: the demo rewrites its webhook with it at every start.
  READER_SITE_SECRET: crypto.randomBytes(24).toString('hex'),
  STRAPI_URL: `http://127.0.0.1:${strapiPort}`,
};

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fs.existsSync(path.join(site, 'node_modules'))) {
  run('npm', ['ci', '--no-audit', '--no-fund'], site);
}
run('npm', ['run', 'build'], site);

const children = [
  spawn('npm', ['run', 'demo'], { cwd: root, env, stdio: 'inherit' }),
  spawn('node', ['dist/server/entry.mjs'], {
    cwd: site,
    env: { ...env, HOST: '127.0.0.1', PORT: sitePort },
    stdio: 'inherit',
  }),
];
console.log(
  `Reader site: ${env.READER_SITE_URL}/en (beside the demo's admin on ${env.STRAPI_URL}/admin)`
);

const stopAll = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
