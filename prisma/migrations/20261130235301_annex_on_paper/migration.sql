-- AlterEnum
ALTER TYPE "AnnexContent" ADD VALUE 'PAPER';
