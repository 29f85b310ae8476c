import type { Core } from '@strapi/strapi';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { api } from './http';
import { snapshotPluginData } from './snapshot';

/** The reference story's public fact sheet, as a reader gets it. */
export const publicSheet = async (strapi: Core.Strapi) =>
  (await api(strapi).get(`/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`).expect(200)).body;

/**
 * Runs a write that must be refused, and checks its status (and the path of its first error),
 * and that nothing anyone can see has changed: the stored rows, the public fact sheet, the audit
 * chain.
 */
export async function expectRefused(
  strapi: Core.Strapi,
  write: () => Promise<{ status: number; body: any }>,
  expected: { status: number; path?: string[] }
) {
  const before = await snapshotPluginData(strapi);
  const sheet = await publicSheet(strapi);
  const response = await write();
  expect({ status: response.status, message: response.body?.error?.message }).toEqual({
    status: expected.status,
    message: expect.any(String),
  });
  if (expected.path) expect(response.body.error.details.errors[0].path).toEqual(expected.path);
  expect(await snapshotPluginData(strapi)).toEqual(before);
  expect(await publicSheet(strapi)).toEqual(sheet);
  expect((await strapi.plugin('fact-desk').service('audit-trail').verify()).intact).toBe(true);
  return response;
}
