import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isKnownCode } from '../../api/error-message';
import { Icon } from '../../components/icon';
import type { PreflightIssue } from './preflight';

const ADDRESS_FIELDS = new Set(['name', 'street', 'buildingNumber', 'postalCode', 'town', 'country']);

/** One sentence for a pre-flight problem: where it is, which field, and what is wrong. */
export function preflightText(t: TFunction, issue: PreflightIssue): string {
  const values = { ...issue.params };
  const message = isKnownCode(issue.code) ? t(`apiErrors.${issue.code}`, values) : issue.code;
  const area = t(`editor.preflight.areas.${issue.area}`);
  const field = issue.field && ADDRESS_FIELDS.has(issue.field) ? t(`clients.fields.${issue.field as 'postalCode'}`) : undefined;
  return field ? t('editor.preflight.fieldIssue', { area, field, message }) : t('editor.preflight.issue', { area, message });
}

interface PreflightPanelProps {
  kind: 'invoice' | 'quote';
  issues: PreflightIssue[];
  clientId: string | null;
  returnTo: string;
}

/** Before "issue": every QR-bill problem, with a link to where it is fixed; or "ready". */
export function PreflightPanel({ kind, issues, clientId, returnTo }: PreflightPanelProps) {
  const { t } = useTranslation();
  const fixLink = (issue: PreflightIssue) => {
    if (issue.area === 'creditor' || issue.area === 'vat') return '/settings/organisation';
    if (issue.area === 'bank' && issue.code === 'NO_BANK_ACCOUNT') return '/settings/bank-accounts';
    if (issue.area === 'debtor' && clientId) return `/clients/${clientId}?return=${encodeURIComponent(returnTo)}`;
    return undefined;
  };
  return (
    <section className={`preflight ${issues.length ? 'preflight--issues' : 'preflight--ok'}`} aria-labelledby="preflight-title" aria-live="polite">
      <h2 id="preflight-title" className="preflight__title">
        <Icon name={issues.length ? 'alert' : 'check'} /> {issues.length ? t('editor.preflight.titleIssues', { count: issues.length }) : t('editor.preflight.titleOk')}
      </h2>
      {issues.length ? (
        <ul className="preflight__list">
          {issues.map((issue, index) => {
            const link = fixLink(issue);
            return (
              <li key={`${issue.area}-${issue.code}-${issue.field ?? index}`}>
                {preflightText(t, issue)}{' '}
                {link ? (
                  <Link to={link} className="preflight__fix">
                    {t('editor.preflight.fix')}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="preflight__text">{t(`editor.${kind}.ready`)}</p>
      )}
    </section>
  );
}
