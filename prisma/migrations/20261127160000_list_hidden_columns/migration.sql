-- AlterTable
-- The commitment list's optional columns each person hid; NULL (as for every existing account) hides none.
ALTER TABLE "users" ADD COLUMN     "list_hidden_columns" TEXT[];
