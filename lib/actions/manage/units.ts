"use server";

import { archiveUnit, createUnit, restoreUnit, updateUnit } from "../../dal/manage/units";
import { m } from "../../i18n";
import { ZUnitCreate, ZUnitUpdate } from "../../validation/units";
import type { ManageFormState } from "./form-state";
import { runArchiveToggle, runCreate, runSave } from "./run";

const r = m.manage.records;

export async function createUnitAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZUnitCreate, formData, createUnit, (id) => `/manage/units/${id}`);
}

export async function updateUnitAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZUnitUpdate, formData, updateUnit);
}

export async function archiveUnitAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, archiveUnit, r.archived);
}

export async function restoreUnitAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, restoreUnit, r.restored);
}
