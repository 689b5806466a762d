import type { PlspComponents } from '@klinik/shared';

type Schemas = PlspComponents['schemas'];
export type ServiceCode = Schemas['ServiceCode'];
export type ServiceGroup = Schemas['ServiceGroup'];
export type UsagePeriod = Schemas['ServiceUsagePeriod'];
export type UsageItem = Schemas['ServiceUsageItem'];
export type Benchmark = Schemas['ServiceBenchmark'];
export type BenchmarkItem = Schemas['ServiceBenchmarkItem'];
export type AgreementRules = Schemas['AgreementRules'];
export type CeilingRules = Schemas['CeilingRules'];
export type ChronicCareRules = Schemas['ChronicCareRules'];
export type GuidanceArticle = Schemas['GuidanceArticle'];
