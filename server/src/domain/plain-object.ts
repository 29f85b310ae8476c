/** A JSON object (not a list, not null): what a query's or a write's nested parts should be. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
