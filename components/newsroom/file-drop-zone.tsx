"use client";

import { useRef, useState, type ReactNode } from "react";

/**
 * The newsroom's one way to give a file: a dashed zone to drop it on, with the file chooser behind
 * its Vietnamese prompt (the browser's own "Choose File" speaks the browser's language). Used by
 * the photo library's uploader and by Nhập từ văn bản. With `name`, the chosen or dropped file
 * travels with the form; `onFile` hears of it either way.
 */
export function FileDropZone({
  id,
  name,
  accept,
  disabled = false,
  compact = false,
  clearAfterChoose = false,
  onFile,
  prompt,
  hint,
}: {
  id: string;
  name?: string;
  accept: string;
  disabled?: boolean;
  compact?: boolean;
  /** Empty the chooser after each file, so that choosing the same file again acts again (uploads). */
  clearAfterChoose?: boolean;
  onFile?: (file: File) => void;
  /** The label of the chooser: the words around the "choose" link. */
  prompt: ReactNode;
  hint?: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (disabled || !file) return;
        // A form sends what its input holds: the dropped file goes into it (one file only).
        if (name && input.current) {
          const one = new DataTransfer();
          one.items.add(file);
          input.current.files = one.files;
        }
        onFile?.(file);
      }}
      className={`rounded border-2 border-dashed px-4 text-center ${compact ? "py-4" : "py-6"} focus-within:border-blue-700 ${dragging ? "border-brand bg-red-50" : "border-stone-400 bg-stone-50"}`}
    >
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept={accept}
        disabled={disabled}
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (clearAfterChoose) e.target.value = "";
          if (file) onFile?.(file);
        }}
      />
      <label htmlFor={id} className={disabled ? "cursor-wait" : "cursor-pointer"}>
        {prompt}
      </label>
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
    </div>
  );
}
