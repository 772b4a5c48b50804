"use client";

// The proposal's buttons, as the table and the policy open them to this person: Duyệt / Yêu cầu
// sửa / Từ chối for the deciders, each asking for its note in a dialog (required but for Duyệt);
// Sửa / Rút lại for the proposer.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { approveProposalAction, rejectProposalAction, requestProposalChangesAction, withdrawProposalAction } from "@/lib/plan/actions";
import type { ProposalEvent } from "@/lib/plan/proposal-states";

type Decision = "approve" | "request_changes" | "reject";
const run = { approve: approveProposalAction, request_changes: requestProposalChangesAction, reject: rejectProposalAction } as const;

export function ProposalActions({ id, version, moves, editHref }: { id: number; version: number; moves: readonly ProposalEvent[]; editHref: string }) {
  const t = useTranslations("plan.proposal");
  const router = useRouter();
  const [open, setOpen] = useState<Decision | "withdraw" | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const act = (call: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await call();
      if (result.ok) {
        setOpen(null);
        setNote("");
        setError(null);
        router.refresh();
      } else setError(result.error ?? t("failed"));
    });

  const labels: Record<Decision, string> = { approve: t("approve"), request_changes: t("requestChanges"), reject: t("reject") };
  const decisions = (["approve", "request_changes", "reject"] as const).filter((d) => moves.includes(d));
  if (!decisions.length && !moves.includes("edit") && !moves.includes("withdraw")) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {decisions.map((d) => (
          <Button key={d} variant={d === "approve" ? "primary" : d === "reject" ? "danger-outline" : "secondary"} onClick={() => setOpen(d)} disabled={pending}>
            {labels[d]}
          </Button>
        ))}
        {moves.includes("edit") ? (
          <Link href={editHref} className={buttonVariants({ variant: "secondary" })}>
            {t("edit")}
          </Link>
        ) : null}
        {moves.includes("withdraw") ? (
          <Button variant="danger-outline" onClick={() => setOpen("withdraw")} disabled={pending}>
            {t("withdraw")}
          </Button>
        ) : null}
      </div>
      {!open ? <FormError message={error} /> : null}
      {open === "withdraw" ? (
        <ConfirmDialog
          title={t("withdrawConfirm")}
          confirmLabel={t("withdraw")}
          tone="danger"
          busy={pending}
          onConfirm={() => act(() => withdrawProposalAction({ id, version }))}
          onCancel={() => setOpen(null)}
        >
          <FormError message={error} />
        </ConfirmDialog>
      ) : open ? (
        <ConfirmDialog
          title={labels[open]}
          confirmLabel={labels[open]}
          tone={open === "reject" ? "danger" : "primary"}
          busy={pending}
          onConfirm={() => act(() => run[open]({ id, version, note }))}
          onCancel={() => {
            setOpen(null);
            setError(null);
          }}
        >
          <FormError message={error} />
          <Field label={open === "approve" ? t("noteOptional") : open === "reject" ? t("reasonRequired") : t("noteRequired")}>
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={4} required={open !== "approve"} />
          </Field>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
