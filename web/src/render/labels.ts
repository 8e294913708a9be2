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

export function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  if (!data.label) return;
  const text = data.kind === 'paper' ? paperShortLabel(data.label) : shorten(data.label, SHORT_LABEL);
  const x = data.x + data.size + 4;
  const y = data.y + settings.labelSize / 3;
  context.font = font(settings, settings.labelWeight);
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeStyle = 'rgba(255,255,255,0.92)';
  context.strokeText(text, x, y);
  context.fillStyle = '#1f2937';
  context.fillText(text, x, y);
}

/** The hovered node: a rounded card with the longer label, and the node outlined. */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const text = shorten(data.label ?? '', HOVER_LABEL);
  context.font = font(settings, '600');
  const padding = 6;
  const height = settings.labelSize + 2 * padding;
  const width = context.measureText(text).width + 2 * padding;
  // Flip the card to the node's left when it would run off the canvas's right edge.
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const right = data.x + data.size + 4;
  const x = right + width > canvasWidth && data.x - data.size - 4 - width > 0 ? data.x - data.size - 4 - width : right;
  const y = data.y - height / 2;

  context.save();
  context.shadowColor = 'rgba(15, 23, 42, 0.25)';
  context.shadowBlur = 10;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (text) {
    context.beginPath();
    context.roundRect(x, y, width, height, 6);
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
    context.fillText(text, x + padding, data.y + settings.labelSize / 3);
  }
}
