/* The graphical summary: d3 computes the scales, Lit renders the SVG; a table is the text alternative. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { scaleBand, scaleLinear } from 'd3-scale';
import { pickText, type Locale } from '@ias-kit/core';
import { CEFR, SKILLS, isObj, schemaAt, title, type Json } from './model.js';

export interface ProfileRow {
  id: string;
  group: string;
  label: string;
  /** 0…1 along the row's own scale. */
  share: number;
  text: string;
}

export interface Profile {
  rows: ProfileRow[];
  track?: string;
  potential?: boolean;
  reasons: string[];
}

type T = (
  key: 'listening' | 'reading' | 'speaking' | 'writing' | 'schoolingYears' | 'workMonths' | 'competences',
) => string;

/** The label of an enum value from the schema's `x-ias-enum-titles`. */
export function enumLabel(node: Json | undefined, value: unknown, locale: Locale): string {
  const values = node && Array.isArray(node.enum) ? node.enum : undefined;
  const titles = node && Array.isArray(node['x-ias-enum-titles']) ? node['x-ias-enum-titles'] : undefined;
  const i = values ? values.indexOf(value) : -1;
  return (i >= 0 && titles ? pickText(titles[i] as never, locale) : undefined) ?? String(value);
}

const clamp = (n: number) => Math.max(0, Math.min(1, n));

/** Profile rows from whatever the instrument holds: languages per skill, schooling, experience, competences, criteria. */
export function profileOf(schema: Json, data: Json, locale: Locale, t: T): Profile {
  const rows: ProfileRow[] = [];
  const langs = isObj(data.languages) && Array.isArray(data.languages.items) ? data.languages.items : [];
  const second = langs.find((l) => isObj(l) && l.firstLanguage !== true && typeof l.code === 'string') as
    Json | undefined;
  if (second) {
    for (const skill of SKILLS) {
      const level = second[skill];
      if (typeof level !== 'string') continue;
      const i = (CEFR as readonly string[]).indexOf(level);
      rows.push({
        id: `lang-${skill}`,
        group: String(second.code),
        label: `${String(second.code)} · ${t(skill)}`,
        share: clamp(i / (CEFR.length - 1)),
        text: level === 'keine' ? '–' : level,
      });
    }
  }
  const years = isObj(data.schooling) ? data.schooling.years : undefined;
  if (typeof years === 'number')
    rows.push({
      id: 'schooling',
      group: 'schooling',
      label: t('schoolingYears'),
      share: clamp(years / 12),
      text: String(years),
    });
  const months = isObj(data.work) ? data.work.totalMonths : undefined;
  if (typeof months === 'number')
    rows.push({
      id: 'work',
      group: 'work',
      label: t('workMonths'),
      share: clamp(months / 120),
      text: String(months),
    });
  for (const block of ['competences', 'transversal'] as const) {
    const c = data[block];
    if (!isObj(c)) continue;
    for (const k of ['professional', 'methodical', 'social', 'personal']) {
      if (typeof c[k] !== 'number') continue;
      const label = title(schemaAt(schema, `/${block}/${k}`), locale, k);
      rows.push({
        id: `${block}-${k}`,
        group: 'competences',
        label,
        share: clamp((c[k] as number) / 4),
        text: `${c[k] as number} / 4`,
      });
    }
  }
  if (isObj(data.criteria)) {
    for (const [k, v] of Object.entries(data.criteria)) {
      if (!isObj(v) || typeof v.rating !== 'number') continue;
      const label = title(schemaAt(schema, `/criteria/${k}`), locale, k);
      rows.push({
        id: `criteria-${k}`,
        group: 'criteria',
        label,
        share: clamp(v.rating / 4),
        text: `${v.rating} / 4`,
      });
    }
  }
  let track: string | undefined;
  for (const at of ['/result/track', '/recommendation/track', '/summary/track']) {
    const [, section, field] = at.split('/') as [string, string, string];
    const s = data[section];
    if (isObj(s) && s[field] !== undefined) {
      track = enumLabel(schemaAt(schema, at), s[field], locale);
      break;
    }
  }
  const result = isObj(data.result) ? data.result : undefined;
  const reasons = Array.isArray(result?.reasons)
    ? result.reasons.map((r) => enumLabel(schemaAt(schema, '/result/reasons/0'), r, locale))
    : [];
  return {
    rows,
    ...(track ? { track } : {}),
    ...(typeof result?.potential === 'boolean' ? { potential: result.potential } : {}),
    reasons,
  };
}

const WIDTH = 520;
const LABEL = 210;
const VALUE = 56;
const ROW = 24;

/** The profile chart with its table alternative and the recommendation beside it. */
export function renderProfile(
  profile: Profile,
  text: {
    profile: string;
    recommendation: string;
    potentialLabel?: string;
    yesNo: (b: boolean) => string;
    reasons: string;
    value: string;
    tableCaption: string;
    empty: string;
  },
): TemplateResult {
  if (!profile.rows.length && !profile.track) return html`<p class="muted">${text.empty}</p>`;
  const height = profile.rows.length * ROW;
  const y = scaleBand<string>()
    .domain(profile.rows.map((r) => r.id))
    .range([0, height])
    .paddingInner(0.25);
  const x = scaleLinear()
    .domain([0, 1])
    .range([LABEL, WIDTH - VALUE]);
  const ticks = x.ticks(4);
  return html`<div part="profile" class="profile">
    <figure class="chart">
      <figcaption id="profile-title">${text.profile}</figcaption>
      <svg
        viewBox="0 0 ${WIDTH} ${Math.max(height, 1)}"
        width="100%"
        aria-hidden="true"
        focusable="false"
        class="profile-svg"
      >
        ${ticks.map((tk) => svg`<line class="grid" x1=${x(tk)} x2=${x(tk)} y1="0" y2=${height}></line>`)}
        ${profile.rows.map((r) => {
          const top = y(r.id) ?? 0;
          const mid = top + y.bandwidth() / 2;
          return svg`<g class=${`row ${r.group}`}>
            <text class="label" x=${LABEL - 8} y=${mid} text-anchor="end" dominant-baseline="middle">${r.label}</text>
            <rect class="track" x=${x(0)} y=${top} width=${x(1) - x(0)} height=${y.bandwidth()}></rect>
            <rect part="bar" class="bar" x=${x(0)} y=${top} width=${Math.max(1, x(r.share) - x(0))} height=${y.bandwidth()}></rect>
            <text class="value" x=${WIDTH - VALUE + 6} y=${mid} dominant-baseline="middle">${r.text}</text>
          </g>`;
        })}
      </svg>
      <details class="table-alt">
        <summary>${text.tableCaption}</summary>
        <table>
          <tbody>
            ${profile.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.label}</th>
                  <td>${r.text}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>
    <aside part="triage" class="triage" aria-labelledby="triage-title">
      <h3 id="triage-title">${text.recommendation}</h3>
      ${profile.track ? html`<p class="track">${profile.track}</p>` : nothing}
      ${
        profile.potential !== undefined && text.potentialLabel
          ? html`<p>${text.potentialLabel}: <strong>${text.yesNo(profile.potential)}</strong></p>`
          : nothing
      }
      ${profile.reasons.length ? html`<p>${text.reasons}: ${profile.reasons.join(', ')}</p>` : nothing}
    </aside>
  </div>`;
}
