/**
 * The error box's sentence, in the page's UI strings. The `versus-error` event keeps the loader's
 * English message for developers and logs; readers get what a translator wrote.
 */
import type { VersusErrorDetail } from './events.js';
import { format, type UiStrings } from './strings.js';

export function failureSentence(ui: UiStrings, failure: VersusErrorDetail): string {
  const { url = '', reason = '' } = failure;
  switch (failure.kind) {
    case 'url':
      return format(ui.errorBadUrl, { url });
    case 'http':
      return format(ui.errorHttp, { url, reason });
    case 'network':
      // Without a URL it is the bundled article's own module that failed: rare enough for English.
      return url ? format(ui.errorUnreachable, { url, reason }) : failure.message;
    case 'parse':
      if (!url) return format(ui.errorInlineNotJson, { reason });
      return format(ui.errorNotJson, { url, reason: failure.reason ?? ui.errorHtmlPage });
    case 'invalid':
      return format(url ? ui.errorProblemsAt : ui.errorProblems, { url, count: failure.problems?.length ?? 0 });
    default:
      // Config problems are built from UI strings already.
      return failure.message;
  }
}
