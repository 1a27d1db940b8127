import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { fetchMe } from '../../api/auth';
import { acceptInvitation } from '../../api/members';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';

/**
 * `/invitations/accept?token=…` from the invitation e-mail. Signed-in users only (the app layout
 * sends others to log in or sign up, then back here): joins the organisation and switches to it.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [error, setError] = useState<unknown>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current || token.length < 20) return;
    started.current = true;
    acceptInvitation(api, token)
      .then(async () => {
        setMe(await fetchMe(api));
        await navigate('/', { replace: true });
      })
      .catch(setError);
  }, [api, token, navigate, setMe]);

  return (
    <>
      <PageHeader title={t('settings.acceptTitle')} />
      {token.length < 20 ? <p className="lead">{t('settings.acceptNoToken')}</p> : error ? <FormAlert error={error} /> : <p role="status">{t('common.loading')}</p>}
      {error || token.length < 20 ? (
        <Link to="/" className="button button--primary">
          {t('notFound.back')}
        </Link>
      ) : null}
    </>
  );
}
