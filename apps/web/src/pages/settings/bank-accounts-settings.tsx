import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { canAdminister } from '../../api/auth';
import { deleteBankAccount, listBankAccounts, updateBankAccount } from '../../api/bank-accounts';
import type { BankAccount } from '../../api/bank-accounts';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { useSession } from '../../session/session-context';
import { BankAccountForm } from './bank-account-form';
import { BankAccountList } from './bank-account-list';

/** The accounts invoices are paid to: which is the default, QR-IBAN or IBAN, add and remove. */
export function BankAccountsSettings() {
  const { t } = useTranslation();
  const api = useApiClient();
  const { me } = useSession();
  const accounts = useQuery<BankAccount[]>('bank-accounts', (client, signal) => listBankAccounts(client, signal));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BankAccount | null>(null);
  const [error, setError] = useState<unknown>();
  const admin = canAdminister(me.role);

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      accounts.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="settings-accounts">
        <h2 id="settings-accounts" className="card__title">
          <Icon name="bank" /> {t('settings.bankTitle')}
        </h2>
        <FormAlert error={error ?? accounts.error} />
        {accounts.data && accounts.data.length === 0 ? <p className="card__text">{t('settings.bankText')}</p> : null}
        <BankAccountList
          accounts={accounts.data ?? []}
          actions={
            admin
              ? (account) => (
                  <>
                    {!account.isDefault ? (
                      <button type="button" className="button button--secondary" onClick={() => void act(() => updateBankAccount(api, account.id, { isDefault: true }))}>
                        {t('settings.bankMakeDefault')}
                      </button>
                    ) : null}
                    <button type="button" className="button button--ghost button--danger-text" onClick={() => setRemoving(account)}>
                      {t('common.delete')}
                    </button>
                  </>
                )
              : undefined
          }
        />
        {admin && !adding ? (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            <Icon name="plus" /> {t('settings.bankAction')}
          </button>
        ) : null}
      </section>
      {adding ? (
        <section className="card" aria-labelledby="settings-new-account">
          <h2 id="settings-new-account" className="card__title">
            {t('settings.bankAction')}
          </h2>
          <BankAccountForm
            isDefault={(accounts.data ?? []).length === 0}
            submitLabel={t('common.save')}
            onSaved={() => {
              setAdding(false);
              accounts.reload();
            }}
            extraActions={
              <button type="button" className="button button--secondary" onClick={() => setAdding(false)}>
                {t('common.cancel')}
              </button>
            }
          />
        </section>
      ) : null}
      {!admin ? <Notice>{t('settings.readOnly')}</Notice> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('settings.bankDeleteTitle')}
        confirmLabel={t('common.delete')}
        tone="danger"
        onConfirm={() => {
          const account = removing;
          setRemoving(null);
          if (account) void act(() => deleteBankAccount(api, account.id));
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('settings.bankDeleteText', { label: removing?.label ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
