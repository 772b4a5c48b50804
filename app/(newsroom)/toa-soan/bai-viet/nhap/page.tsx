import type { Metadata } from "next";
import { ImportForm } from "@/components/newsroom/import-form";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("import");
  return { title: t("title") };
}

export default async function ImportPage() {
  await requireActor("story.import", "/toa-soan/bai-viet/nhap");
  const t = await getNewsroomT("import");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <ImportForm />
    </div>
  );
}
