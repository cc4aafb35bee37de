import { AppShell } from '@mintq/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell title="Wirkungsanalyse der MINT-Qualitätsoffensive">
        <p>Das Dashboard folgt in Kürze. Die Daten lassen sich bereits importieren.</p>
      </AppShell>
    </StrictMode>,
  );
}
