/** Versions: `<uri>@1.2.3` ids and npm-style ranges (`1.2.3`, `^1.2`, `~1.2.0`, `1.x`, `>=1.2 <2`, `a || b`). */

type Version = [number, number, number];

/** Splits `https://…/kurzassessment@1.2.0` into id and version; `version` is absent when the id has none. */
export function parseVersionedId(id: string): { id: string; version?: string } {
  const match = /^(.+)@(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(id);
  return match ? { id: match[1] as string, version: match[2] as string } : { id };
}

const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function comparator(text: string): [Version | undefined, Version | undefined] | undefined {
  const m = /^(<=|>=|<|>|=|\^|~)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?$/.exec(
    text,
  );
  if (!m) return undefined;
  const parts = [m[2], m[3], m[4]];
  let n = 0;
  while (n < 3 && /^\d+$/.test(parts[n] ?? '')) n++;
  const low = [0, 1, 2].map((i) => (i < n ? Number(parts[i]) : 0)) as Version;
  const bump = (i: number) => low.map((x, j) => (j < i ? x : j === i ? x + 1 : 0)) as Version;
  const none: [Version, Version] = [
    [0, 0, 0],
    [0, 0, 0],
  ];
  switch (m[1] ?? '') {
    case '>=':
      return [low, undefined];
    case '>':
      return n === 0 ? none : [bump(n - 1), undefined];
    case '<':
      return n === 0 ? none : [undefined, low];
    case '<=':
      return [undefined, n === 0 ? undefined : bump(n - 1)];
    case '^': {
      const first = low.findIndex((x, i) => i < n && x !== 0);
      return [low, n === 0 ? undefined : bump(first >= 0 ? first : n - 1)];
    }
    case '~':
      return [low, n === 0 ? undefined : bump(n >= 2 ? 1 : 0)];
    default:
      return [low, n === 0 ? undefined : bump(n - 1)];
  }
}

/** Whether `version` (`1.2.3`, pre-release tags ignored) lies in the npm-style `range`; `undefined` if either is malformed. */
export function versionSatisfies(version: string, range: string): boolean | undefined {
  const v = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  const sets = range.split('||').map((set) => set.trim().split(/\s+/).filter(Boolean).map(comparator));
  if (!v || sets.some((set) => set.some((c) => !c))) return undefined;
  const ver = [Number(v[1]), Number(v[2]), Number(v[3])] as Version;
  return sets.some((set) =>
    set.every((c) => {
      const [lo, hi] = c as [Version | undefined, Version | undefined];
      return (!lo || cmp(ver, lo) >= 0) && (!hi || cmp(ver, hi) < 0);
    }),
  );
}

export function splitBase(base: string): { id: string; range?: string } {
  const at = base.lastIndexOf('@');
  const range = at > 0 ? base.slice(at + 1) : '';
  return range && !range.includes('/') ? { id: base.slice(0, at), range } : { id: base };
}
