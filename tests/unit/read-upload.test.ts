import { describe, expect, it } from "vitest";
import { readUploadForm } from "../../lib/files/read-upload";

const MB = 1024 * 1024;

/** A body of `chunks` chunks of 1 MB, counting how many were pulled. */
function endlessBody(chunks: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(MB));
    },
  });
  return { stream, state };
}

const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
  new Request("http://ctg.test/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("bounded upload reading", () => {
  it("refuses a declared length over the limit before reading a byte", async () => {
    const { stream, state } = endlessBody(100);
    const request = post(stream, {
      "content-length": String(50 * MB),
      "content-type": "multipart/form-data; boundary=x",
    });
    await expect(readUploadForm(request, 10 * MB, "10 Mo")).rejects.toMatchObject({
      code: "TOO_LARGE",
      message: "Le fichier dépasse 10 Mo.",
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length as soon as it runs past the limit", async () => {
    const { stream, state } = endlessBody(1000);
    const request = post(stream, { "content-type": "multipart/form-data; boundary=x" });
    await expect(readUploadForm(request, 2 * MB, "2 Mo")).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(state.pulled).toBeLessThanOrEqual(4);
  });

  it("reads a form within the limit, and calls an unreadable one unreadable", async () => {
    const form = new FormData();
    form.set("version", "3");
    form.set("file", new File([new Uint8Array(1000)], "plan.xlsx"));
    const read = await readUploadForm(post(form), MB, "1 Mo");
    expect(read.get("version")).toBe("3");
    expect((read.get("file") as File).size).toBe(1000);
    const garbage = post("not multipart", { "content-type": "multipart/form-data; boundary=zz" });
    await expect(readUploadForm(garbage, MB, "1 Mo")).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
