import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';

const serverReads = new AsyncLocalStorage<true>();

/**
 * True while the current HTTP request came in through the content API (a REST route of type
 * `content-api`, or `/graphql`, which marks itself the same way), whoever serves it.
 */
export function isContentApiRequest(strapi: Core.Strapi): boolean {
  const state = strapi.requestContext.get()?.state as
    | { route?: { info?: { type?: string } } }
    | undefined;
  return state?.route?.info?.type === 'content-api';
}

/**
 * Runs reads the plugin wrote itself (the queries behind fact sheets, tallies, exports) outside
 * the reader's policy: they choose their own fields and filters and add the public scope
 * themselves. Nothing a client sends may run inside.
 */
export const asServerRead = <Result>(read: () => Promise<Result>): Promise<Result> =>
  serverReads.run(true, read);

export const isServerRead = (): boolean => serverReads.getStore() === true;

type Reads = Record<string, (...args: never[]) => Promise<unknown>>;

/** The same functions, each running as a server read. */
export const asServerReads = <Given extends Reads>(reads: Given): Given =>
  Object.fromEntries(
    Object.entries(reads).map(([name, read]) => [
      name,
      (...args: never[]) => asServerRead(() => read(...args)),
    ])
  ) as Given;
