import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useLocale, useMessages, type WebappManifestEntry } from '@klinik/shared';
import { shellMessages } from '../messages.ts';
import { adoptContainers, retryWebapp, WEBAPP_OUTLET_ID } from '../registry/register-webapps.ts';
import { useWebappFailure } from '../registry/webapp-errors.ts';

/**
 * Where single-spa mounts webapps. The outlet is always rendered (hidden on the home page) so
 * React never removes the containers single-spa put in it.
 */
export function WebappArea({ active }: { active: WebappManifestEntry | undefined }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const failure = useWebappFailure(active?.name);
  return (
    <>
      {active && failure && (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button
              color="inherit"
              variant="outlined"
              size="small"
              onClick={() => void retryWebapp(active.name)}
            >
              {t.retry}
            </Button>
          }
        >
          <AlertTitle>{t.webappFailed(active.title[locale])}</AlertTitle>
          {t.webappFailedText}
        </Alert>
      )}
      <div id={WEBAPP_OUTLET_ID} ref={adoptContainers} hidden={!active} />
    </>
  );
}
