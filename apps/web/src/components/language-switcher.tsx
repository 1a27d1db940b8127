import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, toLanguage } from '../i18n/languages';

interface LanguageSwitcherProps {
  /** Show the "Langue" label (settings page); the header keeps it for screen readers only. */
  showLabel?: boolean;
}

/** A native select: keyboard and screen-reader friendly, and compact on a phone. */
export function LanguageSwitcher({ showLabel = false }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = toLanguage(i18n.language);

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const language = event.target.value;
    if (isLanguage(language)) void setLanguage(i18n, language);
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className={showLabel ? 'field__label' : 'visually-hidden'}>
        {t('language.label')}
      </label>
      <select id={id} className="select" value={current} onChange={onChange}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
