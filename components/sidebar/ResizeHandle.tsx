import { t } from '@/lib/i18n/translate';

/** The panel's width limits, in CSS pixels. */
export const PANEL_WIDTH = { min: 320, max: 560, initial: 380, step: 20 } as const;

/** Props for {@link ResizeHandle}. */
export type ResizeHandleProps = {
  width: number;
  /** Called while the width changes; `done` once the drag or key press is over (time to remember it). */
  onResize(width: number, done: boolean): void;
};

const clamp = (width: number) => Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, width)));

/** A grip on the panel's inner (left) edge: drag it, or focus it and use the arrow keys, Home and End. */
export default function ResizeHandle({ width, onResize }: ResizeHandleProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    // The panel sits on the right, so moving its edge left makes it wider.
    const next = {
      ArrowLeft: width + PANEL_WIDTH.step,
      ArrowRight: width - PANEL_WIDTH.step,
      Home: PANEL_WIDTH.min,
      End: PANEL_WIDTH.max,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(clamp(next), true);
  };
  const onPointerDown = (event: PointerEvent) => {
    const grip = event.currentTarget as HTMLElement;
    const startX = event.clientX;
    let last = width;
    grip.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => onResize((last = clamp(width + startX - e.clientX)), false);
    const up = () => {
      grip.removeEventListener('pointermove', move);
      onResize(last, true);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('lostpointercapture', up, { once: true });
  };
  return (
    <div
      class="fn-resize"
      role="separator"
      tabIndex={0}
      aria-label={t('sidebarResize')}
      aria-orientation="vertical"
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={PANEL_WIDTH.max}
      aria-valuenow={width}
      aria-valuetext={t('sidebarWidthPx', width)}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
