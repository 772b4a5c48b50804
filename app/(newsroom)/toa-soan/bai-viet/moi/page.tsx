import type { Metadata } from "next";
import { StoryEditor } from "@/components/newsroom/story-editor/story-editor";
import { wayBack } from "@/components/newsroom/story-editor/way-back";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getSectionChoices } from "@/lib/stories/editor-queries";
import { emptyStoryFields } from "@/lib/stories/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("editor");
  return { title: t("newTitle") };
}

// The story is created on its first save, so an abandoned blank page leaves no empty draft behind.
export default async function NewStoryPage() {
  const actor = await requireActor("story.create", "/toa-soan/bai-viet/moi");
  const sections = await getSectionChoices(actor);
  return <StoryEditor story={null} sections={sections} emptyFields={emptyStoryFields(actor.penName)} back={wayBack({ role: actor.role, status: null })} />;
}
