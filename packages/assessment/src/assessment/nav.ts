/* The section navigation of <ias-assessment> (one tab stop; arrow keys, Home and End move between views) and
 * the previous / next / finalise buttons under each view. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentProgress } from './assessment.types.js';
import type { ViewContext } from './view.js';

/** Moves focus between the navigation's buttons (roving tabindex). */
function onNavKey(e: KeyboardEvent): void {
  const nav = e.currentTarget as HTMLElement;
  const buttons = [...nav.querySelectorAll<HTMLButtonElement>('button')];
  const i = buttons.indexOf(e.target as HTMLButtonElement);
  if (i < 0) return;
  const next =
    e.key === 'ArrowDown' || e.key === 'ArrowRight'
      ? (i + 1) % buttons.length
      : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
        ? (i - 1 + buttons.length) % buttons.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? buttons.length - 1
            : -1;
  if (next < 0) return;
  e.preventDefault();
  buttons.forEach((b, j) => (b.tabIndex = j === next ? 0 : -1));
  buttons[next]!.focus();
}

/** The navigation: every view with its required-fields count while the assessment is a draft. */
export function renderNav(
  ctx: ViewContext,
  nav: {
    views: readonly string[];
    index: number;
    progress: AssessmentProgress;
    checking: boolean;
    final: boolean;
    label: (view: string) => string;
    go: (view: string) => void;
  },
): TemplateResult {
  const { t } = ctx;
  return html`<nav part="nav" aria-label=${t('sections')} @keydown=${onNavKey}>
    <ol>
      ${nav.views.map((name, i) => {
        const p = nav.progress.sections[name];
        const done = p && p.total > 0 && p.filled === p.total;
        return html`<li>
          <button
            type="button"
            tabindex=${i === nav.index ? 0 : -1}
            aria-current=${i === nav.index && !nav.checking ? 'step' : nothing}
            class=${done ? 'done' : ''}
            @click=${() => nav.go(name)}
          >
            <span class="nav-label">${nav.label(name)}</span>
            ${
              p && p.total && !nav.final
                ? html`<span class="count" aria-hidden="true">${p.filled}/${p.total}</span
                    ><span class="visually-hidden">(${t('sectionProgress', p)})</span>`
                : nothing
            }
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** Previous and next view, and (for a draft the role may write) the button that starts finalising. */
export function renderStepButtons(
  ctx: ViewContext,
  step: {
    views: readonly string[];
    index: number;
    finalise: boolean;
    go: (view: string) => void;
    review: () => void;
  },
): TemplateResult {
  const { views, index } = step;
  const { t } = ctx;
  return html`<div class="actions">
    <button type="button" ?disabled=${index <= 0} @click=${() => step.go(views[index - 1]!)}>
      ${t('previous')}
    </button>
    <button type="button" ?disabled=${index >= views.length - 1} @click=${() => step.go(views[index + 1]!)}>
      ${t('next')}
    </button>
    ${
      step.finalise
        ? html`<button type="button" part="finalise" class="primary" @click=${step.review}>
            ${t('finalise')}
          </button>`
        : nothing
    }
  </div>`;
}
