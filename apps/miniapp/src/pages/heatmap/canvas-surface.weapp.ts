import Taro from '@tarojs/taro'
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

type CanvasNode = {
  width: number
  height: number
  getContext(type: '2d'): Ctx2D | null
  requestAnimationFrame(callback: () => void): number
}
type NodeFields = { node?: CanvasNode; width?: number; height?: number }

function pixelRatio(): number {
  try {
    return Taro.getSystemInfoSync().pixelRatio || 2
  } catch {
    return 2
  }
}

function queryCanvas(id: string): Promise<NodeFields | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((result: (NodeFields | null)[]) => resolve(result[0] ?? null))
  })
}

/**
 * When a touch event happened, in ms: WeChat's own time of the touch (`timeStamp` of the event the
 * view layer sent), not when the handler got to run (Taro's event object is stamped then). A busy
 * page handles the lift of a quick tap late; timing the handlers would drop that tap.
 */
export function touchTime(event: { timeStamp: number }): number {
  return (event as { mpEvent?: { timeStamp?: number } }).mpEvent?.timeStamp ?? event.timeStamp
}

const ATTEMPTS = 10
const RETRY_MS = 50

/**
 * WeChat: the selector query gives the canvas node and its size in one go, once the view layer
 * has rendered the canvas (right after mounting it may not have yet: asked again a few times).
 */
export async function acquireSurface(id: string): Promise<Surface | undefined> {
  let fields: NodeFields | null = null
  for (let i = 0; i < ATTEMPTS && !fields?.node; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    fields = await queryCanvas(id)
  }
  const canvas = fields?.node
  const ctx = canvas?.getContext('2d')
  if (!canvas || !ctx || !fields?.width || !fields.height) return undefined
  const dpr = pixelRatio()
  const size = { width: fields.width, height: fields.height }
  canvas.width = Math.round(size.width * dpr)
  canvas.height = Math.round(size.height * dpr)
  return {
    ctx,
    size,
    dpr,
    // a mini-program page does not reflow under the canvas
    fit: () => false,
    localPoints: (touches) => Array.from(touches, (t) => ({ x: t.x ?? 0, y: t.y ?? 0 })),
    requestFrame: (draw) => void canvas.requestAnimationFrame(draw),
    listenPointer: () => () => undefined,
    onResize: () => () => undefined,
  }
}
