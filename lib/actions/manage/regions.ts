"use server";

import { archiveRegion, createRegion, restoreRegion, updateRegion } from "../../dal/manage/regions";
import { m } from "../../i18n";
import { ZRegionCreate, ZRegionUpdate } from "../../validation/regions";
import type { ManageFormState } from "./form-state";
import { runArchiveToggle, runCreate, runSave } from "./run";

const r = m.manage.records;

export async function createRegionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZRegionCreate, formData, createRegion, (id) => `/manage/regions/${id}`);
}

export async function updateRegionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZRegionUpdate, formData, updateRegion);
}

export async function archiveRegionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, archiveRegion, r.archived);
}

export async function restoreRegionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, restoreRegion, r.restored);
}
