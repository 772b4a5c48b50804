import { connection } from "next/server";
import { db } from "@/db";
import { StoryList } from "@/components/public/story-list";
import { listLatestStories } from "@/lib/stories/public-queries";

export default async function HomePage() {
  await connection(); // read at request time, never at build time
  const stories = await listLatestStories(await db(), { limit: 30 });
  return (
    <div>
      <h1 className="sr-only">Tin mới nhất</h1>
      {stories.length === 0 ? <p>Chưa có bài viết nào được xuất bản.</p> : null}
      <StoryList stories={stories} />
    </div>
  );
}
