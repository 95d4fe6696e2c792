-- Data only, no schema change: the country (全国, code 100000, level NATIONAL) becomes the root of
-- the region tree above the provinces, as seed/data/regions.ts now lists it, so one account may be
-- scoped to all three plans (issue #6, cross-plan). A database seeded before this migration gets
-- exactly the tree the seed builds now, so the seed's next run changes nothing; an empty database
-- is left empty (the seed creates the root itself). Every statement is guarded by the state it
-- changes, so running the file twice changes nothing the second time. Written in plain SQL that
-- PGlite and PostgreSQL both run. Not audited: the audit chains are signed by the application.

-- Every existing path moves under the root; the seed's order (its list position) moves down one
-- place for the root listed first. No new path equals an old one, so the unique index holds.
UPDATE "Region"
SET "path" = '/100000' || "path", "sortOrder" = "sortOrder" + 1, "updatedAt" = CURRENT_TIMESTAMP
WHERE "path" NOT LIKE '/100000/%';

INSERT INTO "Region" ("id", "code", "name", "level", "parentId", "path", "sortOrder", "updatedAt")
SELECT gen_random_uuid()::text, '100000', '全国', 'NATIONAL', NULL, '/100000/', 0, CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Region")
  AND NOT EXISTS (SELECT 1 FROM "Region" WHERE "code" = '100000');

-- The former top regions (the provinces) hang under the root.
UPDATE "Region"
SET "parentId" = (SELECT "id" FROM "Region" WHERE "code" = '100000'), "updatedAt" = CURRENT_TIMESTAMP
WHERE "parentId" IS NULL AND "code" <> '100000';
