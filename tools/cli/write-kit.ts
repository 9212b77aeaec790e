// `node tools/cli/write-kit.ts <starter-kit|worked-example> <folder>`: writes a kit (as its zip holds it)
// into a folder, so tests/python/ can run the notebooks the guide ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValidModel, model } from '../../src/model/index.ts';
import { starterKitFiles } from '../../src/starter-kit/files.ts';
import { workedExampleFiles } from '../../src/starter-kit/worked-example-files.ts';

const KITS = { 'starter-kit': starterKitFiles, 'worked-example': workedExampleFiles } as const;
const [kit, target] = process.argv.slice(2);
if (!target || !(kit === 'starter-kit' || kit === 'worked-example')) {
  console.error('usage: node tools/cli/write-kit.ts <starter-kit|worked-example> <folder>');
  process.exit(2);
}
mkdirSync(target, { recursive: true });
for (const file of KITS[kit](assertValidModel(model))) writeFileSync(join(target, file.name), file.text);
