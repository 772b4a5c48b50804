CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "stories_search_folded_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "stories_public_published_at_idx" ON "stories" USING btree ("published_at") WHERE "stories"."status" in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "stories_search_title_idx" ON "stories" USING gin (to_tsvector('simple', "search_title")) WITH (fastupdate=false);--> statement-breakpoint
-- Every write of a story's search text adds its new words to the dictionary. tsvector_to_array
-- gives the words sorted, so two stories adding the same new words lock them in the same order
-- and cannot deadlock; ON CONFLICT DO NOTHING leaves known words untouched (no row lock).
CREATE FUNCTION "stories_collect_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_words" ("word") SELECT unnest(tsvector_to_array(NEW."search_vector")) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "stories_search_words" AFTER INSERT OR UPDATE OF "search_folded" ON "stories" FOR EACH ROW EXECUTE FUNCTION "stories_collect_search_words"();--> statement-breakpoint
INSERT INTO "search_words" ("word") SELECT DISTINCT unnest(tsvector_to_array("search_vector")) FROM "stories" ON CONFLICT DO NOTHING;
