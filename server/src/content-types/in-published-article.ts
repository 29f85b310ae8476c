/**
 * Figures, quotes and corrections have no draft state of their own: they are public while the
 * article they belong to is published. The server keeps that fact in a private, indexed column
 * of each record (see services/published-flags.ts), so that the content API finds and counts
 * public records by reading one index rather than joining every record to its article.
 */
/** A flag the server keeps: false until set, never served, never shown in the admin. */
const serverFlag = () =>
  ({
    type: 'boolean',
    default: false,
    private: true,
    configurable: false,
    visible: false,
  }) as const;

export const inPublishedArticleAttribute = serverFlag;

/** The (flag, id) index: public records in id order, and their count, from the index alone. */
export const inPublishedArticleIndex = (name: string) => ({
  name,
  columns: ['in_published_article', 'id'],
});

/**
 * A figure or quote added to an article that is already published waits, unseen, for the
 * article's next publication, which passes the publish gate with it (see
 * document-middlewares/published-content-guard.ts). Set by the server only.
 */
export const awaitingPublicationAttribute = serverFlag;
