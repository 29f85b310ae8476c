import type { z } from 'zod';
import { error, type Finding } from '../../../shared/finding';

/**
 * Reads the fields of `data` that `schema` knows, as a partial write: each bad value becomes an
 * error finding at its path; the good ones come back typed.
 */
export function parsePartialInput<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  data: Record<string, unknown>
): { values: Partial<z.infer<z.ZodObject<Shape>>>; findings: Finding[] } {
  const known = Object.fromEntries(Object.entries(data).filter(([key]) => key in schema.shape));
  const result = schema.partial().safeParse(known);
  if (result.success) {
    return { values: result.data as Partial<z.infer<z.ZodObject<Shape>>>, findings: [] };
  }
  const findings = result.error.issues.map((issue) =>
    error(
      'input.invalid',
      issue.path.map(String),
      `${issue.path.map(String).join('.')}: ${issue.message}`
    )
  );
  return { values: {}, findings };
}
