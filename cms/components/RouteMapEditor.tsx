'use client'
/**
 * Edits a route on its map: drag a numbered stop to move it; "Add a stop" then a click places a new
 * stop (its name is filled in below the map); "Draw the line" then clicks add points to the route's
 * line, with undo and clear. Every change goes into the form (stops' latitude and longitude, the
 * line's GeoJSON) and is saved with the route as usual. The land comes from the server, drawn in the
 * site's projection, which this component rebuilds to place points and read clicks.
 */
import { Button, useForm, useFormFields } from '@payloadcms/ui'
import { geoConicConformal } from 'd3-geo'
import { type PointerEvent, useEffect, useMemo, useRef, useState } from 'react'
import { useMessages } from '../i18n/useMessages'
import type { RouteMapFrame } from '../routeMap/frame'

type Mode = 'move' | 'add' | 'draw'
type LonLat = [number, number]

/** Six decimals of a degree: about 10 cm, finer than any map or GPS needs. */
const round = (value: number) => Math.round(value * 1e6) / 1e6

export function RouteMapEditor({ frame }: { frame: RouteMapFrame }) {
  const { t } = useMessages()
  const { dispatchFields, addFieldRow, setModified } = useForm()
  const [mode, setMode] = useState<Mode>('move')
  const [dragging, setDragging] = useState<number | null>(null)
  // set once the browser has taken over the map: clicks before that would be lost (tests wait for it)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const svg = useRef<SVGSVGElement>(null)
  const projection = useMemo(
    () =>
      geoConicConformal()
        .parallels(frame.projection.parallels)
        .rotate(frame.projection.rotate)
        .scale(frame.projection.scale)
        .translate(frame.projection.translate),
    [frame],
  )
  const stopCount = useFormFields(([fields]) => fields.stops?.rows?.length ?? 0)
  const stops = useFormFields(([fields]) =>
    Array.from({ length: fields.stops?.rows?.length ?? 0 }, (_, i) => {
      const lat = fields[`stops.${i}.latitude`]?.value
      const lon = fields[`stops.${i}.longitude`]?.value
      return typeof lat === 'number' && typeof lon === 'number' ? ([lon, lat] as LonLat) : null
    }),
  )
  const geometry = useFormFields(([fields]) => fields.geometry?.value) as
    | { coordinates?: number[][] }
    | null
    | undefined
  const line = (geometry?.coordinates ?? []).map((position) => position.slice(0, 3))
  // the line as last written: two clicks may come before the form has rendered the first one
  const latestLine = useRef(line)
  latestLine.current = line

  /** Where on the map, in longitude and latitude, a pointer event is. */
  function lonLatOf(event: PointerEvent): LonLat | null {
    const box = svg.current?.getBoundingClientRect()
    if (!box) return null
    const x = ((event.clientX - box.left) / box.width) * frame.width
    const y = ((event.clientY - box.top) / box.height) * frame.height
    const at = projection.invert?.([x, y])
    return at ? [round(at[0]), round(at[1])] : null
  }

  function setStop(index: number, [lon, lat]: LonLat) {
    dispatchFields({ type: 'UPDATE', path: `stops.${index}.latitude`, value: lat })
    dispatchFields({ type: 'UPDATE', path: `stops.${index}.longitude`, value: lon })
    setModified(true)
  }

  function setLine(positions: number[][]) {
    latestLine.current = positions
    const value = positions.length > 0 ? { type: 'LineString', coordinates: positions } : null
    dispatchFields({ type: 'UPDATE', path: 'geometry', value, initialValue: undefined })
    setModified(true)
  }

  function onMapClick(event: PointerEvent) {
    if (dragging !== null) return
    const at = lonLatOf(event)
    if (!at) return
    if (mode === 'add') {
      addFieldRow({
        path: 'stops',
        schemaPath: 'stops',
        rowIndex: stopCount,
        subFieldState: {
          latitude: { value: at[1], initialValue: undefined, valid: true },
          longitude: { value: at[0], initialValue: undefined, valid: true },
        },
      })
      setModified(true)
      setMode('move')
    } else if (mode === 'draw') {
      // a hand-drawn point has no elevation: the line keeps elevations only when every point has one
      setLine([...latestLine.current.map(([lon, lat]) => [lon, lat]), at])
    }
  }

  const place = (p: LonLat) => projection(p) ?? [0, 0]
  const linePath =
    line.length > 1
      ? `M${line
          .map(([lon, lat]) =>
            place([lon, lat])
              .map((n) => n.toFixed(1))
              .join(','),
          )
          .join('L')}`
      : undefined
  const hint =
    mode === 'add' ? t('routeMap.clickToAdd') : mode === 'draw' ? t('routeMap.clickToDraw') : t('routeMap.dragToMove')

  return (
    <div className="field-type route-map" data-ready={ready} style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{t('routeMap.title')}</div>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', margin: 'calc(var(--base) / 2) 0' }}
      >
        <Button
          buttonStyle={mode === 'add' ? 'primary' : 'secondary'}
          size="small"
          margin={false}
          onClick={() => setMode(mode === 'add' ? 'move' : 'add')}
        >
          {t('routeMap.addStop')}
        </Button>
        <Button
          buttonStyle={mode === 'draw' ? 'primary' : 'secondary'}
          size="small"
          margin={false}
          onClick={() => setMode(mode === 'draw' ? 'move' : 'draw')}
        >
          {mode === 'draw' ? t('routeMap.stopDrawing') : t('routeMap.drawLine')}
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={line.length === 0}
          onClick={() =>
            setLine(line.slice(0, -1).map(([lon, lat, ele]) => (ele === undefined ? [lon, lat] : [lon, lat, ele])))
          }
        >
          {t('routeMap.undoPoint')}
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={line.length === 0}
          onClick={() => setLine([])}
        >
          {t('routeMap.clearLine')}
        </Button>
      </div>
      <p className="field-description" role="status" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {hint}
      </p>
      <svg
        ref={svg}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-label={t('routeMap.title')}
        style={{
          width: '100%',
          height: 'auto',
          display: 'block',
          background: '#dcebf5',
          borderRadius: 'var(--style-radius-m)',
          cursor: mode === 'move' ? 'default' : 'crosshair',
          touchAction: dragging === null ? 'pan-y' : 'none',
        }}
        onPointerUp={(event) => {
          if (dragging === null) onMapClick(event)
          setDragging(null)
        }}
        onPointerMove={(event) => {
          if (dragging === null) return
          const at = lonLatOf(event)
          if (at) setStop(dragging, at)
        }}
        onPointerLeave={() => setDragging(null)}
      >
        {frame.land.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the land never changes order
          <path key={i} d={d} fill="#f4f1e8" stroke="#a9a390" strokeWidth={0.6} />
        ))}
        {linePath && <path d={linePath} fill="none" stroke="#c0392b" strokeWidth={3} strokeLinejoin="round" />}
        {stops.map((stop, i) =>
          stop ? (
            <g
              // biome-ignore lint/suspicious/noArrayIndexKey: a stop is its position in the list
              key={i}
              transform={`translate(${place(stop).join(',')})`}
              style={{ cursor: mode === 'move' ? 'grab' : 'crosshair' }}
              onPointerDown={(event) => {
                if (mode !== 'move') return
                event.stopPropagation()
                ;(event.currentTarget.ownerSVGElement as SVGSVGElement).setPointerCapture(event.pointerId)
                setDragging(i)
              }}
              onPointerUp={(event) => {
                // drawing through a stop puts the line exactly on it
                if (mode !== 'draw') return
                event.stopPropagation()
                setLine([...latestLine.current.map(([lon, lat]) => [lon, lat]), stop])
              }}
            >
              <circle r={11} fill="#0b3a6b" stroke="#fff" strokeWidth={2} />
              <text textAnchor="middle" dy="0.35em" fill="#fff" fontSize={11} fontWeight={700}>
                {i + 1}
              </text>
            </g>
          ) : null,
        )}
      </svg>
      <p className="field-description" style={{ marginTop: 4 }}>
        {t('routeMap.credit')}
      </p>
    </div>
  )
}
