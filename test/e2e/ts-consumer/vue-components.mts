// Vue: GlobalComponents entries type the tags in templates (Volar) and in `h()` / JSX.
import type {} from 'versus-elements/types/vue';
import type { GlobalComponents } from 'vue';

type OverviewProps = InstanceType<GlobalComponents['comparison-overview']>['$props'];
const props: OverviewProps = { headingLevel: 2, onVersusError: (event) => console.log(event.detail.message) };
// @ts-expect-error theme is light, dark or auto
const wrong: OverviewProps = { theme: 'purple' };
console.log(props, wrong);

// Vue writes a name that is not a property as attribute text: `false` would read "false", which turns
// a boolean attribute on. The kebab-case boolean takes true or null; the property takes false.
type FaqProps = InstanceType<GlobalComponents['faq-accordion']>['$props'];
const faq: FaqProps = { 'toggle-all': true, 'open-items': null, toggleAll: false, headingLevel: 4 };
// @ts-expect-error toggle-all="false" would turn the button on
const faqWrong: FaqProps = { 'toggle-all': false };
console.log(faq, faqWrong);
