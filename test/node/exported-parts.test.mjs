// <comparison-article> forwards the parts of the elements it renders (exportparts). Its list must
// name exactly the parts each element documents (@csspart), or a documented part silently stops
// being stylable inside the article.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const root = new URL('../../', import.meta.url);

it('the article forwards exactly the documented parts of every element it renders', async () => {
  const { SECTION_PARTS } = await importTs('src/components/comparison-article/exported-parts.ts');
  const tags = Object.keys(SECTION_PARTS);
  assert.equal(tags.length, 8);
  for (const tag of tags) {
    const source = await readFile(new URL(`src/components/${tag}/${tag}.component.ts`, root), 'utf8');
    const documented = [...source.matchAll(/@csspart ([a-z-]+)/g)].map((match) => match[1]);
    assert.deepEqual(SECTION_PARTS[tag].split(' ').sort(), documented.sort(), `<${tag}>`);
  }
});
