"use client";

// The chief editor orders the home page: the lead story first, then the featured slots. Stories
// join it through a search of published stories (a dozen answers at most), never a list of all.
import { useEffect, useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { setHomeLineupAction } from "@/lib/home/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FieldHint, Label } from "@/components/ui/field";
import { InlineNotice } from "@/components/ui/notice";
import { useFormatWhen } from "@/components/newsroom/intl-provider";

type Choice = { id: number; title: string; sectionName: string; published: string };
type Found = { id: number; title: string; sectionName: string; publishedAt: string };

export function HomeLineupEditor({ initial, slots }: { initial: Choice[]; slots: number }) {
  const t = useTranslations("homeLineup");
  const slotName = (i: number) => (i === 0 ? t("lead") : t("featured", { n: i }));
  const [lineup, setLineup] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const move = (i: number, by: number) =>
    setLineup((current) => {
      const next = [...current];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });

  return (
    <div className="space-y-4">
      <ol className="space-y-2" aria-label={t("order")}>
        {lineup.map((item, i) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white p-2 text-sm">
            <span className="w-24 font-semibold">{slotName(i)}</span>
            <span className="min-w-0 flex-1 basis-48 break-words">
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
        <CandidateSearch
          heading={lineup.length === 0 ? t("addLead") : t("addFeatured", { n: lineup.length })}
          placed={lineup.map((l) => l.id)}
          onAdd={(choice) => setLineup((l) => [...l, choice])}
        />
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

/** Type-ahead over published stories: asks the server a moment after typing stops. */
function CandidateSearch({ heading, placed, onAdd }: { heading: string; placed: number[]; onAdd: (choice: Choice) => void }) {
  const t = useTranslations("homeLineup");
  const when = useFormatWhen();
  const id = useId();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/home/candidates?${new URLSearchParams({ q: q.trim() })}`, { cache: "no-store", signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const data = (await response.json()) as { choices: Found[] };
          setFound(data.choices);
          setFailed(false);
        })
        .catch(() => {
          if (!controller.signal.aborted) setFailed(true);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const shown = (found ?? []).filter((c) => !placed.includes(c.id));
  return (
    <section className="space-y-2 rounded border border-stone-300 bg-white p-3 text-sm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="font-semibold">
        {heading}
      </h2>
      <Label htmlFor={`${id}-q`} className="font-normal">
        {t("search")}
      </Label>
      <Input id={`${id}-q`} type="search" value={q} maxLength={120} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
      <FieldHint id={`${id}-hint`}>{t("searchHint")}</FieldHint>
      {failed ? <InlineNotice tone="error">{t("searchFailed")}</InlineNotice> : null}
      {found && found.length === 0 && !failed ? <p className="text-muted">{t("noResults")}</p> : null}
      {shown.length ? (
        <ul aria-label={t("results")} aria-live="polite" className="divide-y divide-stone-200">
          {shown.map((c) => (
            <li key={c.id} className="flex items-center gap-2 py-1.5">
              <span className="min-w-0 flex-1 break-words">
                {c.title}{" "}
                <span className="text-muted">
                  · {c.sectionName} · {when(c.publishedAt)}
                </span>
              </span>
              <Button
                size="xs"
                onClick={() => onAdd({ id: c.id, title: c.title, sectionName: c.sectionName, published: when(c.publishedAt) })}
                aria-label={t("addLabel", { title: c.title })}
              >
                {t("add")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
