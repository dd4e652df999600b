// The images a built PDF draws, read back with pdf.js: what a reader sees of a figure's size.

/** Each image a PDF draws, in order, at the size it is drawn (the scale of the transform it is painted under). */
export async function imagesDrawn(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const drawn: { width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const list = await (await pdf.getPage(n)).getOperatorList();
    let transform: number[] = [1, 0, 0, 1, 0, 0];
    list.fnArray.forEach((fn, i) => {
      if (fn === OPS.transform) transform = list.argsArray[i] as number[];
      if (fn === OPS.paintImageXObject) drawn.push({ width: Math.abs(transform[0] ?? 0), height: Math.abs(transform[3] ?? 0) });
    });
  }
  await pdf.destroy();
  return drawn;
}
