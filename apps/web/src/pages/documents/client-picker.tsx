import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addressLine, listClients } from '../../api/clients';
import type { Client } from '../../api/clients';
import { Combobox } from '../../components/combobox';
import { Icon } from '../../components/icon';

interface ClientPickerProps {
  client: Pick<Client, 'id' | 'name'> & Partial<Client> | null;
  onPick: (client: Client) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** Search the clients by name, town or e-mail; or create one and come back with it chosen. */
export function ClientPicker({ client, onPick, error, disabled = false }: ClientPickerProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [text, setText] = useState(client?.name ?? '');
  const errorId = 'client-picker-error';
  const returnTo = encodeURIComponent(`${location.pathname}`);

  return (
    <div className="field client-picker">
      <label htmlFor="client-picker" className="field__label">
        {t('editor.client')}
      </label>
      <Combobox<Client>
        id="client-picker"
        value={text}
        onChange={setText}
        minLength={0}
        placeholder={t('editor.clientPlaceholder')}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        search={async (api, q, signal) => (await listClients(api, { q: q || undefined, limit: 8 }, signal)).items}
        optionKey={(option) => option.id}
        renderOption={(option) => (
          <>
            <span className="combobox__title">{option.name}</span>
            <span className="combobox__sub">{addressLine(option)}</span>
          </>
        )}
        onSelect={(option) => {
          setText(option.name);
          onPick(option);
        }}
        footer={
          <Link to={`/clients/new?return=${returnTo}`} className="combobox__action">
            <Icon name="plus" size={16} /> {t('editor.newClient')}
          </Link>
        }
      />
      {client?.postalCode ? <p className="field__hint">{addressLine(client as Client)}</p> : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
