// The dashboard's statements for a view, as the app builds them (the data layer is server-only: the
// scripts that import this run with --conditions=react-server).
import { complianceSql } from "@/lib/data/compliance";
import { dashboardQueries, resolveDashboardFilters } from "@/lib/data/dashboard";
import type { DashboardParams } from "@/lib/validation/dashboard-params";

/** Every statement of a dashboard page, by name (the snapshot, the series, the latest updates, compliance by party), after the filter lookup. */
export async function dashboardStatements(params: DashboardParams, search: string) {
  const resolved = await resolveDashboardFilters(params);
  if (!resolved) throw new Error(`The filters in "${search}" name nothing.`);
  return { ...dashboardQueries(params, resolved), compliance: complianceSql(params) };
}
