import type { Core } from '@strapi/strapi';
import type { FactDeskConfig } from '../config';

export const pluginConfig = <Key extends keyof FactDeskConfig>(
  strapi: Core.Strapi,
  key: Key
): FactDeskConfig[Key] => strapi.plugin('fact-desk').config(key);
