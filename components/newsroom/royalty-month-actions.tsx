"use client";

// The month's moves for whoever holds duyệt nhuận bút: Duyệt tháng, Bỏ duyệt, Chốt kỳ — each asked
// once more in a dialog; closing says it cannot be undone. The server decides (the policy and the
// month's state); these buttons only show what it would allow.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { approveMonthAction, closeMonthAction, unapproveMonthAction } from "@/lib/royalties/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { InlineNotice } from "@/components/ui/notice";

type Move = "approve" | "unapprove" | "close";
const actions = { approve: approveMonthAction, unapprove: unapproveMonthAction, close: closeMonthAction } as const;

export function RoyaltyMonthActions({
  month,
  monthLabel,
  moves,
  ungraded,
}: {
  month: string;
  /** "12/2026" */
  monthLabel: string;
  /** The moves the policy allows now. */
  moves: Move[];
  /** Works published in the month and not graded: approving warns of them. */
  ungraded: number;
}) {
  const t = useTranslations("royaltyMonth.moves");
  const router = useRouter();
  const [asking, setAsking] = useState<Move | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!moves.length) return null;

  const run = (move: Move) =>
    start(async () => {
      const result = await actions[move]({ month });
      setAsking(null);
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.error);
    });

  return (
    <>
      {moves.map((move) => (
        <Button
          key={move}
          variant={move === "close" ? "danger-outline" : move === "approve" ? "primary" : "secondary"}
          disabled={pending}
          onClick={() => setAsking(move)}
        >
          {t(`${move}.button`)}
        </Button>
      ))}
      {error ? (
        <InlineNotice tone="error" className="basis-full text-sm">
          {error}
        </InlineNotice>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t(`${asking}.title`, { month: monthLabel })}
          description={
            <>
              <p>{t(`${asking}.description`)}</p>
              {asking === "approve" && ungraded > 0 ? <p className="mt-2 font-semibold text-amber-900">{t("approve.ungraded", { count: ungraded })}</p> : null}
            </>
          }
          confirmLabel={t(`${asking}.confirm`)}
          tone={asking === "close" ? "danger" : "primary"}
          busy={pending}
          onConfirm={() => run(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
