"use client";

import { useActionState, useEffect, useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { addMediaTrackAction, removeMediaTrackAction, updateMediaRightsAction, type MediaDetailsState } from "@/lib/media/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { MediaSaveRow } from "./media-details-form";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { MediaKind, MediaRights } from "@/db/schema";
import type { MediaListItem } from "@/lib/media/queries";

/** Whose work an item is (every item) and, for video and sound, its transcript. */
export function MediaRightsForm({
  id,
  kind,
  rights,
  rightsSource,
  transcript,
}: {
  id: number;
  kind: MediaKind;
  rights: MediaRights;
  rightsSource: string;
  transcript: string;
}) {
  const t = useTranslations("library.av");
  const [state, action, pending] = useActionState<MediaDetailsState, FormData>(updateMediaRightsAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Field label={t("rights")} error={state.fieldErrors?.rights}>
        <Select name="rights" defaultValue={state.values?.rights ?? rights} size="sm">
          <option value="own">{t("rightsOwn")}</option>
          <option value="agency">{t("rightsAgency")}</option>
          <option value="licensed">{t("rightsLicensed")}</option>
        </Select>
      </Field>
      <Field label={t("rightsSource")} hint={t("rightsSourceHint")} error={state.fieldErrors?.rightsSource}>
        <Input name="rightsSource" defaultValue={state.values?.rightsSource ?? rightsSource} maxLength={200} size="sm" />
      </Field>
      {kind !== "image" ? (
        <Field label={t("transcript")} hint={t("transcriptHint")} error={state.fieldErrors?.transcript}>
          <Textarea name="transcript" defaultValue={state.values?.transcript ?? transcript} rows={4} maxLength={200_000} size="sm" />
        </Field>
      ) : null}
      <MediaSaveRow pending={pending} saved={Boolean(state.ok)} label={t("save")} pendingLabel={t("saving")} savedLabel={t("saved")} />
      {state.error && !state.fieldErrors ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}

function RemoveTrack({ id, trackKey, label }: { id: number; trackKey: string; label: string }) {
  const t = useTranslations("library.av");
  const [state, action, pending] = useActionState<MediaDetailsState, FormData>(removeMediaTrackAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="key" value={trackKey} />
      <button type="submit" disabled={pending} className="text-sm text-red-800 underline" aria-label={t("removeTrack", { label })}>
        {t("remove")}
      </button>
      {state.error ? <span className="ml-2 text-sm text-red-800">{state.error}</span> : null}
    </form>
  );
}

/** The captions files of a video or sound file: the list, and a form to add a WebVTT file. */
export function MediaTracks({ id, tracks }: { id: number; tracks: MediaListItem["tracks"] }) {
  const t = useTranslations("library.av");
  const uid = useId();
  const [state, action, pending] = useActionState<MediaDetailsState, FormData>(addMediaTrackAction, {});
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">{t("tracks")}</p>
      {tracks.length === 0 ? (
        <p className="text-sm text-muted">{t("noTracks")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {tracks.map((track) => (
            <li key={track.key} className="flex flex-wrap items-center gap-2">
              <a href={track.url} className="underline">
                {track.label}
              </a>
              <span className="text-muted">
                ({track.lang}, {track.kind === "captions" ? t("kindCaptions") : t("kindSubtitles")})
              </span>
              <RemoveTrack id={id} trackKey={track.key} label={track.label} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="grid gap-2 sm:grid-cols-2">
        <input type="hidden" name="id" value={id} />
        <Field label={t("trackLang")} hint={t("trackLangHint")} error={state.fieldErrors?.lang}>
          <Input name="lang" defaultValue="vi" maxLength={20} size="sm" required />
        </Field>
        <Field label={t("trackLabel")} error={state.fieldErrors?.label}>
          <Input name="label" defaultValue={t("trackLabelDefault")} maxLength={80} size="sm" required />
        </Field>
        <Field label={t("trackKind")}>
          <Select name="kind" defaultValue="subtitles" size="sm">
            <option value="subtitles">{t("kindSubtitles")}</option>
            <option value="captions">{t("kindCaptions")}</option>
          </Select>
        </Field>
        <div className="space-y-1">
          <label htmlFor={`${uid}-vtt`} className="text-sm font-medium">
            {t("trackFile")}
          </label>
          <input id={`${uid}-vtt`} name="data" type="file" accept=".vtt,text/vtt" required className="block w-full text-sm" />
        </div>
        <MediaSaveRow
          pending={pending}
          saved={Boolean(state.ok)}
          label={t("addTrack")}
          pendingLabel={t("saving")}
          savedLabel={t("trackAdded")}
          className="sm:col-span-2"
        />
        {state.error ? (
          <Notice tone="error" className="sm:col-span-2">
            {state.error}
          </Notice>
        ) : null}
      </form>
    </div>
  );
}

/** The state of a video or sound file, as the library and the picker show it. */
export function MediaStatusLabel({ item }: { item: Pick<MediaListItem, "status" | "progress" | "processingError"> }) {
  const t = useTranslations("library.av");
  if (item.status === "processing") return <span className="text-sm font-medium text-amber-800">{t("processing", { percent: item.progress })}</span>;
  if (item.status === "failed")
    return (
      <span role="alert" className="text-sm font-medium text-red-800">
        {t("failed", { reason: item.processingError ?? "" })}
      </span>
    );
  return null;
}

/** Re-reads the server page every few seconds while a file is being converted. */
export function RefreshWhileProcessing({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 4000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
