export { ReviewScreen, REVIEW_VIEWS, type ReviewScreenProps, type ReviewView } from './ReviewScreen';
