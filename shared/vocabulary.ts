/**
 * The fixed vocabularies of Fact Desk. Content-type schemas, validation and the admin all read
 * these lists, so a value is added or renamed in one place.
 */

/** Categories of figures that count people. */
export const PEOPLE_CATEGORIES = [
  'killed',
  'injured',
  'missing',
  'detained',
  'displaced',
  'evacuated',
  'rescued',
  'exchanged',
] as const;

/** Categories of figures that count things: drones, missiles, shells. */
export const THING_CATEGORIES = ['launched', 'intercepted', 'jammed', 'hit'] as const;

export const FIGURE_CATEGORIES = [...PEOPLE_CATEGORIES, ...THING_CATEGORIES, 'other'] as const;
export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

export const countsPeople = (category: FigureCategory): boolean =>
  (PEOPLE_CATEGORIES as readonly FigureCategory[]).includes(category);

export const FIGURE_QUALIFIERS = [
  'exact',
  'at_least',
  'more_than',
  'approximately',
  'up_to',
  'fewer_than',
  'range',
  'vague',
] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export const VERIFICATION_STATUSES = [
  'unverified',
  'single_source',
  'corroborated',
  'verified',
  'disputed',
  'incorrect',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const REVIEW_STATES = ['not_started', 'in_progress', 'checked', 'needs_correction'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const QUOTE_KINDS = ['direct', 'paraphrase', 'partial', 'translated'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const OFFICIAL_KINDS = ['person', 'body'] as const;
export type OfficialKind = (typeof OFFICIAL_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Largest count a figure may hold: counts are stored as 32-bit signed integers. */
export const MAX_COUNT = 2 ** 31 - 1;

/** How many regions an article may name. */
export const MAX_REGIONS = 50;

/** The most records one page of any list holds, public or admin. */
export const MAX_PAGE_SIZE = 100;
