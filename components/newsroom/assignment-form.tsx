"use client";

// Giao việc: who, what, the deadline (day first, in the paper's zone) and the priority, from an
// approved topic (several times: a writer, then a photographer) or directly by a desk head, who
// then names the title and the section. The server refuses a deadline already past.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTimeZone, useTranslations } from "use-intl";
import { assignmentPriorities, assignmentTasks, type AssignmentPriority, type AssignmentTask } from "@/db/schema";
import { ChoiceField, choicesOf } from "@/components/newsroom/choice-field";
import { DayFirstTimeInput, type DayFirstValue } from "@/components/newsroom/day-first-time-input";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { defaultTimeZone, fromDayFirst } from "@/lib/i18n/time";
import { assignAction } from "@/lib/plan/actions";
import { refusalFields } from "@/lib/plan/field-errors";
import { assignmentPath } from "@/lib/plan/links";
import type { PlanChoices } from "@/lib/plan/queries";

type Props = {
  /** From this approved topic; absent: a direct assignment, with its own title and section. */
  proposal?: { id: number; title: string; task: AssignmentTask };
  choices: Pick<PlanChoices, "people" | "sections">;
  defaultDeadline: DayFirstValue;
  heading: string;
};

export function AssignmentForm({ proposal, choices, defaultDeadline, heading }: Props) {
  const t = useTranslations("plan");
  const router = useRouter();
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [assigneeId, setAssigneeId] = useState("");
  const [task, setTask] = useState<AssignmentTask>(proposal?.task ?? "write");
  const [title, setTitle] = useState("");
  const [sectionId, setSectionId] = useState("");
  const [brief, setBrief] = useState("");
  const [deadline, setDeadline] = useState<DayFirstValue>(defaultDeadline);
  const [priority, setPriority] = useState<AssignmentPriority>("normal");

  const submit = () => {
    // An impossible time (25:00, 31/02) stays here: the line under the fields already says why,
    // and the server would only say it twice more.
    const due = fromDayFirst(deadline.date, deadline.time, timeZone);
    if (!due) {
      setDone(null);
      setError(null);
      setFieldErrors({});
      document.getElementById("han-date")?.focus();
      return;
    }
    start(async () => {
      setDone(null);
      const result = await assignAction({
        proposalId: proposal?.id ?? null,
        ...(proposal ? {} : { sectionId: sectionId ? Number(sectionId) : null }),
        assigneeId: Number(assigneeId),
        task,
        title,
        brief,
        deadline: due,
        priority,
      });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(refusalFields(result));
        return;
      }
      setError(null);
      setFieldErrors({});
      if (!proposal) {
        router.push(assignmentPath(result.data.id));
        return;
      }
      // From a topic: ready for the next person (the photographer after the writer).
      setDone(t("assignForm.done", { name: choices.people.find((p) => String(p.id) === assigneeId)?.name ?? "" }));
      setAssigneeId("");
      setBrief("");
      setTitle("");
      router.refresh();
    });
  };

  return (
    <form
      aria-label={heading}
      className="space-y-4"
      // Refusals are the server's, in the newsroom's language, not the browser's bubbles.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormError message={error} />
      {done ? (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceField
          label={t("fields.assignee")}
          error={fieldErrors.assigneeId}
          value={assigneeId}
          onChange={setAssigneeId}
          choices={choicesOf(choices.people)}
          empty={t("assignForm.choosePerson")}
          required
        />
        <ChoiceField
          label={t("fields.task")}
          error={fieldErrors.task}
          value={task}
          onChange={(v) => setTask(v as AssignmentTask)}
          choices={assignmentTasks.map((k) => ({ value: k, label: t(`tasks.${k}`) }))}
        />
      </div>
      <Field label={t("fields.assignmentTitle")} error={fieldErrors.title}>
        <Input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={proposal ? proposal.title : undefined}
          required={!proposal}
          maxLength={300}
        />
      </Field>
      {!proposal ? (
        <ChoiceField
          label={t("fields.section")}
          error={fieldErrors.sectionId}
          value={sectionId}
          onChange={setSectionId}
          choices={choicesOf(choices.sections)}
          empty={t("proposalForm.noSection")}
        />
      ) : null}
      <Field label={t("fields.brief")} error={fieldErrors.brief}>
        <Textarea value={brief} onChange={(e) => setBrief(e.target.value)} rows={3} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">{t("fields.deadline")}</legend>
        <DayFirstTimeInput id="han" value={deadline} onChange={setDeadline} dateLabel={t("assignForm.deadlineDate")} timeLabel={t("assignForm.deadlineTime")} />
        {fieldErrors.deadline ? <p className="text-sm text-red-800">{fieldErrors.deadline}</p> : null}
      </fieldset>
      <ChoiceField
        label={t("fields.priority")}
        error={fieldErrors.priority}
        value={priority}
        onChange={(v) => setPriority(v as AssignmentPriority)}
        choices={assignmentPriorities.map((k) => ({ value: k, label: t(`priorities.${k}`) }))}
        className="w-full sm:w-48"
      />
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        {t("assignForm.submit")}
      </Button>
    </form>
  );
}
