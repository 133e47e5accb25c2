import type { Ctx2D } from './map-renderer'
import type { Point, Size } from './map-projection'

/** A touch as the canvas reports it: WeChat gives canvas-local `x`/`y`, a browser `clientX`/`clientY`. */
export type TouchLike = { x?: number; y?: number; clientX?: number; clientY?: number }
/** `at`: when the button went down or up, as the event says (see touchTime) */
export type PointerHandlers = { down(p: Point, at: number): void; move(p: Point): void; up(p: Point, at: number): void; wheel(p: Point, factor: number): void }

/** A `Canvas type="2d"` ready to draw on: sized to its CSS box × devicePixelRatio. */
export type Surface = {
  ctx: Ctx2D
  size: Size
  dpr: number
  /** measures again and resizes the bitmap when the box changed; true when it did */
  fit(): boolean
  localPoints(touches: ArrayLike<TouchLike>): Point[]
  requestFrame(draw: () => void): void
  /** mouse and wheel where there is one (a browser); a no-op in WeChat */
  listenPointer(handlers: PointerHandlers): () => void
  onResize(listener: () => void): () => void
}

/** the browser's compatibility mouse events trail a touch: ignored for this long after one */
const TOUCH_MOUSE_GAP_MS = 800
const WAIT_FRAMES = 120

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * When a touch event happened, in ms: the event's own time, not when its handler got to run. A
 * busy page (a frame being drawn on a slow phone) handles the lift of a quick tap late; timing
 * the handlers would take that tap for a long press and drop it.
 */
export function touchTime(event: { timeStamp: number }): number {
  return event.timeStamp
}

/**
 * H5: Taro renders `<taro-canvas-core id>` and its `<canvas>` child once the custom element has
 * upgraded, and the selector query gives the node without a size, so the element is found and
 * measured here directly. The component may also reset the bitmap to its CSS size when it
 * re-renders: `fit()` before each frame puts it back.
 */
export async function acquireSurface(id: string): Promise<Surface | undefined> {
  let canvas: HTMLCanvasElement | null = null
  for (let i = 0; i < WAIT_FRAMES && !canvas; i++) {
    const host = document.getElementById(id)
    canvas = host instanceof HTMLCanvasElement ? host : (host?.querySelector('canvas') ?? null)
    if (!canvas) await nextFrame()
  }
  const ctx = canvas?.getContext('2d')
  if (!canvas || !ctx) return undefined
  const element = canvas
  const dpr = window.devicePixelRatio || 1
  const size: Size = { width: 0, height: 0 }
  let lastTouch = -Infinity

  const fit = () => {
    const box = element.getBoundingClientRect()
    const width = Math.round(box.width * dpr)
    const height = Math.round(box.height * dpr)
    const changed = box.width !== size.width || box.height !== size.height
    size.width = box.width
    size.height = box.height
    if (element.width !== width) element.width = width
    if (element.height !== height) element.height = height
    return changed
  }
  fit()
  const local = (clientX: number, clientY: number): Point => {
    const box = element.getBoundingClientRect()
    return { x: clientX - box.left, y: clientY - box.top }
  }
  element.addEventListener('touchstart', (e) => (lastTouch = e.timeStamp), { passive: true })

  return {
    ctx: ctx as unknown as Ctx2D,
    size,
    dpr,
    fit,
    localPoints: (touches) => Array.from(touches, (t) => local(t.clientX ?? 0, t.clientY ?? 0)),
    requestFrame: (draw) => void requestAnimationFrame(draw),
    listenPointer: (handlers) => {
      let down = false
      const mouse = (e: MouseEvent) => e.timeStamp - lastTouch > TOUCH_MOUSE_GAP_MS && e.button === 0
      const onDown = (e: MouseEvent) => {
        if (!mouse(e)) return
        down = true
        handlers.down(local(e.clientX, e.clientY), e.timeStamp)
      }
      const onMove = (e: MouseEvent) => {
        if (down) handlers.move(local(e.clientX, e.clientY))
      }
      const onUp = (e: MouseEvent) => {
        if (!down) return
        down = false
        handlers.up(local(e.clientX, e.clientY), e.timeStamp)
      }
      const onWheel = (e: WheelEvent) => {
        e.preventDefault()
        handlers.wheel(local(e.clientX, e.clientY), e.deltaY < 0 ? 1.25 : 0.8)
      }
      element.addEventListener('mousedown', onDown)
      window.addEventListener('mousemove', onMove)
      window.addEventListener('mouseup', onUp)
      element.addEventListener('wheel', onWheel, { passive: false })
      return () => {
        element.removeEventListener('mousedown', onDown)
        window.removeEventListener('mousemove', onMove)
        window.removeEventListener('mouseup', onUp)
        element.removeEventListener('wheel', onWheel)
      }
    },
    onResize: (listener) => {
      window.addEventListener('resize', listener)
      return () => window.removeEventListener('resize', listener)
    },
  }
}
