// PDF.js ships its worker without types; Politely only hands its handler to PDF.js on the same thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
