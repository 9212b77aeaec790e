import { describe, expect, test } from 'vitest';
import { ledgerFactAges, staleLedgerFacts, unconfirmedLedgerFacts } from '../../src/model/queries/fact-age.ts';
import { factChecked, formatModelIssues, LEDGER_FACTS, model, TOOL_IDS, validateModel, type ToolLedgerEntry } from '../../src/model/index.ts';

/** validateModel's report for the real model with one ledger entry replaced. */
function withEntry(id: string, entry: object): string {
  return formatModelIssues(validateModel({ ...model, toolLedger: { ...model.toolLedger, [id]: entry } }));
}

describe('the tool ledger', () => {
  test('has an entry for every tool, and the real ledger passes validation', () => {
    expect(Object.keys(model.toolLedger)).toEqual([...TOOL_IDS]);
    expect(validateModel(model)).toEqual([]);
  });

  test('every tool has a version fact and a status that names its https source', () => {
    for (const id of TOOL_IDS) {
      const { version, status } = model.toolLedger[id];
      expect(version, id).toBeDefined();
      expect(status.source, id).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
    }
  });

  test('a fact is either compared (with its source and day) or says why it is unconfirmed', () => {
    for (const id of TOOL_IDS) {
      for (const fact of LEDGER_FACTS) {
        const value: { checked?: string; source?: string; unconfirmed?: string } = model.toolLedger[id][fact];
        if (value.checked !== undefined) expect(value.source, `${id} › ${fact}`).toMatch(/^https:\/\//);
        if (value.unconfirmed === undefined) expect(factChecked(model.toolLedger[id], fact), `${id} › ${fact}`).toBeDefined();
        else expect(value.unconfirmed.trim(), `${id} › ${fact}`).not.toBe('');
      }
    }
  });

  test('a tool without a version fails validation, naming file › tool › field', () => {
    const { version: _dropped, ...withoutVersion } = model.toolLedger.kserve;
    expect(withEntry('kserve', withoutVersion)).toContain('src/model/data/tool-ledger.ts › tool "kserve" › version: version is missing');
  });

  test('a version neither compared nor marked unconfirmed fails, naming each missing field', () => {
    const report = withEntry('kserve', { ...model.toolLedger.kserve, version: { line: 'KServe 0.17' } });
    expect(report).toContain('tool "kserve" › version.released: released is missing; give it, or say in "unconfirmed" why');
    expect(report).toContain('tool "kserve" › version.source: source is missing');
    expect(report).toContain('tool "kserve" › version.checked: checked is missing');
  });

  test('a managed service may say it has no release line, compared with the vendor page that says what is versioned instead', () => {
    const noLine = { noReleaseLine: 'Versioned through its SDK.', source: 'https://example.org/sdk', checked: '2026-12-06' };
    const entry = { ...model.toolLedger.kserve, version: noLine };
    expect(withEntry('kserve', entry)).toBe('');
    expect(factChecked(entry as ToolLedgerEntry, 'version')).toEqual({ source: 'https://example.org/sdk', checked: '2026-12-06' });
  });

  test('"no release line" needs its source and day, and cannot also name a line', () => {
    const report = withEntry('kserve', { ...model.toolLedger.kserve, version: { noReleaseLine: 'Versioned through its SDK.', line: 'KServe 0.17', released: '2026-03' } });
    expect(report).toContain('tool "kserve" › version.line: a tool with no release line names none; drop "line" or "noReleaseLine"');
    expect(report).toContain('tool "kserve" › version.released: a tool with no release line names none; drop "released" or "noReleaseLine"');
    expect(report).toContain('tool "kserve" › version.source: source is missing; name the vendor page that says what is versioned instead');
    expect(report).toContain('tool "kserve" › version.checked: checked is missing; name the vendor page that says what is versioned instead');
  });

  test('a status without a source fails, and so do a non-https source, an invalid date and an unknown state', () => {
    const { source: _dropped, ...withoutSource } = model.toolLedger.kserve.status;
    expect(withEntry('kserve', { ...model.toolLedger.kserve, status: withoutSource })).toContain(
      'src/model/data/tool-ledger.ts › tool "kserve" › status.source: source is missing; name the page that states the status',
    );
    const report = withEntry('kserve', {
      ...model.toolLedger.kserve,
      status: { ...model.toolLedger.kserve.status, state: 'deprecated', source: 'http://github.com/kserve/kserve', checked: '2026-12-32', since: '2026-13' },
    });
    expect(report).toContain('tool "kserve" › status.source: not an https URL: "http://github.com/kserve/kserve"');
    expect(report).toContain('tool "kserve" › status.checked: not a date (YYYY-MM-DD): "2026-12-32"');
    expect(report).toContain('tool "kserve" › status.since: not a day (YYYY-MM-DD) or a month (YYYY-MM): "2026-13"');
    expect(report).toContain('tool "kserve" › status.state: unknown status "deprecated"; use one of active, maintenance-only');
  });

  test('a checked date needs the source it was compared with', () => {
    expect(withEntry('kserve', { ...model.toolLedger.kserve, licence: { checked: '2026-12-06' } })).toContain(
      'tool "kserve" › licence.source: source is missing; a checked date needs the source it was compared with',
    );
  });

  test('a licence given as compared needs both its source and the day it was compared', () => {
    const withoutChecked = withEntry('kserve', { ...model.toolLedger.kserve, licence: { source: 'https://github.com/kserve/kserve/blob/main/LICENSE' } });
    expect(withoutChecked).toContain('tool "kserve" › licence.checked: checked is missing; give it, or say in "unconfirmed" why');
    const empty = withEntry('kserve', { ...model.toolLedger.kserve, licence: {} });
    expect(empty).toContain('tool "kserve" › licence.source: source is missing; give it, or say in "unconfirmed" why');
    expect(empty).toContain('tool "kserve" › licence.checked: checked is missing; give it, or say in "unconfirmed" why');
  });

  test('a licence note goes only with a compared licence', () => {
    const report = withEntry('kserve', { ...model.toolLedger.kserve, licence: { unconfirmed: 'No LICENSE file was found.', note: 'Parts are under MIT.' } });
    expect(report).toContain('tool "kserve" › licence.note: a note goes with a compared licence; drop "note" or "unconfirmed"');
    const compared = { source: 'https://github.com/kserve/kserve/blob/main/LICENSE', checked: '2026-12-06', note: 'Parts are under MIT.' };
    expect(withEntry('kserve', { ...model.toolLedger.kserve, licence: compared })).toBe('');
  });

  test('every compared licence in the ledger names an https source and a valid day', () => {
    const licence = (id: (typeof TOOL_IDS)[number]): ToolLedgerEntry['licence'] => model.toolLedger[id].licence;
    const compared = TOOL_IDS.filter((id) => licence(id).unconfirmed === undefined);
    expect(compared.length).toBeGreaterThan(0);
    for (const id of compared) {
      const { source, checked } = licence(id);
      expect(source, id).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
      expect(checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(`${checked ?? ''}T00:00:00Z`)), id).toBe(false);
    }
  });

  test('a ledger entry for a tool the model does not have is reported', () => {
    expect(withEntry('kserv', model.toolLedger.kserve)).toContain('src/model/data/tool-ledger.ts › tool "kserv" › id');
  });
});

describe('ledger fact ages', () => {
  const entry = (id: string, checked: string): ToolLedgerEntry =>
    ({
      id,
      version: { line: 'X 1', released: '2026-01', source: 'https://example.org/v', checked },
      status: { state: 'active', source: 'https://example.org/s', unconfirmed: 'not dated' },
      licence: { unconfirmed: 'not compared' },
    }) as unknown as ToolLedgerEntry;
  const ledger = { fresh: entry('fresh', '2026-11-01'), old: entry('old', '2025-01-01') };

  test('dates only the facts that were compared', () => {
    expect(ledgerFactAges(ledger, '2026-11-30').map((f) => `${f.id} › ${f.fact}`)).toEqual(['fresh › version', 'old › version']);
  });

  test('lists the facts compared longer ago than the limit', () => {
    expect(staleLedgerFacts(ledger, '2026-11-30', 180).map((f) => f.id)).toEqual(['old']);
  });

  test('lists the unconfirmed facts with their reasons', () => {
    expect(unconfirmedLedgerFacts(ledger)).toContainEqual({ id: 'old', fact: 'status', reason: 'not dated' });
    expect(unconfirmedLedgerFacts(ledger)).toHaveLength(4);
  });
});
