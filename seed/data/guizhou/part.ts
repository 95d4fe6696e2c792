import type { TPlanPartInput } from "../../schema";

// Placeholder: filled in by the extraction of this part of the plan.
const part: TPlanPartInput = {};
export default part;
