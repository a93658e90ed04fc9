export { IasForm } from './form/form.js';
export * from './form/form.events.js';
export { IasFormField } from './field/field.js';
export { WidgetRegistry, type FieldWidget, type Widget } from './field/registry.js';
export { builtInWidgets, widgetRegistry, registerWidget } from './field/builtins.js';
export { IasErrorSummary } from './error-summary/error-summary.js';
export * from './error-summary/error-summary.types.js';
export * from './error-summary/error-summary.events.js';
export { specificErrors, missingMessage, type MessageContext } from './form/messages.js';
