"use client";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">This page could not be loaded</h1>
      <p className="mt-1 text-sm text-red-900">
        The server had a problem (the database may be unreachable). Nothing you saved is lost. Try again in a moment.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-800 px-3 py-1.5 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
