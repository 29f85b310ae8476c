import { factories } from '@strapi/strapi';
import { refuseDraftStatus } from './published-only';

export default factories.createCoreController('plugin::fact-desk.article', () => ({
  async find(ctx) {
    refuseDraftStatus(ctx);
    return super.find(ctx);
  },
  async findOne(ctx) {
    refuseDraftStatus(ctx);
    return super.findOne(ctx);
  },
}));
