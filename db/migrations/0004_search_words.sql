CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "stories_search_folded_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "stories_public_published_at_idx" ON "stories" USING btree ("published_at") WHERE "stories"."status" in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "stories_search_title_idx" ON "stories" USING gin (to_tsvector('simple', "search_title")) WITH (fastupdate=false);--> statement-breakpoint
-- The words of what readers may see (published, or scheduled to be) go into the dictionary when
-- the text is written or the story goes public; drafts never do, so their half-typed words cannot
-- pass for real ones. tsvector_to_array gives a story's words sorted, so two single-story writes
-- adding the same new words take them in the same order; ON CONFLICT DO NOTHING leaves known
-- words untouched (no row lock). A transaction writing many stories could still meet another in
-- a deadlock, which PostgreSQL ends by aborting one side.
CREATE FUNCTION "stories_collect_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_words" ("word") SELECT unnest(tsvector_to_array(NEW."search_vector")) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "stories_search_words" AFTER INSERT OR UPDATE OF "search_folded", "status" ON "stories" FOR EACH ROW WHEN (NEW."status" IN ('published', 'scheduled')) EXECUTE FUNCTION "stories_collect_search_words"();--> statement-breakpoint
INSERT INTO "search_words" ("word") SELECT DISTINCT unnest(tsvector_to_array("search_vector")) FROM "stories" WHERE "status" IN ('published', 'scheduled') ON CONFLICT DO NOTHING;
