import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { baseUrl, logIn, openBrowser, screenshot } from './browser';

let strapi: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  ({ strapi } = await startDemo());
  base = baseUrl(strapi);
  ({ browser, page } = await openBrowser());
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(strapi);
});

describe('editing the reference story in the Content Manager', () => {
  it('shows the rule message on the field that breaks it, and stores nothing', async () => {
    const { email, password } = demoAdminCredentials();
    await logIn(page, base, email, password);

    await page.goto(
      `${base}/admin/content-manager/collection-types/plugin::fact-desk.casualty-figure`
    );
    await page.getByText('273 drones and decoys').first().click();
    const count = page.locator('input[name="count"]');
    await count.waitFor();
    await count.fill('200');
    await page.getByRole('button', { name: /^save$/i }).click();

    const message = 'would add up to at least 216, more than its count of 200';
    await page.getByText(message).first().waitFor();
    await screenshot(page, 'rule-message-on-count');
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
