import { readFileSync } from 'node:fs';
import { parser } from '@prometheus-io/lezer-promql';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The monitoring page's drift job carries a Prometheus alerting rule as text. The Python test checks
// it against the job's constants; here Prometheus's own PromQL grammar and a YAML parser read it.
const source = readFileSync('examples/production/drift_metrics.py', 'utf8');
const rulesText = /^ALERT_RULES = """\\\n([\s\S]*?)"""/m.exec(source)?.[1];

/** How many error nodes Prometheus's PromQL grammar finds in `expr`. */
function promqlErrors(expr: string): number {
  let errors = 0;
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) errors += 1;
    },
  });
  return errors;
}

interface Rule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
}

describe('the drift job’s alerting rule', () => {
  const doc = parse(rulesText ?? '') as { groups: { name: string; rules: Rule[] }[] };
  const rule = doc.groups[0]?.rules[0];

  test('is a rule file with one group and one alerting rule', () => {
    expect(rulesText, 'no ALERT_RULES string in drift_metrics.py').toBeDefined();
    expect(doc.groups).toHaveLength(1);
    expect(rule?.alert).toBe('ChurnFeatureDrift');
    expect(rule?.for).toMatch(/^\d+(ms|s|m|h|d|w|y)$/);
    expect(rule?.labels.severity).toBe('ticket');
  });

  test('its expression parses as PromQL, and the grammar does reject a broken one', () => {
    expect(promqlErrors(rule?.expr ?? '')).toBe(0);
    expect(promqlErrors('max by (feature) (churn_feature_psi > 0.2')).toBeGreaterThan(0);
    expect(promqlErrors('churn_feature_psi >> 0.2')).toBeGreaterThan(0);
  });

  test('reads only metrics the job defines', () => {
    const defined = [...source.matchAll(/Gauge\("([a-z_]+)"/g)].map((m) => m[1]);
    const read = [...(rule?.expr ?? '').matchAll(/\b(churn_[a-z_]+)\b/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(defined).toContain(name);
  });
});
