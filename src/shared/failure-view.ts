/**
 * The error box: what failed in the page's UI strings, the dataset's problems with their JSON paths,
 * and "Try again" where trying again can help. The `versus-error` event keeps the loader's English
 * message for developers and logs; readers get what a translator wrote.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VersusErrorDetail } from './events.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { format, type UiStrings, type UiText } from './strings.js';

const MAX_LISTED_PROBLEMS = 10;

export function renderFailure(ui: UiText, failure: VersusErrorDetail, retry: () => void): TemplateResult {
  const problems = failure.problems ?? [];
  const retryable = failure.kind === 'network' || failure.kind === 'http';
  return html`<div class="state error" part="error" role="alert" lang=${ifDefined(ui.langAttr)}>
    <p><strong>${ui.errorTitle}</strong></p>
    <p>${failureSentence(ui, failure)}</p>
    ${problems.length
      ? html`<ul>
          ${problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => html`<li><code>${p.path}</code>${ui.labelSuffix} ${p.message}</li>`)}
          ${problems.length > MAX_LISTED_PROBLEMS ? html`<li>${format(ui.errorMoreProblems, { count: problems.length - MAX_LISTED_PROBLEMS }, ui.language)}</li>` : nothing}
        </ul>`
      : nothing}
    ${retryable ? html`<button class="button" part="retry" type="button" @click=${retry}>${ui.retry}</button>` : nothing}
  </div>`;
}

export function failureSentence(ui: UiStrings, failure: VersusErrorDetail): string {
  const { url = '', reason = '' } = failure;
  switch (failure.kind) {
    case 'url':
      return format(ui.errorBadUrl, { url }, ui.language);
    case 'http':
      return format(ui.errorHttp, { url, reason }, ui.language);
    case 'network':
      // Without a URL it is the bundled article's own module that failed: rare enough for English.
      return url ? format(ui.errorUnreachable, { url, reason }, ui.language) : failure.message;
    case 'parse':
      if (!url) return format(ui.errorInlineNotJson, { reason }, ui.language);
      return format(ui.errorNotJson, { url, reason: failure.reason ?? ui.errorHtmlPage }, ui.language);
    case 'invalid':
      return format(url ? ui.errorProblemsAt : ui.errorProblems, { url, count: failure.problems?.length ?? 0 }, ui.language);
    default:
      // Config problems are built from UI strings already.
      return failure.message;
  }
}
