// `npm run facts:stale`: fails when a tool's facts were checked longer ago than FACT_MAX_AGE_DAYS.
// Not part of `npm test`, so a commit never breaks with the calendar; run it before a release.
import { FACT_MAX_AGE_DAYS, staleTools } from '../model/fact-age.ts';
import { model } from '../model/index.ts';

const today = new Date().toISOString().slice(0, 10);
const stale = staleTools(model.tools, today);
if (stale.length === 0) {
  console.log(`Every tool's facts were checked in the last ${FACT_MAX_AGE_DAYS} days.`);
} else {
  console.error(`${stale.length} tool(s) in src/model/tools.ts were checked more than ${FACT_MAX_AGE_DAYS} days ago:`);
  for (const tool of stale) console.error(`- ${tool.id}: checked ${tool.checked} (${tool.age} days), recheck against ${tool.source}, then update checked`);
  process.exit(1);
}
