import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { listApiTokens, revokeApiToken } from '../../api/api-tokens';
import type { ApiToken, CreatedApiToken } from '../../api/api-tokens';
import { useKeysetList } from '../../api/use-keyset-list';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { KeysetTable } from '../../components/keyset-table';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { adminOnly } from './admin-only';
import { ApiTokenForm, ApiTokenSecret } from './api-token-form';
import { SettingsCard } from './settings-card';
import '../../styles/admin-settings.css';

type TokenStatus = 'active' | 'expired' | 'revoked';

function statusOf(token: ApiToken, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const BADGE: Record<TokenStatus, string> = { active: 'badge--paid', expired: 'badge--overdue', revoked: 'badge--muted' };

function ApiTokens() {
  const { t } = useTranslation();
  const api = useApiClient();
  const { date, dateTime } = useFormatters();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useKeysetList<ApiToken>(`tokens|${includeRevoked}`, (client, cursor, signal) => listApiTokens(client, { includeRevoked, cursor, limit: 50 }, signal));
  const revoke = useSubmit(async () => {
    if (!revoking) return;
    await revokeApiToken(api, revoking.id);
    setRevoking(null);
    list.reload();
    // The row and its button go away: focus the list rather than the page's start.
    heading.current?.focus();
  });
  const now = new Date();
  const columns = [
    { label: t('apiTokens.columns.name') },
    { label: t('apiTokens.columns.role') },
    { label: t('apiTokens.columns.created') },
    { label: t('apiTokens.columns.lastUsed') },
    { label: t('apiTokens.columns.expires') },
    { label: t('apiTokens.columns.status') },
    { label: t('common.actions'), hidden: true },
  ];

  return (
    <>
      {created ? (
        <ApiTokenSecret
          token={created}
          onDone={() => {
            setCreated(null);
            heading.current?.focus();
          }}
        />
      ) : null}
      <SettingsCard title={t('apiTokens.title')} icon="tools" headingRef={heading}>
        <p className="card__text">{t('apiTokens.text')}</p>
        <label className="checkbox settings-toggle">
          <input type="checkbox" checked={includeRevoked} onChange={(event) => setIncludeRevoked(event.target.checked)} />
          <span>{t('apiTokens.showRevoked')}</span>
        </label>
        <KeysetTable
          caption={t('apiTokens.title')}
          columns={columns}
          list={list}
          empty={t('apiTokens.none')}
          row={(token) => {
            const status = statusOf(token, now);
            return (
              <tr key={token.id}>
                <th scope="row" data-label={columns[0]?.label}>
                  {token.name}
                  <span className="data-table__sub mono">{token.tokenPrefix}…</span>
                </th>
                <td data-label={columns[1]?.label}>{t(`settings.roles.${token.role}`)}</td>
                <td data-label={columns[2]?.label}>{date(token.createdAt)}</td>
                <td data-label={columns[3]?.label}>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('apiTokens.never')}</td>
                <td data-label={columns[4]?.label}>{token.expiresAt ? date(token.expiresAt) : t('apiTokens.noExpiry')}</td>
                <td data-label={columns[5]?.label}>
                  <span className={`badge ${BADGE[status]}`}>{t(`apiTokens.status.${status}`)}</span>
                  {token.revokedAt ? <span className="data-table__sub">{date(token.revokedAt)}</span> : null}
                </td>
                <td>
                  {status === 'revoked' ? null : (
                    <button type="button" className="button button--ghost button--danger-text" aria-label={t('apiTokens.revokeOf', { name: token.name })} onClick={() => setRevoking(token)}>
                      {t('apiTokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          }}
        />
      </SettingsCard>
      <SettingsCard title={t('apiTokens.createTitle')}>
        <ApiTokenForm
          onCreated={(token) => {
            setCreated(token);
            list.reload();
          }}
        />
      </SettingsCard>
      <ConfirmDialog
        open={revoking !== null}
        title={t('apiTokens.revokeTitle')}
        confirmLabel={t('apiTokens.revoke')}
        tone="danger"
        pending={revoke.pending}
        onConfirm={() => void revoke.run()}
        onCancel={() => {
          revoke.setError(undefined);
          setRevoking(null);
        }}
      >
        <FormAlert error={revoke.error} />
        <p>{t('apiTokens.revokeText', { name: revoking?.name ?? '', prefix: revoking?.tokenPrefix ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}

/** Settings → Integrations / API: the organisation's tokens, a new one, revoking (owners and admins). */
export const ApiTokensSettings = adminOnly(ApiTokens, (t) => t('apiTokens.adminOnly'));
