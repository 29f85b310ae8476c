import { z } from 'zod';
import { text } from '../../../shared/fields';

// The words of a whole story fit well within this; a leaf of text longer than it is not copy.
const MAX_LEAF_TEXT = 100_000;
// A long feature is about 60,000 characters in a few hundred blocks: a body several times that
// is no story, and each write of one holds the server for a while.
export const MAX_BODY_CHARACTERS = 200_000;
const MAX_BODY_NODES = 10_000;
const MAX_BODY_DEPTH = 20;

/** Why a blocks tree is too big to be a story (characters, nodes, nesting), or null. */
function sizeProblem(blocks: unknown[]): string | null {
  let characters = 0;
  let nodes = 0;
  const pending: [unknown, number][] = blocks.map((block) => [block, 1]);
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (!node || typeof node !== 'object') continue;
    nodes += 1;
    if (depth > MAX_BODY_DEPTH) return `Blocks nest at most ${MAX_BODY_DEPTH} levels deep.`;
    const { text: words, children } = node as Node;
    if (typeof words === 'string') characters += words.length;
    if (Array.isArray(children)) for (const child of children) pending.push([child, depth + 1]);
    if (nodes > MAX_BODY_NODES)
      return `A body holds at most ${MAX_BODY_NODES} blocks and pieces of text.`;
  }
  return characters > MAX_BODY_CHARACTERS
    ? `A body holds at most ${MAX_BODY_CHARACTERS} characters; this one has ${characters}.`
    : null;
}
const leafText = text(MAX_LEAF_TEXT);
// A block's other strings (a link's url, a code block's language): short, and text all the same.
const MAX_PROPERTY_TEXT = 2_000;
const propertyText = text(MAX_PROPERTY_TEXT);

type Node = Record<string, unknown> & { text?: unknown; children?: unknown };

/** Each string of a blocks tree (words, urls, languages) that breaks the text rules, at its path. */
function leafProblems(nodes: unknown[], path: (string | number)[]) {
  const problems: { path: (string | number)[]; message: string }[] = [];
  nodes.forEach((node, index) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Node)) {
      if (typeof value !== 'string') continue;
      const result = (key === 'text' ? leafText : propertyText).safeParse(value);
      if (!result.success) {
        problems.push({ path: [...path, index, key], message: result.error.issues[0].message });
      }
    }
    const { children } = node as Node;
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
    const tooBig = sizeProblem(blocks);
    if (tooBig) {
      ctx.addIssue({ code: 'custom', message: tooBig, path: [] });
      return;
    }
    for (const problem of leafProblems(blocks, [])) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  })
  .nullable();
