import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import { referenceFigures } from '../../playground/src/demo/reference-story';
import { createDeskEditor } from '../helpers/desk-editor';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { baseUrl, logIn, openBrowser, screenshot } from './browser';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const CHANGE_VERDICTS = 'plugin::fact-desk.verification.change';
const editView = (uid: string, documentId: string) =>
  `/admin/content-manager/collection-types/${uid}/${documentId}`;

let strapi: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;
let articleId: string;
let prisonersId: string;

const openQueue = async () => {
  await page.goto(`${base}/admin/plugins/fact-desk`);
  await page.getByTestId('queue-row').first().waitFor();
};

const countOf = async (status: string) => {
  const text = await page.locator(`[data-count-status="${status}"]`).textContent();
  return Number(/(\d+)\s*$/.exec(text ?? '')?.[1]);
};

/** The count shown for a status once the queue has reloaded it: `expected`, or what it shows after 10 s. */
const countReaching = async (status: string, expected: number) => {
  const deadline = Date.now() + 10_000;
  let count = await countOf(status);
  while (count !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    count = await countOf(status);
  }
  return count;
};

beforeAll(async () => {
  ({ strapi, articleId } = await startDemo());
  base = baseUrl(strapi);
  prisonersId = (await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } }))!
    .documentId;
  const checker = await createDeskEditor(strapi, 'checker@fact-desk.test', [CHANGE_VERDICTS]);
  ({ browser, page } = await openBrowser());
  await logIn(page, base, checker.email, checker.password);
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(strapi);
});

describe('a fact-checker works through the reference story in the admin', () => {
  it('sees the article’s figures, their arithmetic, and that it cannot be published yet', async () => {
    await page.goto(`${base}${editView(ARTICLE, articleId)}?plugins[i18n][locale]=en`);
    const panel = page.getByTestId('fact-check-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('panel-figure').count()).resolves.toBe(referenceFigures.length);
    await expect(panel.getByTestId('publication').getAttribute('data-allowed')).resolves.toBe(
      'false'
    );
    await expect(panel.textContent()).resolves.toContain('88 + 128 of 273, 57 unaccounted for');
    await screenshot(page, 'article-panel');
  });

  it('reads the refusal when publishing with unverified items, and nothing is published', async () => {
    const standfirst = page.locator('textarea[name="standfirst"]');
    const before = await standfirst.inputValue();
    await standfirst.fill(`${before} Updated.`);
    await page.getByRole('button', { name: /^publish$/i }).click();
    await page.getByText('This article cannot be published yet').first().waitFor();
    await screenshot(page, 'publish-refused');

    const published = await strapi
      .documents(ARTICLE)
      .findOne({ documentId: articleId, locale: 'en', status: 'published' });
    expect(published?.standfirst).toBe(before);
  });

  it('attaches evidence, checked as it is typed, and verifies a figure', async () => {
    await openQueue();
    const unverified = await countOf('unverified');

    await page.goto(`${base}${editView(FIGURE, prisonersId)}`);
    await page.getByRole('button', { name: 'Add a source' }).click();
    const address = page.getByLabel('Source address');
    await address.fill('budanov said so');
    await page.getByText('Give a full http or https address that readers can follow.').waitFor();
    await address.fill('https://example.org/prisoner-exchange');
    await page.getByLabel('Publisher').fill('Example News');
    await expect(
      page.getByText('Give a full http or https address that readers can follow.').count()
    ).resolves.toBe(0);
    const link = page.getByRole('link', { name: 'Open the source' });
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');

    await page.getByRole('combobox', { name: 'Verification status' }).click();
    await page.getByRole('option', { name: 'Verified', exact: true }).click();
    await page.getByRole('button', { name: /^save$/i }).click();
    await page.getByTestId('verdict-stamp').waitFor();
    await screenshot(page, 'figure-verified');

    const stored = await strapi.db.query(FIGURE).findOne({
      where: { documentId: prisonersId },
      populate: { checkedBy: { select: ['email'] } },
    });
    expect(stored.verificationStatus).toBe('verified');
    expect(stored.evidence).toEqual([
      { url: 'https://example.org/prisoner-exchange', publisher: 'Example News' },
    ]);
    expect(stored.checkedBy.email).toBe('checker@fact-desk.test');

    await openQueue();
    await expect(countReaching('unverified', unverified - 1)).resolves.toBe(unverified - 1);
    await expect(countReaching('verified', 1)).resolves.toBe(1);
    const rows = await page.getByTestId('queue-row').allTextContents();
    expect(rows.some((row) => row.startsWith('1,000 prisoners of warFigure'))).toBe(false);
  });

  it('changes a verdict from the queue, and is asked for the note a dispute needs', async () => {
    const total = await page.getByTestId('queue-row').count();
    await page.getByRole('button', { name: 'Change the verdict' }).first().click();
    await page.getByRole('dialog').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Disputed', exact: true }).click();
    await page.getByRole('button', { name: 'Save the verdict' }).click();
    await expect(page.getByTestId('dialog-problem').textContent()).resolves.toContain(
      'Explain in the checker note'
    );

    await page.getByRole('dialog').getByRole('textbox').fill('The ministry gives no source.');
    await page.getByRole('button', { name: 'Save the verdict' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(countReaching('disputed', 1)).resolves.toBe(1);
    // A disputed record still needs a check, so it stays in the queue with its new badge.
    await expect(page.getByTestId('queue-row').count()).resolves.toBe(total);
    await screenshot(page, 'queue-after-verdicts');
  });

  it('shows a record the copy no longer bears out, and creates the figure the copy states', async () => {
    const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    await strapi
      .documents(FIGURE)
      .update({ documentId: launched!.documentId, data: { count: 237 } });

    await page.goto(`${base}${editView(ARTICLE, articleId)}?plugins[i18n][locale]=en`);
    await page.getByTestId('copy-mismatch').first().waitFor();
    await expect(page.getByTestId('copy-mismatch').textContent()).resolves.toContain(
      'The copy says 273; the record says 237.'
    );
    const uncovered = page.getByTestId('copy-uncovered');
    await expect(uncovered.textContent()).resolves.toContain(
      'No record for “273 drones and decoys”'
    );
    await screenshot(page, 'copy-check');

    await uncovered.getByRole('button', { name: 'Create figure' }).click();
    await page.getByRole('dialog').getByText('Ukraine’s Air Force').waitFor();
    await page.getByRole('button', { name: 'Create the figure' }).click();
    await page.waitForURL(/plugin::fact-desk\.casualty-figure\/(?!create)\w+/);
    const created = page.url().split('/').pop()!.split('?')[0];
    const stored = await strapi.db.query(FIGURE).findOne({
      where: { documentId: created },
      populate: { claimant: { select: ['name'] } },
    });
    expect(stored).toMatchObject({
      count: 273,
      category: 'launched',
      verificationStatus: 'unverified',
      claimant: { name: "Ukraine's Air Force" },
    });
  });

  it('offers no verdict buttons to an editor who may not change verdicts', async () => {
    const reader = await createDeskEditor(strapi, 'reader@fact-desk.test', []);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    await logIn(page, base, reader.email, reader.password);
    await openQueue();
    await expect(page.getByRole('button', { name: 'Change the verdict' }).count()).resolves.toBe(0);
  });
});
