import type { ReactNode } from 'react';

/** Props of {@link ReportChapter}. */
export interface ReportChapterProps {
  /** Anchor of the chapter, e.g. `'wirkungen'`; also the base of the heading's id. */
  id: string;
  /** The chapter heading, e.g. "Wirkungen". */
  title: string;
  /** A lead paragraph under the heading. */
  intro?: ReactNode;
  children: ReactNode;
}

/** One chapter of the printed report; in print every chapter starts on a new page. */
export function ReportChapter({ id, title, intro, children }: ReportChapterProps) {
  const headingId = `${id}-title`;
  return (
    <section className="rp-chapter" id={id} aria-labelledby={headingId}>
      <h2 className="rp-chapter__title" id={headingId}>
        {title}
      </h2>
      {intro ? <p className="rp-lead">{intro}</p> : null}
      {children}
    </section>
  );
}
