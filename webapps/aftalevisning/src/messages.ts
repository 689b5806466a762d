import { defineMessages } from '@klinik/shared';

export const messages = defineMessages({ title: 'Aftalevisning' }, { title: 'Appointments' });
