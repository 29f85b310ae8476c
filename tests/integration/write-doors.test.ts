import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { REFERENCE_SLUG, referenceArticleUk } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { createDeskEditor } from '../helpers/desk-editor';
import { graphql } from '../helpers/graphql';
import { adminToken, api } from '../helpers/http';
import { expectRefused, publicSheet } from '../helpers/refused-write';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Every door that writes the plugin's records keeps the same rules, for Strapi's built-in Author
 * and Editor roles and a checker: the Content Manager's clone, relation inputs in any shape and
 * from either side, changes to published articles, the plugin's own routes. A refused write
 * leaves the stored data, the audit chain and the public API as they were.
 */
const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';
const CM = '/content-manager/collection-types';
const PASSWORD = 'Door-Tester-1';

let strapi: Core.Strapi;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

async function adminWithBuiltInRole(code: string, email: string) {
  const role = await strapi.service('admin::role').findOne({ code });
  await strapi.service('admin::user').create({
    email,
    password: PASSWORD,
    firstname: 'Door',
    lastname: code,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return adminToken(strapi, email, PASSWORD);
}

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  ids.story = story.documentId;
  const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
  ids.launched = launched!.documentId;
  const shotDown = await strapi.documents(FIGURE).findFirst({ filters: { count: 88 } });
  ids.shotDown = shotDown!.documentId;
  const demo = demoAdminCredentials();
  tokens.superAdmin = await adminToken(strapi, demo.email, demo.password);
  tokens.author = await adminWithBuiltInRole('strapi-author', 'author@fact-desk.test');
  tokens.editor = await adminWithBuiltInRole('strapi-editor', 'editor@fact-desk.test');
  const checker = await createDeskEditor(
    strapi,
    'door-checker@fact-desk.test',
    ['plugin::fact-desk.verification.change'],
    ['create', 'read', 'update']
  );
  tokens.checker = await adminToken(strapi, checker.email, checker.password);
  const second = await createDeskEditor(
    strapi,
    'second-checker@fact-desk.test',
    ['plugin::fact-desk.verification.change'],
    ['create', 'read', 'update', 'publish']
  );
  tokens.secondChecker = await adminToken(strapi, second.email, second.password);
  const writer = await createDeskEditor(
    strapi,
    'door-writer@fact-desk.test',
    [],
    ['create', 'read', 'update']
  );
  tokens.writer = await adminToken(strapi, writer.email, writer.password);
  const drafter = await createDeskEditor(
    strapi,
    'door-drafter@fact-desk.test',
    [],
    ['create', 'read', 'update', 'delete']
  );
  tokens.drafter = await adminToken(strapi, drafter.email, drafter.password);
  const ukPublisher = await createDeskEditor(
    strapi,
    'door-uk-publisher@fact-desk.test',
    [],
    ['create', 'read', 'update', 'delete', 'publish'],
    ['uk']
  );
  tokens.ukPublisher = await adminToken(strapi, ukPublisher.email, ukPublisher.password);
  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: 'A draft for the doors', slug: 'doors-draft', reviewState: 'in_progress' },
  });
  ids.draft = draft.documentId;
  const verifiedInDraft = await strapi.documents(FIGURE).create({
    data: {
      asStated: '14 people were killed',
      category: 'killed',
      subject: 'people',
      count: 14,
      qualifier: 'exact',
      verificationStatus: 'verified',
      evidence: [{ url: 'https://example.org/report', publisher: 'Example' }],
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
  ids.verifiedInDraft = verifiedInDraft.documentId;
  // The 1,000 prisoners of war: a figure of the published story with no parts and part of none.
  ids.prisoners = (await strapi
    .documents(FIGURE)
    .findFirst({ filters: { count: 1000 } }))!.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const as = (who: string) => ({
  post: (path: string, body: object = {}) =>
    api(strapi).post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body),
  put: (path: string, body: object) =>
    api(strapi).put(path).set('Authorization', `Bearer ${tokens[who]}`).send(body),
  get: (path: string) => api(strapi).get(path).set('Authorization', `Bearer ${tokens[who]}`),
  delete: (path: string) => api(strapi).delete(path).set('Authorization', `Bearer ${tokens[who]}`),
});

const refused = (
  write: () => Promise<{ status: number; body: any }>,
  expected: { status: number; path?: string[] }
) => expectRefused(strapi, write, expected);

/** A casualty figure's fields as a Content Manager form sends them, in `article`'s English edition. */
const figureFields = (
  article: string | null,
  fields: { asStated: string; count: number; category?: string }
) => ({
  category: 'killed',
  subject: 'people',
  qualifier: 'exact',
  ...fields,
  ...(article ? { article: { connect: [{ documentId: article, locale: 'en' }] } } : {}),
});

describe("the Content Manager's clone", () => {
  it('applies the figure rules: an inverted range is refused at its field', async () => {
    await refused(
      () =>
        as('editor').post(`${CM}/${FIGURE}/clone/${ids.shotDown}`, {
          qualifier: 'range',
          count: null,
          low: 50,
          high: 10,
        }),
      { status: 400, path: ['low'] }
    );
  });

  it('needs the verdict permission to carry a verdict, and checks evidence', async () => {
    const response = await refused(
      () =>
        as('writer').post(`${CM}/${FIGURE}/clone/${ids.verifiedInDraft}`, {
          verificationStatus: 'verified',
        }),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/Change verification status/);
    await refused(
      () =>
        as('editor').post(`${CM}/${FIGURE}/clone/${ids.verifiedInDraft}`, {
          evidence: [{ url: 'javascript:alert(1)' }],
        }),
      { status: 400, path: ['evidence', '0', 'url'] }
    );
  });

  it('needs the right to read the original: an Author copies only their own records', async () => {
    const response = await refused(
      () => as('author').post(`${CM}/${FIGURE}/clone/${ids.verifiedInDraft}`, {}),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/read the record you are copying/);
  });

  it('makes a copy that awaits its own check, with an audit record of its creation', async () => {
    const response = await as('writer').post(`${CM}/${FIGURE}/auto-clone/${ids.verifiedInDraft}`);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 200,
      body: expect.anything(),
    });
    const copyId = response.body.data.documentId;
    const copy = await strapi.db.query(FIGURE).findOne({
      where: { documentId: copyId },
      populate: { article: true, createdBy: true },
    });
    expect(copy.count).toBe(14);
    expect(copy.article.documentId).toBe(ids.draft);
    expect(copy.verificationStatus).toBe('unverified');
    expect(copy.checkedAt).toBeNull();
    expect(copy.createdBy?.email).toBe('door-writer@fact-desk.test');
    const events = await strapi
      .plugin('fact-desk')
      .service('audit-trail')
      .events({ targetDocumentId: copyId });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event: any) => event.actorName === 'Desk Editor')).toBe(true);
  });

  it('of a figure of a published article waits, unseen, for its next publication', async () => {
    const response = await as('secondChecker').post(`${CM}/${FIGURE}/auto-clone/${ids.prisoners}`);
    expect(response.status).toBe(200);
    const copy = await strapi.db.query(FIGURE).findOne({
      where: { documentId: response.body.data.documentId },
    });
    expect(copy).toMatchObject({ awaitingPublication: true, inPublishedArticle: false });
    await api(strapi).get(`/api/fact-desk/casualty-figures/${copy.documentId}`).expect(404);
  });
});

describe('relation inputs in every shape', () => {
  it('read a row id given as a string: a part/whole cycle is refused', async () => {
    const whole = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.launched } });
    await refused(
      () =>
        as('editor').put(`${CM}/${FIGURE}/${ids.launched}`, {
          partOf: { connect: [{ id: String(whole.id) }] },
        }),
      { status: 400, path: ['partOf'] }
    );
  });

  it('refuse attaching a figure to a translation, in the connect shape with a locale', async () => {
    await refused(
      () =>
        as('editor').put(`${CM}/${FIGURE}/${ids.shotDown}`, {
          article: { connect: [{ documentId: ids.story, locale: 'uk' }] },
        }),
      { status: 400, path: ['article'] }
    );
  });

  it("refuse moving figures from the article's side", async () => {
    await refused(
      () =>
        as('secondChecker').put(`${CM}/${ARTICLE}/${ids.draft}?locale=en`, {
          figures: { connect: [{ documentId: ids.shotDown }] },
        }),
      { status: 400, path: ['figures'] }
    );
  });
});

describe('changes to a published article', () => {
  it('are publishing: a role that may not publish cannot detach a figure', async () => {
    await refused(
      () =>
        as('checker').put(`${CM}/${FIGURE}/${ids.prisoners}`, {
          article: { disconnect: [{ documentId: ids.story, locale: 'en' }] },
        }),
      { status: 403 }
    );
  });

  it('wait no longer once taken out of the article they waited for', async () => {
    const created = await as('superAdmin').post(
      `${CM}/${FIGURE}`,
      figureFields(ids.story, { asStated: '4 people were missing', count: 4, category: 'missing' })
    );
    expect(created.status).toBe(201);
    const flag = async () =>
      (
        await strapi.db.query(FIGURE).findOne({
          where: { documentId: created.body.data.documentId },
          select: ['awaitingPublication'],
        })
      ).awaitingPublication;
    expect(await flag()).toBe(true);
    const taken = await as('superAdmin').put(`${CM}/${FIGURE}/${created.body.data.documentId}`, {
      article: null,
    });
    expect(taken.status).toBe(200);
    expect(await flag()).toBe(false);
  });

  it('are publishing when they clear a relation: claimant, speaker or whole sent as null', async () => {
    const part = await strapi.db.query(FIGURE).findOne({
      where: { documentId: ids.shotDown },
      populate: { claimant: true, partOf: true },
    });
    expect(part.claimant).not.toBeNull();
    expect(part.partOf).not.toBeNull();
    for (const data of [{ claimant: null }, { partOf: null }, { claimant: { set: [] } }]) {
      await refused(() => as('checker').put(`${CM}/${FIGURE}/${ids.shotDown}`, data), {
        status: 403,
      });
    }
    const quote = await strapi.db.query(QUOTE).findOne({
      where: { speaker: { id: { $notNull: true } }, inPublishedArticle: true },
    });
    await refused(
      () => as('checker').put(`${CM}/${QUOTE}/${quote.documentId}`, { speaker: null }),
      { status: 403 }
    );
    // Sent back unchanged, as a Content Manager form does, they change nothing and pass.
    const unchanged = await as('checker').put(`${CM}/${FIGURE}/${ids.shotDown}`, {
      claimant: part.claimant.documentId,
      partOf: { connect: [], disconnect: [] },
    });
    expect(unchanged.status).toBe(200);
  });

  it('audits and corrects in public a part moved from its whole', async () => {
    const child = await strapi.documents(FIGURE).findOne({
      documentId: ids.shotDown,
      populate: { partOf: true },
    });
    expect(child?.partOf).toBeTruthy();
    const whole = child!.partOf!.documentId;
    const moved = await as('superAdmin').put(`${CM}/${FIGURE}/${child!.documentId}`, {
      partOf: null,
      correctionNote: 'The drones shot down were counted apart from the launch.',
    });
    expect(moved.status).toBe(200);
    const events = await strapi.db.query('plugin::fact-desk.audit-event').findMany({
      where: { targetDocumentId: child!.documentId, field: 'partOf' },
    });
    expect(events.map((event: any) => JSON.parse(event.fromValue))).toEqual([whole]);
    const correction = await strapi.db.query('plugin::fact-desk.correction').findOne({
      where: { targetDocumentId: child!.documentId, field: 'partOf' },
    });
    expect([correction?.fromValue, correction?.toValue ?? null]).toEqual([whole, null]);
    const restored = await as('superAdmin').put(`${CM}/${FIGURE}/${child!.documentId}`, {
      partOf: whole,
      correctionNote: 'Counted within the launch again.',
    });
    expect(restored.status).toBe(200);
  });

  it("are publishing in the Content Manager's bulk actions too: Editor cannot bulk-delete one", async () => {
    await refused(
      () =>
        as('editor').post(`${CM}/${FIGURE}/actions/bulkDelete`, {
          documentIds: [ids.prisoners],
        }),
      { status: 403 }
    );
  });

  it("wait for the article's next publication, which passes the gate with them", async () => {
    const created = await strapi.documents(FIGURE).create({
      data: {
        asStated: '12 people were injured',
        category: 'injured',
        subject: 'people',
        count: 12,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    // Whether it waits is the server's to say: a write that says it is refused.
    await refused(
      () =>
        as('secondChecker').put(`${CM}/${FIGURE}/${created.documentId}`, {
          article: { connect: [{ documentId: ids.story, locale: 'en' }] },
          awaitingPublication: false,
        }),
      { status: 400, path: ['awaitingPublication'] }
    );
    const moved = await as('secondChecker').put(`${CM}/${FIGURE}/${created.documentId}`, {
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(moved.status).toBe(200);
    const onSheet = async () =>
      JSON.stringify((await publicSheet(strapi)).data).includes('12 people were injured');
    expect(await onSheet()).toBe(false);
    await api(strapi).get(`/api/fact-desk/casualty-figures/${created.documentId}`).expect(404);
    // Nor through the published article: a populate, or a relation on GraphQL.
    const populated = await api(strapi)
      .get('/api/fact-desk/articles')
      .query({ 'populate[figures][fields][0]': 'asStated' })
      .expect(200);
    expect(JSON.stringify(populated.body)).not.toContain('12 people were injured');
    const related = await graphql(strapi)('{ factDeskArticles { figures { asStated } } }');
    expect(related.errors).toBeUndefined();
    expect(JSON.stringify(related.data)).not.toContain('12 people were injured');

    // The publisher may publish with unchecked items: the publication takes the figure with it.
    const published = await as('superAdmin').post(
      `${CM}/${ARTICLE}/${ids.story}/actions/publish?locale=en`
    );
    expect(published.status).toBe(200);
    expect(await onSheet()).toBe(true);
  });

  it('cannot be copied with the article: a copy of an article that has them is refused', async () => {
    await refused(
      () =>
        as('superAdmin').post(`${CM}/${ARTICLE}/clone/${ids.story}?locale=en`, {
          title: 'A copy of the story',
          slug: 'copy-of-the-story',
          reviewState: 'not_started',
        }),
      { status: 400, path: ['figures'] }
    );
  });
});

describe("a published article's records, from either side", () => {
  it('cannot all be removed from the article with an empty list', async () => {
    for (const [field, value] of [
      ['figures', []],
      ['quotes', { set: [] }],
      ['figures', null],
    ] as const) {
      await refused(
        () => as('checker').put(`${CM}/${ARTICLE}/${ids.story}?locale=en`, { [field]: value }),
        {
          status: 400,
          path: [field],
        }
      );
    }
  });

  it("are attached by the article's documentId: a row id or a status names one version", async () => {
    const rows = await strapi.db.query(ARTICLE).findMany({
      where: { documentId: ids.story, locale: 'en' },
      select: ['id', 'publishedAt'],
    });
    const draftRow = rows.find((row: any) => row.publishedAt === null)!.id;
    const publishedRow = rows.find((row: any) => row.publishedAt !== null)!.id;
    for (const article of [
      draftRow,
      { set: [{ id: String(draftRow) }] },
      { connect: [{ id: draftRow }] },
      { connect: [{ documentId: ids.story, locale: 'en', status: 'draft' }] },
      { disconnect: [{ id: publishedRow }] },
    ]) {
      await refused(() => as('checker').put(`${CM}/${FIGURE}/${ids.shotDown}`, { article }), {
        status: 400,
        path: ['article'],
      });
    }
  });
});

describe("keys the Content Manager's sanitizer would drop without a word", () => {
  it('are refused at their path on create, update and clone, and nothing is stored', async () => {
    for (const [name, write] of [
      [
        'a flag the server keeps',
        () =>
          as('superAdmin').put(`${CM}/${FIGURE}/${ids.shotDown}`, { inPublishedArticle: false }),
      ],
      [
        'a misspelt field',
        () =>
          as('checker').put(`${CM}/${FIGURE}/${ids.shotDown}`, { verificationStatsu: 'verified' }),
      ],
      [
        'a flag on create',
        () =>
          as('writer').post(`${CM}/${FIGURE}`, {
            asStated: '5 killed',
            category: 'killed',
            subject: 'people',
            count: 5,
            qualifier: 'exact',
            awaitingPublication: false,
          }),
      ],
      [
        'a flag on clone',
        () =>
          as('writer').post(`${CM}/${FIGURE}/clone/${ids.shotDown}`, { inPublishedArticle: true }),
      ],
    ] as const) {
      const response = await refused(write, { status: 400 });
      const [key] = response.body.error.details.errors[0].path;
      expect({ name, key }).toEqual({
        name,
        key: expect.stringMatching(/^(inPublishedArticle|verificationStatsu|awaitingPublication)$/),
      });
    }
    // The form's own echo of the record passes.
    const stored = await as('superAdmin').get(`${CM}/${FIGURE}/${ids.shotDown}`);
    const { data } = stored.body;
    const saved = await as('superAdmin').put(`${CM}/${FIGURE}/${ids.shotDown}`, {
      id: data.id,
      documentId: data.documentId,
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
      publishedAt: data.publishedAt,
      place: data.place,
    });
    expect(saved.status).toBe(200);
  });
});

describe('relation inputs Strapi reads in more than one way', () => {
  it('are refused at their field, never a 500', async () => {
    for (const [field, value] of [
      ['article', { set: [{ documentId: 'draft' }, { documentId: 'story' }] }],
      ['article', { connect: { documentId: 'story' } }],
      ['article', { set: 'story' }],
      ['article', { connect: [['story']] }],
      ['article', { connect: [{ id: true }] }],
      ['partOf', { set: { documentId: 'launched' } }],
      ['partOf', { connect: [{ foo: 1 }, { documentId: 'launched' }] }],
    ] as [string, unknown][]) {
      const body = {
        [field]: JSON.parse(
          JSON.stringify(value).replace(/"(draft|story|launched)"/g, (_, key) => `"${ids[key]}"`)
        ),
      };
      await refused(() => as('superAdmin').put(`${CM}/${FIGURE}/${ids.prisoners}`, body), {
        status: 400,
        path: [field],
      });
    }
    await refused(
      () =>
        as('superAdmin').put(`${CM}/${ARTICLE}/${ids.draft}?locale=en`, {
          figures: { connect: { documentId: ids.prisoners } },
        }),
      { status: 400, path: ['figures'] }
    );
  });
});

describe('a figure leaving a published article', () => {
  it('is on the record and withdrawn for readers, with a correction', async () => {
    const corrections = () =>
      strapi.db.query('plugin::fact-desk.correction').count({
        where: { targetDocumentId: ids.prisoners },
      });
    const before = await corrections();
    const response = await as('superAdmin').put(`${CM}/${FIGURE}/${ids.prisoners}`, {
      article: { connect: [{ documentId: ids.draft, locale: 'en' }] },
    });
    expect(response.status).toBe(200);
    expect(await corrections()).toBe(before + 1);
    // Readers are told which claim was withdrawn, in its words, not the record's internals.
    const figure = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.prisoners } });
    const correction = await strapi.db.query('plugin::fact-desk.correction').findOne({
      where: { targetDocumentId: ids.prisoners, field: 'withdrawn' },
    });
    expect({ from: correction.fromValue, to: correction.toValue }).toEqual({
      from: figure.asStated,
      to: null,
    });
    const events = await strapi
      .plugin('fact-desk')
      .service('audit-trail')
      .events({ targetDocumentId: ids.prisoners, field: 'article' });
    expect(events.map((event: any) => [event.fromValue, event.toValue])).toEqual([
      [ids.story, ids.draft],
    ]);
  });
});

describe('writes too big to be a story', () => {
  const body = (characters: number) =>
    Array.from({ length: Math.ceil(characters / 500) }, () => ({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Officials said 12 people were killed. '.repeat(13) }],
    }));

  it('are refused before they are read (413), or at the body (400), storing nothing', async () => {
    const huge = await refused(
      () =>
        as('superAdmin').put(`${CM}/${ARTICLE}/${ids.draft}?locale=en`, { body: body(900_000) }),
      { status: 413 }
    );
    expect(huge.body.error.message).toMatch(/at most 768 KB/);
    await refused(
      () =>
        as('superAdmin').put(`${CM}/${ARTICLE}/${ids.draft}?locale=en`, { body: body(300_000) }),
      { status: 400, path: ['body'] }
    );
  });
});

describe("an article's records", () => {
  const figure = (article: string, asStated: string) =>
    figureFields(article, { asStated, count: 2 });

  it('are added or moved only by someone who may edit the article', async () => {
    // Strapi's Author edits only what they created, and its Editor role here edits no article:
    // one they may not read is, to them, one that is not there (no id oracle).
    for (const who of ['author', 'editor']) {
      const response = await refused(
        () => as(who).post(`${CM}/${FIGURE}`, figure(ids.draft, '2 people were killed')),
        { status: 400, path: ['article'] }
      );
      const missing = await refused(
        () => as(who).post(`${CM}/${FIGURE}`, figure('nosucharticle00000000000', '2 were killed')),
        { status: 400, path: ['article'] }
      );
      expect(response.body.error.message.replace(ids.draft, 'X')).toBe(
        missing.body.error.message.replace('nosucharticle00000000000', 'X')
      );
    }
    // One they may read but not edit is refused as such.
    const readOnly = await createDeskEditor(
      strapi,
      'read-only@fact-desk.test',
      [],
      ['read', 'create']
    );
    tokens.readOnly = await adminToken(strapi, readOnly.email, readOnly.password);
    const response = await refused(
      () => as('readOnly').post(`${CM}/${FIGURE}`, figure(ids.draft, '2 people were killed')),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/may not edit the article/);
    // The plugin's route answers as for an article that does not exist: no id oracle.
    const viaRoute = await refused(
      () =>
        as('author').post(`/fact-desk/articles/${ids.draft}/figures`, {
          ...figure(ids.draft, '3 people were killed'),
          article: undefined,
          low: null,
          high: null,
          claimant: null,
        }),
      { status: 404 }
    );
    expect(viaRoute.body.error.message).toBe('No article with this id.');
    const added = await as('writer').post(`${CM}/${FIGURE}`, figure(ids.draft, '2 were killed'));
    expect(added.status).toBe(201);
  });
});

describe('the four-eyes rule', () => {
  it("names the proposer of a figure made on the plugin's route, who then cannot verify it", async () => {
    const created = await as('checker').post(`/fact-desk/articles/${ids.draft}/figures`, {
      asStated: '7 people were killed',
      category: 'killed',
      subject: 'people',
      count: 7,
      qualifier: 'exact',
      low: null,
      high: null,
      claimant: null,
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    await refused(
      () =>
        as('checker').put(`${CM}/${FIGURE}/${documentId}`, {
          verificationStatus: 'verified',
          evidence: [{ url: 'https://example.org/report', publisher: 'Example' }],
        }),
      { status: 400, path: ['verificationStatus'] }
    );
  });

  it("follows a copy to its original: who set the original's claim cannot verify the copy", async () => {
    const created = await as('checker').post(`/fact-desk/articles/${ids.draft}/figures`, {
      asStated: '9 people were killed',
      category: 'killed',
      subject: 'people',
      count: 9,
      qualifier: 'exact',
      low: null,
      high: null,
      claimant: null,
    });
    expect(created.status).toBe(201);
    const copy = await as('secondChecker').post(
      `${CM}/${FIGURE}/clone/${created.body.data.documentId}`,
      {}
    );
    expect(copy.status).toBe(200);
    await refused(
      () =>
        as('checker').put(`${CM}/${FIGURE}/${copy.body.data.documentId}`, {
          verificationStatus: 'verified',
          evidence: [{ url: 'https://example.org/report', publisher: 'Example' }],
        }),
      { status: 400, path: ['verificationStatus'] }
    );
  });

  const proposeOnDraft = async (asStated: string, count: number) => {
    const created = await as('checker').post(`/fact-desk/articles/${ids.draft}/figures`, {
      asStated,
      category: 'killed',
      subject: 'people',
      count,
      qualifier: 'exact',
      low: null,
      high: null,
      claimant: null,
    });
    expect(created.status).toBe(201);
    return created.body.data.documentId as string;
  };
  const sourced = {
    evidence: [
      { url: 'https://example.org/report', publisher: 'Example' },
      { url: 'https://example.net/wire', publisher: 'A wire service' },
    ],
  };

  it("keeps the proposer barred after someone else's edit of the claim", async () => {
    const documentId = await proposeOnDraft('11 people were killed', 11);
    const edited = await as('writer').put(`${CM}/${FIGURE}/${documentId}`, {
      subject: 'people in the market',
    });
    expect(edited.status).toBe(200);
    for (const who of ['checker', 'writer']) {
      await refused(
        () =>
          as(who).put(`${CM}/${FIGURE}/${documentId}`, {
            verificationStatus: 'verified',
            ...sourced,
          }),
        who === 'writer' ? { status: 403 } : { status: 400, path: ['verificationStatus'] }
      );
    }
    const checked = await as('secondChecker').put(`${CM}/${FIGURE}/${documentId}`, {
      verificationStatus: 'verified',
      ...sourced,
    });
    expect(checked.status).toBe(200);
  });

  it('bars the proposer from every verdict that passes the publish gate', async () => {
    const documentId = await proposeOnDraft('12 people were killed', 12);
    for (const verificationStatus of ['single_source', 'corroborated', 'verified']) {
      await refused(
        () =>
          as('checker').put(`${CM}/${FIGURE}/${documentId}`, { verificationStatus, ...sourced }),
        { status: 400, path: ['verificationStatus'] }
      );
    }
    const disputed = await as('checker').put(`${CM}/${FIGURE}/${documentId}`, {
      verificationStatus: 'disputed',
      checkerNote: 'Only one local source, and it changed its number twice.',
    });
    expect(disputed.status).toBe(200);
  });

  it("remembers an original's proposer after the original is deleted", async () => {
    const original = await proposeOnDraft('13 people were killed', 13);
    const copy = await as('secondChecker').post(`${CM}/${FIGURE}/clone/${original}`, {});
    expect(copy.status).toBe(200);
    expect((await as('drafter').delete(`${CM}/${FIGURE}/${original}`)).status).toBe(200);
    await refused(
      () =>
        as('checker').put(`${CM}/${FIGURE}/${copy.body.data.documentId}`, {
          verificationStatus: 'verified',
          ...sourced,
        }),
      { status: 400, path: ['verificationStatus'] }
    );
  });

  it('leaves the sources of a record with a verdict to those who may give verdicts', async () => {
    const figure = await strapi.documents(FIGURE).create({
      data: {
        asStated: '14 were wounded',
        category: 'injured',
        subject: 'people',
        count: 14,
        qualifier: 'exact',
        verificationStatus: 'verified',
        evidence: [{ url: 'https://example.org/report' }],
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    await refused(
      () =>
        as('writer').put(`${CM}/${FIGURE}/${figure.documentId}`, {
          evidence: [{ url: 'https://evil.example/fake', publisher: 'Fake' }],
        }),
      { status: 403 }
    );
    const checked = await as('checker').put(`${CM}/${FIGURE}/${figure.documentId}`, {
      evidence: [{ url: 'https://example.org/better-report' }],
    });
    expect(checked.status).toBe(200);
  });

  it('sends a verdict back to unverified when the claim names someone else, not on a plain save', async () => {
    const officials = await strapi.db
      .query('plugin::fact-desk.official')
      .findMany({ select: ['documentId'], limit: 2 });
    const verifiedFigure = async (asStated: string) =>
      strapi.documents(FIGURE).create({
        data: {
          asStated,
          category: 'injured',
          subject: 'people',
          count: 15,
          qualifier: 'exact',
          verificationStatus: 'verified',
          evidence: [{ url: 'https://example.org/report' }],
          claimant: officials[0].documentId,
          article: { documentId: ids.draft, locale: 'en' },
        } as never,
      });
    const status = async (documentId: string) =>
      (await strapi.db.query(FIGURE).findOne({ where: { documentId } })).verificationStatus;

    const saved = await verifiedFigure('15 were wounded in the square');
    const plainSave = await as('writer').put(`${CM}/${FIGURE}/${saved.documentId}`, {
      place: 'The main square',
      claimant: { connect: [], disconnect: [] },
    });
    expect(plainSave.status).toBe(200);
    expect(await status(saved.documentId)).toBe('verified');

    const moved = await verifiedFigure('15 were wounded near the station');
    const reattributed = await as('writer').put(`${CM}/${FIGURE}/${moved.documentId}`, {
      claimant: { connect: [{ documentId: officials[1].documentId }] },
    });
    expect(reattributed.status).toBe(200);
    expect(await status(moved.documentId)).toBe('unverified');
  });

  it("sends a verified figure back to unverified when its numbers change, on the record's trail", async () => {
    const figure = await strapi.documents(FIGURE).create({
      data: {
        asStated: '30 were wounded',
        category: 'injured',
        subject: 'people',
        count: 30,
        qualifier: 'exact',
        verificationStatus: 'verified',
        evidence: [{ url: 'https://example.org/report' }],
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    const response = await as('editor').put(`${CM}/${FIGURE}/${figure.documentId}`, {
      count: 31,
      asStated: '31 were wounded',
      verificationStatus: 'verified',
    });
    expect(response.status).toBe(200);
    const stored = await strapi.db.query(FIGURE).findOne({
      where: { documentId: figure.documentId },
    });
    expect(stored.verificationStatus).toBe('unverified');
    const events = await strapi.plugin('fact-desk').service('audit-trail').events({
      targetDocumentId: figure.documentId,
      field: 'verificationStatus',
    });
    expect(events.map((event: any) => event.toValue)).toContain('unverified');
  });
});

describe('a record readers have not seen', () => {
  it('has no public correction when it changes or goes, and who may add it may remove it', async () => {
    const created = await as('drafter').post(`${CM}/${FIGURE}`, {
      asStated: '555 soldiers were killed',
      category: 'killed',
      subject: 'soldiers',
      count: 555,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const changed = await as('superAdmin').put(`${CM}/${FIGURE}/${documentId}`, {
      count: 556,
      asStated: '556 soldiers were killed',
      correctionNote: 'A correction nobody needs',
    });
    expect(changed.status).toBe(200);
    const removed = await as('drafter').delete(`${CM}/${FIGURE}/${documentId}`);
    expect(removed.status).toBe(200);
    const corrections = await strapi.db
      .query('plugin::fact-desk.correction')
      .count({ where: { targetDocumentId: documentId } });
    expect(corrections).toBe(0);
    const served = await api(strapi)
      .get('/api/fact-desk/corrections')
      .query({ 'filters[targetDocumentId][$eq]': documentId })
      .expect(200);
    expect(served.body.data).toEqual([]);
  });
});

describe('the four-eyes rule for the words of a claim', () => {
  const verdict = {
    verificationStatus: 'verified',
    evidence: [{ url: 'https://example.org/report', publisher: 'Example' }],
  };

  it('keeps whoever reworded a figure from verifying it', async () => {
    const figure = await strapi.documents(FIGURE).create({
      data: {
        asStated: '40 were wounded',
        category: 'injured',
        subject: 'people',
        count: 40,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    const reworded = await as('checker').put(`${CM}/${FIGURE}/${figure.documentId}`, {
      asStated: '40 soldiers were wounded',
      subject: 'soldiers',
    });
    expect(reworded.status).toBe(200);
    await refused(() => as('checker').put(`${CM}/${FIGURE}/${figure.documentId}`, verdict), {
      status: 400,
      path: ['verificationStatus'],
    });
  });

  it("keeps whoever changed a quote's translation from verifying it", async () => {
    const quote = await strapi.documents(QUOTE).create({
      data: {
        text: 'Ми відбудуємо кожен будинок.',
        language: 'uk',
        kind: 'direct',
        translation: 'We will rebuild every house.',
        translationLanguage: 'en',
        verificationStatus: 'unverified',
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    const translated = await as('checker').put(`${CM}/${QUOTE}/${quote.documentId}`, {
      translation: 'We will surrender every house.',
    });
    expect(translated.status).toBe(200);
    await refused(() => as('checker').put(`${CM}/${QUOTE}/${quote.documentId}`, verdict), {
      status: 400,
      path: ['verificationStatus'],
    });
  });
});

describe('fields a type does not have', () => {
  it('leave the revision to the server: a record starts at 0', async () => {
    const created = await as('checker').post(`${CM}/${FIGURE}`, {
      asStated: '2 people were injured',
      category: 'injured',
      subject: 'people',
      count: 2,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      revision: 99,
      article: { connect: [{ documentId: ids.draft, locale: 'en' }] },
    });
    expect(created.status).toBe(201);
    const stored = await strapi.db
      .query(FIGURE)
      .findOne({ where: { documentId: created.body.data.documentId } });
    expect(stored.revision).toBe(0);
  });

  it('are refused at their path, as is a revision that is not a number', async () => {
    for (const [body, path] of [
      [{ unknownField: 1 }, ['unknownField']],
      [{ verificationStatu: 'verified' }, ['verificationStatu']],
      [{ revision: 'abc' }, ['revision']],
    ] as const) {
      await refused(() => as('checker').put(`${CM}/${FIGURE}/${ids.verifiedInDraft}`, body), {
        status: 400,
        path: [...path],
      });
    }
  });
});

describe('the four-eyes rule for quotes', () => {
  it("keeps whoever set a quote's words from verifying it; another checker may", async () => {
    const created = await as('checker').post(`${CM}/${QUOTE}`, {
      text: 'We will rebuild every house.',
      kind: 'direct',
      language: 'en',
      article: { connect: [{ documentId: ids.draft, locale: 'en' }] },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const verdict = {
      verificationStatus: 'verified',
      evidence: [{ url: 'https://example.org/transcript', publisher: 'Example' }],
    };
    await refused(() => as('checker').put(`${CM}/${QUOTE}/${documentId}`, verdict), {
      status: 400,
      path: ['verificationStatus'],
    });
    const second = await as('secondChecker').put(`${CM}/${QUOTE}/${documentId}`, verdict);
    expect(second.status).toBe(200);
    const stored = await strapi.db.query(QUOTE).findOne({ where: { documentId } });
    expect(stored.verificationStatus).toBe('verified');
  });
});

describe('relations to records that do not exist', () => {
  it('are refused at their field in every shape, without repeating the write back', async () => {
    const cases: [string, unknown][] = [
      ['partOf', { connect: [{ id: 999999 }] }],
      ['partOf', { set: [{ id: '999999' }] }],
      ['claimant', 'no-such-document'],
      ['claimant', 999999],
      ['article', { connect: [{ documentId: 'no-such-article', locale: 'en' }] }],
    ];
    for (const [field, value] of cases) {
      const response = await refused(
        () => as('editor').put(`${CM}/${FIGURE}/${ids.shotDown}`, { [field]: value }),
        { status: 400, path: [field] }
      );
      expect(response.body.error.details.errors[0].message).toMatch(/^\w+: no /);
      expect(JSON.stringify(response.body)).not.toMatch(/updatedBy|revision/);
    }
  });
});

describe("an article's review state", () => {
  const articlePath = (documentId: string) => `${CM}/${ARTICLE}/${documentId}?locale=en`;

  it('changes only with the verdict permission, and the server says who and when', async () => {
    await refused(() => as('writer').put(articlePath(ids.draft), { reviewState: 'checked' }), {
      status: 403,
    });
    const started = Date.now();
    const response = await as('checker').put(articlePath(ids.draft), {
      reviewState: 'checked',
      checkedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(response.status).toBe(200);
    const stored = await strapi.db.query(ARTICLE).findOne({
      where: { documentId: ids.draft },
      populate: { checkedBy: { select: ['email'] } },
    });
    expect(stored.reviewState).toBe('checked');
    expect(new Date(stored.checkedAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(stored.checkedBy.email).toBe('door-checker@fact-desk.test');
  });

  it('starts over on a copy, even when the copy repeats the original', async () => {
    const original = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'A checked story', slug: 'checked-story', reviewState: 'checked' },
    });
    const response = await as('writer').post(
      `${CM}/${ARTICLE}/clone/${original.documentId}?locale=en`,
      {
        title: 'A copy of a checked story',
        slug: 'copy-of-checked-story',
        reviewState: 'checked',
      }
    );
    expect(response.status).toBe(200);
    const copy = await strapi.db.query(ARTICLE).findOne({
      where: { documentId: response.body.data.documentId },
    });
    expect({ reviewState: copy.reviewState, checkedAt: copy.checkedAt }).toEqual({
      reviewState: 'not_started',
      checkedAt: null,
    });
  });

  it('holds the body to blocks, and its words to the text rules', async () => {
    const leaf = (text: string) => [
      { type: 'paragraph', children: [{ type: 'text', text: 'Fine words.' }] },
      { type: 'paragraph', children: [{ type: 'text', text }] },
    ];
    for (const [body, path] of [
      ['not blocks', ['body']],
      [42, ['body']],
      [{ type: 'paragraph' }, ['body']],
      [leaf('bell\u0007'), ['body', '1', 'children', '0', 'text']],
      [leaf('reversed \u202e text'), ['body', '1', 'children', '0', 'text']],
    ] as const) {
      await refused(() => as('checker').put(articlePath(ids.draft), { body }), {
        status: 400,
        path: [...path],
      });
    }
  });

  it('holds the slug to the letters a link can carry', async () => {
    await refused(() => as('checker').put(articlePath(ids.draft), { slug: 'Has Spaces' }), {
      status: 400,
      path: ['slug'],
    });
  });

  it('refuses optional text of invisible characters only', async () => {
    await refused(() => as('checker').put(articlePath(ids.draft), { byline: '\u200d' }), {
      status: 400,
      path: ['byline'],
    });
  });

  it('holds regions to a list of names', async () => {
    for (const [regions, path] of [
      [['Kyiv', 'kyiv'], ['regions']],
      [['Kyiv Oblast', 'Kyiv Oblast'], ['regions']],
      [{ name: 'Kyiv' }, ['regions']],
      [
        ['Kyiv Oblast', 5],
        ['regions', '1'],
      ],
      [
        ['Kyiv Oblast', '\u200b'],
        ['regions', '1'],
      ],
      [Array.from({ length: 51 }, (_, n) => `Region ${n}`), ['regions']],
    ] as const) {
      await refused(() => as('checker').put(articlePath(ids.draft), { regions }), {
        status: 400,
        path: [...path],
      });
    }
  });
});

describe('a verdict', () => {
  it('goes back to unverified when the words of the claim change', async () => {
    const response = await as('editor').put(`${CM}/${FIGURE}/${ids.verifiedInDraft}`, {
      asStated: '5,000 children were killed',
      verificationStatus: 'verified',
    });
    expect(response.status).toBe(200);
    const stored = await strapi.db.query(FIGURE).findOne({
      where: { documentId: ids.verifiedInDraft },
    });
    expect(stored.verificationStatus).toBe('unverified');
  });
});

describe('input on every path', () => {
  it('refuses impossible dates, invisible text and unknown countries at their fields', async () => {
    for (const [body, path] of [
      [{ statedAt: '2025-02-30' }, ['statedAt']],
      [{ subject: '\u200b\u200b' }, ['subject']],
      [{ country: 'ZZ' }, ['country']],
      [{ place: 'Kyiv\u0000' }, ['place']],
      [{ asStated: 'broken \ud800 text' }, ['asStated']],
      [{ asStated: '\u3164\u2800' }, ['asStated']],
      [{ asStated: 'killed \u202e 5' }, ['asStated']],
      [{ evidence: [{ url: 'https://trusted.gov.ua@evil.example/' }] }, ['evidence', '0', 'url']],
      [
        { evidence: [{ url: 'https://a.org/1', accessedAt: '2025-02-30' }] },
        ['evidence', '0', 'accessedAt'],
      ],
    ] as [object, string[]][]) {
      await refused(() => as('editor').put(`${CM}/${FIGURE}/${ids.shotDown}`, body), {
        status: 400,
        path,
      });
    }
  });
});

describe('an article', () => {
  it('refuses a link that is not http or https, control characters and impossible dates', async () => {
    for (const [body, path] of [
      [{ originalUrl: 'javascript:alert(document.cookie)' }, ['originalUrl']],
      [{ title: 'Headline\u0000' }, ['title']],
      [{ title: '\u200b' }, ['title']],
      [{ eventDate: '2025-02-30' }, ['eventDate']],
    ] as [object, string[]][]) {
      await refused(() => as('superAdmin').put(`${CM}/${ARTICLE}/${ids.draft}?locale=en`, body), {
        status: 400,
        path,
      });
    }
  });
});

describe("the plugin's admin read routes", () => {
  it('answer 404 for an article that does not exist', async () => {
    await as('secondChecker').get('/fact-desk/articles/nonexistent/review').expect(404);
  });

  it("ask the Content Manager's read permission of the caller", async () => {
    const noReading = await createDeskEditor(strapi, 'no-reading@fact-desk.test', [], []);
    tokens.noReading = await adminToken(strapi, noReading.email, noReading.password);
    for (const path of [
      `/fact-desk/articles/${ids.story}/review`,
      `/fact-desk/figures/${ids.launched}/review`,
      '/fact-desk/queue',
      `/fact-desk/checks/casualty-figure/${ids.launched}`,
    ]) {
      const response = await as('noReading').get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    // Reading some fields of each type in the Content Manager is not reading those the routes show.
    const narrow = await createDeskEditor(
      strapi,
      'narrow-reading@fact-desk.test',
      [],
      ['read'],
      [],
      { 'casualty-figure': ['category', 'article'], quote: ['kind'] }
    );
    tokens.narrow = await adminToken(strapi, narrow.email, narrow.password);
    // Every field but one is still not every field the panels show.
    const allButNote = Object.keys(strapi.contentType(FIGURE).attributes).filter(
      (field) => field !== 'partsNote'
    );
    const almost = await createDeskEditor(
      strapi,
      'almost-reading@fact-desk.test',
      [],
      ['read'],
      [],
      {
        'casualty-figure': allButNote,
      }
    );
    tokens.almost = await adminToken(strapi, almost.email, almost.password);
    await as('narrow')
      .get(`/content-manager/collection-types/${FIGURE}/${ids.launched}`)
      .expect(200);
    for (const path of [
      `/fact-desk/articles/${ids.story}/review`,
      `/fact-desk/figures/${ids.launched}/review`,
      '/fact-desk/queue',
      `/fact-desk/checks/casualty-figure/${ids.launched}`,
    ]) {
      for (const who of ['narrow', 'almost']) {
        const response = await as(who).get(path);
        expect({ who, path, status: response.status }).toEqual({ who, path, status: 403 });
      }
    }
    await as('secondChecker').get(`/fact-desk/articles/${ids.story}/review`).expect(200);
    await as('secondChecker').get('/fact-desk/queue').expect(200);
    // Strapi's Editor role reads articles in no locale, and an Author only what they created:
    // these routes show every record of an article.
    await as('editor').get(`/fact-desk/articles/${ids.story}/review`).expect(403);
    await as('author').get(`/fact-desk/articles/${ids.story}/review`).expect(403);
    await as('author').get('/fact-desk/queue').expect(403);
  });
});

describe('what readers have read of a published article', () => {
  it('stays as it was when another edition is published: a waiting figure keeps waiting', async () => {
    const created = await as('drafter').post(`${CM}/${FIGURE}`, {
      asStated: '77 drones were launched from the sea',
      category: 'launched',
      subject: 'drones',
      count: 77,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const published = await as('superAdmin').post(
      `${CM}/${ARTICLE}/${ids.story}/actions/publish?locale=uk`
    );
    expect(published.status).toBe(200);
    // Sending the same article again is not joining it anew.
    const resent = await as('checker').put(`${CM}/${FIGURE}/${documentId}`, {
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(resent.status).toBe(200);
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId } });
    expect(stored).toMatchObject({ awaitingPublication: true, inPublishedArticle: false });
    await api(strapi).get(`/api/fact-desk/casualty-figures/${documentId}`).expect(404);
    expect(JSON.stringify(await publicSheet(strapi))).not.toContain('77 drones');
  });

  it('never shows a waiting figure through the public figure that is part of it', async () => {
    const waiting = await as('drafter').post(
      `${CM}/${FIGURE}`,
      figureFields(ids.story, { asStated: 'WAITING 40 people were killed', count: 40 })
    );
    expect(waiting.status).toBe(201);
    const killed = await strapi
      .documents(FIGURE)
      .findFirst({ filters: { category: 'killed', count: 1 } });
    const partId = killed!.documentId;
    // No door links a figure readers see to one they may not: a filter on it would tell.
    await refused(
      () =>
        as('superAdmin').put(`${CM}/${FIGURE}/${partId}`, {
          partOf: { connect: [{ documentId: waiting.body.data.documentId }] },
        }),
      { status: 400, path: ['partOf'] }
    );
    // Such a link made below the document service (older data, a script): still never shown.
    const wholeRow = await strapi.db
      .query(FIGURE)
      .findOne({ where: { documentId: waiting.body.data.documentId }, select: ['id'] });
    await strapi.db
      .query(FIGURE)
      .update({ where: { documentId: partId }, data: { partOf: wholeRow.id } });

    for (const populate of ['populate[partOf]=true', 'populate=partOf', 'populate=*']) {
      const { body } = await api(strapi)
        .get(`/api/fact-desk/casualty-figures/${partId}?${populate}`)
        .expect(200);
      expect({ populate, partOf: body.data.partOf ?? null }).toEqual({ populate, partOf: null });
    }
    const listed = await api(strapi)
      .get('/api/fact-desk/casualty-figures?populate[partOf][fields][0]=asStated')
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('WAITING');
    const answer = await graphql(strapi)(
      `{ factDeskCasualtyFigure(documentId: "${partId}") { asStated partOf { asStated } } }`
    );
    expect(answer.data?.factDeskCasualtyFigure).toEqual({
      asStated: killed!.asStated,
      partOf: null,
    });
    await strapi.db.query(FIGURE).update({ where: { documentId: partId }, data: { partOf: null } });
  });

  it('is rewritten with a verdict only by a publisher allowed past the gate', async () => {
    const figureId = (await strapi
      .documents(FIGURE)
      .findFirst({ filters: { category: 'intercepted', count: 7 } }))!.documentId;
    await strapi.documents(FIGURE).update({
      documentId: figureId,
      data: {
        verificationStatus: 'corroborated',
        evidence: [
          { url: 'https://example.org/one', publisher: 'One' },
          { url: 'https://example.net/two', publisher: 'Two' },
        ],
      },
    });
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: figureId } });
    const response = await refused(
      () =>
        as('secondChecker').put(`${CM}/${FIGURE}/${figureId}`, {
          count: stored.count + 2,
          asStated: `${stored.count + 2} drones were intercepted`,
        }),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/Publish with unchecked items/);
    // The note on why parts add up to more is read by readers: a change is corrected in public.
    const noted = await as('secondChecker').put(`${CM}/${FIGURE}/${figureId}`, {
      partsNote: 'Both sides counted the same prisoners.',
    });
    expect(noted.status).toBe(200);
    const corrections = await strapi.db.query('plugin::fact-desk.correction').findMany({
      where: { targetDocumentId: figureId, field: 'partsNote' },
    });
    expect(corrections.map((row: any) => row.toValue)).toEqual([
      'Both sides counted the same prisoners.',
    ]);
  });

  it('reads ranges in the part sums: a part given as 200 to 250 cannot join 128 within 273', async () => {
    await refused(
      () =>
        as('superAdmin').put(`${CM}/${FIGURE}/${ids.shotDown}`, {
          qualifier: 'range',
          count: null,
          low: 200,
          high: 250,
        }),
      { status: 400, path: ['partOf'] }
    );
  });

  it('sums parts in its messages only for a writer who may read every part', async () => {
    const fields = (asStated: string, count: number) => figureFields(null, { asStated, count });
    const whole = await as('author').post(`${CM}/${FIGURE}`, fields('100 were killed', 100));
    expect(whole.status).toBe(201);
    const wholeId = whole.body.data.documentId;
    // A part the Author did not make, and may not read.
    const hidden = await as('superAdmin').post(`${CM}/${FIGURE}`, {
      ...fields('90 of them civilians', 90),
      partOf: wholeId,
    });
    expect(hidden.status).toBe(201);
    const response = await refused(
      () =>
        as('author').post(`${CM}/${FIGURE}`, {
          ...fields('20 of them soldiers', 20),
          partOf: wholeId,
        }),
      { status: 400, path: ['partOf'] }
    );
    expect(response.body.error.message).toMatch(/would add up to more than its count of 100/);
    expect(response.body.error.message).not.toMatch(/110|90/);
    // Whoever may read every part is told the sum.
    const told = await refused(
      () =>
        as('superAdmin').post(`${CM}/${FIGURE}`, {
          ...fields('20 of them soldiers', 20),
          partOf: wholeId,
        }),
      { status: 400, path: ['partOf'] }
    );
    expect(told.body.error.message).toMatch(/at least 110, more than its count of 100/);
  });

  it('names as wholes only figures the writer may read', async () => {
    const response = await refused(
      () =>
        as('author').post(`${CM}/${FIGURE}`, {
          asStated: 'probe',
          category: 'killed',
          subject: 'people',
          count: 100000,
          qualifier: 'exact',
          partOf: ids.launched,
        }),
      { status: 400, path: ['partOf'] }
    );
    expect(response.body.error.message).toMatch(/no casualty figure has the documentId/);
    expect(response.body.error.message).not.toMatch(/273|drones and decoys/);
  });

  it('is corrected in public when its words or its claimant change', async () => {
    const figure = await strapi.db.query(FIGURE).findOne({
      where: { documentId: ids.shotDown },
      populate: { claimant: { select: ['documentId', 'name'] } },
    });
    const other = await strapi.db.query('plugin::fact-desk.official').findOne({
      where: { documentId: { $ne: figure.claimant.documentId } },
      select: ['documentId', 'name'],
    });
    const changed = await as('superAdmin').put(`${CM}/${FIGURE}/${ids.shotDown}`, {
      asStated: '88 drones were downed',
      claimant: { connect: [{ documentId: other.documentId }] },
      correctionNote: 'The Air Force said downed, and the figure came from another source.',
    });
    expect(changed.status).toBe(200);
    const corrections = await strapi.db.query('plugin::fact-desk.correction').findMany({
      where: { targetDocumentId: ids.shotDown, field: { $in: ['asStated', 'claimant'] } },
      orderBy: { field: 'asc' },
    });
    expect(corrections.map((row: any) => [row.field, row.fromValue, row.toValue])).toEqual([
      ['asStated', figure.asStated, '88 drones were downed'],
      ['claimant', figure.claimant.name, other.name],
    ]);
  });

  it('is corrected in public when where or when it happened changes', async () => {
    const figure = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.launched } });
    const changed = await as('superAdmin').put(`${CM}/${FIGURE}/${ids.launched}`, {
      region: 'Lviv Oblast',
      correctionNote: 'The launches were reported over the west of the country.',
    });
    expect(changed.status).toBe(200);
    const correction = await strapi.db.query('plugin::fact-desk.correction').findOne({
      where: { targetDocumentId: ids.launched, field: 'region' },
    });
    expect([correction?.fromValue ?? null, correction?.toValue]).toEqual([
      figure.region ?? null,
      'Lviv Oblast',
    ]);
  });

  it('names its officials as published: renaming one needs the right to publish, deleting one is refused', async () => {
    const launched = await strapi.db.query(FIGURE).findOne({
      where: { documentId: ids.launched },
      populate: { claimant: { select: ['documentId', 'name'] } },
    });
    const official = `${CM}/plugin::fact-desk.official/${launched.claimant.documentId}`;
    await refused(() => as('checker').put(official, { name: 'Another name' }), { status: 403 });
    await refused(() => as('superAdmin').delete(official), { status: 400, path: ['documentId'] });
  });

  it('cannot be changed by someone who may publish another edition only', async () => {
    await refused(() => as('ukPublisher').put(`${CM}/${FIGURE}/${ids.launched}`, { count: 274 }), {
      status: 403,
    });
    await refused(() => as('ukPublisher').delete(`${CM}/${FIGURE}/${ids.launched}`), {
      status: 403,
    });
  });

  it('goes only with a publisher: deleting a published article is unpublishing it', async () => {
    const response = await refused(
      () => as('drafter').delete(`${CM}/${ARTICLE}/${ids.story}?locale=*`),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/takes it from readers/);
  });

  it("keeps every record's ids: a write may send them back, never change them", async () => {
    const row = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.launched } });
    await refused(
      () => as('superAdmin').put(`${CM}/${FIGURE}/${ids.launched}`, { documentId: 'another-id' }),
      { status: 400, path: ['documentId'] }
    );
    // Another row id through the document service (the Content Manager drops `id` itself).
    await expect(
      strapi.documents(FIGURE).update({ documentId: ids.launched, data: { id: 99999 } as never })
    ).rejects.toMatchObject({ details: { errors: [{ path: ['id'] }] } });
    const echoed = await as('superAdmin').put(`${CM}/${FIGURE}/${ids.launched}`, {
      id: row.id,
      documentId: ids.launched,
      subject: row.subject,
    });
    expect(echoed.status).toBe(200);
  });

  it('keeps the source edition while another edition exists', async () => {
    await refused(() => as('superAdmin').delete(`${CM}/${ARTICLE}/${ids.story}?locale=en`), {
      status: 400,
      path: ['locale'],
    });
  });
});

// Last: the story is unpublished at the end.
describe("the Content Manager's publication actions on articles", () => {
  it('bulk publish passes the gate: an article with unchecked figures stays a draft', async () => {
    await refused(
      () =>
        as('secondChecker').post(`${CM}/${ARTICLE}/actions/bulkPublish?locale=en`, {
          documentIds: [ids.draft],
        }),
      { status: 400, path: ['figures'] }
    );
  });

  it('discarding a draft that holds another review state needs the verdict permission', async () => {
    const marked = await as('checker').put(`${CM}/${ARTICLE}/${ids.story}?locale=en`, {
      reviewState: 'in_progress',
    });
    expect(marked.status).toBe(200);
    const response = await refused(
      () => as('writer').post(`${CM}/${ARTICLE}/${ids.story}/actions/discard?locale=en`),
      { status: 403 }
    );
    expect(response.body.error.message).toMatch(/review state/);
  });

  it('discarding a draft keeps the published story, and its figures in both versions', async () => {
    const sheet = await publicSheet(strapi);
    const figureIds = async (status: 'draft' | 'published') => {
      const article = await strapi.documents(ARTICLE).findOne({
        documentId: ids.story,
        locale: 'en',
        status,
        populate: { figures: { fields: ['documentId'] } },
      } as never);
      return (article as any).figures.map((figure: any) => figure.documentId).sort();
    };
    const published = await figureIds('published');
    // A record waiting for the next publication goes with the draft it was added to.
    const waiting = await as('drafter').post(`${CM}/${FIGURE}`, {
      asStated: '6 people were missing',
      category: 'missing',
      subject: 'people',
      count: 6,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(waiting.status).toBe(201);
    const edited = await as('secondChecker').put(`${CM}/${ARTICLE}/${ids.story}?locale=en`, {
      title: 'A headline nobody approved',
    });
    expect(edited.status).toBe(200);
    const discarded = await as('secondChecker').post(
      `${CM}/${ARTICLE}/${ids.story}/actions/discard?locale=en`
    );
    expect(discarded.status).toBe(200);
    const draft = await strapi.documents(ARTICLE).findOne({ documentId: ids.story, locale: 'en' });
    expect(draft!.title).not.toBe('A headline nobody approved');
    expect(await figureIds('draft')).toEqual(published);
    expect(await publicSheet(strapi)).toEqual(sheet);
    const kept = await strapi.db.query(FIGURE).findOne({
      where: { documentId: waiting.body.data.documentId },
      populate: { article: { select: ['documentId'] } },
    });
    expect(kept).toMatchObject({ count: 6, article: null });
    expect((await strapi.plugin('fact-desk').service('audit-trail').verify()).intact).toBe(true);
  });

  it('leaves a published whole editable when a discarded draft took its waiting parts', async () => {
    const part = await as('drafter').post(`${CM}/${FIGURE}`, {
      asStated: '5 of them were shot down over the sea',
      category: 'intercepted',
      subject: 'drones',
      count: 5,
      qualifier: 'exact',
      partOf: { connect: [{ documentId: ids.launched }] },
      article: { connect: [{ documentId: ids.story, locale: 'en' }] },
    });
    expect(part.status).toBe(201);
    const discarded = await as('secondChecker').post(
      `${CM}/${ARTICLE}/${ids.story}/actions/discard?locale=en`
    );
    expect(discarded.status).toBe(200);
    const noted = await as('secondChecker').put(`${CM}/${FIGURE}/${ids.launched}`, {
      checkerNote: 'Two wires give the same total.',
    });
    expect({ status: noted.status, error: noted.body.error?.message }).toEqual({
      status: 200,
      error: undefined,
    });
  });

  it('moves a whole only with its parts', async () => {
    const other = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: {
        title: 'Another draft',
        slug: 'another-draft-for-wholes',
        reviewState: 'in_progress',
      },
    });
    const whole = await strapi.documents(FIGURE).create({
      data: {
        asStated: '40 shells were fired',
        category: 'launched',
        subject: 'shells',
        count: 40,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    await strapi.documents(FIGURE).create({
      data: {
        asStated: '10 of them hit homes',
        category: 'hit',
        subject: 'shells',
        count: 10,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        partOf: { documentId: whole.documentId },
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    await refused(
      () =>
        as('writer').put(`${CM}/${FIGURE}/${whole.documentId}`, {
          article: { connect: [{ documentId: other.documentId, locale: 'en' }] },
        }),
      { status: 400, path: ['article'] }
    );
  });

  it('bulk unpublish needs the right to publish articles', async () => {
    await refused(
      () =>
        as('editor').post(`${CM}/${ARTICLE}/actions/bulkUnpublish?locale=en`, {
          documentIds: [ids.story],
        }),
      { status: 403 }
    );
  });

  it('unpublishing the source edition while another stays published is refused', async () => {
    const ukSheet = async () =>
      (
        await api(strapi)
          .get(`/api/fact-desk/fact-sheets/${referenceArticleUk.slug}`)
          .query({ locale: 'uk' })
          .expect(200)
      ).body;
    const before = await ukSheet();
    const response = await refused(
      () => as('secondChecker').post(`${CM}/${ARTICLE}/${ids.story}/actions/unpublish?locale=en`),
      { status: 400, path: ['locale'] }
    );
    expect(response.body.error.message).toMatch(/other published editions/);
    expect(await ukSheet()).toEqual(before);
  });

  it('bulk unpublish takes the story and its figures off the public API', async () => {
    const unpublish = (locale: string) =>
      as('secondChecker').post(`${CM}/${ARTICLE}/actions/bulkUnpublish?locale=${locale}`, {
        documentIds: [ids.story],
      });
    expect((await unpublish('uk')).status).toBe(200);
    const response = await unpublish('en');
    expect(response.status).toBe(200);
    await api(strapi).get(`/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`).expect(404);
    await api(strapi).get(`/api/fact-desk/casualty-figures/${ids.launched}`).expect(404);
  });
});
