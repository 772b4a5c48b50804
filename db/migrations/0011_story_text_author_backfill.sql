-- Stories written before migration 0010 recorded who last changed their words: the best known is
-- whoever last wrote the row, unless that write was a workflow move (a transition recorded at the
-- story's current version), in which case the story's creator is the likelier writer.
UPDATE "stories" AS s
SET "text_updated_by_id" = CASE
    WHEN EXISTS (SELECT 1 FROM "story_transitions" AS t WHERE t."story_id" = s."id" AND t."version" = s."version") THEN s."created_by_id"
    ELSE coalesce(s."updated_by_id", s."created_by_id")
  END,
  "text_updated_at" = s."updated_at"
WHERE s."text_updated_by_id" IS NULL;
