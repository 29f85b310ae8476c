import { validationError } from './validation-error';
import { errorsOf, type Finding } from '../domain';

/** Refuses a write with every error finding, each at its field path (HTTP 400). */
export function refuseOnErrors(findings: Finding[], subject: string): void {
  const refused = errorsOf(findings);
  if (refused.length === 0) return;
  const summary =
    refused.length === 1
      ? refused[0].message
      : `This ${subject} has ${refused.length} problems: ${refused.map((f) => f.message).join(' ')}`;
  throw validationError(refused, summary);
}
