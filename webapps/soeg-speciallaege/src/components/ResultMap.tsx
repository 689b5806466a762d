import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import Typography from '@mui/material/Typography';
import { formatNumber, useMessages } from '@klinik/shared';
import type { GeoPoint } from '../domain/distance.ts';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { project } from './denmark.ts';
import { DenmarkMap, fitView, markerRadius } from './DenmarkMap.tsx';

interface ResultMapProps {
  results: SearchResult[];
  origin: GeoPoint;
  originLabel: string;
  selected: string;
  onSelect(id: string): void;
}

/** The nearest results drawn on the map (and the selected one, wherever it is in the list). */
export const MAP_MARKERS = 50;

const KEY_STEP: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The results on the offline map, in step with the list: a marker selects its result, and the
 * selected result is the larger, purple marker. One tab stop for the whole map (roving tabindex):
 * the arrow keys move through the markers in list order (nearest first), Enter or Space selects.
 * The markers are SVG: small, so they may overlap; each card's "Vis på kortet" is the same action
 * as a full-size target. Memoised, and given a deferred result set, so typing paints the list first.
 */
export const ResultMap = memo(function ResultMap({
  results,
  origin,
  originLabel,
  selected,
  onSelect,
}: ResultMapProps) {
  const t = useMessages(messages);
  const hint = useId();
  const svg = useRef<SVGSVGElement>(null);
  // The marker that holds the tab stop after arrow keys, until the selection changes.
  const [roving, setRoving] = useState<{ id: string; selected: string }>();
  const has = (id: string | undefined) => id !== undefined && results.some((r) => r.practice.id === id);
  const stop =
    roving?.selected === selected && has(roving.id)
      ? roving.id
      : has(selected)
        ? selected
        : results[0]?.practice.id;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const index = results.findIndex((r) => r.practice.id === stop);
    if (index < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(results[index]!.practice.id);
      return;
    }
    const step = KEY_STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const id = results[step(index, results.length - 1)]!.practice.id;
    // Focusing moves the tab stop too (onFocus below).
    svg.current?.querySelector<SVGElement>(`[data-marker="${CSS.escape(id)}"]`)?.focus();
  };
  // The selected marker is drawn last, on top of its neighbours.
  const drawn = has(selected)
    ? [...results.filter((r) => r.practice.id !== selected), results.find((r) => r.practice.id === selected)!]
    : results;

  // Zoomed to the results and the origin: the nearest are often all in one town.
  const view = fitView([origin, ...results.map((r) => r.practice.geo)]);

  return (
    <figure style={{ margin: 0 }}>
      <DenmarkMap
        ref={svg}
        view={view}
        origin={origin}
        originLabel={t.originMarker(originLabel)}
        role="group"
        aria-label={t.mapLabel}
        aria-describedby={hint}
        onKeyDown={onKeyDown}
      >
        {drawn.map(({ practice, distanceKm }) => {
          const chosen = practice.id === selected;
          const { x, y } = project(practice.geo);
          return (
            <circle
              key={practice.id}
              data-marker={practice.id}
              className="marker"
              cx={x}
              cy={y}
              r={markerRadius(view, chosen)}
              role="button"
              tabIndex={practice.id === stop ? 0 : -1}
              aria-pressed={chosen}
              aria-label={t.marker(practice.name, formatNumber(distanceKm, { maximumFractionDigits: 1 }))}
              onClick={() => onSelect(practice.id)}
              onFocus={() => setRoving({ id: practice.id, selected })}
            />
          );
        })}
      </DenmarkMap>
      <Typography component="figcaption" id={hint} variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t.mapSummary(results.length, originLabel)}
      </Typography>
    </figure>
  );
});
