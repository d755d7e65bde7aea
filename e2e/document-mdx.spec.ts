// Document pages are rendered from their generated MDX: every unit of the open data is on its
// document's page, in order, at its anchor, with its text exactly as in data/measures.json (line by
// line), the departments the text names linked by role and the marked facts marked. The data and the
// MDX page come from one ingest run; this reads both through the built site only.

import { expect, test } from '@playwright/test';

interface Unit {
  id: string;
  document: string;
  kind: string;
  text: string;
  departments: Array<{ id?: string; raw: string; lead: boolean }>;
  highlights: Array<{ kind: string }>;
}

const anchor = (id: string) => id.slice(id.indexOf('/') + 1);

test('every document page shows each unit of the data, in order, with its exact text', async ({ page, request }) => {
  const units = (await (await request.get('data/measures.json')).json()) as Unit[];
  const documents = [...new Set(units.map((unit) => unit.document))];
  expect(documents.length).toBeGreaterThan(0);
  for (const document of documents) {
    await page.goto(`documents/${document}/`);
    const own = units.filter((unit) => unit.document === document);
    const shown = await page.locator('.doc-body > section.unit').evaluateAll((sections) =>
      sections.map((section) => ({
        id: section.id,
        lines: [...section.querySelectorAll(':scope > .text > p')].map((p) => p.textContent),
        marks: section.querySelectorAll(':scope > .text mark[data-kind]').length,
        linked: section.querySelectorAll(':scope > .text .dept').length,
      })),
    );
    expect(
      shown.map((section) => section.id),
      document,
    ).toEqual(own.map((unit) => anchor(unit.id)));
    own.forEach((unit, index) => {
      if (unit.kind === 'heading') return;
      expect(shown[index]!.lines.join('\n'), unit.id).toBe(unit.text);
      const marked = unit.highlights.filter((h) => h.kind !== 'departments').length;
      // Nested or overlapping highlights show as one mark (the outer one): never more marks than facts.
      expect(shown[index]!.marks, unit.id).toBeLessThanOrEqual(marked);
      if (marked) expect(shown[index]!.marks, unit.id).toBeGreaterThan(0);
      expect(shown[index]!.linked, unit.id).toBeLessThanOrEqual(unit.departments.length);
    });
  }
});

test("a department named in a document's text links to its units in that province, by role", async ({ page }) => {
  await page.goto('documents/jilin-2015-plan/');
  const lead = page.locator('.doc-body .text a.dept.lead').first();
  await expect(lead).toHaveAttribute('href', /\/departments\/[a-z-]+\/(?:#p-jilin|jilin\/)$/);
  await expect(lead).toHaveAttribute('data-tag', '牵头');
  await lead.click();
  await expect(page).toHaveURL(/\/departments\/[a-z-]+\/(?:#p-jilin|jilin\/)$/);
});
