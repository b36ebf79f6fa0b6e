/** pdfjs-dist ships no types for its worker module; the one export parsers/pdf/pdf-worker.ts uses. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: {
    initializeFromPort(port: unknown): void;
  };
}
