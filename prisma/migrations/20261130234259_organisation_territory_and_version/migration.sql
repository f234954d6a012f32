-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "territoryId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Organisation_territoryId_idx" ON "Organisation"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_caisseId_siren_key" ON "Territory"("caisseId", "siren");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
