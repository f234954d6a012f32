-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CaisseKind" AS ENUM ('CAF', 'CCSS');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CAISSE', 'EPCI', 'COMMUNE', 'DEPARTEMENT', 'MSA', 'DSDEN', 'CPAM', 'CCAS', 'CIAS', 'SYNDICAT', 'UDAF', 'ASSOCIATION', 'STATE', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CAISSE_ADMIN', 'COOPERATION_OFFICER', 'EPCI_STAFF', 'PILOT_CONTRIBUTOR', 'COPIL_MEMBER');

-- CreateEnum
CREATE TYPE "ConventionStatus" AS ENUM ('DRAFT', 'CONSULTATION', 'VALIDATED', 'SIGNED', 'EXPIRED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('VISA', 'PREAMBLE', 'ARTICLE');

-- CreateEnum
CREATE TYPE "AnnexContent" AS ENUM ('TEXT', 'FILE', 'DELIBERATION', 'FICHES_ACTION', 'FACILITIES');

-- CreateEnum
CREATE TYPE "AvenantStatus" AS ENUM ('DRAFT', 'VALIDATED', 'SIGNED');

-- CreateEnum
CREATE TYPE "AvenantChangeKind" AS ENUM ('REPLACE', 'ADD');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('EARLY_CHILDHOOD', 'CHILDHOOD', 'YOUTH', 'PARENTING', 'ACCESS_TO_RIGHTS', 'DIGITAL_INCLUSION', 'SOCIAL_LIFE', 'HOUSING', 'DISABILITY', 'SOCIAL_SUPPORT', 'HEALTH', 'MOBILITY');

-- CreateEnum
CREATE TYPE "FicheStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'ABANDONED', 'BLOCKED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('QUANTITATIVE', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'ONCE');

-- CreateEnum
CREATE TYPE "BudgetNature" AS ENUM ('OPERATING', 'INVESTMENT');

-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('EAJE', 'MICRO_CRECHE', 'ALSH', 'RPE', 'LAEP', 'LUDOTHEQUE', 'ESPACE_JEUNES', 'CENTRE_SOCIAL', 'EVS', 'FRANCE_SERVICES', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('BONUS_TERRITOIRE', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('COPIL', 'COTECH');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('INVITED', 'PRESENT', 'EXCUSED', 'REPRESENTED', 'ABSENT');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "Caisse" (
    "id" TEXT NOT NULL,
    "kind" "CaisseKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "departement" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Caisse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "siren" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siren" TEXT,
    "epciOrganisationId" TEXT,
    "population" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inseeCode" TEXT,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "caisseId" TEXT NOT NULL,
    "territoryId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "edition" INTEGER NOT NULL DEFAULT 1,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "place" TEXT,
    "copies" INTEGER,
    "signatureDate" DATE,
    "status" "ConventionStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousEditionId" TEXT,
    "signedAt" TIMESTAMP(3),
    "signedPdf" BYTEA,
    "signedPdfSha256" TEXT,
    "terminatedAt" DATE,
    "annualFunding" DECIMAL(14,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "bodyLabel" TEXT NOT NULL,
    "representativeName" TEXT NOT NULL,
    "representativeTitle" TEXT NOT NULL,
    "representationText" TEXT,
    "designation" TEXT NOT NULL,
    "mustDeliberate" BOOLEAN NOT NULL DEFAULT true,
    "signedAt" DATE,
    "signerName" TEXT,

    CONSTRAINT "Signatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliberation" (
    "id" TEXT NOT NULL,
    "signatoryId" TEXT NOT NULL,
    "avenantId" TEXT,
    "assembly" TEXT NOT NULL,
    "sessionDate" DATE NOT NULL,
    "sessionTime" TEXT,
    "place" TEXT,
    "chair" TEXT,
    "number" TEXT NOT NULL,
    "membersInOffice" INTEGER NOT NULL,
    "membersPresent" INTEGER NOT NULL,
    "membersVoting" INTEGER NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL,
    "abstentions" INTEGER NOT NULL,
    "presentNames" TEXT,
    "absentNames" TEXT,
    "secretary" TEXT,
    "nonParticipants" TEXT,
    "decisionText" TEXT,
    "certifiedAt" DATE,
    "sentToPrefectureAt" DATE,
    "receivedByPrefectureAt" DATE,
    "publishedAt" DATE,
    "actesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deliberation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annex" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" "AnnexContent" NOT NULL DEFAULT 'TEXT',
    "body" TEXT,
    "fileName" TEXT,
    "fileMime" TEXT,
    "fileData" BYTEA,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Annex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Avenant" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE,
    "object" TEXT NOT NULL,
    "status" "AvenantStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "signedPdf" BYTEA,
    "signedPdfSha256" TEXT,
    "signedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Avenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvenantChange" (
    "id" TEXT NOT NULL,
    "avenantId" TEXT NOT NULL,
    "kind" "AvenantChangeKind" NOT NULL,
    "articleId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "AvenantChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvenantSignature" (
    "id" TEXT NOT NULL,
    "avenantId" TEXT NOT NULL,
    "signatoryId" TEXT NOT NULL,
    "signedAt" DATE NOT NULL,
    "signerName" TEXT NOT NULL,

    CONSTRAINT "AvenantSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Axis" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Axis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheAction" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "axisId" TEXT,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "themes" "Theme"[],
    "findings" TEXT,
    "generalObjective" TEXT,
    "operationalObjectives" TEXT,
    "description" TEXT,
    "targetPublic" TEXT,
    "pilotOrganisationId" TEXT,
    "copilotOrganisationId" TEXT,
    "fte" DECIMAL(6,2),
    "startMonth" DATE,
    "endMonth" DATE,
    "priority" "Priority" NOT NULL DEFAULT 'MEDIUM',
    "status" "FicheStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FicheAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheCommune" (
    "ficheId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,

    CONSTRAINT "FicheCommune_pkey" PRIMARY KEY ("ficheId","communeId")
);

-- CreateTable
CREATE TABLE "FichePartner" (
    "ficheId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "FichePartner_pkey" PRIMARY KEY ("ficheId","organisationId")
);

-- CreateTable
CREATE TABLE "FicheStep" (
    "id" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "FicheStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheNote" (
    "id" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FicheNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheStatusChange" (
    "id" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "fromStatus" "FicheStatus",
    "toStatus" "FicheStatus" NOT NULL,
    "comment" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FicheStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "kind" "IndicatorKind" NOT NULL DEFAULT 'QUANTITATIVE',
    "baselineValue" DECIMAL(14,2),
    "baselineYear" INTEGER,
    "targetValue" DECIMAL(14,2),
    "targetYear" INTEGER,
    "source" TEXT,
    "frequency" "Frequency" NOT NULL DEFAULT 'YEARLY',

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(14,2),
    "textValue" TEXT,
    "comment" TEXT,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "funderOrganisationId" TEXT NOT NULL,
    "nature" "BudgetNature" NOT NULL DEFAULT 'OPERATING',
    "planned" DECIMAL(14,2) NOT NULL,
    "actual" DECIMAL(14,2),

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "conventionId" TEXT,
    "name" TEXT NOT NULL,
    "type" "FacilityType" NOT NULL,
    "communeId" TEXT,
    "managerName" TEXT,
    "capacity" INTEGER,
    "openedOn" DATE,
    "closedOn" DATE,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRate" (
    "id" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "territoryId" TEXT,
    "facilityType" "FacilityType" NOT NULL,
    "ratePerPlace" DECIMAL(12,2) NOT NULL,
    "validFrom" DATE NOT NULL,

    CONSTRAINT "FundingRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilityFunding" (
    "id" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "FundingKind" NOT NULL,
    "label" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "FacilityFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "conventionId" TEXT,
    "kind" "MeetingKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "minutes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "MeetingAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organisationId" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "isAdviser" BOOLEAN NOT NULL DEFAULT false,
    "attendance" "Attendance" NOT NULL DEFAULT 'INVITED',
    "representedBy" TEXT,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingFicheReview" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "ficheId" TEXT NOT NULL,
    "statusSnapshot" "FicheStatus" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "MeetingFicheReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerName" TEXT,
    "ownerOrganisationId" TEXT,
    "dueDate" DATE,
    "status" "DecisionStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionFollowUp" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "comment" TEXT,
    "statusAfter" "DecisionStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "caisseId" TEXT NOT NULL,
    "territoryId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_caisseId_idx" ON "Organisation"("caisseId");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_slug_key" ON "Territory"("slug");

-- CreateIndex
CREATE INDEX "Territory_caisseId_idx" ON "Territory"("caisseId");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_territoryId_name_key" ON "Commune"("territoryId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_territoryId_idx" ON "Membership"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_previousEditionId_key" ON "Convention"("previousEditionId");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_signedPdfSha256_key" ON "Convention"("signedPdfSha256");

-- CreateIndex
CREATE INDEX "Convention_territoryId_idx" ON "Convention"("territoryId");

-- CreateIndex
CREATE INDEX "Signatory_conventionId_idx" ON "Signatory"("conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "Deliberation_signatoryId_avenantId_key" ON "Deliberation"("signatoryId", "avenantId");

-- CreateIndex
CREATE INDEX "Article_conventionId_kind_position_idx" ON "Article"("conventionId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_version_key" ON "ArticleRevision"("articleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Annex_conventionId_code_key" ON "Annex"("conventionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Avenant_signedPdfSha256_key" ON "Avenant"("signedPdfSha256");

-- CreateIndex
CREATE UNIQUE INDEX "Avenant_conventionId_number_key" ON "Avenant"("conventionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AvenantSignature_avenantId_signatoryId_key" ON "AvenantSignature"("avenantId", "signatoryId");

-- CreateIndex
CREATE INDEX "Axis_conventionId_idx" ON "Axis"("conventionId");

-- CreateIndex
CREATE INDEX "FicheAction_territoryId_status_idx" ON "FicheAction"("territoryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FicheAction_conventionId_number_key" ON "FicheAction"("conventionId", "number");

-- CreateIndex
CREATE INDEX "FicheStatusChange_ficheId_createdAt_idx" ON "FicheStatusChange"("ficheId", "createdAt");

-- CreateIndex
CREATE INDEX "Indicator_ficheId_idx" ON "Indicator"("ficheId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_year_key" ON "IndicatorValue"("indicatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_ficheId_year_funderOrganisationId_nature_key" ON "BudgetLine"("ficheId", "year", "funderOrganisationId", "nature");

-- CreateIndex
CREATE INDEX "Facility_territoryId_idx" ON "Facility"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRate_caisseId_territoryId_facilityType_validFrom_key" ON "FundingRate"("caisseId", "territoryId", "facilityType", "validFrom");

-- CreateIndex
CREATE INDEX "FacilityFunding_facilityId_year_idx" ON "FacilityFunding"("facilityId", "year");

-- CreateIndex
CREATE INDEX "Meeting_territoryId_startsAt_idx" ON "Meeting"("territoryId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFicheReview_meetingId_ficheId_key" ON "MeetingFicheReview"("meetingId", "ficheId");

-- CreateIndex
CREATE INDEX "Decision_territoryId_status_idx" ON "Decision"("territoryId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_territoryId_createdAt_idx" ON "AuditEvent"("territoryId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_caisseId_createdAt_idx" ON "AuditEvent"("caisseId", "createdAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_epciOrganisationId_fkey" FOREIGN KEY ("epciOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_previousEditionId_fkey" FOREIGN KEY ("previousEditionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliberation" ADD CONSTRAINT "Deliberation_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "Signatory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliberation" ADD CONSTRAINT "Deliberation_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annex" ADD CONSTRAINT "Annex_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Avenant" ADD CONSTRAINT "Avenant_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvenantChange" ADD CONSTRAINT "AvenantChange_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvenantChange" ADD CONSTRAINT "AvenantChange_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvenantSignature" ADD CONSTRAINT "AvenantSignature_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvenantSignature" ADD CONSTRAINT "AvenantSignature_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "Signatory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Axis" ADD CONSTRAINT "Axis_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheAction" ADD CONSTRAINT "FicheAction_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheAction" ADD CONSTRAINT "FicheAction_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheAction" ADD CONSTRAINT "FicheAction_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheAction" ADD CONSTRAINT "FicheAction_pilotOrganisationId_fkey" FOREIGN KEY ("pilotOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheAction" ADD CONSTRAINT "FicheAction_copilotOrganisationId_fkey" FOREIGN KEY ("copilotOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheCommune" ADD CONSTRAINT "FicheCommune_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheCommune" ADD CONSTRAINT "FicheCommune_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FichePartner" ADD CONSTRAINT "FichePartner_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FichePartner" ADD CONSTRAINT "FichePartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheStep" ADD CONSTRAINT "FicheStep_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheNote" ADD CONSTRAINT "FicheNote_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheStatusChange" ADD CONSTRAINT "FicheStatusChange_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_funderOrganisationId_fkey" FOREIGN KEY ("funderOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRate" ADD CONSTRAINT "FundingRate_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRate" ADD CONSTRAINT "FundingRate_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityFunding" ADD CONSTRAINT "FacilityFunding_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFicheReview" ADD CONSTRAINT "MeetingFicheReview_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFicheReview" ADD CONSTRAINT "MeetingFicheReview_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionFollowUp" ADD CONSTRAINT "DecisionFollowUp_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionFollowUp" ADD CONSTRAINT "DecisionFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
