// The custom-elements manifest as Storybook's docs should show it. Storybook reads an element's
// `description` (ours is in `@summary`), lists every field (private and static ones included), drops
// methods, and keys rows by name, so a CSS part named like an attribute (`toggle-all`) would take
// that attribute's row. This copy fixes each of those, leaving the published manifest as it is.
interface Named {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  parameters?: Named[];
}
interface Declaration {
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Named[];
  cssParts?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublic = (m: Member) => !m.privacy && !m.static;

export function docsManifest(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const declaration of (copy.modules ?? []).flatMap((m) => m.declarations ?? [])) {
    if (!declaration.customElement) continue;
    const members = declaration.members ?? [];
    const methods = members.filter((m) => m.kind === 'method' && isPublic(m) && m.description);
    const methodList = methods.map((m) => `- \`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\`: ${m.description}`);
    declaration.description = [declaration.summary ?? declaration.description, methodList.length ? `**Methods**\n\n${methodList.join('\n')}` : '']
      .filter(Boolean)
      .join('\n\n');
    // A property with an attribute is already the attribute's row: one control each.
    declaration.members = members.filter((m) => m.kind === 'field' && isPublic(m) && !m.attribute);
    const attributes = new Set((declaration.attributes ?? []).map((a) => a.name));
    for (const attribute of declaration.attributes ?? []) {
      // `string | undefined` would get a JSON editor; an unset attribute is simply empty text.
      if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/\s*\|\s*undefined/g, '');
    }
    declaration.cssParts = (declaration.cssParts ?? []).map((part) => (attributes.has(part.name) ? { ...part, name: `${part.name} (part)` } : part));
  }
  return copy;
}
