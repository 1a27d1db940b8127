import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { canAdminister } from '../../api/auth';
import type { Role } from '../../api/auth';
import { changeRole, invite, listInvitations, listMembers, removeMember, revokeInvitation } from '../../api/members';
import type { Invitation, Member } from '../../api/members';
import type { Page } from '../../api/pagination';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';

const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'accountant'];

/** Who works in the organisation, with which role; invitations by e-mail. */
export function MembersSettings() {
  const { t } = useTranslation();
  const api = useApiClient();
  const { me } = useSession();
  const { date } = useFormatters();
  const admin = canAdminister(me.role);
  const members = useQuery<Page<Member>>('members', (client, signal) => listMembers(client, signal));
  const invitations = useQuery<Page<Invitation>>(admin ? 'invitations' : null, (client, signal) => listInvitations(client, signal));
  const [error, setError] = useState<unknown>();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [sent, setSent] = useState<string | null>(null);
  const roleOptions = ROLES.map((value) => ({ value, label: t(`settings.roles.${value}`) }));

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      members.reload();
      invitations.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const send = useSubmit(async () => {
    await invite(api, email.trim(), role);
    setSent(email.trim());
    setEmail('');
    invitations.reload();
  }, ['email', 'role']);

  return (
    <>
      <section className="card" aria-labelledby="settings-members">
        <h2 id="settings-members" className="card__title">
          <Icon name="clients" /> {t('settings.tabs.members')}
        </h2>
        <p className="card__text">{t('settings.rolesText')}</p>
        <FormAlert error={error ?? members.error} />
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.tabs.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.memberName')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('settings.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(members.data?.items ?? []).map((member) => (
                <tr key={member.userId}>
                  <th scope="row" data-label={t('settings.memberName')}>
                    {member.name}
                    {member.isYou ? (
                      <>
                        {' '}
                        <span className="badge badge--muted">{t('settings.you')}</span>
                      </>
                    ) : null}
                  </th>
                  <td data-label={t('auth.email')}>{member.email}</td>
                  <td data-label={t('settings.role')}>
                    {admin && !member.isYou ? (
                      <label>
                        <span className="visually-hidden">{t('settings.roleOf', { name: member.name })}</span>
                        <select className="select" value={member.role} onChange={(event) => void act(() => changeRole(api, member.userId, event.target.value as Role))}>
                          {roleOptions.map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.label}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : (
                      t(`settings.roles.${member.role}`)
                    )}
                  </td>
                  <td>
                    {admin && !member.isYou ? (
                      <button type="button" className="button button--ghost button--danger-text" onClick={() => void act(() => removeMember(api, member.userId))}>
                        {t('settings.removeMember')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {admin ? (
        <section className="card" aria-labelledby="settings-invite">
          <h2 id="settings-invite" className="card__title">
            {t('settings.inviteTitle')}
          </h2>
          {sent ? <Notice tone="success">{t('settings.inviteSent', { email: sent })}</Notice> : null}
          <form className="form" onSubmit={send.onSubmit} noValidate>
            <FormAlert error={send.formError} />
            <div className="form-grid">
              <TextField label={t('auth.email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={send.fieldError('email')} required />
              <SelectField label={t('settings.role')} value={role} onChange={(event) => setRole(event.target.value as Role)} options={roleOptions} error={send.fieldError('role')} />
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={send.pending}>
                {t('settings.inviteSubmit')}
              </button>
            </div>
          </form>
          {invitations.data && invitations.data.items.length > 0 ? (
            <>
              <h3 className="subheading">{t('settings.pendingInvitations')}</h3>
              <ul className="plain-list">
                {invitations.data.items.map((invitation) => (
                  <li key={invitation.id} className="account-list__item">
                    <span>
                      {invitation.email} · {t(`settings.roles.${invitation.role}`)}
                      <span className="data-table__sub">{t('settings.invitationExpires', { date: date(invitation.expiresAt) })}</span>
                    </span>
                    <button type="button" className="button button--ghost" onClick={() => void act(() => revokeInvitation(api, invitation.id))}>
                      {t('settings.revoke')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
