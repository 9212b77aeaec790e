// Loaded into each Node process of a scale build (NODE_OPTIONS=--import, set by scale.ts): at exit
// it appends the process's peak resident memory, in KiB, to the file the benchmark names, which
// then reports the largest. Memory, not time, is what stopped the 100× build when the sidebar
// grew with the page count.
import { appendFileSync } from 'node:fs';

const file = process.env.FIELD_GUIDE_PEAK_MEMORY_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
