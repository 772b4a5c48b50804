CREATE TABLE "search_pairs" (
	"first" text NOT NULL,
	"second" text NOT NULL,
	"uses" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "search_pairs_first_second_pk" PRIMARY KEY("first","second")
);
--> statement-breakpoint
-- The adjacent pairs of a folded search text (words separated by one space, fields by " \n "), each
-- once: none across two fields, none with a digit (numbers are never corrected, and dates and
-- figures would fill the table with pairs no reader mistypes).
CREATE FUNCTION "search_pairs_of"("folded" text) RETURNS TABLE ("w1" text, "w2" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT p.w, p.n
  FROM (SELECT t.w, lead(t.w) OVER (ORDER BY t.i) AS n FROM unnest(string_to_array("folded", ' ')) WITH ORDINALITY AS t(w, i)) AS p
  WHERE p.w ~ '^[^0-9[:space:]]+$' AND p.n ~ '^[^0-9[:space:]]+$'
$$;--> statement-breakpoint
-- Like search_words (migration 0004), the pairs of what readers may see (published, or scheduled
-- to be) go in when the text is written or the story goes public; drafts never do. Unlike it, the
-- update trigger fires only when the public text really changed (a routine save rewrites
-- search_folded with the same words; scheduled → published changes nothing), and only the pairs
-- the new text adds are counted, so a correction touches a few rows, not every pair of the story.
-- Counting stops at 50 stories: past that a pair is simply common, and the frequent pairs, most of
-- any new story's, are then only looked up, not rewritten (a rewrite is a new row version and a
-- row lock. Measured on PGlite, a busy machine, stories of 770 words: counting every pair cost
-- +20–25 ms a story, only adding new pairs +5 ms, this ≈ +1–6 ms once its pairs are common).
-- Rows are written in sorted order, so two single-story writes lock shared pairs in the same order.
CREATE FUNCTION "stories_collect_search_pairs"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text := '';
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD."status" IN ('published', 'scheduled', 'unpublished') THEN
      before := OLD."search_folded";
    END IF;
  END IF;
  INSERT INTO "search_pairs" ("first", "second")
  SELECT p.w1, p.w2 FROM (SELECT * FROM "search_pairs_of"(NEW."search_folded") EXCEPT SELECT * FROM "search_pairs_of"(before)) AS p
  WHERE NOT EXISTS (SELECT 1 FROM "search_pairs" AS c WHERE c."first" = p.w1 AND c."second" = p.w2 AND c."uses" >= 50)
  ORDER BY p.w1, p.w2
  ON CONFLICT ("first", "second") DO UPDATE SET "uses" = "search_pairs"."uses" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "stories_search_pairs_insert" AFTER INSERT ON "stories" FOR EACH ROW WHEN (NEW."status" IN ('published', 'scheduled')) EXECUTE FUNCTION "stories_collect_search_pairs"();--> statement-breakpoint
CREATE TRIGGER "stories_search_pairs_update" AFTER UPDATE OF "search_folded", "status" ON "stories" FOR EACH ROW WHEN (NEW."status" IN ('published', 'scheduled') AND (OLD."status" NOT IN ('published', 'scheduled', 'unpublished') OR OLD."search_folded" IS DISTINCT FROM NEW."search_folded")) EXECUTE FUNCTION "stories_collect_search_pairs"();
