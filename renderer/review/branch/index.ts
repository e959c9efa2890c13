export { BranchForm, type BranchPoint, type MakeBranch } from './BranchForm';
export { BranchNote, type CheckBranch } from './BranchNote';
