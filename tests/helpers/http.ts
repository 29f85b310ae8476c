import request from 'supertest';
import type { Core } from '@strapi/strapi';

export const api = (strapi: Core.Strapi) => request(strapi.server.httpServer);

/** Logs in to the admin panel for real and returns the admin JWT. */
export async function adminToken(
  strapi: Core.Strapi,
  email: string,
  password: string
): Promise<string> {
  const response = await api(strapi).post('/admin/login').send({ email, password }).expect(200);
  return response.body.data.token as string;
}

/**
 * Signs up a front-end user in Users & Permissions' Authenticated role, which the plugin's routes
 * are not granted to, and returns their JWT.
 */
export async function authenticatedReaderToken(
  strapi: Core.Strapi,
  username: string
): Promise<string> {
  const authenticated = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const email = `${username}@fact-desk.test`;
  const password = 'Reader-Pass-1';
  await strapi.plugin('users-permissions').service('user').add({
    username,
    email,
    password,
    provider: 'local',
    confirmed: true,
    role: authenticated.id,
  });
  const login = await api(strapi)
    .post('/api/auth/local')
    .send({ identifier: email, password })
    .expect(200);
  return login.body.jwt as string;
}
