export { ReviewScreen, REVIEW_VIEWS, type ReviewScreenProps, type ReviewView } from './ReviewScreen';
export type { OtherExercise } from './compare/index';
export type { CheckBranch, MakeBranch } from './branch/index';
