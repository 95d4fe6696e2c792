"use server";

import { archiveDesignation, createDesignation, restoreDesignation, updateDesignation } from "../../dal/manage/designations";
import { archiveSpecialty, createSpecialty, restoreSpecialty, updateSpecialty } from "../../dal/manage/specialties";
import { m } from "../../i18n";
import { ZDesignationCreate, ZDesignationUpdate, ZSpecialtyCreate, ZSpecialtyUpdate } from "../../validation/specialties";
import type { ManageFormState } from "./form-state";
import { runArchiveToggle, runCreate, runSave } from "./run";

const r = m.manage.records;

export async function createSpecialtyAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZSpecialtyCreate, formData, createSpecialty, (id) => `/manage/specialties/${id}`);
}

export async function updateSpecialtyAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZSpecialtyUpdate, formData, updateSpecialty);
}

export async function archiveSpecialtyAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, archiveSpecialty, r.archived);
}

export async function restoreSpecialtyAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, restoreSpecialty, r.restored);
}

export async function createDesignationAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZDesignationCreate, formData, createDesignation, (id) => `/manage/specialties/designations/${id}`);
}

export async function updateDesignationAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZDesignationUpdate, formData, updateDesignation);
}

export async function archiveDesignationAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, archiveDesignation, r.archived);
}

export async function restoreDesignationAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, restoreDesignation, r.restored);
}
