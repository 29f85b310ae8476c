import { configs } from '@strapi/logger';

// Strapi's default logger, with the level taken from LOG_LEVEL (the tests set "warn").
export default {
  ...configs.createDefaultConfiguration(),
  level: process.env.LOG_LEVEL || 'http',
};
