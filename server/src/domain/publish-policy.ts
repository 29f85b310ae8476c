import type { CheckedItem, PublishVerdict } from '../../../shared/contracts/publication';
import type { VerificationStatus } from '../../../shared/vocabulary';

export type PublishGate = 'block' | 'warn' | 'off';

/** Statuses that keep an article from publication under the `block` gate. */
export const UNCHECKED_STATUSES: VerificationStatus[] = ['unverified', 'disputed', 'incorrect'];

const describe = (items: CheckedItem[]) =>
  items.map((item) => `${item.kind} "${item.label}" (${item.verificationStatus})`).join('; ');

/**
 * Whether an article may be published now. `incorrect` always blocks; other unchecked items block
 * under `block` unless the publisher may bypass the gate; `warn` lets them through, listed.
 */
export function decidePublication(
  items: CheckedItem[],
  gate: PublishGate,
  canBypass: boolean
): PublishVerdict {
  if (gate === 'off') return { allowed: true, blockers: [], message: null };
  const incorrect = items.filter((item) => item.verificationStatus === 'incorrect');
  if (incorrect.length > 0) {
    return {
      allowed: false,
      blockers: incorrect,
      message: `This article cannot be published while it states something found incorrect: ${describe(incorrect)}. Correct or remove it first.`,
    };
  }
  const unchecked = items.filter((item) => UNCHECKED_STATUSES.includes(item.verificationStatus));
  if (unchecked.length === 0) return { allowed: true, blockers: [], message: null };
  const listed = `${unchecked.length} item(s) not checked: ${describe(unchecked)}.`;
  if (gate === 'warn' || canBypass) return { allowed: true, blockers: unchecked, message: listed };
  return {
    allowed: false,
    blockers: unchecked,
    message: `This article cannot be published yet: ${listed} Check them, or ask someone allowed to publish with unchecked items.`,
  };
}
