import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens and their defaults. Each becomes the public custom property
 * `--ias-<name>`; a host page themes every element by setting them (on `:root` or any ancestor).
 * Elements read them through `token()`, so the default lives here once and nowhere else.
 * Colours meet WCAG 2.1 AA on `--ias-color-surface`; status colours are always paired with an icon or text.
 */
export const TOKENS = {
  'color-text': '#1b1f24',
  'color-text-muted': '#57606a',
  'color-surface': '#ffffff',
  'color-surface-raised': '#f6f8fa',
  'color-border': '#8c959f',
  'color-border-subtle': '#d0d7de',
  'color-primary': '#0b5cad',
  'color-primary-contrast': '#ffffff',
  'color-focus': '#0b5cad',
  'color-error': '#b3261e',
  'color-status-ok': '#1a7f37',
  'color-status-warn': '#8a5a00',
  'color-status-critical': '#b3261e',
  'color-status-ok-surface': '#dafbe1',
  'color-status-warn-surface': '#fff1c2',
  'color-status-critical-surface': '#ffe4e1',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'font-size-large': '1.25rem',
  'line-height': '1.5',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  radius: '4px',
  'focus-ring': '0 0 0 3px',
} as const;

export type TokenName = keyof typeof TOKENS;

/** `var(--ias-<name>, <default>)` as CSS, for use inside an element's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--ias-${name}, ${TOKENS[name]})`);
}

/**
 * Opt-in theme sheet that writes every default onto `:root` inside `@layer ias-theme`, for hosts who
 * want to see and override the values in one place. Elements do not need it.
 */
export const themeCss: string = `@layer ias-theme {\n  :root {\n${Object.entries(TOKENS)
  .map(([k, v]) => `    --ias-${k}: ${v};`)
  .join('\n')}\n  }\n}\n`;

/** The same theme as a Lit stylesheet. */
export const themeStyles: CSSResult = css`
  ${unsafeCSS(themeCss)}
`;
