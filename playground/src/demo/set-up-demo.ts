import type { Core } from '@strapi/strapi';
import { ensureDemoAdmin } from './demo-admin';
import { grantPublicReadAccess } from './public-access';
import { ensureReaderSiteWebhook } from './reader-site-webhook';
import { REFERENCE_SLUG } from './reference-story';
import { seedReferenceStory } from './seed-reference-story';

/** Everything the demo needs on top of a fresh Strapi: the story, an admin, public reads. */
export async function setUpDemo(strapi: Core.Strapi) {
  const story = await seedReferenceStory(strapi);
  const admin = await ensureDemoAdmin(strapi);
  await grantPublicReadAccess(strapi);
  await ensureReaderSiteWebhook(strapi);
  return { story, admin };
}

export function printDemoBanner(strapi: Core.Strapi, admin: { email: string; password: string }) {
  const host = strapi.config.get<string>('server.host');
  const port = strapi.config.get<number>('server.port');
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  const lines = [
    '',
    'Fact Desk demo (for localhost only: these credentials are public)',
    `  Admin:    ${base}/admin`,
    `  Email:    ${admin.email}`,
    `  Password: ${admin.password}`,
    `  API:      ${base}/api/fact-desk/articles?populate=*`,
    `            ${base}/api/fact-desk/casualty-figures?populate[claimant][fields][0]=name&filters[article][slug][$eq]=${REFERENCE_SLUG}`,
    `  GraphQL:  ${base}/graphql`,
    ...(process.env.READER_SITE_URL ? [`  Site:     ${process.env.READER_SITE_URL}/en`] : []),
    '',
  ];
  console.log(lines.join('\n'));
}
