// `node src/cli/worked-example.ts <folder>`: writes the worked example (as the zip holds it) into a
// folder, so tests/python/ can run the notebooks the guide ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValidModel, model } from '../model/index.ts';
import { workedExampleFiles } from '../starter-kit/worked-example-files.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: node src/cli/worked-example.ts <folder>');
  process.exit(2);
}
mkdirSync(target, { recursive: true });
for (const file of workedExampleFiles(assertValidModel(model))) writeFileSync(join(target, file.name), file.text);
