/** The placeholder a detail page shows while its data loads. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-4 w-72 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded bg-slate-100" />
      <div className="h-24 animate-pulse rounded bg-slate-100" />
      <div className="h-64 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
