import type { ReactNode } from 'react';

/** Props of {@link AppShell}. */
export interface AppShellProps {
  /** Name of the current page or product, shown beside the brand. */
  title?: string;
  /** Brand mark at the start of the header (default: the word "mintq"). */
  brand?: ReactNode;
  /** Navigation links; they wrap onto a second row on narrow screens. */
  nav?: ReactNode;
  /** Accessible name of the navigation landmark, e.g. "Hauptnavigation". */
  navLabel?: string;
  /** Signed-in user and sign-out control. */
  user?: ReactNode;
  /** Language switch (DE / EN). */
  languageSwitch?: ReactNode;
  /** Notice above the page, e.g. "Daten mit Stand 31.03.2025" or a demo warning. */
  banner?: ReactNode;
  /** Text of the skip link to the main content, e.g. "Zum Inhalt springen"; omitted when absent. */
  skipLinkLabel?: string;
  /** Footer content. */
  footer?: ReactNode;
  /** The page. */
  children: ReactNode;
}

/** The page frame of mintq: header with brand, navigation, user and language slots, then the page. */
export function AppShell({
  title,
  brand = 'mintq',
  nav,
  navLabel,
  user,
  languageSwitch,
  banner,
  skipLinkLabel,
  footer,
  children,
}: AppShellProps) {
  return (
    <div className="mq-shell">
      {skipLinkLabel ? (
        <a className="mq-skip-link" href="#mq-main">
          {skipLinkLabel}
        </a>
      ) : null}
      <header className="mq-header">
        <div className="mq-header__bar">
          <span className="mq-brand">{brand}</span>
          {title ? <span className="mq-title">{title}</span> : null}
          <div className="mq-header__tools">
            {languageSwitch ? <div className="mq-header__language">{languageSwitch}</div> : null}
            {user ? <div className="mq-header__user">{user}</div> : null}
          </div>
        </div>
        {nav ? (
          <nav className="mq-nav" aria-label={navLabel}>
            {nav}
          </nav>
        ) : null}
      </header>
      {banner ? <div className="mq-banner">{banner}</div> : null}
      {/* tabIndex -1 lets the skip link move keyboard focus, not just scroll. */}
      <main className="mq-main" id="mq-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="mq-footer">{footer}</footer> : null}
    </div>
  );
}
