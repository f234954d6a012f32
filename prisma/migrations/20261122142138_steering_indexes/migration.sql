-- CreateIndex
CREATE INDEX "MeetingAgendaItem_meetingId_position_idx" ON "MeetingAgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingAttendee_meetingId_idx" ON "MeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingFicheReview_ficheId_idx" ON "MeetingFicheReview"("ficheId");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "DecisionFollowUp_decisionId_createdAt_idx" ON "DecisionFollowUp"("decisionId", "createdAt");

-- CreateIndex
CREATE INDEX "DecisionFollowUp_meetingId_idx" ON "DecisionFollowUp"("meetingId");
