// React: the @lit/react wrappers' typed props and event props, and JSX IntrinsicElements for the raw tags.
import type {} from 'versus-elements/types/react';
import { ComparisonOverview } from 'versus-elements/react';
import { FaqAccordion } from 'versus-elements/react/faq-accordion.js';
import type { Dataset } from 'versus-elements';

export function App({ data }: { data: Dataset }) {
  return (
    <>
      <ComparisonOverview data={data} headingLevel={2} onVersusError={(event) => console.log(event.detail.message)} />
      {/* @ts-expect-error headingLevel is a number */}
      <ComparisonOverview headingLevel="2" />
      <FaqAccordion data={data} searchable onVersusToggle={(event) => console.log(event.detail.id, event.detail.open)} />
      {/* @ts-expect-error the FAQ fires no versus-filter */}
      <FaqAccordion onVersusFilter={() => {}} />
      <comparison-overview data={data} heading-level={3} onversus-error={(event) => console.log(event.detail.kind)} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <comparison-overview theme="purple" />
    </>
  );
}
