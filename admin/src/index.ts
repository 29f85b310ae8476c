import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { CheckCircle } from '@strapi/icons';

import { FactCheckPanel } from './components/FactCheckPanel';
import { contentManagerMessages } from './content-manager/content-types';
import { translateEditLayout } from './content-manager/edit-view-translations';
import { translateListColumns } from './content-manager/list-view-translations';
import { Initializer } from './components/Initializer';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const loadTranslations = async (locale: string): Promise<Record<string, string>> => {
  try {
    const { default: data } = (await import(`./translations/${locale}.json`)) as TranslationModule;
    return {
      ...Object.fromEntries(
        Object.entries(data).map(([key, value]) => [getTranslation(key), value])
      ),
      ...contentManagerMessages(data),
    };
  } catch {
    return {};
  }
};

/**
 * The Content Manager renders custom field inputs with its own props (name, label, hint...), which
 * the registry's type does not spell out.
 */
const lazyInput =
  <Props>(load: () => Promise<{ default: ComponentType<Props> }>) =>
  () =>
    load() as unknown as Promise<{ default: ComponentType }>;

const label = (id: string, defaultMessage: string) => ({ id: getTranslation(id), defaultMessage });

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: CheckCircle,
      intlLabel: label('queue.title', 'Fact-check queue'),
      Component: () => import('./pages/QueuePage'),
      permissions: [],
    });

    app.customFields.register([
      {
        name: 'verification-status',
        pluginId: PLUGIN_ID,
        type: 'string',
        intlLabel: label('field.verificationStatus.label', 'Verification status'),
        intlDescription: label(
          'field.verificationStatus.description',
          'Unverified, single source, corroborated, verified, disputed or incorrect, shown as a badge'
        ),
        icon: CheckCircle,
        components: { Input: lazyInput(() => import('./components/VerificationStatusInput')) },
      },
      {
        name: 'evidence',
        pluginId: PLUGIN_ID,
        type: 'json',
        intlLabel: label('field.evidence.label', 'Evidence'),
        intlDescription: label(
          'field.evidence.description',
          'Source links with an archived copy, publisher, accessed date and note'
        ),
        components: { Input: lazyInput(() => import('./components/EvidenceInput')) },
      },
      {
        name: 'choice',
        pluginId: PLUGIN_ID,
        type: 'enumeration',
        intlLabel: label('field.choice.label', 'Choice'),
        intlDescription: label(
          'field.choice.description',
          "An enumeration of Fact Desk's types, its choices shown by their meaning"
        ),
        components: { Input: lazyInput(() => import('./components/ChoiceInput')) },
      },
    ]);

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager').apis as {
      addEditViewSidePanel: (panels: PanelComponent[]) => void;
    };
    contentManager.addEditViewSidePanel([FactCheckPanel]);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', translateEditLayout);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', translateListColumns);
  },

  registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => ({ data: await loadTranslations(locale), locale }))
    );
  },
};

export default plugin;
