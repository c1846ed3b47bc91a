import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { commitmentExists } from "@/lib/data/commitments";

// In the layout, so that an unknown id answers 404 before anything streams, whatever the page below
// renders (a notFound() under a loading boundary would keep the 200 already sent).
export default async function CommitmentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const [user, { id }] = await Promise.all([requireUser(), params]);
  if (!(await commitmentExists(user, id))) notFound();
  return children;
}
