import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { DEFAULT_TASK_CONFIG, resolveTaskConfig, TASK_CONFIG_SCHEMA } from './config.js';
import schemaFile from './config.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(TASK_CONFIG_SCHEMA);

const bad: Record<string, unknown>[] = [
  { untouchedDays: -1 },
  { untouchedDays: 1.5 },
  { dueSoonDays: '30' },
  { milestoneDays: 3651 },
  { potentialAssessmentMonths: 121 },
  { educationFromYear: 0 },
  { educationMeasureTypes: ['kochkurs'] },
  { milestones: ['language-a1', 'language-a1'] },
  { disabledRules: ['nope'] },
  { dueDateConvention: 'whenever' },
  { includeClosed: 'yes' },
  { potentialAssessmentTemplates: [''] },
  { unknownSetting: 1 },
];

describe('task configuration', () => {
  it('has defaults that the JSON Schema accepts', () => {
    expect(validate(DEFAULT_TASK_CONFIG)).toBe(true);
    expect(resolveTaskConfig()).toEqual(DEFAULT_TASK_CONFIG);
  });
  it("merges a canton's partial configuration over the defaults", () => {
    const c = resolveTaskConfig({ untouchedDays: 60, disabledRules: ['dossier-untouched'] });
    expect(c).toMatchObject({ untouchedDays: 60, disabledRules: ['dossier-untouched'], dueSoonDays: 30 });
    expect(validate({ untouchedDays: 60 })).toBe(true);
  });
  it.each(bad)('rejects %j in the schema and in resolveTaskConfig, naming the field', (config) => {
    expect(validate(config)).toBe(false);
    const field = Object.keys(config)[0]!;
    expect(() => resolveTaskConfig(config)).toThrow(new RegExp(`^${field}`));
  });
  it('rejects an education window that ends before it starts', () => {
    expect(() => resolveTaskConfig({ educationFromYear: 5, educationToYear: 4 })).toThrow(
      /educationFromYear/,
    );
  });
  it('ships the schema as config.schema.json too, for hosts without TypeScript', () => {
    // Out of date? Write JSON.stringify(TASK_CONFIG_SCHEMA, null, 2) to config.schema.json.
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(TASK_CONFIG_SCHEMA)));
  });
  it('documents every setting in the schema', () => {
    expect(Object.keys(TASK_CONFIG_SCHEMA.properties).sort()).toEqual(
      Object.keys(DEFAULT_TASK_CONFIG).sort(),
    );
    for (const p of Object.values(TASK_CONFIG_SCHEMA.properties))
      expect(p.description.length).toBeGreaterThan(10);
  });
});
