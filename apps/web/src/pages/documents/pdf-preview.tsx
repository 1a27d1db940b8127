import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { FormAlert } from '../../components/form-alert';

interface PdfPreviewProps {
  /** API path of the PDF; null before the document exists. */
  path: string | null;
  /** Changes whenever the PDF would change (the document's updatedAt). */
  version: string | null;
  title: string;
}

/**
 * The PDF the API renders, shown beside the form. Fetched as a blob (with the session cookie and
 * its 401 handling) and displayed from an object URL, refreshed on every saved change.
 */
export function PdfPreview({ path, version, title }: PdfPreviewProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [url, setUrl] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    let objectUrl: string | undefined;
    setLoading(true);
    setError(undefined);
    client
      .blob(path, { signal: controller.signal, headers: { accept: 'application/pdf' } })
      .then((blob) => {
        if (controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' }));
        setUrl(objectUrl);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, path, version]);

  if (!path) return <p className="preview__empty">{t('editor.preview.saveFirst')}</p>;
  return (
    <div className="preview__pdf" aria-busy={loading}>
      {error ? <FormAlert error={error} /> : null}
      {url ? <iframe className="preview__frame" src={url} title={title} /> : loading ? <p className="preview__empty">{t('common.loading')}</p> : null}
    </div>
  );
}
