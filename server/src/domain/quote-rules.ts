import { z } from 'zod';
import { evidenceSchema } from '../../../shared/evidence';
import { error, warning, type Finding } from '../../../shared/finding';
import {
  isoDate,
  languageTag,
  oneOf,
  optionalText,
  requiredText,
  TEXT_LIMITS,
} from '../../../shared/fields';
import type { OfficialFacts } from './official-rules';
import { checkVerification, type CheckedRecord } from '../../../shared/verification-rules';
import { QUOTE_KINDS, VERIFICATION_STATUSES } from '../../../shared/vocabulary';

export const quoteInputSchema = z.object({
  text: requiredText(TEXT_LIMITS.quote),
  language: languageTag,
  translation: optionalText(TEXT_LIMITS.quote),
  translationLanguage: languageTag.nullable(),
  kind: oneOf(QUOTE_KINDS),
  roleAsPublished: optionalText(TEXT_LIMITS.role),
  saidAt: isoDate,
  channel: optionalText(TEXT_LIMITS.name),
  verificationStatus: oneOf(VERIFICATION_STATUSES),
  evidence: evidenceSchema.nullable(),
  checkerNote: optionalText(TEXT_LIMITS.note),
  correctionNote: optionalText(TEXT_LIMITS.correctionNote),
});

export interface QuoteFacts extends CheckedRecord {
  text?: string | null;
  language?: string | null;
  translation?: string | null;
  translationLanguage?: string | null;
  saidAt?: string | null;
}

/** A quote said outside its speaker's tenure may be misattributed: shown, never refused. */
export function checkTenure(quote: QuoteFacts, speaker: OfficialFacts | null): Finding[] {
  if (!speaker || !quote.saidAt) return [];
  const before = speaker.roleStart && quote.saidAt < speaker.roleStart;
  const after = speaker.roleEnd && quote.saidAt > speaker.roleEnd;
  return before || after
    ? [
        warning(
          'quote.outside_tenure',
          ['saidAt'],
          `${speaker.name ?? 'The speaker'} did not hold the role on ${quote.saidAt}.`
        ),
      ]
    : [];
}

export function checkQuote(quote: QuoteFacts, speaker: OfficialFacts | null): Finding[] {
  const findings: Finding[] = [];
  if (!quote.text || quote.text.trim() === '') {
    findings.push(error('quote.required', ['text'], 'Give the words that were said.'));
  }
  if (!quote.language) {
    findings.push(
      error('quote.required', ['language'], 'Give the language of the words, e.g. uk.')
    );
  }
  if (quote.translation && !quote.translationLanguage) {
    findings.push(
      error(
        'quote.translation_language',
        ['translationLanguage'],
        'Say which language the translation is in.'
      )
    );
  }
  return [...findings, ...checkVerification(quote), ...checkTenure(quote, speaker)];
}
