-- Fields bound to the convention's data (lib/conventions/fields.ts): the "Durée" sentence of the drafts already
-- stored ("conclue à compter du 1 janvier 2027 jusqu'au 31 décembre 2031 inclus") now names the period through
-- fields, so that it follows the convention's dates. Same rule as periodSentencesToFields. Validated, signed,
-- expired and terminated conventions keep their text as it is: a signed convention never changes.
UPDATE "Article" AS a
SET body = regexp_replace(
      a.body,
      '(conclue?),?\s+(pour une durée de [^,<.]+,?\s+)?(à compter du|du)\s+(1er|[0-9]{1,2})\s+[a-zéû]+\s+[0-9]{4}\s+(jusqu[''’]au|au)\s+(1er|[0-9]{1,2})\s+[a-zéû]+\s+[0-9]{4}',
      '\1 pour une durée de <span data-field="duration"></span>, à compter du <span data-field="startDate"></span> jusqu''au <span data-field="endDate"></span>',
      'gi'),
    version = a.version + 1
FROM "Convention" AS c
WHERE c.id = a."conventionId"
  AND c.status IN ('DRAFT', 'CONSULTATION')
  AND a.body ~* '(conclue?),?\s+(pour une durée de [^,<.]+,?\s+)?(à compter du|du)\s+(1er|[0-9]{1,2})\s+[a-zéû]+\s+[0-9]{4}\s+(jusqu[''’]au|au)\s+(1er|[0-9]{1,2})\s+[a-zéû]+\s+[0-9]{4}';
