import type { Core } from '@strapi/strapi';
import {
  readStoryParagraphs,
  referenceArticle,
  referenceArticleUk,
  referenceFigures,
  referenceOfficials,
  referenceQuotes,
  REFERENCE_SLUG,
} from './reference-story';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const OFFICIAL = 'plugin::fact-desk.official';
const QUOTE = 'plugin::fact-desk.quote';

export const paragraphsToBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({
    type: 'paragraph' as const,
    children: [{ type: 'text' as const, text }],
  }));

async function ensureLocale(strapi: Core.Strapi, code: string, name: string) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = await locales.findByCode(code);
  if (!existing) await locales.create({ code, name });
}

async function createOfficials(strapi: Core.Strapi) {
  const ids = new Map<string, string>();
  for (const { key, ...official } of referenceOfficials) {
    const found = await strapi.documents(OFFICIAL).findFirst({ filters: { name: official.name } });
    const record = found ?? (await strapi.documents(OFFICIAL).create({ data: official }));
    ids.set(key, record.documentId);
  }
  return ids;
}

async function createFigures(
  strapi: Core.Strapi,
  articleId: string,
  officialIds: Map<string, string>
) {
  const ids = new Map<string, string>();
  for (const { key, claimant, partOf, ...figure } of referenceFigures) {
    const created = await strapi.documents(FIGURE).create({
      data: {
        ...figure,
        verificationStatus: 'unverified',
        article: { documentId: articleId, locale: 'en' },
        claimant: officialIds.get(claimant),
        partOf: partOf ? ids.get(partOf) : undefined,
      },
    });
    ids.set(key, created.documentId);
  }
  return ids;
}

async function createQuotes(
  strapi: Core.Strapi,
  articleId: string,
  officialIds: Map<string, string>
) {
  for (const { key: _key, speaker, ...quote } of referenceQuotes) {
    await strapi.documents(QUOTE).create({
      data: {
        ...quote,
        language: 'en',
        verificationStatus: 'unverified',
        article: { documentId: articleId, locale: 'en' },
        speaker: officialIds.get(speaker),
      },
    });
  }
}

/**
 * Stores the reference story with its officials, figures and quotes, and publishes it in English
 * and Ukrainian. Does nothing when the story is already there, so every start may call it.
 */
export async function seedReferenceStory(
  strapi: Core.Strapi
): Promise<{ created: boolean; documentId: string }> {
  const existing = await strapi.documents(ARTICLE).findFirst({
    filters: { slug: REFERENCE_SLUG },
    locale: 'en',
  });
  if (existing) return { created: false, documentId: existing.documentId };

  await ensureLocale(strapi, 'uk', 'Ukrainian (uk)');

  return strapi.db.transaction(async () => {
    const officialIds = await createOfficials(strapi);
    const article = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: {
        ...referenceArticle,
        reviewState: 'not_started',
        body: paragraphsToBlocks(readStoryParagraphs()),
      },
    });
    await createFigures(strapi, article.documentId, officialIds);
    await createQuotes(strapi, article.documentId, officialIds);
    const ukrainianEdition = {
      ...referenceArticleUk,
      body: paragraphsToBlocks(referenceArticleUk.body),
    };
    await strapi.documents(ARTICLE).update({
      documentId: article.documentId,
      locale: 'uk',
      data: ukrainianEdition,
    });
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: '*' });
    return { created: true, documentId: article.documentId };
  });
}
