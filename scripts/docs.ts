// Writes the generated reference pages (src/cli/docs.ts) into docs/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocs } from '../src/cli/docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
for (const [file, content] of renderDocs()) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
}
