import { distinctPublishers, type EvidenceLink } from './evidence';
import { error, type Finding } from './finding';
import type { VerificationStatus } from './vocabulary';

export interface CheckedRecord {
  verificationStatus?: VerificationStatus | null;
  evidence?: EvidenceLink[] | null;
  checkerNote?: string | null;
}

/** A verdict needs what backs it: sources for verified and corroborated, a note for a rejection. */
export function checkVerification({
  verificationStatus,
  evidence,
  checkerNote,
}: CheckedRecord): Finding[] {
  const links = evidence ?? [];
  switch (verificationStatus) {
    case 'verified':
      return links.length >= 1
        ? []
        : [
            error(
              'verification.needs_evidence',
              ['evidence'],
              'Add at least one source link before marking this verified.'
            ),
          ];
    case 'corroborated':
      return distinctPublishers(links) >= 2
        ? []
        : [
            error(
              'verification.needs_two_publishers',
              ['evidence'],
              'Corroborated needs sources from at least two different publishers.'
            ),
          ];
    case 'disputed':
    case 'incorrect':
      return checkerNote && checkerNote.trim().length > 0
        ? []
        : [
            error(
              'verification.needs_note',
              ['checkerNote'],
              `Explain in the checker note why this is ${verificationStatus}.`
            ),
          ];
    default:
      return [];
  }
}
