"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import type { Upload as TusUpload } from "tus-js-client";
import { useTranslations } from "use-intl";
import { withElement } from "@/components/public/with-element";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { FileDropZone } from "./file-drop-zone";
import type { MediaSummary } from "@/lib/media/queries";

// The server says the same; checking here spares a 20 MB upload that would be refused anyway.
const maxBytes = 20 * 1024 * 1024;
// Named types rather than image/*: a phone then converts its own HEIC photos to JPEG on the way.
const acceptedPhotos = "image/jpeg,image/png,image/webp,image/avif,.jpg,.jpeg,.png,.webp,.avif";
// Video and sound go through the resumable upload; the server decides by content what they are.
const acceptedAv = "video/*,audio/*,.mp4,.m4v,.mov,.webm,.mkv,.avi,.mp3,.m4a,.aac,.ogg,.opus,.wav,.flac";
const avName = /\.(mp4|m4v|mov|webm|mkv|avi|mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;
const isAv = (file: File) => /^(video|audio)\//.test(file.type) || avName.test(file.name);
// The body guard's bound for one piece (lib/http/body-limits.ts uploadChunkBytes).
const chunkSize = 8 * 1024 * 1024;

type Phase = "idle" | "uploading" | "processing" | "done" | "error";

// A touch screen (a phone, a tablet): where a camera button makes sense. False on the server.
const coarsePointer = "(pointer: coarse)";
const subscribePointer = (onChange: () => void) => {
  const query = window.matchMedia(coarsePointer);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const useTouchScreen = () =>
  useSyncExternalStore(
    subscribePointer,
    () => window.matchMedia(coarsePointer).matches,
    () => false,
  );

/**
 * Uploads one photo to the library with its caption and credit. XMLHttpRequest rather than fetch:
 * only it reports upload progress, which matters for a 15 MB photo on a provincial connection.
 */
export function MediaUploader({
  onUploaded,
  refreshOnUpload = false,
  compact = false,
  kind = "image",
}: {
  /** What this uploader takes: photos (the default), or also video and sound ("av", the library page), or one of them (a block's picker). */
  kind?: "image" | "av" | "video" | "audio";
  onUploaded?: (media: MediaSummary) => void;
  /** Re-render the server page after an upload (the library page lists server-side). */
  refreshOnUpload?: boolean;
  /** Fields stacked in one narrow column, for the picker's side panel. */
  compact?: boolean;
}) {
  const id = useId();
  const t = useTranslations("library.uploader");
  const phone = useTranslations("phone");
  const touch = useTouchScreen();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [alt, setAlt] = useState("");
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState("");
  const request = useRef<XMLHttpRequest | null>(null);
  const resumable = useRef<TusUpload | null>(null);
  // Bumped by Hủy tải lên: an upload still fetching the tus client then does not start.
  const attempt = useRef(0);

  useEffect(
    () => () => {
      request.current?.abort();
      void resumable.current?.abort();
    },
    [],
  );
  const accepted =
    kind === "image"
      ? acceptedPhotos
      : kind === "video"
        ? "video/*,.mp4,.m4v,.mov,.webm,.mkv,.avi"
        : kind === "audio"
          ? "audio/*,.mp3,.m4a,.aac,.ogg,.opus,.wav,.flac"
          : `${acceptedPhotos},${acceptedAv}`;

  const busy = phase === "uploading" || phase === "processing";

  function fail(text: string) {
    setPhase("error");
    setMessage(text);
  }

  function finished(name: string) {
    setProgress(100);
    setPhase("done");
    setMessage(t("done", { name }));
    setCaption("");
    setCredit("");
    setAlt("");
    void queryClient.invalidateQueries({ queryKey: ["media"] });
    if (refreshOnUpload) router.refresh();
  }

  /**
   * A video or sound file, in 8 MB pieces (tus): a dropped connection is retried and resumed from
   * what the server kept, even after a reload (the browser remembers the upload's address). The tus
   * client is fetched with the first such file: the library's photos never pay for it.
   */
  async function uploadAv(file: File) {
    setPhase("uploading");
    setMessage("");
    const mine = ++attempt.current;
    let Upload: typeof TusUpload;
    try {
      ({ Upload } = await import("tus-js-client"));
    } catch {
      return fail(t("connectionLost"));
    }
    if (mine !== attempt.current) return;
    const upload = new Upload(file, {
      endpoint: "/api/media/tai-len",
      chunkSize,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      metadata: {
        filename: file.name,
        filetype: file.type || (/\.(mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i.test(file.name) ? "audio/*" : "video/*"),
        ...(kind === "video" || kind === "audio" ? { expect: kind } : {}),
        caption,
        credit,
        alt,
      },
      onProgress: (sent, total) => {
        const percent = total ? Math.floor((sent / total) * 100) : 0;
        setProgress(percent);
        // Every byte is sent; the server now checks the file and makes it ready to play.
        if (percent >= 100) setPhase("processing");
      },
      onSuccess: () => {
        resumable.current = null;
        finished(file.name);
      },
      onError: (error) => {
        resumable.current = null;
        const response = "originalResponse" in error ? error.originalResponse : null;
        let text: string | null = null;
        try {
          const body = JSON.parse(response?.getBody() ?? "") as unknown;
          if (body && typeof body === "object" && "error" in body && typeof body.error === "string") text = body.error;
        } catch {
          // Not our JSON: the connection, or a proxy's page.
        }
        fail(text ?? (response ? t("failed", { status: String(response.getStatus()) }) : t("connectionLost")));
      },
    });
    resumable.current = upload;
    // An upload of the same file cut short earlier (a reload, a closed laptop) goes on from where it stopped.
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  }

  function cancel() {
    attempt.current++;
    const upload = resumable.current;
    resumable.current = null;
    // Stops sending and asks the server to drop what it kept.
    void upload?.abort(true);
    request.current?.abort();
    setPhase("idle");
    setProgress(0);
  }

  function upload(file: File) {
    if (busy) return;
    setProgress(0);
    if (kind !== "image" && isAv(file)) return void uploadAv(file);
    if (kind === "video" || kind === "audio") return fail(t("notAv"));
    if (file.size > maxBytes) return fail(t("tooLarge"));
    const form = new FormData();
    form.append("file", file);
    form.append("caption", caption);
    form.append("credit", credit);
    form.append("alt", alt);

    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", "/api/media");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    // Every byte is sent; the server now checks and resizes the photo.
    xhr.upload.onload = () => {
      setProgress(100);
      setPhase("processing");
    };
    xhr.onload = () => {
      request.current = null;
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: a proxy's error page; the status below says enough.
      }
      if (xhr.status === 201 && body && typeof body === "object" && "id" in body) {
        finished(file.name);
        onUploaded?.(body as MediaSummary);
        return;
      }
      const error = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
      if (xhr.status === 413) return fail(error ?? t("tooLarge"));
      fail(error ?? t("failed", { status: String(xhr.status) }));
    };
    xhr.onerror = () => {
      request.current = null;
      fail(t("connectionLost"));
    };
    setPhase("uploading");
    setMessage("");
    xhr.send(form);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-stone-300 bg-white p-4">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{kind === "image" ? t("intro") : t("introAv")}</p>
      <div className={`mt-3 grid gap-3 ${compact ? "" : "md:grid-cols-3"}`}>
        <Field label={t("caption")}>
          <Input value={caption} onChange={(e) => setCaption(e.target.value)} disabled={busy} maxLength={1000} size="sm" />
        </Field>
        <Field label={t("credit")}>
          <Input value={credit} onChange={(e) => setCredit(e.target.value)} disabled={busy} maxLength={200} placeholder={t("creditPlaceholder")} size="sm" />
        </Field>
        <Field label={t("alt")}>
          <Input value={alt} onChange={(e) => setAlt(e.target.value)} disabled={busy} maxLength={500} placeholder={t("altPlaceholder")} size="sm" />
        </Field>
      </div>
      <div className="mt-3">
        <FileDropZone
          id={`${id}-file`}
          accept={accepted}
          disabled={busy}
          compact={compact}
          clearAfterChoose
          onFile={upload}
          prompt={withElement((choose) => t("drop", { choose }), <span className="font-semibold text-brand underline">{t("choose")}</span>)}
          hint={kind === "image" ? t("formats") : t("formatsAv")}
        />
        {/* On a touch screen, a second way in: straight to the camera (the file chooser stays). */}
        {touch ? (
          <>
            <input
              id={`${id}-camera`}
              type="file"
              accept="image/*"
              capture="environment"
              disabled={busy}
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) upload(file);
              }}
            />
            <label
              htmlFor={`${id}-camera`}
              className={`mt-2 inline-block rounded border border-stone-400 bg-white px-3 py-2 text-sm font-semibold ${busy ? "cursor-wait" : "cursor-pointer"}`}
            >
              {phone("takePhoto")}
            </label>
          </>
        ) : null}
      </div>
      {phase !== "idle" && phase !== "error" ? (
        <div className={`mt-3 flex gap-x-3 gap-y-1 ${compact ? "flex-col" : "items-center"}`}>
          <progress aria-label={t("progress")} max={100} value={progress} className="h-2 w-full max-w-md accent-brand" />
          <span role="status" className="text-sm whitespace-nowrap">
            {phase === "uploading" ? t("uploading", { percent: progress }) : phase === "processing" ? t("processing") : message}
          </span>
          {phase === "uploading" ? (
            <button type="button" onClick={cancel} className="rounded border border-stone-400 px-3 py-1 text-sm font-semibold">
              {t("cancel")}
            </button>
          ) : null}
        </div>
      ) : null}
      {phase === "error" ? (
        <Notice tone="error" className="mt-3">
          {message}
        </Notice>
      ) : null}
    </section>
  );
}
