import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createI18n } from './i18n/i18n';
import { routes } from './router';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/lists.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Messages for the remembered language are loaded before the first render: no flash of French
// for a German user.
const i18n = await createI18n();
const router = createBrowserRouter(routes);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  </StrictMode>,
);
