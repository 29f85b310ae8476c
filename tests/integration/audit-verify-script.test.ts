import { execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';
import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'audit-verify.js');

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const figures = await strapi.documents(FIGURE).findMany({ limit: 3 });
  for (const figure of figures) {
    await strapi.documents(FIGURE).update({
      documentId: figure.documentId,
      data: { verificationStatus: 'disputed', checkerNote: 'Checking against police figures.' },
    });
  }
});

afterAll(async () => {
  await stopStrapi(strapi);
});

/** Runs `npm run audit:verify`'s script against the same database as the test. */
const runScript = async (): Promise<{ code: number; output: string }> => {
  try {
    const { stdout } = await promisify(execFile)('node', [SCRIPT], { env: process.env });
    return { code: 0, output: stdout };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    // What the script printed on its error stream, so that a failure to run it says why.
    return { code, output: `${stdout}${code === 2 ? stderr : ''}` };
  }
};

describe('npm run audit:verify', () => {
  it('reports an intact chain and exits 0', async () => {
    const { code, output } = await runScript();
    expect(output).toContain('Audit trail intact: 3 events');
    expect(code).toBe(0);
  });

  it('reports the first broken link and exits 1', async () => {
    const second = await strapi.db
      .query('plugin::fact-desk.audit-event')
      .findOne({ where: { sequence: 2 } });
    await strapi.db
      .query('plugin::fact-desk.audit-event')
      .update({ where: { id: second.id }, data: { toValue: '"verified"' } });
    const { code, output } = await runScript();
    expect(output).toContain('Audit trail BROKEN at event 2 of 3');
    expect(code).toBe(1);
  });
});
