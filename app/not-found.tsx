import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or the record it pointed to is gone.</p>
      <p className="mt-4">
        <Link href="/commitments">Go to the commitments</Link>
      </p>
    </main>
  );
}
