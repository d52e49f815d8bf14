import type { Slide } from '../src/content/model.ts';

export const faqSlides: Slide[] = [
  {
    id: 'faq',
    title: 'Common questions',
    section: 'Your questions',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'columns',
        columns: [
          {
            heading: 'What is stem cell therapy for MS?',
            items: [
              'The kind with evidence is aHSCT: chemotherapy, then your own stem cells. [S9]',
              'Clinic cell infusions are a different thing, and unproven. [S8]',
            ],
          },
          {
            heading: 'How does it work?',
            items: [
              'Chemotherapy clears out the immune cells that attack myelin. [S9]',
              'Your stem cells grow a new immune system. They do not mend nerves. [S12]',
            ],
          },
        ],
      },
    ],
    notes: [
      'Some websites say the cells repair damage and might fix nerves. Some say the cells could come from a donor.',
      'For MS, transplants use your own cells. A donor transplant is a different, riskier treatment, used only in very rare cases. [S3]',
      'The cells do not travel to the brain to fix it. The chemotherapy stops the attack. The stem cells let your blood and immune system grow back. [S12]',
    ],
  },
  {
    id: 'faq-2',
    title: 'Common questions: safety and who',
    section: 'Your questions',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'columns',
        columns: [
          {
            heading: 'Is it safe?',
            items: [
              'It has serious risks, such as infection and loss of fertility. [S9]',
              'About 2 to 21 in 1,000 people die because of it, mostly in the first months. [S36, S49]',
            ],
          },
          {
            heading: 'Who can get it?',
            items: [
              'People with active relapsing MS despite strong medicines, or who cannot take them. [S16]',
              'Mostly younger people, with MS for under 10 years. [S35]',
            ],
          },
        ],
      },
    ],
    notes: [
      'Some websites say side effects are mostly mild, like tiredness or a fever. For aHSCT, that is not true. It is a serious treatment, and your team will explain each risk.',
      'Some say it suits anyone whose symptoms bother them a lot. Bad symptoms alone are not the reason. What matters is whether MS is still active. [S35]',
      'You decide together with a nerve doctor and a transplant team. [S16]',
    ],
  },
  {
    id: 'faq-3',
    title: 'Common questions: recovery and choices',
    section: 'Your questions',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'columns',
        columns: [
          {
            heading: 'How long is recovery?',
            items: [
              'About a month in hospital. [S43]',
              '3 to 6 months or more to get your strength back. [S43]',
              'Vaccines again over 2 years. [S45]',
            ],
          },
          {
            heading: 'What if it is not for me?',
            items: [
              'Many strong medicines exist. [S20]',
              'Ask if a trial is taking new people.',
              'Keeping your treatment is an option.',
            ],
          },
        ],
      },
    ],
    notes: [
      'Some websites say most people feel better within weeks. After aHSCT, it takes months.',
      'If aHSCT is not right for you, that is not the end of the road. Strong medicines keep MS calm for many people. Your team can review what you take now.',
      'StarMS has stopped taking new people. Its results are due in 2027. Ask your team if any other trial is open. [S54]',
    ],
  },
];
