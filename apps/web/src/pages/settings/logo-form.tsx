import { useEffect, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { deleteLogo, uploadLogo } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { FormAlert } from '../../components/form-alert';
import { useSubmit } from '../../components/use-submit';

const MAX_BYTES = 512 * 1024;
const TYPES = ['image/png', 'image/jpeg'];

interface LogoFormProps {
  organisation: Organisation;
  onSaved: (organisation: Organisation | null) => void | Promise<void>;
  readOnly?: boolean;
  extraActions?: ReactNode;
}

/** The logo printed at the top of every document: PNG or JPEG, at most 512 KB. */
export function LogoForm({ organisation, onSaved, readOnly = false, extraActions }: LogoFormProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  // A changing query string makes the browser fetch the new logo instead of a cached one.
  const [version, setVersion] = useState(() => Date.parse(organisation.updatedAt) || 0);
  const [hasLogo, setHasLogo] = useState(organisation.logo !== null);
  const [preview, setPreview] = useState<string | undefined>();

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const upload = useSubmit(async () => undefined);
  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    upload.setError(undefined);
    if (!TYPES.includes(file.type)) {
      upload.setError(new ApiError({ status: 415, code: 'LOGO_TYPE_UNSUPPORTED', message: 'LOGO_TYPE_UNSUPPORTED' }));
      return;
    }
    if (file.size > MAX_BYTES) {
      upload.setError(new ApiError({ status: 413, code: 'LOGO_TOO_LARGE', message: 'LOGO_TOO_LARGE' }));
      return;
    }
    try {
      const saved = await uploadLogo(api, file);
      setPreview(URL.createObjectURL(file));
      setHasLogo(true);
      setVersion(Date.now());
      await onSaved(saved);
    } catch (error) {
      upload.setError(error);
    }
  }

  const remove = useSubmit(async () => {
    await deleteLogo(api);
    setHasLogo(false);
    setPreview(undefined);
    await onSaved(null);
  });

  return (
    <div className="form">
      <FormAlert error={upload.error ?? remove.formError} />
      <div className="logo-box">
        {hasLogo ? (
          <img className="logo-box__image" src={preview ?? `/api/organisation/logo?v=${version}`} alt={t('organisation.logo.alt')} />
        ) : (
          <span className="logo-box__empty">{t('organisation.logo.none')}</span>
        )}
      </div>
      {readOnly ? null : (
        <div className="form-actions">
          {extraActions}
          <label className="button button--secondary file-button">
            <input type="file" accept="image/png,image/jpeg" className="visually-hidden" onChange={(event) => void onFile(event)} />
            {hasLogo ? t('organisation.logo.replace') : t('organisation.logo.choose')}
          </label>
          {hasLogo ? (
            <button type="button" className="button button--ghost" onClick={() => void remove.run()} disabled={remove.pending}>
              {t('organisation.logo.remove')}
            </button>
          ) : null}
        </div>
      )}
      <p className="field__hint">{t('organisation.logo.hint')}</p>
    </div>
  );
}
