import type { Core } from '@strapi/strapi';
import request from 'supertest';

/**
 * The SQL queries one GET costs when its response is built (not served from the response cache),
 * counted on the database connection after a warm-up request to another path.
 */
export async function queriesFor(
  strapi: Core.Strapi,
  path: string,
  warmUp: string
): Promise<number> {
  const server = strapi.server.httpServer;
  await request(server).get(warmUp).expect(200);
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  strapi.db.connection.on('query', onQuery);
  try {
    await request(server).get(path).expect(200);
  } finally {
    strapi.db.connection.off('query', onQuery);
  }
  return count;
}
