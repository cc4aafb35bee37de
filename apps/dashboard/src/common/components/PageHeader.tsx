import type { ReactNode } from 'react';

/** The page's one `h1`, its introduction and optional tools (e.g. a select) on the right. */
export function PageHeader({ title, intro, tools }: { title: string; intro?: ReactNode; tools?: ReactNode }) {
  return (
    <div className="mq-app-page-header">
      <div>
        <h1 className="mq-app-page-title">{title}</h1>
        {intro ? <p className="mq-app-page-intro">{intro}</p> : null}
      </div>
      {tools ? <div className="mq-app-page-tools">{tools}</div> : null}
    </div>
  );
}
