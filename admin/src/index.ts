import type { StrapiApp } from '@strapi/strapi/admin';

import { Initializer } from './components/Initializer';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const loadTranslations = async (locale: string): Promise<Record<string, string>> => {
  try {
    const { default: data } = (await import(`./translations/${locale}.json`)) as TranslationModule;
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [getTranslation(key), value])
    );
  } catch {
    return {};
  }
};

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => ({ data: await loadTranslations(locale), locale }))
    );
  },
};

export default plugin;
