// The native floors: the same content as plain markup, built with DOM calls (what a static page
// would have parsed). Nothing to wait for, so they return no elements.

function make(tag, text, attributes = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `<details name>` items, exclusive like an accordion, with the same question and answer text. */
function details(data, target) {
  const section = make('section', undefined, { 'aria-label': data.title });
  for (const item of data.faq) {
    const el = make('details', undefined, { name: 'faq' });
    el.append(make('summary', item.question), make('p', item.answer));
    section.append(el);
  }
  target.append(section);
  return [];
}

const LEVEL_TEXT = { 'built-in': 'Built-in', extension: 'Extension', partial: 'Partial', none: 'Not available' };

/** A static `<table>`: one row per feature, grouped by category, one column per subject. */
function table(data, target) {
  const el = make('table');
  el.append(make('caption', data.title));
  const head = make('thead');
  const headRow = make('tr');
  headRow.append(make('th', 'Feature', { scope: 'col' }), ...data.subjects.map((s) => make('th', s.name, { scope: 'col' })));
  head.append(headRow);
  el.append(head);
  for (const category of data.featureCategories) {
    const body = make('tbody');
    const groupRow = make('tr');
    groupRow.append(make('th', category.name, { scope: 'colgroup', colspan: String(data.subjects.length + 1) }));
    body.append(groupRow);
    for (const feature of data.features) {
      if (feature.category !== category.id) continue;
      const row = make('tr');
      row.append(make('th', feature.name, { scope: 'row' }));
      for (const subject of data.subjects) {
        const support = feature.support.find((s) => s.subject === subject.id);
        const cell = make('td', LEVEL_TEXT[support.level]);
        if (support.via) cell.append(' ', make('small', `via ${support.via}`));
        if (support.note) cell.append(make('p', support.note));
        row.append(cell);
      }
      body.append(row);
    }
    el.append(body);
  }
  target.append(el);
  return [];
}

export const floors = { details, table };
