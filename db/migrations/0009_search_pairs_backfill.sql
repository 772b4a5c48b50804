-- The pairs of the stories already public when migration 0008 added the table, in one pass (its
-- triggers count the later ones), counted up to 50 stories as they do.
INSERT INTO "search_pairs" ("first", "second", "uses")
SELECT p.w1, p.w2, least(count(*), 50) FROM "stories" AS s CROSS JOIN LATERAL "search_pairs_of"(s."search_folded") AS p
WHERE s."status" IN ('published', 'scheduled')
GROUP BY p.w1, p.w2;
