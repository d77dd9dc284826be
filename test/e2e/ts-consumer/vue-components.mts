// Vue: GlobalComponents entries type the tags in templates (Volar) and in `h()` / JSX.
import type {} from 'versus-elements/types/vue';
import type { GlobalComponents } from 'vue';

type OverviewProps = InstanceType<GlobalComponents['comparison-overview']>['$props'];
const props: OverviewProps = { headingLevel: 2, onVersusError: (event) => console.log(event.detail.message) };
// @ts-expect-error theme is light, dark or auto
const wrong: OverviewProps = { theme: 'purple' };
console.log(props, wrong);
