import type { Core } from '@strapi/strapi';

type Webhook = {
  id: number | string;
  name: string;
  url: string;
  headers: object;
  events: string[];
};
type WebhookStore = {
  findWebhooks: () => Promise<Webhook[]>;
  createWebhook: (data: Omit<Webhook, 'id'> & { isEnabled: boolean }) => Promise<Webhook>;
  updateWebhook: (
    id: Webhook['id'],
    data: Partial<Webhook> & { isEnabled: boolean }
  ) => Promise<Webhook>;
};
type WebhookRunner = { add: (webhook: Webhook) => void; update: (webhook: Webhook) => void };

const NAME = 'Reader site (demo)';

/**
 * The plugin's events, which tell only what readers are served. Not Strapi's own `entry.*`: their
 * body is the record as saved, drafts included, which a public site has no need to receive.
 */
export const READER_SITE_EVENTS = [
  'fact-desk.verdict.update',
  'fact-desk.correction.publish',
  'fact-desk.figure.withdraw',
  'fact-desk.public.update',
];

/**
 * When the reader site runs beside the demo (`npm run demo:site` sets READER_SITE_URL and the
 * shared READER_SITE_SECRET), Strapi tells it what changed, so it rebuilds the pages that show it.
 */
export async function ensureReaderSiteWebhook(strapi: Core.Strapi) {
  const site = process.env.READER_SITE_URL;
  const secret = process.env.READER_SITE_SECRET;
  if (!site || !secret) return null;
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const data = {
    name: NAME,
    url: `${site}/api/revalidate`,
    headers: { 'x-revalidate-secret': secret },
    events: READER_SITE_EVENTS,
    isEnabled: true,
  };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === NAME);
  if (existing) {
    const updated = await store.updateWebhook(existing.id, data);
    runner.update(updated);
    return updated;
  }
  const created = await store.createWebhook(data);
  runner.add(created);
  return created;
}
