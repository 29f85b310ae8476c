export type Severity = 'error' | 'warning';

/** One thing a rule found wrong with a record: what, where, and whether it refuses the write. */
export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  path: string[];
}

export const error = (code: string, path: string[], message: string): Finding => ({
  severity: 'error',
  code,
  message,
  path,
});

export const warning = (code: string, path: string[], message: string): Finding => ({
  severity: 'warning',
  code,
  message,
  path,
});

export const errorsOf = (findings: Finding[]): Finding[] =>
  findings.filter((finding) => finding.severity === 'error');
