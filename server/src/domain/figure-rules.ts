import { error, type Finding } from './finding';
import { MAX_COUNT, type FigureQualifier } from './vocabulary';

/** The numeric part of a casualty figure, as the rules see it. */
export interface FigureAmount {
  count?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: FigureQualifier | null;
}

const BOUND_FIELDS = ['count', 'low', 'high'] as const;

const isPresent = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined;

function checkBoundIsACount(field: (typeof BOUND_FIELDS)[number], value: number): Finding[] {
  if (!Number.isInteger(value)) {
    return [
      error('figure.not_integer', [field], `${field} must be a whole number of people or things.`),
    ];
  }
  if (value < 0) {
    return [error('figure.negative', [field], `${field} cannot be negative.`)];
  }
  if (value > MAX_COUNT) {
    return [error('figure.too_large', [field], `${field} must be at most ${MAX_COUNT}.`)];
  }
  return [];
}

function checkOrder({ count, low, high }: FigureAmount): Finding[] {
  const findings: Finding[] = [];
  if (isPresent(low) && isPresent(high) && low > high) {
    findings.push(error('figure.low_above_high', ['low'], `low (${low}) is above high (${high}).`));
  }
  if (isPresent(count) && isPresent(low) && count < low) {
    findings.push(
      error('figure.count_below_low', ['count'], `count (${count}) is below low (${low}).`)
    );
  }
  if (isPresent(count) && isPresent(high) && count > high) {
    findings.push(
      error('figure.count_above_high', ['count'], `count (${count}) is above high (${high}).`)
    );
  }
  return findings;
}

function checkQualifier({ count, low, high, qualifier }: FigureAmount): Finding[] {
  switch (qualifier) {
    case 'range':
      return isPresent(low) && isPresent(high)
        ? []
        : [error('figure.range_needs_bounds', ['qualifier'], 'A range needs both low and high.')];
    case 'vague':
      return [];
    case undefined:
    case null:
      return isPresent(count)
        ? []
        : [error('figure.count_required', ['count'], 'count is required.')];
    default:
      return isPresent(count)
        ? []
        : [
            error(
              'figure.count_required',
              ['count'],
              `count is required unless the qualifier is "range" or "vague".`
            ),
          ];
  }
}

/** Rules that hold for one figure on its own: whole numbers, ordered bounds, a fitting qualifier. */
export function checkFigureAmount(amount: FigureAmount): Finding[] {
  const boundFindings = BOUND_FIELDS.flatMap((field) => {
    const value = amount[field];
    return isPresent(value) ? checkBoundIsACount(field, value) : [];
  });
  if (boundFindings.length > 0) return boundFindings;
  return [...checkOrder(amount), ...checkQualifier(amount)];
}

/**
 * The parts of a figure never add up to more than the whole: 88 shot down and 128 jammed fit
 * within 273 launched. Only parts and wholes with a count are compared.
 */
export function checkPartsWithinWhole(whole: FigureAmount, parts: FigureAmount[]): Finding[] {
  if (!isPresent(whole.count)) return [];
  const total = parts.reduce((sum, part) => sum + (isPresent(part.count) ? part.count : 0), 0);
  if (total <= whole.count) return [];
  return [
    error(
      'figure.parts_exceed_whole',
      ['partOf'],
      `The parts of this figure add up to ${total}, more than its count of ${whole.count}.`
    ),
  ];
}
