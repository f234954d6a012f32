import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

/** next-auth parses a JSON body without a guard: a body that is not JSON would end in a 500 and an error in the log. */
async function isUnreadableJson(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !(request.headers.get("content-type") ?? "").includes("application/json"))
    return false;
  try {
    JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (await isUnreadableJson(request))
    return new Response("Requête illisible.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
