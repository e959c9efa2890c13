export { ImprovementPlanPanel, type ImprovementPlanPanelProps } from './ImprovementPlanPanel';
