// Solid: JSX IntrinsicElements for the raw tags, with typed attributes and `on:` event handlers.
import type {} from 'versus-elements/types/solid';
import type { Dataset } from 'versus-elements';

export function App(props: { data: Dataset }) {
  return (
    <>
      <feature-matrix data={props.data} highlight="django" on:versus-filter={(event) => console.log(event.detail.visible)} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <pros-cons-table theme="purple" />
      {/* @ts-expect-error versus-filter's detail has no "open" */}
      <feature-matrix on:versus-filter={(event) => console.log(event.detail.open)} />
      <faq-accordion open={['a', 'b']} heading-level={4} toggle-all={false} />
      {/* @ts-expect-error Solid would set an `openItems` property, which the element does not have: `open` is the way in */}
      <faq-accordion open-items="a b" />
    </>
  );
}
