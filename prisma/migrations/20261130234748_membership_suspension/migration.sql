-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "suspendedAt" TIMESTAMP(3);
