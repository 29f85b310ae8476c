import coBody from 'co-body';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { expandedSelections, findFragmentCycle, type ParsedDocument } from './document-size';
import { MAX_SELECTIONS } from './read-limits';

type Parse = (source: string, options?: { maxTokens?: number }) => ParsedDocument;

/** Tokens in one GraphQL document: far above any front end's query, far below a stall. */
const MAX_TOKENS = 5000;
/** Characters of variables sent with one document, as JSON (REST's query strings stop at 16 KB). */
const MAX_VARIABLES_LENGTH = 16_384;

const refusal = (message: string) => ({
  errors: [
    {
      message,
      extensions: {
        code: 'BAD_USER_INPUT',
        error: {
          name: 'ValidationError',
          message,
          details: { errors: [{ path: ['query'], message, name: 'ValidationError' }] },
        },
      },
    },
  ],
});

type Sent = { query?: unknown; variables?: unknown } | null;

/**
 * The requests a GraphQL call carries. Strapi leaves the GraphQL endpoint's body unparsed for the
 * GraphQL server's own parser, which skips a body already read: it is read here, with that
 * parser's limit, and left on the request.
 */
async function requestsOf(ctx: Context): Promise<Sent[]> {
  const request = ctx.request as { body?: unknown };
  if (ctx.method === 'POST' && request.body === undefined && ctx.is('application/json')) {
    request.body = await coBody.json(ctx, { limit: '1mb' });
  }
  // A GET request carries its document in the query string (Strapi gives it an empty body).
  const body = ctx.method === 'GET' ? ctx.query : request.body;
  return (Array.isArray(body) ? body : [body ?? null]) as Sent[];
}

/** Levels of objects and lists in variables: past the filters' own limits, short of a stack overflow. */
const MAX_VARIABLES_DEPTH = 100;

/** Whether a value nests objects or lists deeper than `max`, walked without recursion. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Variables as GraphQL will read them: a GET request sends them as a JSON string. */
function parsedVariables(variables: unknown): unknown {
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables);
  } catch {
    return null; // GraphQL's own error
  }
}

const variablesLength = (variables: unknown) =>
  typeof variables === 'string' ? variables.length : JSON.stringify(variables ?? null).length;

/** Why a document is refused before GraphQL reads it, or null. */
function findDocumentProblem(parse: Parse, sent: Sent): string | null {
  if (nestsDeeperThan(parsedVariables(sent?.variables), MAX_VARIABLES_DEPTH)) {
    return `Variables nest at most ${MAX_VARIABLES_DEPTH} levels of objects and lists.`;
  }
  if (variablesLength(sent?.variables) > MAX_VARIABLES_LENGTH) {
    return `Variables hold at most ${MAX_VARIABLES_LENGTH} characters.`;
  }
  if (typeof sent?.query !== 'string') return null;
  let document: ParsedDocument;
  try {
    document = parse(sent.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    // A syntax error is GraphQL's to report; too many tokens is ours.
    const tooLong = error instanceof Error && /tokens/i.test(error.message);
    return tooLong ? `A GraphQL document holds at most ${MAX_TOKENS} tokens.` : null;
  }
  const cycle = findFragmentCycle(document);
  if (cycle) return `Fragment "${cycle}" spreads itself, directly or through other fragments.`;
  return expandedSelections(document) > MAX_SELECTIONS
    ? `A query selects at most ${MAX_SELECTIONS} fields, fragments expanded; this one selects more.`
    : null;
}

/**
 * Measures every GraphQL document before the GraphQL server sees it. Validation rules such as
 * the depth limit expand fragments without remembering them, so a 1 KB document of fragments that
 * each spread the one before twice keeps the server busy for seconds; here it is parsed once (at
 * most 5,000 tokens) and its fields counted with fragments expanded, and refused past 300.
 */
export function graphqlDocumentGuard(strapi: Core.Strapi) {
  const endpoint = (strapi.plugin('graphql').config('endpoint') as string) ?? '/graphql';
  // Loaded only when the host app has GraphQL, which brings graphql-js with it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('graphql') as { parse: Parse };

  return async (ctx: Context, next: Next) => {
    if (ctx.path !== endpoint || !['GET', 'POST'].includes(ctx.method)) return next();
    let requests: Sent[];
    try {
      requests = await requestsOf(ctx);
    } catch {
      ctx.status = 400;
      ctx.body = refusal('Send GraphQL requests as JSON of at most 1 MB.');
      return;
    }
    for (const sent of requests) {
      const problem = findDocumentProblem(parse, sent);
      if (problem) {
        ctx.status = 400;
        ctx.body = refusal(problem);
        return;
      }
    }
    return next();
  };
}
