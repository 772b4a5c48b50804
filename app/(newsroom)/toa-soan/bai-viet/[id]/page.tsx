import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { StoryEditor } from "@/components/newsroom/story-editor/story-editor";
import { StoryNotes } from "@/components/newsroom/story-notes";
import { getStoryNotes } from "@/lib/notes/queries";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getEditableStory, getSectionChoices } from "@/lib/stories/editor-queries";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { moveDoneMessages } from "@/lib/workflow/transitions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("editor");
  return { title: t("title") };
}

export default async function EditStoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ban?: string; "da-nhap"?: string; xong?: string; "khoi-phuc"?: string }>;
}) {
  const { id } = await params;
  const actor = await requireActor("newsroom.enter", `/toa-soan/bai-viet/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const story = await getEditableStory(actor, Number(id));
  if (!story) notFound();
  const { ban, "da-nhap": imported, xong, "khoi-phuc": restored } = await searchParams;
  const done = xong && xong in moveDoneMessages ? moveDoneMessages[xong as keyof typeof moveDoneMessages] : null;
  const [sections, thread, t] = await Promise.all([getSectionChoices(actor), getStoryNotes(actor, story.id), getNewsroomT("editor")]);
  return (
    <>
      {imported ? (
        <Notice tone="success" className="mb-4">
          {t("imported")}
        </Notice>
      ) : null}
      {restored && /^\d{1,9}$/.test(restored) ? (
        <Notice tone="success" className="mb-4">
          {t("restoredVersion", { version: restored })}
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" className="mb-4">
          {done}
        </Notice>
      ) : null}
      {/* Remounted when the story changes hands or state, so the screen starts from what is stored. */}
      <StoryEditor
        key={`${story.status}-${story.holder?.id ?? 0}`}
        story={story}
        sections={sections}
        emptyFields={emptyStoryFields(actor.penName)}
        fromServerOnly={ban === "may-chu"}
        meId={actor.id}
        notes={thread ? <StoryNotes storyId={story.id} initialNotes={thread.notes} canWrite={thread.canWrite} /> : null}
      />
    </>
  );
}
