import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listApiTokens } from '../../api/api-tokens';
import type { ApiToken } from '../../api/api-tokens';
import { listAuditEvents } from '../../api/audit';
import type { AuditEvent } from '../../api/audit';
import { listMembers } from '../../api/members';
import type { Member } from '../../api/members';
import type { Page } from '../../api/pagination';
import { useKeysetList } from '../../api/use-keyset-list';
import { useQuery } from '../../api/use-query';
import { KeysetTable } from '../../components/keyset-table';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useFormatters } from '../../i18n/use-formatters';
import { adminOnly } from './admin-only';
import { ACTION_FAMILIES, describeAuditEvent } from './audit-event-text';
import type { AuditTextContext } from './audit-event-text';
import { SettingsCard } from './settings-card';
import '../../styles/admin-settings.css';

function AuditLog() {
  const { t } = useTranslation();
  const { money, amount, dateTime, list: listOf } = useFormatters();
  const [family, setFamily] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const list = useKeysetList<AuditEvent>(`audit|${family}|${from}|${to}`, (client, cursor, signal) =>
    listAuditEvents(client, { action: family ? `${family}.*` : undefined, from: from || undefined, to: to || undefined, cursor, limit: 50 }, signal),
  );
  // Events about a member (role changed) name them; the event records only their id.
  const members = useQuery<Page<Member>>('members', (client, signal) => listMembers(client, signal));
  // What an integration did names its token; the event records only the token's id.
  const tokens = useQuery<Page<ApiToken>>('api-tokens|all', (client, signal) => listApiTokens(client, { includeRevoked: true, cursor: null, limit: 200 }, signal));
  const context = useMemo<AuditTextContext>(() => {
    const people = new Map((members.data?.items ?? []).map((member) => [member.userId, member.name]));
    const integrations = new Map((tokens.data?.items ?? []).map((token) => [token.id, token.name]));
    return { t, money, amount, list: listOf, memberName: (userId) => people.get(userId), tokenName: (tokenId) => integrations.get(tokenId) };
  }, [t, money, amount, listOf, members.data, tokens.data]);
  const columns = [{ label: t('auditLog.columns.when') }, { label: t('auditLog.columns.event') }, { label: t('auditLog.columns.origin') }];
  const familyOptions = [{ value: '', label: t('auditLog.all') }, ...ACTION_FAMILIES.map((value) => ({ value, label: t(`auditLog.families.${value}`) }))];

  return (
    <SettingsCard title={t('auditLog.title')} icon="eye">
      <p className="card__text">{t('auditLog.text')}</p>
      <div className="settings-filters">
        <SelectField label={t('auditLog.filterAction')} value={family} onChange={(event) => setFamily(event.target.value)} options={familyOptions} />
        <TextField label={t('auditLog.from')} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />
        <TextField label={t('auditLog.to')} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
      </div>
      <KeysetTable
        caption={t('auditLog.title')}
        columns={columns}
        list={list}
        empty={t('auditLog.empty')}
        row={(event) => {
          const { text, details, link } = describeAuditEvent(event, context);
          return (
            <tr key={event.id}>
              <td data-label={columns[0]?.label}>
                <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>
              </td>
              <th scope="row" data-label={columns[1]?.label}>
                {link ? (
                  <Link to={link} className="data-table__link">
                    {text}
                  </Link>
                ) : (
                  text
                )}
                {details ? <span className="data-table__sub">{details}</span> : null}
              </th>
              <td data-label={columns[2]?.label}>{event.ip ?? t('common.none')}</td>
            </tr>
          );
        }}
      />
    </SettingsCard>
  );
}

/** Settings → Audit log: who did what and when, newest first (owners and admins, like the API). */
export const AuditLogSettings = adminOnly(AuditLog, (t) => t('auditLog.adminOnly'));
