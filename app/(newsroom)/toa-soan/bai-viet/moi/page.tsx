import type { Metadata } from "next";
import { db } from "@/db";
import { StoryEditor } from "@/components/newsroom/story-editor/story-editor";
import { requireActor } from "@/lib/auth/actor";
import { listSectionChoices } from "@/lib/stories/editor-queries";
import { emptyStoryFields } from "@/lib/stories/schemas";

export const metadata: Metadata = { title: "Viết bài mới — Tòa soạn" };

// The story is created on its first save, so an abandoned blank page leaves no empty draft behind.
export default async function NewStoryPage() {
  const actor = await requireActor("story.create", "/toa-soan/bai-viet/moi");
  const sections = await listSectionChoices(await db(), actor);
  return <StoryEditor story={null} sections={sections} emptyFields={emptyStoryFields(actor.penName)} />;
}
