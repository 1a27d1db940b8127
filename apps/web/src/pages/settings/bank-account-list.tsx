import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../api/bank-accounts';

interface BankAccountListProps {
  accounts: readonly BankAccount[];
  /** Buttons beside an account (settings: make default, delete); none in the onboarding. */
  actions?: (account: BankAccount) => ReactNode;
}

/** The organisation's accounts: label, default, QR-IBAN or IBAN, the IBAN in groups of four. */
export function BankAccountList({ accounts, actions }: BankAccountListProps) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list account-list">
      {accounts.map((account) => (
        <li key={account.id} className="account-list__item">
          <div>
            <p className="account-list__label">
              {account.label}
              {account.isDefault ? <span className="badge badge--paid">{t('settings.bankDefault')}</span> : null}
              <span className="badge badge--muted">{account.isQrIban ? 'QR-IBAN' : 'IBAN'}</span>
            </p>
            <p className="mono">{account.ibanFormatted || account.iban}</p>
            {account.qrrPrefix ? <p className="field__hint">{t('settings.bankPrefix', { prefix: account.qrrPrefix })}</p> : null}
          </div>
          {actions ? <div className="account-list__actions">{actions(account)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
