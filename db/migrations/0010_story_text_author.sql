ALTER TABLE "stories" ADD COLUMN "text_updated_by_id" integer;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "text_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_text_updated_by_id_users_id_fk" FOREIGN KEY ("text_updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;