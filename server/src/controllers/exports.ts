import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';
import { figureFiltersQuery } from './tallies';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sendCsv = async (ctx: Context, format: 'csv' | 'hxl') => {
    const filters = parseQuery(figureFiltersQuery, ctx.query);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(format === 'hxl' ? 'figures.hxl.csv' : 'figures.csv');
    ctx.body = await getService(strapi, 'front-end').figuresCsv(filters, format);
  };

  return {
    figuresCsv: (ctx: Context) => sendCsv(ctx, 'csv'),
    figuresHxl: (ctx: Context) => sendCsv(ctx, 'hxl'),
  };
};
