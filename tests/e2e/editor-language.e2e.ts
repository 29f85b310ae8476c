import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import uk from '../../admin/src/translations/uk.json';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { baseUrl, logIn, openBrowser, screenshot } from './browser';

/**
 * The Content Manager's forms and lists of the plugin's types in the editor's language: every
 * label, hint and choice of the edit view and every column of the list, in Ukrainian with the
 * admin set to Ukrainian, and as the English messages say with it set to English.
 */
const TYPES = ['article', 'casualty-figure', 'official', 'quote'] as const;
type Type = (typeof TYPES)[number];
type Messages = Record<string, string>;

let strapi: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;
let storyId: string;

/** The fields of a type that have messages, with their English and Ukrainian label and hint. */
const fieldsOf = (type: Type) =>
  Object.keys(en)
    .map((key) => new RegExp(`^field\\.${type}\\.(\\w+)\\.label$`).exec(key)?.[1])
    .filter((field): field is string => Boolean(field))
    .map((field) => ({
      field,
      label: {
        en: (en as Messages)[`field.${type}.${field}.label`],
        uk: (uk as Messages)[`field.${type}.${field}.label`],
      },
      hint: {
        en: (en as Messages)[`field.${type}.${field}.hint`],
        uk: (uk as Messages)[`field.${type}.${field}.hint`],
      },
    }));

const useLanguage = async (language: 'en' | 'uk') => {
  await page.evaluate((chosen) => localStorage.setItem('strapi-admin-language', chosen), language);
};

const listView = (type: Type) =>
  `${base}/admin/content-manager/collection-types/plugin::fact-desk.${type}`;

/** Opens the edit view of the type's first record and answers the texts of its form. */
const openEditView = async (type: Type) => {
  if (type === 'article') {
    await page.goto(`${listView(type)}/${storyId}?plugins[i18n][locale]=en`);
  } else {
    await page.goto(listView(type));
    await page.locator('tbody tr').first().waitFor();
    await page.locator('tbody tr td').nth(1).click();
  }
  await page.locator('form label').first().waitFor();
  await page.waitForLoadState('networkidle');
  const labels = (await page.locator('form label').allTextContents()).map((text) =>
    text.replace(/\*$/, '').trim()
  );
  const hints = (await page.locator('form [id$="-hint"]').allTextContents()).map((text) =>
    text.trim()
  );
  return { labels, hints, text: await page.locator('form').innerText() };
};

beforeAll(async () => {
  let articleId: string;
  ({ strapi, articleId } = await startDemo());
  storyId = articleId;
  base = baseUrl(strapi);
  ({ browser, page } = await openBrowser());
  const { email, password } = demoAdminCredentials();
  await logIn(page, base, email, password);
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(strapi);
});

describe('the plugin types in Ukrainian', () => {
  beforeAll(async () => {
    await useLanguage('uk');
  });

  it.each(TYPES)(
    'labels and hints every field of a %s in Ukrainian, none in English',
    async (type) => {
      const { labels, hints } = await openEditView(type);
      await screenshot(page, `edit-view-${type}-uk`);
      for (const { field, label, hint } of fieldsOf(type)) {
        // A field the edit view shows (some are only in lists, some only for some records).
        if (!labels.includes(label.uk) && !labels.includes(label.en) && !labels.includes(field))
          continue;
        expect({ field, label: labels.includes(label.uk) }).toEqual({ field, label: true });
        expect({ field, english: labels.includes(label.en) && label.en !== label.uk }).toEqual({
          field,
          english: false,
        });
        expect({ field, raw: labels.includes(field) }).toEqual({ field, raw: false });
        expect({ field, hint: hints.some((text) => text.includes(hint.uk)) }).toEqual({
          field,
          hint: true,
        });
        expect({
          field,
          englishHint: hints.some((text) => text.includes(hint.en)) && hint.en !== hint.uk,
        }).toEqual({
          field,
          englishHint: false,
        });
      }
      // Nor Strapi's own abbreviations in the hints.
      expect(hints.filter((text) => /\b(min|max)\.\s/.test(text))).toEqual([]);
      // Every field the form shows has its message.
      const shown = fieldsOf(type).filter(({ label }) => labels.includes(label.uk));
      expect(shown.length).toBeGreaterThan(5);
    }
  );

  it('shows the choices of an enumeration by their meaning', async () => {
    await openEditView('casualty-figure');
    await page.getByRole('combobox', { name: /Категорія/ }).click();
    const options = (await page.getByRole('option').allTextContents()).map((text) => text.trim());
    expect(options).toEqual(
      expect.arrayContaining(['Загинули', 'Поранені', 'Запущені', 'Перехоплені'])
    );
    for (const raw of ['killed', 'injured', 'launched', 'Killed'])
      expect(options).not.toContain(raw);
    await screenshot(page, 'edit-view-choices-uk');
    await page.keyboard.press('Escape');
  });

  it.each(TYPES)('heads the list of %s in Ukrainian', async (type) => {
    await page.goto(listView(type));
    await page.locator('thead th').first().waitFor();
    // textContent: the headers are upper-cased by CSS only.
    const headers = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    const columns = fieldsOf(type).filter(({ label }) => headers.includes(label.uk));
    expect(columns.length).toBeGreaterThan(1);
    for (const { field, label } of fieldsOf(type)) {
      expect({
        field,
        shown: headers.includes(field) || (label.en !== label.uk && headers.includes(label.en)),
      }).toEqual({
        field,
        shown: false,
      });
    }
    await screenshot(page, `list-view-${type}-uk`);
  });

  it('names the types in the menu and the columns of the lists', async () => {
    await page.goto(listView('casualty-figure'));
    await page.locator('thead th').first().waitFor();
    const nav = await page.locator('nav').allInnerTexts();
    for (const type of TYPES) {
      expect(nav.join('\n')).toContain((uk as Messages)[`type.${type}.name`]);
    }
    // textContent: the headers are upper-cased by CSS only.
    const headers = (await page.locator('thead th').allTextContents()).join('\n');
    expect(headers).toContain((uk as Messages)['field.casualty-figure.asStated.label']);
    expect(headers).not.toContain('asStated');
    expect(headers).not.toContain((en as Messages)['field.casualty-figure.asStated.label']);
    // The cells show what a stored value means.
    const cells = (await page.locator('tbody td').allTextContents()).map((text) => text.trim());
    expect(cells).toEqual(
      expect.arrayContaining([
        (uk as Messages)['choice.casualty-figure.category.launched'],
        (uk as Messages)['status.unverified'],
      ])
    );
    for (const raw of ['launched', 'intercepted', 'unverified']) expect(cells).not.toContain(raw);
    await screenshot(page, 'list-view-casualty-figure-uk');
  });
});

describe('the plugin types in English', () => {
  beforeAll(async () => {
    await useLanguage('en');
  });

  it.each(TYPES)('shows the form of a %s in English, for the screenshots', async (type) => {
    const { labels } = await openEditView(type);
    expect(labels).toContain((en as Messages)[`field.${type}.${fieldsOf(type)[0].field}.label`]);
    await screenshot(page, `edit-view-${type}-en`);
  });

  it('labels every field as the English messages say', async () => {
    const { labels, hints } = await openEditView('casualty-figure');
    await screenshot(page, 'edit-view-casualty-figure-en');
    for (const field of ['asStated', 'partOf', 'statedAt', 'category', 'subject', 'count']) {
      expect(labels).toContain((en as Messages)[`field.casualty-figure.${field}.label`]);
      expect(labels).not.toContain(field);
    }
    expect(hints.join('\n')).toContain((en as Messages)['field.casualty-figure.category.hint']);
  });
});
