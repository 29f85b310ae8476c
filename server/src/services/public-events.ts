import type { Core } from '@strapi/strapi';
import { PUBLIC_EVENTS, type PublicEvent, type TrackedType } from '../domain';
import { ARTICLE } from '../constants';

type WebhookStore = { addAllowedEvent: (key: string, value: string) => void };

/** The record a public event is about, and what readers saw it with. */
export interface PublicChange {
  type: TrackedType;
  documentId: string;
  articleId: string;
  /** The officials it named (claimants, speakers), before and after: their pages change too. */
  officialIds: string[];
}

export interface Edition {
  locale: string;
  slug: string;
}

/**
 * The plugin's webhook events: registered in Strapi's webhook store (so a webhook may subscribe to
 * them) and sent through its event hub once a change is committed. Each names the article, the
 * record, and the plugin's content-API routes whose answers changed, for front ends to revalidate.
 */
export const createPublicEvents = ({ strapi }: { strapi: Core.Strapi }) => {
  const api = () => `${strapi.config.get('api.rest.prefix', '/api')}/fact-desk`;

  const publishedEditions = async (articleId: string): Promise<Edition[]> =>
    strapi.db.query(ARTICLE).findMany({
      where: { documentId: articleId, publishedAt: { $notNull: true } },
      select: ['locale', 'slug'],
      orderBy: { locale: 'asc' },
    });

  const routesToRevalidate = (editions: Edition[], officialIds: string[]) => [
    ...editions.flatMap(({ slug, locale }) => {
      const sheet = `${api()}/fact-sheets/${encodeURIComponent(slug)}`;
      const query = `?locale=${encodeURIComponent(locale)}`;
      return [`${sheet}${query}`, `${sheet}/claim-review${query}`];
    }),
    ...[...new Set(officialIds)].map((id) => `${api()}/officials/${encodeURIComponent(id)}`),
    `${api()}/tallies`,
    `${api()}/tallies/figures`,
    `${api()}/exports/figures.csv`,
    `${api()}/exports/figures.hxl.csv`,
  ];

  return {
    register() {
      const store = strapi.get('webhookStore') as WebhookStore;
      for (const [key, event] of Object.entries(PUBLIC_EVENTS)) store.addAllowedEvent(key, event);
    },

    async payloadOf(change: PublicChange) {
      const editions = await publishedEditions(change.articleId);
      return {
        article: { documentId: change.articleId, editions },
        record: { type: change.type, documentId: change.documentId },
        revalidate: routesToRevalidate(editions, change.officialIds),
      };
    },

    /**
     * Tells front ends that something readers are served changed (`fact-desk.public.update`),
     * once committed: the record, and no routes, since any list or page may show it.
     */
    async announcePublicChange(type: string, documentId: string) {
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => {
          strapi.eventHub.emit(PUBLIC_EVENTS.FACT_DESK_PUBLIC_UPDATE, {
            record: { type, documentId },
          });
        });
      });
    },

    /** Sends the events once the write's transaction is committed; never for a rolled-back one. */
    async announceOnCommit(events: PublicEvent[], change: PublicChange) {
      if (events.length === 0) return;
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => {
          this.payloadOf(change)
            .then((payload) => events.forEach((event) => strapi.eventHub.emit(event, payload)))
            .catch((error: unknown) =>
              strapi.log.error(`fact-desk: webhook event not sent: ${error}`)
            );
        });
      });
    },
  };
};
