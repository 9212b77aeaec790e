import { asArray, field, type LooseRecord, type Report } from './validate-helpers.ts';

/** What validateFraming() reads; a fixture without framing fields is not checked. */
export interface UncheckedFraming {
  readonly framingFields?: LooseRecord;
  readonly workedExampleFraming?: LooseRecord;
}

const VALUE_TYPES: Readonly<Record<string, (v: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
};

/**
 * A framing field sets only parameters its stage's notebook declares, and the worked example
 * answers a field with a value exactly when the field sets parameters, a value of their type.
 */
export function validateFraming(model: UncheckedFraming & { readonly stages: LooseRecord }, file: string, report: Report): void {
  const { framingFields: fields, workedExampleFraming: worked } = model;
  if (!fields) return;
  for (const [key, framingField] of Object.entries(fields)) {
    const entity = `framing field "${key}"`;
    const answer = worked ? field(worked, key) : undefined;
    const value = field(answer, 'value');
    const sets = asArray(field(framingField, 'sets'));
    sets.forEach((ref, i) => {
      const stage = field(ref, 'stage');
      const name = field(ref, 'parameter');
      const parameters = asArray(field(field(field(model.stages, String(stage)), 'notebook'), 'parameters'));
      const parameter = parameters.find((p) => field(p, 'name') === name);
      if (parameter === undefined) {
        const declared = parameters.map((p) => String(field(p, 'name'))).join(', ');
        report(file, entity, `sets[${i}].parameter`, `stage "${String(stage)}" declares no notebook parameter "${String(name)}"; its parameters: ${declared || 'none'}`);
        return;
      }
      const type = String(field(parameter, 'type'));
      if (worked && !VALUE_TYPES[type]?.(value)) {
        report(file, `worked example framing field "${key}"`, 'value', `must be a ${type} for ${String(stage)}.${String(name)}; got ${JSON.stringify(value)}`);
      }
    });
    if (worked && sets.length === 0 && value !== undefined) {
      report(file, `worked example framing field "${key}"`, 'value', 'the field sets no notebook parameter, so a value would be read by nothing; remove it');
    }
  }
}
