// Every form of the commitment page, in one module: commitment-page-forms.tsx fetches it as one piece
// (one per form came to 10 KB more for an analyst, the code they share repeated in each).
export { StatusUpdateForm } from "./status-update-form";
export { PartyAssessmentForm } from "./party-assessment-form";
export { DeleteMilestoneButton, MilestoneForm } from "./milestone-form";
export { IndicatorForm, MeasurementForm } from "./indicator-forms";
export { LinkForm, UnlinkButton } from "./lineage-forms";
