/** A node of Strapi's blocks rich text, as far as its words go. */
interface BlockNode {
  type?: string;
  text?: string;
  children?: BlockNode[];
}

const inlineText = (node: BlockNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(inlineText).join('');

/**
 * The plain text of a blocks body: one paragraph, heading, quote or list item per paragraph of
 * text, images and code left out.
 */
export function plainTextOf(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const paragraphs: string[] = [];
  const visit = (node: BlockNode) => {
    if (node.type === 'list') (node.children ?? []).forEach(visit);
    else if (node.type !== 'image' && node.type !== 'code') paragraphs.push(inlineText(node));
  };
  (blocks as BlockNode[]).forEach(visit);
  return paragraphs.filter((paragraph) => paragraph.trim().length > 0).join('\n\n');
}
