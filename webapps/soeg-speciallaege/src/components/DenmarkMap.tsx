import { styled } from '@mui/material/styles';
import type { ComponentProps, ReactNode } from 'react';
import type { GeoPoint } from '../domain/distance.ts';
import { DENMARK, MAP_HEIGHT, MAP_WIDTH, project } from './denmark.ts';

/** Sizes as a share of the view's width, so markers look the same at every zoom. */
const MARKER_R = 0.011;
const CHOSEN_R = 0.019;
const STAR_R = 0.026;
/** The closest zoom, in map units (1 unit ≈ 4.6 km): a town. */
const MIN_WIDTH = 1;

/** The part of the map that is shown, in map units (see `project`). */
export interface MapView {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The smallest view around the points, with a margin, in the map's aspect ratio (so the box on
 * screen keeps its size), never wider than Denmark.
 */
export function fitView(points: readonly GeoPoint[]): MapView {
  const projected = points.map(project);
  const xs = projected.map((p) => p.x);
  const ys = projected.map((p) => p.y);
  const aspect = MAP_WIDTH / MAP_HEIGHT;
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.min(
    MAP_WIDTH,
    Math.max(MIN_WIDTH, (right - left) * 1.25, (bottom - top) * 1.25 * aspect),
  );
  const height = width / aspect;
  const clamp = (centre: number, size: number, max: number) =>
    Math.min(Math.max(centre - size / 2, 0), max - size);
  return {
    x: clamp((left + right) / 2, width, MAP_WIDTH),
    y: clamp((top + bottom) / 2, height, MAP_HEIGHT),
    width,
    height,
  };
}

/** A marker's radius in map units, in this view. */
export function markerRadius(view: MapView, chosen: boolean) {
  return view.width * (chosen ? CHOSEN_R : MARKER_R);
}

/** One stylesheet for every marker: a style per marker would be a new rule on every keystroke. */
const Svg = styled('svg')(({ theme }) => ({
  display: 'block',
  width: '100%',
  maxWidth: 520,
  height: 'auto',
  background: '#e8f1f8',
  borderRadius: theme.shape.borderRadius,
  // Strokes in screen pixels whatever the zoom.
  '& *': { vectorEffect: 'non-scaling-stroke' },
  '& .land': { fill: '#fdfdf8', stroke: '#7a8b99', strokeWidth: 1 },
  '& .marker': { fill: theme.palette.primary.main, stroke: '#fff', strokeWidth: 2 },
  '& .marker[aria-pressed="true"], & .marker.chosen': { fill: theme.palette.secondary.main },
  '& [role="button"]': { cursor: 'pointer' },
  '& [role="button"]:focus': { outline: 'none' },
  '& [role="button"]:focus-visible': { stroke: theme.palette.text.primary, strokeWidth: 4 },
  // Above the markers, but clicks go through to a marker underneath.
  '& .origin': { fill: theme.palette.error.main, stroke: '#fff', strokeWidth: 1, pointerEvents: 'none' },
  '& .route': { stroke: theme.palette.text.secondary, strokeWidth: 2, strokeDasharray: '5 4' },
}));

const LAND = DENMARK.map((shape) =>
  shape
    .map((point) => {
      const { x, y } = project({ lon: point[0], lat: point[1] });
      return `${x},${y}`;
    })
    .join(' '),
);

/** A five-pointed star: the origin of the distances, unlike every result marker. */
function star({ x, y }: { x: number; y: number }, radius: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? radius * 0.45 : radius;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${x + r * Math.cos(angle)},${y + r * Math.sin(angle)}`;
  }).join(' ');
}

type DenmarkMapProps = Omit<ComponentProps<'svg'>, 'origin'> & {
  view: MapView;
  origin: GeoPoint;
  /** The origin's name for screen readers; without it, the star is decoration (a described image). */
  originLabel?: string;
  /** Markers, drawn between the land and the origin, in map units (see `project`). */
  children: ReactNode;
};

/**
 * An offline map of Denmark: a coarse outline in SVG, the origin of the distances as a star, and
 * whatever markers it is given. No tile server, so it works on locked-down clinic networks.
 */
export function DenmarkMap({ view, origin, originLabel, children, ...svg }: DenmarkMapProps) {
  return (
    <Svg viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} {...svg}>
      {LAND.map((points, i) => (
        <polygon key={i} className="land" points={points} />
      ))}
      {children}
      <polygon
        className="origin"
        points={star(project(origin), view.width * STAR_R)}
        {...(originLabel ? { role: 'img', 'aria-label': originLabel } : { 'aria-hidden': true })}
      />
    </Svg>
  );
}
