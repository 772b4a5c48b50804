CREATE TABLE "old_addresses" (
	"address" text PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"old_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_sources" (
	"content_hash" text PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"file" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "kind" text DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "old_addresses" ADD CONSTRAINT "old_addresses_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_sources" ADD CONSTRAINT "story_sources_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "old_addresses_old_id_idx" ON "old_addresses" USING btree ("old_id");--> statement-breakpoint
CREATE INDEX "old_addresses_story_idx" ON "old_addresses" USING btree ("story_id");