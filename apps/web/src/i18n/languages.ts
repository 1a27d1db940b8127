export const LANGUAGES = ['fr', 'de', 'it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'fr';

/** Swiss regional locales: they set the number grouping (1'234.50 in de-CH/it-CH) and date order. */
export const LOCALES: Record<Language, string> = {
  fr: 'fr-CH',
  de: 'de-CH',
  it: 'it-CH',
  en: 'en-CH',
};

/** Each language is named in itself, so that a user who cannot read the current one finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps any tag (`de-CH`, `it`, `EN`) to a supported language, French otherwise. */
export function toLanguage(tag: string | null | undefined): Language {
  const base = tag?.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}

export function localeOf(tag: string | null | undefined): string {
  return LOCALES[toLanguage(tag)];
}
