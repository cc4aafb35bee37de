import type { ReactNode } from 'react';

/** The page frame of mintq: the programme's name in the header, the page below. */
export function AppShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mq-shell">
      <header className="mq-header">
        <span className="mq-brand">mintq</span>
        <span className="mq-title">{title}</span>
      </header>
      <main className="mq-main">{children}</main>
    </div>
  );
}
