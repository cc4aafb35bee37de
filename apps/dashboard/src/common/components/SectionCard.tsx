import { type ReactNode, useId } from 'react';

/** Props of {@link SectionCard}. */
export interface SectionCardProps {
  /** The section's heading (an `h2`), which names it. */
  title: ReactNode;
  /** Further classes, e.g. the page's own. */
  className?: string;
  testId?: string;
  /** Beside the heading, e.g. a close button; the heading then shares a header row with it. */
  headerClassName?: string;
  tools?: ReactNode;
  children: ReactNode;
}

/** A card of a page: a section named by its heading. */
export function SectionCard({
  title,
  className,
  testId,
  headerClassName,
  tools,
  children,
}: SectionCardProps) {
  const id = useId();
  const heading = (
    <h2 className="mq-app-section-title" id={id}>
      {title}
    </h2>
  );
  return (
    <section
      className={className ? `mq-app-card ${className}` : 'mq-app-card'}
      aria-labelledby={id}
      data-testid={testId}
    >
      {tools ? (
        <div className={headerClassName}>
          {heading}
          {tools}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
