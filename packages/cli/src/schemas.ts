/** The kit's data contracts (`schemas/model/*.schema.json`, generated from core's types), by name. */
import assessmentSnapshot from '../../../schemas/model/assessment-snapshot.schema.json';
import caseSchema from '../../../schemas/model/case.schema.json';
import integrationPlan from '../../../schemas/model/integration-plan.schema.json';
import person from '../../../schemas/model/person.schema.json';
import provider from '../../../schemas/model/provider.schema.json';
import task from '../../../schemas/model/task.schema.json';
import type { KitSchemaName } from './schema-names.js';

export const KIT_SCHEMAS: Record<KitSchemaName, object> = {
  case: caseSchema,
  person,
  'assessment-snapshot': assessmentSnapshot,
  'integration-plan': integrationPlan,
  provider,
  task,
};
