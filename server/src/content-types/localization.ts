/** i18n plugin options for attributes of the localized article. */
export const localized = { i18n: { localized: true } } as const;
export const shared = { i18n: { localized: false } } as const;
