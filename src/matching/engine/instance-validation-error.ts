// Bad input is reported as a list of issues, each naming the record and the field, so that
// the command line can print them and the backend can map them to GraphQL field errors.

export type ValidationIssue = {
  record: string; // e.g. "mentors[2] (id m7)", "cohort", "pins[0]"
  field: string; // e.g. "timezone", "availability[1].end"; "" for the record as a whole
  message: string;
};

export class InstanceValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(summarise(issues));
    this.name = 'InstanceValidationError';
    this.issues = issues;
  }
}

export function formatIssue(issue: ValidationIssue): string {
  const where = issue.field === '' ? issue.record : `${issue.record} ${issue.field}`;
  return `${where}: ${issue.message}`;
}

function summarise(issues: readonly ValidationIssue[]): string {
  if (issues.length === 1) {
    return `Invalid matching instance: ${formatIssue(issues[0])}`;
  }
  const shown = issues.slice(0, 3).map(formatIssue).join('; ');
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  return `Invalid matching instance (${issues.length} problems): ${shown}${more}`;
}
