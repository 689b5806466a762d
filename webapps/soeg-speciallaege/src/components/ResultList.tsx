import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { memo, useEffect, useRef, useState } from 'react';
import { useMessages, type PlspComponents } from '@klinik/shared';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { CardList, ResultCard } from './ResultCard.tsx';
import { MAP_MARKERS } from './ResultMap.tsx';

const PAGE = 20;

interface ResultListProps {
  results: SearchResult[];
  specialties: Map<string, PlspComponents['schemas']['Specialty']>;
  selected: string;
  onSelect(id: string): void;
  onDetails(id: string): void;
}

/**
 * The nearest first, 20 at a time: a short DOM keeps typing instant even over the full register.
 * Memoised, so the map's deferred render does not draw the list again.
 */
export const ResultList = memo(function ResultList({
  results,
  specialties,
  selected,
  onSelect,
  onDetails,
}: ResultListProps) {
  const t = useMessages(messages);
  const [pages, setPages] = useState(1);
  // A result chosen among the map's markers further down than the list goes is shown too.
  const chosen = results.findIndex((r) => r.practice.id === selected);
  const reach = chosen < MAP_MARKERS ? Math.ceil((chosen + 1) / PAGE) : 0;
  const shown = Math.max(pages, reach) * PAGE;
  const more = Math.min(PAGE, results.length - shown);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (selected)
      list.current
        ?.querySelector(`[data-result="${CSS.escape(selected)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <Stack spacing={1.5}>
      <CardList ref={list}>
        {results.slice(0, shown).map((result) => {
          const specialty = result.practice.specialtyCode
            ? specialties.get(result.practice.specialtyCode)
            : undefined;
          return (
            <li key={result.practice.id} data-result={result.practice.id}>
              <ResultCard
                practice={result.practice}
                distanceKm={result.distanceKm}
                specialtyName={specialty?.name}
                referralFree={specialty ? !specialty.referralRequired : false}
                selected={selected === result.practice.id}
                onSelect={onSelect}
                onDetails={onDetails}
              />
            </li>
          );
        })}
      </CardList>
      {more > 0 && (
        <Button variant="outlined" onClick={() => setPages(shown / PAGE + 1)} sx={{ alignSelf: 'start' }}>
          {t.showMore(more)}
        </Button>
      )}
    </Stack>
  );
});
