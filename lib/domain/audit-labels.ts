// What each action code of the audit trail means, in the words the page shows. The codes themselves
// stay in the database and in the export, for machines; a unit test finds every code written in
// lib/data and requires a label here.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Sign-in failed",
  "auth.sign-in-locked": "Sign-in refused (locked)",
  "auth.sign-out": "Signed out",
  "auth.unlock": "Account unlocked",
  "user.create": "Account created",
  "user.role-change": "Role changed",
  "user.enable": "Account enabled",
  "user.disable": "Account disabled",
  "user.password-change": "Password changed",
  "commitment.create": "Commitment logged",
  "commitment.edit": "Commitment edited",
  "commitment.status-update": "Status update recorded",
  "commitment.party-assessment": "Party assessment recorded",
  "commitment.milestone-add": "Milestone added",
  "commitment.milestone-edit": "Milestone edited",
  "commitment.milestone-delete": "Milestone deleted",
  "commitment.indicator-set": "Indicator set",
  "commitment.measurement-add": "Measurement recorded",
  "commitment.link": "Commitments linked",
  "commitment.unlink": "Commitment link removed",
  "commitment.import": "Commitments imported from a file",
  "report.issue": "Implementation report issued",
  "meeting.create": "Meeting added",
  "meeting.edit": "Meeting edited",
};

/** The readable name of an action code; an unknown code is shown as it is. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action] : action;
}
