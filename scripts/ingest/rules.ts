/**
 * The rule catalogue: every message the ingest can emit, with its severity and what it means.
 * The message catalogue, docs/messages.md, is generated from this list (`node scripts/message-catalogue.ts`; the
 * `types` test step runs it with `--check`, so the catalogue never falls behind). Messages are
 * reported through ./messages.ts.
 */
export interface Rule {
  /** `source:rule`, e.g. `extract-departments:unknown`. */
  id: string;
  /**
   * `error`: output would be wrong or missing (build fails). `warning`: usable but incomplete
   * (`--frail` fails). `info`: worth knowing, already handled (e.g. a misspelling the registry lists).
   */
  severity: 'error' | 'warning' | 'info';
  /** One sentence for the catalogue (docs/messages.md). */
  description: string;
  /** What to do about it, for the catalogue. */
  fix: string;
}

export const rules = [
  {
    id: 'ingest:unreadable',
    severity: 'error',
    description:
      'The file is binary or in an encoding we cannot decode (accepted: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK).',
    fix: 'Save the file as UTF-8; if it is a scan or a Word file, extract its text first.',
  },
  {
    id: 'ingest:duplicate-document',
    severity: 'error',
    description: 'Two sources share an id (case-insensitively) or have the same text.',
    fix: 'Keep one copy; if the two are different versions, give them different texts and ids (`…-2015-plan`, `…-2016-plan`).',
  },
  {
    id: 'ingest:invalid-id',
    severity: 'error',
    description: 'A source file name is not a URL-safe id (lower-case ASCII words joined by -).',
    fix: 'Rename the pair to `<province>-<year>-<kind>.txt/.yml`, e.g. `hebei-2016-plan`.',
  },
  {
    id: 'ingest:registry',
    severity: 'error',
    description:
      'A registry file cannot be read, is not valid YAML or does not match its schema, an alias is claimed by two departments, or a department name contains an invisible character.',
    fix: 'Correct the YAML at the position shown; an alias belongs to exactly one department.',
  },
  {
    id: 'thesaurus:unknown-reference',
    severity: 'error',
    description:
      'A concept of thesaurus.yml names a broader, narrower or related concept or a theme that does not exist, is related to a concept that is also broader or narrower, or is broader than itself.',
    fix: 'Correct the id (or add the concept or theme it means); a concept is either broader, narrower or related to another, not two of these.',
  },
  {
    id: 'thesaurus:label',
    severity: 'error',
    description:
      'A label of thesaurus.yml belongs to two concepts (search could not tell which one is meant), or an `everyday` entry is not one of its concept’s labels.',
    fix: 'Keep the label on the concept it means (another concept can be `related`); list in `everyday` only labels of the concept itself.',
  },
  {
    id: 'ingest:registry-duplicate-id',
    severity: 'error',
    description:
      'Two entries of a registry file (departments, themes or provinces) have the same id; the second would replace the first.',
    fix: 'Merge the two entries, or give the second its own id.',
  },
  {
    id: 'ingest:registry-pattern',
    severity: 'error',
    description:
      'A department `patterns` entry is not a valid regular expression, or can backtrack catastrophically (a repetition inside a repetition such as `(质+)+`, or a repeated alternation whose branches overlap such as `(a|a)*`).',
    fix: 'Correct the expression; write `质+` instead of `(质+)+`, and make the branches of a repeated group start differently.',
  },
  {
    id: 'ingest:file-name',
    severity: 'error',
    description:
      'A file in content/sources looks like a source but its name cannot be taken: the extension is not the lower-case `.txt` (`x.TXT`).',
    fix: 'Rename it to `<id>.txt` (lower case), beside its `<id>.yml`.',
  },
  {
    id: 'ingest:unused-file',
    severity: 'warning',
    description:
      'A file in content/sources is not used: a sidecar `<id>.yml` without its `<id>.txt`, a `.yaml`/`.YML` sidecar, or any other file or folder.',
    fix: 'Add the missing source, rename the sidecar to `<id>.yml`, or move the file out of content/sources.',
  },
  {
    id: 'ingest:not-a-file',
    severity: 'error',
    description:
      'A source or sidecar is a symbolic link, a folder or another special file; it is not read (sources are regular files inside content/sources).',
    fix: 'Copy the file itself into content/sources instead of linking it; remove a folder named like a source.',
  },
  {
    id: 'ingest:read-failed',
    severity: 'error',
    description:
      'A source or sidecar could not be read (permission denied, a folder, an input/output error); the message gives the system’s reason.',
    fix: 'Check the file’s permissions and the disk; the file must be readable by the user running the ingest.',
  },
  {
    id: 'ingest:too-large',
    severity: 'error',
    description:
      'A source is larger than 2 MiB or has more than 12,000 units: the site renders one page per unit and walks the document’s units on each, so such a document would not build in reasonable time (real documents are under 40 KB and 100 units).',
    fix: 'Check that the file is one document; split a genuinely long one into its parts (`…-part1`, `…-part2`).',
  },
  {
    id: 'ingest:unknown-key',
    severity: 'warning',
    description:
      'A sidecar or registry entry has a key its schema does not know (a typo such as `docNumbr`); its value would be dropped.',
    fix: 'Correct the key (the message suggests the nearest known one) or remove it.',
  },
  {
    id: 'ingest:cache-discarded',
    severity: 'info',
    description:
      'An entry of the incremental cache (.cache/ingest) could not be read, e.g. cut short by a run that was killed; it was deleted and its source parsed again.',
    fix: 'Nothing to do: the output is the same as without the cache.',
  },
  {
    id: 'sidecar:missing',
    severity: 'error',
    description: 'A source has no <id>.yml metadata sidecar.',
    fix: 'Add `<id>.yml` beside the text (copy one of content/sources/*.yml and adapt it).',
  },
  {
    id: 'sidecar:invalid',
    severity: 'error',
    description: 'The sidecar is not valid YAML or does not match the sidecar schema.',
    fix: 'Correct the field at the position shown (see `sidecarSchema` in src/model/document.ts).',
  },
  {
    id: 'sidecar:contradiction',
    severity: 'error',
    description:
      'The sidecar states a value as not inferred, but the text says otherwise (e.g. another date or issuer).',
    fix: 'Use the value the text states, or correct the text if it was mistyped.',
  },
  {
    id: 'sidecar:unstated',
    severity: 'warning',
    description:
      'The sidecar gives a value as stated in the text, but the text does not contain it: mark it inferred with a basis.',
    fix: 'Write the value as `{ value, inferred: true, basis: "…" }`.',
  },
  {
    id: 'sidecar:province-weak-evidence',
    severity: 'info',
    description:
      'The text names no province, and one or two places of another province than the sidecar’s: too little to overrule it (a person’s name may hold a place’s).',
    fix: 'Check `province` against the original; nothing to do when it is right.',
  },
  {
    id: 'sidecar:province-places',
    severity: 'warning',
    description:
      'The text names no province, and several places of another province than the sidecar’s (its cities, its counties): the sidecar’s is kept, since a document may be about another province’s places.',
    fix: 'Check `province` against the original: correct it if the text is that province’s; nothing to do when the document is about places of another province.',
  },
  {
    id: 'sidecar:province-mismatch',
    severity: 'error',
    description: 'The province inferred from the text differs from the sidecar’s province.',
    fix: 'Correct `province`, or, if the text really is that province’s, add the names it uses to `markers` in registry/provinces.yml.',
  },
  {
    id: 'sidecar:stale-acknowledgment',
    severity: 'warning',
    description:
      'An acknowledgment in the sidecar matches no message of its document (the text or the parser changed).',
    fix: 'Remove the acknowledgment, or correct its `rule` and `line` to the message it is meant for.',
  },
  {
    id: 'sidecar:province-unknown',
    severity: 'warning',
    description:
      'The sidecar gives its province as stated, and the text gives no evidence of it (no province, city or 文号 prefix of the registry); the value is taken as is.',
    fix: 'Mark `province` as inferred with its basis (who said so: `添加时人工指定`), or add the province’s place names to `markers`.',
  },
  {
    id: 'sidecar:province-from-basis',
    severity: 'info',
    description:
      'The text gives no evidence of its province (a county’s or city’s text often names only itself); the sidecar’s inferred province is taken on its basis.',
    fix: 'Nothing, if the basis is right; if the text names places of its province, add them to `markers` in registry/provinces.yml.',
  },
  {
    id: 'sidecar:unknown-relation',
    severity: 'error',
    description:
      'A relation of the sidecar (`supersedes`, `amends`, `implements`) names an id that is no corpus document, or a value that is neither an id nor a 文号; it is left out of the relation.',
    fix: 'Write the id of a document of content/sources (its file name without `.txt`) or the other document’s 文号, e.g. `国办发〔2015〕19号`.',
  },
  {
    id: 'parse-text:empty',
    severity: 'error',
    description: 'The source has no text.',
    fix: 'Check that the right file was saved.',
  },
  {
    id: 'parse-text:unbalanced-bracket',
    severity: 'warning',
    description: 'A bracket （ 《 〔 [ ( opened in a line is not closed in it, or a closing one has no opener.',
    fix: 'If the copy lost it, add the missing bracket to the source; if the document was published so, acknowledge the message in its sidecar (`acknowledge:` with the rule, the line and a reason).',
  },
  {
    id: 'check-characters:invisible',
    severity: 'warning',
    description:
      'The text contains an invisible character (zero-width space/joiner/non-joiner, soft hyphen, word joiner, byte order mark): it looks like nothing but makes words differ, for search and for readers.',
    fix: 'Delete the character at the position shown (the message shows it escaped, e.g. `\\u200b`); department names match with or without it.',
  },
  {
    id: 'check-characters:bidi',
    severity: 'warning',
    description:
      'The text contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F), which can reorder how the text around it is displayed.',
    fix: 'Delete the character; Chinese policy text never needs one. The site isolates source text so it cannot reorder the page.',
  },
  {
    id: 'structure:inline-item',
    severity: 'info',
    description:
      'A numbered item runs on in the line of the one before (`…（责任单位：县农业农村局）6．推进…`), as copied text often has it; it is read as an item of its own.',
    fix: 'Nothing to do; to keep the source tidy, put the item on a line of its own.',
  },
  {
    id: 'structure:second-document',
    severity: 'warning',
    description:
      'A second document (its title, then its 文号) follows the signature of the first in one source, as a page listing several is copied, or a gazette page the start of the next. Its text, from its title on, is kept as one unit of its own (`appended`, 另一文件), read for no task, body, date or citation.',
    fix: 'Cut the second document out into a file of its own and add it with `npm run add`.',
  },
  {
    id: 'structure:numbering-gap',
    severity: 'warning',
    description: 'A numbered item skips a number (（三） after （一）).',
    fix: 'Check whether an item is missing from the received text.',
  },
  {
    id: 'structure:numbering-repeat',
    severity: 'warning',
    description: 'A numbered item repeats or goes back (（二） after （二））.',
    fix: 'Check for a duplicated or misnumbered item; each item still gets its own unit (`1-2r2`).',
  },
  {
    id: 'extract-departments:unknown',
    severity: 'warning',
    description:
      'A responsible department is not in content/registry/departments.yml; it is kept as written and shown as unresolved, and the message suggests the department its name points to, if any.',
    fix: 'Add the name to the right department’s `aliases` (or a new department) in registry/departments.yml.',
  },
  {
    id: 'extract-departments:missing',
    severity: 'warning',
    description:
      'A measure names no responsible departments although most measures of its document end with a clause naming them (departments read from a sentence’s subject, as a 办法’s articles give them, do not count), or no measure of a document names any although its text uses the wording of responsibilities (牵头单位, 负责落实…).',
    fix: 'Check the measure’s closing parenthetical; it may use a wording the parser does not know yet. If the published text really names none, acknowledge the message in the sidecar (`acknowledge:`).',
  },
  {
    id: 'extract-departments:unknown-task',
    severity: 'warning',
    description:
      'A clause gives bodies tasks by the tasks’ numbers (`市商务局：负责第（九）项工作`, `以上第10～13项任务由…牵头`, a table’s row keyed `15`) and the document has no task of one of those numbers (in the part the clause names, `第三部分第（五）项`): no task takes the bodies for it, and they stay on the unit that names them.',
    fix: 'Check the number against the document as received; if the published text has it wrong, acknowledge the message in the sidecar (`acknowledge:`).',
  },
  {
    id: 'extract-departments:misspelling',
    severity: 'info',
    description: 'A department is written with a known misspelling (resolved through the registry).',
    fix: 'Nothing to do: the registry lists it under `misspellings`.',
  },
  {
    id: 'extract-departments:division',
    severity: 'info',
    description:
      'A department’s own document names one of its divisions (`质量发展处牵头`, `省局标准化处`) or its own local bureaus and institutions (`各县区局`, `直属单位`) as responsible, or a 三定规定 lists a body’s divisions under its lead-in (`第四条 市市场监督管理局设下列内设机构：` / `办公室。负责…`): the name is kept as written and filed under the issuing department, or the body the lead-in names.',
    fix: 'Nothing to do when the issuer is the division’s department; otherwise add the name to the right department in registry/departments.yml.',
  },
  {
    id: 'extract-departments:organisation',
    severity: 'info',
    description:
      'A company, association or public institution (`…有限公司`, `…协会`, `物业服务企业`, `县人民医院`) is named as doing a task, as in a 督办 or 整改 notice or an emergency drill: the name is kept as written and marked as no government body, so it is neither a department nor among the names to add to the registry.',
    fix: 'Nothing to do; if the name is a government body after all, add it to registry/departments.yml.',
  },
  {
    id: 'extract-departments:later-body',
    severity: 'info',
    description:
      'A document issued after a body was dissolved names it by a short name that abbreviates one of its successors (`省广电局` in 2025: the 新闻出版广电局 was dissolved in 2018): the name is filed under that successor (广播电视局).',
    fix: 'Nothing to do when the successor is meant; otherwise give the body its full name in the text or adjust `succeededBy` in registry/departments.yml.',
  },
  {
    id: 'extract-citations:unresolved-corpus',
    severity: 'warning',
    description: 'A citation names a document of this corpus by title but with another 文号, or the reverse.',
    fix: 'Correct the 文号 in the sidecar of the cited document, or check the citing text.',
  },
  {
    id: 'to-model:coverage',
    severity: 'error',
    description: 'Text of the source would be lost or duplicated: a line is in no unit or in more than one.',
    fix: 'A parser bug: report it with the file; the build refuses to lose text.',
  },
  {
    id: 'notes:syntax',
    severity: 'error',
    description: 'A note (content/notes/*.mdx) is not valid MDX: an unclosed tag, a stray `<` or `{`.',
    fix: 'Close the tag, or write `\\<` and `\\{` for a literal `<` and `{` in prose.',
  },
  {
    id: 'notes:invalid-frontmatter',
    severity: 'error',
    description:
      'The frontmatter of a note (content/notes/*.mdx) is missing, not valid YAML, or does not match the note schema (src/model/note.ts).',
    fix: 'Give the note `title`, `author`, `date` (YYYY-MM-DD) and `summary`; list what it concerns under `documents`, `measures`, `departments`, `themes`. See docs/notes.md.',
  },
  {
    id: 'notes:unknown-reference',
    severity: 'error',
    description:
      'A note names a document, unit, department, theme, province or target metric that the knowledge base does not have; the message names the nearest one it has.',
    fix: 'Correct the id (the nearest valid one is suggested); a measure is written `<document id>#<unit id>`, as in the address of its page.',
  },
  {
    id: 'notes:unknown-component',
    severity: 'error',
    description:
      'A note uses a component the site does not provide, an attribute a component does not take, a computed (`{…}`) attribute value, an `import`/`export` line or a `{…}` expression.',
    fix: 'Use the note components (`<Measure>`, `<ThemeComparison>`, `<Responsibilities>`, `<TargetTable>`) with plain string attributes; write `\\{` for a literal brace.',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof rules)[number]['id'];
