import type { Core } from '@strapi/strapi';

const TYPES = [
  'plugin::fact-desk.article',
  'plugin::fact-desk.audit-event',
  'plugin::fact-desk.correction',
  'plugin::fact-desk.casualty-figure',
  'plugin::fact-desk.official',
  'plugin::fact-desk.quote',
] as const;

/** Every row of the plugin's tables with the relations it holds, to compare before and after a write. */
export async function snapshotPluginData(strapi: Core.Strapi) {
  const rows: Record<string, unknown[]> = {};
  for (const uid of TYPES) {
    rows[uid] = await strapi.db.query(uid).findMany({ orderBy: { id: 'asc' }, populate: true });
  }
  return rows;
}
