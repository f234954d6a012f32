-- AlterTable
ALTER TABLE "Annex" ADD COLUMN     "signatoryId" TEXT;

-- AddForeignKey
ALTER TABLE "Annex" ADD CONSTRAINT "Annex_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "Signatory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
