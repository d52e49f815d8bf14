import type { Slide } from '../src/content/model.ts';

export const riskSlides: Slide[] = [
  {
    id: 'risks',
    title: 'Is aHSCT safe? The main risks',
    section: 'Results and risks',
    seconds: 150,
    blocks: [
      { kind: 'lead', text: 'Early on: infections, hair loss, tiredness, a short MS flare. [S9]' },
      {
        kind: 'figure',
        figure: {
          type: 'icon-array',
          summary: 'Three later risks. As for the benefits, each block shows 100 people. [S60, S59, S49]',
          panels: [
            {
              label: 'Women',
              affected: 30,
              affectedLabel: 'periods stopped',
              othersLabel: 'came back',
              sentence: 'In one study, periods did not come back for about 30 in 100 women; 70 did. [S60]',
            },
            {
              label: 'People treated',
              affected: 10,
              affectedLabel: 'new immune illness',
              othersLabel: 'did not',
              sentence: 'About 10 in 100 people got a new immune illness within 5 years; 90 did not. [S59]',
            },
            {
              label: 'Older studies',
              affected: 2,
              affectedLabel: 'died',
              othersLabel: 'did not',
              sentence: 'About 2 in 100 died of it in older studies; 98 did not. Skilled centres now: about 2 in 1,000. [S49, S36]',
            },
          ],
        },
      },
    ],
    notes: [
      'We gave the benefits in numbers. The risks need the same care.',
      'Infection is the main early danger. For a while, your body has almost no defence against germs. [S9]',
      'If you may want children, ask about fertility before you start. The immune illness figure comes from aHSCT for many diseases, not only MS. [S60, S59]',
      'The risk of dying has fallen as centres gained skill. At one large centre, about 2 in 1,000 died, and 998 did not. [S36] In MIST, none of the 55 died. [S4]',
      'Some cancers are a little more likely later. [S9] And unregulated clinics have caused strokes and blindness. [S7, S62]',
    ],
  },
  {
    id: 'risks-2',
    title: 'The risk of dying depends on the centre',
    section: 'Results and risks',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'table',
        caption: 'Deaths linked to aHSCT, out of every 1,000 people treated. [S4, S9, S36, S49]',
        head: ['Which studies', 'How many died'],
        rows: [
          ['Older studies, pooled [S49]', 'About 21 in 1,000 [S49]'],
          ['European register [S9]', 'About 13 in 1,000 [S9]'],
          ['One skilled US centre, 507 people [S36]', 'About 2 in 1,000 [S36]'],
          ['MIST trial, 55 people [S4]', 'None of the 55 [S4]'],
        ],
      },
      {
        kind: 'callout',
        tone: 'info',
        text: 'Centres with more practice, and an official quality mark, have better results. [S56]',
      },
    ],
    notes: [
      'Why did the numbers fall? Older studies treated more people with severe disability, and centres had less practice. [S49, S56]',
      'Today, a skilled centre loses about 2 people in 1,000. That also means 998 in 1,000 come through. But 2 is not zero. [S36]',
      'MIST had no deaths, but it only had 55 people. A small study can miss a rare risk.',
      'So ask the centre how many people it has treated, and how they did.',
    ],
  },
  {
    id: 'risks-3',
    title: 'Longer-term risks',
    section: 'Results and risks',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'points',
        items: [
          'Periods came back in all women aged 32 or under; in 38 in 100 aged 33 to 41. [S61]',
          'Some people have had babies after aHSCT. [S65]',
          '[[thyroid|Thyroid]]: underactive in about 3 to 4 in 100 people, overactive in about 3 in 100. [S36]',
          'New immune problems: about 10 in 100 people by 5 years. [S59]',
          'A raised chance of some cancers later on. [S9]',
        ],
      },
    ],
    notes: [
      'If you may want children, ask for fertility advice before you start. [S60]',
      'In one MS study, periods came back after about 7 months on average [S60]. The figures by age come from a small online survey of 28 women. [S61]',
      'The thyroid numbers come from one large centre. [S36]',
      'The figure of 10 in 100 comes from aHSCT for many kinds of autoimmune disease, not only MS. [S59]',
      'For some women, periods do not come back: an early menopause [S9]. These risks are reasons for long check-ups.',
    ],
  },
  {
    id: 'risks-4',
    title: 'Unregulated stem cell clinics',
    section: 'Results and risks',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'points',
        items: [
          'Reported harms include strokes, severe infections, seizures, spinal tumours and blindness. [S7, S62]',
          'There are over 700 such clinics in the US alone. [S62, S63]',
          'Treatment abroad can cost about US$80,000. [S62, S63]',
          'Many cannot show proof that their cells work or are safe. [S7]',
        ],
      },
      {
        kind: 'callout',
        tone: 'caution',
        text: 'Talk to your MS team before you pay any clinic for stem cells.',
      },
    ],
    notes: [
      'These clinics are not the same as aHSCT in a hospital. They sell cell drips or injections, often far from home.',
      'Many advertise to people with long-term illness, and some claim results that no trial has shown. [S7]',
      'If something goes wrong after you come home, your own team may not know what you were given.',
      'The questions at the end of this talk can help you check a clinic.',
    ],
  },
];
