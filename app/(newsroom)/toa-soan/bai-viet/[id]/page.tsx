import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Notice } from "@/components/ui/notice";
import { StoryEditor } from "@/components/newsroom/story-editor/story-editor";
import { wayBack } from "@/components/newsroom/story-editor/way-back";
import { StoryNotes } from "@/components/newsroom/story-notes";
import { RoyaltyPanel } from "@/components/newsroom/royalty-panel";
import { StoryOriginLine } from "@/components/newsroom/assignment-origin";
import { getStoryNotes } from "@/lib/notes/queries";
import { getStoryGradeSheet } from "@/lib/royalties/grade-sheet";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getDeskOutsideReach } from "@/lib/desks/queries";
import type { StoryStatus } from "@/db/schema";
import { getEditableStory, getSectionChoices } from "@/lib/stories/editor-queries";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { moveDoneMessages } from "@/lib/workflow/transitions";

type Params = { params: Promise<{ id: string }> };

// The title and the page read the story once per request.
const openStory = cache(async (id: string) => {
  const actor = await requireActor("newsroom.enter", `/toa-soan/bai-viet/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const story = await getEditableStory(actor, Number(id));
  if (!story) notFound();
  return { actor, story };
});

// The tab names the story: "Phấn đấu xây dựng ngành tổ chức… — Tòa soạn".
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { story } = await openStory((await params).id);
  const t = await getNewsroomT("editor");
  return { title: t("storyTitle", { title: story.fields.title.trim() || t("untitled") }) };
}

const reviewedByOthers: readonly StoryStatus[] = ["submitted", "in_review", "approved"];

export default async function EditStoryPage({
  params,
  searchParams,
}: Params & {
  searchParams: Promise<{ ban?: string; "da-nhap"?: string; xong?: string; "khoi-phuc"?: string; tu?: string }>;
}) {
  const { actor, story } = await openStory((await params).id);
  const { ban, "da-nhap": imported, xong, "khoi-phuc": restored, tu } = await searchParams;
  const done = xong && xong in moveDoneMessages ? moveDoneMessages[xong as keyof typeof moveDoneMessages] : null;
  // Chấm nhuận bút: only for a story approved or later, and only to holders of a royalty grant
  // (null otherwise), so the panel's script reaches no one else's phone.
  const [sections, thread, gradeSheet, t, outsideDesk] = await Promise.all([
    getSectionChoices(actor),
    getStoryNotes(actor, story.id),
    getStoryGradeSheet(actor, story.id),
    getNewsroomT("editor"),
    // Why an editor on a desk sees no Nhận bài or Duyệt bài: another desk reviews this story.
    reviewedByOthers.includes(story.status) ? getDeskOutsideReach(actor, story.fields.sectionId) : null,
  ]);
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
      {outsideDesk !== null ? (
        <Notice tone="info" className="mb-4">
          {outsideDesk ? t("outsideDesk", { desk: outsideDesk }) : t("outsideDesks")}
        </Notice>
      ) : null}
      <StoryOriginLine storyId={story.id} />
      {/* Remounted when the story changes hands or state, so the screen starts from what is stored. */}
      <StoryEditor
        key={`${story.status}-${story.holder?.id ?? 0}`}
        story={story}
        sections={sections}
        emptyFields={emptyStoryFields(actor.penName)}
        fromServerOnly={ban === "may-chu"}
        meId={actor.id}
        back={wayBack({ role: actor.role, status: story.status, from: tu })}
        notes={thread ? <StoryNotes storyId={story.id} initialNotes={thread.notes} canWrite={thread.canWrite} /> : null}
      />
      {gradeSheet ? (
        <div className="mt-6">
          <RoyaltyPanel sheet={gradeSheet} />
        </div>
      ) : null}
    </>
  );
}
