import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useMessages } from '@klinik/shared';
import type { GeoPoint } from '../domain/distance.ts';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { DENMARK, MAP_ASPECT, project } from './denmark.ts';

interface ResultMapProps {
  results: SearchResult[];
  origin: GeoPoint;
  originLabel: string;
  selected: string;
  onSelect(id: string): void;
}

const OUTLINE = DENMARK.map((shape) =>
  shape.map(([lon, lat]) => `${project(lon, lat).x},${project(lon, lat).y}`).join(' '),
);
const at = (point: GeoPoint) => {
  const { x, y } = project(point.lon, point.lat);
  return { left: `${x}%`, top: `${y}%` };
};

/**
 * An offline map of the results: Denmark's outline in SVG, the origin and the results as markers.
 * Clicking a marker selects the result in the list; the list is the keyboard and screen-reader
 * equivalent, so the map itself is one described image. Markers are plain elements with inline
 * positions: a generated CSS class per marker would cost a style rule each, on every keystroke.
 */
export function ResultMap({ results, origin, originLabel, selected, onSelect }: ResultMapProps) {
  const t = useMessages(messages);
  const { palette } = useTheme();
  return (
    <Box
      role="img"
      aria-label={t.mapSummary(results.length, originLabel)}
      sx={{
        position: 'relative',
        width: '100%',
        maxWidth: 520,
        aspectRatio: String(MAP_ASPECT),
        bgcolor: '#e8f1f8',
        borderRadius: 1,
        overflow: 'hidden',
      }}
    >
      <svg
        viewBox="0 0 100 100"
        preserveAspectRatio="none"
        width="100%"
        height="100%"
        aria-hidden="true"
        style={{ position: 'absolute', inset: 0 }}
      >
        {OUTLINE.map((points, i) => (
          <polygon key={i} points={points} fill="#fdfdf8" stroke="#7a8b99" strokeWidth={0.3} />
        ))}
      </svg>
      {results.map(({ practice }) => {
        const chosen = practice.id === selected;
        return (
          <span
            key={practice.id}
            onClick={() => onSelect(practice.id)}
            data-marker={practice.id}
            style={{
              position: 'absolute',
              ...at(practice.geo),
              width: chosen ? 16 : 9,
              height: chosen ? 16 : 9,
              transform: 'translate(-50%, -50%)',
              borderRadius: '50%',
              background: chosen ? palette.secondary.main : palette.primary.main,
              border: '2px solid white',
              cursor: 'pointer',
              zIndex: chosen ? 2 : 1,
            }}
          />
        );
      })}
      <span
        style={{
          position: 'absolute',
          ...at(origin),
          transform: 'translate(-50%, -50%)',
          fontSize: 22,
          lineHeight: 1,
          color: palette.error.main,
          zIndex: 3,
        }}
      >
        ★
      </span>
    </Box>
  );
}
