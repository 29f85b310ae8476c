import type { Core } from '@strapi/strapi';

const COLLECTIONS = ['article', 'casualty-figure', 'correction', 'official', 'quote'];

/** Every read route of the plugin's content API. */
export const READ_ACTIONS = [
  ...COLLECTIONS.flatMap((controller) =>
    ['find', 'findOne'].map((action) => `plugin::fact-desk.${controller}.${action}`)
  ),
  'plugin::fact-desk.fact-sheet.findOne',
  'plugin::fact-desk.fact-sheet.claimReview',
  'plugin::fact-desk.fact-sheet.claimReviewOfItem',
  'plugin::fact-desk.tallies.find',
  'plugin::fact-desk.tallies.figures',
  'plugin::fact-desk.exports.figuresCsv',
  'plugin::fact-desk.exports.figuresHxl',
];

/** Lets anonymous visitors read the plugin's content-API routes, as a public news site would. */
export async function grantPublicReadAccess(strapi: Core.Strapi) {
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions public role is missing.');

  for (const action of READ_ACTIONS) {
    const granted = await permissions.findOne({ where: { action, role: publicRole.id } });
    if (!granted) await permissions.create({ data: { action, role: publicRole.id } });
  }
  return READ_ACTIONS;
}
