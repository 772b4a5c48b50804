import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { Notice } from "@/components/ui/notice";
import { StoryEditor } from "@/components/newsroom/story-editor/story-editor";
import { StoryNotes } from "@/components/newsroom/story-notes";
import { getNotesThread } from "@/lib/notes/queries";
import { requireActor } from "@/lib/auth/actor";
import { getStoryForEditing, listSectionChoices } from "@/lib/stories/editor-queries";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { moveDoneMessages } from "@/lib/workflow/transitions";

export const metadata: Metadata = { title: "Bài viết — Tòa soạn" };

export default async function EditStoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ ban?: string; "da-nhap"?: string; xong?: string; "khoi-phuc"?: string }> }) {
  const { id } = await params;
  const actor = await requireActor("newsroom.enter", `/toa-soan/bai-viet/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const database = await db();
  const story = await getStoryForEditing(database, actor, Number(id));
  if (!story) notFound();
  const { ban, "da-nhap": imported, xong, "khoi-phuc": restored } = await searchParams;
  const done = xong && xong in moveDoneMessages ? moveDoneMessages[xong as keyof typeof moveDoneMessages] : null;
  const [sections, thread] = await Promise.all([listSectionChoices(database, actor), getNotesThread(database, actor, story.id)]);
  return (
    <>
      {imported ? (
        <Notice tone="success" className="mb-4">
          Đã nhập bài từ văn bản. Hãy kiểm tra lại các trường trước khi gửi duyệt.
        </Notice>
      ) : null}
      {restored && /^\d{1,9}$/.test(restored) ? (
        <Notice tone="success" className="mb-4">
          Đã khôi phục phiên bản {restored}; bản trước đó được giữ trong Lịch sử sửa đổi.
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
