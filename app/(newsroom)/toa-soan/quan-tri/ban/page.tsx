import type { Metadata } from "next";
import { DeskCard } from "@/components/newsroom/desk-card";
import { DeskCreateForm } from "@/components/newsroom/desk-create-form";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { getDesksForAdmin } from "@/lib/desks/queries";
import { getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("desks");
  return { title: t("title") };
}

// Quản trị → Ban: the desks of a merged organ, each with the sections it reviews and its people.
export default async function DesksAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("desks.manage", "/toa-soan/quan-tri/ban");
  const [data, query, t] = await Promise.all([getDesksForAdmin(actor), searchParams, getNewsroomT("desks")]);
  const deleted = typeof query["da-xoa"] === "string" ? query["da-xoa"] : null;
  const deskNames = Object.fromEntries(data.desks.map((d) => [d.id, d.name]));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="max-w-prose">{t("intro")}</p>
        <p className="max-w-prose text-sm text-muted">{t("introMore")}</p>
      </div>

      {deleted ? <Notice tone="success">{t("deleted", { name: deleted })}</Notice> : null}

      <section aria-labelledby="new-desk-heading" className="space-y-2">
        <h2 id="new-desk-heading" className="text-lg font-semibold">
          {t("create.heading")}
        </h2>
        <DeskCreateForm />
      </section>

      <section aria-labelledby="desk-list-heading" className="space-y-3">
        <h2 id="desk-list-heading" className="text-lg font-semibold">
          {t("listHeading")} <span className="text-sm font-normal text-muted">({data.desks.length})</span>
        </h2>
        {data.desks.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
        {data.desks.map((desk) => (
          <DeskCard key={desk.id} desk={desk} sections={data.sections} deskNames={deskNames} people={data.people} />
        ))}
      </section>
    </div>
  );
}
