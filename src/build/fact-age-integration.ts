import type { AstroIntegration } from 'astro';
import { FACT_MAX_AGE_DAYS, staleLedgerFacts, staleTools } from '../model/queries/fact-age.ts';
import { model } from '../model/index.ts';

/** Warns at build time about tool facts older than FACT_MAX_AGE_DAYS (a warning: a build must not break with the calendar). */
export function fieldGuideFactAge(): AstroIntegration {
  return {
    name: 'field-guide-fact-age',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const today = new Date().toISOString().slice(0, 10);
        const stale = staleTools(model.tools, today);
        for (const tool of stale) {
          logger.warn(`src/model/data/tools.ts › tool "${tool.id}" › checked: ${tool.checked} is ${tool.age} days old (limit ${FACT_MAX_AGE_DAYS}); recheck against ${tool.source}`);
        }
        for (const f of staleLedgerFacts(model.toolLedger, today)) {
          logger.warn(`src/model/data/tool-ledger.ts › tool "${f.id}" › ${f.fact}.checked: ${f.checked} is ${f.age} days old (limit ${FACT_MAX_AGE_DAYS}); compare again with ${f.source}`);
        }
      },
    },
  };
}
