declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string): number;
    syllableCount(text: string): number;
  };
  export default readability;
}
