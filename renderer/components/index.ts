export * from './time-format';
export * from './NoPlayOverlay';
export * from './MarkingBadge';
export * from './ExerciseBanner';
export * from './route';
export * from './ScreenErrorBoundary';
export * from './use-command';
export { ExchangeFigures } from './ExchangeFigures';
export { MarkActionForm } from './MarkActionForm';
