import { defineMessages } from '@klinik/shared';

export const messages = defineMessages({ title: 'Klinikbeskeder' }, { title: 'Clinic messages' });
