import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../api/bank-accounts';
import type { QueryState } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { BankAccountForm } from '../settings/bank-account-form';
import { BankAccountList } from '../settings/bank-account-list';

interface BankStepProps {
  accounts: QueryState<BankAccount[]>;
  /** To the next step: after "continue" with the saved accounts, after a new one, or "skip". */
  onNext: () => void | Promise<void>;
  backButton: ReactNode;
}

/**
 * The onboarding's bank step. Accounts saved before (an earlier visit, or the settings) are shown
 * with "continue" and "add another": an empty form would invite typing the same IBAN again, which
 * the API refuses (BANK_ACCOUNT_DUPLICATE).
 */
export function BankStep({ accounts, onNext, backButton }: BankStepProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const saved = accounts.data ?? [];

  if (!accounts.data && !accounts.error) return <p role="status">{t('common.loading')}</p>;
  if (saved.length > 0 && !adding) {
    return (
      <>
        <p className="card__text">{t('onboarding.bankSaved', { count: saved.length })}</p>
        <BankAccountList accounts={saved} />
        <div className="form-actions">
          {backButton}
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            <Icon name="plus" /> {t('onboarding.bankAddAnother')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void onNext()}>
            {t('onboarding.continue')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {/* The list could not be loaded: the form still lets the user go on. */}
      <FormAlert error={accounts.error} />
      <BankAccountForm
        isDefault={saved.length === 0}
        onSaved={async () => {
          accounts.reload();
          await onNext();
        }}
        submitLabel={t('onboarding.continue')}
        extraActions={
          saved.length > 0 ? (
            <button type="button" className="button button--secondary" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </button>
          ) : (
            <>
              {backButton}
              <button type="button" className="button button--ghost" onClick={() => void onNext()}>
                {t('common.skip')}
              </button>
            </>
          )
        }
      />
    </>
  );
}
