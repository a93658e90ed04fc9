import { nothing } from 'lit';
import { arrayWidget } from './array.js';
import { checkboxWidget } from './checkbox.js';
import { checkboxesWidget } from './checkboxes.js';
import { choiceWidget } from './choice.js';
import { dateWidget } from './date.js';
import { dateTimeWidget } from './date-time.js';
import { jsonWidget } from './json.js';
import { numberWidget } from './number.js';
import { objectWidget } from './object.js';
import { radioWidget } from './radio.js';
import { WidgetRegistry, type FieldWidget } from './registry.js';
import { selectWidget } from './select.js';
import { codedTextWidget } from './coded-text.js';
import { yesNoUnknownWidget } from './yes-no-unknown.js';
import { ratingWidget } from './rating.js';
import '@ias-kit/ui/code-picker/define.js';
import '@ias-kit/ui/date-input/define.js';

/** Renders nothing: constants and `null` are set by the form, not edited. */
const noControl: FieldWidget = { render: () => nothing };

/**
 * The widgets `<ias-form>` brings, by the keys of `WidgetRegistry.lookup`. Every field falls back to these
 * when the registry the form uses (the page-wide one by default) has nothing for it.
 */
export const builtInWidgets = new WidgetRegistry()
  .register('kind:string', codedTextWidget)
  // One date control for the kit: dd.mm.yyyy typed, ISO stored, keyboard calendar (partial where allowed).
  .register('format:date', 'ias-date-input')
  .register('date', 'ias-date-input')
  .register('partial-date', 'ias-date-input')
  .register('text-date', dateWidget)
  // Codes become words: a searchable picker shows names, stores ISO codes.
  .register('country', 'ias-code-picker')
  .register('language', 'ias-code-picker')
  .register('format:date-time', dateTimeWidget)
  .register('date-time', dateTimeWidget)
  .register('kind:number', numberWidget)
  .register('kind:integer', numberWidget)
  .register('kind:boolean', checkboxWidget)
  .register('yes-no-unknown', yesNoUnknownWidget)
  .register('yes-no', yesNoUnknownWidget)
  .register('rating', ratingWidget)
  .register('kind:enum', selectWidget)
  .register('radio', radioWidget)
  .register('kind:multi-enum', checkboxesWidget)
  .register('kind:object', objectWidget)
  .register('kind:array', arrayWidget)
  .register('kind:choice', choiceWidget)
  .register('kind:const', noControl)
  .register('kind:null', noControl)
  .register('kind:unsupported', jsonWidget);

/** The page-wide registry used by every `<ias-form>` unless its `widgets` property names another. */
export const widgetRegistry = new WidgetRegistry(builtInWidgets);

/** Registers a widget page-wide. See `WidgetRegistry` for the keys and the contract. */
export function registerWidget(name: string, widget: string | FieldWidget): void {
  widgetRegistry.register(name, widget);
}
