import { CHRONIC_CARE_CODES, SERVICE_CODES } from './service-codes.ts';

/**
 * The agreement's rules as Ydelsesoverblik's look-up tool shows them (../shared/domain §1.1–1.5).
 * The rules are [V] where the domain notes say so; amounts are [A] placeholders (see service-codes.ts).
 */
export const AGREEMENT = {
  agreement: 'Overenskomst om almen praksis (OK22), revideret pr. 31. januar 2022',
  feeLevel: 'Syntetiske takster på 2024-niveau (reguleres 1. april og 1. oktober)',
};

export const CEILING_TEXT =
  'Honoraret for ydelser inden for loftet pr. tilmeldt patient sammenlignes med regionsgennemsnittet året før. ' +
  'Ligger klinikken over højestegrænsen, kan regionen kræve det overskydende betalt tilbage. Lokalaftaler, ' +
  'basishonorar og kronikerhonorar ligger uden for loftet. Klager over en automatisk fastsat højestegrænse ' +
  'behandles i det regionale samarbejdsudvalg.';

const annualFee = (code: string) => 4 * (SERVICE_CODES.find((c) => c.code === code)?.feeDkk ?? 0);

export const CHRONIC_CARE = {
  rules: [
    {
      code: CHRONIC_CARE_CODES.kol,
      name: 'KOL',
      icpcCodes: ['R95'],
      annualFeeDkk: annualFee(CHRONIC_CARE_CODES.kol),
    },
    {
      code: CHRONIC_CARE_CODES.diabetes,
      name: 'Type 2-diabetes',
      icpcCodes: ['T90'],
      annualFeeDkk: annualFee(CHRONIC_CARE_CODES.diabetes),
    },
    {
      code: CHRONIC_CARE_CODES.both,
      name: 'Type 2-diabetes og KOL',
      icpcCodes: ['T90', 'R95'],
      annualFeeDkk: annualFee(CHRONIC_CARE_CODES.both),
    },
  ],
  coveredCodes: SERVICE_CODES.filter((c) => c.chronicCareCovered).map((c) => c.code),
  billing: 'quarterly' as const,
  excludedSikringsgruppe: 2,
  endCode: CHRONIC_CARE_CODES.end,
  text:
    'Kronikerhonoraret (fra OK18) er et årligt honorar pr. tilmeldt patient med type 2-diabetes, KOL eller begge. ' +
    'Det dækker alle kontakter — konsultation, e-konsultation, telefon, årskontrol og video — uanset årsag; de ' +
    'registreres stadig, men honoreres ikke særskilt. Sygebesøg, blodprøver og andre tillægsydelser honoreres ' +
    'som sædvanlig. Kun patientens egen klinik får honoraret, og ikke for sikringsgruppe 2 (afslut med 0133). ' +
    'Her afregnes det kvartalsvis med en fjerdedel af årshonoraret pr. tilmeldt patient.',
};

export const GUIDANCE = [
  {
    id: 'kronikerhonorar',
    title: 'Kronikerhonorar for type 2-diabetes og KOL',
    codes: ['0130', '0131', '0132', '0133', ...CHRONIC_CARE.coveredCodes],
    text: CHRONIC_CARE.text,
    source: 'https://www.laeger.dk/faq-om-kronikeromsorg-i-ok18',
  },
  {
    id: 'hoejestegraense',
    title: '§ 93: højestegrænser',
    codes: ['0101', '0120', '0204', '2101', '6101'],
    text:
      `${CEILING_TEXT} PLO-Hovedstaden råder til at samle årskontroller (0120), flytte kontrol til e-konsultation ` +
      'eller telefon, begrænse blodprøver for hospitaler og speciallæger (2101) og samtaleterapi (6101), og bruge ' +
      'lokalaftalerne, som ligger uden for loftet.',
    source:
      'https://laeger.dk/foreninger/plo/plo-i-regionerne/plo-hovedstaden/vejledninger-i-plo-hovedstaden/gode-raad-om-hoejestegraenser',
  },
  {
    id: 'video',
    title: 'Videokonsultation',
    codes: ['0125', '0126', '1003', '0201'],
    text:
      'Videokonsultation (0125) er en grundydelse og dækket af kronikerhonoraret. Årskontrol, samtaleterapi og ' +
      'tillæg (0120, 6101, 6201) kan gives over video til samme honorar med registreringskode 1003. Mislykkes ' +
      'forbindelsen, afregnes telefonkonsultation (0201). En videokonference (0126) har mindst tre parter.',
    source: 'https://laeger.dk/foreninger/plo/digital-praksis/videokonsultation-i-almen-praksis/video-i-ok22',
  },
  {
    id: 'aftalt-telefon',
    title: 'Aftalt telefonkonsultation',
    codes: ['0204', '0201'],
    text: 'Ved aftalt telefonkonsultation (0204) skal patienten være tilbudt video. Som hovedregel én konsultation pr. patient pr. dag.',
  },
  {
    id: 'samtaleterapi',
    title: 'Samtaleterapi',
    codes: ['6101', '6201', '0122'],
    text: 'Samtaleterapi kræver mindst to samtaler inden for 6 måneder. Abortstøttesamtale (0122) honoreres som samtaleterapi, men ikke samme dag som 2143.',
  },
  {
    id: 'lokalaftaler',
    title: 'Lokalaftaler (§ 2-aftaler)',
    codes: SERVICE_CODES.filter((c) => c.group === 'local-agreement').map((c) => c.code),
    text:
      'Koder over 4000 er som regel regionale aftaler, og samme kode kan betyde noget forskelligt i to regioner. ' +
      'Lokalaftaler ligger uden for loftet. Bornholm hører til Region Hovedstaden og har sin egen lokalaftale om sygebesøg (4383/4384).',
  },
];
