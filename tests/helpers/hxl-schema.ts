import { parse } from 'csv-parse/sync';

/**
 * Reads an HXL CSV and holds it to the rules of HXL's default schema, as libhxl (HXL's reference
 * library, Python, not installable here) applies them when no schema is given:
 * - error: every `#date` cell is a date;
 * - error: every cell under `#population`, `#affected`, `#inneed`, `#targeted`, `#reached`,
 *   `#value`, `#indicator+num` or `#output+num` is a number;
 * - warning: no cell has leading, trailing or doubled whitespace.
 * Hashtags must be valid HXL (`#tag+attribute...`, letters, digits and underscores). Empty cells
 * pass, as in libhxl.
 */

export interface HxlProblem {
  severity: 'error' | 'warning';
  row: number;
  column: string;
  hashtag: string;
  value: string;
  problem: string;
}

interface Hashtag {
  tag: string;
  attributes: string[];
}

const HASHTAG = /^#([a-z][a-z0-9_]*)((?:\s*\+[a-z][a-z0-9_]*)*)$/i;
const NUMERIC_TAGS = ['population', 'affected', 'inneed', 'targeted', 'reached', 'value'];
const NUMERIC_WITH_NUM = ['indicator', 'output'];
const NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const parseHashtag = (text: string): Hashtag | null => {
  const match = HASHTAG.exec(text.trim());
  if (!match) return null;
  const attributes = match[2]
    .split('+')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  return { tag: match[1].toLowerCase(), attributes };
};

const isNumeric = ({ tag, attributes }: Hashtag) =>
  NUMERIC_TAGS.includes(tag) || (NUMERIC_WITH_NUM.includes(tag) && attributes.includes('num'));

const isDate = (value: string) => {
  if (!ISO_DATE.test(value)) return false;
  const [year, month = '01', day = '01'] = value.slice(0, 10).split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};

export function readHxl(csv: string) {
  const records = parse(csv, { relax_column_count: false }) as string[][];
  const hashtagRow = records.findIndex((record) =>
    record.every((cell) => cell === '' || cell.trim().startsWith('#'))
  );
  if (hashtagRow < 0) throw new Error('No HXL hashtag row.');
  const headers = records[hashtagRow - 1] ?? [];
  const hashtags = records[hashtagRow].map((cell, at) => {
    if (cell === '') return null;
    const hashtag = parseHashtag(cell);
    if (!hashtag) throw new Error(`Not a valid HXL hashtag in column ${at + 1}: ${cell}`);
    return hashtag;
  });
  const rows = records.slice(hashtagRow + 1);
  return { headers, hashtagTexts: records[hashtagRow], hashtags, rows };
}

export function validateHxl(csv: string): HxlProblem[] {
  const { headers, hashtagTexts, hashtags, rows } = readHxl(csv);
  const problems: HxlProblem[] = [];
  rows.forEach((row, rowAt) => {
    row.forEach((value, at) => {
      const hashtag = hashtags[at];
      if (!hashtag || value === '') return;
      const report = (severity: HxlProblem['severity'], problem: string) =>
        problems.push({
          severity,
          row: rowAt + 1,
          column: headers[at] ?? String(at + 1),
          hashtag: hashtagTexts[at],
          value,
          problem,
        });
      if (hashtag.tag === 'date' && !isDate(value)) report('error', 'not a date');
      if (isNumeric(hashtag) && !NUMBER.test(value.trim())) report('error', 'not a number');
      if (value !== value.trim() || /\s{2,}/.test(value)) report('warning', 'sloppy whitespace');
    });
  });
  return problems;
}
