import "server-only";
import { db } from "../db";
import { ipThrottled } from "./login-throttle";

/** For the sign-in route: whether this address has used up its failures for the window. */
export const signInThrottled = (ip: string | null) => ipThrottled(db, ip);
