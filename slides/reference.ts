import type { Slide } from '../src/content/model.ts';

/** The glossary, split over one slide per set of notes: seven or eight short entries fit on each. */
const glossaryNotes: string[][] = [
  [
    'Here are the medical words from today, in plain language. You do not need to learn them all.',
    'On screen, a word with a dotted line under it shows its meaning when you select it.',
    'The handout has this list too, so you can look words up later at home.',
  ],
  [
    'This is the second part of the word list. It has EDSS, the disability score used in trials, and the tests used to find MS.',
    'If a word still puzzles you, ask us at the end, or ask your own MS team. There are no silly questions.',
  ],
  [
    'This is the third part of the word list.',
    'Mesenchymal cells and blood stem cells are both called stem cells. But they are different cells, used in very different treatments. Only blood stem cells are used in aHSCT.',
    'Keep that difference in mind when you read about stem cells.',
  ],
  [
    'This is the last part of the word list.',
    'Some of these words sound alike but mean different things. A relapse is a flare. Relapsing MS is a type of MS with flares that then settle.',
    'Progressive MS is different again: it slowly gets worse, with or without flares.',
  ],
];

export const glossarySlides: Slide[] = glossaryNotes.map((notes, i) => ({
  id: i === 0 ? 'glossary' : `glossary-${i + 1}`,
  title: `Words used in this talk (${i + 1} of ${glossaryNotes.length})`,
  section: 'Reference',
  seconds: 20,
  optional: true,
  blocks: [{ kind: 'glossary', part: i + 1, of: glossaryNotes.length }],
  notes,
}));

/** The numbered sources, split over one slide per set of notes: about seven fit on each. */
const sourceNotes: string[][] = [
  [
    'Every number in this talk comes from a study, a guideline, a trial record or a trusted health body. The small numbers in brackets on each slide point to this list.',
    'Each source has a date. A web page that shows no date says when we read it. The handout has the full list.',
  ],
  [
    'Some of these sources are research papers. Others are pages written for patients by MS charities and the NHS.',
    'Patient pages are a good place to start if you want to read more at home. They use plain words, and they are checked by experts.',
  ],
  [
    'A source is only as good as the people behind it. Ask who wrote it, and how they know.',
    'A trial that compares two groups, chosen by chance, tells us more than a story from one person. Both can be worth hearing, but they are not the same.',
  ],
  [
    'Pooled studies put the results of many smaller studies together. They give a wider view, but they mix older and newer ways of giving aHSCT.',
    'That is why some numbers come as a range. We say which era each one comes from.',
  ],
  [
    'Some of these sources describe trials that are still under way. Their results will change what we know.',
    'This talk is checked again at its next review date, so that the numbers stay up to date. The date is on the first slide.',
  ],
  [
    'Some sources are trial records. They say who runs a trial, where, and how many people it hopes to include.',
    'A trial record does not give results. When results come out, they will be in a journal, and this talk will be updated.',
  ],
  [
    'Some of these studies followed people for years after aHSCT. That is how we learn about risks that come late, such as a new autoimmune illness, or periods that do not come back.',
    'A study in one country or one centre may not match what happens elsewhere. Ask your own team about their results.',
  ],
  [
    'If you read about a clinic online, check who wrote the page, and whether they sell the treatment.',
    'A page that sells something is not the same as a page from a health body or a charity. Look for a date, and for real studies behind each claim.',
  ],
  [
    'The last sources are trial records, and the study behind the four SURE questions. A trial record says who runs a trial, but it gives no results yet.',
    'This is the end of the source list. Thank you for bearing with it.',
    'If you find a source that says something different from this talk, please tell us. We want to get it right, and we will check it at the next review.',
  ],
];

export const sourceSlides: Slide[] = sourceNotes.map((notes, i) => ({
  id: i === 0 ? 'sources' : `sources-${i + 1}`,
  title: `Where our facts come from (${i + 1} of ${sourceNotes.length})`,
  section: 'Reference',
  seconds: 15,
  optional: true,
  blocks: [{ kind: 'sources', part: i + 1, of: sourceNotes.length }],
  notes,
}));
