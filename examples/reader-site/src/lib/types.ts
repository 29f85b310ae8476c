/** The shapes of the plugin's public API this site reads (docs/content-api.md). */
export type Verdict =
  | 'unverified'
  | 'single_source'
  | 'corroborated'
  | 'verified'
  | 'disputed'
  | 'incorrect';

export interface Official {
  documentId: string;
  name: string;
  kind: string;
  role?: string | null;
  organisation?: string | null;
  country?: string | null;
}

export interface Figure {
  documentId: string;
  asStated: string;
  category: string;
  subject: string;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  verificationStatus: Verdict;
  claimant: Official | null;
  place?: string | null;
  region?: string | null;
  parts: Figure[];
}

export interface Quote {
  documentId: string;
  text: string;
  kind: string;
  roleAsPublished?: string | null;
  verificationStatus: Verdict;
  speaker?: Official | null;
  article?: { documentId: string; slug: string; title: string } | null;
}

export interface Correction {
  documentId: string;
  targetType: string;
  field: string;
  fromValue: string | null;
  toValue: string | null;
  correctedAt: string;
  publicNote: string | null;
}

type Block = { type: string; children?: Block[]; text?: string; level?: number; url?: string };

export interface FactSheet {
  documentId: string;
  title: string;
  slug: string;
  standfirst?: string | null;
  body?: Block[] | null;
  dateline?: string | null;
  eventDate?: string | null;
  outlet?: string | null;
  byline?: string | null;
  locale: string;
  publishedAt?: string | null;
  figures: Figure[];
  quotes: Quote[];
  corrections: Correction[];
  verification: { figures: Record<Verdict, number>; quotes: Record<Verdict, number> };
}

export type { Block };

export interface ArticleSummary {
  documentId: string;
  title: string;
  slug: string;
  standfirst?: string | null;
  eventDate?: string | null;
  dateline?: string | null;
}

export interface SpeakerPage extends Official {
  quotes: Quote[];
  verdicts: Record<Verdict, number>;
}

export interface Range {
  low: number;
  high: number;
}

export interface Tally {
  category: string;
  contested: boolean;
  figureCount: number;
  range: Range;
  claimants: { claimant: Official | null; figureCount: number; range: Range }[];
}
