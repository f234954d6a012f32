-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "signedFileMime" TEXT;
