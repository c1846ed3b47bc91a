import Link from "next/link";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import type { DashboardParams } from "@/lib/validation/dashboard-params";
import { FilterInput, FilterSelect } from "@/components/ui/filter-select";
import { MeetingCombobox } from "@/components/ui/meeting-combobox";
import type { MeetingOption } from "@/components/ui/meeting-combobox-state";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";

/** A GET form: the dashboard's filters live in the URL, so a view can be shared. */
export function DashboardFilters({
  params,
  parties,
  meeting,
  today,
}: {
  params: DashboardParams;
  parties: { name: string }[];
  /** The meeting filtered to (the combobox searches the others), or null. */
  meeting: MeetingOption | null;
  today: string;
}) {
  return (
    <form
      method="get"
      action="/"
      aria-label="Dashboard filters"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3 lg:grid-cols-7"
    >
      <MeetingCombobox id="dash-meeting" label="Meeting" selected={meeting} className="lg:col-span-2" />
      <FilterSelect
        id="dash-category"
        name="category"
        label="Category"
        value={params.category ?? ""}
        options={COMMITMENT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        allLabel="All categories"
      />
      <FilterSelect
        id="dash-party"
        name="party"
        label="Party"
        value={params.party ?? ""}
        options={parties.map((p) => ({ value: p.name, label: p.name }))}
        allLabel="All parties"
      />
      <FilterInput
        id="dash-asof"
        name="asOf"
        type="date"
        label="As of"
        hint="Empty for today"
        max={today}
        defaultValue={params.past ? params.asOf : ""}
      />
      <FilterSelect
        id="dash-bucket"
        name="bucket"
        label="Over time, by"
        value={params.bucket === "auto" ? "" : params.bucket}
        allLabel="Automatic"
        options={[
          { value: "week", label: "Week" },
          { value: "month", label: "Month" },
        ]}
      />
      <FilterInput
        id="dash-stale"
        name="stale"
        type="number"
        label="Stale after (days)"
        min={7}
        max={730}
        defaultValue={params.staleDays}
      />
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
