import type { Core } from '@strapi/strapi';
import { api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const CONTENT_MANAGER = `/content-manager/collection-types/${FIGURE}`;

let strapi: Core.Strapi;
let token: string;

const figureRows = () => strapi.db.query(FIGURE).findMany({ orderBy: { id: 'asc' } });

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const validFigure = {
  asStated: 'five people were injured',
  category: 'injured',
  subject: 'people',
  count: 5,
  qualifier: 'exact',
  verificationStatus: 'unverified',
};

describe('an invalid enumeration value', () => {
  it('is refused by the document service and nothing is stored', async () => {
    const before = await figureRows();
    await expect(
      strapi
        .documents(FIGURE)
        .create({ data: { ...validFigure, category: 'annihilated' } as never })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await figureRows()).toEqual(before);
  });

  it('gets a 400 naming the field from the Content Manager and nothing is stored', async () => {
    const before = await figureRows();
    const response = await api(strapi)
      .post(CONTENT_MANAGER)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...validFigure, category: 'annihilated' })
      .expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['category'] })])
    );
    expect(await figureRows()).toEqual(before);
  });

  it('gets a 400 on update and the stored figure is unchanged', async () => {
    const before = await figureRows();
    const target = before.find((row) => row.count === 273)!;
    const response = await api(strapi)
      .put(`${CONTENT_MANAGER}/${target.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ qualifier: 'roughly' })
      .expect(400);
    expect(response.body.error.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['qualifier'] })])
    );
    expect(await figureRows()).toEqual(before);
  });

  it('leaves a valid write through, so the refusals above are about the value', async () => {
    const before = await figureRows();
    await api(strapi)
      .post(CONTENT_MANAGER)
      .set('Authorization', `Bearer ${token}`)
      .send(validFigure)
      .expect(201);
    expect(await figureRows()).toHaveLength(before.length + 1);
  });
});
