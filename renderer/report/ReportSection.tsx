import type { ReactNode } from 'react';

/** A numbered section of the report: its heading is what the contents list and a PDF's outline name. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" id={`report-${id}`} aria-labelledby={`report-${id}-heading`}>
      <h2 id={`report-${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
