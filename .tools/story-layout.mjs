/* global getComputedStyle, createImageBitmap, fetch, OffscreenCanvas, btoa */
// Layout and visual checks of one rendered story, used by the story pass (.tools/stories-check.mjs) so
// every story is loaded once: at 1400 px it is screenshotted; then the same page is narrowed to 320 px,
// checked for sideways scrolling (WCAG 1.4.10 Reflow) and for targets under 24 × 24 px (WCAG 2.2, 2.5.8,
// with the standard's spacing and inline exceptions) and screenshotted again. Screenshots are compared
// with the committed baselines in stories/__screenshots__/ (anti-aliasing tolerant: a pixel only counts
// when no neighbour within one pixel matches it either).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Viewport widths of the visual baselines. */
export const WIDTHS = [1400, 320];
/** A pixel differs when a channel moves by more than this (0–255) and no neighbour explains it. */
const CHANNEL_TOLERANCE = 48;
/** A screenshot fails when more than this share of its pixels differ. */
const MAX_DIFF_SHARE = 0.001;

export const BASELINES = 'stories/__screenshots__';
export const DIFFS = '.scratch/visual-diff';

/**
 * Problems of the story rendered in `page` at its current width: sideways scroll (with the element that
 * sticks out) and targets under 24 × 24 px. Crosses open shadow roots.
 */
export async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const vw = document.documentElement.clientWidth;
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const path = (el) => {
      const parts = [];
      for (let n = el; n && parts.length < 4;) {
        parts.unshift(
          n.localName +
            (n.id ? `#${n.id}` : '') +
            (n.getAttribute?.('part')
              ? `[part=${n.getAttribute('part')}]`
              : n.classList?.length
                ? `.${[...n.classList].join('.')}`
                : ''),
        );
        n = n.parentElement ?? n.getRootNode()?.host;
      }
      return parts.join(' > ');
    };
    const hidden = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return true;
      const cs = getComputedStyle(el);
      return cs.visibility === 'hidden' || el.closest('[aria-hidden="true"],[inert]') !== null;
    };
    // Reflow: the page must not scroll sideways; name the outermost element that sticks out.
    const scrollW = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (scrollW > vw + 1) {
      const scrolls = (el) => {
        for (
          let n = el.parentElement ?? el.getRootNode()?.host;
          n;
          n = n.parentElement ?? n.getRootNode()?.host
        ) {
          const o = getComputedStyle(n).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
        }
        return false;
      };
      const culprits = all.filter(
        (el) => el.getBoundingClientRect().right > vw + 1 && !hidden(el) && !scrolls(el),
      );
      const outer = culprits.filter((el) => !culprits.includes(el.parentElement ?? el.getRootNode()?.host));
      const deepest = culprits.filter(
        (el) => !culprits.some((c) => c !== el && (el.contains(c) || el.shadowRoot?.contains(c))),
      );
      const show = (deepest.length ? deepest : outer)
        .slice(0, 2)
        .map((el) => `${path(el)} (${Math.round(el.getBoundingClientRect().right)} px)`);
      problems.push(
        `scrolls sideways at ${vw} px: page is ${scrollW} px wide; sticking out: ${show.join('; ')}`,
      );
    }
    // Targets: WCAG 2.5.8 with the spacing and inline exceptions.
    const INTERACTIVE =
      'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=switch],[role=tab],[role=menuitem],[role=option],[tabindex="0"]';
    const targets = all
      .filter((el) => el.matches(INTERACTIVE) && !el.matches(':disabled') && !hidden(el))
      .map((el) => {
        // A checkbox or radio is also clicked through its <label>: the two together are the target
        // when the label wraps it or sits right beside it.
        let r = el.getBoundingClientRect();
        const label = el.matches('input') ? (el.closest('label') ?? el.labels?.[0]) : null;
        if (label) {
          const l = label.getBoundingClientRect();
          const gap = Math.max(l.left - r.right, r.left - l.right, l.top - r.bottom, r.top - l.bottom);
          if (gap < 8) {
            const left = Math.min(l.left, r.left),
              top = Math.min(l.top, r.top);
            r = { left, top, right: Math.max(l.right, r.right), bottom: Math.max(l.bottom, r.bottom) };
            r.width = r.right - left;
            r.height = r.bottom - top;
          }
        }
        return { el, r };
      });
    const small = (t) => t.r.width < 23.5 || t.r.height < 23.5;
    const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
    const distToRect = ([x, y], r) =>
      Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const inline = (el) => {
      if (!el.matches('a')) return false;
      const block = el.parentElement;
      return (
        !!block && [...block.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().length > 0)
      );
    };
    const under = [];
    for (const t of targets) {
      if (!small(t) || inline(t.el)) continue;
      const c = centre(t.r);
      // Spacing exception: a 24 px circle on the target's centre meets no other target nor its circle.
      const crowded = targets.some((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        const d = small(o)
          ? Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) - 12
          : distToRect(c, o.r);
        return d < 12;
      });
      if (crowded) under.push(`${path(t.el)} ${Math.round(t.r.width)}×${Math.round(t.r.height)}`);
    }
    if (under.length)
      problems.push(
        `${under.length} target(s) under 24×24 px at ${vw} px: ${under.slice(0, 3).join('; ')}${under.length > 3 ? ' …' : ''}`,
      );
    return problems;
  });
}

/** Takes the screenshot of the first screen (the viewport, 900 px high) at the page's current width. */
export async function screenshot(page) {
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

const file = (id, width) => join(BASELINES, `${id}.${width}.png`);

/** Whether any baseline has been recorded (before the first recording, missing baselines only inform). */
export const haveBaselines = () =>
  existsSync(BASELINES) && readdirSync(BASELINES).some((f) => f.endsWith('.png'));

/**
 * Compares `png` with the story's baseline at `width` (in `page`, which decodes both with the browser's
 * PNG decoder). Returns `{ status: 'same' | 'missing' | 'updated' | 'different', message? }`; writes the
 * baseline with `update`, and a diff image into .scratch/visual-diff/ when they differ.
 */
export async function compareWithBaseline(page, id, width, png, { update = false } = {}) {
  const path = file(id, width);
  const before = existsSync(path) ? readFileSync(path) : undefined;
  if (!before) {
    if (!update) return { status: 'missing' };
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(path, png);
    return { status: 'updated' };
  }
  if (before.equals(png)) return { status: 'same' };
  const r = await page.evaluate(
    async ([a, b, tolerance]) => {
      const decode = async (b64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = c.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(bitmap, 0, 0);
        return {
          w: bitmap.width,
          h: bitmap.height,
          d: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data,
        };
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.w !== y.w || x.h !== y.h)
        return { size: `${x.w}×${x.h} → ${y.w}×${y.h}`, count: Infinity, total: 1 };
      const { w, h } = x;
      const close = (p, img, q) =>
        Math.abs(p[0] - img[q]) <= tolerance &&
        Math.abs(p[1] - img[q + 1]) <= tolerance &&
        Math.abs(p[2] - img[q + 2]) <= tolerance;
      // A pixel is explained by anti-aliasing when the other image has a matching pixel within one pixel.
      const near = (src, i, img, px, py) => {
        const p = [src[i], src[i + 1], src[i + 2]];
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx,
              ny = py + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h && close(p, img, (ny * w + nx) * 4)) return true;
          }
        return false;
      };
      const out = new OffscreenCanvas(w, h);
      const octx = out.getContext('2d');
      const diff = octx.createImageData(w, h);
      let count = 0;
      for (let py = 0; py < h; py++)
        for (let px = 0; px < w; px++) {
          const i = (py * w + px) * 4;
          const gray = (x.d[i] + x.d[i + 1] + x.d[i + 2]) / 3;
          let r = gray,
            g = gray,
            bl = gray,
            al = 60;
          if (
            !close([x.d[i], x.d[i + 1], x.d[i + 2]], y.d, i) &&
            !(near(x.d, i, y.d, px, py) && near(y.d, i, x.d, px, py))
          ) {
            count++;
            [r, g, bl, al] = [230, 0, 120, 255];
          }
          diff.data.set([r, g, bl, al], i);
        }
      if (!count) return { count, total: w * h };
      octx.putImageData(diff, 0, 0);
      const blob = await out.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let k = 0; k < bytes.length; k += 0x8000)
        s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      return { count, total: w * h, diff: btoa(s) };
    },
    [before.toString('base64'), png.toString('base64'), CHANNEL_TOLERANCE],
  );
  if (r.count / r.total <= MAX_DIFF_SHARE) return { status: 'same' };
  if (update) {
    writeFileSync(path, png);
    return { status: 'updated' };
  }
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, `${id}.${width}.png`), png);
  if (r.diff) writeFileSync(join(DIFFS, `${id}.${width}.diff.png`), Buffer.from(r.diff, 'base64'));
  return {
    status: 'different',
    message: r.size
      ? `size changed ${r.size}`
      : `${r.count} pixels (${((100 * r.count) / r.total).toFixed(2)} %) differ; see ${DIFFS}/${id}.${width}.diff.png`,
  };
}
