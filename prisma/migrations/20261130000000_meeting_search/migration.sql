-- The meeting filter searches meetings as you type (lib/data/meetings.ts, searchMeetings): each word
-- of the search, accents and case ignored, anywhere in the title or the slug ("jspg" finds the 8th
-- JSPG meeting by its slug, "Turkiye" finds "Türkiye"). As for commitments, the folded text is stored
-- once per write (not folded again for every meeting on every keystroke) and has a trigram index, so
-- a search of three letters or more does not read every meeting.
ALTER TABLE "meetings" ADD COLUMN "search_text" TEXT
    GENERATED ALWAYS AS ("ct_fold"("title" || ' ' || replace("slug", '-', ' '))) STORED;

-- CreateIndex
CREATE INDEX "meetings_search_text_trgm_idx" ON "meetings" USING GIN ("search_text" gin_trgm_ops);
ANALYZE "meetings";
