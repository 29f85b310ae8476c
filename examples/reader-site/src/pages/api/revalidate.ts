import type { APIRoute } from 'astro';
import { timingSafeEqual } from 'node:crypto';
import { forget, forgetAll } from '../../lib/kept-reads';
import { settings } from '../../lib/settings';

interface Heard {
  event: string;
  at: string;
  article: string | null;
  dropped: string[] | 'all';
}

/** What the site heard last, for a developer checking that the webhook reaches it. */
const heard: Heard[] = [];

const authorised = (request: Request) => {
  const given = Buffer.from(request.headers.get('x-revalidate-secret') ?? '');
  const secret = Buffer.from(settings.revalidateSecret);
  return secret.length > 0 && given.length === secret.length && timingSafeEqual(given, secret);
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });

/**
 * Strapi's webhook: the plugin's events name the API routes whose answers changed, and the site
 * forgets those; Strapi's own entry events (an article published or unpublished, a record edited)
 * name none, so the site forgets everything it kept.
 */
export const POST: APIRoute = async ({ request }) => {
  if (!authorised(request)) return json({ error: 'Unknown sender.' }, 401);
  const payload = (await request.json().catch(() => null)) as {
    event?: string;
    revalidate?: unknown;
    article?: { documentId?: string };
  } | null;
  if (!payload?.event) return json({ error: 'A webhook payload names its event.' }, 400);
  const routes = Array.isArray(payload.revalidate)
    ? payload.revalidate.filter((route): route is string => typeof route === 'string')
    : null;
  const dropped = routes ? forget(routes) : (forgetAll(), 'all' as const);
  heard.unshift({
    event: payload.event,
    at: new Date().toISOString(),
    article: payload.article?.documentId ?? null,
    dropped,
  });
  heard.length = Math.min(heard.length, 50);
  return json({ dropped });
};

export const GET: APIRoute = ({ request }) =>
  authorised(request) ? json({ heard }) : json({ error: 'Unknown sender.' }, 401);
