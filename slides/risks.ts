import type { Slide } from '../src/content/model.ts';

export const riskSlides: Slide[] = [
  {
    id: 'risks',
    title: 'Is aHSCT safe? The first months',
    section: 'Results and risks',
    seconds: 120,
    blocks: [
      {
        kind: 'points',
        items: [
          'Infections: in Sweden, about 68 in 100 people had a fever with low blood counts in the first weeks. [S69]',
          'Sleeping viruses can wake up. Your team checks for them. [S70]',
          'Low [[platelets]]: easy bleeding and bruising, and drips of blood or platelets. [S9, S67]',
          'A sore mouth and gut, sickness, hair loss and deep tiredness. [S9]',
          'A short flare of MS symptoms. [S9]',
        ],
      },
      {
        kind: 'callout',
        tone: 'caution',
        text: 'Some people die because of the treatment: about 2 to 21 in 1,000, mostly in the first months. [S36, S49]',
      },
    ],
    notes: [
      'We gave the benefits in numbers. The harms need the same care. Most of them come in the first weeks, in hospital. [S9]',
      'Infection is the main early danger. For a few weeks, your body has almost no defence against germs. [S9]',
      'In a Swedish study of 174 people, most had a fever while their blood counts were low. None of them died because of the treatment. [S69]',
      'Deaths because of the treatment are rare now, but they still happen. The lowest number, 2 in 1,000, is from one US centre with milder drugs. The highest, 21 in 1,000, is from older studies. The MS Society UK quotes about 13 in 1,000. [S36, S49, S9]',
    ],
  },
  {
    id: 'risks-2',
    title: 'Deaths: where the numbers come from',
    section: 'Results and risks',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'table',
        caption: 'Deaths because of aHSCT, out of every 1,000 people treated. [S49, S9, S36, S69]',
        head: ['Where the number comes from', 'Deaths per thousand'],
        rows: [
          ['15 older studies, 1995 to 2016 [S49]', 'About 21 [S49]'],
          ['A European record, quoted by the MS Society UK [S9]', 'About 13 [S9]'],
          ['One US centre, 507 people [S36]', 'About 2 [S36]'],
          ['Sweden, 174 people [S69]', 'None [S69]'],
        ],
      },
      {
        kind: 'callout',
        tone: 'info',
        text: 'Ask any centre for its own numbers. [S56]',
      },
    ],
    notes: [
      'Each row counts deaths caused by the treatment, out of 1,000 people. Most happen in the first months. [S49]',
      'The risk depends on the drugs, the centre, and how disabled people are. Older studies, of all types of MS, treated more people with severe disability. Centres had less practice then. [S49]',
      'The US centre used milder drugs and chose people with care. The Swedish study was of relapsing MS only. [S36, S69]',
      'MIST, with about 50 people, and Sweden, with 174, had no deaths. But small studies can miss a rare risk. [S4, S69]',
      'So ask any centre how many people it has treated, and how they did.',
    ],
  },
  {
    id: 'risks-3',
    title: 'Risks in the years after aHSCT',
    section: 'Results and risks',
    seconds: 90,
    blocks: [
      {
        kind: 'figure',
        figure: {
          type: 'icon-array',
          summary: 'Three risks in the years after aHSCT. As for the benefits, each block shows 100 people. [S60, S59, S49]',
          panels: [
            {
              label: 'Women in one study',
              affected: 30,
              affectedLabel: 'periods not back',
              othersLabel: 'periods back',
              sentence: 'In a study of 43 women with MS in Italy, about 30 in 100 had not got their periods back by the end; 70 did. [S60]',
            },
            {
              label: 'Several illnesses',
              affected: 10,
              affectedLabel: 'new autoimmune illness',
              othersLabel: 'did not',
              sentence: 'Across several [[autoimmune]] illnesses, about 10 in 100 people got a new one within 5 years, often of the [[thyroid]]; 90 did not. [S59]',
            },
            {
              label: 'Five years on',
              affected: 33,
              affectedLabel: 'MS active again',
              othersLabel: 'no MS activity',
              sentence: 'By 5 years, MS was active again in about 33 in 100 people; 67 did not show any signs of it. [S49]',
            },
          ],
        },
      },
    ],
    notes: [
      'Here are three risks that can show up later.',
      'Periods stop in most women during treatment. In one Italian study, they came back for most women, after about 7 months on average. Older women were less likely to get them back. [S60]',
      'Men can become less fertile too. Ask about storing sperm before you start. [S74]',
      'The figure for new autoimmune illness comes from aHSCT for many diseases, not only MS. [S59] The risk of infection also stays higher for a long time. [S9]',
      'And MS can come back. Active again means a relapse, a new spot on a scan, or more disability. [S49]',
    ],
  },
  {
    id: 'risks-4',
    title: 'More risks to ask about',
    section: 'Results and risks',
    seconds: 90,
    optional: true,
    blocks: [
      {
        kind: 'points',
        items: [
          'At one US centre over the years after: [[thyroid]] too slow in about 3 or 4 in 100, too fast in about 3 in 100. [S36]',
          'Low [[platelets]] that last: up to about 3 in 100; about 14 in 100 when alemtuzumab is used too. [S36]',
          'A higher chance of infections for a long time, and of some cancers later. Ask how big these risks are. [S9]',
          'Men: ask about storing sperm before treatment starts. [S74]',
          'Women: ask about freezing eggs before treatment. Some have had babies after aHSCT. [S74, S65]',
        ],
      },
    ],
    notes: [
      'The thyroid and platelet numbers come from one large US centre. Some centres add a strong drug, alemtuzumab, to the chemotherapy. It raises the chance of low platelets. [S36]',
      'If you may want children, get fertility advice before you start. [S74] Ask how long to use birth control, and when it is safe to try for a baby.',
      'The age numbers you may see online come from a small survey of 28 women with different illnesses. [S61]',
      'These risks are why check-ups go on for years.',
    ],
  },
];
