ALTER TABLE "tickets" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "escalation_level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "tickets_duplicate_lookup_idx" ON "tickets" USING btree ("category1","district","street","created_at");--> statement-breakpoint
CREATE INDEX "tickets_created_idx" ON "tickets" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "tickets_duplicate_of_idx" ON "tickets" USING btree ("duplicate_of","created_at");--> statement-breakpoint
CREATE INDEX "tickets_callback_idx" ON "tickets" USING btree ("callback_status","closed_at");