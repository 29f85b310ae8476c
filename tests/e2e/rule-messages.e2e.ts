import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'net';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { startDemo } from '../helpers/demo';
import { PLAYGROUND_DIR, stopStrapi } from '../helpers/strapi';

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let strapi: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  // The admin panel is served from the playground's build, made as `npm run demo` makes it.
  execFileSync('npx', ['strapi', 'build'], { cwd: PLAYGROUND_DIR, stdio: 'ignore' });
  ({ strapi } = await startDemo());
  base = `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(strapi);
});

describe('editing the reference story in the Content Manager', () => {
  it('shows the rule message on the field that breaks it, and stores nothing', async () => {
    const { email, password } = demoAdminCredentials();
    await page.goto(`${base}/admin/auth/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin$/);

    await page.goto(
      `${base}/admin/content-manager/collection-types/plugin::fact-desk.casualty-figure`
    );
    await page.getByText('273 drones and decoys').first().click();
    const count = page.locator('input[name="count"]');
    await count.waitFor();
    await count.fill('200');
    await page.getByRole('button', { name: /^save$/i }).click();

    const message = 'would add up to 216, more than its count of 200';
    await page.getByText(message).first().waitFor();
    await page.screenshot({
      path: path.join(ARTIFACTS, 'rule-message-on-count.png'),
      fullPage: true,
    });
    // The message is tied to the count input itself (its accessible description), not only a toast.
    const describedBy = (await count.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent())
    );
    expect(descriptions.join(' ')).toContain(message);

    const stored = await strapi.db
      .query('plugin::fact-desk.casualty-figure')
      .findOne({ where: { asStated: '273 drones and decoys' } });
    expect(stored.count).toBe(273);
  });
});
