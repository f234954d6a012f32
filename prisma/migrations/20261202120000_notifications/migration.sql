-- CreateEnum
CREATE TYPE "NotificationFamily" AS ENUM ('FICHES', 'MEETINGS', 'DECISIONS', 'CONVENTIONS');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATE', 'DIGEST', 'APP_ONLY');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "icsSequence" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MeetingAttendee" ADD COLUMN     "email" TEXT;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caisseId" TEXT NOT NULL,
    "territoryId" TEXT,
    "family" "NotificationFamily" NOT NULL,
    "kind" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "delivery" "NotificationDelivery" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "family" "NotificationFamily" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL DEFAULT 'IMMEDIATE',

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","family")
);

-- CreateTable
CREATE TABLE "NotificationSettings" (
    "userId" TEXT NOT NULL,
    "digestHour" INTEGER NOT NULL DEFAULT 7,

    CONSTRAINT "NotificationSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_delivery_emailedAt_createdAt_idx" ON "Notification"("delivery", "emailedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationSettings" ADD CONSTRAINT "NotificationSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
