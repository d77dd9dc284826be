import { isServer, noChange } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { live, type LiveDirective } from 'lit/directives/live.js';

/**
 * The `.checked` value of a checkbox or radio, bound next to `?checked`. The attribute gives the
 * server HTML its chosen inputs; the live property keeps them right once the reader clicked (an
 * input the reader touched no longer follows its attribute). @lit-labs/ssr would write the property
 * as `checked="false"`, which checks the input, so on the server it is left out.
 */
// noChange stands for "leave the property alone", which a binding accepts wherever a directive goes.
export const checkedProperty = (checked: boolean): DirectiveResult<typeof LiveDirective> => (isServer ? (noChange as DirectiveResult<typeof LiveDirective>) : live(checked));
