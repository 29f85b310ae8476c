import type { Core } from '@strapi/strapi';
import type { CheckedItem, VerificationStatus } from '../domain';
import { FIGURE, QUOTE } from '../constants';

type Row = { asStated?: string; text?: string; verificationStatus: VerificationStatus };

/** The figures and quotes of an article, as the publish policy sees them. */
export async function checkedItemsOf(
  strapi: Core.Strapi,
  documentId: string
): Promise<CheckedItem[]> {
  const where = { article: { documentId } };
  const [figures, quotes]: Row[][] = await Promise.all([
    strapi.db.query(FIGURE).findMany({ where, select: ['asStated', 'verificationStatus'] }),
    strapi.db.query(QUOTE).findMany({ where, select: ['text', 'verificationStatus'] }),
  ]);
  return [
    ...figures.map((row) => ({
      kind: 'figure' as const,
      label: row.asStated ?? '',
      verificationStatus: row.verificationStatus,
    })),
    ...quotes.map((row) => ({
      kind: 'quote' as const,
      label: (row.text ?? '').slice(0, 60),
      verificationStatus: row.verificationStatus,
    })),
  ];
}
