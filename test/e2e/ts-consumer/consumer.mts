// .mts, not .ts: the repository's own tsconfig must not check this against src/ (it is checked against the tarball).
// Type-checked (never run) against the installed package: the tag map, element properties, the
// `versus-*` event types, the exported helpers. Each @ts-expect-error proves a type is not `any`.
import { ComparisonOverview, setVersusStrings, validateDataset, VERSION, type Dataset, type VersusErrorDetail } from 'versus-elements';
import { ComparisonOverview as ClassOnly } from 'versus-elements/comparison-overview.component.js';

const el = document.createElement('comparison-overview');
const typed: ComparisonOverview = el;
const sameClass: typeof ClassOnly = ComparisonOverview;
const level: number = typed.headingLevel;
el.addEventListener('versus-error', (event) => {
  const detail: VersusErrorDetail = event.detail;
  const kind: string = detail.kind;
  // @ts-expect-error the detail has no such field
  console.log(kind, event.detail.nope);
});
// @ts-expect-error headingLevel is a number
el.headingLevel = 'two';
// @ts-expect-error not a UI string key
setVersusStrings({ notAKey: 'x' });
setVersusStrings({ pros: 'Avantages' });
const result = validateDataset({ title: 'A vs B' });
if (result.ok) {
  const data: Dataset = result.data;
  console.log(data.subjects.length);
} else {
  console.log(result.problems[0].path);
}
const version: string = VERSION;
console.log(sameClass, level, version);
