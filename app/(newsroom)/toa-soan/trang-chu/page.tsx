import type { Metadata } from "next";
import Link from "next/link";
import { HomeLineupEditor } from "@/components/newsroom/home-lineup-editor";
import { withElement } from "@/components/public/with-element";
import { requireActor } from "@/lib/auth/actor";
import { HOME_SLOTS, type LineupChoice } from "@/lib/home/commands";
import { getHomeCuration } from "@/lib/home/queries";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("homeLineup");
  return { title: t("title") };
}

export default async function HomeCurationPage() {
  const actor = await requireActor("homepage.curate", "/toa-soan/trang-chu");
  const [{ lineup }, t, when] = await Promise.all([getHomeCuration(actor), getNewsroomT("homeLineup"), getNewsroomFormatWhen()]);
  const choice = (c: LineupChoice) => ({ id: c.id, title: c.title, sectionName: c.sectionName, published: when(c.publishedAt) });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 mb-4 text-muted">
        {withElement(
          (home) => t("intro", { home }),
          <Link href="/" className="underline">
            {t("home")}
          </Link>,
        )}
      </p>
      <HomeLineupEditor initial={lineup.map(choice)} slots={HOME_SLOTS} />
    </>
  );
}
