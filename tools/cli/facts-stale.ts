// `npm run facts:stale`: fails when a tool's facts were compared with their sources longer ago than
// FACT_MAX_AGE_DAYS, or when a ledger fact is still unconfirmed. Not part of `npm test`, so a commit
// never breaks with the calendar; run it before a release.
import { FACT_MAX_AGE_DAYS, staleLedgerFacts, staleTools, unconfirmedLedgerFacts } from '../../src/model/queries/fact-age.ts';
import { model } from '../../src/model/index.ts';

const today = new Date().toISOString().slice(0, 10);
const staleFacts = staleLedgerFacts(model.toolLedger, today);
const stale = staleTools(model.tools, today);
const unconfirmed = unconfirmedLedgerFacts(model.toolLedger);

if (stale.length > 0) {
  console.error(`${stale.length} tool(s) in src/model/data/tools.ts were checked more than ${FACT_MAX_AGE_DAYS} days ago:`);
  for (const tool of stale) console.error(`- ${tool.id}: checked ${tool.checked} (${tool.age} days), recheck against ${tool.source}, then update checked`);
}
if (staleFacts.length > 0) {
  console.error(`${staleFacts.length} fact(s) in src/model/data/tool-ledger.ts were compared more than ${FACT_MAX_AGE_DAYS} days ago:`);
  for (const f of staleFacts) console.error(`- ${f.id} › ${f.fact}: compared ${f.checked} (${f.age} days), compare again with ${f.source}, then update checked`);
}
if (unconfirmed.length > 0) {
  console.error(`${unconfirmed.length} fact(s) in src/model/data/tool-ledger.ts are unconfirmed:`);
  for (const f of unconfirmed) console.error(`- ${f.id} › ${f.fact}: ${f.reason}`);
}
if (stale.length + staleFacts.length + unconfirmed.length > 0) process.exit(1);
console.log(`Every tool fact was compared with its source in the last ${FACT_MAX_AGE_DAYS} days, and none is unconfirmed.`);
