import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useMessages, type PlspComponents } from '@klinik/shared';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { ResultCard } from './ResultCard.tsx';

const PAGE = 20;

interface ResultListProps {
  results: SearchResult[];
  specialties: Map<string, PlspComponents['schemas']['Specialty']>;
  selected: string;
  onSelect(id: string): void;
  onDetails(id: string): void;
}

/** The nearest first, 20 at a time: a short DOM keeps typing instant even over the full register. */
export function ResultList({ results, specialties, selected, onSelect, onDetails }: ResultListProps) {
  const t = useMessages(messages);
  const [shown, setShown] = useState(PAGE);
  const more = Math.min(PAGE, results.length - shown);
  return (
    <Stack spacing={1.5}>
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {results.slice(0, shown).map((result) => {
          const specialty = result.practice.specialtyCode
            ? specialties.get(result.practice.specialtyCode)
            : undefined;
          return (
            <li key={result.practice.id}>
              <ResultCard
                result={result}
                specialtyName={specialty?.name}
                referralFree={specialty ? !specialty.referralRequired : false}
                selected={selected === result.practice.id}
                onSelect={() => onSelect(result.practice.id)}
                onDetails={() => onDetails(result.practice.id)}
              />
            </li>
          );
        })}
      </Stack>
      {more > 0 && (
        <Button variant="outlined" onClick={() => setShown((n) => n + PAGE)} sx={{ alignSelf: 'start' }}>
          {t.showMore(more)}
        </Button>
      )}
    </Stack>
  );
}
