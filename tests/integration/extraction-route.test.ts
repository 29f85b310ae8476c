import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startDemo } from '../helpers/demo';
import { api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

const story = fs.readFileSync(
  path.resolve(__dirname, '..', '..', 'playground', 'data', 'reference-story.txt'),
  'utf8'
);

let strapi: Core.Strapi;
let token: string;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const extract = (body: unknown) =>
  api(strapi)
    .post('/fact-desk/extract')
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);

describe('POST /fact-desk/extract', () => {
  it('returns the figures and officials of a text in the documented shape', async () => {
    const { body } = await extract({ text: story }).expect(200);
    expect(body.figures).toHaveLength(10);
    expect(body.figures[0]).toEqual({
      category: 'launched',
      subject: 'drones and decoys',
      count: 273,
      low: null,
      high: null,
      qualifier: 'exact',
      asStated: '273 drones and decoys',
      start: story.indexOf('273 drones and decoys'),
      end: story.indexOf('273 drones and decoys') + '273 drones and decoys'.length,
      claimant: 'Ukraine’s Air Force',
      partOf: null,
    });
    expect(body.officials).toContainEqual(
      expect.objectContaining({ name: 'Kyrylo Budanov', role: 'Ukrainian intelligence chief' })
    );
  });

  it('answers a request without text with a 400 naming the field', async () => {
    const { body } = await extract({}).expect(400);
    expect(body.error.details.errors[0]).toMatchObject({ path: ['text'] });
    const tooLong = await extract({ text: 'x'.repeat(200_001) }).expect(400);
    expect(tooLong.body.error.details.errors[0].path).toEqual(['text']);
    await extract({ text: story, extra: true }).expect(400);
  });

  it('is for signed-in admins only', async () => {
    await api(strapi).post('/fact-desk/extract').send({ text: story }).expect(401);
  });
});
