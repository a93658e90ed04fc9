// A vendor's production page with the whole workspace: every element of the kit (measured by .size-limit.mjs).
import '@ias-kit/form/define.js';
import '@ias-kit/assessment/define.js';
import '@ias-kit/case/define.js';
import '@ias-kit/plan/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/indicators/define.js';
import '@ias-kit/overlay-editor/define.js';
