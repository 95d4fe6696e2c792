import { z } from "zod";
import { m } from "../i18n";

export const ZSignIn = z.object({
  username: z.string().trim().min(1, m.auth.required).max(64),
  password: z.string().min(1, m.auth.required).max(256),
});

export const ZOtp = z.string().trim().regex(/^\d{6}$/, m.auth.otpInvalid);

export type TSignIn = z.infer<typeof ZSignIn>;
