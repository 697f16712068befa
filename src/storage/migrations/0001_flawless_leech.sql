ALTER TABLE "knowledge_entries" ADD COLUMN "pending" jsonb;--> statement-breakpoint
CREATE INDEX "knowledge_entries_state_idx" ON "knowledge_entries" USING btree ("state","updated_at");