import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { adminToken } from './http';
import { startStrapi } from './strapi';

/** A booted playground with the demo set up (the reference story, the demo admin) and its admin JWT. */
export async function startDemo(): Promise<{
  strapi: Core.Strapi;
  token: string;
  articleId: string;
}> {
  const strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  const { email, password } = demoAdminCredentials();
  return { strapi, token: await adminToken(strapi, email, password), articleId: story.documentId };
}
