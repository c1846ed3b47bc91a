// The byte-level fingerprint the integration and end-to-end tests compare to prove that a refused
// or invalid request wrote nothing: per table, a row count and an md5 of every row.
export const FINGERPRINT_TABLES = [
  "users",
  "parties",
  "meetings",
  "commitments",
  "commitment_parties",
  "commitment_links",
  "status_updates",
  "party_assessments",
  "milestones",
  "indicators",
  "indicator_measurements",
  "audit_events",
  "revoked_sessions",
  "saved_views",
  "issued_reports",
] as const;

/** The statement for one table (names come only from the constant list above). */
export function fingerprintSql(table: (typeof FINGERPRINT_TABLES)[number]): string {
  return `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`;
}
