import { errors } from '@strapi/utils';

export interface FieldProblem {
  path: string[];
  message: string;
  /** A stable code for the problem (a finding's), served as the error's `value`. */
  code?: string;
}

/**
 * A 400 that names each offending field: `error.details.errors[]`, each with its path and a
 * message a person can act on. The summary defaults to the messages, one after the other.
 */
export function validationError(
  problems: FieldProblem[],
  summary: string = problems.map((problem) => problem.message).join(' ')
): errors.ValidationError {
  return new errors.ValidationError(summary, {
    errors: problems.map(({ path, message, code }) => ({
      path,
      message,
      name: 'ValidationError',
      ...(code === undefined ? {} : { value: code }),
    })),
  });
}
