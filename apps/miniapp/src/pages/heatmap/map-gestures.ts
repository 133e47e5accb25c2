import { clampView, panBy, zoomAt, type Point, type Size, type View } from './map-projection'

/**
 * Drag, pinch and tap over the map, as a pure state machine fed with the touches currently down
 * (canvas-local CSS pixels) and the times the events carry (never when they were handled): one
 * finger pans, two pinch around their middle, a short touch that barely moved is a tap.
 */
export type Gesture =
  | { kind: 'idle' }
  | { kind: 'drag'; start: Point; last: Point; startedAt: number; moved: boolean }
  | { kind: 'pinch'; distance: number; middle: Point }

export const IDLE: Gesture = { kind: 'idle' }
/** a touch that moved less than this (px) and lasted less than TAP_MS is a tap */
export const TAP_SLOP = 8
export const TAP_MS = 600

const middleOf = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })
const distanceOf = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y)

/** The gesture for the touches now down (a finger added or lifted starts over from here). */
export function begin(points: readonly Point[], now: number): Gesture {
  const [a, b] = points
  if (a && b) return { kind: 'pinch', distance: Math.max(distanceOf(a, b), 1), middle: middleOf(a, b) }
  if (a) return { kind: 'drag', start: a, last: a, startedAt: now, moved: false }
  return IDLE
}

export function move(gesture: Gesture, points: readonly Point[], view: View, size: Size): { gesture: Gesture; view: View } {
  const [a, b] = points
  if (gesture.kind === 'pinch' && a && b) {
    const distance = Math.max(distanceOf(a, b), 1)
    const middle = middleOf(a, b)
    const zoomed = zoomAt(view, distance / gesture.distance, middle)
    const next = clampView({ ...zoomed, panX: zoomed.panX + middle.x - gesture.middle.x, panY: zoomed.panY + middle.y - gesture.middle.y }, size)
    return { gesture: { kind: 'pinch', distance, middle }, view: next }
  }
  if (gesture.kind === 'drag' && a) {
    const moved = gesture.moved || distanceOf(a, gesture.start) > TAP_SLOP
    if (!moved) return { gesture, view }
    return { gesture: { ...gesture, last: a, moved }, view: panBy(view, a.x - gesture.last.x, a.y - gesture.last.y, size) }
  }
  return { gesture, view }
}

/** All fingers lifted: the tap point, when it was one. */
export function end(gesture: Gesture, now: number): Point | undefined {
  if (gesture.kind === 'drag' && !gesture.moved && now - gesture.startedAt <= TAP_MS) return gesture.start
  return undefined
}
