// From custom-elements.json: VS Code HTML custom data (dist/vscode.html-custom-data.json) and
// JetBrains web-types (dist/web-types.json), so editors complete tags, attributes and events.
import { readFileSync, writeFileSync } from 'node:fs';
import { readElements } from './build-manifest-data.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);

/** `'a' | 'b' | undefined` -> [a, b]: the values an editor can offer for an attribute. */
const literalValues = (type) => [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);

function vscode(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: [el.summary, ...el.events.map((e) => `Event \`${e.name}\`: ${e.description}`)].join('\n\n'),
      attributes: el.attributes.map((a) => {
        const values = literalValues(a.type);
        return { name: a.name, description: a.description, ...(values.length ? { values: values.map((name) => ({ name })) } : {}) };
      }),
    })),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: el.summary,
          attributes: el.attributes.map((a) => ({ name: a.name, description: a.description, default: a.default, value: { type: a.type } })),
          slots: el.slots.map((s) => ({ name: s.name, description: s.description })),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: p.description, type: p.type })),
            events: el.events.map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            parts: el.parts.map((p) => ({ name: p.name, description: p.description })),
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

export function buildEditorData() {
  const elements = readElements();
  writeFileSync(new URL('vscode.html-custom-data.json', dist), `${JSON.stringify(vscode(elements), null, 2)}\n`);
  writeFileSync(new URL('web-types.json', dist), `${JSON.stringify(webTypes(elements), null, 2)}\n`);
  return elements;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`editor data: ${buildEditorData().length} elements`);
