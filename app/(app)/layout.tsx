import { AppHeader } from "@/components/app-header";
import { requireActorForPage } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorForPage();
  return (
    <>
      <AppHeader userName={actor.name} />
      <main id="contenu" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
