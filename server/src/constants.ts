/** The plugin's content types. */
export const ARTICLE = 'plugin::fact-desk.article';
export const FIGURE = 'plugin::fact-desk.casualty-figure';
export const QUOTE = 'plugin::fact-desk.quote';
export const OFFICIAL = 'plugin::fact-desk.official';
export const CORRECTION = 'plugin::fact-desk.correction';
export const AUDIT_EVENT = 'plugin::fact-desk.audit-event';

/** What every uid of the plugin (content types, policies, middlewares) starts with. */
export const PLUGIN_UID_PREFIX = 'plugin::fact-desk.';
