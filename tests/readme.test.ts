import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorridorNetwork, parseNetwork } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The first ```ts block of README.md after the given text. */
function codeBlockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at, `README.md no longer contains "${marker}"`).toBeGreaterThanOrEqual(0);
  const match = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(match, `no ts block after "${marker}"`).not.toBeNull();
  return match![1]!;
}

describe('README.md', () => {
  it('"The smallest valid dataset" parses as written, without warnings', () => {
    // The block is plain JavaScript (no type annotations), so it runs as a function body.
    const code = codeBlockAfter('The smallest valid dataset');
    const run = new Function('parseNetwork', `${code}\nreturn network;`) as (p: typeof parseNetwork) => ReturnType<typeof parseNetwork>;
    const network = run(parseNetwork);
    expect([...network.nodes.keys()]).toEqual(['ceyhan', 'sangachal']);
    expect(network.links.get('btc')?.transitCountries).toEqual(['AZ', 'GE', 'TR']);
    expect(network.warnings).toEqual([]);
  });

  it('lists every node id of the bundled dataset, and no other', () => {
    const start = readme.indexOf('Node ids used below');
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start));
    const listed = [...paragraph.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...loadCorridorNetwork().nodes.keys()]);
  });
});
