// Reads custom-elements.json into a simple list of elements for the generators
// (scripts/build-frameworks.mjs, scripts/build-editor-data.mjs).
import { readFileSync } from 'node:fs';

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** Every element with a tag name: its class, attributes, public properties, events, slots, parts, custom properties. */
export function readElements(file = new URL('../custom-elements.json', import.meta.url)) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      const members = (declaration.members ?? []).filter(isPublic);
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? declaration.description ?? '',
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          type: a.type?.text ?? 'string',
          default: a.default,
        })),
        properties: members
          .filter((m) => m.kind === 'field' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#'))
          .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown', readonly: !!m.readonly, attribute: m.attribute })),
        methods: members.filter((m) => m.kind === 'method' && !m.static).map((m) => ({ name: m.name, description: m.description ?? '' })),
        events: (declaration.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: (declaration.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
        parts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '', default: p.default })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `versus-toggle` -> `onVersusToggle` (the React wrapper's event prop). */
export const reactEventProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())}`;

/** The TypeScript type of an event, from the library's event map when it is one of ours. */
export const eventType = (event) => (event.startsWith('versus-') ? `VersusEventMap['${event}']` : 'Event');
