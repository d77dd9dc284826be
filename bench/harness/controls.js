// Finds the controls a user would operate inside an element's shadow root, by their label, so the
// benchmark does not depend on the element's internal class names.

function shadowElements(root, selector, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) shadowElements(el.shadowRoot, selector, out);
  }
  return out;
}

function labelOf(el) {
  const labelledBy = el.getAttribute('aria-labelledby');
  const byId = labelledBy ? el.getRootNode().getElementById?.(labelledBy)?.textContent : '';
  return [el.getAttribute('aria-label'), byId, ...[...(el.labels ?? [])].map((l) => l.textContent), el.closest('label')?.textContent, el.textContent]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The search field (`kind: 'input'`) or the checkbox / toggle button (`kind: 'toggle'`) labelled `label`. */
export function findControl(el, label, kind) {
  const selector = kind === 'input' ? 'input:not([type=checkbox]):not([type=radio])' : 'input[type=checkbox], button, [role=switch]';
  const wanted = label.toLowerCase();
  return shadowElements(el.shadowRoot, selector).find((control) => labelOf(control).includes(wanted));
}

/** The question toggles: `<summary>` or `aria-expanded` buttons whose text is a question. */
export function findToggles(el, host) {
  const root = el?.shadowRoot ?? host;
  return shadowElements(root, 'summary, button[aria-expanded]').filter((toggle) => /Question \d+/.test(toggle.textContent));
}

/** Waits until the element has no update pending (an update may request another). */
export async function settle(el) {
  if (!el?.updateComplete) return;
  do await el.updateComplete;
  while (el.isUpdatePending);
}
