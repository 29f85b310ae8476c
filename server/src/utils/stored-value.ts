const comparable = (value: unknown) =>
  value === undefined || value === null
    ? ''
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/**
 * True when a value a write sends is the one already stored (a Content Manager form sends every
 * field back, `5` as `"5"`, an empty field as null): only real changes count as changes.
 */
export const sameAsStored = (given: unknown, stored: unknown): boolean =>
  comparable(given) === comparable(stored);
