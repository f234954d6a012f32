-- CreateEnum
CREATE TYPE "DiagnosticLevel" AS ENUM ('EPCI', 'DEPARTEMENT', 'FRANCE');

-- CreateEnum
CREATE TYPE "DiagnosticTheme" AS ENUM ('PETITE_ENFANCE', 'FAMILLES', 'LOGEMENT', 'MINIMA_SOCIAUX');

-- AlterEnum
ALTER TYPE "AnnexContent" ADD VALUE 'DIAGNOSTIC';

-- AlterTable
ALTER TABLE "Annex" ADD COLUMN     "frozenContent" JSONB;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "diagnosticSeries" TEXT;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "fromDiagnostic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DiagnosticImport" (
    "id" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "level" "DiagnosticLevel" NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT,
    "extractedAt" TIMESTAMP(3) NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,
    "years" INTEGER[],
    "added" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "ignored" INTEGER NOT NULL,

    CONSTRAINT "DiagnosticImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticValue" (
    "id" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "level" "DiagnosticLevel" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "datasetId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,

    CONSTRAINT "DiagnosticValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticFinding" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "theme" "DiagnosticTheme" NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiagnosticFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticContribution" (
    "id" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "theme" "DiagnosticTheme" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "organisationName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiagnosticContribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DiagnosticImport_caisseId_importedAt_idx" ON "DiagnosticImport"("caisseId", "importedAt");

-- CreateIndex
CREATE INDEX "DiagnosticValue_importId_idx" ON "DiagnosticValue"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticValue_caisseId_level_areaCode_series_year_key" ON "DiagnosticValue"("caisseId", "level", "areaCode", "series", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticFinding_territoryId_theme_key" ON "DiagnosticFinding"("territoryId", "theme");

-- CreateIndex
CREATE INDEX "DiagnosticContribution_territoryId_theme_createdAt_idx" ON "DiagnosticContribution"("territoryId", "theme", "createdAt");

-- AddForeignKey
ALTER TABLE "DiagnosticImport" ADD CONSTRAINT "DiagnosticImport_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticImport" ADD CONSTRAINT "DiagnosticImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticValue" ADD CONSTRAINT "DiagnosticValue_caisseId_fkey" FOREIGN KEY ("caisseId") REFERENCES "Caisse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticValue" ADD CONSTRAINT "DiagnosticValue_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DiagnosticImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticFinding" ADD CONSTRAINT "DiagnosticFinding_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticFinding" ADD CONSTRAINT "DiagnosticFinding_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticContribution" ADD CONSTRAINT "DiagnosticContribution_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticContribution" ADD CONSTRAINT "DiagnosticContribution_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
