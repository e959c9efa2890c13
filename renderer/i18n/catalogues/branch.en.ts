/** What-if branches (issue 23): branching an exercise from a point of its review, and a branch's origin. */
export const branchEn = {
  'branch.open': 'Branch from this point…',
  'branch.heading': 'Play a what-if branch from {time}',
  'branch.intro':
    'A new exercise starts from the state after event {seq}, with its clock stopped there; play it on with other decisions. This exercise is not changed.',
  'branch.name': 'Name of the branch',
  'branch.defaultName': '{name} — what-if from {time}',
  'branch.submit': 'Make the branch',
  'branch.cancel': 'Cancel',
  'branch.busy': 'Making the branch…',
  'branch.made': 'Branch made: {name}.',
  'branch.openConsole': 'Open the branch’s console',
  'branch.failed': 'The branch was not made: {reason}',
  'branch.nameMissing': 'Give the branch a name.',
  'branch.afterEnd': 'A branch starts before ENDEX: move the scrubber to a point before event {seq}.',
  'branch.of': 'What-if branch of {origin}, from {time} (after its event {seq}).',
  'branch.check.run': 'Check it against the origin',
  'branch.check.running': 'Checking against the origin…',
  'branch.check.failed': 'The check could not be made: {reason}',
  'branch.check.matches': 'The part before the branch is event for event the same as its origin’s.',
  'branch.check.differs':
    'The part before the branch differs from its origin’s at event {seq}: the origin’s journal or the branch’s is not as it was when the branch was made.',
  'branch.check.copyAltered':
    'The part before the branch no longer hashes as it did when the branch was made: its journal was changed.',
  'branch.check.originAbsent':
    'The part before the branch hashes as recorded; its origin is not on this host to compare with.',
} as const;
