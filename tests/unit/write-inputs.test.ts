import { parse } from 'graphql';
import {
  articleInputSchema,
  correctionValues,
  diffTracked,
  parsePartialInput,
} from '../../server/src/domain';
import { findArticleReferenceProblem } from '../../server/src/domain/to-one-relations';
import { findFragmentCycle } from '../../server/src/graphql/document-size';

describe("a record's article", () => {
  it('is named by documentId, in any shape', () => {
    for (const value of [
      undefined,
      null,
      'doc',
      { documentId: 'doc', locale: 'en' },
      { connect: [{ documentId: 'doc', locale: 'en', id: 4, position: { end: true } }] },
      { set: [{ documentId: 'doc' }] },
      { disconnect: [{ documentId: 'doc', locale: 'en' }] },
    ]) {
      expect(findArticleReferenceProblem(value)).toBeNull();
    }
  });

  it('is never a row id or a status, which name one version of the article', () => {
    for (const value of [
      4,
      { id: 4 },
      { set: [{ id: '4' }] },
      { connect: [{ documentId: 'doc', locale: 'en', status: 'draft' }] },
      { disconnect: [{ id: 5 }] },
    ]) {
      expect(findArticleReferenceProblem(value)?.path).toEqual(['article']);
    }
  });
});

describe("an article's input", () => {
  const problems = (data: Record<string, unknown>) =>
    parsePartialInput(articleInputSchema, data).findings.map((finding) => finding.path.join('.'));

  it('holds the body to blocks, and every word in it to the text rules', () => {
    const paragraph = (text: string) => ({
      type: 'paragraph',
      children: [{ type: 'text', text }],
    });
    expect(problems({ body: [paragraph('Fine.'), paragraph('Also fine.')] })).toEqual([]);
    expect(problems({ body: null })).toEqual([]);
    expect(problems({ body: 'not blocks' })).toEqual(['body']);
    expect(problems({ body: [paragraph('ok'), paragraph('bell\u0007')] })).toEqual([
      'body.1.children.0.text',
    ]);
    expect(
      problems({
        body: [
          {
            type: 'list',
            children: [{ type: 'list-item', children: [{ type: 'text', text: '\u202e' }] }],
          },
        ],
      })
    ).toEqual(['body.0.children.0.children.0.text']);
    // A link's address and a code block's language are held to the same rules.
    const link = {
      type: 'paragraph',
      children: [
        {
          type: 'link',
          url: 'https://example.org/a\u0085\u009b',
          children: [{ type: 'text', text: 'a link' }],
        },
      ],
    };
    const code = { type: 'code', language: 'a\uFFFE', children: [{ type: 'text', text: 'x' }] };
    expect(problems({ body: [link, code] })).toEqual(['body.0.children.0.url', 'body.1.language']);
    const fine = { ...link, children: [{ ...link.children[0], url: 'https://example.org/a' }] };
    expect(problems({ body: [fine, { ...code, language: 'typescript' }] })).toEqual([]);
  });

  it('refuses a body too big to be a story: characters, pieces or nesting', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
    const story = Array.from({ length: 400 }, () => paragraph('x'.repeat(400)));
    expect(problems({ body: story })).toEqual([]);
    expect(problems({ body: [...story, ...story] })).toEqual(['body']);
    expect(problems({ body: Array.from({ length: 6000 }, () => paragraph('a')) })).toEqual([
      'body',
    ]);
    let nested: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 25; depth += 1) nested = { type: 'list', children: [nested] };
    expect(problems({ body: [nested] })).toEqual(['body']);
  });

  it('refuses the same region twice, whatever its case, and invisible optional text', () => {
    expect(problems({ regions: ['Kyiv Oblast', 'kyiv oblast'] })).toEqual(['regions']);
    expect(problems({ regions: ['Kyiv Oblast', 'Donetsk Oblast'] })).toEqual([]);
    expect(problems({ byline: '\u200d' })).toEqual(['byline']);
    expect(problems({ byline: '' })).toEqual([]);
    expect(problems({ slug: 'has spaces' })).toEqual(['slug']);
  });
});

describe('corrections', () => {
  it('name a changed claimant by the official, not by an id', () => {
    const before = { claimant: 'doc-air-force', count: 88 };
    const [change] = diffTracked('casualty-figure', before, { ...before, claimant: 'doc-mod' });
    const names = new Map([
      ['doc-air-force', "Ukraine's Air Force"],
      ['doc-mod', "Russia's Defence Ministry"],
    ]);
    expect(correctionValues('casualty-figure', change, before, names)).toEqual({
      from: "Ukraine's Air Force",
      to: "Russia's Defence Ministry",
    });
  });
});

describe('GraphQL fragments', () => {
  it('that spread themselves, directly or through others, are found; others are not', () => {
    const cycle = parse('fragment F on A { a ...G } fragment G on A { b ...F } { list { ...F } }');
    expect(findFragmentCycle(cycle)).toBe('F');
    const chain = parse('fragment F on A { a ...G } fragment G on A { b } { list { ...F ...G } }');
    expect(findFragmentCycle(chain)).toBeNull();
  });
});
