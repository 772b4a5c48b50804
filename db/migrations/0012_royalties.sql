CREATE TABLE "payees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer,
	"kind" text DEFAULT 'collaborator' NOT NULL,
	"name" text NOT NULL,
	"pen_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"pen_name_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"sealed_details" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "royalty_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "royalty_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"month" text NOT NULL,
	"story_id" integer NOT NULL,
	"payee_id" integer NOT NULL,
	"role" text NOT NULL,
	"media_id" integer,
	"kind_code" text NOT NULL,
	"kind_name" text NOT NULL,
	"grade_hundredths" integer NOT NULL,
	"share" integer DEFAULT 100 NOT NULL,
	"point_value" integer NOT NULL,
	"amount" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"adjusts_line_id" integer,
	"paid_at" timestamp with time zone,
	"paid_by_id" integer,
	"created_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "royalty_months" (
	"month" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"approved_by_id" integer,
	"approved_at" timestamp with time zone,
	"closed_by_id" integer,
	"closed_at" timestamp with time zone,
	"tax_rate_basis_points" integer,
	"tax_threshold" bigint,
	"tax_staff" boolean
);
--> statement-breakpoint
CREATE TABLE "royalty_works" (
	"story_id" integer PRIMARY KEY NOT NULL,
	"month" text NOT NULL,
	"point_value" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"graded_by_id" integer NOT NULL,
	"graded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "grants" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "payees" ADD CONSTRAINT "payees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payees" ADD CONSTRAINT "payees_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_payee_id_payees_id_fk" FOREIGN KEY ("payee_id") REFERENCES "public"."payees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_adjusts_line_id_royalty_lines_id_fk" FOREIGN KEY ("adjusts_line_id") REFERENCES "public"."royalty_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_paid_by_id_users_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_months" ADD CONSTRAINT "royalty_months_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_months" ADD CONSTRAINT "royalty_months_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_works" ADD CONSTRAINT "royalty_works_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_works" ADD CONSTRAINT "royalty_works_graded_by_id_users_id_fk" FOREIGN KEY ("graded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payees_user_key" ON "payees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "payees_pen_name_keys_idx" ON "payees" USING gin ("pen_name_keys");--> statement-breakpoint
CREATE INDEX "royalty_lines_month_payee_idx" ON "royalty_lines" USING btree ("month","payee_id");--> statement-breakpoint
CREATE INDEX "royalty_lines_story_idx" ON "royalty_lines" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "royalty_lines_payee_idx" ON "royalty_lines" USING btree ("payee_id","month");--> statement-breakpoint
CREATE INDEX "royalty_works_month_idx" ON "royalty_works" USING btree ("month");