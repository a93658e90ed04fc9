export { IasForm } from './form/form.js';
export * from './form/form.types.js';
export { IasFormField } from './node/field.js';
export { WidgetRegistry, widgetRegistry, registerWidget } from './widgets/registry.js';
