import { talliedFacts, type TalliedFigure } from './tallies';
import { disputedAmong, type Claim } from './figure-consistency';
import { countsPeople, FIGURE_CATEGORIES, type FigureCategory } from '../../../shared/vocabulary';

/**
 * The columns of the figures exports (CSV, and HXL: the same columns under a row of HXL
 * hashtags). In HXL every number stands under a numeric tag of its category (`#affected+killed`,
 * with `+min` and `+max` for a range's bounds; things counted go under `#indicator+num+launched`
 * and so on) and every text under a text tag, so that HXL's default schema accepts each cell.
 */

/** A figure as exported: its last change, its whole, and whether another claimant disputes it. */
export interface ExportedFigure extends TalliedFigure {
  updatedAt?: string | null;
  contested: boolean;
}

interface Column {
  header: string;
  hxl: string;
  value: (figure: ExportedFigure) => unknown;
}

const sources = (figure: ExportedFigure) =>
  (figure.evidence ?? []).map((link) => link.url).join(' ');

const RECORD_COLUMNS: Column[] = [
  { header: 'id', hxl: '#meta+id', value: (f) => f.documentId },
  { header: 'article', hxl: '#meta+article', value: (f) => f.article?.slug ?? '' },
  { header: 'as_stated', hxl: '#description', value: (f) => f.asStated },
  { header: 'subject', hxl: '#meta+subject', value: (f) => f.subject },
  { header: 'category', hxl: '#meta+category', value: (f) => f.category },
];

const AMOUNT_COLUMNS: Column[] = [
  { header: 'count', hxl: '#meta+count', value: (f) => f.count },
  { header: 'qualifier', hxl: '#meta+qualifier', value: (f) => f.qualifier },
  { header: 'low', hxl: '#meta+low', value: (f) => f.low },
  { header: 'high', hxl: '#meta+high', value: (f) => f.high },
];

const CONTEXT_COLUMNS: Column[] = [
  { header: 'claimant', hxl: '#meta+source', value: (f) => f.claimant?.name ?? '' },
  { header: 'part_of', hxl: '#meta+part_of', value: (f) => f.partOf?.documentId ?? '' },
  { header: 'contested', hxl: '#meta+contested', value: (f) => (f.contested ? 'yes' : 'no') },
  { header: 'date_reported', hxl: '#date+reported', value: (f) => f.statedAt },
  { header: 'date_from', hxl: '#date+start', value: (f) => f.occurredFrom },
  { header: 'date_to', hxl: '#date+end', value: (f) => f.occurredTo },
  { header: 'last_modified', hxl: '#date+updated', value: (f) => f.updatedAt },
  { header: 'place', hxl: '#loc+name', value: (f) => f.place },
  { header: 'region', hxl: '#adm1+name', value: (f) => f.region },
  { header: 'country', hxl: '#country+code', value: (f) => f.country },
  {
    header: 'verification_status',
    hxl: '#status+verification',
    value: (f) => f.verificationStatus,
  },
  { header: 'sources', hxl: '#meta+url', value: sources },
];

/** A category's three numeric columns: the count, and a range's low and high. */
const categoryColumns = (category: FigureCategory): Column[] => {
  const tag = countsPeople(category) ? `#affected+${category}` : `#indicator+num+${category}`;
  const ofCategory = (value: (f: ExportedFigure) => number | null) => (f: ExportedFigure) =>
    f.category === category ? value(f) : null;
  return [
    { header: category, hxl: tag, value: ofCategory((f) => f.count) },
    { header: `${category}_low`, hxl: `${tag}+min`, value: ofCategory((f) => f.low) },
    { header: `${category}_high`, hxl: `${tag}+max`, value: ofCategory((f) => f.high) },
  ];
};

export const CSV_COLUMNS: Column[] = [...RECORD_COLUMNS, ...AMOUNT_COLUMNS, ...CONTEXT_COLUMNS];

export const HXL_COLUMNS: Column[] = [
  ...RECORD_COLUMNS,
  AMOUNT_COLUMNS[1],
  ...CONTEXT_COLUMNS,
  ...FIGURE_CATEGORIES.flatMap(categoryColumns),
];

/**
 * The figures as exported, each flagged when another claimant gives another number for it:
 * `disputed` reads the claims of every exported figure, not only of these (an export is written
 * in batches).
 */
export function toExportedFigures(
  figures: (TalliedFigure & { updatedAt?: string | null })[],
  disputed: (claim: Claim) => boolean = disputedAmong(figures.map(talliedFacts))
): ExportedFigure[] {
  return figures.map((figure) => ({ ...figure, contested: disputed(talliedFacts(figure)) }));
}

// What a spreadsheet may read as the start of a formula: = + - @ (also in their full-width forms,
// which some spreadsheets fold to the ASCII ones), or a tab, carriage return or NUL before them.
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell a spreadsheet would not run: text that could start a formula is prefixed with '. */
export const inertCell = (value: unknown): string | number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

export const toRows = (columns: Column[], figures: ExportedFigure[]) =>
  figures.map((figure) => columns.map((column) => inertCell(column.value(figure))));
