import { defineMessages } from '@klinik/shared';

export const messages = defineMessages({ title: 'Søg speciallæge' }, { title: 'Find a specialist' });
