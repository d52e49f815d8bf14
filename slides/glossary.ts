import type { GlossaryEntry } from '../src/content/model.ts';

/**
 * Every medical term the talk uses, in plain words. A slide marks a term with [[key]]
 * (the key is the term in lower case, spaces as hyphens: [[lumbar-puncture]]).
 * Keep each definition short: about nine entries share a slide.
 */
export const glossary = {
  ahsct: {
    term: 'aHSCT',
    definition: 'A stem cell transplant with your own cells. Strong drugs clear out much of your immune system, then your cells help it regrow.',
  },
  apheresis: { term: 'Apheresis', definition: 'A machine takes blood, keeps the stem cells, and gives the rest back.' },
  autoimmune: { term: 'Autoimmune', definition: "When the body's defence system attacks its own healthy parts by mistake." },
  autologous: { term: 'Autologous', definition: 'Using your own cells, not cells from a donor.' },
  'bone-marrow': { term: 'Bone marrow', definition: 'The soft middle of bones, where blood cells are made.' },
  chemotherapy: { term: 'Chemotherapy', definition: 'Strong drugs that kill fast-growing cells, such as immune cells.' },
  conditioning: { term: 'Conditioning', definition: 'The strong chemotherapy given just before your cells go back in.' },
  dmt: { term: 'DMT', definition: 'Disease-modifying therapy: a long-term medicine that cuts relapses and slows MS.' },
  edss: {
    term: 'EDSS',
    definition: 'A disability score in MS, from 0 to 10. 0 is none; 6 means you need a stick to walk 100 metres; 10 is death from MS.',
  },
  engraftment: { term: 'Engraftment', definition: 'When returned stem cells settle in the marrow and start making blood cells.' },
  'immune-system': { term: 'Immune system', definition: "The body's defence against germs. In MS, it attacks myelin by mistake." },
  jacie: { term: 'JACIE', definition: 'A European quality mark for centres that do stem cell transplants. Inspectors check them often.' },
  lesion: { term: 'Lesion', definition: 'A damaged or inflamed spot in the brain or spinal cord. An MRI scan often shows it.' },
  'lumbar-puncture': { term: 'Lumbar puncture', definition: 'A thin needle in the lower back takes a little spinal fluid to test. Also called a spinal tap.' },
  'mcdonald-criteria': { term: 'McDonald criteria', definition: 'The agreed rules doctors use to decide if a person has MS.' },
  'mesenchymal-cells': { term: 'Mesenchymal cells', definition: 'A different kind of stem cell, from fat, cord or marrow. Not proven to help MS.' },
  mobilisation: { term: 'Mobilisation', definition: 'Drugs that move stem cells from the marrow into the blood, to collect them.' },
  mri: { term: 'MRI', definition: 'A scanner that uses magnets and radio waves to take pictures of the brain and spine.' },
  myelin: { term: 'Myelin', definition: 'A fatty coating around nerve fibres that helps messages travel fast.' },
  natalizumab: { term: 'Natalizumab', definition: 'A strong DMT, given by drip. It stops immune cells getting into the brain.' },
  'optic-neuritis': { term: 'Optic neuritis', definition: 'Swelling of the nerve at the back of the eye. Sight blurs and the eye may hurt.' },
  platelets: { term: 'Platelets', definition: 'Tiny cells in the blood that help stop bleeding.' },
  pml: { term: 'PML', definition: 'A rare, serious brain infection caused by a virus. Some MS drugs raise the risk.' },
  'progressive-ms': { term: 'Progressive MS', definition: 'MS that slowly gets worse over time, with or without flare-ups.' },
  relapse: { term: 'Relapse', definition: 'A flare of new or worse symptoms that lasts at least a day, then settles.' },
  'relapsing-ms': { term: 'Relapsing MS', definition: 'MS with relapses that then settle, fully or in part.' },
  'secondary-progressive-ms': { term: 'Secondary progressive MS', definition: 'Relapsing MS that later turns into slow, steady worsening.' },
  spasticity: { term: 'Spasticity', definition: 'Stiff, tight muscles that may jerk or spasm.' },
  'stem-cells': { term: 'Stem cells', definition: 'Cells that can make other cells. Blood stem cells make all blood and immune cells.' },
  steroids: { term: 'Steroids', definition: 'Strong medicines that calm swelling. In MS they can shorten a relapse.' },
  thyroid: { term: 'Thyroid', definition: 'A gland in the neck. It sets how fast your body uses energy.' },
} satisfies Record<string, GlossaryEntry>;
