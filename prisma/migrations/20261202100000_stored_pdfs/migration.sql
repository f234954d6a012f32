-- CreateEnum
CREATE TYPE "StoredPdfKind" AS ENUM ('CONVENTION', 'AVENANT', 'CONVOCATION', 'MINUTES');

-- CreateTable
CREATE TABLE "StoredPdf" (
    "id" TEXT NOT NULL,
    "kind" "StoredPdfKind" NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredPdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoredPdf_kind_documentId_createdAt_idx" ON "StoredPdf"("kind", "documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoredPdf_kind_documentId_version_key" ON "StoredPdf"("kind", "documentId", "version");
