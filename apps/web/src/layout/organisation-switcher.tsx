import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { switchOrganisation } from '../api/auth';
import { Icon } from '../components/icon';
import { useSession } from '../session/session-context';

/**
 * The active organisation's name in the header; with more than one membership, a native select
 * that switches (PUT /api/me/organisation) and goes back to the dashboard of the new one.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { me, setMe, organisation } = useSession();
  const [pending, setPending] = useState(false);
  const id = useId();

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    setPending(true);
    try {
      setMe(await switchOrganisation(client, event.target.value));
      await navigate('/');
    } catch {
      // The API's error listeners (login, maintenance) react; the select stays on the old value.
    } finally {
      setPending(false);
    }
  }

  if (me.organisations.length < 2) {
    return (
      <div className="organisation">
        <Icon name="building" size={18} />
        <span className="visually-hidden">{t('layout.organisation')}: </span>
        <span className="organisation__name" data-testid="organisation-name">
          {organisation?.name ?? t('layout.organisationPlaceholder')}
        </span>
      </div>
    );
  }
  return (
    <div className="organisation">
      <Icon name="building" size={18} />
      <label htmlFor={id} className="visually-hidden">
        {t('layout.switchOrganisation')}
      </label>
      <select id={id} className="select organisation__select" value={organisation?.id ?? ''} onChange={onChange} disabled={pending}>
        {me.organisations.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
