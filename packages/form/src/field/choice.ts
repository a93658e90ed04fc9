import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceNode, FieldNode } from '@ias-kit/core/schema';
import type { FormStore } from '../form/form-store.js';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { initialValue, isObject } from './values.js';

/** A `oneOf`/`anyOf` field: a choice of alternatives, the chosen one's fields below it. */
export const choiceWidget: FieldWidget = {
  kinds: ['choice'],
  render: (f) => renderChoice(f, f.node as ChoiceNode, f.value),
};

/**
 * A `oneOf`/`anyOf` choice (a field of its own, or beside an object's own fields when `baseNames` are
 * given). Switch policy: the alternative shown follows the data when the field first appears (the first
 * alternative the data matches, else the one sharing most properties with it); it never changes without
 * the user acting; switching away stashes what was typed in the alternative's own fields, and switching
 * back restores it.
 */
export function renderChoice(
  f: IasFormField,
  choice: ChoiceNode,
  data: unknown,
  baseNames?: Set<string>,
): TemplateResult {
  const key = `${f.pointer}|${choice.pointer}`;
  const index = chosenAlternative(f.store, key, choice, data);
  const alt = choice.alternatives[index];
  const label = f.text(choice.title) ?? (baseNames ? f.t('variant') : f.label);
  const onSwitch = (e: Event) => {
    const to = Number((e.target as HTMLSelectElement).value);
    f.store.choices.set(key, to);
    f.edit(switchAlternative(f.store, key, choice, data, index, to, baseNames));
  };
  return html`<div class="choice" part="group">
    <div part="field" class="field">
      <label part="label" for="choice">${label}</label>
      <select id="choice" part="control" ?disabled=${!f.writable} @change=${onSwitch}>
        ${choice.alternatives.map(
          (a, i) =>
            html`<option value=${i} ?selected=${i === index}>
              ${f.text(a.title) ?? `${f.t('variant')} ${i + 1}`}
            </option>`,
        )}
      </select>
    </div>
    ${
      alt
        ? html`<ias-form-field
            .store=${f.store}
            .node=${alt.node}
            .value=${data}
            .pointer=${f.pointer}
            .name=${''}
            .exclude=${baseNames ? [...baseNames] : undefined}
          ></ias-form-field>`
        : nothing
    }
  </div>`;
}

function chosenAlternative(store: FormStore, key: string, choice: ChoiceNode, data: unknown): number {
  const known = store.choices.get(key);
  if (known !== undefined) return known;
  let index = -1;
  let undecided = false;
  for (let i = 0; i < choice.alternatives.length && index < 0; i++) {
    const m = store.matches(choice.alternatives[i]!.pointer, data);
    if (m === true) index = i;
    if (m === undefined) undecided = true;
  }
  if (index < 0) index = bestOverlap(choice, data);
  // Remember only a decision the real validator could make, so it never flips later on its own.
  if (!undecided || store.test) store.choices.set(key, index);
  return index;
}

/** The alternative sharing most property names with the data (0 when nothing is shared). */
function bestOverlap(choice: ChoiceNode, data: unknown): number {
  if (!isObject(data)) return 0;
  let best = 0;
  let bestScore = -1;
  choice.alternatives.forEach((a, i) => {
    const node = a.node;
    if (node.kind !== 'object') return;
    const score = node.properties.filter((p) => data[p.name] !== undefined).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Names of the properties an alternative adds on top of the enclosing object's own. */
function ownNames(node: FieldNode, baseNames?: Set<string>): string[] {
  return node.kind === 'object' ? node.properties.map((p) => p.name).filter((n) => !baseNames?.has(n)) : [];
}

function switchAlternative(
  store: FormStore,
  key: string,
  choice: ChoiceNode,
  data: unknown,
  from: number,
  to: number,
  baseNames?: Set<string>,
): unknown {
  const fromNode = choice.alternatives[from]?.node;
  const toNode = choice.alternatives[to]!.node;
  if (!isObject(data) || fromNode?.kind !== 'object' || toNode.kind !== 'object') {
    store.stash.set(`${key}|${from}`, data);
    return store.stash.has(`${key}|${to}`) ? store.stash.get(`${key}|${to}`) : initialValue(toNode);
  }
  const own = ownNames(fromNode, baseNames);
  const kept: Record<string, unknown> = {};
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) (own.includes(k) ? kept : next)[k] = v;
  store.stash.set(`${key}|${from}`, kept);
  const restored = store.stash.get(`${key}|${to}`);
  Object.assign(next, isObject(restored) ? restored : {});
  // The chosen alternative's constants (its discriminator) are set at once.
  for (const p of toNode.properties) if (p.node.kind === 'const') next[p.name] = p.node.value;
  return next;
}
