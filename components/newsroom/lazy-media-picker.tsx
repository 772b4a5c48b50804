"use client";

import dynamic from "next/dynamic";

/**
 * The photo library's picker, fetched the first time someone opens it: the editor, the cover field
 * and the profile load without it (a phone on a weak connection pays for it only when used).
 */
export const MediaPicker = dynamic(() => import("./media-picker").then((m) => m.MediaPicker), { ssr: false });
