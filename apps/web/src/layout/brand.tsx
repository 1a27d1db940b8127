import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

// A red ledger mark rather than a Swiss cross: the cross is a protected emblem in commercial use.
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" />
        <path d="M9 9h14v2H9zm0 6h14v2H9zm0 6h9v2H9z" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
