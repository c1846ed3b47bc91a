import Link from "next/link";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import type { DashboardParams } from "@/lib/validation/dashboard-params";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

/** A GET form: the dashboard's filters live in the URL, so a view can be shared. */
export function DashboardFilters({
  params,
  parties,
  meetings,
  today,
}: {
  params: DashboardParams;
  parties: { name: string }[];
  meetings: { slug: string; title: string }[];
  today: string;
}) {
  return (
    <form method="get" action="/" aria-label="Dashboard filters" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3 lg:grid-cols-7">
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="dash-meeting" className="block text-xs font-medium text-slate-700">
          Meeting
        </label>
        <select id="dash-meeting" name="meeting" defaultValue={params.meeting ?? ""} className={inputClass}>
          <option value="">All meetings</option>
          {meetings.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.title}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dash-category" className="block text-xs font-medium text-slate-700">
          Category
        </label>
        <select id="dash-category" name="category" defaultValue={params.category ?? ""} className={inputClass}>
          <option value="">All categories</option>
          {COMMITMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dash-party" className="block text-xs font-medium text-slate-700">
          Party
        </label>
        <select id="dash-party" name="party" defaultValue={params.party ?? ""} className={inputClass}>
          <option value="">All parties</option>
          {parties.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dash-asof" className="block text-xs font-medium text-slate-700">
          As of
        </label>
        <input id="dash-asof" name="asOf" type="date" max={today} defaultValue={params.past ? params.asOf : ""} className={inputClass} aria-describedby="dash-asof-hint" />
        <p id="dash-asof-hint" className="text-xs text-slate-500">
          Empty for today
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="dash-bucket" className="block text-xs font-medium text-slate-700">
          Over time, by
        </label>
        <select id="dash-bucket" name="bucket" defaultValue={params.bucket} className={inputClass}>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dash-stale" className="block text-xs font-medium text-slate-700">
          Stale after (days)
        </label>
        <input id="dash-stale" name="stale" type="number" min={7} max={730} defaultValue={params.staleDays} className={inputClass} />
      </div>
      <div className="flex items-end gap-2 md:col-span-3 lg:col-span-7">
        <button type="submit" className={buttonClass}>
          Apply
        </button>
        <Link href="/" className={`${secondaryButtonClass} no-underline`}>
          Reset
        </Link>
      </div>
    </form>
  );
}
