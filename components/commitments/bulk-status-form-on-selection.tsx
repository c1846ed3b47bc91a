"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useBulkSelection } from "@/components/commitments/bulk-selection";

// The form's code (its fields and their validation, with zod) is fetched when a row is first selected,
// not with the list: most visits select nothing, and the phone's list has no selection at all.
const BulkStatusForm = dynamic(() => import("@/components/commitments/bulk-status-form").then((module) => module.BulkStatusForm), {
  ssr: false,
});

/**
 * The bulk status form (BulkStatusForm), mounted from the first selection on and kept mounted after,
 * so that its answer (recorded, or refused by name) stays on screen once the selection is cleared.
 */
export function BulkStatusFormOnSelection({ requestId }: { requestId: string }) {
  const { selected } = useBulkSelection();
  const [wanted, setWanted] = useState(false);
  if (selected.size > 0 && !wanted) setWanted(true);
  return wanted ? <BulkStatusForm requestId={requestId} /> : null;
}
