"use client";

// The assignment's buttons, as the table and the policy open them to this person. The assignee:
// Nhận việc, Từ chối (with a reason), Bắt đầu viết (its draft opens in the editor), Đã giao ảnh
// (photos and the like, with what was delivered). Whoever manages it: Giao lại (to someone else,
// with a reason), Hủy việc (with a reason), Đổi hạn.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTimeZone, useTranslations } from "use-intl";
import type { AssignmentTask } from "@/db/schema";
import { DayFirstTimeInput, type DayFirstValue } from "@/components/newsroom/day-first-time-input";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { defaultTimeZone, fromDayFirst } from "@/lib/i18n/time";
import {
  acceptAssignmentAction,
  cancelAssignmentAction,
  changeAssignmentDeadlineAction,
  declineAssignmentAction,
  deliverAssignmentAction,
  reassignAssignmentAction,
  startAssignmentAction,
} from "@/lib/plan/actions";
import type { AssignmentEvent } from "@/lib/plan/assignment-states";

type Props = {
  id: number;
  version: number;
  task: AssignmentTask;
  moves: readonly AssignmentEvent[];
  deadline: DayFirstValue;
  people: { id: number; name: string; label: string }[];
  assigneeId: number;
};

type Open = "decline" | "deliver" | "reassign" | "cancel" | "change_deadline";

export function AssignmentActions({ id, version, task, moves, deadline, people, assigneeId }: Props) {
  const t = useTranslations("plan.assignment");
  const router = useRouter();
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const [open, setOpen] = useState<Open | null>(null);
  const [note, setNote] = useState("");
  const [person, setPerson] = useState("");
  const [when, setWhen] = useState<DayFirstValue>(deadline);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const close = () => {
    setOpen(null);
    setError(null);
  };
  const instant = (v: DayFirstValue) => fromDayFirst(v.date, v.time, timeZone) ?? `${v.date} ${v.time}`;
  const act = (call: () => Promise<{ ok: true; data: { storyId: number | null } } | { ok: false; error: string }>, then?: (storyId: number | null) => void) =>
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setError(result.error || t("failed"));
        return;
      }
      setOpen(null);
      setNote("");
      setError(null);
      if (then) then(result.data.storyId);
      else router.refresh();
    });

  const has = (event: AssignmentEvent) => moves.includes(event);
  if (!moves.length) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {has("accept") ? (
          <Button variant="primary" disabled={pending} onClick={() => act(() => acceptAssignmentAction({ id, version }))}>
            {t("accept")}
          </Button>
        ) : null}
        {has("start") && task === "write" ? (
          <Button
            variant={has("accept") ? "secondary" : "primary"}
            disabled={pending}
            onClick={() =>
              act(
                () => startAssignmentAction({ id, version }),
                (storyId) => router.push(`/toa-soan/bai-viet/${storyId}`),
              )
            }
          >
            {t("start")}
          </Button>
        ) : null}
        {has("deliver") ? (
          <Button variant={has("accept") ? "secondary" : "primary"} disabled={pending} onClick={() => setOpen("deliver")}>
            {task === "photo" ? t("deliver") : t("deliverOther")}
          </Button>
        ) : null}
        {has("decline") ? (
          <Button variant="danger-outline" disabled={pending} onClick={() => setOpen("decline")}>
            {t("decline")}
          </Button>
        ) : null}
        {has("change_deadline") ? (
          <Button disabled={pending} onClick={() => setOpen("change_deadline")}>
            {t("changeDeadline")}
          </Button>
        ) : null}
        {has("reassign") ? (
          <Button disabled={pending} onClick={() => setOpen("reassign")}>
            {t("reassign")}
          </Button>
        ) : null}
        {has("cancel") ? (
          <Button variant="danger-outline" disabled={pending} onClick={() => setOpen("cancel")}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      {!open ? <FormError message={error} /> : null}

      {open === "decline" || open === "cancel" || open === "deliver" ? (
        <ConfirmDialog
          title={open === "decline" ? t("decline") : open === "cancel" ? t("cancel") : task === "photo" ? t("deliver") : t("deliverOther")}
          confirmLabel={open === "decline" ? t("decline") : open === "cancel" ? t("cancel") : t("confirm")}
          tone={open === "deliver" ? "primary" : "danger"}
          busy={pending}
          onCancel={close}
          onConfirm={() =>
            act(() =>
              open === "decline"
                ? declineAssignmentAction({ id, version, reason: note })
                : open === "cancel"
                  ? cancelAssignmentAction({ id, version, reason: note })
                  : deliverAssignmentAction({ id, version, note }),
            )
          }
        >
          <FormError message={error} />
          <Field label={open === "decline" ? t("declineReason") : open === "cancel" ? t("cancelReason") : t("deliveredNote")}>
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} required />
          </Field>
        </ConfirmDialog>
      ) : null}

      {open === "reassign" ? (
        <ConfirmDialog
          title={t("reassign")}
          confirmLabel={t("reassign")}
          busy={pending}
          onCancel={close}
          onConfirm={() =>
            act(() =>
              reassignAssignmentAction({
                id,
                version,
                assigneeId: Number(person),
                reason: note,
                // The deadline moves only when changed here (a declined job's may have passed).
                ...(when.date !== deadline.date || when.time !== deadline.time ? { deadline: instant(when) } : {}),
              }),
            )
          }
        >
          <FormError message={error} />
          <Field label={t("newAssignee")}>
            <Select value={person} onChange={(e) => setPerson(e.target.value)} required className="w-full">
              <option value="" />
              {people
                .filter((p) => p.id !== assigneeId)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
            </Select>
          </Field>
          <Field label={t("reassignReason")}>
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} required />
          </Field>
          <fieldset>
            <legend className="mb-1 text-sm font-semibold">{t("reassignDeadline")}</legend>
            <DayFirstTimeInput id="han-giao-lai" value={when} onChange={setWhen} dateLabel={t("deadlineDate")} timeLabel={t("deadlineTime")} />
          </fieldset>
        </ConfirmDialog>
      ) : null}

      {open === "change_deadline" ? (
        <ConfirmDialog
          title={t("changeDeadline")}
          confirmLabel={t("changeDeadline")}
          busy={pending}
          onCancel={close}
          onConfirm={() => act(() => changeAssignmentDeadlineAction({ id, version, deadline: instant(when) }))}
        >
          <FormError message={error} />
          <DayFirstTimeInput id="han-moi" value={when} onChange={setWhen} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
