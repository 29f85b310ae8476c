import type { Core } from '@strapi/strapi';
import { Readable } from 'stream';
import { stringify } from 'csv-stringify';
import {
  countByStatus,
  CSV_COLUMNS,
  HXL_COLUMNS,
  disputedAmong,
  summarizeTallies,
  toExportedFigures,
  toClaimReview,
  toClaimReviews,
  type ClaimReviewInput,
  toRows,
} from '../domain';
import { pluginConfig } from '../utils/plugin-config';
import type { FactSheet } from './fact-sheet';
import type { EvidenceLink } from '../../../shared/evidence';
import { getService } from '../utils/get-service';
import {
  createPublicRecords,
  type FigureFilters,
  type TallyFigureFilters,
} from '../queries/public-records';
import { createTallySums } from '../queries/tally-sums';

/** Figures read from the database at a time while an export is written. */
const EXPORT_BATCH = 500;

/** Read models for front ends beyond the fact sheet: JSON-LD, tallies, speaker pages, exports. */
export const createFrontEnd = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createPublicRecords(strapi);
  const sums = createTallySums(strapi);
  const keep = <Kept>(key: string, build: () => Promise<Kept>) =>
    getService(strapi, 'kept-counts').keep(key, build);

  const articleUrl = (sheet: Pick<FactSheet, 'slug' | 'locale'>) =>
    pluginConfig(strapi, 'articleUrl')
      .replace('{slug}', encodeURIComponent(sheet.slug))
      .replace('{locale}', encodeURIComponent(sheet.locale ?? ''));

  const claimReviewInput = (sheet: FactSheet): ClaimReviewInput => {
    const article = articleUrl(sheet);
    return {
      article: {
        title: String(sheet.title),
        url: article,
        publishedAt: sheet.publishedAt as string,
      },
      publisher: pluginConfig(strapi, 'publisher'),
      claimUrl: (kind, documentId) =>
        pluginConfig(strapi, 'claimUrl')
          .replace('{articleUrl}', article)
          .replace('{slug}', encodeURIComponent(sheet.slug))
          .replace('{locale}', encodeURIComponent(sheet.locale ?? ''))
          .replace('{kind}', kind)
          .replace('{documentId}', encodeURIComponent(documentId)),
      ratings: pluginConfig(strapi, 'claimReviewRatings'),
      figures: sheet.figures,
      quotes: sheet.quotes.map((quote) => ({
        documentId: quote.documentId,
        text: String(quote.text),
        saidAt: quote.saidAt as string | null,
        verificationStatus: quote.verificationStatus,
        checkedAt: quote.checkedAt as string | null,
        evidence: (quote.evidence as EvidenceLink[] | null) ?? null,
        speaker: quote.speaker ?? null,
      })),
    };
  };

  return {
    claimReviews(sheet: FactSheet) {
      return toClaimReviews(claimReviewInput(sheet));
    },

    /** The ClaimReview of one of the sheet's figures or quotes, or null. */
    claimReview(sheet: FactSheet, documentId: string) {
      return toClaimReview(claimReviewInput(sheet), documentId);
    },

    /**
     * Summaries per category and claimant, summed by the database and kept until the data
     * changes, so that their cost does not grow with every request at scale.
     */
    tallies(filters: FigureFilters) {
      return keep(`tallies ${JSON.stringify(filters)}`, async () => {
        const [groups, claims] = await Promise.all([sums.groups(filters), sums.claims(filters)]);
        const claimantIds = [...new Set(groups.map((group) => group.claimantId))];
        const officials = await records.officials(
          claimantIds.filter((id): id is string => id !== null)
        );
        const disputed = disputedAmong(claims);
        return summarizeTallies(
          groups,
          new Map(officials.map((official) => [official.documentId, official])),
          new Set(claims.filter(disputed).map((claim) => String(claim.category)))
        );
      });
    },

    /** A page of the figures behind a tally; the total is kept until the data changes. */
    async tallyFigures(filters: TallyFigureFilters, page: { page: number; pageSize: number }) {
      const [figures, total] = await Promise.all([
        records.tallyFigures(filters, {
          start: (page.page - 1) * page.pageSize,
          limit: page.pageSize,
        }),
        keep(`tally figures ${JSON.stringify(filters)}`, () => records.countTallyFigures(filters)),
      ]);
      return {
        figures,
        pagination: { ...page, total, pageCount: Math.ceil(total / page.pageSize) },
      };
    },

    async speakerPage(documentId: string) {
      const official = await records.official(documentId);
      if (!official) return null;
      const quotes = await records.quotesOf(documentId);
      return { ...official, quotes, verdicts: countByStatus(quotes) };
    },

    /**
     * The figures export as a stream of CSV text, read from the database in batches so that
     * memory does not grow with the number of figures. Whether a figure is contested is read
     * from the distinct claims of every exported figure, loaded first.
     */
    async figuresCsv(
      filters: FigureFilters,
      format: 'csv' | 'hxl',
      { batchSize = EXPORT_BATCH }: { batchSize?: number } = {}
    ): Promise<Readable> {
      const columns = format === 'hxl' ? HXL_COLUMNS : CSV_COLUMNS;
      const disputed = disputedAmong(await sums.claims(filters));
      const first = await records.exportedFigures(filters, { afterId: 0, limit: batchSize });
      async function* exportRecords() {
        yield columns.map((column) => column.header);
        if (format === 'hxl') yield columns.map((column) => column.hxl);
        let batch = first;
        while (batch.length > 0) {
          yield* toRows(columns, toExportedFigures(batch, disputed));
          if (batch.length < batchSize) return;
          batch = await records.exportedFigures(filters, {
            afterId: batch[batch.length - 1].id,
            limit: batchSize,
          });
        }
      }
      // RFC 4180: records end with CRLF, and a field holding a line break of any kind is quoted.
      return Readable.from(exportRecords()).pipe(
        stringify({ record_delimiter: 'windows', quoted_match: /[\r\n]/ })
      );
    },
  };
};
