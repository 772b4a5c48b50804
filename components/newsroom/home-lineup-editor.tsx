"use client";

// The chief editor orders the home page: the lead story first, then the featured slots.
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { setHomeLineupAction } from "@/lib/home/actions";
import { Button } from "@/components/ui/button";
import { InlineNotice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";

type Choice = { id: number; title: string; sectionName: string; published: string };

export function HomeLineupEditor({ initial, candidates, slots }: { initial: Choice[]; candidates: Choice[]; slots: number }) {
  const t = useTranslations("homeLineup");
  const slotName = (i: number) => (i === 0 ? t("lead") : t("featured", { n: i }));
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
      <ol className="space-y-2" aria-label={t("order")}>
        {lineup.map((item, i) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white p-2 text-sm">
            <span className="w-24 font-semibold">{slotName(i)}</span>
            <span className="flex-1">
              {item.title}{" "}
              <span className="text-muted">
                · {item.sectionName} · {item.published}
              </span>
            </span>
            <Button size="xs" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("upLabel", { title: item.title })}>
              {t("up")}
            </Button>
            <Button size="xs" disabled={i === lineup.length - 1} onClick={() => move(i, 1)} aria-label={t("downLabel", { title: item.title })}>
              {t("down")}
            </Button>
            <Button
              variant="danger-outline"
              size="xs"
              onClick={() => setLineup((l) => l.filter((x) => x.id !== item.id))}
              aria-label={t("removeLabel", { title: item.title })}
            >
              {t("remove")}
            </Button>
          </li>
        ))}
        {lineup.length === 0 ? <li className="text-sm text-muted">{t("empty")}</li> : null}
      </ol>
      {lineup.length < slots ? (
        <div className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col gap-1">
            {lineup.length === 0 ? t("addLead") : t("addFeatured", { n: lineup.length })}
            <Select value={adding} onChange={(e) => setAdding(e.target.value)} className="max-w-xl">
              <option value="">{t("choose")}</option>
              {available.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.sectionName}, {c.published})
                </option>
              ))}
            </Select>
          </label>
          <Button
            disabled={!adding}
            onClick={() => {
              const choice = available.find((c) => String(c.id) === adding);
              if (choice) setLineup((l) => [...l, choice]);
              setAdding("");
            }}
          >
            {t("add")}
          </Button>
        </div>
      ) : null}
      <p className="text-sm text-muted">{t("note")}</p>
      <Button
        variant="primary"
        size="lg"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await setHomeLineupAction({ storyIds: lineup.map((l) => l.id) });
            setMessage(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.error });
          })
        }
      >
        {t("save")}
      </Button>
      {message ? <InlineNotice tone={message.ok ? "success" : "error"}>{message.text}</InlineNotice> : null}
    </div>
  );
}
