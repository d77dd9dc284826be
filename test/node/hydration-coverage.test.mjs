// Every element is hydrated from its server HTML in the browser tests (test/hydration/<tag>.test.ts).
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);

describe('hydration tests', () => {
  it('cover every element', async () => {
    const tags = (await readdir(new URL('src/components/', root), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const files = await readdir(new URL('test/hydration/', root));
    assert.deepEqual(tags.filter((tag) => !files.includes(`${tag}.test.ts`)), []);
  });
});
