import Link from "next/link";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";
import { assignmentPath, proposalPath } from "@/lib/plan/links";
import { getStoryOrigin } from "@/lib/plan/queries";

// Where a story came from, on its page in the newsroom: the assignment it was born from (and the
// topic and the people who proposed and assigned it), an import of the archive, or neither — so
// every story can be traced back to who asked for it.
export async function StoryOriginLine({ storyId }: { storyId: number }) {
  const [origin, t, when] = await Promise.all([getStoryOrigin(storyId), getNewsroomT("plan.origin"), getNewsroomFormatWhen()]);
  return (
    <p data-testid="story-origin" className="mb-3 text-sm text-stone-700">
      {origin.kind === "plan" ? (
        <>
          <Link href={assignmentPath(origin.assignmentId)} className="underline">
            {origin.proposal
              ? t("fromPlan", { title: origin.title, proposer: origin.proposal.proposerName, assigner: origin.assignerName, deadline: when(origin.deadline) })
              : t("fromDirect", { title: origin.title, assigner: origin.assignerName, deadline: when(origin.deadline) })}
          </Link>
          {origin.proposal ? (
            <>
              {" · "}
              <Link href={proposalPath(origin.proposal.id)} className="underline">
                {t("topic")}
              </Link>
            </>
          ) : null}
        </>
      ) : origin.kind === "imported" ? (
        t("imported")
      ) : (
        t("outside")
      )}
    </p>
  );
}
