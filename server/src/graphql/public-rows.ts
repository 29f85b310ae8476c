import type { PublicType } from '../domain';

/** Types whose rows are public only while their article is published (a private flag says so). */
const FLAGGED: readonly PublicType[] = ['figure', 'quote', 'correction'];

type Row = { inPublishedArticle?: unknown };

const isPublic = (row: unknown) =>
  row !== null && typeof row === 'object' && Boolean((row as Row).inPublishedArticle);

/**
 * A relation's answer as the public may see it. GraphQL loads relations below the document service
 * (`db.query().load`), so the read policy's row condition is applied here: a published figure may
 * point at one that waits for its article's next publication (`partOf`), which stays unseen. Handles
 * the rows themselves and Strapi's `{ value }` / `{ nodes }` wrappers.
 */
export function publicRowsOnly(target: PublicType, answer: unknown): unknown {
  if (!FLAGGED.includes(target) || answer === null || answer === undefined) return answer;
  if (Array.isArray(answer)) return answer.filter(isPublic);
  const wrapped = answer as { value?: unknown; nodes?: unknown };
  if (Array.isArray(wrapped.nodes)) return { ...wrapped, nodes: wrapped.nodes.filter(isPublic) };
  if ('value' in wrapped) {
    return wrapped.value === null || isPublic(wrapped.value) ? answer : { ...wrapped, value: null };
  }
  return isPublic(answer) ? answer : null;
}
