import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { api } from '../helpers/http';
import { expectRefused, publicSheet } from '../helpers/refused-write';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Another plugin (or the app itself) may write the plugin's records from its own content-API
 * routes, on behalf of whoever calls them. Those writes keep the plugin's rules, and their
 * callers have none of an admin's permissions: they cannot give verdicts, publish past the gate
 * or rewrite published content. Only writes with no request behind them (scripts, seeds) are the
 * system's own.
 */
const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';

type Uid = typeof ARTICLE | typeof FIGURE | typeof QUOTE;
interface Call {
  uid: Uid;
  documentId?: string;
  data?: Record<string, unknown>;
}

let strapi: Core.Strapi;
let tokenKey: string;
const ids: Record<string, string> = {};

/** The routes a "tip line" plugin might add: each runs one document-service write. */
function addTipLineRoutes(app: Core.Strapi) {
  const write =
    (run: (call: Call) => Promise<unknown>) => async (ctx: { request: any; body: unknown }) => {
      ctx.body = { data: await run(ctx.request.body as Call) };
    };
  const documents = (uid: Uid) => app.documents(uid as never) as any;
  const routes = (auth: boolean) =>
    [
      ['create', write(({ uid, data }) => documents(uid).create({ data }))],
      ['update', write(({ uid, documentId, data }) => documents(uid).update({ documentId, data }))],
      [
        'publish',
        write(({ uid, documentId }) => documents(uid).publish({ documentId, locale: 'en' })),
      ],
      ['delete', write(({ uid, documentId }) => documents(uid).delete({ documentId }))],
    ].map(([action, handler]) => ({
      method: 'POST',
      path: `/${auth ? 'token' : 'anonymous'}/${action as string}`,
      handler,
      config: auth ? {} : { auth: false },
    }));
  app.server.routes({
    type: 'content-api',
    prefix: '/tip-line',
    routes: [...routes(true), ...routes(false)],
  } as never);
}

const call = (who: 'token' | 'anonymous', action: string, body: Call) => {
  const request = api(strapi).post(`/api/tip-line/${who}/${action}`).send(body);
  return who === 'token' ? request.set('Authorization', `Bearer ${tokenKey}`) : request;
};

const refused = (write: () => Promise<{ status: number; body: any }>, status: number) =>
  expectRefused(strapi, write, { status });

beforeAll(async () => {
  strapi = await startStrapi(addTipLineRoutes);
  const { story } = await setUpDemo(strapi);
  ids.story = story.documentId;
  ids.launched = (await strapi
    .documents(FIGURE)
    .findFirst({ filters: { count: 273 } }))!.documentId;
  const token = await strapi
    .service('admin::api-token')
    .create({ name: 'tip line', type: 'full-access', lifespan: null });
  tokenKey = token.accessKey;
  // The 1,000 prisoners of war: a figure of the published story with no parts and part of none.
  ids.prisoners = (await strapi
    .documents(FIGURE)
    .findFirst({ filters: { count: 1000 } }))!.documentId;
  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: 'A draft with a tip', slug: 'tip-draft', reviewState: 'not_started' },
  });
  ids.draft = draft.documentId;
  ids.unverifiedInDraft = (
    await strapi.documents(FIGURE).create({
      data: {
        asStated: '3 people were injured',
        category: 'injured',
        subject: 'people',
        count: 3,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: draft.documentId, locale: 'en' },
      },
    })
  ).documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe("another plugin's content-API route", () => {
  it.each(['token', 'anonymous'] as const)(
    'cannot give a verdict for its caller (%s)',
    async (who) => {
      await refused(
        () =>
          call(who, 'update', {
            uid: FIGURE,
            documentId: ids.unverifiedInDraft,
            data: {
              verificationStatus: 'verified',
              evidence: [{ url: 'https://example.org/report', publisher: 'Example' }],
            },
          }),
        403
      );
    }
  );

  it('cannot mark an article checked', async () => {
    await refused(
      () =>
        call('token', 'update', {
          uid: ARTICLE,
          documentId: ids.draft,
          data: { reviewState: 'checked' },
        }),
      403
    );
  });

  it('cannot publish an article past the publish gate', async () => {
    const response = await refused(
      () => call('token', 'publish', { uid: ARTICLE, documentId: ids.draft }),
      400
    );
    expect(response.body.error.details.errors[0].path).toEqual(['figures']);
    expect(
      await strapi.documents(ARTICLE).findOne({ documentId: ids.draft, status: 'published' })
    ).toBeNull();
  });

  it("cannot rewrite, move or remove a published article's figure", async () => {
    await refused(
      () =>
        call('anonymous', 'update', {
          uid: FIGURE,
          documentId: ids.launched,
          data: { count: 300 },
        }),
      403
    );
    await refused(
      () =>
        call('token', 'update', {
          uid: FIGURE,
          documentId: ids.prisoners,
          data: { article: { documentId: ids.draft, locale: 'en' } },
        }),
      403
    );
    await refused(() => call('token', 'delete', { uid: FIGURE, documentId: ids.prisoners }), 403);
  });

  it('keeps the input rules: a bad value is refused at its field', async () => {
    const response = await refused(
      () =>
        call('anonymous', 'create', {
          uid: QUOTE,
          data: { text: '\u200b\u200b', kind: 'direct', article: ids.draft },
        }),
      400
    );
    expect(response.body.error.details.errors[0].path).toEqual(['text']);
  });

  it('adds a figure to a published article only for its next publication, on the record', async () => {
    const sheet = await publicSheet(strapi);
    const response = await call('token', 'create', {
      uid: FIGURE,
      data: {
        asStated: '12 drones were launched from the north',
        category: 'launched',
        subject: 'drones',
        count: 12,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ids.story, locale: 'en' },
      },
    });
    expect(response.status).toBe(200);
    const created = await strapi.db.query(FIGURE).findOne({
      where: { documentId: response.body.data.documentId },
      populate: { createdBy: true },
    });
    expect(created).toMatchObject({
      awaitingPublication: true,
      inPublishedArticle: false,
      createdBy: null,
    });
    expect(await publicSheet(strapi)).toEqual(sheet);
    const events = await strapi
      .plugin('fact-desk')
      .service('audit-trail')
      .events({ targetDocumentId: created.documentId });
    expect(events.length).toBeGreaterThan(0);
    expect(
      events.every(
        (event: any) => event.actorId === null && event.actorName === 'Content API: tip line'
      )
    ).toBe(true);
  });
});
