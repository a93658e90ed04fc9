/* The graphical summary: d3 computes the scales, Lit renders the SVG; a table is the text alternative. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { scaleBand, scaleLinear } from 'd3-scale';
import { pickText, type Locale } from '@ias-kit/core';
import { cefrName, languageName } from '@ias-kit/ui';
import { CEFR, SKILLS, isObj, schemaAt, title, type Json } from './model.js';
import type { ViewContext } from './view.js';

/** The kinds of measure the profile shows, each on its own scale. */
export const PROFILE_SCALES = ['cefr', 'years', 'months', 'score'] as const;
export type ProfileScale = (typeof PROFILE_SCALES)[number];

export interface ProfileRow {
  id: string;
  /** Which scale the row is measured on. */
  scale: ProfileScale;
  label: string;
  /** The value on its scale: CEFR step (0 = keine … 6 = C2), years, months or score. */
  value: number;
  text: string;
}

export interface Profile {
  rows: ProfileRow[];
  track?: string;
  potential?: boolean;
  reasons: string[];
}

type T = (
  key:
    | 'listening'
    | 'reading'
    | 'speaking'
    | 'writing'
    | 'schoolingYears'
    | 'workMonths'
    | 'competences'
    | 'axisCefr'
    | 'axisYears'
    | 'axisMonths'
    | 'axisScore',
) => string;

/** The label of an enum value from the schema's `x-ias-enum-titles`. */
export function enumLabel(node: Json | undefined, value: unknown, locale: Locale): string {
  const values = node && Array.isArray(node.enum) ? node.enum : undefined;
  const titles = node && Array.isArray(node['x-ias-enum-titles']) ? node['x-ias-enum-titles'] : undefined;
  const i = values ? values.indexOf(value) : -1;
  return (i >= 0 && titles ? pickText(titles[i] as never, locale) : undefined) ?? String(value);
}

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
        scale: 'cefr',
        label: `${languageName(String(second.code), locale)} · ${t(skill)}`,
        value: Math.max(0, i),
        text:
          level === 'keine'
            ? enumLabel(schemaAt(schema, `/languages/items/0/${skill}`), level, locale)
            : cefrName(level, locale),
      });
    }
  }
  const years = isObj(data.schooling) ? data.schooling.years : undefined;
  if (typeof years === 'number')
    rows.push({
      id: 'schooling',
      scale: 'years',
      label: t('schoolingYears'),
      value: years,
      text: String(years),
    });
  const months = isObj(data.work) ? data.work.totalMonths : undefined;
  if (typeof months === 'number')
    rows.push({ id: 'work', scale: 'months', label: t('workMonths'), value: months, text: String(months) });
  for (const block of ['competences', 'transversal'] as const) {
    const c = data[block];
    if (!isObj(c)) continue;
    for (const k of ['professional', 'methodical', 'social', 'personal']) {
      if (typeof c[k] !== 'number') continue;
      const label = title(schemaAt(schema, `/${block}/${k}`), locale, k);
      rows.push({
        id: `${block}-${k}`,
        scale: 'score',
        label,
        value: c[k] as number,
        text: `${c[k] as number} / 4`,
      });
    }
  }
  if (isObj(data.criteria)) {
    for (const [k, v] of Object.entries(data.criteria)) {
      if (!isObj(v) || typeof v.rating !== 'number') continue;
      const label = title(schemaAt(schema, `/criteria/${k}`), locale, k);
      rows.push({ id: `criteria-${k}`, scale: 'score', label, value: v.rating, text: `${v.rating} / 4` });
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

const WIDTH = 560;
const LABEL = 210;
const VALUE = 24;
const ROW = 24;
const AXIS = 40;

/** Each scale's domain and ticks: CEFR steps named, years and months from 0 to a round maximum, scores 0–4. */
function scaleOf(kind: ProfileScale, rows: ProfileRow[], locale: Locale) {
  const top = Math.max(...rows.map((r) => r.value));
  switch (kind) {
    case 'cefr':
      return { max: 6, ticks: [0, 1, 2, 3, 4, 5, 6], tick: (v: number) => (v === 0 ? '–' : CEFR[v]!) };
    case 'years':
      return {
        max: Math.max(12, Math.ceil(top / 3) * 3),
        ticks: undefined,
        tick: (v: number) => num(v, locale),
      };
    case 'months':
      return {
        max: Math.max(60, Math.ceil(top / 12) * 12),
        ticks: undefined,
        tick: (v: number) => num(v, locale),
      };
    default:
      return { max: 4, ticks: [0, 1, 2, 3, 4], tick: (v: number) => String(v) };
  }
}
const num = (v: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-CH' : `${locale}-CH`).format(v);

/**
 * The profile: one small chart per kind of measure, each on its own labelled scale (CEFR levels for the
 * language, years for schooling, months for work, 1–4 for competences), never one length for all; its
 * table alternative names the scale of every row; the recommendation beside it.
 */
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
    scale: string;
    axis: Record<ProfileScale, string>;
  },
  locale: Locale,
): TemplateResult {
  if (!profile.rows.length && !profile.track) return html`<p class="muted">${text.empty}</p>`;
  const kinds = PROFILE_SCALES.filter((k) => profile.rows.some((r) => r.scale === k));
  return html`<div part="profile" class="profile">
    <figure class="chart">
      <figcaption id="profile-title">${text.profile}</figcaption>
      ${kinds.map((kind) => {
        const rows = profile.rows.filter((r) => r.scale === kind);
        const sc = scaleOf(kind, rows, locale);
        const height = rows.length * ROW;
        const y = scaleBand<string>()
          .domain(rows.map((r) => r.id))
          .range([0, height])
          .paddingInner(0.25);
        const x = scaleLinear()
          .domain([0, sc.max])
          .range([LABEL, WIDTH - VALUE]);
        const ticks = sc.ticks ?? x.ticks(4);
        return svg`<svg
          viewBox="0 0 ${WIDTH} ${height + AXIS}"
          width="100%"
          aria-hidden="true"
          focusable="false"
          class="profile-svg ${kind}"
        >
          ${ticks.map((tk) => svg`<line class="grid" x1=${x(tk)} x2=${x(tk)} y1="0" y2=${height}></line>`)}
          ${rows.map((r) => {
            const top = y(r.id) ?? 0;
            const mid = top + y.bandwidth() / 2;
            return svg`<g class="row">
              <text class="label" x=${LABEL - 8} y=${mid} text-anchor="end" dominant-baseline="middle">${r.label}</text>
              <rect class="track" x=${x(0)} y=${top} width=${x(sc.max) - x(0)} height=${y.bandwidth()}></rect>
              <rect part="bar" class="bar" x=${x(0)} y=${top} width=${Math.max(1, x(Math.min(r.value, sc.max)) - x(0))} height=${y.bandwidth()}></rect>
            </g>`;
          })}
          <g part="axis" class="axis">
            <line x1=${x(0)} x2=${x(sc.max)} y1=${height + 2} y2=${height + 2}></line>
            ${ticks.map((tk) => svg`<text x=${x(tk)} y=${height + 16} text-anchor="middle">${sc.tick(tk)}</text>`)}
            <text class="axis-title" x=${(x(0) + x(sc.max)) / 2} y=${height + 34} text-anchor="middle">${text.axis[kind]}</text>
          </g>
        </svg>`;
      })}
      <details class="table-alt">
        <summary>${text.tableCaption}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${text.profile}</th>
              <th scope="col">${text.value}</th>
              <th scope="col">${text.scale}</th>
            </tr>
          </thead>
          <tbody>
            ${profile.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.label}</th>
                  <td>${r.text}</td>
                  <td>${text.axis[r.scale]}</td>
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

/** The summary view (and the print extract's summary): the profile in the element's words. */
export function renderSummary(ctx: ViewContext, profile: Profile): TemplateResult {
  const { t } = ctx;
  return renderProfile(
    profile,
    {
      profile: t('profile'),
      recommendation: t('recommendation'),
      potentialLabel: title(schemaAt(ctx.schema, '/result/potential'), ctx.loc) || undefined,
      yesNo: ctx.yesNo,
      reasons: t('reasons'),
      value: t('value'),
      tableCaption: t('profileDesc'),
      empty: t('noProfile'),
      scale: t('scale'),
      axis: { cefr: t('axisCefr'), years: t('axisYears'), months: t('axisMonths'), score: t('axisScore') },
    },
    ctx.loc,
  );
}
