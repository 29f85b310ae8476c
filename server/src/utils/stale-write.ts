import createError from 'http-errors';

/**
 * A write made from a stale copy: HTTP 409. Built with the same http-errors that @strapi/utils
 * uses (pinned to its version), so Strapi's error middleware keeps the status.
 */
export const staleWriteError = (expected: number, current: number) =>
  createError(
    409,
    `This record changed since you opened it (you had revision ${expected}, it is now at ${current}). Reload it, check the new values, and make your change again.`,
    {
      details: {
        errors: [{ path: ['revision'], message: 'Stale revision.', name: 'ConflictError' }],
      },
    }
  );
