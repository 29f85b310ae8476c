import type { TalliedFigure } from './tallies';
import { countsPeople, FIGURE_CATEGORIES, type FigureCategory } from '../../../shared/vocabulary';

/**
 * The columns of the figures export. The HXL variant puts each figure's number in the column of
 * its category (#affected+killed, #affected+injured, ...) under a row of HXL hashtags.
 */

interface Column {
  header: string;
  hxl: string;
  value: (figure: TalliedFigure) => unknown;
}

const sources = (figure: TalliedFigure) =>
  (figure.evidence ?? []).map((link) => link.url).join(' ');

const COMMON_COLUMNS: Column[] = [
  { header: 'id', hxl: '#meta+id', value: (f) => f.documentId },
  { header: 'article', hxl: '#meta+article', value: (f) => f.article?.slug ?? '' },
  { header: 'as_stated', hxl: '#description', value: (f) => f.asStated },
  { header: 'subject', hxl: '#affected+type', value: (f) => f.subject },
  { header: 'qualifier', hxl: '#meta+qualifier', value: (f) => f.qualifier },
  { header: 'low', hxl: '#affected+num+min', value: (f) => f.low },
  { header: 'high', hxl: '#affected+num+max', value: (f) => f.high },
  { header: 'claimant', hxl: '#meta+source', value: (f) => f.claimant?.name ?? '' },
  { header: 'date_reported', hxl: '#date+reported', value: (f) => f.statedAt },
  { header: 'date_from', hxl: '#date+start', value: (f) => f.occurredFrom },
  { header: 'date_to', hxl: '#date+end', value: (f) => f.occurredTo },
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

const categoryColumn = (category: FigureCategory): Column => ({
  header: category,
  hxl: countsPeople(category) ? `#affected+${category}` : `#indicator+num+${category}`,
  value: (figure) => (figure.category === category ? figure.count : null),
});

export const CSV_COLUMNS: Column[] = [
  ...COMMON_COLUMNS.slice(0, 4),
  { header: 'category', hxl: '#indicator+category', value: (f) => f.category },
  { header: 'count', hxl: '#affected+num', value: (f) => f.count },
  ...COMMON_COLUMNS.slice(4),
];

export const HXL_COLUMNS: Column[] = [...COMMON_COLUMNS, ...FIGURE_CATEGORIES.map(categoryColumn)];

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

export const toRows = (columns: Column[], figures: TalliedFigure[]) =>
  figures.map((figure) => columns.map((column) => inertCell(column.value(figure))));
