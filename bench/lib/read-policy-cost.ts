import { performance } from 'perf_hooks';
import type { Core } from '@strapi/strapi';
import { publicReadParams } from '../../server/src/document-middlewares/content-api-reads';
import { publicFieldKinds } from '../../server/src/utils/public-types';

const FIGURE = 'plugin::fact-desk.casualty-figure';

// A front end's list read: a relation filter, a sort, a populated claimant and article.
const READER_QUERY = {
  filters: { category: 'killed', claimant: { name: { $containsi: 'a' } } },
  sort: 'count:desc',
  populate: { claimant: true, article: { fields: ['title', 'slug'] } },
  limit: 25,
};

const CONTENT_API_REQUEST = { state: { route: { info: { type: 'content-api' } } } };

/**
 * What the read policy costs a content-API read, measured in one process on the same data: the
 * same findMany run as a reader's request (checked and scoped by the policy), and run with the
 * scoped parameters the policy would produce, outside any request (no policy). Rounds alternate
 * so that both see the same machine.
 */
export async function readPolicyCost(strapi: Core.Strapi, rounds = 20, readsPerRound = 50) {
  const scoped = publicReadParams('figure', publicFieldKinds(strapi), READER_QUERY);
  const asReader = async () => {
    let found: unknown;
    await strapi.requestContext.run(CONTENT_API_REQUEST as never, async () => {
      found = await strapi.documents(FIGURE).findMany(READER_QUERY as never);
    });
    return found;
  };
  const withoutPolicy = () => strapi.documents(FIGURE).findMany(scoped as never);
  const [checked, unchecked] = [await asReader(), await withoutPolicy()];
  if (JSON.stringify(checked) !== JSON.stringify(unchecked)) {
    throw new Error('The two reads differ: the comparison would not be fair.');
  }

  const time = async (read: () => Promise<unknown>) => {
    const started = performance.now();
    for (let index = 0; index < readsPerRound; index += 1) await read();
    return performance.now() - started;
  };
  let policyMs = 0;
  let plainMs = 0;
  for (let round = 0; round < rounds; round += 1) {
    policyMs += await time(asReader);
    plainMs += await time(withoutPolicy);
  }
  const reads = rounds * readsPerRound;
  return {
    readsPerSecondWithPolicy: (reads / policyMs) * 1000,
    readsPerSecondWithoutPolicy: (reads / plainMs) * 1000,
    /** Reads per second with the policy over without: 0.9 would be a 10% cost. */
    readPolicyRatio: plainMs / policyMs,
  };
}
