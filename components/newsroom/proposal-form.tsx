"use client";

// Đề xuất đề tài: the working title, angle, sources, desk and section, kind, planned day (typed day
// first), needs and a note. The same form edits a proposal its proposer may still change; editing
// one sent back for changes resubmits it. The server decides; the form shows its refusal by field.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { topicKinds, topicNeeds, type Proposal, type TopicKind, type TopicNeed } from "@/db/schema";
import { ChoiceField, choicesOf } from "@/components/newsroom/choice-field";
import { DayFirstDateInput } from "@/components/newsroom/day-first-date-input";
import { Button } from "@/components/ui/button";
import { Field, Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { editProposalAction, proposeAction } from "@/lib/plan/actions";
import { refusalFields } from "@/lib/plan/field-errors";
import { proposalPath } from "@/lib/plan/links";
import type { PlanChoices } from "@/lib/plan/queries";

type Editing = Pick<
  Proposal,
  "id" | "version" | "status" | "title" | "angle" | "sources" | "deskId" | "sectionId" | "kind" | "plannedFor" | "needs" | "needsNote"
>;

export function ProposalForm({ choices, editing, cancelHref }: { choices: Pick<PlanChoices, "desks" | "sections">; editing?: Editing; cancelHref?: string }) {
  const t = useTranslations("plan");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [title, setTitle] = useState(editing?.title ?? "");
  const [angle, setAngle] = useState(editing?.angle ?? "");
  const [sources, setSources] = useState(editing?.sources ?? "");
  const [deskId, setDeskId] = useState(editing?.deskId ? String(editing.deskId) : "");
  const [sectionId, setSectionId] = useState(editing?.sectionId ? String(editing.sectionId) : "");
  const [kind, setKind] = useState<TopicKind>(editing?.kind ?? "text");
  const [plannedFor, setPlannedFor] = useState(editing?.plannedFor ?? "");
  // A day typed wrong (32/12) is not sent as "no day": the form says so under the field.
  const [plannedForValid, setPlannedForValid] = useState(true);
  const [needs, setNeeds] = useState<TopicNeed[]>(editing?.needs ?? []);
  const [needsNote, setNeedsNote] = useState(editing?.needsNote ?? "");

  const submit = () => {
    if (!plannedForValid) {
      setError(null);
      setFieldErrors({ plannedFor: t("validation.plannedFor") });
      return;
    }
    start(async () => {
      const fields = {
        title,
        angle,
        sources,
        // "Theo chuyên mục": the server takes the section's desk.
        deskId: deskId ? Number(deskId) : null,
        sectionId: sectionId ? Number(sectionId) : null,
        kind,
        plannedFor,
        needs,
        needsNote,
      };
      const result = editing ? await editProposalAction({ id: editing.id, version: editing.version, ...fields }) : await proposeAction(fields);
      if (result.ok) {
        // A new proposal lands on its page with a notice of where it went (?da-gui).
        router.push(editing ? proposalPath(result.data.id) : `${proposalPath(result.data.id)}?da-gui=1`);
        router.refresh();
      } else {
        setError(result.error);
        setFieldErrors(refusalFields(result));
      }
    });
  };

  const submitLabel = !editing ? t("proposalForm.submit") : editing.status === "changes_requested" ? t("proposalForm.resubmit") : t("proposalForm.save");
  return (
    <form
      className="max-w-2xl space-y-4"
      // The server names a missing title in Vietnamese, whatever the browser's language.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormError message={error} />
      <Field label={t("fields.title")} hint={t("proposalForm.titleHint")} error={fieldErrors.title}>
        <Input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t("fields.angle")} error={fieldErrors.angle}>
        <Textarea value={angle} onChange={(e) => setAngle(e.target.value)} rows={3} />
      </Field>
      <Field label={t("fields.sources")} error={fieldErrors.sources}>
        <Textarea value={sources} onChange={(e) => setSources(e.target.value)} rows={2} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceField
          label={t("fields.section")}
          error={fieldErrors.sectionId}
          value={sectionId}
          onChange={setSectionId}
          choices={choicesOf(choices.sections)}
          empty={t("proposalForm.noSection")}
        />
        <ChoiceField
          label={t("fields.desk")}
          error={fieldErrors.deskId}
          value={deskId}
          onChange={setDeskId}
          choices={choicesOf(choices.desks)}
          empty={t("proposalForm.deskFromSection")}
        />
        <ChoiceField
          label={t("fields.kind")}
          error={fieldErrors.kind}
          value={kind}
          onChange={(v) => setKind(v as TopicKind)}
          choices={topicKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Field label={t("fields.plannedFor")} error={fieldErrors.plannedFor}>
          <DayFirstDateInput value={plannedFor} onChange={setPlannedFor} onValidityChange={setPlannedForValid} />
        </Field>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">{t("fields.needs")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {topicNeeds.map((need) => (
            <Label key={need} className="flex items-center gap-2 font-normal">
              <input
                type="checkbox"
                checked={needs.includes(need)}
                onChange={(e) => setNeeds((now) => (e.target.checked ? [...now, need] : now.filter((n) => n !== need)))}
                className="h-4 w-4"
              />
              {t(`needs.${need}`)}
            </Label>
          ))}
        </div>
      </fieldset>
      <Field label={t("fields.needsNote")} error={fieldErrors.needsNote}>
        <Textarea value={needsNote} onChange={(e) => setNeedsNote(e.target.value)} rows={2} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {submitLabel}
        </Button>
        {cancelHref ? (
          <Button size="lg" onClick={() => router.push(cancelHref)} type="button">
            {t("proposalForm.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
