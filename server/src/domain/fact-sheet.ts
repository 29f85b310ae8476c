import type { EvidenceLink } from '../../../shared/evidence';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../../shared/vocabulary';

export interface PublicOfficial {
  documentId: string;
  name: string;
  kind: string;
  role?: string | null;
  organisation?: string | null;
  country?: string | null;
  nameVariants?: string[] | null;
  side?: string | null;
  wikidataId?: string | null;
  roleStart?: string | null;
  roleEnd?: string | null;
}

export interface PublicArticle {
  documentId: string;
  title: string;
  slug: string;
  standfirst?: string | null;
  body?: unknown;
  dateline?: string | null;
  eventDate?: string | null;
  outlet?: string | null;
  byline?: string | null;
  originalUrl?: string | null;
  regions?: string[] | null;
  reviewState?: string | null;
  checkedAt?: string | null;
  locale?: string | null;
  publishedAt?: string | null;
}

export interface PublicFigure {
  documentId: string;
  asStated: string;
  category: string;
  subject: string;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  statedAt: string | null;
  verificationStatus: VerificationStatus;
  evidence: EvidenceLink[] | null;
  checkedAt: string | null;
  occurredFrom?: string | null;
  occurredTo?: string | null;
  datePrecision?: string | null;
  place?: string | null;
  region?: string | null;
  country?: string | null;
  claimant: PublicOfficial | null;
  partOf?: { documentId: string } | null;
}

export type FigureNode = Omit<PublicFigure, 'partOf'> & { parts: FigureNode[] };

/**
 * Nests figures under the figure they are part of (88 shot down under 273 launched). A figure
 * whose whole is not among them stays at the top.
 */
export function nestParts(figures: PublicFigure[]): FigureNode[] {
  const nodes = new Map<string, FigureNode>();
  for (const { partOf: _partOf, ...figure } of figures) {
    nodes.set(figure.documentId, { ...figure, parts: [] });
  }
  const roots: FigureNode[] = [];
  for (const figure of figures) {
    const node = nodes.get(figure.documentId)!;
    const whole = figure.partOf ? nodes.get(figure.partOf.documentId) : undefined;
    if (whole && whole !== node) whole.parts.push(node);
    else roots.push(node);
  }
  return roots;
}

export type StatusCounts = Record<VerificationStatus, number>;

/** How many records stand at each verification status (every status listed, zeros included). */
export function countByStatus(
  records: { verificationStatus?: VerificationStatus | null }[]
): StatusCounts {
  const counts = Object.fromEntries(
    VERIFICATION_STATUSES.map((status) => [status, 0])
  ) as StatusCounts;
  for (const record of records) counts[record.verificationStatus ?? 'unverified'] += 1;
  return counts;
}
