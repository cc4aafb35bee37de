import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import '@mintq/ui/styles.css';
import './styles/app.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './app/createApolloClient.js';
import { createRouter } from './app/createRouter.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { AuthProvider } from './modules/auth/components/AuthProvider.js';
import { notifySessionExpired } from './modules/auth/sessionExpiry.js';

const client = createApolloClient({ onUnauthenticated: notifySessionExpired });
const router = createRouter();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ApolloProvider client={client}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </ApolloProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
