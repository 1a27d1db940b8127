import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import type { ApiClient } from '../../api/api-client';
import { fetchMe } from '../../api/auth';
import { acceptInvitation } from '../../api/members';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';

/**
 * The acceptance of each token, once per page load. A token is single-use: a second request, from
 * the page mounted again (StrictMode, the router remounting it), would be refused as invalid after
 * the first succeeded. A remount takes up the request already made; a failed one may be retried.
 */
const accepting = new Map<string, Promise<unknown>>();

function acceptOnce(api: ApiClient, token: string): Promise<unknown> {
  let pending = accepting.get(token);
  if (!pending) {
    pending = acceptInvitation(api, token);
    pending.catch(() => accepting.delete(token));
    accepting.set(token, pending);
  }
  return pending;
}

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

  useEffect(() => {
    if (token.length < 20) return;
    // Only the page still shown acts on the answer: one mounted and unmounted again (StrictMode)
    // neither navigates nor shows an error.
    let shown = true;
    acceptOnce(api, token)
      .then(async () => {
        const me = await fetchMe(api);
        if (!shown) return;
        setMe(me);
        await navigate('/', { replace: true });
      })
      .catch((caught: unknown) => {
        if (shown) setError(caught);
      });
    return () => {
      shown = false;
    };
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
