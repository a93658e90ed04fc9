// Reading an element's public API out of custom-elements.json, shared by the package READMEs (api-docs.mjs) and
// Storybook's Docs pages (.storybook/preview.ts): which members are public, which class an event is, and what
// its payload is. Plain functions, no Node or DOM APIs.

/** Abstract foundations, not elements. */
export const BASE_CLASSES = new Set(['IasElement']);

/** Inline code, one line; an en dash for nothing. */
export const code = (s) =>
  s === undefined || s === '' ? '–' : '`' + String(s).replace(/\s*\n\s*/g, ' ') + '`';

export const isPublic = (m) =>
  !m.static && !m.privacy && !/^[_#]/.test(m.name) && !BASE_CLASSES.has(m.inheritedFrom?.name);

/** Every class in the manifest, by name and by the event name in its static `eventName`. */
export function eventClasses(manifest) {
  const byName = new Map();
  const byEvent = new Map();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class') continue;
      const entry = { decl: d, pkg: mod.path.split('/')[1] };
      byName.set(d.name, entry);
      const field = d.members?.find((m) => m.static && (m.name === 'eventName' || m.name === 'type'));
      const name = field?.default?.match(/^['"`](.+)['"`]$/)?.[1];
      if (name) byEvent.set(name, [...(byEvent.get(name) ?? []), entry]);
    }
  }
  return { byName, byEvent };
}

/** The class behind an element's event: the type named in `@event {Type}`, else the one whose eventName matches. */
export function eventClass(event, pkg, classes) {
  const named = event.type?.text && classes.byName.get(event.type.text.trim());
  if (named) return named.decl;
  const candidates = classes.byEvent.get(event.name) ?? [];
  if (candidates.length === 1) return candidates[0].decl;
  const mentioned = candidates.find((c) => event.description?.includes(c.decl.name));
  return (candidates.find((c) => c.pkg === pkg) ?? mentioned ?? candidates.find((c) => c.pkg === 'ui'))?.decl;
}

export function payload(cls) {
  if (!cls) return '';
  const fields = (cls.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const detail = fields.find((m) => m.name === 'detail');
  const shown = detail ? [detail] : fields;
  const methods = (cls.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  return [
    ...shown.map((m) => code(`${m.name}: ${m.type?.text ?? 'unknown'}`)),
    ...methods.map((m) => code(signature(m))),
  ].join(', ');
}

export const signature = (m) =>
  `${m.name}(${(m.parameters ?? []).map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}`).join(', ')})` +
  (m.return?.type?.text ? `: ${m.return.type.text}` : '');

/**
 * A copy of the manifest for Storybook's Docs tables, which key rows by name and drop unnamed items: the default
 * slot is named "(default)", parts are shown as `::part(name)` (a part named like a property would hide its
 * row), and each event's description ends with its class and payload.
 */
export function storybookManifest(manifest) {
  const classes = eventClasses(manifest);
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((d) => {
        if (!d.customElement || !d.tagName) return d;
        const pkg = mod.path.split('/')[1];
        return {
          ...d,
          slots: d.slots?.map((s) => (s.name ? s : { ...s, name: '(default)' })),
          cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
          events: d.events?.map((e) => {
            const cls = eventClass(e, pkg, classes);
            const fields = payload(cls);
            return cls
              ? {
                  ...e,
                  description:
                    `${e.description ?? ''} ${code(cls.name)}${fields === '' ? '' : `: ${fields}`}`.trim(),
                }
              : e;
          }),
        };
      }),
    })),
  };
}
