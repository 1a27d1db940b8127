import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperPreview } from './paper-preview';
import type { PaperPreviewProps } from './paper-preview';
import { PdfPreview } from './pdf-preview';

interface PreviewPaneProps {
  kind: 'invoice' | 'quote';
  pdfPath: string | null;
  pdfVersion: string | null;
  paper: PaperPreviewProps;
}

type Tab = 'paper' | 'pdf';

/** Beside the form (below it on phones): the live sheet, and the API's PDF of the saved draft. */
export function PreviewPane({ kind, pdfPath, pdfVersion, paper }: PreviewPaneProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('paper');
  const id = useId();
  const tabs: Tab[] = ['paper', 'pdf'];

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    // WAI-ARIA tabs: arrows move between tabs.
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = tab === 'paper' ? 'pdf' : 'paper';
      setTab(next);
      document.getElementById(`${id}-${next}-tab`)?.focus();
    }
  }

  return (
    <aside className="editor__preview preview" aria-label={t('editor.preview.label')}>
      <div role="tablist" className="preview__tabs" aria-label={t('editor.preview.label')}>
        {tabs.map((name) => (
          <button
            key={name}
            id={`${id}-${name}-tab`}
            type="button"
            role="tab"
            className="preview__tab"
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {t(`editor.preview.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-paper-panel`} role="tabpanel" aria-labelledby={`${id}-paper-tab`} hidden={tab !== 'paper'} className="preview__panel">
        <PaperPreview {...paper} />
      </div>
      <div id={`${id}-pdf-panel`} role="tabpanel" aria-labelledby={`${id}-pdf-tab`} hidden={tab !== 'pdf'} className="preview__panel">
        {tab === 'pdf' ? <PdfPreview path={pdfPath} version={pdfVersion} title={kind === 'invoice' ? t('editor.preview.pdfInvoice') : t('editor.preview.pdfQuote')} /> : null}
      </div>
    </aside>
  );
}
