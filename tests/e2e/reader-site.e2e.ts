import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { claimReviewProblems } from '../helpers/claim-review-check';
import { createDeskEditor } from '../helpers/desk-editor';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { baseUrl, logIn, openBrowser, screenshot } from './browser';
import { freePort, startReaderSite, type ReaderSite } from './reader-site';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const CHANGE_VERDICTS = 'plugin::fact-desk.verification.change';
const DRAFT_TITLE = 'Draft headline the public page does not show';
const editView = (uid: string, documentId: string) =>
  `/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=en`;

let strapi: Core.Strapi;
let site: ReaderSite;
let browser: Browser;
let page: Page;
let strapiBase: string;
let articleId: string;
let secret: string;

const articlePage = (locale = 'en', slug = REFERENCE_SLUG) =>
  `${site.url}/${locale}/articles/${slug}`;
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** axe-core's serious and critical findings on the page open in `on`. */
async function accessibilityViolations(on: Page) {
  await on.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await on.evaluate(async () => {
    const browserGlobal = globalThis as any;
    const { violations } = await browserGlobal.axe.run(browserGlobal.document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node: any) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation: { impact: string }) =>
    ['serious', 'critical'].includes(violation.impact)
  );
}

beforeAll(async () => {
  const sitePort = await freePort();
  secret = randomBytes(16).toString('hex');
  // As `npm run demo:site` sets them: the playground points its Preview and webhook at the site.
  process.env.READER_SITE_URL = `http://127.0.0.1:${sitePort}`;
  process.env.READER_SITE_SECRET = secret;
  ({ strapi, articleId } = await startDemo());
  strapiBase = baseUrl(strapi);
  site = await startReaderSite(sitePort, strapiBase, secret);
  ({ browser, page } = await openBrowser());
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await stopStrapi(strapi);
  delete process.env.READER_SITE_URL;
  delete process.env.READER_SITE_SECRET;
});

describe('the reference reader site', () => {
  it('shows the reference story with its figures, parts and verdicts, in English and Ukrainian', async () => {
    await page.goto(articlePage());
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const breakdowns = (await page.locator('[data-breakdown]').allTextContents()).map(squeeze);
    expect(breakdowns).toContain('Launched: 273 = 88 + 128 + 57 not accounted for');
    const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    const row = page.locator(`#figure-${launched!.documentId}`);
    await expect(row.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe(
      launched!.verificationStatus
    );
    await expect(row.textContent()).resolves.toContain("Ukraine's Air Force");
    // The rival claims stand side by side.
    const sideBySide = squeeze(
      await page.locator('section[aria-labelledby="contested-heading"]').textContent()
    );
    expect(sideBySide).toContain("Russia's Defence Ministry");
    await screenshot(page, 'reader-article');

    await page.getByRole('link', { name: 'Українською' }).click();
    await page.waitForURL(/\/uk\/articles\//);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
    await page.getByRole('heading', { name: 'Числа в цьому матеріалі' }).waitFor();
    const inUkrainian = (await page.locator('[data-breakdown]').allTextContents()).map(squeeze);
    expect(inUkrainian).toContain('Запущено: 273 = 88 + 128 + 57 без пояснення');
    await screenshot(page, 'reader-article-uk');
  });

  it('has no serious accessibility violation on its pages (axe-core)', async () => {
    const launched = await strapi.documents(FIGURE).findFirst({
      filters: { count: 273 },
      populate: { claimant: true },
    });
    const claimant = (launched as unknown as { claimant: { documentId: string } }).claimant;
    const pages = [
      articlePage(),
      `${site.url}/uk`,
      `${site.url}/en/tallies`,
      `${site.url}/uk/tallies`,
      `${site.url}/en/officials/${claimant.documentId}`,
    ];
    for (const url of pages) {
      await page.goto(url);
      expect({ url, violations: await accessibilityViolations(page) }).toEqual({
        url,
        violations: [],
      });
    }
    await page.goto(`${site.url}/en/tallies`);
    await expect(page.locator('figure.chart svg').count()).resolves.toBeGreaterThan(3);
    await screenshot(page, 'reader-tallies');
  });

  it('forgets nothing on a webhook call without the shared secret', async () => {
    await page.goto(articlePage());
    const forged = {
      event: 'entry.update',
      revalidate: [`/api/fact-desk/fact-sheets/${REFERENCE_SLUG}?locale=en`],
    };
    for (const headers of [
      {},
      { 'x-revalidate-secret': 'guessed' },
      { 'x-revalidate-secret': '' },
    ]) {
      const response = await fetch(`${site.url}/api/revalidate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(forged),
      });
      expect(response.status).toBe(401);
    }
    const after = await page.goto(articlePage());
    expect(after!.headers()['x-reader-cache']).toBe('kept');
    const listing = await fetch(`${site.url}/api/revalidate`);
    expect(listing.status).toBe(401);
  });

  it('answers odd addresses with a page saying so, and keeps nothing for them', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const missing = await page.goto(`${site.url}/en/articles/no-such-story-${'a'.repeat(2000)}`);
      expect(missing!.status()).toBe(404);
      expect(missing!.headers()['x-reader-cache']).toBe('fresh');
    }
    await page
      .getByRole('heading', { level: 1, name: 'No published story has this address.' })
      .waitFor();
    const overlong = await page.goto(`${site.url}/en/preview?token=${'a'.repeat(2001)}`);
    expect(overlong!.status()).toBe(401);
    await page.getByText('This preview link has expired or is not valid').waitFor();
  });

  it('follows a verdict set in the admin once the webhook has told it', async () => {
    const prisoners = await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } });
    const verdictOnSite = async () => {
      await page.goto(articlePage());
      return page
        .locator(`#figure-${prisoners!.documentId} [data-verdict]`)
        .getAttribute('data-verdict');
    };
    await verdictOnSite();
    // The site now answers from what it kept, without asking Strapi.
    const again = await page.goto(articlePage());
    expect(again!.headers()['x-reader-cache']).toBe('kept');
    expect(await verdictOnSite()).toBe('unverified');

    const checker = await createDeskEditor(strapi, 'site-checker@fact-desk.test', [
      CHANGE_VERDICTS,
    ]);
    const admin = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await logIn(admin, strapiBase, checker.email, checker.password);
    await admin.goto(`${strapiBase}${editView(FIGURE, prisoners!.documentId)}`);
    await admin.getByRole('combobox', { name: 'Verification status' }).click();
    await admin.getByRole('option', { name: 'Single source', exact: true }).click();
    await admin.getByRole('button', { name: /^save$/i }).click();
    await admin.getByTestId('verdict-stamp').waitFor();
    await admin.close();

    let shown = await verdictOnSite();
    for (let waited = 0; shown !== 'single_source' && waited < 10_000; waited += 250) {
      await page.waitForTimeout(250);
      shown = await verdictOnSite();
    }
    expect(shown).toBe('single_source');
    await expect(
      page.locator(`#figure-${prisoners!.documentId} [data-verdict]`).textContent()
    ).resolves.toBe('Single source');
    const { heard } = (await fetch(`${site.url}/api/revalidate`, {
      headers: { 'x-revalidate-secret': secret },
    }).then((response) => response.json())) as { heard: unknown[] };
    expect(heard).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'fact-desk.verdict.update', article: articleId }),
      ])
    );
  });

  it('embeds the ClaimReview markup the plugin serves for the checked figure, valid by the checks Google asks for', async () => {
    await page.goto(articlePage());
    const embedded = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? ''
    );
    const served = await fetch(
      `${strapiBase}/api/fact-desk/fact-sheets/${REFERENCE_SLUG}/claim-review?locale=en`
    ).then((response) => response.json());
    expect(embedded).toEqual(served);
    // The figure given a verdict above has its review; unverified ones have none.
    const prisoners = await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } });
    expect(JSON.stringify(embedded)).toContain(`#figure-${prisoners!.documentId}`);
    expect(await claimReviewProblems(embedded)).toEqual([]);
  });

  it("shows the editor's draft in the admin's preview, and readers still the published story", async () => {
    const editor = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const { email, password } = demoAdminCredentials();
    await logIn(editor, strapiBase, email, password);
    await editor.goto(`${strapiBase}${editView(ARTICLE, articleId)}`);
    await editor.locator('input[name="title"]').fill(DRAFT_TITLE);
    await editor.getByRole('button', { name: /^save$/i }).click();
    await editor.getByText(/saved/i).first().waitFor();

    await editor.getByRole('link', { name: 'Open preview' }).click();
    const preview = editor.frameLocator('iframe');
    await preview.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    await expect(preview.getByRole('status').textContent()).resolves.toContain(
      'readers do not see this page'
    );
    await screenshot(editor, 'reader-preview-in-admin');
    const previewUrl = await editor.locator('iframe').getAttribute('src');
    expect(previewUrl).toMatch(new RegExp(`^${site.url}/en/preview\\?token=`));

    const direct = await browser.newPage();
    await direct.goto(previewUrl!);
    await direct.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    expect(await accessibilityViolations(direct)).toEqual([]);
    await screenshot(direct, 'reader-preview');
    // Without the token, or with another, the site shows no draft.
    const forged = await direct.goto(`${site.url}/en/preview?token=${'x'.repeat(40)}`);
    expect(forged!.status()).toBe(401);
    await expect(direct.content()).resolves.not.toContain(DRAFT_TITLE);
    await direct.close();
    await editor.close();

    await page.goto(articlePage());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.not.toBe(
      DRAFT_TITLE
    );
    await expect(page.content()).resolves.not.toContain(DRAFT_TITLE);
  });
});
