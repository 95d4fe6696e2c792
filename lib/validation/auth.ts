import { z } from "zod";
import { m } from "../i18n";

export const ZSignIn = z.object({
  username: z.string().trim().min(1, m.auth.required).max(64),
  password: z.string().min(1, m.auth.required).max(256),
});

export type TSignIn = z.infer<typeof ZSignIn>;
