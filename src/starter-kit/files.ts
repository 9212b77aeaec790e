import { strToU8, zipSync } from 'fflate';
import { STAGE_IDS } from '../model/index.ts';
import { notebookFileName, stageToNotebook, type StarterKitModel } from './notebook.ts';
import { stagesToMarkdown } from './stages-md.ts';

export interface StarterKitFile {
  /** File name, also the URL segment under /starter-kit/. */
  name: string;
  contentType: string;
  text: string;
}

export const STARTER_KIT_ZIP = 'starter-kit.zip';

/** Every file of the starter kit: STAGES.md, then one notebook per stage in stage order. */
export function starterKitFiles(model: StarterKitModel): StarterKitFile[] {
  return [
    { name: 'STAGES.md', contentType: 'text/markdown; charset=utf-8', text: stagesToMarkdown(model) },
    ...STAGE_IDS.map((id) => ({
      name: notebookFileName(id),
      contentType: 'application/x-ipynb+json',
      text: `${JSON.stringify(stageToNotebook(model, id), null, 1)}\n`,
    })),
  ];
}

// A fixed timestamp keeps the archive byte-identical between builds of the same model.
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

/** A kit as one zip archive, every file inside one folder (`starter-kit/` unless named). */
export function starterKitToZip(files: readonly StarterKitFile[], folder = 'starter-kit'): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, strToU8(f.text)]));
  // Copied into a plain ArrayBuffer so that it is a valid Response body.
  return new Uint8Array(zipSync(entries, { level: 6, mtime: ZIP_MTIME }));
}
