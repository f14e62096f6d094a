import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocs } from './docs.js';

describe('generated docs', () => {
  it('docs/ matches the CLI help and the error registry (run "npm run docs" after a change)', () => {
    for (const [file, content] of renderDocs()) {
      const onDisk = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
      expect(onDisk, `docs/${file} is out of date: run npm run docs`).toBe(content);
    }
  });
});
