// Preact: JSX IntrinsicElements for the raw tags, with typed attributes and event props.
import type {} from 'versus-elements/types/preact';
import type { Dataset } from 'versus-elements';

export function App({ data }: { data: Dataset }) {
  return (
    <>
      <faq-accordion data={data} heading-level={3} multiple open-items="first second" onversus-toggle={(event) => console.log(event.detail.id, event.detail.open)} />
      {/* @ts-expect-error open-items is an attribute: one space-separated string (Preact would write a list as "a,b") */}
      <faq-accordion open-items={['first', 'second']} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <comparison-overview theme="purple" />
      {/* @ts-expect-error the event's detail has no "matches" on versus-toggle */}
      <faq-accordion onversus-toggle={(event) => console.log(event.detail.matches)} />
    </>
  );
}
