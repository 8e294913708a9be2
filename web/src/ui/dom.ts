/**
 * DOM building without HTML strings: every piece of text goes through `textContent`, so text
 * from papers can never become markup.
 */
type Child = Node | string | null | undefined | false;

export interface ElProps {
  className?: string;
  title?: string;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, value] of Object.entries(props.dataset ?? {})) node.dataset[name] = value;
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, ...children);
  return node;
}

/** Appends children; strings become text nodes (never parsed). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link-looking button that selects a node in the graph. */
export function nodeLink(label: string, onClick: () => void, extraClass = ''): HTMLButtonElement {
  return el('button', { className: `node-link ${extraClass}`.trim(), attrs: { type: 'button' }, on: { click: onClick } }, label);
}
