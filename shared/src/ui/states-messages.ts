import { defineMessages } from '../i18n/messages.ts';
import type { ApiErrorKind } from '../api/errors.ts';

export const stateMessages = defineMessages(
  {
    loading: 'Henter …',
    retry: 'Prøv igen',
    errorTitle: 'Noget gik galt',
    support:
      'Fortsætter fejlen, så kontakt dit lægesystems support (1. linje). De kan gå videre til PLSP (2. linje).',
    retryIn: (seconds: number) => `Prøv igen om ${seconds} sekunder.`,
    crashTitle: 'Webappen stødte på en fejl',
    crashText: 'Resten af Klinik+ virker stadig. Prøv at genindlæse webappen.',
    kinds: {
      network: 'Der er ingen forbindelse til PLSP. Tjek netværket, og prøv igen.',
      timeout: 'PLSP svarede ikke i tide.',
      unavailable: 'Tjenesten er midlertidigt utilgængelig.',
      server: 'Der opstod en fejl hos PLSP.',
      malformed: 'Svaret fra PLSP kunne ikke læses.',
      session: 'Din session er udløbet. Du sendes videre til login, og du kommer tilbage hertil.',
      forbidden: 'Du har ikke adgang til disse oplysninger.',
      'not-found': 'Oplysningerne findes ikke.',
      invalid: 'Forespørgslen blev afvist.',
      conflict: 'Oplysningerne er ændret i mellemtiden. Hent dem igen.',
    } satisfies Record<ApiErrorKind, string>,
  },
  {
    loading: 'Loading …',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    support:
      "If the problem persists, contact your practice system's support (1st line). They can escalate to PLSP (2nd line).",
    retryIn: (seconds: number) => `Try again in ${seconds} seconds.`,
    crashTitle: 'The webapp ran into an error',
    crashText: 'The rest of Klinik+ still works. Try reloading the webapp.',
    kinds: {
      network: 'There is no connection to PLSP. Check the network and try again.',
      timeout: 'PLSP did not answer in time.',
      unavailable: 'The service is temporarily unavailable.',
      server: 'An error occurred at PLSP.',
      malformed: 'The answer from PLSP could not be read.',
      session: 'Your session has expired. You are taken to log in, and you will come back here.',
      forbidden: 'You do not have access to this information.',
      'not-found': 'The information does not exist.',
      invalid: 'The request was rejected.',
      conflict: 'The information has changed meanwhile. Fetch it again.',
    },
  },
);
