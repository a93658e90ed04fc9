/* The template side of <ias-assessment>: the snapshot's template version with its overlay, its validator
 * (the host's precompiled one, else compiled on demand once per effective schema), and the checks of the
 * history's snapshots against their own versions. */
import type { PropertyValues } from 'lit';
import type { AssessmentSnapshot } from '@ias-kit/core';
import type { SchemaValidator } from '@ias-kit/core/schema';
import { canRead, resolveSnapshot, type Json, type Resolved } from './model.js';

/** Validators compiled at run time, per effective schema (template + overlay). */
const compiled = new Map<string, Promise<SchemaValidator>>();

function compile(key: string, schema: Json): Promise<SchemaValidator> {
  let p = compiled.get(key);
  if (!p) {
    p = import('@ias-kit/core/compile').then(({ compileSchema }) => compileSchema(schema, { strict: 'log' }));
    compiled.set(key, p);
    p.catch(() => compiled.delete(key));
  }
  return p;
}

/** The outcome of validating an earlier snapshot against its own template version and overlay. */
export interface HistoryCheck {
  valid: boolean;
  n: number;
  version: string;
}

/** What the controller reads from `<ias-assessment>`. */
interface Host {
  requestUpdate(): void;
  value?: AssessmentSnapshot;
  templates: unknown[];
  overlays: unknown[];
  history: AssessmentSnapshot[];
  validators: Record<string, SchemaValidator>;
  userRole: string | null;
}

/** Owned by the element, which calls `willUpdate` first in its own (the sections depend on the result). */
export class AssessmentTemplates {
  /** The snapshot's template and overlay, resolved (or the errors that prevent it). */
  resolved?: Resolved;
  /** The validator of `resolved.schema`, once ready. */
  validator?: SchemaValidator;
  /** The history's checks by snapshot id, as they come in. */
  checks = new Map<string, HistoryCheck>();
  private resolvedFor = '';

  constructor(private readonly host: Host) {}

  /** The key of the snapshot's effective schema (template version + overlay), `''` without a snapshot. */
  get key(): string {
    const v = this.host.value;
    return v ? `${v.templateId}@${v.templateVersion}+${v.overlayId ?? ''}` : '';
  }

  /** Called from the host's `willUpdate`: resolves, loads the validator and checks the history as needed. */
  willUpdate(changed: PropertyValues): void {
    const h = this.host;
    const key = this.key;
    if (changed.has('templates') || changed.has('overlays') || key !== this.resolvedFor) {
      this.resolvedFor = key;
      this.resolved = h.value ? resolveSnapshot(h.value, h.templates, h.overlays) : undefined;
      this.loadValidator();
    } else if (changed.has('validators')) {
      this.loadValidator();
    }
    if (['history', 'templates', 'overlays', 'userRole'].some((p) => changed.has(p))) this.checkHistory();
  }

  /** The compilation still under way for the shown snapshot, if any. */
  get pending(): Promise<SchemaValidator> | undefined {
    const key = this.resolved?.key;
    return key && !this.validator && this.resolved?.schema ? compiled.get(key) : undefined;
  }

  private loadValidator(): void {
    const r = this.resolved;
    this.validator = undefined;
    if (!r?.schema) return;
    const given = this.host.validators[r.key];
    if (given) {
      this.validator = given;
      return;
    }
    const key = r.key;
    compile(key, r.schema).then(
      (v) => {
        if (this.resolved?.key !== key) return;
        this.validator = v;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.resolved = { key, errors: [{ pointer: '', code: 'schema.invalid', message: String(e) }] };
        this.host.requestUpdate();
      },
    );
  }

  /** Validates each readable history snapshot against its own template version and overlay. */
  private checkHistory(): void {
    const h = this.host;
    const checks = new Map<string, HistoryCheck>();
    this.checks = checks;
    for (const s of h.history) {
      const r = resolveSnapshot(s, h.templates, h.overlays);
      if (!r.schema || !canRead(r.template, h.userRole)) continue;
      const given = h.validators[r.key];
      void (given ? Promise.resolve(given) : compile(r.key, r.schema)).then((v) => {
        if (this.checks !== checks) return;
        const result = v.validate(s.data);
        checks.set(s.id, { valid: result.valid, n: result.errors.length, version: s.templateVersion });
        h.requestUpdate();
      });
    }
  }
}
