import { defineMessages } from '@klinik/shared';

export const messages = defineMessages({ title: 'AIM' }, { title: 'AIM' });
