import fs from 'fs';
import path from 'path';
import { compileStrapi } from '@strapi/strapi';
import { PLAYGROUND_DIR } from './strapi';

/**
 * Jest's global setup for the integration tests: compiles the playground app once per run, and
 * every test file boots Strapi from the compiled `playground/dist` (compiling it for each file
 * took about as long as booting). With FACT_DESK_REUSE_PLAYGROUND_BUILD=1 an existing build is
 * used as it is: CI compiles once, then runs the PostgreSQL and MariaDB suites side by side.
 */
export default async function compilePlayground(): Promise<void> {
  const compiled = fs.existsSync(path.join(PLAYGROUND_DIR, 'dist', 'src', 'index.js'));
  if (compiled && process.env.FACT_DESK_REUSE_PLAYGROUND_BUILD === '1') return;
  const cwd = process.cwd();
  try {
    process.chdir(PLAYGROUND_DIR);
    await compileStrapi({ appDir: PLAYGROUND_DIR, ignoreDiagnostics: true });
  } finally {
    process.chdir(cwd);
  }
}
