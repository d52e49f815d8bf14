import type { Source } from '../src/content/model.ts';

/**
 * The evidence behind every number in the talk. Slides cite a source as [S2]; the sources
 * slide numbers them in the order the talk first cites them.
 */
export const sources = {
  S1: { authors: 'Multiple Sclerosis International Federation', title: 'Atlas of MS, 3rd edition', year: 2020, where: 'MSIF' },
  S2: { authors: 'Walton C and others', title: 'Rising prevalence of multiple sclerosis worldwide', year: 2020, where: 'Multiple Sclerosis Journal 26:1816' },
  S3: { authors: 'Sharrack B and others', title: 'Autologous haematopoietic stem cell transplantation in MS: EBMT and JACIE guidelines', year: 2020, where: 'Bone Marrow Transplantation 55:283' },
  S6: { authors: 'NHS', title: 'Multiple sclerosis: introduction', year: 2010, where: 'NHS Choices (archived)' },
  S33: { authors: 'Sheffield Clinical Trials Research Unit', title: 'StarMS trial', year: null, where: 'University of Sheffield' },
  S40: { authors: 'Histology Blog', title: 'Myelin sheaths', year: null, where: 'histology.blog' },
  S41: { authors: 'Mississippi State University', title: 'The neuron, part 2: the action potential', year: null, where: 'ePsych' },
} satisfies Record<`S${number}`, Source>;
