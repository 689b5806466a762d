import Box from '@mui/material/Box';
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

/**
 * An offline map of the results: Denmark's outline in SVG, the origin and the results as markers.
 * Clicking a marker selects the result in the list; the list is the keyboard and screen-reader
 * equivalent, so the map itself is one described image.
 */
export function ResultMap({ results, origin, originLabel, selected, onSelect }: ResultMapProps) {
  const t = useMessages(messages);
  const marker = (lon: number, lat: number) => {
    const { x, y } = project(lon, lat);
    return { left: `${x}%`, top: `${y}%` };
  };
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
        {DENMARK.map((shape, i) => (
          <polygon
            key={i}
            points={shape.map(([lon, lat]) => `${project(lon, lat).x},${project(lon, lat).y}`).join(' ')}
            fill="#fdfdf8"
            stroke="#7a8b99"
            strokeWidth={0.3}
          />
        ))}
      </svg>
      {results.map(({ practice }) => (
        <Box
          key={practice.id}
          component="span"
          onClick={() => onSelect(practice.id)}
          data-marker={practice.id}
          sx={{
            position: 'absolute',
            ...marker(practice.geo.lon, practice.geo.lat),
            width: practice.id === selected ? 16 : 9,
            height: practice.id === selected ? 16 : 9,
            transform: 'translate(-50%, -50%)',
            borderRadius: '50%',
            bgcolor: practice.id === selected ? 'secondary.main' : 'primary.main',
            border: '2px solid white',
            cursor: 'pointer',
            zIndex: practice.id === selected ? 2 : 1,
          }}
        />
      ))}
      <Box
        component="span"
        sx={{
          position: 'absolute',
          ...marker(origin.lon, origin.lat),
          transform: 'translate(-50%, -50%)',
          fontSize: 22,
          lineHeight: 1,
          color: 'error.main',
          zIndex: 3,
        }}
      >
        ★
      </Box>
    </Box>
  );
}
