export { PlaybookBoard } from './PlaybookBoard';
export { CoordinationPanel } from './CoordinationPanel';
export { ExpectedActionsPanel } from './ExpectedActionsPanel';
