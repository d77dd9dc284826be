// Preact: JSX IntrinsicElements for the raw tags, with typed attributes and event props.
import type {} from 'versus-elements/types/preact';
import type { Dataset } from 'versus-elements';

export function App({ data }: { data: Dataset }) {
  return (
    <>
      <faq-accordion data={data} heading-level={3} multiple open-items="first second" onversus-toggle={(event) => console.log(event.detail.id, event.detail.open)} />
      {/* @ts-expect-error open-items is an attribute: one space-separated string (Preact would write a list as "a,b") */}
      <faq-accordion open-items={['first', 'second']} />
      <faq-accordion hash-links toggle-all={null} structured-data={true} />
      {/* @ts-expect-error Preact would write hash-links="false", which turns the option on */}
      <faq-accordion hash-links={false} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <comparison-overview theme="purple" />
      {/* @ts-expect-error the event's detail has no "matches" on versus-toggle */}
      <faq-accordion onversus-toggle={(event) => console.log(event.detail.matches)} />
    </>
  );
}
