"use client";

// The desk's side of the editor: who holds the story, the moves this person may make now (the
// server decides; these buttons only mirror it), the forms some moves need (a note, a time, a
// reason, a correction notice), the approvals by name and the story's trail. Every move that
// cannot be taken back asks first, in one dialog (components/ui/confirm-dialog.tsx).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTimeZone, useTranslations } from "use-intl";
import { DayFirstTimeInput, type DayFirstValue } from "@/components/newsroom/day-first-time-input";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { withElement } from "@/components/public/with-element";
import { keepStoryHeldAction } from "@/lib/workflow/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { defaultTimeZone, fromDayFirst, toDayFirst } from "@/lib/i18n/time";
import type { EditableStory } from "@/lib/stories/editor-queries";
import { HEARTBEAT_MS } from "@/lib/workflow/scope";
import type { MoveEvent, MoveExtra } from "./workflow-moves";

/** Activity older than this stops the heartbeat, so an abandoned screen lets its hold lapse. */
const idleAfterMs = 10 * 60_000;

/** An hour from now on the paper's clocks, back to the full hour ("24/11/2026", "15:00"): where the schedule form starts. */
function defaultPublishInput(timeZone: string): DayFirstValue {
  const { date, time } = toDayFirst(new Date(Date.now() + 60 * 60_000), timeZone);
  return { date, time: `${time.slice(0, 3)}00` };
}

/** The moves that cannot be taken back, each asked about in the confirmation dialog first. */
type Asked = "publish" | "republish" | "unpublish" | "correct" | "approve" | "takeover";

export function WorkflowActions({
  story,
  title,
  meId,
  busy,
  onMove,
}: {
  story: EditableStory;
  /** The title on screen, to name the story in the confirmation dialog. */
  title: string;
  meId: number;
  busy: boolean;
  onMove: (event: MoveEvent, extra?: MoveExtra) => void;
}) {
  const { may } = story;
  const t = useTranslations("editor.workflow");
  const ask = useTranslations("editor.confirm");
  const trail = useTranslations("workflow.trail");
  const fmt = useFormatWhen();
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const [open, setOpen] = useState<"return" | "schedule" | null>(null);
  const [asking, setAsking] = useState<Asked | null>(null);
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [publishAt, setPublishAt] = useState(() => defaultPublishInput(timeZone));
  const [wrong, setWrong] = useState("");
  const [right, setRight] = useState("");
  const lostHold = useHeartbeat(story, meId);

  const toggle = (form: typeof open) => setOpen((current) => (current === form ? null : form));
  const heldByOther = story.status === "in_review" && story.holder && story.holder.id !== meId;
  // The approval that completes the levels is the desk's last word before publication.
  const finalApproval = story.approvals.length + 1 >= story.approvalLevels;
  const named = { title: title.trim() || story.fields.title };
  const answer = (event: Asked, extra?: Parameters<typeof onMove>[1]) => {
    setAsking(null);
    onMove(event, extra);
  };

  return (
    <section aria-labelledby="quy-trinh" className="space-y-3 rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 id="quy-trinh" className="font-semibold">
        {withElement((status) => t("status", { status }), <StatusBadge status={story.status} returned={story.returned !== null} data-testid="story-status" />)}
      </h2>
      {story.publishedAt && (story.status === "scheduled" || story.status === "published" || story.status === "unpublished") ? (
        <p>
          {story.status === "scheduled" ? t("scheduledFor", { time: fmt(story.publishedAt) }) : t("published", { time: fmt(story.publishedAt) })}
          {story.revisedAt ? ` · ${t("revised", { time: fmt(story.revisedAt) })}` : ""}
        </p>
      ) : null}
      {story.status === "unpublished" && story.unpublishReason ? <p>{t("unpublishReason", { reason: story.unpublishReason })}</p> : null}

      {lostHold ? (
        <Notice tone="warning" role="alert">
          {lostHold.holderName ? t("lostHoldTo", { name: lostHold.holderName }) : t("lostHold")}
        </Notice>
      ) : null}
      {story.status === "in_review" ? (
        <p data-testid="holder">
          {story.holder ? (
            story.holder.id === meId ? (
              <>{t("holdingMine")}</>
            ) : (
              withElement((name) => t("heldBy", { name, since: fmt(story.holder!.since) }), <strong>{story.holder.name}</strong>)
            )
          ) : (
            <>{t("unheld")}</>
          )}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {may.claim ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => onMove("claim")}>
            {t("claim")}
          </Button>
        ) : null}
        {may.takeover ? (
          <Button
            size="lg"
            variant={heldByOther ? "danger-outline" : "primary"}
            disabled={busy}
            onClick={() => (heldByOther ? setAsking("takeover") : onMove("takeover"))}
          >
            {heldByOther ? t("takeover") : t("claim")}
          </Button>
        ) : null}
        {may.approve ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => (finalApproval ? setAsking("approve") : onMove("approve"))}>
            {t("approve")}
          </Button>
        ) : null}
        {may.publish ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => setAsking("publish")}>
            {t("publish")}
          </Button>
        ) : null}
        {may.schedule ? (
          <Button size="lg" variant="secondary" aria-expanded={open === "schedule"} onClick={() => toggle("schedule")}>
            {t("schedule")}
          </Button>
        ) : null}
        {may.unschedule ? (
          <Button size="lg" variant="secondary" disabled={busy} onClick={() => onMove("unschedule")}>
            {t("unschedule")}
          </Button>
        ) : null}
        {may.republish ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => setAsking("republish")}>
            {t("republish")}
          </Button>
        ) : null}
        {may.correct ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => setAsking("correct")}>
            {t("correct")}
          </Button>
        ) : null}
        {may.return ? (
          <Button size="lg" variant="secondary" aria-expanded={open === "return"} onClick={() => toggle("return")}>
            {t("return")}
          </Button>
        ) : null}
        {may.release ? (
          <Button size="lg" variant="secondary" disabled={busy} onClick={() => onMove("release")}>
            {t("release")}
          </Button>
        ) : null}
        {may.unpublish ? (
          <Button size="lg" variant="danger-outline" disabled={busy} onClick={() => setAsking("unpublish")}>
            {t("unpublish")}
          </Button>
        ) : null}
      </div>

      {open === "return" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onMove("return", { note });
          }}
        >
          <Label htmlFor="ly-do">{t("reason")}</Label>
          <Textarea id="ly-do" required rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" size="lg" variant="primary" disabled={busy || !note.trim()}>
            {t("sendReturn")}
          </Button>
        </form>
      ) : null}

      {open === "schedule" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            // An impossible date goes to the server as it is, which refuses it with its reason.
            onMove("schedule", { publishAt: fromDayFirst(publishAt.date, publishAt.time, timeZone) ?? `${publishAt.date} ${publishAt.time}` });
          }}
        >
          <fieldset className="space-y-1">
            <legend className="font-semibold">{t("publishTime")}</legend>
            <DayFirstTimeInput id="thoi-gian-xuat-ban" value={publishAt} onChange={setPublishAt} />
          </fieldset>
          <Button type="submit" size="lg" variant="primary" disabled={busy}>
            {t("confirmSchedule")}
          </Button>
        </form>
      ) : null}

      {asking === "publish" || asking === "republish" ? (
        <ConfirmDialog
          title={ask(`${asking}Title`)}
          description={<p>{ask(`${asking}Text`, named)}</p>}
          confirmLabel={t(asking)}
          busy={busy}
          onConfirm={() => answer(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {asking === "approve" ? (
        <ConfirmDialog
          title={ask("approveTitle")}
          description={<p>{ask("approveText", { level: story.approvals.length + 1, levels: story.approvalLevels })}</p>}
          confirmLabel={t("approve")}
          busy={busy}
          onConfirm={() => answer("approve")}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {asking === "takeover" && story.holder ? (
        <ConfirmDialog
          title={ask("takeoverTitle")}
          description={<p>{t("takeoverConfirm", { name: story.holder.name })}</p>}
          confirmLabel={t("takeover")}
          busy={busy}
          onConfirm={() => answer("takeover")}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {asking === "unpublish" ? (
        <ConfirmDialog
          title={ask("unpublishTitle")}
          description={<p>{ask("unpublishText", named)}</p>}
          confirmLabel={t("confirmUnpublish")}
          tone="danger"
          busy={busy}
          confirmDisabled={!reason.trim()}
          onConfirm={() => answer("unpublish", { note: reason })}
          onCancel={() => setAsking(null)}
        >
          <div className="space-y-1">
            <Label htmlFor="ly-do-go">{t("reason")}</Label>
            <Textarea id="ly-do-go" required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </ConfirmDialog>
      ) : null}
      {asking === "correct" ? (
        <ConfirmDialog
          title={ask("correctTitle")}
          description={<p>{t("correctIntro")}</p>}
          confirmLabel={t("confirmCorrect")}
          busy={busy}
          onConfirm={() => answer("correct", { notice: wrong.trim() || right.trim() ? { wrong, right } : null })}
          onCancel={() => setAsking(null)}
        >
          <fieldset className="space-y-1 text-sm">
            <legend className="font-semibold">{t("correctionNotice")}</legend>
            <Label htmlFor="noi-dung-sai" className="font-normal">
              {t("wrong")}
            </Label>
            <Textarea id="noi-dung-sai" rows={2} value={wrong} onChange={(e) => setWrong(e.target.value)} />
            <Label htmlFor="noi-dung-dung" className="font-normal">
              {t("right")}
            </Label>
            <Textarea id="noi-dung-dung" rows={2} value={right} onChange={(e) => setRight(e.target.value)} />
          </fieldset>
        </ConfirmDialog>
      ) : null}

      <p className="flex flex-wrap gap-3">
        <Link href={`/xem-truoc/${story.id}`} target="_blank" className="underline">
          {t("preview")}
        </Link>
        <Link href={`/toa-soan/bai-viet/${story.id}/lich-su`} className="underline">
          {t("history")}
        </Link>
      </p>

      {story.approvalLevels > 1 || story.approvals.length ? (
        <div>
          <h3 className="font-semibold">{t("approvals", { done: story.approvals.length, levels: story.approvalLevels })}</h3>
          <ol className="mt-1 space-y-0.5" data-testid="approvals">
            {story.approvals.map((a) => (
              <li key={a.level}>{t("approval", { level: a.level, name: a.name, time: fmt(a.at) })}</li>
            ))}
          </ol>
        </div>
      ) : null}

      {story.trail.length ? (
        <details>
          <summary className="cursor-pointer font-semibold">{t("trail", { count: story.trail.length })}</summary>
          <ol className="mt-1 space-y-1" data-testid="trail">
            {story.trail.map((entry) => (
              <li key={entry.id}>
                <span className="text-muted">{fmt(entry.at)}</span> · {trail.has(entry.event as never) ? trail(entry.event as never) : entry.event} ·{" "}
                {entry.actor ?? t("system")}
                {entry.note ? <span className="block text-stone-700">“{entry.note}”</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

/** Keeps this editor's hold alive while they are active; reports when the hold is gone. */
function useHeartbeat(story: EditableStory, meId: number): { holderName: string | null } | null {
  const router = useRouter();
  const [lost, setLost] = useState<{ holderName: string | null } | null>(null);
  const lastActive = useRef(0);
  const holding = story.status === "in_review" && story.holder?.id === meId;

  useEffect(() => {
    if (!holding) return;
    lastActive.current = Date.now();
    const active = () => (lastActive.current = Date.now());
    document.addEventListener("keydown", active);
    document.addEventListener("pointerdown", active);
    const beat = async () => {
      if (Date.now() - lastActive.current > idleAfterMs || document.visibilityState === "hidden") return;
      const result = await keepStoryHeldAction({ id: story.id }).catch(() => null);
      if (result?.ok && !result.data.held) {
        setLost({ holderName: result.data.holderName });
        router.refresh();
      }
    };
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      document.removeEventListener("keydown", active);
      document.removeEventListener("pointerdown", active);
    };
  }, [holding, story.id, router]);
  return lost;
}
