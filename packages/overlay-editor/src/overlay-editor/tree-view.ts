/**
 * The structure tree (WAI-ARIA tree pattern): one tab stop, arrows move, Right/Left open and close,
 * Home/End jump; selection follows focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { flatten, type TreeNode } from '../model/tree.js';

export interface TreeViewContext {
  nodes: readonly TreeNode[];
  selected: string;
  expanded: ReadonlySet<string>;
  /** Pointers with a checker problem at or below them. */
  problems: ReadonlySet<string>;
  /** Pointers the overlay changes. */
  changed: ReadonlySet<string>;
  label(node: TreeNode): string;
  t(
    key:
      | 'treeLabel'
      | 'badgeCore'
      | 'badgeHidden'
      | 'badgeAdded'
      | 'badgeChanged'
      | 'badgeProblem'
      | 'badgeRequired',
  ): string;
  select(pointer: string): void;
  toggle(pointer: string, open: boolean): void;
}

/** The nodes a person can reach with the arrow keys: children of closed nodes are skipped. */
export function visibleNodes(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): TreeNode[] {
  return nodes.flatMap((n) => [n, ...(expanded.has(n.pointer) ? visibleNodes(n.children, expanded) : [])]);
}

function onKey(ctx: TreeViewContext, node: TreeNode, e: KeyboardEvent): void {
  const list = visibleNodes(ctx.nodes, ctx.expanded);
  const i = list.findIndex((n) => n.pointer === node.pointer);
  const open = ctx.expanded.has(node.pointer);
  let target: TreeNode | undefined;
  switch (e.key) {
    case 'ArrowDown':
      target = list[i + 1];
      break;
    case 'ArrowUp':
      target = list[i - 1];
      break;
    case 'Home':
      target = list[0];
      break;
    case 'End':
      target = list[list.length - 1];
      break;
    case 'ArrowRight':
      if (node.children.length === 0) return;
      if (!open) ctx.toggle(node.pointer, true);
      else target = node.children[0];
      break;
    case 'ArrowLeft':
      if (open) ctx.toggle(node.pointer, false);
      else target = flatten(ctx.nodes).find((n) => n.children.includes(node));
      break;
    case 'Enter':
    case ' ':
      if (node.children.length > 0) ctx.toggle(node.pointer, !open);
      break;
    default:
      return;
  }
  e.preventDefault();
  if (target) ctx.select(target.pointer);
}

function item(
  ctx: TreeViewContext,
  node: TreeNode,
  level: number,
  pos: number,
  size: number,
): TemplateResult {
  const open = ctx.expanded.has(node.pointer);
  const selected = node.pointer === ctx.selected;
  const badges: string[] = [];
  if (node.core) badges.push(ctx.t('badgeCore'));
  if (node.required) badges.push(ctx.t('badgeRequired'));
  if (node.added) badges.push(ctx.t('badgeAdded'));
  else if (ctx.changed.has(node.pointer)) badges.push(ctx.t('badgeChanged'));
  if (node.hidden) badges.push(ctx.t('badgeHidden'));
  if (ctx.problems.has(node.pointer)) badges.push(ctx.t('badgeProblem'));
  const group = `tg${node.pointer}`;
  const hasGroup = open && node.children.length > 0;
  // The treeitem is the row; its group is a sibling it owns (as in the APG navigation tree), so the
  // item's name is its own text, not its children's.
  /* eslint-disable lit-a11y/accessible-name -- a treeitem is named by its content (label and badges) */
  return html`<li role="none">
    <span
      role="treeitem"
      part="tree-item"
      class=${`row${node.hidden ? ' is-hidden' : ''}`}
      data-pointer=${node.pointer}
      aria-level=${level}
      aria-posinset=${pos}
      aria-setsize=${size}
      aria-selected=${selected ? 'true' : 'false'}
      aria-expanded=${node.children.length > 0 ? (open ? 'true' : 'false') : nothing}
      aria-owns=${hasGroup ? group : nothing}
      tabindex=${selected ? 0 : -1}
      @keydown=${(e: KeyboardEvent) => onKey(ctx, node, e)}
      @click=${(e: Event) => {
        if (node.children.length > 0 && (e.target as Element).closest('.twisty'))
          ctx.toggle(node.pointer, !open);
        ctx.select(node.pointer);
      }}
    >
      <span class="twisty" aria-hidden="true">${node.children.length > 0 ? (open ? '▾' : '▸') : ''}</span>
      <span class="name">${ctx.label(node)}</span>
      ${node.core ? html`<span class="lock" aria-hidden="true">🔒</span>` : nothing}
      ${
        badges.length
          ? html`<span class="badges"
              >${badges.map(
                (b) =>
                  html`<span class=${`badge${b === ctx.t('badgeProblem') ? ' badge-problem' : ''}`}
                    >${b}</span
                  >`,
              )}</span
            >`
          : nothing
      }
    </span>
    ${
      hasGroup
        ? html`<ul role="group" id=${group}>
            ${repeat(
              node.children,
              (c) => c.pointer,
              (c, j) => item(ctx, c, level + 1, j + 1, node.children.length),
            )}
          </ul>`
        : nothing
    }
  </li>`;
}
/* eslint-enable lit-a11y/accessible-name */

export function renderTree(ctx: TreeViewContext): TemplateResult {
  return html`<ul role="tree" part="tree" aria-label=${ctx.t('treeLabel')} class="tree">
    ${repeat(
      ctx.nodes,
      (n) => n.pointer,
      (n, i) => item(ctx, n, 1, i + 1, ctx.nodes.length),
    )}
  </ul>`;
}
