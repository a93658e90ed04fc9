/** Button variants, declared once (style.md rule 12) and reused by types, stories and tests. */
export const BUTTON_VARIANTS = ['primary', 'secondary', 'danger', 'quiet'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];

/** Control sizes: `medium` is 2rem high, `small` 1.5rem; both keep a 24 × 24 px target (WCAG 2.2, 2.5.8). */
export const CONTROL_SIZES = ['medium', 'small'] as const;
export type ControlSize = (typeof CONTROL_SIZES)[number];

export const BUTTON_TYPES = ['button', 'submit', 'reset'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];
