import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import {
  countByStatus,
  CSV_COLUMNS,
  HXL_COLUMNS,
  toExportedFigures,
  tallyFigures,
  toClaimReview,
  toClaimReviews,
  type ClaimReviewInput,
  toRows,
} from '../domain';
import { pluginConfig } from '../utils/plugin-config';
import type { FactSheet } from './fact-sheet';
import type { EvidenceLink } from '../../../shared/evidence';
import { createPublicRecords, type FigureFilters } from '../queries/public-records';

/** Read models for front ends beyond the fact sheet: JSON-LD, tallies, speaker pages, exports. */
export const createFrontEnd = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createPublicRecords(strapi);

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

    async tallies(filters: FigureFilters) {
      return tallyFigures(await records.matchingFigures(filters));
    },

    async speakerPage(documentId: string) {
      const official = await records.official(documentId);
      if (!official) return null;
      const quotes = await records.quotesOf(documentId);
      return { ...official, quotes, verdicts: countByStatus(quotes) };
    },

    async figuresCsv(filters: FigureFilters, format: 'csv' | 'hxl') {
      const columns = format === 'hxl' ? HXL_COLUMNS : CSV_COLUMNS;
      const rows = toRows(columns, toExportedFigures(await records.exportedFigures(filters)));
      const header = [columns.map((column) => column.header)];
      const hashtags = format === 'hxl' ? [columns.map((column) => column.hxl)] : [];
      // RFC 4180: records end with CRLF, and a field holding a line break of any kind is quoted.
      return stringify([...header, ...hashtags, ...rows], {
        record_delimiter: 'windows',
        quoted_match: /[\r\n]/,
      });
    },
  };
};
