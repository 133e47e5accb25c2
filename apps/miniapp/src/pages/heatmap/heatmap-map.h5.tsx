import { useEffect, useMemo, useRef, useState } from 'react'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components/types/common'
import { acquireSurface, touchTime, type Surface, type TouchLike } from './canvas-surface'
import { begin, end, IDLE, move, type Gesture } from './map-gestures'
import { clampView, fitProjection, HOME_VIEW, pixelsPerKm, resolutionFor, zoomAt, type LatLng, type Point, type Size, type View as MapView } from './map-projection'
import { areaAtPoint, cellAtPoint, cellCentre, drawMap, screenOf } from './map-renderer'
import type { HeatmapMapProps } from './map-target'
import { markTime } from './performance-marks'
import { useHeatmapTexts } from './use-heatmap-texts'
import { ZoomButtons } from './zoom-buttons'

export const CANVAS_ID = 'heatmap-canvas'
const ZOOM_STEP = 1.6

const touchesOf = (event: CanvasTouchEvent): ArrayLike<TouchLike> => event.touches as unknown as ArrayLike<TouchLike>

/**
 * The map in a browser, on a `Canvas type="2d"` (WeChat draws on its own map: heatmap-map.weapp.tsx). The view (zoom, pan) lives in a ref while fingers move, so a
 * drag redraws the canvas without re-rendering React; it is committed when they lift, which
 * picks the resolution and updates what the page shows about the view.
 */
export function HeatmapMap({ areas, cells, classes, answer, selected, onSelect, onResolution }: HeatmapMapProps) {
  const { t } = useHeatmapTexts()
  const surface = useRef<Surface | undefined>(undefined)
  const view = useRef<MapView>(HOME_VIEW)
  const gesture = useRef<Gesture>(IDLE)
  const [size, setSize] = useState<Size | undefined>()
  const [committed, setCommitted] = useState<MapView>(HOME_VIEW)
  const outline = useMemo<readonly LatLng[]>(() => areas.find((a) => a.kind === 'district')?.polygon ?? cells.flatMap((c) => c.boundary), [areas, cells])
  const projection = useMemo(() => (size ? fitProjection(outline, size) : undefined), [outline, size])

  // what the next frame draws: the latest props, read when the frame runs
  const scene = useRef({ areas, cells, classes, selected, answer, projection })
  scene.current = { areas, cells, classes, selected, answer, projection }
  const marked = useRef<unknown>(undefined)
  const pending = useRef(false)

  const draw = () => {
    const s = surface.current
    const { projection: p, answer: shown, ...drawn } = scene.current
    if (!s || !p) return
    if (s.fit()) {
      // the box changed (a browser resize): the projection follows on the next render
      setSize({ ...s.size })
      return
    }
    drawMap(s.ctx, drawn, { projection: p, view: view.current, size: s.size, dpr: s.dpr })
    if (shown !== undefined && marked.current !== shown) {
      marked.current = shown
      markTime('heatmap:first-frame')
    }
  }
  const redraw = () => {
    const s = surface.current
    if (!s || pending.current) return
    pending.current = true
    s.requestFrame(() => {
      pending.current = false
      draw()
    })
  }

  const commit = (next: MapView) => {
    view.current = next
    setCommitted(next)
    redraw()
  }

  const tap = (at: Point) => {
    const p = scene.current.projection
    if (!p) return
    const frame = { projection: p, view: view.current }
    const cell = cellAtPoint(scene.current.cells, frame, at)
    if (cell) return onSelect({ kind: 'cell', cell })
    const area = areaAtPoint(scene.current.areas, frame, at)
    if (area) onSelect({ kind: 'area', area })
  }

  useEffect(() => {
    let cancelled = false
    const cleanups: (() => void)[] = []
    void acquireSurface(CANVAS_ID)
      .catch(() => undefined)
      .then((s) => {
        if (cancelled || !s) return
        surface.current = s
        setSize({ ...s.size })
        cleanups.push(
          s.onResize(() => {
            if (s.fit()) setSize({ ...s.size })
            redraw()
          }),
          s.listenPointer({
            down: (p, at) => (gesture.current = begin([p], at)),
            move: (p) => {
              if (gesture.current.kind !== 'drag') return
              const next = move(gesture.current, [p], view.current, s.size)
              gesture.current = next.gesture
              view.current = next.view
              redraw()
            },
            up: (_p, upAt) => {
              const at = end(gesture.current, upAt)
              gesture.current = IDLE
              commit(view.current)
              if (at) tap(at)
            },
            wheel: (p, factor) => commit(clampView(zoomAt(view.current, factor, p), s.size)),
          }),
        )
      })
    return () => {
      cancelled = true
      cleanups.forEach((c) => c())
    }
  }, [])

  useEffect(redraw, [areas, cells, classes, selected, answer, projection])

  useEffect(() => {
    if (projection) onResolution(resolutionFor(pixelsPerKm(projection, committed)))
  }, [projection, committed])

  const onTouchStart = (event: CanvasTouchEvent) => {
    const s = surface.current
    if (s) gesture.current = begin(s.localPoints(touchesOf(event)), touchTime(event))
  }
  const onTouchMove = (event: CanvasTouchEvent) => {
    const s = surface.current
    if (!s) return
    const next = move(gesture.current, s.localPoints(touchesOf(event)), view.current, s.size)
    gesture.current = next.gesture
    view.current = next.view
    redraw()
  }
  const onTouchEnd = (event: CanvasTouchEvent) => {
    const s = surface.current
    if (!s) return
    const remaining = s.localPoints(touchesOf(event))
    // a finger still down: carry on from the fingers that are left
    if (remaining.length) return void (gesture.current = begin(remaining, touchTime(event)))
    const at = end(gesture.current, touchTime(event))
    gesture.current = IDLE
    commit(view.current)
    if (!at) return
    // a browser follows a tap with a synthetic click at the same spot, which would land on the
    // sheet's backdrop the tap is about to open (and close it at once)
    ;(event as { preventDefault?: () => void }).preventDefault?.()
    tap(at)
  }

  const zoomBy = (factor: number) => {
    if (size) commit(clampView(zoomAt(view.current, factor, { x: size.width / 2, y: size.height / 2 }), size))
  }

  // where the top-ranked cell is drawn, in canvas CSS pixels (for tests and tools; the list view says the same in words)
  const top = cells[0]
  const topPoint = top && projection ? screenOf({ projection, view: committed }, cellCentre(top)) : undefined

  return (
    <View
      className='heatmap-map'
      aria-label={t('map.a11y')}
      data-ready={size ? 'true' : 'false'}
      data-zoom={committed.zoom.toFixed(2)}
      data-top-cell={top?.h3}
      data-top-point={topPoint ? `${topPoint.x.toFixed(1)},${topPoint.y.toFixed(1)}` : undefined}
    >
      <Canvas
        type='2d'
        id={CANVAS_ID}
        className='heatmap-map__canvas'
        disableScroll
        onTouchStart={onTouchStart}
        onTouchMove={onTouchMove}
        onTouchEnd={onTouchEnd}
        onTouchCancel={onTouchEnd}
      />
      <ZoomButtons onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onShowDistrict={() => commit(HOME_VIEW)} />
    </View>
  )
}
