/** The dataset's TypeScript types, inferred from the one schema in `dataset-schema.ts`. */
import type { datasetSchema, SUPPORT_LEVELS } from './dataset-schema.js';
import type { Infer } from './schema-kit.js';

export type Dataset = Infer<typeof datasetSchema>;
export type Subject = Dataset['subjects'][number];
export type OverviewEntry = NonNullable<Dataset['overview']>[number];
export type ProsConsEntry = NonNullable<Dataset['prosCons']>[number];
export type Point = NonNullable<ProsConsEntry['pros']>[number];
export type FeatureCategory = NonNullable<Dataset['featureCategories']>[number];
export type Feature = NonNullable<Dataset['features']>[number];
export type FeatureSupport = Feature['support'][number];
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
export type PerformanceTopic = NonNullable<Dataset['performance']>[number];
export type Similarity = NonNullable<Dataset['similarities']>[number];
export type UseCase = NonNullable<Dataset['useCases']>[number];
export type Decision = NonNullable<Dataset['decision']>;
export type DecisionQuestion = NonNullable<Decision['questions']>[number];
export type DecisionAnswer = DecisionQuestion['answers'][number];
export type DecisionReason = NonNullable<DecisionAnswer['reasons']>[number];
export type CommunityGroup = NonNullable<Dataset['communities']>[number];
export type FaqItem = NonNullable<Dataset['faq']>[number];
export type SectionName = keyof NonNullable<Dataset['sectionText']>;

/** One thing wrong with a dataset: where (a JSON path such as `faq[3].answer`) and what. */
export interface Problem {
  path: string;
  message: string;
}
