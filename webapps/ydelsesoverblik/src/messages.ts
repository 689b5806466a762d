import { defineMessages } from '@klinik/shared';

export const messages = defineMessages({ title: 'Ydelsesoverblik' }, { title: 'Service overview' });
