import { useTranslation } from 'react-i18next';
import { addressLine, listClients } from '../../api/clients';
import type { Client, ClientInput } from '../../api/clients';
import { CatalogueListPage } from '../catalogue/catalogue-list-page';

/** The business's clients: name and contact, address, e-mail; CSV import. */
export function ClientsPage() {
  const { t } = useTranslation();
  return (
    <CatalogueListPage<Client, ClientInput>
      kind="clients"
      fetchPage={listClients}
      subtitle={(client) => client.contactName}
      columns={[
        { header: t('clients.columns.address'), cell: addressLine },
        { header: t('clients.fields.email'), cell: (client) => client.email ?? t('common.none') },
      ]}
      importColumns={[
        { field: 'name', label: t('clients.fields.name') },
        { field: 'street', label: t('clients.fields.street') },
        { field: 'postalCode', label: t('clients.fields.postalCode') },
        { field: 'town', label: t('clients.fields.town') },
        { field: 'country', label: t('clients.fields.country') },
        { field: 'email', label: t('clients.fields.email') },
      ]}
      renderImportValue={(field, value) => (field === 'street' ? String(value ?? '') : String(value ?? t('common.none')))}
    />
  );
}
