// A vendor's production page with one <ias-form> (measured by .size-limit.mjs).
import '@ias-kit/form/define.js';
