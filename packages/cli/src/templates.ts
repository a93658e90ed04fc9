/**
 * The kit's Kurzassessment templates, every version (`schemas/forms/sem-kurzassessment-*.schema.json`):
 * a definitions file's profile pointers are checked against them (`checkProfileFields`). Loaded only
 * when `--definitions` is given. A test fails when a version in `schemas/forms/` is missing here.
 */
import ka100 from '../../../schemas/forms/sem-kurzassessment-1.0.0.schema.json';
import ka110 from '../../../schemas/forms/sem-kurzassessment-1.1.0.schema.json';
import ka120 from '../../../schemas/forms/sem-kurzassessment-1.2.0.schema.json';

export const KURZASSESSMENT_TEMPLATES: readonly object[] = [ka100, ka110, ka120];
