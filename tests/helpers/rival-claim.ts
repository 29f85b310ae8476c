import type { Core } from '@strapi/strapi';

/**
 * Adds to the reference story a claim that disagrees with the Air Force's 273 launched: Putin's
 * "no more than 100 drones", same category, subject, country and date.
 */
export async function addRivalLaunchClaim(strapi: Core.Strapi, articleId: string) {
  const putin = await strapi
    .documents('plugin::fact-desk.official')
    .findFirst({ filters: { name: 'Vladimir Putin' } });
  return strapi.documents('plugin::fact-desk.casualty-figure').create({
    data: {
      asStated: 'no more than 100 drones',
      category: 'launched',
      subject: 'drones and decoys',
      count: 100,
      qualifier: 'up_to',
      country: 'UA',
      occurredFrom: '2025-05-18',
      verificationStatus: 'unverified',
      claimant: putin!.documentId,
      article: { documentId: articleId, locale: 'en' },
    },
  });
}
