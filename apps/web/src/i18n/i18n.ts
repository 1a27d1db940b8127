import { createInstance } from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LOCALES } from './languages';
import type { Language } from './languages';
import { fr } from './locales/fr';
import type { Messages } from './locales/fr';

export const LANGUAGE_STORAGE_KEY = 'simplifaq.language';

// French ships in the entry chunk (default and fallback for any missing key); the other languages
// are separate chunks fetched on first use, so each new translated page does not grow the
// initial download four times.
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  de: () => import('./locales/de').then((module) => module.de),
  it: () => import('./locales/it').then((module) => module.it),
  en: () => import('./locales/en').then((module) => module.en),
};

async function loadMessages(language: Language): Promise<Messages> {
  return language === 'fr' ? fr : loaders[language]();
}

export function readStoredLanguage(storage: Storage | undefined = safeLocalStorage()): Language | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can throw (privacy mode, disabled cookies): the app still works, in French.
    return undefined;
  }
}

function storeLanguage(language: Language, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is better than failing the switch.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined' && isLanguage(language)) {
    document.documentElement.lang = LOCALES[language];
  }
}

/**
 * Creates the app's i18next instance in the remembered language (French by default), with that
 * language's messages loaded before the first render so no untranslated frame shows.
 */
export async function createI18n(language: Language = readStoredLanguage() ?? DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = createInstance();
  instance.on('languageChanged', applyDocumentLanguage);
  const resources: Record<string, { translation: Messages }> = { fr: { translation: fr } };
  if (language !== 'fr') resources[language] = { translation: await loadMessages(language) };
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...Object.keys(LOCALES)],
    resources,
    interpolation: { escapeValue: false }, // React escapes.
    react: { useSuspense: false }, // Bundles are loaded before changeLanguage, never during render.
  });
  return instance;
}

/** Switches the UI language at the user's request, loading it if needed, and remembers it. */
export async function setLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadMessages(language));
  }
  await instance.changeLanguage(language);
  storeLanguage(language);
}
