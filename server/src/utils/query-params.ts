import { validationError } from './validation-error';
import { z } from 'zod';

export const localeParam = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a locale code such as en or uk.');

/**
 * Reads a route's query string against its schema; anything else, such as filters or populate on
 * routes that take none, is refused with a 400 naming the parameter.
 */
export function parseQuery<Schema extends z.ZodType>(
  schema: Schema,
  query: unknown
): z.infer<Schema> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? issue.keys : issue.path.map(String);
    const message =
      issue.code === 'unrecognized_keys'
        ? `This route takes no "${issue.keys.join('", "')}" parameter.`
        : issue.message;
    return { path, message };
  });
  throw validationError(details);
}
