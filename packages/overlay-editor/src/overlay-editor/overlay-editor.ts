import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type Locale, type LocalizedText } from '@ias-kit/core';
import {
  checkOverlay,
  isJsonObject,
  parseVersionedId,
  type Overlay,
  type OverlayIssue,
} from '@ias-kit/core/schema';
import { IasElement, LocalizeController, baseStyles, buttonLook, tableStyles } from '@ias-kit/ui';
import '@ias-kit/form/define.js';
import {
  applyEdit,
  effectiveOf,
  namesIn,
  newOverlay,
  offer,
  type Edit,
  type NewField,
  type Refusal,
} from '../model/ops.js';
import { buildTree, findNode, flatten, type Obj, type TreeNode } from '../model/tree.js';
import { changesOf, schemaDiff, type Change } from '../model/changes.js';
import { overlayEditorMessages, type OverlayEditorKey } from './overlay-editor.l10n.js';
import { overlayEditorStyles } from './overlay-editor.styles.js';
import { IasOverlayChangeEvent, IasOverlayExportEvent } from './overlay-editor.events.js';
import { renderTree, visibleNodes } from './tree-view.js';
import { renderHeader } from './header-view.js';
import { checkRecords, parseRecords, type DataCheckResult } from './data-check.js';
import { renderDetail } from './detail-view.js';
import { newDraft, renderAddField, type AddDraft } from './add-field-view.js';
import { renderChanges, renderData, renderDiff, renderPreview, renderTabs, type Tab } from './panels-view.js';

interface Derived {
  effective: Obj;
  tree: TreeNode[];
  errors: OverlayIssue[];
  changes: Change[];
  problems: Set<string>;
  changed: Set<string>;
}

const FIX_KEYS = new Set([
  'core.hidden',
  'core.removed',
  'core.loosened',
  'core.required',
  'access.widened',
  'hidden.required',
  'required.removed',
  'overlay.base',
  'overlay.id',
  'schema.ref',
]);

/**
 * A canton specialist customises a SEM form template without writing JSON: relabel and translate, add
 * fields (text, long text, number, date, yes/no, choices with translated answers), hide optional fields,
 * reorder, tighten limits, restrict roles. Every change becomes an overlay entry — the template is never
 * edited — and only changes `checkOverlay` accepts are offered: SEM core fields and required fields are
 * shown locked with the reason. A change list, a template/effective comparison, undo/redo, a live preview
 * per role and a check of existing records come with it. The host stores the overlay (events).
 *
 * @tagname ias-overlay-editor
 * @summary Visual editor for canton overlays of SEM form templates, with protection of SEM core fields.
 * @since 0.2
 * @status experimental
 *
 * @event {IasOverlayChangeEvent} ias-overlay-change - After every edit, undo, redo and import. Fields: `overlay: Overlay`, `check: { ok: boolean; errors: OverlayIssue[] }`.
 * @event {IasOverlayExportEvent} ias-overlay-export - When the specialist exports an accepted overlay; cancelable (call `preventDefault()` to store it yourself instead of the browser downloading it). Fields: `overlay: Overlay`, `json: string`, `fileName: string`.
 *
 * @csspart base - The editor's wrapper.
 * @csspart header - Title, overlay identity and version, toolbar.
 * @csspart tree - The structure tree.
 * @csspart tree-item - One section or field in the tree.
 * @csspart detail - The panel of the selected section or field.
 * @csspart lock - The reason a field is locked.
 * @csspart problems - The checker's problems at a field.
 * @csspart add-field - The "add a field" button of a section.
 * @csspart add-field-form - The form for a new field.
 * @csspart add-submit - The button that adds the new field.
 * @csspart hide - The "hide" button of a field.
 * @csspart tabs - The view switcher (preview, changes, comparison, data check).
 * @csspart preview - The `<ias-form>` preview.
 * @csspart changes - The change list.
 * @csspart diff - The comparison table.
 * @csspart data-run - The button that checks the records.
 * @csspart data-result - The data check's result.
 * @csspart status - The polite status message.
 *
 * @cssproperty --ias-overlay-editor-tree-width - Width of the structure column on wide screens (default `20rem`).
 * @cssproperty --ias-color-primary - Buttons and the selected tree item.
 */
export class IasOverlayEditor extends IasElement {
  static override styles = [baseStyles, buttonLook, tableStyles, overlayEditorStyles];

  /** The base template (a versioned JSON Schema of `schemas/forms/`). Never changed by the editor. */
  @property({ attribute: false }) schema?: Obj;

  /** The overlay to edit; without one the editor starts an empty overlay for the template. */
  @property({ attribute: false }) overlay?: Overlay;

  /** Records (assessment data) to check against the customised form, e.g. the host's NDJSON export. */
  @property({ attribute: false }) records?: unknown[];

  /** Language of the editor: `de`, `fr`, `it` or `en`; otherwise the nearest `lang`. */
  @property() locale?: string;

  /** Overrides of the editor's own texts, by message key. */
  @property({ attribute: false }) strings?: Partial<Record<OverlayEditorKey, string>>;

  @state() private current?: Overlay;
  @state() private selected = '';
  @state() private expanded = new Set<string>();
  @state() private draft?: AddDraft;
  @state() private tab: Tab = 'preview';
  @state() private previewRole = 'case_manager';
  @state() private status = '';
  @state() private dataResult?: DataCheckResult;
  @state() private checking = false;
  @state() private loadedRecords?: unknown[];
  @state() private badLines: number[] = [];

  private readonly l10n = new LocalizeController(this, overlayEditorMessages, () => this.strings);
  private past: { overlay: Overlay; what: string }[] = [];
  private future: { overlay: Overlay; what: string }[] = [];
  /** Pointers of added fields whose names are fixed (present in the loaded or an exported overlay). */
  private saved = new Set<string>();
  private initial?: Overlay;
  private derivedFor?: Overlay;
  private derivedCache?: Derived;

  /** The overlay as edited so far. */
  get value(): Overlay | undefined {
    return this.current;
  }

  /** `checkOverlay`'s verdict on the current overlay. */
  get check(): { ok: boolean; errors: OverlayIssue[] } {
    return { ok: this.derived?.errors.length === 0, errors: this.derived?.errors ?? [] };
  }

  private get loc(): Locale {
    return this.l10n.locale;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('schema') || changed.has('overlay')) && this.schema) {
      const start = this.overlay ?? newOverlay(this.schema);
      this.current = start;
      this.initial = start;
      this.past = [];
      this.future = [];
      this.draft = undefined;
      this.dataResult = undefined;
      const effective = effectiveOf(this.schema, start);
      this.saved = new Set(
        effective
          ? flatten(buildTree(this.schema, effective))
              .filter((n) => n.added)
              .map((n) => n.pointer)
          : [],
      );
      if (!this.selected || !effective || !findNode(buildTree(this.schema, effective), this.selected))
        this.selected = effective ? (buildTree(this.schema, effective)[0]?.pointer ?? '') : '';
    }
    if (changed.has('records')) this.dataResult = undefined;
  }

  private get derived(): Derived | undefined {
    if (!this.schema || !this.current) return undefined;
    if (this.derivedFor === this.current && this.derivedCache) return this.derivedCache;
    const check = checkOverlay(this.schema, this.current);
    const effective = (check.schema ?? this.schema) as Obj;
    const tree = buildTree(this.schema, effective);
    const errors = check.errors;
    const problems = new Set<string>();
    const all = flatten(tree);
    for (const e of errors)
      for (const n of all)
        if (e.pointer === n.pointer || e.pointer.startsWith(`${n.pointer}/`)) problems.add(n.pointer);
    const changes = changesOf(this.schema, this.current);
    const changed = new Set(changes.filter((c) => c.kind !== 'hidden').map((c) => c.pointer));
    this.derivedFor = this.current;
    this.derivedCache = { effective, tree, errors, changes, problems, changed };
    return this.derivedCache;
  }

  private label(node: TreeNode): string {
    return pickText(node.title, this.loc) ?? pickText(node.baseTitle, this.loc) ?? node.name;
  }

  private announce(message: string): void {
    // Re-set even an identical message so the live region speaks again.
    this.status = '';
    void this.updateComplete.then(() => (this.status = message));
  }

  private emitChange(): void {
    this.emit(new IasOverlayChangeEvent(this.current!, this.check));
  }

  private setOverlay(next: Overlay, what: string): void {
    this.past.push({ overlay: this.current!, what });
    if (this.past.length > 200) this.past.shift();
    this.future = [];
    this.current = next;
    this.emitChange();
  }

  /** Applies an edit when offered; otherwise says why not. Returns whether it was applied. */
  private apply = (edit: Edit, message: string): boolean => {
    if (!this.schema || !this.current) return false;
    const refusal = offer(this.schema, this.current, edit);
    if (refusal) {
      this.announce(
        this.l10n.t('notPossible', { reason: this.l10n.t(`refusal.${refusal}` as OverlayEditorKey) }),
      );
      this.requestUpdate();
      return false;
    }
    const next = applyEdit(this.schema, this.current, edit);
    if (edit.op === 'rename') {
      const node = findNode(this.derived!.tree, edit.pointer);
      if (node) this.selected = `${node.parent}/properties/${edit.name}`;
    }
    if (edit.op === 'remove' && this.selected === edit.pointer) {
      this.selected = findNode(this.derived!.tree, edit.pointer)?.parent.replace(/\/items$/, '') ?? '';
    }
    this.setOverlay(next, message);
    this.announce(message);
    return true;
  };

  /** Undoes the last edit. */
  undo(): void {
    const last = this.past.pop();
    if (!last) return this.announce(this.l10n.t('nothingToUndo'));
    this.future.push({ overlay: this.current!, what: last.what });
    this.current = last.overlay;
    this.emitChange();
    this.announce(this.l10n.t('undone', { what: last.what }));
  }

  /** Redoes the last undone edit. */
  redo(): void {
    const next = this.future.pop();
    if (!next) return this.announce(this.l10n.t('nothingToRedo'));
    this.past.push({ overlay: this.current!, what: next.what });
    this.current = next.overlay;
    this.emitChange();
    this.announce(this.l10n.t('redone', { what: next.what }));
  }

  /** Loads an overlay from JSON text (as from a file); problems are shown at their fields. */
  importOverlay(text: string): boolean {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      parsed = undefined;
    }
    if (!isJsonObject(parsed)) {
      this.announce(this.l10n.t('importFailed'));
      return false;
    }
    const overlay = parsed as unknown as Overlay;
    this.setOverlay(overlay, this.l10n.t('importOverlay'));
    const effective = effectiveOf(this.schema!, overlay);
    if (effective)
      for (const n of flatten(buildTree(this.schema!, effective))) if (n.added) this.saved.add(n.pointer);
    const name = pickText(overlay.title as LocalizedText | undefined, this.loc) ?? String(overlay.$id ?? '');
    const count = this.check.errors.length;
    this.announce(
      count ? this.l10n.t('importedProblems', { name, count }) : this.l10n.t('imported', { name }),
    );
    return true;
  }

  /** Exports the overlay when the checker accepts it: fires `ias-overlay-export`, then downloads unless cancelled. */
  exportOverlay(): boolean {
    if (!this.current) return false;
    const errors = this.check.errors;
    if (errors.length) {
      this.announce(this.l10n.t('exportRefused', { count: errors.length }));
      return false;
    }
    const json = `${JSON.stringify(this.current, null, 2)}\n`;
    const parsed = parseVersionedId(this.current.$id);
    const fileName = `${(parsed.id.split('/').pop() ?? 'overlay').replace(/[^A-Za-z0-9._-]/g, '-')}-${parsed.version ?? '0.0.0'}.overlay.json`;
    for (const n of flatten(this.derived!.tree)) if (n.added) this.saved.add(n.pointer);
    const proceed = this.emit(new IasOverlayExportEvent(this.current, json, fileName));
    if (proceed && typeof URL.createObjectURL === 'function') {
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    this.announce(this.l10n.t('exported', { version: parsed.version ?? '' }));
    this.requestUpdate();
    return true;
  }

  private select = async (pointer: string): Promise<void> => {
    this.selected = pointer;
    this.draft = undefined;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[role="treeitem"][data-pointer="${CSS.escape(pointer)}"]`)
      ?.focus();
  };

  private toggle = (pointer: string, open: boolean): void => {
    const next = new Set(this.expanded);
    if (open) next.add(pointer);
    else next.delete(pointer);
    this.expanded = next;
  };

  private problemText = (issue: OverlayIssue): { message: string; fix: string } => {
    const code = issue.code;
    const message =
      `problem.${code}` in overlayEditorMessages.de
        ? this.l10n.t(`problem.${code}` as OverlayEditorKey)
        : this.l10n.t('problem.other', { message: issue.message });
    const fix = FIX_KEYS.has(code)
      ? this.l10n.t(`fix.${code}` as OverlayEditorKey)
      : code.startsWith('core.')
        ? this.l10n.t('fix.core')
        : this.l10n.t('fix.other');
    return { message, fix };
  };

  private startAdd = async (parent: string): Promise<void> => {
    const node = findNode(this.derived!.tree, parent.replace(/\/items$/, ''));
    this.draft = newDraft(parent, node ? this.label(node) : '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#new-title-de')?.focus();
  };

  private submitAdd = async (field: NewField): Promise<void> => {
    const draft = this.draft!;
    const edit: Edit = { op: 'add', parent: draft.parent, field };
    const refusal: Refusal | undefined = offer(this.schema!, this.current!, edit);
    if (refusal) {
      this.draft = { ...draft, error: refusal };
      await this.updateComplete;
      const target =
        refusal === 'no-label'
          ? '#new-title-de'
          : refusal === 'bad-name' || refusal === 'name-taken'
            ? '#new-name'
            : '#opt-0-de';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    const label = pickText(field.title, this.loc) ?? Object.values(field.title)[0] ?? field.name;
    this.apply(edit, this.l10n.t('added', { label, section: draft.parentLabel }));
    const sectionPointer = draft.parent.replace(/\/items$/, '');
    this.expanded = new Set([...this.expanded, sectionPointer]);
    this.draft = undefined;
    await this.select(`${draft.parent}/properties/${field.name}`);
  };

  private loadRecords = async (file: File): Promise<void> => {
    const { records, bad } = parseRecords(await file.text());
    this.loadedRecords = records;
    this.badLines = bad;
    this.dataResult = undefined;
    this.announce(this.l10n.t('dataCount', { count: records.length }));
  };

  private get allRecords(): unknown[] {
    return this.loadedRecords ?? this.records ?? [];
  }

  /** Validates the records against the customised form and lists those it would make invalid. */
  async checkRecords(): Promise<DataCheckResult> {
    this.checking = true;
    const before = effectiveOf(this.schema!, this.initial ?? newOverlay(this.schema!)) ?? this.schema!;
    const result = await checkRecords(
      before,
      this.derived!.effective,
      this.allRecords,
      this.loc,
      this.badLines,
    );
    this.dataResult = result;
    this.checking = false;
    this.announce(
      result.broken.length
        ? this.l10n.t('dataSummary', {
            valid: result.valid,
            count: result.count,
            broken: result.broken.length,
          })
        : this.l10n.t('dataOk', { count: result.count - result.before }),
    );
    return result;
  }

  private onKeydown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      e.preventDefault();
      this.redo();
    }
  };

  /** Opens the tree down to `pointer` and selects it. */
  private reveal(pointer: string): void {
    const next = new Set(this.expanded);
    for (const n of flatten(this.derived!.tree)) if (pointer.startsWith(`${n.pointer}/`)) next.add(n.pointer);
    this.expanded = next;
    void this.select(pointer);
  }

  override render(): TemplateResult {
    const d = this.derived;
    if (!this.schema || !d) return html`<div part="base"></div>`;
    const t = (key: OverlayEditorKey, params?: Record<string, string | number>): string =>
      this.l10n.t(key, params);
    const node = findNode(d.tree, this.selected);
    const visible = visibleNodes(d.tree, this.expanded);
    const selected = visible.some((n) => n.pointer === this.selected)
      ? this.selected
      : (visible[0]?.pointer ?? '');
    const records = this.allRecords;
    return html`<div part="base" class="base" @keydown=${this.onKeydown}>
      ${renderHeader({
        t,
        schema: this.schema,
        overlay: this.current!,
        locale: this.loc,
        errors: d.errors,
        tree: d.tree,
        effective: d.effective,
        meta: (edit) => void this.apply(edit, t('changed', { label: t('metaLegend') })),
        undo: () => this.undo(),
        redo: () => this.redo(),
        importText: (text) => void this.importOverlay(text),
        exportOverlay: () => void this.exportOverlay(),
        problemText: this.problemText,
        reveal: (pointer) => this.reveal(pointer),
      })}
      <div class="columns">
        <nav class="structure" aria-labelledby="structure-heading">
          <h3 id="structure-heading">${t('structure')}</h3>
          ${renderTree({
            nodes: d.tree,
            selected,
            expanded: this.expanded,
            problems: d.problems,
            changed: d.changed,
            label: (n) => this.label(n),
            t: (k) => t(k),
            select: (p) => void this.select(p),
            toggle: this.toggle,
          })}
        </nav>
        <div class="work">
          ${
            this.draft
              ? renderAddField({
                  draft: this.draft,
                  taken: namesIn(d.effective, this.draft.parent),
                  t,
                  update: (draft) => (this.draft = draft),
                  focus: (selector) =>
                    void this.updateComplete.then(() =>
                      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
                    ),
                  submit: (field) => void this.submitAdd(field),
                  cancel: () => {
                    this.draft = undefined;
                    void this.select(this.selected);
                  },
                })
              : node
                ? renderDetail(
                    {
                      node,
                      t,
                      label: (n) => this.label(n),
                      offer: (edit) => offer(this.schema!, this.current!, edit),
                      apply: (edit, message) => void this.apply(edit, message),
                      problems: d.errors.filter(
                        (e) => e.pointer === node.pointer || e.pointer.startsWith(`${node.pointer}/`),
                      ),
                      problemText: this.problemText,
                      renamable: node.added && !this.saved.has(node.pointer),
                      startAdd: (parent) => void this.startAdd(parent),
                    },
                    this.loc,
                  )
                : html`<p>${t('detailNone')}</p>`
          }
        </div>
        <div class="views">
          ${renderTabs(t, this.tab, d.changes.length, async (tab, focus) => {
            this.tab = tab;
            if (focus) {
              await this.updateComplete;
              this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
            }
          })}
          <div
            role="tabpanel"
            id="tabpanel"
            aria-labelledby=${`tab-${this.tab}`}
            class="tabpanel"
            tabindex="0"
          >
            ${
              this.tab === 'preview'
                ? renderPreview(
                    t,
                    d.effective,
                    this.previewRole,
                    records[0],
                    this.loc,
                    (r) => (this.previewRole = r),
                  )
                : this.tab === 'changes'
                  ? renderChanges(t, d.changes, this.schema, d.effective, this.loc)
                  : this.tab === 'diff'
                    ? renderDiff(t, schemaDiff(this.schema, d.effective))
                    : renderData(
                        t,
                        records.length,
                        this.dataResult,
                        this.checking,
                        () => void this.checkRecords(),
                        (f) => void this.loadRecords(f),
                      )
            }
          </div>
        </div>
      </div>
      <p class="status" role="status" aria-live="polite" part="status">${this.status}</p>
    </div>`;
  }
}
