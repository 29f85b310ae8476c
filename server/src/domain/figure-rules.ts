import type { EvidenceLink } from '../../../shared/evidence';
import { error, type Finding } from '../../../shared/finding';
import { checkVerification } from '../../../shared/verification-rules';
import {
  MAX_COUNT,
  type FigureCategory,
  type FigureQualifier,
  type VerificationStatus,
} from '../../../shared/vocabulary';

/** The numeric part of a casualty figure, as the rules see it. */
export interface FigureAmount {
  count?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: FigureQualifier | null;
}

/** A whole figure as the rules see it: its own fields and the ids of what it points at. */
export interface FigureFacts extends FigureAmount {
  id?: string | null;
  asStated?: string | null;
  category?: FigureCategory | null;
  subject?: string | null;
  articleId?: string | null;
  partOfId?: string | null;
  claimantId?: string | null;
  claimantName?: string | null;
  country?: string | null;
  occurredFrom?: string | null;
  occurredTo?: string | null;
  partsNote?: string | null;
  verificationStatus?: VerificationStatus | null;
  evidence?: EvidenceLink[] | null;
  checkerNote?: string | null;
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
    case 'exact':
      if (!isPresent(count)) {
        return [error('figure.count_required', ['count'], 'An exact figure needs a count.')];
      }
      return (isPresent(low) && low !== count) || (isPresent(high) && high !== count)
        ? [
            error(
              'figure.exact_with_bounds',
              ['qualifier'],
              'An exact figure cannot have a different low or high: choose "range" or "approximately".'
            ),
          ]
        : [];
    default:
      return isPresent(count)
        ? []
        : [
            error(
              'figure.count_required',
              ['count'],
              'count is required unless the qualifier is "range" or "vague".'
            ),
          ];
  }
}

/** Rules that hold for one figure's numbers: whole numbers, ordered bounds, a fitting qualifier. */
export function checkFigureAmount(amount: FigureAmount): Finding[] {
  const boundFindings = BOUND_FIELDS.flatMap((field) => {
    const value = amount[field];
    return isPresent(value) ? checkBoundIsACount(field, value) : [];
  });
  if (boundFindings.length > 0) return boundFindings;
  return [...checkOrder(amount), ...checkQualifier(amount)];
}

function checkRequired(figure: FigureFacts): Finding[] {
  const missing: [keyof FigureFacts, string][] = [
    ['asStated', 'Give the words of the copy that state this figure.'],
    ['category', 'Choose what the figure counts (killed, injured, launched, ...).'],
    ['subject', 'Say who or what is counted (civilians, drones, ...).'],
  ];
  return missing
    .filter(([field]) => {
      const value = figure[field];
      return (
        value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
      );
    })
    .map(([field, message]) => error('figure.required', [field], message));
}

function checkDates({ occurredFrom, occurredTo }: FigureFacts): Finding[] {
  return occurredFrom && occurredTo && occurredFrom > occurredTo
    ? [error('figure.dates_reversed', ['occurredTo'], 'occurredTo is before occurredFrom.')]
    : [];
}

/** Every rule that one figure must satisfy on its own. */
export function checkFigure(figure: FigureFacts): Finding[] {
  return [
    ...checkRequired(figure),
    ...checkFigureAmount(figure),
    ...checkDates(figure),
    ...checkVerification(figure),
  ];
}
