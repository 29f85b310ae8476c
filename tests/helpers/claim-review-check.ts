import jsonld from 'jsonld';

/**
 * Reads ClaimReview markup as a JSON-LD processor does (the `jsonld` library's expansion, with
 * schema.org's context served locally: the tests run offline) and holds it to Google's fact-check
 * structured-data guidelines: the properties Google requires (`claimReviewed`, `reviewRating`
 * with `alternateName`, `url`, `author`), a rating inside its scale, `datePublished` a date, and
 * `itemReviewed` a Claim. Returns the problems found, by property.
 */

const SCHEMA = 'https://schema.org/';
const SCHEMA_CONTEXT = { '@context': { '@vocab': SCHEMA } };

const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org' && url !== 'http://schema.org/') {
    throw new Error(`No network in the tests: ${url}`);
  }
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
};

type Node = Record<string, { '@value'?: unknown; '@id'?: string }[] | string[] | undefined>;

const first = (node: Node | undefined, property: string) =>
  (node?.[`${SCHEMA}${property}`] as { '@value'?: unknown; '@id'?: string }[] | undefined)?.[0];
const valueOf = (node: Node | undefined, property: string) => first(node, property)?.['@value'];
const nodeOf = (node: Node | undefined, property: string) =>
  first(node, property) as unknown as Node | undefined;
const typesOf = (node: Node | undefined) => ((node?.['@type'] as string[]) ?? []).map(String);

export async function claimReviewProblems(markup: unknown): Promise<string[]> {
  const expanded = (await jsonld.expand(markup as never, {
    documentLoader: documentLoader as never,
  })) as unknown as Node[];
  const problems: string[] = [];
  if (expanded.length === 0) problems.push('no node');
  for (const review of expanded) {
    if (!typesOf(review).includes(`${SCHEMA}ClaimReview`)) problems.push('@type');
    for (const required of ['claimReviewed', 'url']) {
      if (typeof valueOf(review, required) !== 'string' && !first(review, required)?.['@id']) {
        problems.push(required);
      }
    }
    const date = valueOf(review, 'datePublished');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(date))) {
      problems.push('datePublished');
    }
    const author = nodeOf(review, 'author');
    if (!author || typeof valueOf(author, 'name') !== 'string') problems.push('author');
    const rating = nodeOf(review, 'reviewRating');
    const value = Number(valueOf(rating, 'ratingValue'));
    const best = Number(valueOf(rating, 'bestRating'));
    const worst = Number(valueOf(rating, 'worstRating'));
    if (!typesOf(rating).includes(`${SCHEMA}Rating`)) problems.push('reviewRating.@type');
    if (!(worst <= value && value <= best)) problems.push('reviewRating.ratingValue');
    if (typeof valueOf(rating, 'alternateName') !== 'string') {
      problems.push('reviewRating.alternateName');
    }
    const claim = nodeOf(review, 'itemReviewed');
    if (claim && !typesOf(claim).includes(`${SCHEMA}Claim`)) problems.push('itemReviewed.@type');
  }
  return problems;
}
