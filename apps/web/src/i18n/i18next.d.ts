import type { Messages } from './locales/fr';

// Typed keys: `t('nav.invoices')` is checked against the French messages, which every other
// language must match (see locales/*.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
