import { HTTPNotFoundError, strapi } from '@strapi/client';
import { keptRead } from './kept-reads';
import { settings } from './settings';
import type { ArticleSummary, FactSheet, SpeakerPage, Tally } from './types';

const client = strapi({ baseURL: `${settings.strapiUrl}/api` });

/** GET on the public API; null for a 404 (no such published record). */
async function read<T>(path: string, init?: RequestInit): Promise<T | null> {
  try {
    const response = await client.fetch(path, { method: 'GET', ...init });
    const type = response.headers.get('content-type') ?? '';
    return (
      type.includes('json') && !type.includes('ld+json')
        ? ((await response.json()) as { data: T }).data
        : await response.text()
    ) as T;
  } catch (error) {
    if (error instanceof HTTPNotFoundError) return null;
    throw error;
  }
}

const kept = <T>(path: string) => keptRead(path, () => read<T>(path));

const q = encodeURIComponent;

export const api = {
  articles: (locale: string) =>
    kept<ArticleSummary[]>(
      `/fact-desk/articles?locale=${q(locale)}&sort=publishedAt:desc&fields[0]=title&fields[1]=slug&fields[2]=standfirst&fields[3]=eventDate&fields[4]=dateline`
    ),
  factSheet: (slug: string, locale: string) =>
    kept<FactSheet>(`/fact-desk/fact-sheets/${q(slug)}?locale=${q(locale)}`),
  /** ClaimReview JSON-LD, already escaped by the plugin for a <script> element. */
  claimReview: (slug: string, locale: string) =>
    kept<string>(`/fact-desk/fact-sheets/${q(slug)}/claim-review?locale=${q(locale)}`),
  speakerPage: (documentId: string) => kept<SpeakerPage>(`/fact-desk/officials/${q(documentId)}`),
  tallies: () => kept<Tally[]>('/fact-desk/tallies'),
  /** The draft an editor previews: never kept, read with the token the admin signed. */
  preview: (token: string) => read<FactSheet>(`/fact-desk/previews/fact-sheet?token=${q(token)}`),
};
