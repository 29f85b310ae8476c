// Verifies the audit trail of the playground's database (the same DATABASE_* settings as the demo)
// and reports the first broken link. Exit code 0: intact; 1: broken; 2: could not check.
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..', 'playground');

async function main() {
  process.chdir(appDir);
  process.env.FACT_DESK_DEMO = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  // The test suites compile the playground once and share it (CI runs two suites side by side):
  // compiling it again here would rewrite the files another process is reading.
  const compiled = path.join(appDir, 'dist');
  const reuse =
    process.env.FACT_DESK_REUSE_PLAYGROUND_BUILD === '1' &&
    fs.existsSync(path.join(compiled, 'src', 'index.js'));
  const { distDir } = reuse
    ? { distDir: compiled }
    : await compileStrapi({ appDir, ignoreDiagnostics: true });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false }).load();
  try {
    const verdict = await strapi.plugin('fact-desk').service('audit-trail').verify();
    if (verdict.intact) {
      console.log(`Audit trail intact: ${verdict.events} events, head ${verdict.head.hash}.`);
    } else {
      console.log(
        `Audit trail BROKEN at event ${verdict.brokenAt} of ${verdict.events}: ${verdict.reason}.`
      );
    }
    return verdict.intact ? 0 : 1;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  }
);
