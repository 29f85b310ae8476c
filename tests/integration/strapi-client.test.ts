import { strapi as createClient } from '@strapi/client';
import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'net';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  client = createClient({ baseURL: `http://127.0.0.1:${port}/api` });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const factDesk = (resource: string) =>
  client.collection(resource, { plugin: { name: 'fact-desk' } });

describe('the official @strapi/client, unchanged', () => {
  it('lists and reads the plugin collections', async () => {
    const articles = await factDesk('articles').find({
      populate: { figures: { fields: ['count'] } },
    });
    expect(articles.data).toHaveLength(1);
    expect(articles.data[0].slug).toBe(REFERENCE_SLUG);
    expect((articles.data[0].figures as unknown[]).length).toBe(10);

    const killed = await factDesk('casualty-figures').find({
      filters: { category: { $eq: 'killed' } },
      populate: { claimant: { fields: ['name'] } },
    });
    expect(killed.data.map((figure) => figure.count)).toEqual([1]);

    const claimant = killed.data[0].claimant as { documentId: string };
    const speaker = await factDesk('officials').findOne(claimant.documentId);
    expect(speaker.data.name).toBe('Mykola Kalashnyk');
  });

  it('reads a fact sheet', async () => {
    const response = await client.fetch(`/fact-desk/fact-sheets/${REFERENCE_SLUG}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: any };
    expect(data.title).toContain('273 drones');
    expect(data.verification.figures.unverified).toBe(10);
  });

  it('reports a refused request as the client reports errors', async () => {
    await expect(factDesk('articles').find({ status: 'draft' })).rejects.toMatchObject({
      response: { status: 400 },
    });
  });
});
