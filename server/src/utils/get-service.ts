import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type FactDeskService<Name extends ServiceName> = ReturnType<Services[Name]>;

/** The plugin's services, typed from their factories. */
export const getService = <Name extends ServiceName>(
  strapi: Core.Strapi,
  name: Name
): FactDeskService<Name> => strapi.plugin('fact-desk').service(name);
