import { AppError } from "@/lib/errors";

/** The AppError a promise rejects with, so a test can look at its code and fields. */
export async function rejection<E extends AppError = AppError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e as E;
    throw e;
  }
  throw new Error("expected a rejection");
}
