import { z } from 'zod';
import { text } from '../../../shared/fields';

// The words of a whole story fit well within this; a leaf of text longer than it is not copy.
const MAX_LEAF_TEXT = 100_000;
const leafText = text(MAX_LEAF_TEXT);

type Node = Record<string, unknown> & { text?: unknown; children?: unknown };

/** Each text leaf of a blocks tree that breaks the text rules, with its path in the tree. */
function leafProblems(nodes: unknown[], path: (string | number)[]) {
  const problems: { path: (string | number)[]; message: string }[] = [];
  nodes.forEach((node, index) => {
    if (!node || typeof node !== 'object') return;
    const { text: words, children } = node as Node;
    if (typeof words === 'string') {
      const result = leafText.safeParse(words);
      if (!result.success) {
        problems.push({ path: [...path, index, 'text'], message: result.error.issues[0].message });
      }
    }
    if (Array.isArray(children))
      problems.push(...leafProblems(children, [...path, index, 'children']));
  });
  return problems;
}

/**
 * A blocks body (Strapi's rich text) as a write may send it: a list of blocks, or nothing.
 * Strapi stores anything else as no body at all, so it is refused here; the blocks' own shape is
 * Strapi's to check, and their words are held to the text rules, each at its path.
 */
export const blocksBody = z
  .array(z.looseObject({ type: z.string() }), {
    error: "Must be a list of blocks, the rich-text editor's format.",
  })
  .superRefine((blocks, ctx) => {
    for (const problem of leafProblems(blocks, [])) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  })
  .nullable();
