import { executeServerCommand } from '@web/test-runner-commands';

export interface Shot {
  /** The shot's top-left corner, in CSS pixels of the viewport. */
  x: number;
  y: number;
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

/**
 * What the page really painted around `element` (Chromium only: `versus-screenshot` in
 * scripts/test-commands.mjs), its box grown by `pad` on each side. Scrolls it into view first.
 */
export async function shoot(element: Element, pad = 0, block: ScrollLogicalPosition = 'nearest'): Promise<Shot> {
  element.scrollIntoView({ block, inline: 'nearest' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = element.getBoundingClientRect();
  const x = Math.round(box.x - pad);
  const y = Math.round(box.y - pad);
  // The screenshot's clip is in page coordinates.
  const clip = { x: x + scrollX, y: y + scrollY, width: Math.round(box.width + 2 * pad), height: Math.round(box.height + 2 * pad) };
  const base64 = await executeServerCommand<string, typeof clip>('versus-screenshot', clip);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { x, y, width: bitmap.width, height: bitmap.height, pixels: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}
