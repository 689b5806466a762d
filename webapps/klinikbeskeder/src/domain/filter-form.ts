import type { RecipientFilter, Sex } from './types.ts';

/**
 * The recipient filter as the user edits it and as it lives in the URL (Danish names: users see
 * them). Ages and dates stay as typed, so a half-typed or wrong value is never lost; `toRecipientFilter`
 * checks them and says what is wrong.
 */
export interface FilterForm {
  sex: Sex | '';
  ageMin: string;
  ageMax: string;
  operator: 'and' | 'or';
  diagnoses: string[];
  diagnosisMatch: 'any' | 'all';
  services: string[];
  serviceMatch: 'any' | 'all';
  serviceFrom: string;
  serviceTo: string;
}

export type FilterProblem = 'age-format' | 'age-order' | 'period-missing' | 'period-order';
export interface FilterProblems {
  ageMin?: FilterProblem;
  ageMax?: FilterProblem;
  period?: FilterProblem;
}

const MAX_AGE = 130;
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** The default service period: the last 12 months up to `today`. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}${today.slice(4)}`.replace('-02-29', '-02-28'), to: today };
}

export function readFilterForm(params: URLSearchParams, today: string): FilterForm {
  const sex = params.get('koen');
  const period = defaultPeriod(today);
  return {
    sex: sex === 'F' || sex === 'M' ? sex : '',
    ageMin: params.get('alderFra') ?? '',
    ageMax: params.get('alderTil') ?? '',
    operator: params.get('kombiner') === 'eller' ? 'or' : 'and',
    diagnoses: list(params.get('diagnoser')),
    diagnosisMatch: params.get('diagnoseKrav') === 'alle' ? 'all' : 'any',
    services: list(params.get('ydelser')),
    serviceMatch: params.get('ydelseKrav') === 'alle' ? 'all' : 'any',
    serviceFrom: params.get('ydelseFra') ?? period.from,
    serviceTo: params.get('ydelseTil') ?? period.to,
  };
}

export function writeFilterForm(form: FilterForm, today: string): URLSearchParams {
  const params = new URLSearchParams();
  const period = defaultPeriod(today);
  if (form.sex) params.set('koen', form.sex);
  if (form.ageMin) params.set('alderFra', form.ageMin);
  if (form.ageMax) params.set('alderTil', form.ageMax);
  if (form.operator === 'or') params.set('kombiner', 'eller');
  if (form.diagnoses.length) params.set('diagnoser', form.diagnoses.join(','));
  if (form.diagnosisMatch === 'all') params.set('diagnoseKrav', 'alle');
  if (form.services.length) params.set('ydelser', form.services.join(','));
  if (form.serviceMatch === 'all') params.set('ydelseKrav', 'alle');
  if (form.serviceFrom !== period.from) params.set('ydelseFra', form.serviceFrom);
  if (form.serviceTo !== period.to) params.set('ydelseTil', form.serviceTo);
  return params;
}

function parseAge(text: string): number | undefined | 'bad' {
  if (text.trim() === '') return undefined;
  if (!/^\d{1,3}$/.test(text.trim())) return 'bad';
  const age = Number(text);
  return age > MAX_AGE ? 'bad' : age;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter to count and send with, or what is wrong with the form (the last valid parts still apply). */
export function toRecipientFilter(form: FilterForm): { filter: RecipientFilter; problems: FilterProblems } {
  const problems: FilterProblems = {};
  const min = parseAge(form.ageMin);
  const max = parseAge(form.ageMax);
  if (min === 'bad') problems.ageMin = 'age-format';
  if (max === 'bad') problems.ageMax = 'age-format';
  const filter: RecipientFilter = { operator: form.operator };
  if (form.sex) filter.sex = form.sex;
  if (typeof min === 'number') filter.ageMin = min;
  if (typeof max === 'number') filter.ageMax = max;
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.ageMax = 'age-order';
  if (form.diagnoses.length) filter.diagnoses = { codes: form.diagnoses, match: form.diagnosisMatch };
  if (form.services.length) {
    if (!ISO_DATE.test(form.serviceFrom) || !ISO_DATE.test(form.serviceTo))
      problems.period = 'period-missing';
    else if (form.serviceFrom > form.serviceTo) problems.period = 'period-order';
    else
      filter.services = {
        codes: form.services,
        match: form.serviceMatch,
        from: form.serviceFrom,
        to: form.serviceTo,
      };
  }
  return { filter, problems };
}

export const hasProblems = (problems: object) => Object.keys(problems).length > 0;

/** The form for a saved filter (a draft, or a sent message reused as a new draft). */
export function filterToForm(filter: RecipientFilter, today: string): FilterForm {
  const period = defaultPeriod(today);
  return {
    sex: filter.sex ?? '',
    ageMin: filter.ageMin === undefined ? '' : String(filter.ageMin),
    ageMax: filter.ageMax === undefined ? '' : String(filter.ageMax),
    operator: filter.operator,
    diagnoses: filter.diagnoses?.codes ?? [],
    diagnosisMatch: filter.diagnoses?.match ?? 'any',
    services: filter.services?.codes ?? [],
    serviceMatch: filter.services?.match ?? 'any',
    serviceFrom: filter.services?.from ?? period.from,
    serviceTo: filter.services?.to ?? period.to,
  };
}
