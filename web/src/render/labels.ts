/**
 * Node labels drawn on sigma's 2D canvas: paper titles shortened (the hover shows more), a
 * white halo so labels stay readable over edges.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
/** Only the label settings are read, which keeps these drawers independent of attribute types. */
type LabelSettings = Pick<Settings, 'labelSize' | 'labelFont' | 'labelWeight'>;

const SHORT_LABEL = 32;
const HOVER_LABEL = 90;
const CARD_PADDING = 6;

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function font(settings: LabelSettings, weight: string): string {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

/**
 * A paper's canvas label: the part of its title before the colon when that is a name
 * ("ShadowKV: KV Cache in Shadows…" → "ShadowKV"), else the title shortened.
 */
export function paperShortLabel(title: string): string {
  const head = title.split(':')[0]!.trim();
  return head.length >= 2 && head.length <= 28 && head !== title ? head : shorten(title, SHORT_LABEL);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Node labels that never overlap: sigma picks candidate labels with its grid (and forced ones),
 * then this drawer skips any label whose box would cross one already drawn in the same frame.
 * sigma draws the candidates largest node first, so the most important label wins. `reset`
 * must run at the start of each frame (sigma's beforeRender event), with the nodes whose hover
 * card will be drawn over the labels.
 */
export function createLabelDrawer(): {
  draw: (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings) => void;
  reset: (context: CanvasRenderingContext2D, cards: LabelData[], settings: LabelSettings) => void;
} {
  let drawn: Box[] = [];
  const draw = (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    if (!data.label) return;
    const text = data.kind === 'paper' ? paperShortLabel(data.label) : shorten(data.label, SHORT_LABEL);
    context.font = font(settings, settings.labelWeight);
    const width = context.measureText(text).width;
    // A label that would run past the canvas's right edge goes on the node's left, where there is room.
    const right = data.x + data.size + 4;
    const left = data.x - data.size - 4 - width;
    const x = right + width > canvasWidth(context) - 2 && left >= 2 ? left : right;
    const y = data.y + settings.labelSize / 3;
    const half = settings.labelSize / 2 + 2;
    const box = { x1: x - 2, y1: data.y - half, x2: x + width + 2, y2: data.y + half };
    if (drawn.some((b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1)) return;
    drawn.push(box);
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeStyle = 'rgba(255,255,255,0.92)';
    context.strokeText(text, x, y);
    context.fillStyle = '#1f2937';
    context.fillText(text, x, y);
  };
  /** Starts a frame; the hover cards drawn later on top (selected, hovered node) are kept clear. */
  const reset = (context: CanvasRenderingContext2D, cards: LabelData[], settings: LabelSettings): void => {
    drawn = cards.flatMap((card) => {
      const halo = card.size + 4;
      return [cardLayout(context, card, settings).box, { x1: card.x - halo, y1: card.y - halo, x2: card.x + halo, y2: card.y + halo }];
    });
  };
  return { draw, reset };
}

/** The canvas's width in CSS pixels, the unit sigma hands the drawers their positions in. */
function canvasWidth(context: CanvasRenderingContext2D): number {
  return context.canvas.width / (globalThis.devicePixelRatio || 1);
}

/** Shortens `text` until it fits `maxWidth` pixels in the context's current font. */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(shorten(text, mid)).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low > 1 ? shorten(text, low) : '';
}

/** Where the hover card of a node goes and what it says: beside the node, on the side with more room. */
function cardLayout(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): { text: string; box: Box } {
  context.font = font(settings, '600');
  const gap = data.size + 4;
  const roomRight = canvasWidth(context) - (data.x + gap) - 4;
  const roomLeft = data.x - gap - 4;
  const full = shorten(data.label ?? '', HOVER_LABEL);
  const fitsRight = context.measureText(full).width + 2 * CARD_PADDING <= roomRight;
  const onRight = fitsRight || roomRight >= roomLeft;
  const text = fitText(context, full, (onRight ? roomRight : roomLeft) - 2 * CARD_PADDING);
  const height = settings.labelSize + 2 * CARD_PADDING;
  const width = context.measureText(text).width + 2 * CARD_PADDING;
  const x1 = onRight ? data.x + gap : data.x - gap - width;
  return { text, box: { x1, y1: data.y - height / 2, x2: x1 + width, y2: data.y + height / 2 } };
}

/**
 * The hovered (or selected) node: a card with the longer label beside the node, shortened to
 * fit the canvas; and the node outlined.
 */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const { text, box } = cardLayout(context, data, settings);
  context.save();
  context.shadowColor = 'rgba(15, 23, 42, 0.25)';
  context.shadowBlur = 10;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (text) {
    context.beginPath();
    context.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, 6);
    context.fill();
  }
  context.restore();

  context.strokeStyle = data.color;
  context.lineWidth = 2;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.stroke();
  if (text) {
    context.fillStyle = '#0f172a';
    context.fillText(text, box.x1 + CARD_PADDING, data.y + settings.labelSize / 3);
  }
}
