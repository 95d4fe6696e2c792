"use client";

import { createContext, useContext } from "react";
import type { OwnDocument } from "./source-file-options";

/**
 * The plan's own entered text for the 原文文件 selects deep inside a target form (its main quote
 * and each further citation), so they offer it by name like the bundled documents.
 */
const OwnDocumentContext = createContext<OwnDocument>(null);

export const OwnDocumentProvider = OwnDocumentContext.Provider;
export const useOwnDocument = () => useContext(OwnDocumentContext);
