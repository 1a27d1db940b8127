import { useTranslation } from 'react-i18next';
import { describeError } from '../api/error-message';
import { Icon } from './icon';

/** The form-level error, announced at once (role="alert") when a submit fails. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { message, reference } = describeError(t, error);
  return (
    <div className="alert alert--error" role="alert">
      <Icon name="alert" />
      <div>
        <p>{message}</p>
        {reference ? <p className="alert__reference">{reference}</p> : null}
      </div>
    </div>
  );
}
