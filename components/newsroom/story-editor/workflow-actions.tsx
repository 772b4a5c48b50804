"use client";

// The desk's side of the editor: who holds the story, the moves this person may make now (the
// server decides; these buttons only mirror it), the forms some moves need (a note, a time, a
// reason, a correction notice), the approvals by name and the story's trail.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { keepStoryHeldAction } from "@/lib/workflow/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import type { EditableStory } from "@/lib/stories/editor-queries";
import { HEARTBEAT_MS } from "@/lib/workflow/scope";
import { statusLabels, trailLabels } from "@/lib/workflow/transitions";
import type { MoveEvent, MoveExtra } from "./workflow-moves";

// "24/11/2026 09:08" on Vietnamese clocks.
const when = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Ho_Chi_Minh" });
const fmt = (iso: string) => when.format(new Date(iso)).replace(",", "");
/** Activity older than this stops the heartbeat, so an abandoned screen lets its hold lapse. */
const idleAfterMs = 10 * 60_000;

/** "2026-11-24T15:00" as typed in Vietnam → an ISO instant. */
function vietnamInputToIso(value: string): string {
  return `${value}:00+07:00`;
}

function defaultPublishInput(): string {
  const at = new Date(Date.now() + 60 * 60_000 + 7 * 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString().slice(0, 16);
}

export function WorkflowActions({
  story,
  meId,
  busy,
  onMove,
}: {
  story: EditableStory;
  meId: number;
  busy: boolean;
  onMove: (event: MoveEvent, extra?: MoveExtra) => void;
}) {
  const { may } = story;
  const [open, setOpen] = useState<"return" | "schedule" | "unpublish" | "correct" | null>(null);
  const [note, setNote] = useState("");
  const [publishAt, setPublishAt] = useState(defaultPublishInput);
  const [wrong, setWrong] = useState("");
  const [right, setRight] = useState("");
  const lostHold = useHeartbeat(story, meId);

  const toggle = (form: typeof open) => setOpen((current) => (current === form ? null : form));
  const heldByOther = story.status === "in_review" && story.holder && story.holder.id !== meId;

  return (
    <section aria-labelledby="quy-trinh" className="space-y-3 rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 id="quy-trinh" className="font-semibold">
        Trạng thái: <span data-testid="story-status">{statusLabels[story.status]}</span>
      </h2>
      {story.publishedAt && (story.status === "scheduled" || story.status === "published" || story.status === "unpublished") ? (
        <p>
          {story.status === "scheduled" ? "Xuất bản lúc" : "Xuất bản"} {fmt(story.publishedAt)}
          {story.revisedAt ? ` · Cập nhật ${fmt(story.revisedAt)}` : ""}
        </p>
      ) : null}
      {story.status === "unpublished" && story.unpublishReason ? <p>Lý do gỡ: {story.unpublishReason}</p> : null}

      {lostHold ? (
        <Notice tone="warning" role="alert">
          Bạn không còn giữ bài này{lostHold.holderName ? ` (${lostHold.holderName} đang biên tập)` : ""}. Nội dung chưa lưu vẫn còn trong trình duyệt.
        </Notice>
      ) : null}
      {story.status === "in_review" ? (
        <p data-testid="holder">
          {story.holder ? (
            story.holder.id === meId ? (
              <>Bạn đang giữ bài này.</>
            ) : (
              <>
                <strong>{story.holder.name}</strong> đang biên tập bài này (từ {fmt(story.holder.since)}).
              </>
            )
          ) : (
            <>Chưa ai giữ bài này.</>
          )}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {may.claim ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => onMove("claim")}>
            Nhận bài
          </Button>
        ) : null}
        {may.takeover ? (
          <Button
            size="lg"
            variant={heldByOther ? "danger-outline" : "primary"}
            disabled={busy}
            onClick={() => {
              if (!heldByOther || window.confirm(`Tiếp quản bài từ ${story.holder!.name}? Bản lưu cuối của họ được giữ trong Lịch sử sửa đổi.`)) onMove("takeover");
            }}
          >
            {heldByOther ? "Tiếp quản" : "Nhận bài"}
          </Button>
        ) : null}
        {may.approve ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => onMove("approve")}>
            Duyệt bài
          </Button>
        ) : null}
        {may.publish ? (
          <Button
            size="lg"
            variant="primary"
            disabled={busy}
            onClick={() => {
              if (window.confirm("Xuất bản bài này ngay bây giờ?")) onMove("publish");
            }}
          >
            Xuất bản ngay
          </Button>
        ) : null}
        {may.schedule ? (
          <Button size="lg" variant="secondary" aria-expanded={open === "schedule"} onClick={() => toggle("schedule")}>
            Lên lịch
          </Button>
        ) : null}
        {may.unschedule ? (
          <Button size="lg" variant="secondary" disabled={busy} onClick={() => onMove("unschedule")}>
            Hủy lịch
          </Button>
        ) : null}
        {may.republish ? (
          <Button size="lg" variant="primary" disabled={busy} onClick={() => onMove("republish")}>
            Xuất bản lại
          </Button>
        ) : null}
        {may.correct ? (
          <Button size="lg" variant="primary" aria-expanded={open === "correct"} onClick={() => toggle("correct")}>
            Đính chính
          </Button>
        ) : null}
        {may.return ? (
          <Button size="lg" variant="secondary" aria-expanded={open === "return"} onClick={() => toggle("return")}>
            Trả bài
          </Button>
        ) : null}
        {may.release ? (
          <Button size="lg" variant="secondary" disabled={busy} onClick={() => onMove("release")}>
            Thôi giữ bài
          </Button>
        ) : null}
        {may.unpublish ? (
          <Button size="lg" variant="danger-outline" aria-expanded={open === "unpublish"} onClick={() => toggle("unpublish")}>
            Gỡ bài
          </Button>
        ) : null}
      </div>

      {open === "return" || open === "unpublish" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onMove(open, { note });
          }}
        >
          <Label htmlFor="ly-do">Lý do</Label>
          <Textarea id="ly-do" required rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" size="lg" variant={open === "unpublish" ? "danger-outline" : "primary"} disabled={busy || !note.trim()}>
            {open === "return" ? "Gửi trả bài" : "Xác nhận gỡ bài"}
          </Button>
        </form>
      ) : null}

      {open === "schedule" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onMove("schedule", { publishAt: vietnamInputToIso(publishAt) });
          }}
        >
          <Label htmlFor="thoi-gian-xuat-ban">Thời gian xuất bản</Label>
          <Input id="thoi-gian-xuat-ban" type="datetime-local" required value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          <p className="text-muted">Giờ Việt Nam (GMT+7).</p>
          <Button type="submit" size="lg" variant="primary" disabled={busy}>
            Xác nhận lên lịch
          </Button>
        </form>
      ) : null}

      {open === "correct" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onMove("correct", { notice: wrong.trim() || right.trim() ? { wrong, right } : null });
          }}
        >
          <p>Sửa bài ở bên trái, rồi xác nhận. Bản đã đăng được giữ nguyên trong Lịch sử sửa đổi.</p>
          <p className="font-semibold">Thông tin cải chính (không bắt buộc, hiện công khai)</p>
          <Label htmlFor="noi-dung-sai" className="font-normal">
            Nội dung sai
          </Label>
          <Textarea id="noi-dung-sai" rows={2} value={wrong} onChange={(e) => setWrong(e.target.value)} />
          <Label htmlFor="noi-dung-dung" className="font-normal">
            Nội dung đúng
          </Label>
          <Textarea id="noi-dung-dung" rows={2} value={right} onChange={(e) => setRight(e.target.value)} />
          <Button type="submit" size="lg" variant="primary" disabled={busy}>
            Xác nhận đính chính
          </Button>
        </form>
      ) : null}

      <p className="flex flex-wrap gap-3">
        <Link href={`/xem-truoc/${story.id}`} target="_blank" className="underline">
          Xem trước
        </Link>
        <Link href={`/toa-soan/bai-viet/${story.id}/lich-su`} className="underline">
          Lịch sử sửa đổi
        </Link>
      </p>

      {story.approvalLevels > 1 || story.approvals.length ? (
        <div>
          <h3 className="font-semibold">Duyệt bài ({story.approvals.length}/{story.approvalLevels} cấp)</h3>
          <ol className="mt-1 space-y-0.5" data-testid="approvals">
            {story.approvals.map((a) => (
              <li key={a.level}>
                Cấp {a.level}: {a.name} — {fmt(a.at)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {story.trail.length ? (
        <details>
          <summary className="cursor-pointer font-semibold">Nhật ký bài ({story.trail.length})</summary>
          <ol className="mt-1 space-y-1" data-testid="trail">
            {story.trail.map((t) => (
              <li key={t.id}>
                <span className="text-muted">{fmt(t.at)}</span> · {trailLabels[t.event] ?? t.event} · {t.actor ?? "Hệ thống"}
                {t.note ? <span className="block text-stone-700">“{t.note}”</span> : null}
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
