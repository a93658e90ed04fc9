/** What a code picker chooses from. */
export const CODE_PICKER_KINDS = ['country', 'language'] as const;
export type CodePickerKind = (typeof CODE_PICKER_KINDS)[number];
