"use client";

// The chief editor orders the home page: the lead story first, then the featured slots.
import { useState, useTransition } from "react";
import { setHomeLineupAction } from "@/lib/home/actions";

type Choice = { id: number; title: string; sectionName: string; published: string };

const slotName = (i: number) => (i === 0 ? "Bài chính" : `Nổi bật ${i}`);

export function HomeLineupEditor({ initial, candidates, slots }: { initial: Choice[]; candidates: Choice[]; slots: number }) {
  const [lineup, setLineup] = useState(initial);
  const [adding, setAdding] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const move = (i: number, by: number) =>
    setLineup((current) => {
      const next = [...current];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });
  const available = candidates.filter((c) => !lineup.some((l) => l.id === c.id));

  return (
    <div className="space-y-4">
      <ol className="space-y-2" aria-label="Thứ tự trên trang chủ">
        {lineup.map((item, i) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white p-2 text-sm">
            <span className="w-24 font-semibold">{slotName(i)}</span>
            <span className="flex-1">
              {item.title} <span className="text-muted">· {item.sectionName} · {item.published}</span>
            </span>
            <button type="button" disabled={i === 0} onClick={() => move(i, -1)} className="rounded border border-stone-400 px-2 py-0.5" aria-label={`Đưa “${item.title}” lên`}>
              Lên
            </button>
            <button type="button" disabled={i === lineup.length - 1} onClick={() => move(i, 1)} className="rounded border border-stone-400 px-2 py-0.5" aria-label={`Đưa “${item.title}” xuống`}>
              Xuống
            </button>
            <button type="button" onClick={() => setLineup((l) => l.filter((x) => x.id !== item.id))} className="rounded border border-red-700 px-2 py-0.5 text-red-800" aria-label={`Bỏ “${item.title}” khỏi trang chủ`}>
              Bỏ
            </button>
          </li>
        ))}
        {lineup.length === 0 ? <li className="text-sm text-muted">Chưa chọn bài nào: trang chủ hiện các bài mới nhất.</li> : null}
      </ol>
      {lineup.length < slots ? (
        <div className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col gap-1">
            Thêm bài vào {slotName(lineup.length).toLowerCase()}
            <select value={adding} onChange={(e) => setAdding(e.target.value)} className="max-w-xl rounded border border-stone-400 px-2 py-1">
              <option value="">— Chọn bài đã xuất bản —</option>
              {available.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.sectionName}, {c.published})
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!adding}
            onClick={() => {
              const choice = available.find((c) => String(c.id) === adding);
              if (choice) setLineup((l) => [...l, choice]);
              setAdding("");
            }}
            className="rounded border border-stone-500 bg-white px-3 py-1 font-semibold"
          >
            Thêm
          </button>
        </div>
      ) : null}
      <p className="text-sm text-muted">Vị trí để trống được lấp bằng các bài mới nhất. Bài bị gỡ tự rời trang chủ.</p>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await setHomeLineupAction({ storyIds: lineup.map((l) => l.id) });
            setMessage(result.ok ? { ok: true, text: "Đã cập nhật trang chủ." } : { ok: false, text: result.error });
          })
        }
        className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Lưu trang chủ
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-800"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
