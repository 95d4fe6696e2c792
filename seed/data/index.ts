import { ZPlanBundle, type TPlanBundle } from "../schema";
import { guizhou } from "./guizhou";
import { tianjin } from "./tianjin";
import { wenzhou } from "./wenzhou";

export { regions } from "./regions";

/** Every plan's data, parsed (and so validated) by zod. Throws on the first malformed record. */
export function loadPlanBundles(): TPlanBundle[] {
  return [wenzhou, tianjin, guizhou].map((b) => ZPlanBundle.parse(b));
}
