import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

/** How big a dataset to seed: articles, and figures and quotes per article. */
export interface DatasetShape {
  articles: number;
  figuresEach: number;
  quotesEach: number;
  slugPrefix: string;
}

type Row = Record<string, unknown> & { id: number };

const TABLES = {
  articles: 'fact_desk_articles',
  figures: 'fact_desk_casualty_figures',
  quotes: 'fact_desk_quotes',
  officials: 'fact_desk_officials',
  figureArticle: 'fact_desk_casualty_figures_article_lnk',
  figureClaimant: 'fact_desk_casualty_figures_claimant_lnk',
  quoteArticle: 'fact_desk_quotes_article_lnk',
  quoteSpeaker: 'fact_desk_quotes_speaker_lnk',
};

const documentId = () => crypto.randomBytes(12).toString('hex').slice(0, 24);
const withoutId = ({ id: _id, ...row }: Row) => row;

/**
 * Seeds published articles with their figures and quotes by copying the reference story's rows
 * in bulk (SQL, not the document service: the point is the data, not the write path). Officials
 * are shared: the claimants and speakers are the reference story's.
 */
export async function seedDataset(strapi: Core.Strapi, shape: DatasetShape) {
  const knex = strapi.db.connection;
  const [draft, published] = await Promise.all([
    knex(TABLES.articles).where({ locale: 'en' }).whereNull('published_at').first() as Promise<Row>,
    knex(TABLES.articles)
      .where({ locale: 'en' })
      .whereNotNull('published_at')
      .first() as Promise<Row>,
  ]);
  const figureTemplates = (await knex(TABLES.figures).orderBy('id')) as Row[];
  const quoteTemplates = (await knex(TABLES.quotes).orderBy('id')) as Row[];
  const officials = ((await knex(TABLES.officials).select('id')) as Row[]).map((row) => row.id);
  const slugs: string[] = [];

  const insertRows = async (table: string, rows: Record<string, unknown>[]) => {
    if (rows.length === 0) return [] as Row[];
    await knex.batchInsert(table, rows, 200);
    const ids = rows.map((row) => row.document_id as string);
    const inserted: Row[] = [];
    for (let at = 0; at < ids.length; at += 500) {
      inserted.push(
        ...((await knex(table).whereIn('document_id', ids.slice(at, at + 500))) as Row[])
      );
    }
    return inserted;
  };

  for (let index = 0; index < shape.articles; index += 1) {
    const slug = `${shape.slugPrefix}-${index}`;
    const articleDocument = documentId();
    const [draftRow, publishedRow] = await insertRows(
      TABLES.articles,
      [draft, published].map((row) => ({
        ...withoutId(row),
        document_id: articleDocument,
        slug,
        title: `${String(row.title)} (${slug})`,
      }))
    ).then((rows) => [
      rows.find((row) => !row.published_at)!,
      rows.find((row) => row.published_at)!,
    ]);

    const figures = await insertRows(
      TABLES.figures,
      Array.from({ length: shape.figuresEach }, (_, at) => ({
        ...withoutId(figureTemplates[at % figureTemplates.length]),
        document_id: documentId(),
      }))
    );
    const quotes = await insertRows(
      TABLES.quotes,
      Array.from({ length: shape.quotesEach }, (_, at) => ({
        ...withoutId(quoteTemplates[at % quoteTemplates.length]),
        document_id: documentId(),
      }))
    );
    const articleIds = [draftRow.id, publishedRow.id];
    await knex.batchInsert(
      TABLES.figureArticle,
      figures.flatMap((figure, at) =>
        articleIds.map((articleId) => ({
          casualty_figure_id: figure.id,
          article_id: articleId,
          casualty_figure_ord: at + 1,
        }))
      ),
      200
    );
    await knex.batchInsert(
      TABLES.figureClaimant,
      figures.map((figure, at) => ({
        casualty_figure_id: figure.id,
        official_id: officials[at % officials.length],
      })),
      200
    );
    await knex.batchInsert(
      TABLES.quoteArticle,
      quotes.flatMap((quote, at) =>
        articleIds.map((articleId) => ({
          quote_id: quote.id,
          article_id: articleId,
          quote_ord: at + 1,
        }))
      ),
      200
    );
    await knex.batchInsert(
      TABLES.quoteSpeaker,
      quotes.map((quote, at) => ({
        quote_id: quote.id,
        official_id: officials[at % officials.length],
      })),
      200
    );
    slugs.push(slug);
  }
  // Rows written outside Strapi: the plugin's flags are brought up to date as at start-up.
  await strapi.plugin('fact-desk').service('published-flags').syncAll();
  await refreshStatistics(strapi);
  return slugs;
}

/**
 * A bulk load leaves the query planner's statistics behind (PostgreSQL's autovacuum catches up
 * minutes later): without them it may pick a plan for an empty table. Every table is analysed, as
 * a database that grew through use would have been.
 */
async function refreshStatistics(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  if (client === 'postgres' || client === 'sqlite') {
    await knex.raw('ANALYZE');
  } else {
    for (const table of Object.values(TABLES)) await knex.raw('ANALYZE TABLE ??', [table]);
  }
}
