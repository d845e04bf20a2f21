// Objector's PDF maker in a worker. The page (app/ui/pdfworker.go) posts
// {id, maker, wasmExec, doc, regular, bold}: the URLs of pdf.wasm and of
// wasm_exec.js, the letter as JSON ("" to load the fonts only) and the
// fonts' URLs; the worker answers {id, pdf} (a Uint8Array, transferred) or
// {id, error}. pdf.wasm (wasm/pdf) is compiled, started and run here, off
// the page's main thread, so the first PDF's compilation and every PDF's
// rendering never hold up what the person is doing.
"use strict";

let ready = null;

function start(maker, wasmExec) {
  importScripts(wasmExec);
  const go = new Go();
  const imports = go.importObject;
  return WebAssembly.instantiateStreaming(fetch(maker), imports)
    .catch(async (err) => {
      if (!(err instanceof TypeError)) throw err;
      // A host that sends pdf.wasm with another type than application/wasm.
      const resp = await fetch(maker);
      return WebAssembly.instantiate(await resp.arrayBuffer(), imports);
    })
    .then((result) => {
      go.run(result.instance); // sets objectorPDF before it returns
      if (typeof self.objectorPDF !== "function") {
        throw new Error("pdf.wasm did not start");
      }
    });
}

self.onmessage = async (e) => {
  const { id, maker, wasmExec, doc, regular, bold } = e.data;
  try {
    if (!ready) ready = start(maker, wasmExec);
    await ready;
    const pdf = await self.objectorPDF(doc, regular, bold);
    if (pdf) {
      self.postMessage({ id, pdf }, [pdf.buffer]);
    } else {
      self.postMessage({ id, pdf: null });
    }
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
