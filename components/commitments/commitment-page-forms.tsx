"use client";

import dynamic from "next/dynamic";

// The commitment page's forms, each fetched only when the page draws it. Next sends a page every
// client component its modules import, drawn or not: a viewer, who may change nothing, loaded every
// form's fields and their validation (zod) with the page. Drawn on the server as before (no change at
// the first paint); an analyst's page loads their code with it, as one piece (commitment-forms.ts).
export const StatusUpdateForm = dynamic(() => import("./commitment-forms").then((module) => module.StatusUpdateForm));
export const PartyAssessmentForm = dynamic(() => import("./commitment-forms").then((module) => module.PartyAssessmentForm));
export const MilestoneForm = dynamic(() => import("./commitment-forms").then((module) => module.MilestoneForm));
export const DeleteMilestoneButton = dynamic(() => import("./commitment-forms").then((module) => module.DeleteMilestoneButton));
export const IndicatorForm = dynamic(() => import("./commitment-forms").then((module) => module.IndicatorForm));
export const MeasurementForm = dynamic(() => import("./commitment-forms").then((module) => module.MeasurementForm));
export const LinkForm = dynamic(() => import("./commitment-forms").then((module) => module.LinkForm));
export const UnlinkButton = dynamic(() => import("./commitment-forms").then((module) => module.UnlinkButton));
