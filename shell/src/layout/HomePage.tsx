import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { navigateToUrl } from 'single-spa';
import {
  ErrorState,
  unwrap,
  useLocale,
  useMessages,
  type PlspClient,
  type PlspComponents,
  type WebappManifestEntry,
} from '@klinik/shared';
import { shellMessages } from '../messages.ts';
import { Pill } from './Pill.tsx';
import { WebappIcon } from './icons.tsx';

type OperatingStatus = PlspComponents['schemas']['WebappStatus'];
const PILL_COLOUR = { green: 'success', yellow: 'warning', red: 'error' } as const;

/** One tile per webapp with its operating status, as in PLO's one-pagers, and where to get support. */
export function HomePage({ webapps, api }: { webapps: WebappManifestEntry[]; api: PlspClient }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const status = useQuery({ queryKey: ['status'], queryFn: () => unwrap(api.GET('/status')) });
  const statusOf = (name: string): OperatingStatus | undefined =>
    status.data?.items.find((s) => s.webappId === name);

  return (
    <Stack spacing={3}>
      <div>
        <Typography component="h1" variant="h4" gutterBottom>
          {t.homeTitle}
        </Typography>
        <Typography color="text.secondary">{t.homeIntro}</Typography>
      </div>
      {status.isError && <ErrorState error={status.error} onRetry={() => void status.refetch()} />}
      <Box
        component="ul"
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
          p: 0,
          m: 0,
          listStyle: 'none',
        }}
      >
        {webapps.map((webapp) => {
          const operating = statusOf(webapp.name);
          return (
            <li key={webapp.name}>
              <Card variant="outlined" sx={{ height: '100%' }}>
                <CardActionArea
                  component="a"
                  href={webapp.route}
                  onClick={navigateToUrl}
                  sx={{ height: '100%' }}
                >
                  <CardContent>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                      <WebappIcon name={webapp.icon} />
                      <Typography component="h2" variant="h6">
                        {webapp.title[locale]}
                      </Typography>
                    </Stack>
                    <Typography color="text.secondary" sx={{ mb: 2 }}>
                      {webapp.description[locale]}
                    </Typography>
                    <Pill
                      small
                      outlined={!operating}
                      colour={operating ? PILL_COLOUR[operating.state] : 'default'}
                    >
                      {`${t.statusLabel}: ${operating ? t.status[operating.state] : status.isPending ? '…' : t.status.unknown}`}
                    </Pill>
                    {operating?.message && (
                      <Typography variant="body2" sx={{ mt: 1 }}>
                        {operating.message}
                      </Typography>
                    )}
                  </CardContent>
                </CardActionArea>
              </Card>
            </li>
          );
        })}
      </Box>
      <Paper variant="outlined" component="section" aria-labelledby="support-heading" sx={{ p: 2 }}>
        <Typography id="support-heading" component="h2" variant="h6">
          {t.support}
        </Typography>
        <Typography>{t.supportFirst}</Typography>
        <Typography>{t.supportSecond}</Typography>
      </Paper>
    </Stack>
  );
}
