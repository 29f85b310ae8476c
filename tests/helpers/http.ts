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
